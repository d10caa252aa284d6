#include "catalog/lookup.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace scopelint::catalog {
namespace {

const Scope* find_key(const Catalog& catalog, std::string_view key) {
    const auto scopes = catalog.scopes;
    const auto it = std::lower_bound(scopes.begin(), scopes.end(), key,
                                     [](const Scope& s, std::string_view k) { return s.key < k; });
    return (it != scopes.end() && it->key == key) ? &*it : nullptr;
}

std::string key_of(const Catalog& catalog, std::string_view text) {
    return catalog.case_sensitive ? std::string(text) : util::ascii_lower(text);
}

// Tries `key` with one inner segment replaced by '*' (catalogs use that for
// children with open-ended names such as custom modules).
Match find_wildcard(const Catalog& catalog, std::string_view key) {
    const auto parts = util::split(key, catalog.segment_separator);
    for (std::size_t i = 1; i + 1 < parts.size(); ++i) {
        std::string candidate;
        for (std::size_t j = 0; j < parts.size(); ++j) {
            if (j) candidate += catalog.segment_separator;
            candidate += (j == i) ? std::string_view("*") : parts[j];
        }
        if (const Scope* scope = find_key(catalog, candidate)) return {scope, std::string(parts[i]), true};
    }
    return {};
}

// Cuts the segment before the next separator off the front of `text`.
std::string_view next_segment(std::string_view& text, char separator, bool& more) {
    const auto end = text.find(separator);
    const std::string_view segment = text.substr(0, end);
    more = end != std::string_view::npos;
    text.remove_prefix(more ? end + 1 : text.size());
    return segment;
}

// Segment by segment, without splitting into vectors: this runs for every scope.
bool spelled_like(std::string_view text, std::string_view canonical, char separator) {
    bool text_more = true, canonical_more = true;
    while (text_more && canonical_more) {
        const auto written = next_segment(text, separator, text_more);
        const auto expected = next_segment(canonical, separator, canonical_more);
        if (expected != "*" && written != expected) return false;
    }
    return text_more == canonical_more;
}

}  // namespace

Match find_scope(const Catalog& catalog, std::string_view text) {
    const std::string key = key_of(catalog, text);
    Match match;
    if (const Scope* scope = find_key(catalog, key)) {
        match.scope = scope;
    } else {
        match = find_wildcard(catalog, key);
        if (!match) return match;
    }
    match.canonical_case = spelled_like(text, match.scope->name, catalog.segment_separator) ||
                           (catalog.lower_case_documented && text == util::ascii_lower(match.scope->name));
    return match;
}

bool implies(const Catalog& catalog, const Match& a, const Match& b) {
    if (!a || !b || a.scope == b.scope) return false;
    const auto implied = catalog.implied_by(*a.scope);
    if (!std::binary_search(implied.begin(), implied.end(), catalog.index_of(*b.scope))) return false;
    // `modules.*.ALL` covers `modules.*.READ` only for the same module.
    const bool both_wildcards = a.scope->child == "*" && b.scope->child == "*";
    return !both_wildcards || a.binding == b.binding;
}

std::string canonical_name(const Catalog& catalog, const Match& match, std::string_view text) {
    if (!match) return std::string(text);
    if (match.scope->child != "*") return std::string(match.scope->name);
    const auto parts = util::split(match.scope->name, catalog.segment_separator);
    const auto written = util::split(text, catalog.segment_separator);
    std::string name;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) name += catalog.segment_separator;
        name += (parts[i] == "*" && i < written.size()) ? written[i] : parts[i];
    }
    return name;
}

}  // namespace scopelint::catalog
