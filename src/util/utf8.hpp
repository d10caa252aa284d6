#pragma once
// Strict UTF-8 decoding (no overlong forms, surrogates or values past
// U+10FFFF). Anything else is one invalid byte, so a hostile byte can never
// swallow the characters after it; every part of scopelint that counts or
// names characters uses this one definition.
#include <cstdint>
#include <string_view>

namespace scopelint::util {

struct Utf8Unit {
    char32_t code_point = 0;
    std::uint32_t size = 1;  // bytes; 1 for an invalid byte
    bool valid = false;
};

[[nodiscard]] Utf8Unit decode_utf8(std::string_view text, std::size_t at);

}  // namespace scopelint::util
