#pragma once
// Scope grammars of the providers whose catalogs are flat vocabularies
// (rules/catalog/<id>.json with a "scopes" list and no services).
#include "provider/provider.hpp"

namespace scopelint::github {
[[nodiscard]] std::optional<ScopeSyntaxError> check_scope(std::string_view token);
}
namespace scopelint::chrome {
[[nodiscard]] std::optional<ScopeSyntaxError> check_scope(std::string_view token);
// A host match pattern (`<all_urls>`, `https://*.example.com/*`), not an API permission.
[[nodiscard]] bool is_match_pattern(std::string_view token);
}
namespace scopelint::google {
[[nodiscard]] std::optional<ScopeSyntaxError> check_scope(std::string_view token);
}
namespace scopelint::slack {
[[nodiscard]] std::optional<ScopeSyntaxError> check_scope(std::string_view token);
}
namespace scopelint::shopify {
[[nodiscard]] std::optional<ScopeSyntaxError> check_scope(std::string_view token);
}
namespace scopelint::atlassian {
[[nodiscard]] std::optional<ScopeSyntaxError> check_scope(std::string_view token);
[[nodiscard]] std::optional<ScopeSyntaxError> check_connect_scope(std::string_view token);
}  // namespace scopelint::atlassian
