#pragma once
// Resolving scope text against a catalog, and the implication test between
// two resolved scopes. Provider-independent: everything provider-specific is
// in the Catalog tables.
#include "catalog/catalog.hpp"

#include <string>
#include <string_view>

namespace scopelint::catalog {

struct Match {
    const Scope* scope = nullptr;
    // For a wildcard scope (`ZohoRecruit.modules.*.READ`) the child as written
    // ("candidates"), lower-cased unless the catalog is case-sensitive.
    std::string binding;
    // The text is spelled exactly as the catalog's canonical name
    // (the wildcard segment excepted).
    bool canonical_case = true;

    [[nodiscard]] explicit operator bool() const { return scope != nullptr; }
};

[[nodiscard]] Match find_scope(const Catalog& catalog, std::string_view text);

// True when holding `a` grants everything `b` grants (a ⊇ b), a != b.
[[nodiscard]] bool implies(const Catalog& catalog, const Match& a, const Match& b);

// The canonical spelling of a matched text: the catalog name with the
// wildcard segment filled in as written.
[[nodiscard]] std::string canonical_name(const Catalog& catalog, const Match& match, std::string_view text);

}  // namespace scopelint::catalog
