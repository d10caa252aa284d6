// Browser extension manifests: which manifest.json files are extensions, which
// permissions and patterns become scopes, and where they stand.
#include "parse/browser_extension_reader.hpp"
#include "parse/formats.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

using namespace scopelint;

namespace {

ReadResult read(const std::string& text, const std::string& path = "extension/manifest.json") {
    static std::vector<std::unique_ptr<SourceFile>> sources;  // findings and views outlive the call
    sources.push_back(std::make_unique<SourceFile>(path, text));
    return read_manifest(*sources.back(), path, false, {});
}

std::vector<std::string> scope_texts(const ReadResult& result) {
    std::vector<std::string> texts;
    for (const auto& app : result.manifests)
        for (const auto& scope : app.scopes) texts.push_back(scope.text);
    return texts;
}

std::string spelled(const std::string& text, Span span) { return text.substr(span.begin, span.size()); }

}  // namespace

TEST_CASE("web-app and Teams manifest.json files are skipped without a word", "[extension]") {
    for (const std::string text : {
             R"({"name": "Shop", "start_url": "/", "display": "standalone", "icons": []})",
             R"({"$schema": "https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.schema.json",
                 "manifestVersion": "1.16", "name": {"short": "Planner"}, "webApplicationInfo": {"id": "x"}})",
             R"({"manifest_version": 4, "name": "future"})",
             R"({"manifest_version": 3, "name": )",
         }) {
        INFO(text);
        const auto result = read(text);
        CHECK_FALSE(result.recognized);
        CHECK(result.findings.empty());
    }
    CHECK(may_be_browser_extension_manifest("dist/manifest.v3.json"));
    CHECK_FALSE(may_be_browser_extension_manifest("extension/package.json"));
}

TEST_CASE("API permissions and all-hosts patterns are scopes, named hosts are not", "[extension]") {
    const std::string text = R"({
  "manifest_version": 2,
  "name": "Tab Tools",
  "permissions": ["tabs", "menus", "https://api.example.com/*", "<all_urls>"],
  "optional_permissions": ["https://*/*"],
  "content_scripts": [{"matches": ["<all_urls>", "*://*/*", "https://*.example.org/*"], "js": ["c.js"]}]
})";
    const auto result = read(text);
    REQUIRE(result.recognized);
    CHECK(result.findings.empty());
    // <all_urls> in the content script repeats a permission already requested: not a second request.
    CHECK(scope_texts(result) == std::vector<std::string>{"tabs", "menus", "<all_urls>", "https://*/*", "*://*/*"});
    for (const auto& scope : result.manifests.front().scopes) CHECK(spelled(text, scope.span) == scope.text);
    CHECK(result.manifests.front().scopes.back().pointer == "/content_scripts/0/matches/1");
}

TEST_CASE("a broken match pattern is a scope-syntax finding", "[extension]") {
    const auto result = read(R"({"manifest_version": 3, "name": "x", "host_permissions": ["https://example.com"]})");
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings.front().rule == "scope-syntax");
}

TEST_CASE("a permission list that is not an array of strings is a manifest-syntax finding", "[extension]") {
    const auto result = read(R"({"manifest_version": 3, "name": "x", "permissions": "tabs", "host_permissions": [3]})");
    REQUIRE(result.findings.size() == 2);
    CHECK(result.findings[0].message == "'permissions' must be an array of strings, not string");
    CHECK(result.findings[1].message == "a permission must be a string");
    CHECK(result.findings[1].pointer == "/host_permissions/0");
}
