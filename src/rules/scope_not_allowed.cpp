// scope-not-allowed: a scope outside the policy section's allow list, or one
// whose operation goes beyond the section's maximum for a pattern.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace scopelint::rules {
namespace {

class ScopeNotAllowed final : public Rule {
public:
    std::string_view id() const override { return "scope-not-allowed"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        const auto* section = context.section();
        if (section == nullptr) return;
        for (const auto& scope : context.scopes()) {
            if (!scope.token->well_formed) continue;
            if (section->allow && !allowed(*section->allow, scope)) {
                findings.push_back(outside_allow_list(context, scope));
                continue;
            }
            check_maximum_operations(context, *section, scope, findings);
        }
    }

private:
    static bool allowed(const std::vector<PolicyPattern>& allow, const ResolvedScope& scope) {
        return std::any_of(allow.begin(), allow.end(), [&](const PolicyPattern& pattern) {
            return pattern.glob.matches(scope.canonical) || pattern.glob.matches(scope.token->text);
        });
    }

    Finding outside_allow_list(const RuleContext& context, const ResolvedScope& scope) const {
        Finding f = context.finding(id(), Severity::error, scope,
                                    fmt::format("{} is not in the policy's allow list for this app",
                                                in_quotes(scope.token->text)));
        f.help = "request only scopes the policy allows, or have the policy owners extend 'allow'";
        f.related.push_back(context.policy_location(context.section()->allow_span, "allow list"));
        return f;
    }

    // Operations within `maximum`: itself, what it implies, and read access.
    static bool within(const catalog::Catalog& catalog, const catalog::Operation& maximum, std::uint16_t operation) {
        const auto index = static_cast<std::uint16_t>(&maximum - catalog.operations.data());
        if (operation == index || catalog.operations[operation].access == catalog::Access::read) return true;
        const auto implied = catalog.operation_implies.subspan(maximum.implies_begin, maximum.implies_end - maximum.implies_begin);
        return std::find(implied.begin(), implied.end(), operation) != implied.end();
    }

    static const catalog::Operation* find_operation(const catalog::Catalog& catalog, std::string_view name) {
        for (const auto& op : catalog.operations)
            if (util::iequals(op.name, name)) return &op;
        return nullptr;
    }

    void check_maximum_operations(const RuleContext& context, const AppSection& section, const ResolvedScope& scope,
                                  std::vector<Finding>& findings) const {
        if (!scope.match) return;
        const auto& catalog = context.catalog();
        for (const auto& limit : section.max_operations) {
            const auto* maximum = find_operation(catalog, limit.operation);
            if (maximum == nullptr) continue;  // an operation of another provider
            const auto excess = first_granted_match(catalog, scope, limit.pattern.glob, [&](const catalog::Scope& s) {
                return s.operation != catalog::no_index && !within(catalog, *maximum, s.operation);
            });
            if (!excess) continue;
            const bool direct = excess->direct;
            const auto what = direct ? in_quotes(scope.token->text)
                                     : fmt::format("{} grants {}, which", in_quotes(scope.token->text), in_quotes(excess->name));
            Finding f = context.finding(id(), Severity::error, scope,
                                        fmt::format("{} exceeds the maximum operation {} that the policy allows for {}",
                                                    what, limit.operation, in_quotes(limit.pattern.glob.text())));
            // Only a direct excess has a drop-in replacement; for an implied one the
            // sibling would silently shrink the rest of the grant.
            const auto narrower = direct ? sibling_with_operation(catalog, scope.canonical, maximum->name) : std::string();
            f.help = !narrower.empty() ? fmt::format("request {} instead", in_quotes(narrower))
                              : fmt::format("request at most {} on scopes matching {}", limit.operation,
                                            in_quotes(limit.pattern.glob.text()));
            f.related.push_back(context.policy_location(limit.span, "maximum set here"));
            findings.push_back(std::move(f));
            return;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_scope_not_allowed() { return std::make_unique<ScopeNotAllowed>(); }

}  // namespace scopelint::rules
