#pragma once
// The provider-independent picture of one app registration: who it is, what
// it may redirect to, what it declares about itself and which scopes it asks
// for, each with its place in the source. Every manifest reader produces this;
// rules only ever see this (and the catalog), never the file format.
#include "ast/span.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

// A value read from the manifest and where it stands.
struct Located {
    std::string value;
    Span span;
    std::string pointer;  // RFC 6901 JSON Pointer (or the format's key path)
};

struct ScopeToken {
    std::string text;         // as written (after JSON unescaping)
    Span span;                // in the source
    std::string pointer;      // of the value that holds it ("/scopes/2", "/scopes")
    bool well_formed = false; // passed the provider's scope grammar
};

struct Justification {
    Located scope;   // the key: a scope as written
    Located reason;
};

// Where the strings of a document stand, as a tree of key and index steps
// that share their parents: a large manifest's pointers cost one small node
// per string, and a pointer is spelled out only for the findings that need it.
class PathTable {
public:
    static constexpr std::uint32_t root = UINT32_MAX;

    // `key` must outlive the table (a view into the manifest's document).
    std::uint32_t add_key(std::uint32_t parent, std::string_view key);
    std::uint32_t add_index(std::uint32_t parent, std::uint32_t index);
    // RFC 6901 JSON Pointer of a node ("" for root).
    [[nodiscard]] std::string pointer(std::uint32_t node) const;

private:
    struct Step {
        std::uint32_t parent = root;
        std::uint32_t index = 0;   // an array step when `key` is null
        std::string_view key;
        bool is_index = false;
    };
    std::vector<Step> steps_;
};

// A string anywhere in the document (a value, or a key when `is_key`), with
// the key it sits under: committed-secret and bidi-control look at these
// without knowing the format. The views point into the document that the
// manifest keeps alive (AppManifest::document).
struct StringField {
    std::string_view key;    // nearest member name ("" inside arrays at top level)
    std::string_view value;  // decoded
    Span span;               // the text between the quotes
    std::uint32_t path = PathTable::root;  // in AppManifest::paths
    bool is_key = false;
    // The source spells the text with escapes, so decoded offsets are not
    // source offsets; a finding inside it then points at the whole string.
    bool has_escapes = false;
};

// The value a manifest gives a setting whose risk the catalog describes
// (catalog::Setting); the rule decides whether the value is the risky one.
struct SettingValue {
    std::uint16_t setting = 0;  // index into the catalog's settings
    std::string pointer;        // where it stands, wildcards filled in
    std::string text;           // the scalar as written ("true", "none"); empty for a collection
    Span span;
};

enum class DeclaredAccess { unspecified, read_only, read_write };

struct AppManifest {
    std::string provider;                 // catalog id, e.g. "zoho"
    std::optional<Located> name;
    std::optional<Located> client_type;
    std::optional<Located> access_field;  // the "access" member as written
    DeclaredAccess access = DeclaredAccess::unspecified;
    std::vector<Located> redirect_uris;
    std::vector<ScopeToken> scopes;       // in document order
    std::vector<Justification> justifications;
    // How this format writes a justification, for help texts: "{}" stands for
    // the scope. Empty: the connected-app "justifications" object.
    std::string_view justification_form;
    // The kind of token these scopes are requested for, when the format says
    // (Slack: "bot" or "user"); matched against the catalog's token types.
    std::string token_type;
    // Events the app subscribes to (Slack bot_events or user_events, GitHub
    // App default_events): `value` is the event name as written.
    std::vector<Located> events;
    std::vector<SettingValue> settings;
    std::vector<StringField> strings;
    PathTable paths;
    // Whatever the reader parsed, kept for the views in `strings`.
    std::shared_ptr<const void> document;

    [[nodiscard]] std::string pointer_of(const StringField& field) const { return paths.pointer(field.path); }
};

}  // namespace scopelint
