#pragma once
// Lints one manifest: resolves its scopes against the provider's catalog,
// picks the policy section that applies, runs every rule and applies the
// policy's severity settings. Pure: no I/O, same input → same findings.
#include "ast/manifest.hpp"
#include "engine/finding.hpp"
#include "engine/policy.hpp"

#include <span>
#include <string_view>
#include <vector>

namespace scopelint {

struct LintRequest {
    std::string_view path;           // display path, copied into findings
    std::string_view absolute_path;  // for policy path patterns; empty for arguments/stdin
    const AppManifest* manifest = nullptr;  // null: only reader findings
    const Policy* policy = nullptr;
};

// `reader_findings` are the reader's own (manifest-syntax, scope-syntax ...);
// they go through the same severity settings. The result is sorted.
[[nodiscard]] std::vector<Finding> lint(const LintRequest& request, std::vector<Finding> reader_findings);

// A file that holds several apps (a workflow: one token per permissions
// block) is linted one manifest at a time, so scopes of different apps never
// count as duplicates of each other; the reader findings go with the first.
// `request.manifest` is ignored. The result is sorted.
[[nodiscard]] std::vector<Finding> lint_all(const LintRequest& request, std::span<const AppManifest> manifests,
                                            std::vector<Finding> reader_findings);

}  // namespace scopelint
