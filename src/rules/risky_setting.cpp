// risky-setting: a manifest setting whose value widens who can install or
// reach the app, or how long its tokens live. Which settings and values are
// risky is catalog data (catalog::Setting); readers only report the values.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace scopelint::rules {
namespace {

class RiskySetting final : public Rule {
public:
    std::string_view id() const override { return "risky-setting"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        const auto& catalog = context.catalog();
        for (const auto& value : context.app().settings) {
            if (value.setting >= catalog.settings.size()) continue;
            const catalog::Setting& setting = catalog.settings[value.setting];
            if (!is_risky_value(setting.equals, value.text)) continue;
            Finding f = context.finding(id(), severity_of(setting.risk), value.span, value.pointer,
                                        fmt::format("{} is {}: {}", in_quotes(value.pointer),
                                                    value.text.empty() ? "set" : value.text, setting.message));
            f.help = std::string(setting.help);
            findings.push_back(std::move(f));
        }
    }

private:
    // "*" is any value present; booleans compare without case, as YAML 1.1 loaders read True and TRUE.
    static bool is_risky_value(std::string_view risky, std::string_view written) {
        if (risky == "*") return true;
        if (risky == "true" || risky == "false") return util::iequals(risky, written);
        return risky == written;
    }

    static Severity severity_of(catalog::Risk risk) {
        return risk == catalog::Risk::high || risk == catalog::Risk::critical ? Severity::warning : Severity::note;
    }
};

}  // namespace

std::unique_ptr<Rule> make_risky_setting() { return std::make_unique<RiskySetting>(); }

}  // namespace scopelint::rules
