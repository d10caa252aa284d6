#pragma once
// A source text as read (never modified) and the line table that turns byte
// offsets into the line/column pairs people and tools expect.
#include "ast/span.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

// 1-based line; columns 1-based in three units, because readers count bytes,
// people count characters and SARIF consumers count UTF-16 code units.
struct Position {
    std::uint32_t line = 1;
    std::uint32_t byte_column = 1;
    std::uint32_t char_column = 1;   // Unicode code points
    std::uint32_t utf16_column = 1;  // UTF-16 code units
    friend constexpr bool operator==(const Position&, const Position&) = default;
};

// Line starts of a text. "\n", "\r\n" and a lone "\r" all end a line, and a
// leading UTF-8 byte order mark is not part of line 1: what editors show.
class LineIndex {
public:
    LineIndex() = default;
    explicit LineIndex(std::string_view text);

    [[nodiscard]] Position position(std::string_view text, std::uint32_t offset) const;
    [[nodiscard]] std::uint32_t line_of(std::uint32_t offset) const;  // 1-based
    [[nodiscard]] Span line_span(std::string_view text, std::uint32_t line) const;  // without the line ending
    [[nodiscard]] std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }

private:
    // Column counts at character boundaries every few KiB of a long line, so a
    // position on a minified or one-line list costs a short walk, not the line.
    struct Checkpoint {
        std::uint32_t offset = 0;
        std::uint32_t chars = 0;   // code points since the line start
        std::uint32_t units = 0;   // UTF-16 units since the line start
    };
    std::vector<std::uint32_t> starts_{0};
    std::vector<Checkpoint> checkpoints_;  // sorted by offset

    void add_checkpoints(std::string_view text, std::uint32_t begin, std::uint32_t end);
};

// One input: a file, an argument, or stdin. `path` is what reports show
// (relative to the invocation directory where possible).
struct SourceFile {
    std::string path;
    std::string text;
    LineIndex lines;

    SourceFile(std::string path_, std::string text_);
    [[nodiscard]] Position position(std::uint32_t offset) const { return lines.position(text, offset); }
    [[nodiscard]] std::string_view slice(Span span) const {
        return std::string_view(text).substr(span.begin, span.size());
    }
};

}  // namespace scopelint
