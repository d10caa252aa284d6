// The .env reader: which lines are scope lists of a certain provider, where
// their values stand (quotes, export, comments, CRLF), and that nothing else
// of the file (its secrets) reaches a manifest.
#include "parse/env_file_reader.hpp"
#include "parse/formats.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

using namespace scopelint;

namespace {

ReadResult read(const std::string& text, const std::string& path = "app/.env") {
    static std::vector<std::unique_ptr<SourceFile>> sources;  // findings and views outlive the call
    sources.push_back(std::make_unique<SourceFile>(path, text));
    return read_manifest(*sources.back(), path, false, {});
}

std::string spelled(const std::string& text, Span span) { return text.substr(span.begin, span.size()); }

}  // namespace

TEST_CASE(".env files are told by name", "[env]") {
    CHECK(has_env_file_name(".env"));
    CHECK(has_env_file_name("deploy/.env.example"));
    CHECK(has_env_file_name("config/production.env"));
    CHECK(has_env_file_name(".ENV.local"));
    CHECK_FALSE(has_env_file_name(".envrc"));
    CHECK_FALSE(has_env_file_name("environment.json"));
    CHECK_FALSE(has_env_file_name(".env/config"));
}

TEST_CASE("each scope variable of a certain provider is one manifest with exact positions", "[env]") {
    const std::string text =
        "ZOHO_CLIENT_SECRET=s3cr3t\r\n"
        "ZOHO_SCOPES=ZohoCRM.modules.leads.READ,ZohoCRM.users.READ\r\n"
        "export GOOGLE_SCOPES=\"openid https://www.googleapis.com/auth/drive.file\"\n"
        "OAUTH_SCOPE='https://www.googleapis.com/auth/gmail.send'   # mail only\n"
        "SCOPES=ZohoBooks.invoices.READ # by its shape\n"
        "SLACK_SCOPES=chat:write\n";
    const auto result = read(text);
    REQUIRE(result.recognized);
    CHECK(result.findings.empty());
    REQUIRE(result.manifests.size() == 5);
    const std::vector<std::pair<std::string, std::string>> expected{
        {"ZOHO_SCOPES", "zoho"}, {"GOOGLE_SCOPES", "google"}, {"OAUTH_SCOPE", "google"}, {"SCOPES", "zoho"},
        {"SLACK_SCOPES", "slack"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(expected[i].first);
        CHECK(result.manifests[i].name->value == expected[i].first);
        CHECK(result.manifests[i].provider == expected[i].second);
        for (const auto& scope : result.manifests[i].scopes) CHECK(spelled(text, scope.span) == scope.text);
    }
    CHECK(result.manifests[0].scopes.size() == 2);
    CHECK(result.manifests[1].scopes.back().text == "https://www.googleapis.com/auth/drive.file");
    CHECK(result.manifests[2].scopes.size() == 1);
    CHECK(result.manifests[3].scopes.front().text == "ZohoBooks.invoices.READ");
    for (const auto& app : result.manifests) CHECK(app.strings.empty());  // no secret is ever collected
    CHECK(result.manifests[4].token_type.empty());
    const auto typed = read("SLACK_USER_SCOPES=channels:history\n");
    REQUIRE(typed.manifests.size() == 1);
    CHECK(typed.manifests.front().token_type == "user");
}

TEST_CASE("a byte order mark does not hide the first line of a .env file", "[env]") {
    const std::string text = "\xEF\xBB\xBFZOHO_SCOPES=ZohoCRM.modules.leads.READ\n";
    const auto result = read(text);
    REQUIRE(result.manifests.size() == 1);
    CHECK(result.manifests.front().name->span.begin == 3);
    CHECK(spelled(text, result.manifests.front().scopes.front().span) == "ZohoCRM.modules.leads.READ");
}

TEST_CASE("a .env file without a scope list of a certain provider is not a manifest", "[env]") {
    for (const std::string text : {"DATABASE_URL=postgres://localhost/app\n", "SCOPES=read,write\n", "OAUTH_SCOPES=\n",
                                   "APP_SCOPES=\"unterminated https://www.googleapis.com/auth/drive\n", "", "# SCOPES=x\n"}) {
        INFO(text);
        const auto result = read(text);
        CHECK_FALSE(result.recognized);
        CHECK(result.findings.empty());
    }
}
