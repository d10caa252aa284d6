#pragma once
// Reads a GitHub Actions workflow (.github/workflows/*.yml|yaml) into one
// AppManifest per GITHUB_TOKEN: the workflow-level `permissions:` block and
// each job's own block, with every permission as a scope of the
// `github-actions` catalog spelt `permission:level` (`contents:write`) or
// `read-all` / `write-all`. Positions point at the key and value in the file,
// or at the alias that brought them in.
//
// Reader findings: manifest-syntax (YAML errors, a level that is not read,
// write or none, a duplicate key), missing-permissions (a job whose token
// falls back to the repository default).
#include "ast/source.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/limits.hpp"

#include <string_view>

namespace scopelint {

// `.github/workflows/<name>.yml` or `.yaml`, at any depth (a monorepo keeps
// several repositories' folders).
[[nodiscard]] bool has_github_workflow_path(std::string_view path);

[[nodiscard]] ReadResult read_github_workflow(const SourceFile& source, const InputLimits& limits = {});

}  // namespace scopelint
