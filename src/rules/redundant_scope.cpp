// redundant-scope: a scope that another requested scope already grants.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <set>

namespace scopelint::rules {
namespace {

class RedundantScope final : public Rule {
public:
    std::string_view id() const override { return "redundant-scope"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        const auto scopes = context.scopes();
        std::set<std::string> seen;  // duplicates are duplicate-scope's business
        for (const auto& scope : scopes) {
            const auto key = context.catalog().case_sensitive ? scope.token->text : util::ascii_lower(scope.token->text);
            if (!seen.insert(key).second || !scope.match) continue;
            if (const ResolvedScope* wider = first_granting(context, scope)) findings.push_back(report(context, scope, *wider));
        }
    }

private:
    static const ResolvedScope* first_granting(const RuleContext& context, const ResolvedScope& scope) {
        for (const auto& other : context.scopes())
            if (&other != &scope && catalog::implies(context.catalog(), other.match, scope.match)) return &other;
        return nullptr;
    }

    Finding report(const RuleContext& context, const ResolvedScope& scope, const ResolvedScope& wider) const {
        Finding f = context.finding(id(), Severity::warning, scope,
                                    fmt::format("{} is already granted by {}", in_quotes(scope.token->text),
                                                in_quotes(wider.token->text)));
        f.help = fmt::format("remove {}; {} covers it", in_quotes(scope.token->text), in_quotes(wider.canonical));
        f.related.push_back({"", wider.token->span, fmt::format("{} grants it", in_quotes(wider.token->text))});
        return f;
    }
};

}  // namespace

std::unique_ptr<Rule> make_redundant_scope() { return std::make_unique<RedundantScope>(); }

}  // namespace scopelint::rules
