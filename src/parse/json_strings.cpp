#include "parse/json_strings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

namespace scopelint {
namespace {

// A string literal or key without its quotes: findings about text point at the text.
Span inner(Span quoted) { return quoted.size() >= 2 ? Span{quoted.begin + 1, quoted.end - 1} : quoted; }

}  // namespace

void collect_json_strings(const JsonValue& value, std::string_view key, std::uint32_t path, AppManifest& app) {
    if (value.is(JsonKind::string)) {
        app.strings.push_back({key, value.text, inner(value.span), path, false, value.has_escapes});
    } else if (value.is(JsonKind::array)) {
        for (std::size_t i = 0; i < value.elements.size(); ++i)
            collect_json_strings(value.elements[i], key, app.paths.add_index(path, static_cast<std::uint32_t>(i)), app);
    } else if (value.is(JsonKind::object)) {
        for (const auto& member : value.members) {
            const auto member_path = app.paths.add_key(path, member.key);
            const auto key_span = inner(member.key_span);
            // Keys have no escape flag of their own: compare lengths instead.
            const bool escaped = key_span.size() != member.key.size();
            app.strings.push_back({key, member.key, key_span, member_path, true, escaped});
            collect_json_strings(member.value, member.key, member_path, app);
        }
    }
}

void report_invalid_json_utf8(const SourceFile& source, const std::vector<std::uint32_t>& offsets,
                              std::vector<Finding>& findings) {
    for (std::size_t i = 0; i < offsets.size();) {
        std::size_t j = i + 1;
        while (j < offsets.size() && offsets[j] == offsets[j - 1] + 1) ++j;
        const Span span{offsets[i], offsets[j - 1] + 1};
        std::string bytes;
        for (std::size_t k = i; k < j && k < i + 4; ++k)
            bytes += fmt::format("{}0x{:02X}", k == i ? "" : " ", static_cast<unsigned char>(source.text[offsets[k]]));
        if (j - i > 4) bytes += " …";
        findings.push_back(make_finding("manifest-syntax", Severity::error, source.path, span, {},
                                        fmt::format("invalid UTF-8 in a string (byte{} {}); JSON text must be UTF-8",
                                                    j - i == 1 ? "" : "s", bytes)));
        i = j;
    }
}

Finding invalid_json_finding(const SourceFile& source, const JsonSyntaxError& error) {
    const auto at = error.offset;
    const auto end = std::min<std::uint32_t>(at + 1, static_cast<std::uint32_t>(source.text.size()));
    return make_finding("manifest-syntax", Severity::error, source.path, {at, std::max(at, end)}, {},
                        fmt::format("invalid JSON: {}", error.message));
}

}  // namespace scopelint
