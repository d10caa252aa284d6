// non-canonical-case: a known scope spelled in another case than the
// provider documents. Harmless where the provider compares case-insensitively,
// but it defeats text search and makes reviews harder.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"

#include <fmt/format.h>

namespace scopelint::rules {
namespace {

class NonCanonicalCase final : public Rule {
public:
    std::string_view id() const override { return "non-canonical-case"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        for (const auto& scope : context.scopes()) {
            if (!scope.match || scope.match.canonical_case) continue;
            Finding f = context.finding(id(), Severity::note, scope,
                                        fmt::format("{} is documented as {}", in_quotes(scope.token->text),
                                                    in_quotes(scope.canonical)));
            f.help = fmt::format("write {}", in_quotes(scope.canonical));
            findings.push_back(std::move(f));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_non_canonical_case() { return std::make_unique<NonCanonicalCase>(); }

}  // namespace scopelint::rules
