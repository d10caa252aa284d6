#pragma once
// Lints one manifest text in-process, with an optional policy text, the way
// the CLI would: shared by the golden rule cases and the rule-docs check.
#include "ast/source.hpp"
#include "engine/finding.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace scopelint::test {

struct LintedCase {
    std::unique_ptr<SourceFile> manifest;
    std::shared_ptr<const SourceFile> policy;  // null: the built-in policy
    std::vector<Finding> findings;             // sorted, every rule
};

// `policy_directory`: what policy path patterns are relative to.
[[nodiscard]] LintedCase lint_case(const std::string& display_name, std::string manifest_text,
                                   const std::optional<std::string>& policy_text, const std::string& policy_directory,
                                   const std::string& absolute_path);

// "line:column" of a byte offset, columns in characters.
[[nodiscard]] std::string position_of(const SourceFile& source, std::uint32_t offset);

}  // namespace scopelint::test
