// sensitive-scope: a scope whose catalog entry says what it reaches is
// sensitive (user administration, org settings, bulk export, mail ...).
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"

#include <fmt/format.h>

namespace scopelint::rules {
namespace {

class SensitiveScope final : public Rule {
public:
    std::string_view id() const override { return "sensitive-scope"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        for (const auto& scope : context.scopes()) {
            if (!scope.match || scope.match.scope->sensitive.empty()) continue;
            const auto& s = *scope.match.scope;
            findings.push_back(context.finding(id(), Severity::warning, scope,
                                               fmt::format("{} reaches sensitive data ({} risk): {}", in_quotes(scope.token->text),
                                                           catalog::to_string(s.risk), s.sensitive)));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_sensitive_scope() { return std::make_unique<SensitiveScope>(); }

}  // namespace scopelint::rules
