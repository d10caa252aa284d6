// Rules about rules: every registered rule and every reader rule id has
// metadata and a complete doc page, and nothing is documented that no code reports.
#include "engine/registry.hpp"
#include "engine/rule_meta.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>

using namespace scopelint;

TEST_CASE("registered rules and rule metadata cover each other", "[registry]") {
    std::set<std::string> implemented(reader_rule_ids.begin(), reader_rule_ids.end());
    for (const Rule* rule : registered_rules()) {
        INFO(rule->id());
        CHECK(implemented.insert(std::string(rule->id())).second);  // no id twice
        CHECK(find_rule_meta(rule->id()) != nullptr);
    }
    std::set<std::string> documented;
    for (const auto& meta : all_rule_metas()) documented.insert(std::string(meta.id));
    CHECK(implemented == documented);
}

// Editors validate .scopelint.json against the schema: a rule id missing there
// would be flagged in a policy that scopelint itself accepts.
TEST_CASE("the policy schema lists exactly the rule ids", "[registry]") {
    std::ifstream in(std::string(SCOPELINT_SOURCE_DIR) + "/rules/schemas/policy.schema.json");
    REQUIRE(in);
    const auto schema = nlohmann::json::parse(in);
    std::set<std::string> listed;
    for (const auto& id : schema.at("$defs").at("ruleSettings").at("propertyNames").at("enum")) listed.insert(id.get<std::string>());
    std::set<std::string> documented;
    for (const auto& meta : all_rule_metas()) documented.insert(std::string(meta.id));
    CHECK(listed == documented);
}

TEST_CASE("rule ids are sorted kebab-case and registered in sorted order", "[registry]") {
    const auto rules = registered_rules();
    CHECK(std::is_sorted(rules.begin(), rules.end(), [](const Rule* a, const Rule* b) { return a->id() < b->id(); }));
    for (const auto& meta : all_rule_metas()) {
        INFO(meta.id);
        CHECK(std::all_of(meta.id.begin(), meta.id.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }));
    }
}

TEST_CASE("every rule has complete metadata and documentation", "[registry]") {
    for (const auto& meta : all_rule_metas()) {
        INFO(meta.id);
        CHECK_FALSE(meta.summary.empty());
        CHECK(meta.summary.size() <= 120);
        CHECK_FALSE(meta.help.empty());
        CHECK_FALSE(meta.description.empty());
        CHECK(meta.description.size() <= 1024);  // GitHub's limit for fullDescription
        CHECK(std::find(meta.tags.begin(), meta.tags.end(), "security") != meta.tags.end());
        const double score = std::stod(std::string(meta.security_severity));
        CHECK(score > 0.0);
        CHECK(score <= 10.0);
        for (const char* heading : {"## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Options",
                                    "## References"})
            CHECK(meta.docs.find(heading) != std::string_view::npos);
    }
}
