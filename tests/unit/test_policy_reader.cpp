// Policy files: what is read, and every mistake stopping with line:column.
#include "parse/policy_reader.hpp"

#include <catch2/catch.hpp>

using namespace scopelint;

namespace {

std::variant<Policy, PolicyError> read(std::string text) {
    return read_policy(std::make_shared<const SourceFile>(".scopelint.json", std::move(text)), "/repo");
}

std::string error_of(std::string text) {
    auto result = read(std::move(text));
    REQUIRE(std::holds_alternative<PolicyError>(result));
    return std::get<PolicyError>(result).describe();
}

}  // namespace

TEST_CASE("the built-in default policy reads and has no app sections", "[policy]") {
    const Policy& policy = default_policy();
    CHECK(policy.apps.empty());
    CHECK(policy.rules.empty());
    CHECK(policy.source == nullptr);
}

TEST_CASE("a full policy is read", "[policy]") {
    auto result = read(R"({
  "version": 1,
  "rules": {"broad-scope": "error", "unknown-field": "off"},
  "exclude": ["vendor/**"],
  "apps": [
    {"name": "sync", "match": {"name": "crm-*", "path": "apps/*.connected-app.json"},
     "access": "read-only",
     "allow": ["ZohoCRM.modules.{contacts,accounts}.READ"],
     "deny": ["ZohoCRM.users.*"],
     "max_operation": {"ZohoCRM.modules.*": "READ"},
     "rules": {"write-scope": "warning"}}
  ]
})");
    REQUIRE(std::holds_alternative<Policy>(result));
    const Policy& policy = std::get<Policy>(result);
    CHECK(policy.rules.at("broad-scope").severity == Severity::error);
    CHECK_FALSE(policy.rules.at("unknown-field").enabled);
    CHECK(policy.excludes("/repo/vendor/x/y.json"));
    CHECK_FALSE(policy.excludes("/repo/apps/y.json"));
    REQUIRE(policy.apps.size() == 1);
    const AppSection& app = policy.apps[0];
    CHECK(app.access == DeclaredAccess::read_only);
    REQUIRE(app.allow);
    CHECK(app.allow->size() == 1);
    CHECK(app.deny.size() == 1);
    REQUIRE(app.max_operations.size() == 1);
    CHECK(app.max_operations[0].operation == "READ");
    CHECK(app.rules.at("write-scope").severity == Severity::warning);

    AppManifest named;
    named.name = Located{"crm-sync", {}, {}};
    CHECK(policy.section_for(named, "/elsewhere/x.json") == &app);
    AppManifest by_path;
    CHECK(policy.section_for(by_path, "/repo/apps/a.connected-app.json") == &app);
    CHECK(policy.section_for(by_path, "/repo/other/a.connected-app.json") == nullptr);
}

TEST_CASE("policy mistakes stop with file:line:col", "[policy]") {
    const std::vector<std::pair<std::string, std::string>> rows{
        {"{\"rules\": {\"broad-scopes\": \"error\"}}",
         ".scopelint.json:1:12: error: invalid policy: unknown rule 'broad-scopes'; did you mean 'broad-scope'?"},
        {"{\"rules\": {\"broad-scope\": \"fatal\"}}",
         ".scopelint.json:1:27: error: invalid policy: rule setting must be \"off\", \"note\", \"warning\" or \"error\", not \"fatal\""},
        {"{\"apps\": [{\"match\": {\"name\": \"x\"}, \"deney\": []}]}",
         ".scopelint.json:1:36: error: invalid policy: unknown key 'deney' in an app section; did you mean 'deny'?"},
        {"{\"apps\": [{\"deny\": []}]}",
         ".scopelint.json:1:11: error: invalid policy: an app section needs 'match' (name and/or path)"},
        {"{\"apps\": [{\"match\": {}}]}", ".scopelint.json:1:21: error: invalid policy: 'match' needs 'name' or 'path'"},
        {"{\"apps\": [{\"match\": {\"name\": \"x\"}, \"deny\": [\"ZohoCRM.{a,b\"]}]}",
         ".scopelint.json:1:58: error: invalid policy: invalid pattern 'ZohoCRM.{a,b': expected '}' to close '{' (alternatives cannot nest or contain '*')"},
        {"{\"apps\": [{\"match\": {\"name\": \"x\"}, \"max_operation\": {\"ZohoCRM.*\": \"EDIT\"}}]}",
         ".scopelint.json:1:67: error: invalid policy: unknown operation 'EDIT'"},
        {"{\"apps\": [{\"match\": {\"name\": \"x\"}, \"access\": \"readonly\"}]}",
         ".scopelint.json:1:46: error: invalid policy: 'access' must be \"read-only\" or \"read-write\", not \"readonly\""},
        {"{\"version\": 2}", ".scopelint.json:1:13: error: invalid policy: unsupported policy version (this scopelint reads version 1)"},
        {"{\"rules\": [}", ".scopelint.json:1:12: error: invalid policy: invalid JSON: expected a JSON value"},
        {"[]", ".scopelint.json:1:1: error: invalid policy: the policy must be a JSON object, not array"},
        {"{\n  \"exlude\": []\n}", ".scopelint.json:2:3: error: invalid policy: unknown key 'exlude' in policy; did you mean 'exclude'?"},
    };
    for (const auto& [text, expected] : rows) {
        INFO(text);
        CHECK(error_of(text) == expected);
    }
}
