// unused-justification: a justification for a scope the app does not request,
// usually left behind when a scope was narrowed or renamed.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace scopelint::rules {
namespace {

class UnusedJustification final : public Rule {
public:
    std::string_view id() const override { return "unused-justification"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        for (const auto& justification : context.app().justifications) {
            const auto& key = justification.scope.value;
            const auto scopes = context.scopes();
            const bool requested = std::any_of(scopes.begin(), scopes.end(), [&](const ResolvedScope& scope) {
                return util::iequals(scope.token->text, key) || util::iequals(scope.canonical, key);
            });
            if (requested) continue;
            Finding f = context.finding(id(), Severity::note, justification.scope.span, justification.scope.pointer,
                                        fmt::format("justification for {}, which the app does not request", in_quotes(key)));
            f.scope = key;
            f.help = "remove the stale justification, or correct its key to the scope it explains";
            findings.push_back(std::move(f));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_unused_justification() { return std::make_unique<UnusedJustification>(); }

}  // namespace scopelint::rules
