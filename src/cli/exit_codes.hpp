#pragma once
// The exit status contract (README "Exit codes"): CI gates depend on it.
namespace scopelint::cli {

inline constexpr int exit_clean = 0;     // no finding at or above --fail-on
inline constexpr int exit_findings = 1;  // findings at or above --fail-on
inline constexpr int exit_usage = 2;     // usage error, unreadable input, invalid policy, failed output

}  // namespace scopelint::cli
