#pragma once
// An organisation's policy (.scopelint.json, format in
// rules/schemas/policy.schema.json): rule severities, and per-app sections
// that declare intent (read-only) and allow/deny/maximum-operation limits.
#include "ast/manifest.hpp"
#include "ast/source.hpp"
#include "engine/finding.hpp"
#include "engine/glob.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

// A pattern as compiled, and where it is written (for related locations).
struct PolicyPattern {
    Glob glob;
    Span span;
    std::string pointer;
};

struct RuleSetting {
    bool enabled = true;
    std::optional<Severity> severity;  // empty: the rule decides
};

struct MaxOperation {
    PolicyPattern pattern;
    std::string operation;  // as written, e.g. "READ"
    Span span;              // of the operation value
};

struct AppSection {
    std::optional<PolicyPattern> match_name;
    std::optional<PolicyPattern> match_path;  // relative to the policy file's directory
    DeclaredAccess access = DeclaredAccess::unspecified;
    Span access_span;
    std::optional<std::vector<PolicyPattern>> allow;  // absent: no allow list
    Span allow_span;
    std::vector<PolicyPattern> deny;
    std::vector<MaxOperation> max_operations;
    std::map<std::string, RuleSetting, std::less<>> rules;
    Span span;
    std::string pointer;
};

struct Policy {
    // The policy file (nullptr for the built-in default); findings point into it.
    std::shared_ptr<const SourceFile> source;
    std::string directory;  // absolute; path patterns are relative to it
    std::map<std::string, RuleSetting, std::less<>> rules;
    std::vector<PolicyPattern> exclude;  // paths never linted, relative to `directory`
    std::vector<AppSection> apps;

    // The first app section that matches the manifest's name or its path
    // (absolute, normalised), or nullptr.
    [[nodiscard]] const AppSection* section_for(const AppManifest& app, std::string_view absolute_path) const;
    [[nodiscard]] std::string relative_to_policy(std::string_view absolute_path) const;
    [[nodiscard]] bool excludes(std::string_view absolute_path) const;
};

}  // namespace scopelint
