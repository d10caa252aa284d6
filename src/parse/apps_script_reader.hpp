#pragma once
// Reads a Google Apps Script manifest (`appsscript.json`, the root of a clasp
// project) into an AppManifest of the `google` catalog: `oauthScopes`, one
// scope per array element, each at its own place in the file. Without
// `oauthScopes` Apps Script grants what it infers from the code, which is
// reported (missing-permissions). Settings such as `webapp.access` go to
// risky-setting through the catalog (format "apps-script-manifest").
//
// Recognised by the name `appsscript.json`, or by content: a JSON object with
// an `oauthScopes` array, or with `timeZone` and another key Apps Script
// writes (runtimeVersion, exceptionLogging, dependencies, webapp, …).
#include "ast/source.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/limits.hpp"

#include <string_view>

namespace scopelint {

[[nodiscard]] bool has_apps_script_manifest_name(std::string_view path);

[[nodiscard]] ReadResult read_apps_script_manifest(const SourceFile& source, bool by_name, const InputLimits& limits = {});

}  // namespace scopelint
