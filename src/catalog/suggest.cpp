#include "catalog/suggest.hpp"

#include "catalog/lookup.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <span>
#include <optional>
#include <set>

namespace scopelint::catalog {
namespace {

using util::split;

struct Part {
    std::string_view text;
    std::uint32_t offset = 0;
};

std::vector<Part> parts_of(std::string_view text, char separator) {
    std::vector<Part> parts;
    std::uint32_t offset = 0;
    for (const auto piece : split(text, separator)) {
        parts.push_back({piece, offset});
        offset += static_cast<std::uint32_t>(piece.size()) + 1;
    }
    return parts;
}

// Every catalog scope split into its parts, once for all catalogs (thread-safe
// static initialisation), in one flat array: unknown scopes are diagnosed
// without splitting the catalog again.
struct PartsIndex {
    std::vector<std::string_view> parts;   // all scopes' parts, scope after scope
    std::vector<std::uint32_t> first;      // index into parts of each scope's first part; one extra at the end
    std::vector<std::uint32_t> wildcards;  // scopes with an open-ended ("*") part
    // What the first step of every diagnosis asks, answered once: the scopes
    // with more than one part, and those with exactly one.
    std::vector<const Scope*> structured;
    std::vector<const Scope*> single_part;
    std::vector<std::string_view> structured_services;  // distinct first parts of `structured`
    std::vector<std::string_view> single_part_names;
};

// The distinct spellings of the first part of `scopes` (first seen first).
std::vector<std::string_view> distinct_first_parts(const Catalog& catalog, const PartsIndex& index,
                                                   const std::vector<const Scope*>& scopes) {
    std::vector<std::string_view> values;
    for (const Scope* scope : scopes) {
        const std::string_view value = index.parts[index.first[catalog.index_of(*scope)]];
        const auto same = [&](std::string_view known) {
            return catalog.case_sensitive ? known == value : util::iequals(known, value);
        };
        if (!values.empty() && same(values.back())) continue;  // key order keeps a service's scopes together
        if (std::none_of(values.begin(), values.end(), same)) values.push_back(value);
    }
    return values;
}

const PartsIndex& parts_index(const Catalog& catalog) {
    static const auto indexes = [] {
        std::map<const Catalog*, PartsIndex> all;
        for (const Catalog* c : all_catalogs()) {
            auto& index = all[c];
            index.parts.reserve(c->scopes.size() * 4);
            for (const Scope& scope : c->scopes) {
                index.first.push_back(static_cast<std::uint32_t>(index.parts.size()));
                const std::string_view name = scope.name;
                for (std::size_t start = 0;;) {
                    const auto end = name.find(c->segment_separator, start);
                    index.parts.push_back(name.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
                    if (end == std::string_view::npos) break;
                    start = end + 1;
                }
                if (std::string_view(scope.key).find('*') != std::string_view::npos)
                    index.wildcards.push_back(c->index_of(scope));
            }
            index.first.push_back(static_cast<std::uint32_t>(index.parts.size()));
            for (std::size_t i = 0; i < c->scopes.size(); ++i)
                (index.first[i + 1] - index.first[i] > 1 ? index.structured : index.single_part).push_back(&c->scopes[i]);
        }
        for (const Catalog* c : all_catalogs()) {
            auto& index = all[c];
            index.structured_services = distinct_first_parts(*c, index, index.structured);
            index.single_part_names = distinct_first_parts(*c, index, index.single_part);
        }
        return all;
    }();
    // One map lookup per catalog switch, not one per scope looked at.
    thread_local const Catalog* last_catalog = nullptr;
    thread_local const PartsIndex* last_index = nullptr;
    if (last_catalog != &catalog) {
        last_index = &indexes.at(&catalog);
        last_catalog = &catalog;
    }
    return *last_index;
}

std::span<const std::string_view> parts_of_scope(const Catalog& catalog, const Scope& scope) {
    const auto& index = parts_index(catalog);
    const auto i = catalog.index_of(scope);
    return std::span(index.parts).subspan(index.first[i], index.first[i + 1] - index.first[i]);
}

bool same_part(std::string_view a, std::string_view b, bool case_sensitive) {
    return case_sensitive ? a == b : util::iequals(a, b);
}

bool has_prefix(const Catalog& catalog, const Scope& scope, const std::vector<Part>& parts, std::size_t depth) {
    const auto names = parts_of_scope(catalog, scope);
    if (names.size() < depth) return false;
    for (std::size_t i = 0; i < depth; ++i)
        if (names[i] != "*" && !same_part(names[i], parts[i].text, catalog.case_sensitive)) return false;
    return true;
}

// Catalog scopes whose first `depth` parts equal the text's, in catalog order.
// Keys are sorted, so the named ones are one range found by binary search;
// the few open-ended ("*") scopes are checked one by one.
std::vector<const Scope*> scopes_with_prefix(const Catalog& catalog, const std::vector<Part>& parts, std::size_t depth) {
    std::vector<const Scope*> matches;
    if (depth == 0) {
        for (const Scope& scope : catalog.scopes) matches.push_back(&scope);
        return matches;
    }
    std::string prefix;
    for (std::size_t i = 0; i < depth; ++i) {
        if (i) prefix += catalog.segment_separator;
        prefix += catalog.case_sensitive ? std::string(parts[i].text) : util::ascii_lower(parts[i].text);
    }
    const auto scopes = catalog.scopes;
    auto it = std::lower_bound(scopes.begin(), scopes.end(), prefix,
                               [](const Scope& s, const std::string& p) { return s.key < p; });
    for (; it != scopes.end() && it->key.starts_with(prefix); ++it) {
        const bool whole_part = it->key.size() == prefix.size() || it->key[prefix.size()] == catalog.segment_separator;
        if (whole_part) matches.push_back(&*it);
    }
    for (const auto index : parts_index(catalog).wildcards) {
        const Scope& scope = scopes[index];
        if (has_prefix(catalog, scope, parts, depth) && std::find(matches.begin(), matches.end(), &scope) == matches.end())
            matches.push_back(&scope);
    }
    std::sort(matches.begin(), matches.end());  // catalog order: suggestions prefer the first of equals
    return matches;
}

std::string part_kind(std::size_t index, std::size_t count) {
    if (count == 1) return "scope";
    if (index == 0) return "service";
    if (index + 1 == count) return "operation";
    return index == 1 ? "scope name" : "sub-scope";
}

std::string joined(const std::vector<Part>& parts, std::size_t count, char separator) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
        if (i) out += separator;
        out += parts[i].text;
    }
    return out;
}

// Nearest candidate by edit distance, or nullptr when nothing is close enough
// to be a plausible typo. The first `shared` bytes of `text` are known to be
// spelt (up to case) like those of every candidate whose key has no wildcard
// there; a common prefix does not change an edit distance, so for those only
// the rest is compared.
const Scope* nearest(const std::vector<const Scope*>& candidates, std::string_view text, std::size_t shared = 0) {
    const std::size_t tolerance = std::max<std::size_t>(3, text.size() / 3);
    const Scope* best = nullptr;
    std::size_t best_distance = tolerance + 1;
    shared = std::min(shared, text.size());
    for (const Scope* scope : candidates) {
        std::string_view name = scope->name;
        std::string_view rest = text;
        if (shared <= name.size() && std::string_view(scope->key).substr(0, shared).find('*') == std::string_view::npos) {
            name.remove_prefix(shared);
            rest.remove_prefix(shared);
        }
        // Only a strictly better candidate matters, so the search can stop early.
        const auto distance = util::edit_distance(name, rest, best_distance - 1);
        if (distance < best_distance) best = scope, best_distance = distance;
    }
    return best;
}

// The distinct spellings of part `index` among `scopes`, first seen first.
// Views into the static catalog; scopes come in key order, so a repeat is
// almost always the value just added, which is checked first.
std::vector<std::string_view> part_values(const Catalog& catalog, const std::vector<const Scope*>& scopes,
                                          std::size_t index) {
    std::vector<std::string_view> values;
    for (const Scope* scope : scopes) {
        const auto names = parts_of_scope(catalog, *scope);
        if (index >= names.size()) continue;
        const std::string_view value = names[index];
        const auto same = [&](std::string_view known) { return same_part(known, value, catalog.case_sensitive); };
        if (!values.empty() && same(values.back())) continue;
        if (std::none_of(values.begin(), values.end(), same)) values.push_back(value);
    }
    return values;
}

// "ZohoDesk" for "Desk", "unsubscribe_links" for "unsubscribe": a known value
// inside the text (or the text inside it) is a likelier fix than any typo.
bool contains_icase(std::string_view haystack, std::string_view needle) {
    if (needle.size() < 4 || needle.size() > haystack.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i)
        if (util::iequals(haystack.substr(i, needle.size()), needle)) return true;
    return false;
}

std::string closest_value(const std::vector<std::string_view>& values, std::string_view text) {
    const std::size_t tolerance = std::max<std::size_t>(2, text.size() / 3);
    std::string best;
    std::size_t best_distance = tolerance + 1;
    for (const auto& value : values) {
        const auto distance = util::edit_distance(value, text, best_distance - 1);
        if (distance < best_distance) best = std::string(value), best_distance = distance;
    }
    if (!best.empty()) return best;
    for (const auto& value : values)
        if (value != "*" && (contains_icase(text, value) || contains_icase(value, text))) return std::string(value);
    return {};
}

// Replace part `index` by its closest known value and complete the rest from
// the nearest catalog scope with that prefix.
std::string suggest_with(const Catalog& catalog, const std::vector<Part>& parts, std::size_t index,
                         const std::string& value) {
    std::vector<Part> fixed = parts;
    fixed[index].text = value;
    const auto candidates = scopes_with_prefix(catalog, fixed, index + 1);
    std::string wanted = joined(fixed, fixed.size(), catalog.segment_separator);
    // One typo is the usual case: with it fixed the text is often a known scope.
    if (const auto exact = find_scope(catalog, wanted); exact && std::string_view(exact.scope->key).find('*') == std::string_view::npos)
        return std::string(exact.scope->name);
    // Candidates share the fixed parts' spelling, wildcard parts excepted.
    const std::size_t shared = joined(fixed, index + 1, catalog.segment_separator).size();
    const Scope* best = nearest(candidates, wanted, shared);
    if (best == nullptr || std::string_view(best->name).find('*') != std::string_view::npos) return {};
    return std::string(best->name);
}

std::vector<const Scope*> with_part_count(const Catalog& catalog, const std::vector<const Scope*>& scopes,
                                          std::size_t minimum, std::size_t maximum) {
    std::vector<const Scope*> kept;
    for (const Scope* scope : scopes) {
        const auto count = parts_of_scope(catalog, *scope).size();
        if (count >= minimum && count <= maximum) kept.push_back(scope);
    }
    return kept;
}

// Operation names in the catalog's display order (ALL, READ, CREATE ...), not alphabetically.
std::vector<std::string> in_lattice_order(const Catalog& catalog, const std::vector<std::string_view>& views) {
    std::vector<std::string> names(views.begin(), views.end());
    auto rank = [&](const std::string& name) {
        for (std::size_t i = 0; i < catalog.operations.size(); ++i)
            if (util::iequals(catalog.operations[i].name, name)) return i;
        return catalog.operations.size();
    };
    std::stable_sort(names.begin(), names.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
    return names;
}

// The text names a service, family or child but stops before the operation.
Diagnosis incomplete(const Catalog& catalog, std::string_view text, const std::vector<Part>& parts,
                     const std::vector<const Scope*>& completions) {
    Diagnosis diagnosis;
    diagnosis.length = static_cast<std::uint32_t>(text.size());
    diagnosis.problem = "incomplete scope '" + std::string(text) + "'";
    const auto next = with_part_count(catalog, completions, parts.size() + 1, parts.size() + 1);
    diagnosis.valid_operations = in_lattice_order(catalog, part_values(catalog, next, parts.size()));
    for (const Scope* scope : next) {
        const auto op = catalog.operation_of(*scope);
        if (op == nullptr || op->access != Access::read || !diagnosis.suggestion.empty()) continue;
        // An open-ended child ("*") takes the name the text gave it.
        const auto& names = parts_of_scope(catalog, *scope);
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (i) diagnosis.suggestion += catalog.segment_separator;
            diagnosis.suggestion += (names[i] == "*" && i < parts.size()) ? parts[i].text : names[i];
        }
    }
    return diagnosis;
}

// "ZohoCRM.send_mail.CREATE": the family has no scopes of its own, only per-child ones.
std::optional<Diagnosis> operation_needs_child(const Catalog& catalog, const std::vector<Part>& parts,
                                               const std::vector<const Scope*>& with_prefix) {
    const auto& op = parts.back();
    for (const Scope* scope : with_part_count(catalog, with_prefix, parts.size() + 1, parts.size() + 1)) {
        if (!same_part(parts_of_scope(catalog, *scope).back(), op.text, catalog.case_sensitive)) continue;
        Diagnosis diagnosis;
        diagnosis.offset = op.offset;
        diagnosis.length = static_cast<std::uint32_t>(op.text.size());
        const auto prefix = joined(parts, parts.size() - 1, catalog.segment_separator);
        // Which child is meant is the author's call, so no single scope is suggested.
        diagnosis.problem = fmt::format("{} has no scope of its own; name one of its sub-scopes, as in {}{}<name>{}{}",
                                        prefix, prefix, catalog.segment_separator, catalog.segment_separator, op.text);
        return diagnosis;
    }
    return std::nullopt;
}

// A flat vocabulary (GitHub, Slack, Shopify …) has no service or operation
// parts to blame one by one: the whole token is unknown, and the nearest
// whole name is the suggestion.
Diagnosis diagnose_in_vocabulary(const Catalog& catalog, std::string_view text) {
    std::vector<const Scope*> all;
    all.reserve(catalog.scopes.size());
    for (const auto& scope : catalog.scopes) all.push_back(&scope);
    Diagnosis diagnosis;
    diagnosis.length = static_cast<std::uint32_t>(text.size());
    diagnosis.problem = "unknown scope '" + std::string(text) + "'";
    if (const Scope* best = nearest(all, text)) diagnosis.suggestion = best->name;
    return diagnosis;
}

}  // namespace

