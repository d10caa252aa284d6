// write-scope: a scope that can change data in an app declared read-only
// (error), or anywhere without a written justification (note).
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace scopelint::rules {
namespace {

class WriteScope final : public Rule {
public:
    std::string_view id() const override { return "write-scope"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        const bool read_only = context.required_access() == DeclaredAccess::read_only;
        for (const auto& scope : context.scopes()) {
            if (!scope.match || scope.match.scope->access != catalog::Access::write) continue;
            if (read_only) {
                findings.push_back(in_read_only_app(context, scope));
            } else if (!is_justified(context.app(), scope)) {
                findings.push_back(unjustified(context, scope));
            }
        }
    }

private:
    static bool is_justified(const AppManifest& app, const ResolvedScope& scope) {
        return std::any_of(app.justifications.begin(), app.justifications.end(), [&](const Justification& j) {
            return util::iequals(j.scope.value, scope.token->text) || util::iequals(j.scope.value, scope.canonical);
        });
    }

    // Whether any child of the family can be read on its own (send_mail cannot).
    static bool children_have_read(const catalog::Catalog& catalog, const catalog::Family& family) {
        for (const auto child : catalog.children(family)) {
            const auto name = fmt::format("{}{}{}{}{}", family.service, catalog.segment_separator, family.name,
                                          catalog.segment_separator, child == "*" ? std::string_view("x") : child);
            if (!read_sibling(catalog, fmt::format("{}{}ALL", name, catalog.segment_separator)).empty()) return true;
        }
        return false;
    }

    static std::string removal_advice(bool by_policy) {
        return by_policy ? std::string("remove it; the policy requires this app to be read-only")
                         : std::string("remove it, or declare the app read-write if it must change data");
    }

    static std::string narrower(const RuleContext& context, const ResolvedScope& scope, bool by_policy) {
        const auto& catalog = context.catalog();
        const auto& s = *scope.match.scope;
        const auto* family = catalog.family_of(s);
        if (const auto* read = catalog.read_variant_of(s))
            return fmt::format("request {} instead, or remove it", in_quotes(read->name));
        if (family == nullptr)
            return removal_advice(by_policy);
        // A family- or service-wide READ would still reach everything: point at narrower scopes.
        if (s.breadth == catalog::Breadth::service)
            return fmt::format("request read scopes of only the {} data the app reads, or remove it", family->product);
        if (s.breadth == catalog::Breadth::family && s.child.empty() && children_have_read(catalog, *family))
            return fmt::format("request read scopes of only the {} the app reads ({}{}{}{}<name>{}READ), or remove it",
                               family->label, family->service, catalog.segment_separator, family->name,
                               catalog.segment_separator, catalog.segment_separator);
        if (s.breadth == catalog::Breadth::resource) {
            if (const auto read = read_sibling(catalog, scope.canonical); !read.empty())
                return fmt::format("request {} instead, or remove it", in_quotes(read));
        }
        return removal_advice(by_policy);
    }

    Finding in_read_only_app(const RuleContext& context, const ResolvedScope& scope) const {
        const auto* section = context.section();
        const bool by_policy = section != nullptr && section->access == DeclaredAccess::read_only;
        Finding f = context.finding(id(), Severity::error, scope,
                                    fmt::format("{} grants {}, but {} declares this app read-only",
                                                in_quotes(scope.token->text),
                                                grants_of(context.catalog(), *scope.match.scope),
                                                by_policy ? "the policy" : "the manifest"));
        f.help = narrower(context, scope, by_policy);
        if (by_policy) {
            f.related.push_back(context.policy_location(section->access_span, "read-only declared here"));
        } else if (context.app().access_field) {
            f.related.push_back({"", context.app().access_field->span, "read-only declared here"});
        }
        return f;
    }

    Finding unjustified(const RuleContext& context, const ResolvedScope& scope) const {
        Finding f = context.finding(id(), Severity::note, scope,
                                    fmt::format("{} grants {} and has no justification", in_quotes(scope.token->text),
                                                grants_of(context.catalog(), *scope.match.scope)));
        const auto form = context.app().justification_form;
        f.help = form.empty()
                     ? fmt::format("say why the app needs it in \"justifications\": {{\"{}\": \"...\"}}", scope.token->text)
                     : fmt::format(fmt::runtime(form), scope.token->text);
        return f;
    }
};

}  // namespace

std::unique_ptr<Rule> make_write_scope() { return std::make_unique<WriteScope>(); }

}  // namespace scopelint::rules
