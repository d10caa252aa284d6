// Byte offsets → line and the three column units, for every line ending.
#include "ast/source.hpp"

#include <catch2/catch.hpp>

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
