// unknown-scope: a well-formed scope the provider's catalog does not know,
// with the nearest known scope as a suggestion.
#include "catalog/suggest.hpp"
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace scopelint::rules {
namespace {

class UnknownScope final : public Rule {
public:
    std::string_view id() const override { return "unknown-scope"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        for (const auto& scope : context.scopes()) {
            if (!scope.token->well_formed || scope.match) continue;
            findings.push_back(report(context, scope));
        }
    }

private:
    static std::string message_for(const catalog::Diagnosis& diagnosis) {
        std::string message = diagnosis.problem;
        if (!diagnosis.suggestion.empty()) message += fmt::format("; did you mean {}?", in_quotes(diagnosis.suggestion));
        if (!diagnosis.valid_operations.empty())
            message += fmt::format(" (valid operations: {})", util::join(diagnosis.valid_operations, ", "));
        return message;
    }

    // Narrows the finding to the faulty part when the token's bytes are the
    // file's bytes (no JSON escapes in between).
    static Span fault_span(const ScopeToken& token, const catalog::Diagnosis& diagnosis) {
        if (token.span.size() != token.text.size() || diagnosis.length == 0) return token.span;
        return {token.span.begin + diagnosis.offset, token.span.begin + diagnosis.offset + diagnosis.length};
    }

    static Finding report(const RuleContext& context, const ResolvedScope& scope) {
        const auto diagnosis = catalog::diagnose_unknown(context.catalog(), scope.token->text);
        Finding f = context.finding("unknown-scope", Severity::error, scope, message_for(diagnosis));
        f.span = fault_span(*scope.token, diagnosis);
        if (!diagnosis.suggestion.empty()) f.help = fmt::format("replace it with {}", in_quotes(diagnosis.suggestion));
        return f;
    }
};

}  // namespace

std::unique_ptr<Rule> make_unknown_scope() { return std::make_unique<UnknownScope>(); }

}  // namespace scopelint::rules
