// libFuzzer target: bytes -> scopelint::parse_json (src/parse/json_reader.hpp).
//
// Invariants (abort on violation):
//  * exactly one of root / error is set;
//  * on success every value's span lies in [0, size], begins before it ends,
//    sits inside its parent and after its previous sibling; a member's key
//    comes before its value; strings (and keys) start and end with '"',
//    arrays with '[' ']', objects with '{' '}';
//  * a string without escapes decodes to its raw content and has_escapes is
//    set exactly when the literal contains a backslash;
//  * source_offset() of every decoded offset 0..size of every string lies
//    inside the string's span (between the quotes, the closing one included)
//    and never decreases as the decoded offset grows;
//  * on error the offset is <= size and the message is not empty;
//  * the offsets in invalid_utf8 increase, each names a byte >= 0x80 inside a
//    string or key literal (between its quotes);
//  * differential: nlohmann::json::accept() agrees with success/failure,
//    except for the cases listed at `differential_applies` and
//    `has_overflowing_number`. Bytes that parse_json reports in invalid_utf8
//    are replaced by '?' before nlohmann sees the text: the reader keeps
//    invalid UTF-8 inside strings on purpose (grammar/json.hpp) where RFC 8259
//    section 8.1 and nlohmann reject it. So nlohmann must then accept, which
//    also proves the list complete (a byte left out is still invalid UTF-8)
//    and exact (a byte of a well-formed sequence, replaced, breaks it).
#include "ast/json.hpp"
#include "parse/json_reader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using scopelint::JsonKind;
using scopelint::JsonValue;
using scopelint::Span;

[[noreturn]] void fail(const char* what, std::uint32_t offset = 0) {
    std::fprintf(stderr, "fuzz_json: invariant violated: %s (offset %u)\n", what, offset);
    std::abort();
}

void check(bool ok, const char* what, std::uint32_t offset = 0) {
    if (!ok) fail(what, offset);
}

// Decoded offsets of long strings with escapes are sampled: source_offset()
// walks the literal from its start, so checking every offset would be
// quadratic in the string's length.
constexpr std::size_t all_offsets_up_to = 2048;
constexpr std::size_t sampled_offsets = 512;

void check_string_literal(std::string_view text, Span span, const char* what) {
    check(span.size() >= 2, what, span.begin);
    check(text[span.begin] == '"' && text[span.end - 1] == '"', what, span.begin);
}

void check_string(std::string_view text, const JsonValue& value) {
    check_string_literal(text, value.span, "string span does not start and end with '\"'");
    const std::string_view raw = text.substr(value.span.begin + 1, value.span.size() - 2);
    check(value.has_escapes == (raw.find('\\') != std::string_view::npos), "has_escapes disagrees with the literal",
          value.span.begin);
    if (!value.has_escapes) check(value.text == raw, "string without escapes is not its raw content", value.span.begin);

    const auto size = static_cast<std::uint32_t>(value.text.size());
    const std::uint32_t step =
        size <= all_offsets_up_to ? 1U : static_cast<std::uint32_t>(size / sampled_offsets);
    std::uint32_t previous = value.span.begin + 1;
    for (std::uint32_t decoded = 0;; decoded = (size - decoded < step) ? size : decoded + step) {
        const std::uint32_t at = scopelint::source_offset(value, text, decoded);
        check(at >= value.span.begin + 1 && at <= value.span.end - 1, "source_offset outside the string's span",
              value.span.begin);
        check(at >= previous, "source_offset decreases", value.span.begin);
        previous = at;
        if (decoded == size) break;
    }
}

// String and key literals in document order, for the invalid_utf8 check.
using Literals = std::vector<Span>;

void check_value(std::string_view text, const JsonValue& value, Span parent, Literals& literals) {
    const auto size = static_cast<std::uint32_t>(text.size());
    check(value.span.begin < value.span.end, "empty value span", value.span.begin);
    check(value.span.end <= size, "value span past the end of the text", value.span.begin);
    check(parent.contains(value.span), "value span outside its parent", value.span.begin);
    switch (value.kind) {
        case JsonKind::string:
            check_string(text, value);
            literals.push_back(value.span);
            break;
        case JsonKind::array: {
            check(text[value.span.begin] == '[' && text[value.span.end - 1] == ']', "array span is not [...]",
                  value.span.begin);
            check(value.members.empty(), "array with members", value.span.begin);
            const Span inside{value.span.begin + 1, value.span.end - 1};
            std::uint32_t after = inside.begin;
            for (const JsonValue& element : value.elements) {
                check(element.span.begin >= after, "array elements overlap or are out of order", element.span.begin);
                check_value(text, element, inside, literals);
                after = element.span.end;
            }
            break;
        }
        case JsonKind::object: {
            check(text[value.span.begin] == '{' && text[value.span.end - 1] == '}', "object span is not {...}",
                  value.span.begin);
            check(value.elements.empty(), "object with elements", value.span.begin);
            const Span inside{value.span.begin + 1, value.span.end - 1};
            std::uint32_t after = inside.begin;
            for (const auto& member : value.members) {
                check(inside.contains(member.key_span), "key span outside its object", member.key_span.begin);
                check(member.key_span.begin >= after, "members overlap or are out of order", member.key_span.begin);
                check_string_literal(text, member.key_span, "key span does not start and end with '\"'");
                literals.push_back(member.key_span);
                check(member.value.span.begin >= member.key_span.end, "member value before its key",
                      member.key_span.begin);
                check_value(text, member.value, inside, literals);
                after = member.value.span.end;
            }
            break;
        }
        case JsonKind::null:
        case JsonKind::boolean:
        case JsonKind::number:
            check(value.elements.empty() && value.members.empty(), "scalar with children", value.span.begin);
            break;
    }
}

