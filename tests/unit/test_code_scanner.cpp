// --scan-code: scope lists in string literals and authorize URLs, each scope at
// its bytes (also through percent-encoding), and nothing from text that only
// looks a little like a scope.
#include "parse/code_scanner.hpp"
#include "parse/formats.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

using namespace scopelint;

namespace {

ReadResult scan(const std::string& text, const std::string& path = "src/client.py") {
    static std::vector<std::unique_ptr<SourceFile>> sources;  // findings and views outlive the call
    sources.push_back(std::make_unique<SourceFile>(path, text));
    return read_manifest(*sources.back(), path, false, {}, true);
}

std::vector<std::string> scope_texts(const ReadResult& result) {
    std::vector<std::string> texts;
    for (const auto& app : result.manifests)
        for (const auto& scope : app.scopes) texts.push_back(app.provider + " " + scope.text);
    return texts;
}

std::string spelled(const std::string& text, Span span) { return text.substr(span.begin, span.size()); }

}  // namespace

TEST_CASE("source files are read for scopes only with --scan-code", "[code]") {
    CHECK(formats_for("src/client.py").empty());
    CHECK(formats_for("src/client.py", true).size() == 1);
    CHECK(may_hold_code_scopes("web/App.TSX"));
    CHECK_FALSE(may_hold_code_scopes("README.md"));
    const std::string text = "SCOPES = \"ZohoCRM.modules.ALL\"\n";
    SourceFile source("src/client.py", text);
    CHECK_FALSE(read_manifest(source, source.path, false, {}).recognized);
}

TEST_CASE("scope-list literals of a certain provider become manifests with exact positions", "[code]") {
    const std::string text =
        "SCOPES = \"ZohoCRM.modules.ALL,ZohoCRM.users.READ\"\n"
        "books = ['ZohoBooks.invoices.READ', 'ZohoBooks.contacts.READ']\n"
        "google = [`https://www.googleapis.com/auth/drive.file`, \"openid\"]\n"
        "String SCOPES = \"Desk.tickets.READ,\" + // joined\n";
    const auto result = scan(text);
    REQUIRE(result.recognized);
    CHECK(result.findings.empty());
    CHECK(scope_texts(result) == std::vector<std::string>{"zoho ZohoCRM.modules.ALL", "zoho ZohoCRM.users.READ",
                                                          "zoho ZohoBooks.invoices.READ", "zoho ZohoBooks.contacts.READ",
                                                          "google https://www.googleapis.com/auth/drive.file",
                                                          "zoho Desk.tickets.READ"});
    for (const auto& app : result.manifests)
        for (const auto& scope : app.scopes) CHECK(spelled(text, scope.span) == scope.text);
    CHECK(result.manifests.front().name->value == "scope list on line 1");
}

TEST_CASE("the scope parameter of an authorize URL is decoded and mapped back", "[code]") {
    const std::string text =
        "url = \"https://accounts.zoho.eu/oauth/v2/auth?client_id=1&scope=ZohoCRM.modules.contacts.READ%2CZohoCRM.settings.ALL&state=x\"\n"
        "gh = 'https://github.com/login/oauth/authorize?scope=repo+read:org'\n";
    const auto result = scan(text);
    CHECK(scope_texts(result) == std::vector<std::string>{"zoho ZohoCRM.modules.contacts.READ", "zoho ZohoCRM.settings.ALL",
                                                          "github repo", "github read:org"});
    const auto& settings = result.manifests[0].scopes[1];
    CHECK(text.substr(settings.span.begin).starts_with("ZohoCRM.settings.ALL&"));
    const auto& read_org = result.manifests[1].scopes[1];
    CHECK(spelled(text, read_org.span) == "read:org");
}

TEST_CASE("text that only resembles scopes is left alone", "[code]") {
    for (const std::string text : {
             "log('ZohoCRM.modules is great')\n",           // prose
             "x = 'ZohoCRM.init'\n",                         // no operation
             "x = 'ZOHO.CRM.API.getRecord'\n",               // the JS SDK, not a scope
             "x = 'ZohoCRM.modules.ALL and more'\n",         // not every part is a scope
             "u = f\"https://accounts.zoho.com/oauth/v2/auth?scope={scopes}\"\n",  // filled in at run time
             "u = 'https://example.com/oauth/v2/auth?scope=ZohoCRM.modules.ALL'\n",  // not Zoho's endpoint
             "x = 'https://www.googleapis.com/auth/drive\n",  // unterminated literal
             "s = \"email profile\"\n",                      // OpenID names alone could be anyone's
             "  // \"https://www.googleapis.com/auth/drive\", // commented out\n",
             "# SCOPES = 'ZohoCRM.modules.ALL'\n",
             "/* old:\n   'ZohoCRM.modules.ALL'\n*/\n",
             " * @scope \"ZohoCRM.modules.ALL\"\n",
             "PREFIX = \"https://www.googleapis.com/auth/\"\n",  // the prefix scopes are appended to
         }) {
        INFO(text);
        const auto result = scan(text);
        CHECK_FALSE(result.recognized);
        CHECK(result.findings.empty());
    }
}
