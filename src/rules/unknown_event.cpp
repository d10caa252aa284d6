// unknown-event: an event subscription the provider's catalog does not list.
// Close to a known name it is most likely a typo, which the provider rejects
// or never delivers; otherwise the catalog may simply not cover it, and the
// scopes it needs go unchecked, which the reviewer should know.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace scopelint::rules {
namespace {

class UnknownEvent final : public Rule {
public:
    std::string_view id() const override { return "unknown-event"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        const auto& catalog = context.catalog();
        if (catalog.events.empty()) return;  // the catalog knows no events: nothing to compare with
        for (const auto& event : context.app().events) {
            if (catalog.find_event(event.value) != nullptr) continue;
            findings.push_back(unknown(context, event));
        }
    }

private:
    // The nearest known event name within a typo's reach, or empty.
    static std::string_view nearest(const catalog::Catalog& catalog, std::string_view name) {
        const std::size_t limit = name.size() <= 6 ? 1 : 2;
        std::string_view best;
        std::size_t best_distance = limit + 1;
        for (const auto& known : catalog.events) {
            const auto distance = util::edit_distance(name, known.name, limit);
            if (distance < best_distance) {
                best_distance = distance;
                best = known.name;
            }
        }
        return best;
    }

    Finding unknown(const RuleContext& context, const Located& event) const {
        const auto& catalog = context.catalog();
        const auto guess = nearest(catalog, event.value);
        if (!guess.empty()) {
            Finding f = context.finding(id(), Severity::warning, event.span, event.pointer,
                                        fmt::format("{} is not a {} event; did you mean {}?", in_quotes(event.value),
                                                    catalog.title, in_quotes(guess)));
            f.help = fmt::format("write {}", in_quotes(guess));
            return f;
        }
        Finding f = context.finding(id(), Severity::note, event.span, event.pointer,
                                    fmt::format("{} is not in scopelint's {} event catalog, so the scopes it needs are "
                                                "not checked",
                                                in_quotes(event.value), catalog.title));
        f.help = "check the name against the provider's event list";
        return f;
    }
};

}  // namespace

std::unique_ptr<Rule> make_unknown_event() { return std::make_unique<UnknownEvent>(); }

}  // namespace scopelint::rules
