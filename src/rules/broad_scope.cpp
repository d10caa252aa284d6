// broad-scope: a family-wide or service-wide grant where narrower scopes exist.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace scopelint::rules {
namespace {

constexpr std::size_t names_shown = 4;

class BroadScope final : public Rule {
public:
    std::string_view id() const override { return "broad-scope"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        for (const auto& scope : context.scopes()) {
            if (!scope.match || scope.match.scope->breadth == catalog::Breadth::resource) continue;
            if (context.catalog().family_of(*scope.match.scope) == nullptr)
                findings.push_back(listed_broad(context, scope));
            else if (scope.match.scope->breadth == catalog::Breadth::service)
                findings.push_back(service_wide(context, scope));
            else
                findings.push_back(family_wide(context, scope));
        }
    }

private:
    // Named children, without the wildcard and covering ones ("all").
    static std::vector<std::string> named_children(const catalog::Catalog& catalog, const catalog::Family& family) {
        std::vector<std::string> names;
        for (const auto child : catalog.children(family))
            if (child != "*" && !util::iequals(child, "all")) names.emplace_back(child);
        return names;
    }

    static std::string sample(const std::vector<std::string>& names) {
        std::vector<std::string> shown(names.begin(), names.begin() + static_cast<long>(std::min(names.size(), names_shown)));
        return util::join(shown, ", ") + (names.size() > names_shown ? ", …" : "");
    }

    // The narrow scope to show as an example: the first named child (or
    // "<name>" for open-ended families), with READ where the child has it
    // (least privilege), else the requested operation.
    static std::string example_child_scope(const catalog::Catalog& catalog, const catalog::Scope& scope,
                                           const std::vector<std::string>& children, bool open_ended) {
        if (children.empty() && !open_ended) return {};
        const auto* family = catalog.family_of(scope);
        const auto* op = catalog.operation_of(scope);
        const std::string child = children.empty() ? std::string("<name>") : children.front();
        const char sep = catalog.segment_separator;
        for (const auto& candidate_op : {std::string_view("READ"), op ? op->name : std::string_view()}) {
            // "<name>" is not a scope part, so open-ended families are looked up with a stand-in.
            const auto probe = fmt::format("{}{}{}{}{}{}{}", family->service, sep, family->name, sep,
                                           children.empty() ? std::string("x") : child, sep, candidate_op);
            const auto match = catalog::find_scope(catalog, probe);
            if (!match) continue;
            const auto parts = util::split(match.scope->name, sep);
            return fmt::format("{}{}{}{}{}{}{}", family->service, sep, family->name, sep, child, sep, parts.back());
        }
        return {};
    }

    Finding family_wide(const RuleContext& context, const ResolvedScope& scope) const {
        const auto& catalog = context.catalog();
        const auto& s = *scope.match.scope;
        const auto& family = *catalog.family_of(s);
        const auto children = named_children(catalog, family);
        const bool open_ended = !catalog.children(family).empty() &&
                                std::find(catalog.children(family).begin(), catalog.children(family).end(), std::string_view("*")) !=
                                    catalog.children(family).end();
        std::string reach;
        if (children.empty()) reach = fmt::format("all {}{}", family.label, open_ended ? ", custom ones included" : "");
        else if (children.size() == 1 && !open_ended) reach = fmt::format("{} and its {}", family.label, children.front());
        else reach = fmt::format("all {} {} ({}){}", children.size(), family.label, sample(children),
                                 open_ended ? " and any custom one" : "");
        Finding f = context.finding(id(), Severity::warning, scope,
                                    fmt::format("{} grants {} on {}", in_quotes(scope.token->text), grants_of(catalog, s), reach));
        const auto example = example_child_scope(catalog, s, children, open_ended);
        if (!example.empty())
            f.help = fmt::format("request only the {} the app uses, one scope each (e.g. {})", family.label, in_quotes(example));
        return f;
    }

    static std::string example_service_scope(const catalog::Catalog& catalog, const catalog::Family& wide) {
        for (const auto& family : catalog.families) {
            if (family.service != wide.service || family.service_wide) continue;
            const auto name = fmt::format("{}{}{}{}READ", family.service, catalog.segment_separator, family.name,
                                          catalog.segment_separator);
            if (const auto match = catalog::find_scope(catalog, name)) return std::string(match.scope->name);
        }
        return {};
    }

    // Flat vocabularies (GitHub's `repo`, Slack's `admin`) mark their broad
    // grants and list what to request instead.
    Finding listed_broad(const RuleContext& context, const ResolvedScope& scope) const {
        const auto& catalog = context.catalog();
        const auto& s = *scope.match.scope;
        Finding f = context.finding(id(), Severity::warning, scope,
                                    fmt::format("{} is a broad grant: {}", in_quotes(scope.token->text), s.label));
        std::vector<std::string> narrower;
        for (const auto index : catalog.narrower_than(s)) narrower.push_back(in_quotes(catalog.scopes[index].name));
        f.help = narrower.empty() ? std::string("request only the scopes the app uses")
                                  : fmt::format("request only what the app uses, e.g. {}", sample(narrower));
        return f;
    }

    Finding service_wide(const RuleContext& context, const ResolvedScope& scope) const {
        const auto& catalog = context.catalog();
        const auto& s = *scope.match.scope;
        const auto& family = *catalog.family_of(s);
        std::vector<std::string> families;
        for (const auto& other : catalog.families)
            if (other.service == family.service && !other.service_wide) families.emplace_back(other.name);
        Finding f = context.finding(id(), Severity::warning, scope,
                                    fmt::format("{} grants every scope of {}: {} scopes in {} families ({})",
                                                in_quotes(scope.token->text), family.product,
                                                catalog.implied_by(s).size(), families.size(), sample(families)));
        const auto example = example_service_scope(catalog, family);
        if (!example.empty())
            f.help = fmt::format("request only the {} scopes the app uses (e.g. {})", family.product, in_quotes(example));
        return f;
    }
};

}  // namespace

std::unique_ptr<Rule> make_broad_scope() { return std::make_unique<BroadScope>(); }

}  // namespace scopelint::rules
