// The GitHub App manifest reader: the JSON of the registration flow and
// Probot's app.yml read into the same manifest (permissions as scopes, events,
// settings), and an app.yml that is not a GitHub App left alone; also the
// event and scope lists of the other JSON/YAML manifest readers when misshapen.
#include "parse/formats.hpp"
#include "parse/github_app_reader.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

using namespace scopelint;

namespace {

ReadResult read(const std::string& path, const std::string& text) {
    static std::vector<std::unique_ptr<SourceFile>> sources;  // findings and views outlive the call
    sources.push_back(std::make_unique<SourceFile>(path, text));
    return read_manifest(*sources.back(), path, false, {});
}

std::vector<std::string> scope_texts(const AppManifest& app) {
    std::vector<std::string> texts;
    for (const auto& scope : app.scopes) texts.push_back(scope.text);
    return texts;
}

std::vector<std::string> event_names(const AppManifest& app) {
    std::vector<std::string> names;
    for (const auto& event : app.events) names.push_back(event.value);
    return names;
}

std::string spelled(const std::string& text, Span span) { return text.substr(span.begin, span.size()); }

const std::string json_manifest = R"({
  "name": "stale-issues",
  "public": true,
  "default_permissions": {"issues": "write", "metadata": "read"},
  "default_events": ["issues", "issue_comment"]
})";

const std::string yaml_manifest = R"(name: stale-issues
public: true
default_permissions:
  issues: write
  metadata: read
default_events:
  - issues
  - issue_comment
)";

}  // namespace

TEST_CASE("a GitHub App manifest reads the same from JSON and from Probot's app.yml", "[github-app]") {
    for (const auto& [path, text] : {std::pair{std::string("stale.github-app.json"), json_manifest},
                                     std::pair{std::string("bots/stale/app.yml"), yaml_manifest}}) {
        INFO(path);
        const auto result = read(path, text);
        REQUIRE(result.recognized);
        CHECK(result.findings.empty());
        REQUIRE(result.manifests.size() == 1);
        const AppManifest& app = result.manifests.front();
        CHECK(app.provider == "github-app");
        CHECK(scope_texts(app) == std::vector<std::string>{"issues:write", "metadata:read"});
        CHECK(event_names(app) == std::vector<std::string>{"issues", "issue_comment"});
        CHECK(spelled(text, app.events[1].span) == "issue_comment");
        CHECK(app.events[1].pointer == "/default_events/1");
        REQUIRE(app.settings.size() == 1);
        CHECK(app.settings.front().pointer == "/public");
        CHECK(app.settings.front().text == "true");
        CHECK(spelled(text, app.settings.front().span) == "true");
    }
}

TEST_CASE("an app.yml that is not a GitHub App manifest is skipped without a finding", "[github-app]") {
    for (const std::string text : {"name: shop\nenv: production\n", "default_permissions: [broken\n",
                                   "provider: zoho\ndefault_permissions:\n  issues: write\n", ""}) {
        INFO(text);
        const auto result = read("config/app.yml", text);
        CHECK_FALSE(result.recognized);
        CHECK(result.findings.empty());
    }
    CHECK_FALSE(may_be_probot_app_yml("config/application.yml"));
    CHECK(may_be_probot_app_yml("APP.YAML"));
}

TEST_CASE("GitHub App manifest problems are findings in the file's own words", "[github-app]") {
    const auto json = read("x.github-app.json", R"({"default_permissions": {"issues": 3}, "default_events": "push"})");
    REQUIRE(json.findings.size() == 2);
    CHECK(json.findings[0].message == "the level of 'issues' must be a string");
    CHECK(json.findings[1].message == "'default_events' must be an array of event names, not string");

    const auto yaml = read("app.yml", "default_permissions:\n  issues: owner\ndefault_events:\n  push: true\n");
    REQUIRE(yaml.findings.size() == 2);
    CHECK(yaml.findings[0].message == "'owner' is not a permission level (read, write or admin)");
    CHECK(yaml.findings[1].message == "'default_events' must be a list of event names, not mapping");
}

TEST_CASE("Apps Script and Slack event lists of the wrong shape are manifest-syntax findings", "[github-app]") {
    const auto script = read("appsscript.json", R"({"timeZone": "UTC", "oauthScopes": "https://www.googleapis.com/auth/drive"})");
    REQUIRE(script.findings.size() == 1);
    CHECK(script.findings[0].rule == "manifest-syntax");
    CHECK(script.findings[0].message == "'oauthScopes' must be an array of scope URLs, not string");

    const auto slack = read("slack-manifest.yml",
                            "oauth_config:\n  scopes:\n    bot: [chat:write]\nsettings:\n  event_subscriptions:\n"
                            "    bot_events: app_mention\n    user_events:\n      - [x]\n");
    REQUIRE(slack.findings.size() == 2);
    CHECK(slack.findings[0].message == "'bot_events' must be a list of event names");
    CHECK(slack.findings[1].message == "an event name must be a non-empty string");
    CHECK(slack.findings[1].pointer == "/settings/event_subscriptions/user_events/0");
}
