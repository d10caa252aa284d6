#pragma once
// Reads a connected-app manifest (*.connected-app.json, or any JSON object
// with "provider" and "scopes"; format in rules/schemas/connected-app.schema.json)
// into an AppManifest. Problems with the document itself come back as
// findings (manifest-syntax, scope-syntax, unknown-field), never as exceptions.
#include "ast/manifest.hpp"
#include "ast/source.hpp"
#include "engine/finding.hpp"
#include "parse/limits.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace scopelint {

struct ReadResult {
    bool recognized = false;               // false: not a connected-app manifest, skip quietly
    // Usually one; none when the document is unusable; a workflow holds one per
    // permissions block (lint them with lint_all).
    std::vector<AppManifest> manifests;
    std::vector<Finding> findings;
};

[[nodiscard]] bool has_connected_app_name(std::string_view path);

// `by_name`: the file name says it is a manifest, so anything wrong is reported;
// otherwise the content decides and other JSON files are skipped quietly.
[[nodiscard]] ReadResult read_connected_app(const SourceFile& source, bool by_name, const InputLimits& limits = {});

}  // namespace scopelint
