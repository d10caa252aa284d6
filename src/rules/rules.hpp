#pragma once
// Factories of the built-in rules, one per file in this folder. The engine
// registry (engine/registry.cpp) lists them in one sorted place.
#include "engine/rule.hpp"

#include <memory>

namespace scopelint::rules {

[[nodiscard]] std::unique_ptr<Rule> make_bidi_control();
[[nodiscard]] std::unique_ptr<Rule> make_broad_scope();
[[nodiscard]] std::unique_ptr<Rule> make_committed_secret();
[[nodiscard]] std::unique_ptr<Rule> make_deprecated_scope();
[[nodiscard]] std::unique_ptr<Rule> make_duplicate_scope();
[[nodiscard]] std::unique_ptr<Rule> make_insecure_redirect_uri();
[[nodiscard]] std::unique_ptr<Rule> make_missing_scope();
[[nodiscard]] std::unique_ptr<Rule> make_non_canonical_case();
[[nodiscard]] std::unique_ptr<Rule> make_redundant_scope();
[[nodiscard]] std::unique_ptr<Rule> make_risky_combination();
[[nodiscard]] std::unique_ptr<Rule> make_risky_setting();
[[nodiscard]] std::unique_ptr<Rule> make_scope_denied();
[[nodiscard]] std::unique_ptr<Rule> make_scope_not_allowed();
[[nodiscard]] std::unique_ptr<Rule> make_sensitive_scope();
[[nodiscard]] std::unique_ptr<Rule> make_token_type();
[[nodiscard]] std::unique_ptr<Rule> make_unknown_event();
[[nodiscard]] std::unique_ptr<Rule> make_unknown_scope();
[[nodiscard]] std::unique_ptr<Rule> make_unused_justification();
[[nodiscard]] std::unique_ptr<Rule> make_write_scope();

}  // namespace scopelint::rules
