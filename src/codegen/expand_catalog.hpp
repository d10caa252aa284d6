#pragma once
// Expands a provider catalog (rules/catalog/<provider>.json, format in
// rules/schemas/catalog.schema.json) into the flat list of known scopes with
// their transitive implications. Generic over providers: hierarchy comes from
// services/families/children and the operation lattice, flat vocabularies
// from "scopes" with explicit "implies".
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace scopelint::codegen {

struct OperationDef {
    std::string name;
    std::string access;            // read | write
    std::string grants;
    std::vector<std::size_t> implies;  // transitive, operation indices
};

struct SourceDef {
    std::string id, url, what;
};

struct FamilyDef {
    std::string service, product, name, label;
    std::vector<std::string> children;
    bool service_wide = false;
};

struct ScopeDef {
    std::string name;              // canonical spelling
    std::string key;               // lookup key
    long family = -1;              // index into families, -1 for standalone
    long operation = -1;           // index into operations, -1 for standalone
    std::string child;             // "" family-level, "*" wildcard
    std::string access, breadth, risk, evidence;
    std::string label, sensitive, deprecated, note;
    std::vector<std::size_t> sources;  // indices into sources
    std::vector<std::size_t> implies;  // scope indices, transitive, sorted (after expansion)
    // Flat vocabularies name their alternatives explicitly (scope indices):
    std::vector<std::size_t> narrower;  // what to request instead of a broad grant, in catalog order
    long read_variant = -1;             // the read-only counterpart of a write scope
    unsigned token_types = 0;           // bit i: ExpandedCatalog::token_types[i] may hold it; 0 = not said
    std::vector<std::size_t> replaced_by;  // what a deprecated scope was replaced with
};

struct TokenTypeDef {
    std::string id, label;
};

struct EventDef {
    std::string name, label;
    std::vector<std::size_t> requires_any;  // scope indices (after sorting); empty: nothing to check
    unsigned token_types = 0;
};

struct SettingDef {
    std::string format, pointer, equals, risk, message, help;
};

struct CombinationDef {
    std::vector<std::size_t> all_of;  // scope indices (after sorting)
    std::string risk, message, help;
};

struct ExpandedCatalog {
    std::string provider, title, date;
    std::vector<TokenTypeDef> token_types;  // at most 8
    bool case_sensitive = false;
    char segment_separator = '.';
    char list_separator = ',';
    std::vector<OperationDef> operations;
    std::vector<SourceDef> sources;
    std::vector<FamilyDef> families;
    std::vector<ScopeDef> scopes;  // sorted by key
    std::vector<EventDef> events;  // sorted by name
    std::vector<SettingDef> settings;
    bool lower_case_documented = false;
    std::vector<CombinationDef> combinations;
};

// Throws std::runtime_error naming the offending entry on inconsistent data.
[[nodiscard]] ExpandedCatalog expand_catalog(const nlohmann::json& catalog);

}  // namespace scopelint::codegen
