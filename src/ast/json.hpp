#pragma once
// A JSON document tree that remembers where every value came from.
// nlohmann/json keeps no positions, so manifests and policies are read into
// this tree (by parse/json_reader) and rules point at the exact bytes.
#include "ast/span.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

enum class JsonKind : std::uint8_t { null, boolean, number, string, array, object };

[[nodiscard]] std::string_view to_string(JsonKind kind);

struct JsonMember;

struct JsonValue {
    JsonKind kind = JsonKind::null;
    // The whole value in the source: quotes included for strings, brackets for containers.
    Span span;
    // string: the decoded text; number: the literal as written; boolean: "true"/"false".
    std::string text;
    // True when the string literal contains a backslash escape, so decoded offsets
    // differ from source offsets (see source_offset()).
    bool has_escapes = false;
    std::vector<JsonValue> elements;   // array items, in order
    std::vector<JsonMember> members;   // object members, in document order (duplicates kept)

    [[nodiscard]] bool is(JsonKind k) const { return kind == k; }
    // First member with this key, or nullptr.
    [[nodiscard]] const JsonMember* find(std::string_view key) const;
};

struct JsonMember {
    std::string key;   // decoded
    Span key_span;     // the key literal, quotes included
    JsonValue value;
};

// Source byte offset of the decoded byte `decoded_offset` of the string value `str`
// (0 = first character after the opening quote; size() = the closing quote).
// `source` is the text the tree was parsed from.
[[nodiscard]] std::uint32_t source_offset(const JsonValue& str, std::string_view source,
                                          std::uint32_t decoded_offset);

// RFC 6901 escaping of one reference token ("~" -> "~0", "/" -> "~1").
[[nodiscard]] std::string json_pointer_token(std::string_view key);

}  // namespace scopelint
