#pragma once
// RFC 8259 JSON -> JsonValue tree with byte spans (grammar/json.hpp).
// Never throws on bad input: a malformed document comes back as an error with
// the offset where it went wrong, which callers turn into a finding.
#include "ast/json.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

struct JsonLimits {
    // Containers nested deeper than this are rejected instead of recursing on
    // (PEGTL's recursive descent overflows the stack at ~20k levels).
    std::uint32_t max_depth = 512;
};

struct JsonSyntaxError {
    std::uint32_t offset = 0;  // byte offset into the text given to parse_json
    std::string message;       // e.g. "expected ',' or ']'"
};

struct JsonParseResult {
    std::optional<JsonValue> root;        // set on success
    std::optional<JsonSyntaxError> error; // set on failure
    // Offsets of bytes inside strings that are not well-formed UTF-8, in
    // order. They are kept as they are in the decoded text; callers decide
    // whether that is an error (a manifest reports them and reads on).
    std::vector<std::uint32_t> invalid_utf8;
};

// Parses a whole document. A leading UTF-8 byte order mark is skipped; spans
// stay offsets into `text` (so they still count the BOM's three bytes).
[[nodiscard]] JsonParseResult parse_json(std::string_view text, const JsonLimits& limits = {});

}  // namespace scopelint
