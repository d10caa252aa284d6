// deprecated-scope: a scope the provider has retired or rejects.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"

#include <fmt/format.h>

namespace scopelint::rules {
namespace {

class DeprecatedScope final : public Rule {
public:
    std::string_view id() const override { return "deprecated-scope"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        for (const auto& scope : context.scopes()) {
            if (!scope.match || scope.match.scope->deprecated.empty()) continue;
            findings.push_back(context.finding(id(), Severity::warning, scope,
                                               fmt::format("{} is deprecated: {}", in_quotes(scope.token->text),
                                                           scope.match.scope->deprecated)));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_deprecated_scope() { return std::make_unique<DeprecatedScope>(); }

}  // namespace scopelint::rules
