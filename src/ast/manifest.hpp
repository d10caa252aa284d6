#pragma once
// The provider-independent picture of one app registration: who it is, what
// it may redirect to, what it declares about itself and which scopes it asks
// for, each with its place in the source. Every manifest reader produces this;
// rules only ever see this (and the catalog), never the file format.
#include "ast/span.hpp"

#include <optional>
#include <string>
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

// A string anywhere in the document (a value, or a key when `is_key`), with
// the key it sits under: committed-secret and bidi-control look at these
// without knowing the format.
struct StringField {
    std::string key;  // nearest member name ("" inside arrays at top level)
    Located value;    // span: the text between the quotes
    bool is_key = false;
    // The source spells the text with escapes, so decoded offsets are not
    // source offsets; a finding inside it then points at the whole string.
    bool has_escapes = false;
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
    std::vector<StringField> strings;
};

}  // namespace scopelint
