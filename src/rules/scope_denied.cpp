// scope-denied: a scope the applicable policy section denies, directly or
// through a scope it implies (ZohoCRM.modules.ALL grants modules.deals.*).
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"

#include <fmt/format.h>

namespace scopelint::rules {
namespace {

class ScopeDenied final : public Rule {
public:
    std::string_view id() const override { return "scope-denied"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        const auto* section = context.section();
        if (section == nullptr) return;
        for (const auto& scope : context.scopes()) {
            if (!scope.token->well_formed) continue;
            for (const auto& pattern : section->deny) {
                const auto granted = first_granted_match(context.catalog(), scope, pattern.glob);
                if (!granted) continue;
                findings.push_back(report(context, scope, pattern, *granted));
                break;  // one denial per scope is enough to act on
            }
        }
    }

private:
    Finding report(const RuleContext& context, const ResolvedScope& scope, const PolicyPattern& pattern,
                   const GrantedMatch& granted) const {
        const auto message =
            granted.direct ? fmt::format("{} is denied by the policy pattern {}", in_quotes(scope.token->text), in_quotes(pattern.glob.text()))
                   : fmt::format("{} grants {}, which the policy denies with {}", in_quotes(scope.token->text),
                                 in_quotes(granted.name), in_quotes(pattern.glob.text()));
        Finding f = context.finding(id(), Severity::error, scope, message);
        f.help = "remove it, or request narrower scopes that the policy does not deny";
        f.related.push_back(context.policy_location(pattern.span, "denied here"));
        return f;
    }
};

}  // namespace

std::unique_ptr<Rule> make_scope_denied() { return std::make_unique<ScopeDenied>(); }

}  // namespace scopelint::rules
