// Reading connected-app manifests: recognition, every field, positions of
// scopes inside JSON strings (escapes included), and document problems as findings.
#include "parse/connected_app_reader.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace scopelint;

namespace {

ReadResult read(const std::string& text, bool by_name = true) {
    static std::vector<std::unique_ptr<SourceFile>> keep;  // findings refer to the source by path only
    keep.push_back(std::make_unique<SourceFile>("app.connected-app.json", text));
    return read_connected_app(*keep.back(), by_name);
}

std::vector<std::string> describe(const ReadResult& result, const std::string& text) {
    const SourceFile source("app.connected-app.json", text);
    std::vector<std::string> out;
    for (const auto& f : result.findings) {
        const auto p = source.position(f.span.begin);
        out.push_back(fmt::format("{}:{} {}[{}] {}", p.line, p.char_column, to_string(f.severity), f.rule, f.message));
    }
    return out;
}

}  // namespace

TEST_CASE("files are recognised by name, or by content when the provider is known", "[reader]") {
    CHECK(has_connected_app_name("apps/sync.connected-app.json"));
    CHECK(has_connected_app_name("SYNC.Connected-App.JSON"));
    CHECK_FALSE(has_connected_app_name("package.json"));
    CHECK(read(R"({"provider": "zoho", "scopes": ["ZohoCRM.users.READ"]})", false).recognized);
    CHECK_FALSE(read(R"({"name": "x", "version": "1.0"})", false).recognized);
    CHECK_FALSE(read(R"({"provider": "acme", "scopes": []})", false).recognized);
    CHECK_FALSE(read(R"({"provider": "zoho"})", false).recognized);
    CHECK_FALSE(read("[1, 2", false).recognized);
    // names both fields but is broken: most likely a manifest, so it is reported
    const auto broken = read(R"({"provider": "zoho", "scopes": [)", false);
    CHECK(broken.recognized);
    REQUIRE(broken.findings.size() == 1);
    CHECK(broken.findings[0].rule == "manifest-syntax");
}

TEST_CASE("every field is read", "[reader]") {
    const auto result = read(R"({
  "provider": "Zoho",
  "name": "crm-sync",
  "client_type": "server-based",
  "access": "read-only",
  "redirect_uris": ["https://a.example/cb"],
  "scopes": ["ZohoCRM.modules.contacts.READ"],
  "justifications": {"ZohoCRM.modules.contacts.READ": "reads contacts"}
})");
    REQUIRE(result.manifests.size() == 1);
    const AppManifest& app = result.manifests.front();
    CHECK(result.findings.empty());
    CHECK(app.provider == "zoho");
    CHECK(app.name->value == "crm-sync");
    CHECK(app.client_type->value == "server-based");
    CHECK(app.access == DeclaredAccess::read_only);
    CHECK(app.redirect_uris.size() == 1);
    CHECK(app.redirect_uris[0].pointer == "/redirect_uris/0");
    REQUIRE(app.scopes.size() == 1);
    CHECK(app.scopes[0].pointer == "/scopes/0");
    CHECK(app.justifications.size() == 1);
    CHECK(app.justifications[0].reason.value == "reads contacts");
}

TEST_CASE("scopes in one string keep their exact positions, escapes included", "[reader]") {
    const std::string text = R"({"provider": "zoho", "scopes": "ZohoCRM.modules.ALL,\u005aohoCRM.users.READ, ZohoCRM.org.READ"})";
    const auto result = read(text);
    REQUIRE(result.manifests.size() == 1);
    const auto& scopes = result.manifests.front().scopes;
    REQUIRE(scopes.size() == 3);
    CHECK(scopes[0].text == "ZohoCRM.modules.ALL");
    CHECK(scopes[0].span.begin == text.find("ZohoCRM.modules.ALL"));
    CHECK(scopes[0].span.end == text.find(",\\u005a"));
    CHECK(scopes[1].text == "ZohoCRM.users.READ");
    CHECK(scopes[1].span.begin == text.find("\\u005a"));  // the escape that produced 'Z'
    CHECK(scopes[1].span.end == text.find(", ZohoCRM.org"));
    CHECK(scopes[2].span.begin == text.find("ZohoCRM.org.READ"));
    CHECK(scopes[2].pointer == "/scopes");
}

