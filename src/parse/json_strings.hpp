#pragma once
// What every JSON manifest reader does alike: hand all of the document's
// strings to the rules that look at every string (committed-secret,
// bidi-control), and report invalid UTF-8 without giving up on the file.
#include "ast/json.hpp"
#include "ast/manifest.hpp"
#include "ast/source.hpp"
#include "engine/finding.hpp"
#include "parse/json_reader.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace scopelint {

// Every string value and member name below `value`, with the member name it
// sits under and its path. The views point into `value`, which the manifest
// must keep alive (AppManifest::document).
void collect_json_strings(const JsonValue& value, std::string_view key, std::uint32_t path, AppManifest& app);

// One manifest-syntax finding per run of adjacent bad bytes (parse_json's
// JsonParseResult::invalid_utf8); the document is still read, so one stray
// byte in a description does not hide every other finding.
void report_invalid_json_utf8(const SourceFile& source, const std::vector<std::uint32_t>& offsets,
                              std::vector<Finding>& findings);

// The manifest-syntax finding for a document that is not JSON, at the byte
// where parsing stopped.
[[nodiscard]] Finding invalid_json_finding(const SourceFile& source, const JsonSyntaxError& error);

}  // namespace scopelint
