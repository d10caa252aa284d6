#pragma once
// Reads a Shopify app configuration (`shopify.app.toml`, `shopify.app.<env>.toml`)
// into an AppManifest of the `shopify` catalog: `[access_scopes] scopes`, one
// comma-separated string whose scopes each keep their own place in the file,
// `optional_scopes` (asked for after install), and `[auth] redirect_urls`.
#include "ast/source.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/limits.hpp"

#include <string_view>

namespace scopelint {

[[nodiscard]] bool has_shopify_app_config_name(std::string_view path);

[[nodiscard]] ReadResult read_shopify_app_config(const SourceFile& source, bool by_name, const InputLimits& limits = {});

}  // namespace scopelint
