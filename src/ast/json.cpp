#include "ast/json.hpp"

#include <algorithm>

namespace scopelint {

std::string_view to_string(JsonKind kind) {
    switch (kind) {
        case JsonKind::null: return "null";
        case JsonKind::boolean: return "boolean";
        case JsonKind::number: return "number";
        case JsonKind::string: return "string";
        case JsonKind::array: return "array";
        case JsonKind::object: return "object";
    }
    return "unknown";
}

const JsonMember* JsonValue::find(std::string_view key) const {
    const auto it = std::find_if(members.begin(), members.end(),
                                 [key](const JsonMember& member) { return member.key == key; });
    return it == members.end() ? nullptr : &*it;
}

namespace {

unsigned hex_digit_value(char c) {
    if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<unsigned>(c - 'A' + 10);
    return 0;
}

unsigned hex_quad_value(std::string_view digits) {
    unsigned value = 0;
    for (const char c : digits.substr(0, 4)) value = (value << 4U) | hex_digit_value(c);
    return value;
}

std::uint32_t utf8_length(unsigned code_point) {
    if (code_point < 0x80U) return 1;
    if (code_point < 0x800U) return 2;
    return 3;  // a lone \u escape never reaches 4 bytes; pairs are handled apart
}

struct EscapeSize {
    std::uint32_t source = 0;   // bytes of the escape in the literal
    std::uint32_t decoded = 0;  // bytes it decodes to
};

// Mirrors how parse/json_reader decodes: a \u high surrogate followed by a
// \u low surrogate is one code point of four UTF-8 bytes.
EscapeSize measure_escape(std::string_view raw) {
    if (raw.size() < 2 || raw[1] != 'u') return {2, 1};
    const unsigned unit = hex_quad_value(raw.substr(2));
    const bool high = unit >= 0xD800U && unit <= 0xDBFFU;
    if (high && raw.size() >= 12 && raw[6] == '\\' && raw[7] == 'u') {
        const unsigned low = hex_quad_value(raw.substr(8));
        if (low >= 0xDC00U && low <= 0xDFFFU) return {12, 4};
    }
    return {6, utf8_length(unit)};
}

}  // namespace

std::uint32_t source_offset(const JsonValue& str, std::string_view source, std::uint32_t decoded_offset) {
    if (str.span.size() < 2) return str.span.begin;  // not a string literal's span
    const std::uint32_t content_begin = str.span.begin + 1;
    const std::uint32_t closing_quote = str.span.end - 1;
    if (decoded_offset >= str.text.size()) return closing_quote;
    if (!str.has_escapes) return content_begin + decoded_offset;
    if (closing_quote > source.size()) return closing_quote;  // not the text it was parsed from

    // Walk the literal, counting decoded bytes, until the escape or plain byte
    // that produces decoded byte `decoded_offset`.
    const std::string_view raw = source.substr(content_begin, closing_quote - content_begin);
    std::uint32_t decoded = 0;
    std::uint32_t i = 0;
    while (i < raw.size()) {
        if (raw[i] != '\\') {
            if (decoded == decoded_offset) return content_begin + i;
            ++decoded;
            ++i;
            continue;
        }
        const EscapeSize escape = measure_escape(raw.substr(i));
        if (decoded_offset < decoded + escape.decoded) return content_begin + i;
        decoded += escape.decoded;
        i += escape.source;
    }
    return closing_quote;
}

std::string json_pointer_token(std::string_view key) {
    std::string token;
    token.reserve(key.size());
    for (const char c : key) {
        if (c == '~') {
            token += "~0";
        } else if (c == '/') {
            token += "~1";
        } else {
            token += c;
        }
    }
    return token;
}

}  // namespace scopelint
