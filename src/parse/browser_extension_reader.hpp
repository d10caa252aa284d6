#pragma once
// Reads a browser extension manifest (`manifest.json` of Chrome, Edge or
// Firefox, MV2 or MV3; also `manifest.v3.json`, `manifest.firefox.json` …) into
// an AppManifest of the `chrome-extensions` catalog: `permissions`,
// `optional_permissions`, `host_permissions`, `optional_host_permissions` and
// the `matches` of `content_scripts` (which grant host access too).
//
// API permissions are scopes. A host match pattern is a scope when it reaches
// every host (`<all_urls>`, `*://*/*`, `https://*/*` …): those are what the
// catalog rates. A pattern for named hosts (`https://api.example.com/*`) is
// checked for syntax only, since least privilege asks for exactly that.
//
// Recognised by content only, since `manifest.json` is also the name of web-app
// and Teams manifests: an object with `manifest_version` 2 or 3 and `name`.
// Anything else is skipped without a word.
#include "ast/source.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/limits.hpp"

#include <string_view>

namespace scopelint {

[[nodiscard]] bool may_be_browser_extension_manifest(std::string_view path);

[[nodiscard]] ReadResult read_browser_extension_manifest(const SourceFile& source, bool by_name,
                                                         const InputLimits& limits = {});

}  // namespace scopelint
