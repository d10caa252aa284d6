#pragma once
// Reads a Slack app manifest (JSON or YAML, as exported from or pasted into
// api.slack.com) into one AppManifest per token: the bot token's scopes
// (`oauth_config.scopes.bot`) and the user token's (`oauth_config.scopes.user`),
// each scope of the `slack` catalog at its place in the file, and
// `oauth_config.redirect_urls` as redirect URIs (on the first manifest).
//
// Recognised by name (`*slack*manifest*.json|yml|yaml` and the like) or by content: a mapping with
// `oauth_config` and one of `display_information`, `features`, `settings`.
#include "ast/source.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/limits.hpp"

#include <string_view>

namespace scopelint {

[[nodiscard]] bool has_slack_manifest_name(std::string_view path);
[[nodiscard]] bool may_be_slack_manifest(std::string_view path);  // *.json, *.yml, *.yaml

[[nodiscard]] ReadResult read_slack_manifest(const SourceFile& source, bool by_name, const InputLimits& limits = {});

}  // namespace scopelint
