#pragma once
// A provider's scope catalog as static tables. The tables are generated at
// build time from rules/catalog/<provider>.json (src/codegen), so nothing is
// parsed at start-up and a lookup is a binary search over constant data.
#include <cstdint>
#include <span>
#include <string_view>

namespace scopelint::catalog {

enum class Access : std::uint8_t { read, write };
enum class Risk : std::uint8_t { low, medium, high, critical };
// What one scope reaches: one resource, every child of a family, or a whole service.
enum class Breadth : std::uint8_t { resource, family, service };
enum class Evidence : std::uint8_t { doc, oas, observed };

[[nodiscard]] std::string_view to_string(Access access);
[[nodiscard]] std::string_view to_string(Risk risk);
[[nodiscard]] std::string_view to_string(Breadth breadth);
[[nodiscard]] std::string_view to_string(Evidence evidence);

inline constexpr std::uint16_t no_index = 0xFFFF;

struct Operation {
    std::string_view name;    // canonical spelling, e.g. "ALL"
    Access access = Access::read;
    std::string_view grants;  // "every operation (read, create, update and delete)"
    std::uint32_t implies_begin = 0, implies_end = 0;  // into Catalog::operation_implies (transitive)
};

struct Source {
    std::string_view id;
    std::string_view url;
    std::string_view what;
};

struct Family {
    std::string_view service;   // "ZohoCRM"
    std::string_view product;   // "Zoho CRM"
    std::string_view name;      // "modules"
    std::string_view label;     // "CRM modules"
    std::uint32_t children_begin = 0, children_end = 0;  // into Catalog::child_names
    bool service_wide = false;
};

struct Scope {
    std::string_view name;      // canonical spelling, e.g. "ZohoCRM.modules.leads.READ"
    std::string_view key;       // lookup key (lower-case unless case-sensitive); "*" marks a wildcard segment
    std::uint16_t family = no_index;     // index into Catalog::families; no_index for standalone scopes
    std::uint16_t operation = no_index;  // index into Catalog::operations
    std::string_view child;     // "" = family-level scope, "*" = any child name
    Access access = Access::read;
    Breadth breadth = Breadth::resource;
    Risk risk = Risk::low;
    Evidence evidence = Evidence::doc;
    std::string_view label;       // what it is about, for messages
    std::string_view sensitive;   // why holding it is sensitive; empty: not sensitive
    std::string_view deprecated;  // why it is deprecated and what to use; empty: current
    std::string_view note;
    std::uint32_t implies_begin = 0, implies_end = 0;  // into Catalog::implied (transitive, sorted)
    std::uint32_t sources_begin = 0, sources_end = 0;  // into Catalog::source_refs
    // Named alternatives of flat vocabularies (into Catalog::alternatives).
    std::uint32_t narrower_begin = 0, narrower_end = 0;          // to request instead of a broad grant
    std::uint32_t replacements_begin = 0, replacements_end = 0;  // successors of a deprecated scope
    std::uint16_t read_variant = no_index;  // read-only counterpart of a write scope (index into scopes)
    std::uint8_t token_types = 0;  // bit i: Catalog::token_types[i] may hold it; 0: the catalog does not say
};

// A kind of token a provider issues (Slack: bot, user), for catalogs whose
// scopes are granted per token type.
struct TokenType {
    std::string_view id;     // "bot"
    std::string_view label;  // "bot token"
};

// An event an app can subscribe to, and the scopes its delivery needs.
struct Event {
    std::string_view name;   // as written in manifests: "message.channels"
    std::string_view label;  // what it delivers: "messages posted in public channels"
    // Into Catalog::event_requires: any one suffices. Empty: a known event whose
    // requirement is not checked (none is needed, or none is confirmed).
    std::uint32_t requires_begin = 0, requires_end = 0;
    std::uint8_t token_types = 0;  // bit i: delivered to Catalog::token_types[i]; 0: to every token type
};

// A manifest setting whose value widens what the app can do or who reaches it.
struct Setting {
    std::string_view format;   // reader format id: "slack-manifest"
    std::string_view pointer;  // JSON Pointer; a "*" token matches any key or index
    std::string_view equals;   // the risky value as text ("true", "none"); "*": any value present
    Risk risk = Risk::low;
    std::string_view message;  // what the value does, after "'<pointer>' is <value>: "
    std::string_view help;
};

// Scopes that are riskier together than each alone (cookies with every host).
struct Combination {
    std::uint32_t scopes_begin = 0, scopes_end = 0;  // into Catalog::combination_scopes: all must be granted
    Risk risk = Risk::low;
    std::string_view message;  // what the grants do together, after "'a' with 'b': "
    std::string_view help;
};

struct Catalog {
    std::string_view provider;   // "zoho"
    std::string_view title;      // "Zoho"
    std::string_view date;       // YYYY-MM-DD the facts were last reviewed
    bool case_sensitive = false;
    char segment_separator = '.';
    char list_separator = ',';
    std::span<const Operation> operations;
    std::span<const std::uint16_t> operation_implies;
    std::span<const Source> sources;
    std::span<const Family> families;
    std::span<const std::string_view> child_names;
    std::span<const Scope> scopes;          // sorted by key
    std::span<const std::uint16_t> implied;
    std::span<const std::uint16_t> source_refs;
    std::span<const std::uint16_t> alternatives;  // scope indices
    std::span<const TokenType> token_types;
    std::span<const Event> events;                 // sorted by name
    std::span<const std::uint16_t> event_requires;  // scope indices
    std::span<const Setting> settings;
    // The provider documents each scope in upper and in lower case alike
    // (Atlassian Connect: "READ" or "read"), so neither is non-canonical.
    bool lower_case_documented = false;
    std::span<const Combination> combinations;
    std::span<const std::uint16_t> combination_scopes;  // scope indices

