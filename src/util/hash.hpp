#pragma once
// A stable 64-bit hash for fingerprints. Fingerprints are stored by code
// scanning services and compared across runs, so the algorithm (FNV-1a, 64
// bit) and its hex form are frozen: changing either re-opens every alert.
#include <cstdint>
#include <string>
#include <string_view>

namespace scopelint {

// FNV-1a over bytes, fed in pieces so callers can hash "a\0b\0c" without
// building the string. Byte-oriented and independent of `char` signedness.
class Fnv1a64 {
public:
    static constexpr std::uint64_t offset_basis = 0xcbf29ce484222325ULL;
    static constexpr std::uint64_t prime = 0x00000100000001b3ULL;

    constexpr Fnv1a64& update(std::string_view bytes) noexcept {
        for (const char c : bytes) update(static_cast<unsigned char>(c));
        return *this;
    }
    constexpr Fnv1a64& update(unsigned char byte) noexcept {
        state_ = (state_ ^ byte) * prime;
        return *this;
    }
    [[nodiscard]] constexpr std::uint64_t value() const noexcept { return state_; }

private:
    std::uint64_t state_ = offset_basis;
};

[[nodiscard]] constexpr std::uint64_t fnv1a64(std::string_view bytes) noexcept {
    return Fnv1a64{}.update(bytes).value();
}

// Exactly 16 lower-case hex digits, zero-padded.
[[nodiscard]] std::string to_hex64(std::uint64_t value);

}  // namespace scopelint
