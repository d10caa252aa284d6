// deprecated-scope: a scope the provider has retired or rejects.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace scopelint::rules {
namespace {

class DeprecatedScope final : public Rule {
public:
    std::string_view id() const override { return "deprecated-scope"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        for (const auto& scope : context.scopes()) {
            if (!scope.match || scope.match.scope->deprecated.empty()) continue;
            Finding f = context.finding(id(), Severity::warning, scope,
                                        fmt::format("{} is deprecated: {}", in_quotes(scope.token->text),
                                                    scope.match.scope->deprecated));
            if (const auto successors = replacements(context.catalog(), *scope.match.scope); !successors.empty())
                f.help = fmt::format("replace it with {}", successors);
            findings.push_back(std::move(f));
        }
    }

private:
    // "'a'" or "'a' and 'b'": what the catalog says replaced the scope.
    static std::string replacements(const catalog::Catalog& catalog, const catalog::Scope& scope) {
        std::vector<std::string> names;
        for (const auto index : catalog.replacements_of(scope)) names.push_back(in_quotes(catalog.scopes[index].name));
        return util::join_words(names);
    }
};

}  // namespace

std::unique_ptr<Rule> make_deprecated_scope() { return std::make_unique<DeprecatedScope>(); }

}  // namespace scopelint::rules
