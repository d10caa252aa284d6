#pragma once
// Reads a policy file into a Policy. A policy is configuration: any mistake
// (unknown key, unknown rule id, bad pattern) is an error with file:line:col,
// and the run stops with exit code 2, because a silently ignored "deny" is
// worse than no policy at all.
#include "ast/source.hpp"
#include "engine/policy.hpp"

#include <memory>
#include <optional>
#include <string>
#include <variant>

namespace scopelint {

struct PolicyError {
    std::string path;
    std::optional<Position> position;  // absent when the file could not be read
    std::string message;

    // "path:line:col: error: invalid policy: message", for stderr.
    [[nodiscard]] std::string describe() const;
};

// `directory`: absolute directory that path patterns are relative to.
[[nodiscard]] std::variant<Policy, PolicyError> read_policy(std::shared_ptr<const SourceFile> source,
                                                            std::string directory);

// The built-in policy (rules/default-policy.json) used when no file is found.
[[nodiscard]] const Policy& default_policy();

}  // namespace scopelint
