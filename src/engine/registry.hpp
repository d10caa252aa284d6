#pragma once
// The list of rules scopelint runs, and the ids reported by readers rather
// than by rule classes. Together they must cover every rules/lint/*.json
// (a unit test holds both directions).
#include "engine/rule.hpp"

#include <array>
#include <span>
#include <string_view>

namespace scopelint {

[[nodiscard]] std::span<const Rule* const> registered_rules();

// Findings about the document itself, produced while reading it.
inline constexpr std::array<std::string_view, 6> reader_rule_ids{
    "input-limit", "manifest-syntax", "missing-permissions", "scope-syntax", "unknown-field", "workflow-wide-permission"};

}  // namespace scopelint
