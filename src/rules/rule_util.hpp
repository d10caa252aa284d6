#pragma once
// Wording and catalog questions several rules share.
#include "catalog/catalog.hpp"
#include "catalog/lookup.hpp"
#include "engine/rule.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace scopelint::rules {

// 'text' — how every message quotes a scope.
[[nodiscard]] std::string in_quotes(std::string_view text);

// What the scope's operation grants ("read", "create, update and delete").
[[nodiscard]] std::string_view grants_of(const catalog::Catalog& catalog, const catalog::Scope& scope);

// The same resource path with another operation, spelled like `name` (the
// canonical name of a request, wildcard part filled in), if the catalog has
// it: the READ sibling of ZohoCRM.modules.leads.ALL. Empty when there is none.
[[nodiscard]] std::string sibling_with_operation(const catalog::Catalog& catalog, std::string_view name,
                                                 std::string_view operation);

// The first read-only sibling of `name`, or empty.
[[nodiscard]] std::string read_sibling(const catalog::Catalog& catalog, std::string_view name);

// A scope that a requested scope grants (the scope itself included), spelled
// concretely, which a policy pattern matched.
struct GrantedMatch {
    const catalog::Scope* scope = nullptr;
    std::string name;
    bool direct = false;  // the requested scope itself
};

// The first scope granted by `scope` (itself, then what it implies) for which
// `accept` holds and whose name `pattern` matches. Open-ended children
// (`ZohoRecruit.modules.*.DELETE`) are tested with the name the request bound
// or, for a family-wide request, with the name the pattern asks about.
[[nodiscard]] std::optional<GrantedMatch> first_granted_match(
    const catalog::Catalog& catalog, const ResolvedScope& scope, const Glob& pattern,
    const std::function<bool(const catalog::Scope&)>& accept = [](const catalog::Scope&) { return true; });

}  // namespace scopelint::rules