    [[nodiscard]] std::span<const std::uint16_t> members_of(const Combination& combination) const {
        return combination_scopes.subspan(combination.scopes_begin, combination.scopes_end - combination.scopes_begin);
    }

    [[nodiscard]] const Event* find_event(std::string_view name) const;
    [[nodiscard]] std::span<const std::uint16_t> requirements_of(const Event& event) const {
        return event_requires.subspan(event.requires_begin, event.requires_end - event.requires_begin);
    }

    // Index of a token type by id, or -1.
    [[nodiscard]] int token_type_index(std::string_view id) const {
        for (std::size_t i = 0; i < token_types.size(); ++i)
            if (token_types[i].id == id) return static_cast<int>(i);
        return -1;
    }

    // What to request instead of a broad grant, as the catalog lists it.
    [[nodiscard]] std::span<const std::uint16_t> narrower_than(const Scope& scope) const {
        return alternatives.subspan(scope.narrower_begin, scope.narrower_end - scope.narrower_begin);
    }
    [[nodiscard]] std::span<const std::uint16_t> replacements_of(const Scope& scope) const {
        return alternatives.subspan(scope.replacements_begin, scope.replacements_end - scope.replacements_begin);
    }
    [[nodiscard]] const Scope* read_variant_of(const Scope& scope) const {
        return scope.read_variant == no_index ? nullptr : &scopes[scope.read_variant];
    }

    [[nodiscard]] std::uint16_t index_of(const Scope& scope) const {
        return static_cast<std::uint16_t>(&scope - scopes.data());
    }
    [[nodiscard]] std::span<const std::uint16_t> implied_by(const Scope& scope) const {
        return implied.subspan(scope.implies_begin, scope.implies_end - scope.implies_begin);
    }
    [[nodiscard]] std::span<const std::string_view> children(const Family& family) const {
        return child_names.subspan(family.children_begin, family.children_end - family.children_begin);
    }
    [[nodiscard]] const Family* family_of(const Scope& scope) const {
        return scope.family == no_index ? nullptr : &families[scope.family];
    }
    [[nodiscard]] const Operation* operation_of(const Scope& scope) const {
        return scope.operation == no_index ? nullptr : &operations[scope.operation];
    }
};

// Every built-in catalog (generated), sorted by provider id.
[[nodiscard]] std::span<const Catalog* const> all_catalogs();
[[nodiscard]] const Catalog* find_catalog(std::string_view provider);

}  // namespace scopelint::catalog
