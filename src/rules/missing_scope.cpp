// missing-scope: an event subscription that none of the requested scopes lets
// the provider deliver (Slack refuses such a manifest or never sends the
// event; a GitHub App without the permission gets no webhook). The catalog
// lists, per event, the scopes of which any one suffices.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace scopelint::rules {
namespace {

class MissingScope final : public Rule {
public:
    std::string_view id() const override { return "missing-scope"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        const auto& catalog = context.catalog();
        for (const auto& event : context.app().events) {
            const catalog::Event* known = catalog.find_event(event.value);
            if (known == nullptr) continue;  // unknown-event's to report
            if (catalog.requirements_of(*known).empty()) continue;  // nothing the catalog can check
            if (!delivered_to_this_token(context, *known)) {
                findings.push_back(wrong_token(context, event, *known));
            } else if (!requested_any(context, *known)) {
                findings.push_back(not_requested(context, event, *known));
            }
        }
    }

private:
    static bool delivered_to_this_token(const RuleContext& context, const catalog::Event& event) {
        const int type = context.catalog().token_type_index(context.app().token_type);
        return event.token_types == 0 || type < 0 || (event.token_types & (1U << static_cast<unsigned>(type))) != 0;
    }

    // A requested scope that is one of the event's, or implies one of them.
    static bool requested_any(const RuleContext& context, const catalog::Event& event) {
        const auto& catalog = context.catalog();
        const auto needed = catalog.requirements_of(event);
        return std::any_of(context.scopes().begin(), context.scopes().end(), [&](const ResolvedScope& scope) {
            if (!scope.match) return false;
            const auto implied = catalog.implied_by(*scope.match.scope);
            return std::any_of(needed.begin(), needed.end(), [&](std::uint16_t index) {
                return index == catalog.index_of(*scope.match.scope) ||
                       std::binary_search(implied.begin(), implied.end(), index);
            });
        });
    }

    static std::string scope_names(const catalog::Catalog& catalog, const catalog::Event& event, std::string_view last) {
        std::vector<std::string> names;
        for (const auto index : catalog.requirements_of(event)) names.push_back(in_quotes(catalog.scopes[index].name));
        return util::join_words(names, last);
    }

    static std::string requester(const RuleContext& context) {
        const int type = context.catalog().token_type_index(context.app().token_type);
        return type < 0 ? std::string("the app")
                        : fmt::format("the {}", context.catalog().token_types[static_cast<std::size_t>(type)].label);
    }

    static std::string described(const catalog::Event& event) {
        return event.label.empty() ? in_quotes(event.name) : fmt::format("{} ({})", in_quotes(event.name), event.label);
    }

    Finding not_requested(const RuleContext& context, const Located& event, const catalog::Event& known) const {
        const auto& catalog = context.catalog();
        const bool one = catalog.requirements_of(known).size() == 1;
        Finding f = context.finding(
            id(), Severity::error, event.span, event.pointer,
            fmt::format("event {} is delivered only with {}{}, which {} does not request", described(known),
                        one ? "" : "one of ", scope_names(catalog, known, " or "), requester(context)));
        f.help = fmt::format("request {}{} for {}, or drop the subscription", one ? "" : "one of ",
                             scope_names(catalog, known, " or "), requester(context));
        return f;
    }

    Finding wrong_token(const RuleContext& context, const Located& event, const catalog::Event& known) const {
        const auto& catalog = context.catalog();
        std::vector<std::string> labels;
        for (std::size_t i = 0; i < catalog.token_types.size(); ++i)
            if ((known.token_types & (1U << i)) != 0) labels.emplace_back(catalog.token_types[i].label);
        const std::string allowed = util::join_words(labels, " or ");
        Finding f = context.finding(id(), Severity::error, event.span, event.pointer,
                                    fmt::format("event {} is delivered only to a {}, not to {}", described(known),
                                                allowed, requester(context)));
        f.help = fmt::format("subscribe to it for the {} instead", allowed);
        return f;
    }
};

}  // namespace

std::unique_ptr<Rule> make_missing_scope() { return std::make_unique<MissingScope>(); }

}  // namespace scopelint::rules
