#pragma once
// Turns one scope string, wherever it was found (a JSON string, a command-line
// argument, stdin), into ScopeTokens with file positions and the scope-syntax
// findings of its list. Readers share this so every carrier is judged alike.
#include "ast/manifest.hpp"
#include "engine/finding.hpp"
#include "provider/provider.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

struct ScopeCarrier {
    std::string_view text;  // the scope string as decoded
    // Maps an offset into `text` to a byte offset in the source file.
    std::function<std::uint32_t(std::uint32_t)> to_file;
    std::string pointer;        // JSON Pointer of the carrier
    bool one_scope_expected = false;  // an array element: one scope, not a list
};

void read_scope_carrier(const ScopeCarrier& carrier, const Provider& provider, std::string_view path,
                        std::vector<ScopeToken>& tokens, std::vector<Finding>& findings);

}  // namespace scopelint
