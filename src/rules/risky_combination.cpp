// risky-combination: scopes that reach much further together than each alone
// (a browser extension's `cookies` with access to every site). Which sets are
// risky is catalog data (catalog::Combination); a member counts as granted
// when it is requested or implied by a requested scope.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

namespace scopelint::rules {
namespace {

class RiskyCombination final : public Rule {
public:
    std::string_view id() const override { return "risky-combination"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        const auto& catalog = context.catalog();
        for (const auto& combination : catalog.combinations) {
            std::vector<const ResolvedScope*> granting;
            for (const auto member : catalog.members_of(combination)) {
                const ResolvedScope* scope = first_granting(context, member);
                if (scope == nullptr) break;
                granting.push_back(scope);
            }
            if (granting.size() == catalog.members_of(combination).size())
                findings.push_back(report(context, combination, granting));
        }
    }

private:
    // The first requested scope that is `member` or implies it.
    static const ResolvedScope* first_granting(const RuleContext& context, std::uint16_t member) {
        const auto& catalog = context.catalog();
        for (const auto& scope : context.scopes()) {
            if (!scope.match) continue;
            const auto implied = catalog.implied_by(*scope.match.scope);
            if (catalog.index_of(*scope.match.scope) == member || std::binary_search(implied.begin(), implied.end(), member))
                return &scope;
        }
        return nullptr;
    }

    static Severity severity_of(catalog::Risk risk) {
        return risk == catalog::Risk::high || risk == catalog::Risk::critical ? Severity::warning : Severity::note;
    }

    Finding report(const RuleContext& context, const catalog::Combination& combination,
                   const std::vector<const ResolvedScope*>& granting) const {
        // Reported at the member requested last in the file: the one that completes the set.
        const auto last = *std::max_element(granting.begin(), granting.end(), [](const ResolvedScope* a, const ResolvedScope* b) {
            return a->token->span.begin < b->token->span.begin;
        });
        std::vector<std::string> names;
        for (const auto* scope : granting) names.push_back(in_quotes(scope->token->text));
        Finding f = context.finding(id(), severity_of(combination.risk), *last,
                                    fmt::format("{} together: {}", util::join_words(names, " with "), combination.message));
        f.help = std::string(combination.help);
        for (const auto* scope : granting)
            if (scope != last) f.related.push_back({"", scope->token->span, fmt::format("{} is requested here", in_quotes(scope->token->text))});
        return f;
    }
};

}  // namespace

std::unique_ptr<Rule> make_risky_combination() { return std::make_unique<RiskyCombination>(); }

}  // namespace scopelint::rules
