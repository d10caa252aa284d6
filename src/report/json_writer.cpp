#include "report/json_writer.hpp"

#include "util/utf8.hpp"

#include <nlohmann/json.hpp>

#include <charconv>

namespace scopelint::report {
namespace {

bool is_valid_utf8(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        if (static_cast<unsigned char>(text[at]) < 0x80) {
            ++at;
            continue;
        }
        const auto unit = util::decode_utf8(text, at);
        if (!unit.valid) return false;
        at += unit.size;
    }
    return true;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    // nlohmann decides how many U+FFFD an invalid sequence becomes; for the
    // rare invalid string it is asked, so the output stays byte-identical.
    if (!is_valid_utf8(text)) {
        out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;  // start of the bytes not yet copied
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(text.substr(run, i - run));
        run = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out += hex[c >> 4U];
                out += hex[c & 0xFU];
        }
    }
    out.append(text.substr(run));
    out += '"';
}

void JsonWriter::newline(std::size_t depth) {
    out_ += '\n';
    out_.append(indent_ + 2 * depth, ' ');
}

void JsonWriter::before_value() {
    if (open_.empty() || !open_.back().is_array) return;  // top level, or after a key
    if (!open_.back().empty) out_ += ',';
    open_.back().empty = false;
    newline(open_.size());
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    open_.push_back({false, true});
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    open_.push_back({true, true});
    return *this;
}

JsonWriter& JsonWriter::end() {
    const Frame frame = open_.back();
    open_.pop_back();
    if (!frame.empty) newline(open_.size());
    out_ += frame.is_array ? ']' : '}';
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    Frame& frame = open_.back();
    if (!frame.empty) out_ += ',';
    frame.empty = false;
    newline(open_.size());
    append_json_string(out_, name);
    out_ += ": ";
    return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
    before_value();
    append_json_string(out_, text);
    return *this;
}

JsonWriter& JsonWriter::number(std::uint64_t value) {
    before_value();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out_.append(digits, result.ptr);
    return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
    before_value();
    out_ += value ? "true" : "false";
    return *this;
}

}  // namespace scopelint::report