TEST_CASE("document problems become findings with positions", "[reader]") {
    struct Row {
        std::string text;
        std::vector<std::string> findings;
    };
    const std::vector<Row> rows{
        {"[]", {"1:1 error[manifest-syntax] a connected-app manifest is a JSON object, not an array"}},
        {R"({"scopes": []})",
         {"1:1 error[manifest-syntax] missing required field 'provider'"}},
        {R"({"provider": "zoho"})", {"1:1 error[manifest-syntax] missing required field 'scopes'"}},
        {R"({"provider": "acme", "scopes": []})",
         {"1:15 error[manifest-syntax] unknown provider 'acme' (supported: atlassian, atlassian-connect, chrome-extensions, github, github-actions, github-app, google, shopify, slack, zoho)"}},
        {R"({"provider": "zoho", "scopes": 7})",
         {"1:32 error[manifest-syntax] 'scopes' must be an array of strings or one string, not a number"}},
        {R"({"provider": "zoho", "scopes": []})", {"1:32 error[manifest-syntax] 'scopes' lists no scope"}},
        {R"({"provider": "zoho", "scopes": ["a.b.READ", 3]})",
         {"1:45 error[manifest-syntax] 'scopes[]' must be a string, not a number"}},
        {R"({"provider": "zoho", "scopes": [""]})", {"1:34 error[scope-syntax] empty scope"}},
        {R"({"provider": "zoho", "scopes": ["a.b.READ,c.d.READ"]})",
         {"1:43 warning[scope-syntax] one array element holds 2 scopes; put each scope in its own element"}},
        {R"({"provider": "zoho", "scopes": ["x.y.READ"], "redirect_uris": "https://a"})",
         {"1:63 error[manifest-syntax] 'redirect_uris' must be an array, not a string"}},
        {R"({"provider": "zoho", "scopes": ["x.y.READ"], "access": "readonly"})",
         {"1:57 error[manifest-syntax] unknown access 'readonly' (expected 'read-only' or 'read-write')"}},
        {R"({"provider": "zoho", "scopes": ["x.y.READ"], "client_type": "browser"})",
         {"1:62 error[manifest-syntax] unknown client_type 'browser' (expected one of: javascript, mobile, non-browser, "
          "self-client, server-based, web)"}},
        {R"({"provider": "zoho", "scopes": ["x.y.READ"], "scope": "a"})",
         {"1:47 note[unknown-field] unknown field 'scope' is ignored; did you mean 'scopes'?"}},
        {R"({"provider": "zoho", "scopes": ["x.y.READ"], "scopes": ["ZohoCRM.users.ALL"]})",
         {"1:47 error[manifest-syntax] duplicate key 'scopes': JSON parsers disagree on which value counts"}},
        {R"({"provider": "zoho", "scopes": ["ZohoCRM..ALL"]})",
         {"1:42 error[scope-syntax] scope 'ZohoCRM..ALL': expected a name (letters, digits or '_') after '.'"}},
        {"{\"provider\": \"zoho\",\n \"scopes\": [}", {"2:13 error[manifest-syntax] invalid JSON: expected a JSON value"}},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        CHECK(describe(read(row.text), row.text) == row.findings);
    }
}

TEST_CASE("duplicate keys are reported anywhere in the document", "[reader]") {
    const std::string text = R"({"provider": "zoho", "scopes": ["a.b.READ"], "justifications": {"a.b.READ": "x", "a.b.READ": "y"}})";
    CHECK(describe(read(text), text) ==
          std::vector<std::string>{"1:83 error[manifest-syntax] duplicate key 'a.b.READ': JSON parsers disagree on which "
                                   "value counts"});
}

TEST_CASE("duplicate scope fields are both linted", "[reader]") {
    const auto result = read(R"({"provider": "zoho", "scopes": ["ZohoCRM.modules.contacts.READ"], "scopes": ["ZohoCRM.modules.ALL"]})");
    REQUIRE(result.manifests.size() == 1);
    REQUIRE(result.manifests.front().scopes.size() == 2);
    CHECK(result.manifests.front().scopes[1].text == "ZohoCRM.modules.ALL");
}

TEST_CASE("every string value is collected with its key for the secret scan", "[reader]") {
    const auto result = read(R"({"provider": "zoho", "scopes": ["a.b.READ"], "extra": {"refresh_token": "t", "list": ["u"]}})");
    REQUIRE(result.manifests.size() == 1);
    const auto& strings = result.manifests.front().strings;
    const auto has = [&](std::string key, std::string pointer) {
        return std::any_of(strings.begin(), strings.end(),
                           [&](const StringField& s) { return s.key == key && result.manifests.front().pointer_of(s) == pointer; });
    };
    CHECK(has("refresh_token", "/extra/refresh_token"));
    CHECK(has("list", "/extra/list/0"));
    CHECK(has("provider", "/provider"));
}
