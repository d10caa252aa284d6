#pragma once
// Reads the scope lists of `.env`-style files (`.env`, `.env.example`,
// `.env.production`, `config.env`): every `NAME=value` line whose NAME ends in
// SCOPE or SCOPES becomes one AppManifest (named NAME) whose scopes keep their
// columns in the file. Many apps keep their scopes there instead of in a
// manifest, so this is where an over-broad `ZohoCRM.modules.ALL` often hides.
//
// The provider must be certain, or the line is left alone: a provider word in
// NAME (ZOHO_SCOPES, GOOGLE_OAUTH_SCOPES, SLACK_BOT_SCOPES …), else a value
// whose every scope has one provider's unmistakable shape (Zoho's
// `Service.name.OPERATION` of a known service, Google's scope URLs). A file
// with no such line is not a manifest and is skipped without a word. Other
// variables are never read into findings: a .env file holds secrets.
#include "ast/source.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/limits.hpp"

#include <string_view>

namespace scopelint {

[[nodiscard]] bool has_env_file_name(std::string_view path);

[[nodiscard]] ReadResult read_env_file(const SourceFile& source, bool by_name, const InputLimits& limits = {});

}  // namespace scopelint
