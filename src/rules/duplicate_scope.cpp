// duplicate-scope: the same scope requested more than once.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <map>

namespace scopelint::rules {
namespace {

class DuplicateScope final : public Rule {
public:
    std::string_view id() const override { return "duplicate-scope"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        std::map<std::string, const ResolvedScope*> first_seen;
        for (const auto& scope : context.scopes()) {
            const auto key = context.catalog().case_sensitive ? scope.token->text : util::ascii_lower(scope.token->text);
            const auto [it, inserted] = first_seen.emplace(key, &scope);
            if (inserted) continue;
            const auto& first = *it->second;
            const bool same_spelling = first.token->text == scope.token->text;
            Finding f = context.finding(
                id(), Severity::warning, scope,
                same_spelling ? fmt::format("{} is requested more than once", in_quotes(scope.token->text))
                              : fmt::format("{} repeats {} (scopes compare case-insensitively)",
                                            in_quotes(scope.token->text), in_quotes(first.token->text)));
            f.related.push_back({"", first.token->span, "first requested here"});
            findings.push_back(std::move(f));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_duplicate_scope() { return std::make_unique<DuplicateScope>(); }

}  // namespace scopelint::rules
