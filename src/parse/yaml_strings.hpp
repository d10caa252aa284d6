#pragma once
// What every YAML manifest reader does alike: hand all strings the file
// spells out to the rules that look at every string (committed-secret,
// bidi-control), and read JSON manifests of formats that are written in
// either language through the same tree.
#include "ast/json.hpp"
#include "ast/manifest.hpp"
#include "ast/yaml.hpp"

#include <cstdint>
#include <string_view>

namespace scopelint {

// Every scalar and mapping key below `node`, with the key it sits under and
// its path. Copies made by aliases and merge keys are not new text and are
// left out. The views point into `node`, which the manifest must keep alive.
void collect_yaml_strings(const YamlNode& node, std::string_view key, std::uint32_t path, AppManifest& app);

// The JSON tree as a YAML tree (JSON is YAML's flow style): strings become
// double-quoted scalars, other literals plain ones, with the same spans.
[[nodiscard]] YamlNode json_as_yaml(const JsonValue& value);

}  // namespace scopelint
