#pragma once
// Reads a GitHub App manifest (the JSON that registers an app from a
// manifest: `default_permissions`, `default_events`, `redirect_url`,
// `callback_urls` …) into an AppManifest of the `github-app` catalog: each
// permission as a scope spelt `permission:level` (`issues:write`), the OAuth
// callbacks as redirect URIs.
//
// Recognised by name (`*github-app*.json`, `*app-manifest.json`) or by
// content: a JSON object with `default_permissions` or `default_events` and
// no `provider` (that is a connected-app manifest). Probot's `app.yml` is the
// same manifest in YAML, read only when its content is one (the name is
// common, so anything else is skipped without a word).
#include "ast/source.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/limits.hpp"

#include <string_view>

namespace scopelint {

[[nodiscard]] bool has_github_app_manifest_name(std::string_view path);

[[nodiscard]] ReadResult read_github_app_manifest(const SourceFile& source, bool by_name, const InputLimits& limits = {});

[[nodiscard]] bool may_be_probot_app_yml(std::string_view path);
[[nodiscard]] ReadResult read_probot_app_yml(const SourceFile& source, bool by_name, const InputLimits& limits = {});

}  // namespace scopelint
