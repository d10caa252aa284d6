#include "util/hash.hpp"

namespace scopelint {

std::string to_hex64(std::uint64_t value) {
    static constexpr std::string_view digits = "0123456789abcdef";
    std::string hex(16, '0');
    for (auto it = hex.rbegin(); it != hex.rend(); ++it) {
        *it = digits[value & 0xFU];
        value >>= 4U;
    }
    return hex;
}

}  // namespace scopelint
