// Byte offsets → line and the three column units, for every line ending.
#include "ast/source.hpp"
#include "util/utf8.hpp"

#include <catch2/catch.hpp>

#include <iterator>
#include <string>

using namespace scopelint;

TEST_CASE("lines end at LF, CRLF and a lone CR", "[source]") {
    const SourceFile source("x", "a\nb\r\nc\rd");
    CHECK(source.position(0).line == 1);
    CHECK(source.position(2).line == 2);
    CHECK(source.position(5).line == 3);
    CHECK(source.position(7).line == 4);
    CHECK(source.position(7).byte_column == 1);
    CHECK(source.lines.line_count() == 4);
    CHECK(source.slice(source.lines.line_span(source.text, 2)) == "b");
    CHECK(source.slice(source.lines.line_span(source.text, 3)) == "c");
}

TEST_CASE("columns count bytes, code points and UTF-16 units", "[source]") {
    // ["x", "😀", "y"]: "y" starts at byte column 16, UTF-16 column 14, code point column 13
    const SourceFile source("x", "[\"x\", \"\xF0\x9F\x98\x80\", \"y\"]");
    const auto p = source.position(15);
    CHECK(p.byte_column == 16);
    CHECK(p.utf16_column == 14);
    CHECK(p.char_column == 13);
    const SourceFile accented("x", "\"\xC3\xA9\" x");
    CHECK(accented.position(5).char_column == 5);
    CHECK(accented.position(5).utf16_column == 5);
    CHECK(accented.position(5).byte_column == 6);
}

TEST_CASE("offsets past the end clamp to the end", "[source]") {
    const SourceFile source("x", "ab");
    CHECK(source.position(99).byte_column == 3);
}

TEST_CASE("a UTF-8 byte order mark is not a column of line 1", "[source]") {
    const SourceFile source("x", "\xEF\xBB\xBF{\"a\": 1}\nb");
    CHECK(source.position(3) == Position{1, 1, 1, 1});
    CHECK(source.position(4).char_column == 2);
    CHECK(source.position(0).line == 1);  // offsets inside the BOM clamp to the first character
    CHECK(source.position(0).char_column == 1);
    CHECK(source.slice(source.lines.line_span(source.text, 1)) == "{\"a\": 1}");
    CHECK(source.position(13).line == 2);
}

// Long lines keep column checkpoints; every offset must still agree with a
// count from the line start, including offsets inside a multi-byte character
// (counted as if the text were cut there: one character per byte).
TEST_CASE("columns on a long line agree with a count from the line start", "[source]") {
    std::string line = "x\n";
    const std::string pieces[] = {"ab", "\xC3\xA9", "\xF0\x9F\x94\x91", "\xE2\x80\xAE", "\xFF", "\xE2\x82", ","};
    for (std::size_t i = 0; line.size() < 20000; ++i) line += pieces[(i * 7 + i / 3) % std::size(pieces)];
    line += "\nend";
    const SourceFile source("x", line);
    for (std::uint32_t offset = 2; offset < source.text.size() - 4; offset += 97) {
        const std::string cut = source.text.substr(2, offset - 2);
        std::uint32_t chars = 1;
        std::uint32_t units = 1;
        for (std::size_t i = 0; i < cut.size();) {
            const auto unit = util::decode_utf8(cut, i);
            ++chars;
            units += unit.size == 4 ? 2 : 1;
            i += unit.size;
        }
        const Position actual = source.position(offset);
        INFO("offset " << offset);
        CHECK(actual.line == 2);
        CHECK(actual.byte_column == offset - 1);
        CHECK(actual.char_column == chars);
        CHECK(actual.utf16_column == units);
    }
}
