#include "engine/registry.hpp"

#include "rules/rules.hpp"

#include <memory>
#include <vector>

namespace scopelint {
namespace {

// Sorted by rule id. Adding a rule: its file in src/rules/, its factory in
// rules/rules.hpp, one line here, rules/lint/<id>.json + .md, and golden cases
// in tests/rules/<id>/.
std::vector<std::unique_ptr<Rule>> make_rules() {
    std::vector<std::unique_ptr<Rule>> list;
    list.push_back(rules::make_bidi_control());
    list.push_back(rules::make_broad_scope());
    list.push_back(rules::make_committed_secret());
    list.push_back(rules::make_deprecated_scope());
    list.push_back(rules::make_duplicate_scope());
    list.push_back(rules::make_insecure_redirect_uri());
    list.push_back(rules::make_missing_scope());
    list.push_back(rules::make_non_canonical_case());
    list.push_back(rules::make_redundant_scope());
    list.push_back(rules::make_risky_combination());
    list.push_back(rules::make_risky_setting());
    list.push_back(rules::make_scope_denied());
    list.push_back(rules::make_scope_not_allowed());
    list.push_back(rules::make_sensitive_scope());
    list.push_back(rules::make_token_type());
    list.push_back(rules::make_unknown_event());
    list.push_back(rules::make_unknown_scope());
    list.push_back(rules::make_unused_justification());
    list.push_back(rules::make_write_scope());
    return list;
}

}  // namespace

std::span<const Rule* const> registered_rules() {
    static const auto owned = make_rules();
    static const auto views = [] {
        std::vector<const Rule*> out;
        for (const auto& rule : owned) out.push_back(rule.get());
        return out;
    }();
    return views;
}

}  // namespace scopelint