// Deepest bracket nesting outside strings; a rough count for malformed text,
// used only to decide whether the differential check applies.
std::size_t naive_depth(std::string_view text) {
    std::size_t depth = 0;
    std::size_t deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

// Where nlohmann::json::accept (3.11) and RFC 8259 part ways for reasons that
// are not bugs of ours, the differential check is skipped:
//  * a leading UTF-8 BOM: parse_json skips one by design (its header says
//    so). nlohmann 3.11 happens to skip one too, but that is its input
//    adapter's policy rather than the RFC's (section 8.1: parsers MAY ignore
//    it), so BOM input is not part of the contract compared here;
//  * nesting deeper than 500: parse_json rejects depth > 512 (JsonLimits) on
//    purpose, nlohmann has no limit;
//  * a NUL byte: nlohmann's lexer treats '\0' outside a string as the end of
//    the input (for C strings), so it accepts "[1]\0garbage"; RFC 8259 has no
//    such rule and parse_json reports trailing data.
bool differential_applies(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) return false;
    if (text.find('\0') != std::string_view::npos) return false;
    return naive_depth(text) <= 500;
}

// nlohmann rejects a number whose value overflows a double ("1e400": error
// 406, number overflow), which RFC 8259 section 6 allows as a limit of the
// implementation; parse_json keeps number literals as text and accepts them.
bool has_overflowing_number(const JsonValue& value) {
    if (value.kind == JsonKind::number) return std::isinf(std::strtod(value.text.c_str(), nullptr));
    for (const JsonValue& element : value.elements)
        if (has_overflowing_number(element)) return true;
    for (const auto& member : value.members)
        if (has_overflowing_number(member.value)) return true;
    return false;
}

void check_invalid_utf8(std::string_view text, const std::vector<std::uint32_t>& offsets, const Literals& literals) {
    std::size_t literal = 0;
    std::uint32_t previous = 0;
    for (std::size_t i = 0; i < offsets.size(); ++i) {
        const std::uint32_t at = offsets[i];
        check(i == 0 || at > previous, "invalid_utf8 offsets do not increase", at);
        check(at < text.size() && static_cast<unsigned char>(text[at]) >= 0x80, "invalid_utf8 names an ASCII byte", at);
        while (literal < literals.size() && literals[literal].end <= at) ++literal;
        check(literal < literals.size() && literals[literal].begin < at && at + 1 < literals[literal].end,
              "invalid_utf8 names a byte outside every string", at);
        previous = at;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const scopelint::JsonParseResult result = scopelint::parse_json(text);
    check(result.root.has_value() != result.error.has_value(), "not exactly one of root and error");

    if (result.error) {
        check(result.error->offset <= size, "error offset past the end of the text", result.error->offset);
        check(!result.error->message.empty(), "error without a message", result.error->offset);
    } else {
        Literals literals;
        check_value(text, *result.root, Span{0, static_cast<std::uint32_t>(size)}, literals);
        check_invalid_utf8(text, result.invalid_utf8, literals);
    }

    if (differential_applies(text)) {
        std::string patched(text);
        for (const std::uint32_t at : result.invalid_utf8) patched[at] = '?';
        const bool theirs = nlohmann::json::accept(patched);
        const bool ours = result.root.has_value();
        if (ours && !theirs && has_overflowing_number(*result.root)) return 0;
        if (ours != theirs) {
            std::fprintf(stderr, "fuzz_json: parse_json %s, nlohmann::json::accept %s%s%s\n",
                         ours ? "accepts" : "rejects", theirs ? "accepts" : "rejects",
                         result.error ? ": " : "", result.error ? result.error->message.c_str() : "");
            fail("differential check against nlohmann::json::accept", result.error ? result.error->offset : 0);
        }
    }
    return 0;
}
