#include "rules/rule_util.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

namespace scopelint::rules {

std::string in_quotes(std::string_view text) { return fmt::format("'{}'", text); }

std::string_view grants_of(const catalog::Catalog& catalog, const catalog::Scope& scope) {
    const auto* op = catalog.operation_of(scope);
    if (op != nullptr) return op->grants;
    return scope.access == catalog::Access::read ? std::string_view("read access") : std::string_view("write access");
}

std::string sibling_with_operation(const catalog::Catalog& catalog, std::string_view name, std::string_view operation) {
    const auto cut = name.rfind(catalog.segment_separator);
    if (cut == std::string_view::npos) return {};
    const std::string candidate = fmt::format("{}{}{}", name.substr(0, cut), catalog.segment_separator, operation);
    const auto match = catalog::find_scope(catalog, candidate);
    return match ? catalog::canonical_name(catalog, match, candidate) : std::string();
}

std::string read_sibling(const catalog::Catalog& catalog, std::string_view name) {
    for (const auto& op : catalog.operations) {
        if (op.access != catalog::Access::read) continue;
        if (auto sibling = sibling_with_operation(catalog, name, op.name); !sibling.empty()) return sibling;
    }
    return {};
}

namespace {

// `template_name` with its '*' part replaced: by the bound name when the
// request bound one, else by the pattern's part at the same place.
std::string concrete_name(const catalog::Catalog& catalog, std::string_view template_name, const ResolvedScope& scope,
                          const Glob& pattern) {
    const char separator = catalog.segment_separator;
    const auto parts = util::split(template_name, separator);
    const auto bound = util::split(scope.canonical, separator);
    const auto asked = util::split(pattern.text(), separator);
    std::string name;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        std::string_view part = parts[i];
        if (part == "*" && !scope.match.binding.empty() && i < bound.size()) part = bound[i];
        else if (part == "*" && asked.size() == parts.size()) part = asked[i];
        if (i) name += separator;
        name += part;
    }
    return name;
}

}  // namespace

std::optional<GrantedMatch> first_granted_match(const catalog::Catalog& catalog, const ResolvedScope& scope,
                                                const Glob& pattern,
                                                const std::function<bool(const catalog::Scope&)>& accept) {
    const bool self_accepted = !scope.match || accept(*scope.match.scope);
    if (self_accepted && pattern.matches(scope.canonical)) return GrantedMatch{scope.match.scope, scope.canonical, true};
    if (self_accepted && pattern.matches(scope.token->text)) return GrantedMatch{scope.match.scope, scope.token->text, true};
    if (!scope.match) return std::nullopt;
    for (const auto index : catalog.implied_by(*scope.match.scope)) {
        const auto& implied = catalog.scopes[index];
        if (!accept(implied)) continue;
        auto name = implied.child == "*" ? concrete_name(catalog, implied.name, scope, pattern) : std::string(implied.name);
        if (pattern.matches(name)) return GrantedMatch{&implied, std::move(name), false};
    }
    return std::nullopt;
}

}  // namespace scopelint::rules
