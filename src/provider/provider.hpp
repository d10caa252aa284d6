#pragma once
// What makes a provider: its catalog (data from rules/catalog), the grammar of
// one scope token, and the manifest formats that carry its scopes. The engine
// and the rules only talk to this interface; adding a provider never changes
// them (see registry.cpp).
#include "catalog/catalog.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace scopelint {

struct ScopeSyntaxError {
    std::uint32_t offset = 0;  // into the token
    std::uint32_t length = 1;
    std::string message;
};

struct Provider {
    std::string_view id;  // "zoho"
    const catalog::Catalog* catalog = nullptr;
    // Validates one scope token against the provider's scope grammar.
    std::optional<ScopeSyntaxError> (*check_scope)(std::string_view token) = nullptr;
};

[[nodiscard]] std::span<const Provider> all_providers();
[[nodiscard]] const Provider* find_provider(std::string_view id);  // case-insensitive

}  // namespace scopelint
