#pragma once
// YAML (libyaml, YAML 1.1) -> YamlNode trees with byte spans, one per document.
// Never throws on bad input and never crashes: a malformed stream comes back as
// an error with the byte offset where it went wrong, which callers turn into a
// finding through SourceFile::position().
#include "ast/yaml.hpp"
#include "parse/limits.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

struct YamlSyntaxError {
    std::string message;      // e.g. "did not find expected ',' or ']' while parsing a flow sequence"
    std::uint32_t offset = 0; // byte offset into the text given to parse_yaml
    // Where the construct the problem belongs to started (the '[' of an
    // unclosed flow sequence), when libyaml names one.
    std::optional<std::uint32_t> context_offset;
};

struct YamlParseResult {
    std::vector<YamlNode> documents;        // in stream order; empty on error
    std::optional<YamlSyntaxError> error;   // set on failure
};

// Parses a whole stream (`---` separates documents; an empty stream has none).
// A leading UTF-8 byte order mark is skipped and spans stay offsets into
// `text`. Input that is not UTF-8 (including UTF-16 with a byte order mark) is
// an error at the first offending byte. Limits: containers deeper than
// limits.max_json_depth, and anchors plus aliases that copy more nodes than
// limits.max_yaml_alias_nodes or 64 per byte of text (billion laughs; every 64
// bytes of a copied string count as one more node), are errors; so are
// undefined and recursive aliases and merge keys (`<<`) whose value is not a
// mapping or a sequence of mappings.
[[nodiscard]] YamlParseResult parse_yaml(std::string_view text, const InputLimits& limits = {});

}  // namespace scopelint
