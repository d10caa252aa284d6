#pragma once
// A half-open byte range [begin, end) into one source text. Every AST node keeps
// one, so a finding can point at the exact characters it is about; lines and
// columns are derived only when a reporter needs them (see LineIndex).
#include <cstdint>

namespace scopelint {

struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    [[nodiscard]] constexpr std::uint32_t size() const { return end - begin; }
    [[nodiscard]] constexpr bool empty() const { return begin == end; }
    [[nodiscard]] constexpr bool contains(const Span& other) const {
        return begin <= other.begin && other.end <= end;
    }
    friend constexpr bool operator==(const Span&, const Span&) = default;
};

}  // namespace scopelint