Diagnosis diagnose_unknown(const Catalog& catalog, std::string_view text) {
    if (catalog.families.empty()) return diagnose_in_vocabulary(catalog, text);
    const char separator = catalog.segment_separator;
    const auto parts = parts_of(text, separator);
    const auto count = parts.size();
    for (std::size_t depth = 0; depth < count; ++depth) {
        const bool last = depth + 1 == count;
        const auto with_prefix = scopes_with_prefix(catalog, parts, depth);
        // A final part must end a scope of this length; an inner part must lead on.
        const auto& index = parts_index(catalog);
        const auto fitting = depth == 0 ? (last ? index.single_part : index.structured)
                             : last     ? with_part_count(catalog, with_prefix, count, count)
                                        : with_part_count(catalog, with_prefix, depth + 2,
                                                          std::numeric_limits<std::size_t>::max());
        const auto values = depth == 0 ? (last ? index.single_part_names : index.structured_services)
                                       : part_values(catalog, fitting, depth);
        const auto& part = parts[depth];
        const bool known = std::any_of(values.begin(), values.end(), [&](std::string_view v) {
            return v == "*" || same_part(v, part.text, catalog.case_sensitive);
        });
        if (known) continue;
        if (last && fitting.empty()) {
            if (auto nested = operation_needs_child(catalog, parts, with_prefix)) return *nested;
        }
        if (last) {
            const auto longer = with_part_count(catalog, scopes_with_prefix(catalog, parts, count), count + 1,
                                                std::numeric_limits<std::size_t>::max());
            if (!longer.empty()) return incomplete(catalog, text, parts, longer);
        }
        Diagnosis diagnosis;
        diagnosis.offset = part.offset;
        diagnosis.length = static_cast<std::uint32_t>(part.text.size());
        const auto kind = part_kind(depth, count);
        diagnosis.problem = "unknown " + kind + " '" + std::string(part.text) + "'";
        if (depth > 0) diagnosis.problem += (kind == "operation" ? " for " : " in ") + joined(parts, depth, separator);
        if (kind == "operation") diagnosis.valid_operations = in_lattice_order(catalog, values);
        if (count == 1) {
            if (const Scope* best = nearest(fitting, text)) diagnosis.suggestion = best->name;
        } else if (const auto value = closest_value(values, part.text); !value.empty()) {
            diagnosis.suggestion = suggest_with(catalog, parts, depth, value);
        }
        return diagnosis;
    }
    Diagnosis diagnosis;
    diagnosis.length = static_cast<std::uint32_t>(text.size());
    diagnosis.problem = "unknown scope '" + std::string(text) + "'";
    return diagnosis;
}

}  // namespace scopelint::catalog
