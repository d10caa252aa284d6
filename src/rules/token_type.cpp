// token-type: a scope requested for a kind of token that cannot hold it, or
// for a more powerful kind than one that could (Slack: a user-token scope
// that the bot token can hold too).
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace scopelint::rules {
namespace {

class TokenType final : public Rule {
public:
    std::string_view id() const override { return "token-type"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        const auto& catalog = context.catalog();
        const int requested = catalog.token_type_index(context.app().token_type);
        if (requested < 0) return;
        for (const auto& scope : context.scopes()) {
            if (!scope.match || scope.match.scope->token_types == 0) continue;
            const unsigned allowed = scope.match.scope->token_types;
            if ((allowed & (1U << static_cast<unsigned>(requested))) == 0) {
                findings.push_back(not_for_this_token(context, scope, requested, allowed));
            } else if (const int lesser = first_allowed(allowed); lesser < requested) {
                findings.push_back(lesser_token_would_do(context, scope, requested, lesser));
            }
        }
    }

private:
    // Token types are listed from the least to the most powerful.
    static int first_allowed(unsigned allowed) {
        for (int i = 0; i < 8; ++i)
            if ((allowed & (1U << static_cast<unsigned>(i))) != 0) return i;
        return 8;
    }

    static std::string labels(const catalog::Catalog& catalog, unsigned allowed) {
        std::vector<std::string> names;
        for (std::size_t i = 0; i < catalog.token_types.size(); ++i)
            if ((allowed & (1U << i)) != 0) names.emplace_back(catalog.token_types[i].label);
        return util::join_words(names, " or ");
    }

    Finding not_for_this_token(const RuleContext& context, const ResolvedScope& scope, int requested,
                               unsigned allowed) const {
        const auto& catalog = context.catalog();
        Finding f = context.finding(id(), Severity::error, scope,
                                    fmt::format("{} cannot be granted to a {}; only a {} can hold it",
                                                in_quotes(scope.token->text),
                                                catalog.token_types[static_cast<std::size_t>(requested)].label,
                                                labels(catalog, allowed)));
        f.help = fmt::format("request it for the {} instead, or remove it", labels(catalog, allowed));
        return f;
    }

    Finding lesser_token_would_do(const RuleContext& context, const ResolvedScope& scope, int requested,
                                  int lesser) const {
        const auto& catalog = context.catalog();
        const auto& asked = catalog.token_types[static_cast<std::size_t>(requested)].label;
        const auto& enough = catalog.token_types[static_cast<std::size_t>(lesser)].label;
        Finding f = context.finding(id(), Severity::warning, scope,
                                    fmt::format("{} is requested for the {}, which reaches more than the {} that "
                                                "can hold it too",
                                                in_quotes(scope.token->text), asked, enough));
        f.help = fmt::format("request it for the {} unless the app must act as the installing user", enough);
        return f;
    }
};

}  // namespace

std::unique_ptr<Rule> make_token_type() { return std::make_unique<TokenType>(); }

}  // namespace scopelint::rules
