#pragma once
// Reads the values a manifest gives the settings its provider's catalog
// describes (catalog::Setting, by format id), from whichever tree the reader
// parsed: the catalog names a setting by JSON Pointer, the tree knows where the
// value stands. Whether a value is risky is the risky-setting rule's question.
#include "ast/json.hpp"
#include "ast/manifest.hpp"
#include "ast/yaml.hpp"
#include "catalog/catalog.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

// The reference tokens of an RFC 6901 pointer, unescaped ("/a~1b/*" -> "a/b", "*").
[[nodiscard]] std::vector<std::string> pointer_tokens(std::string_view pointer);

void read_settings(const catalog::Catalog& catalog, std::string_view format, const YamlNode& root, AppManifest& app);
void read_settings(const catalog::Catalog& catalog, std::string_view format, const JsonValue& root, AppManifest& app);

}  // namespace scopelint
