#include "report/report_util.hpp"

#include "util/hash.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace scopelint::report {

namespace {

// ---- UTF-8 -------------------------------------------------------------------

using util::decode_utf8;
using util::Utf8Unit;

unsigned char byte_at(std::string_view text, std::size_t at) { return static_cast<unsigned char>(text[at]); }

bool is_continuation(unsigned char c) { return (c & 0xC0U) == 0x80U; }

// ---- terminal rendering --------------------------------------------------------

constexpr std::uint32_t tab_stop = 4;

bool is_bidi_control(char32_t cp) {
    return (cp >= 0x202AU && cp <= 0x202EU) || (cp >= 0x2066U && cp <= 0x2069U);
}

// C0 (bar tab, which callers handle), DEL, C1 and bidi controls: what can move
// the cursor, start an escape sequence or reorder what the reader sees.
bool must_escape(char32_t cp) {
    return (cp < 0x20U && cp != U'\t') || cp == 0x7FU || (cp >= 0x80U && cp <= 0x9FU) || is_bidi_control(cp);
}

std::string escaped_code_point(char32_t cp) {
    if (cp < 0x80U) return fmt::format("\\x{:02x}", static_cast<std::uint32_t>(cp));
    return fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp));
}

enum class Tabs : std::uint8_t { keep, expand };

struct Rendered {
    std::string text;
    std::uint32_t width = 0;  // display columns
};

// One character (or one invalid byte) as the terminal will show it.
Rendered render_unit(std::string_view bytes, std::size_t at, const Utf8Unit& unit, std::uint32_t column, Tabs tabs) {
    if (!unit.valid) return {fmt::format("\\x{:02x}", byte_at(bytes, at)), 4};
    if (unit.code_point == U'\t' && tabs == Tabs::expand) {
        const std::uint32_t spaces = tab_stop - column % tab_stop;
        return {std::string(spaces, ' '), spaces};
    }
    if (must_escape(unit.code_point)) {
        std::string escape = escaped_code_point(unit.code_point);
        const auto width = static_cast<std::uint32_t>(escape.size());
        return {std::move(escape), width};
    }
    return {std::string(bytes.substr(at, unit.size)), 1};
}

// Renders bytes for a terminal. `columns`, when given, receives for every
// byte offset (and one past the end) the display column where the character
// holding that byte starts, so underlines follow escapes and tab expansion.
// Characters starting inside any of `masks` (offsets into `bytes`) are printed as '*'.
bool is_masked(std::span<const Span> masks, std::size_t at) {
    return std::any_of(masks.begin(), masks.end(), [&](const Span& m) { return at >= m.begin && at < m.end; });
}

std::string render_for_terminal(std::string_view bytes, Tabs tabs, std::span<const Span> masks,
                                std::vector<std::uint32_t>* columns) {
    std::string out;
    out.reserve(bytes.size());
    std::uint32_t column = 0;
    if (columns != nullptr) columns->assign(bytes.size() + 1, 0);
    for (std::size_t at = 0; at < bytes.size();) {
        // Printable ASCII, nearly all of any manifest, is shown as it is.
        if (const unsigned char c = byte_at(bytes, at); c >= 0x20U && c < 0x7FU && !is_masked(masks, at)) {
            if (columns != nullptr) (*columns)[at] = column;
            out += static_cast<char>(c);
            ++column;
            ++at;
            continue;
        }
        const Utf8Unit unit = decode_utf8(bytes, at);
        if (columns != nullptr) std::fill_n(columns->begin() + static_cast<std::ptrdiff_t>(at), unit.size, column);
        const bool masked = is_masked(masks, at);
        const Rendered rendered = masked ? Rendered{"*", 1} : render_unit(bytes, at, unit, column, tabs);
        out += rendered.text;
        column += rendered.width;
        at += unit.size;
    }
    if (columns != nullptr) columns->back() = column;
    return out;
}

// ---- URIs ----------------------------------------------------------------------

bool is_unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

// Display paths use the platform's separator; URIs always use '/'.
std::string with_forward_slashes(std::string_view path) {
    std::string generic(path);
    if constexpr (std::filesystem::path::preferred_separator != '/') {
        std::replace(generic.begin(), generic.end(), '\\', '/');
    }
    return generic;
}

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// "C:/..." is absolute wherever scopelint runs, so logs do not depend on the
// platform that wrote them.
bool has_drive_letter(std::string_view path) {
    return path.size() >= 3 && is_ascii_letter(path[0]) && path[1] == ':' && path[2] == '/';
}

std::string_view without_dot_slashes(std::string_view path) {
    while (path.starts_with("./")) {
        path.remove_prefix(2);
        while (path.starts_with('/')) path.remove_prefix(1);
    }
    return path;
}

// ---- fingerprints ----------------------------------------------------------------

bool is_ascii_whitespace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

unsigned char ascii_lower(unsigned char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

constexpr unsigned char field_separator = 0;


}  // namespace

// ---- rules and help ------------------------------------------------------------

const RuleMeta* find_rule(std::span<const RuleMeta> rules, std::string_view id) {
    const auto it = std::find_if(rules.begin(), rules.end(), [id](const RuleMeta& rule) { return rule.id == id; });
    return it == rules.end() ? nullptr : &*it;
}

std::string_view effective_help(const Finding& finding, std::span<const RuleMeta> rules) {
    if (!finding.help.empty()) return finding.help;
    const RuleMeta* rule = find_rule(rules, finding.rule);
    return rule == nullptr ? std::string_view{} : rule->help;
}

std::string_view display_path(const Finding& finding, const SourceFile& source) {
    return finding.path.empty() ? std::string_view(source.path) : std::string_view(finding.path);
}

std::string_view related_path(const RelatedLocation& related, std::string_view finding_path) {
    return related.path.empty() ? finding_path : std::string_view(related.path);
}

const SourceFile* related_source(const SourceFile& source, std::string_view finding_path,
                                 const RelatedLocation& related, const SourceLookup& lookup) {
    const std::string_view path = related_path(related, finding_path);
    if (path == finding_path || path == source.path) return &source;
    return lookup ? lookup(path) : nullptr;
}

Span clamp_span(const SourceFile& source, Span span) {
    const auto size = static_cast<std::uint32_t>(source.text.size());
    const std::uint32_t begin = std::min(span.begin, size);
    return {begin, std::clamp(span.end, begin, size)};
}

// ---- terminal output -------------------------------------------------------------

std::string escape_for_terminal(std::string_view text) {
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x20U && static_cast<unsigned char>(c) < 0x7FU;
    });
    if (plain) return std::string(text);
    return render_for_terminal(text, Tabs::keep, {}, nullptr);
}

namespace {

// Lines longer than this (minified JSON, a hostile one-line file) are cut to a
// window around the finding, marked with '…' where text was left out.
constexpr std::size_t snippet_window = 160;
constexpr std::size_t snippet_context_before = 60;

// The start of the character that byte `at` belongs to. Only a well-formed
// sequence moves it back: stray continuation bytes are characters of their own.
std::size_t utf8_boundary_at_or_before(std::string_view text, std::size_t at) {
    if (at >= text.size()) return at;
    std::size_t lead = at;
    for (std::size_t back = 0; back < 3 && lead > 0 && is_continuation(static_cast<unsigned char>(text[lead])); ++back) --lead;
    const Utf8Unit unit = decode_utf8(text, lead);
    return (unit.valid && lead + unit.size > at) ? lead : at;
}

}  // namespace

SnippetLine render_snippet_line(const SourceFile& source, Span span, std::span<const Span> secrets) {
    span = clamp_span(source, span);
    const Span line = source.lines.line_span(source.text, source.lines.line_of(span.begin));
    std::string_view line_text = source.slice(line);
    // The span may start in the line ending and may run on to later lines:
    // only the part on this line is underlined.
    std::size_t first = std::min<std::size_t>(span.begin - line.begin, line_text.size());
    std::size_t last = std::max<std::size_t>(first, std::min(span.end, line.end) - line.begin);
    std::size_t cut_begin = 0;
    bool cut_end = false;
    if (line_text.size() > snippet_window) {
        cut_begin = utf8_boundary_at_or_before(line_text, first > snippet_context_before ? first - snippet_context_before : 0);
        const std::size_t cut_to = utf8_boundary_at_or_before(line_text, std::min(line_text.size(), cut_begin + snippet_window));
        cut_end = cut_to < line_text.size();
        line_text = line_text.substr(cut_begin, cut_to - cut_begin);
        first -= cut_begin;
        last = std::min(last - cut_begin, line_text.size());
    }
    // Secrets anywhere on the shown part of the line, not only this finding's.
    const std::size_t shown_begin = line.begin + cut_begin;
    std::vector<Span> masks;
    for (const Span& secret : secrets) {
        const std::size_t begin = std::max<std::size_t>(secret.begin, shown_begin);
        const std::size_t end = std::min<std::size_t>(secret.end, shown_begin + line_text.size());
        if (begin < end)
            masks.push_back({static_cast<std::uint32_t>(begin - shown_begin), static_cast<std::uint32_t>(end - shown_begin)});
    }
    std::vector<std::uint32_t> columns;
    SnippetLine snippet;
    const std::uint32_t lead = cut_begin > 0 ? 1 : 0;  // "…" takes one column
    snippet.text = std::string(lead ? "…" : "") + render_for_terminal(line_text, Tabs::expand, masks, &columns) +
                   (cut_end ? "…" : "");
    snippet.caret_column = columns[first] + lead;
    snippet.caret_count = std::max<std::uint32_t>(1, columns[last] - columns[first]);
    return snippet;
}

// ---- URIs ------------------------------------------------------------------------

std::string percent_encode_path(std::string_view path) {
    std::string out;
    out.reserve(path.size());
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if (is_unreserved(byte) || byte == '/') {
            out += c;
        } else {
            out += fmt::format("%{:02X}", byte);
        }
    }
    return out;
}

ArtifactUri artifact_uri(std::string_view path) {
    const std::string generic = with_forward_slashes(path);
    const std::string_view view = generic;
    if (has_drive_letter(view)) return {"file:///" + std::string(view.substr(0, 2)) + percent_encode_path(view.substr(2)), false};
    if (view.starts_with("//")) return {"file:" + percent_encode_path(view), false};
    if (view.starts_with('/')) return {"file://" + percent_encode_path(view), false};
    const std::string_view relative = without_dot_slashes(view);
    return {relative.empty() ? std::string(".") : percent_encode_path(relative), true};
}

// ---- fingerprints ----------------------------------------------------------------

std::vector<Span> secret_spans(std::span<const Finding> findings) {
    std::vector<Span> secrets;
    for (const Finding& finding : findings)
        if (finding.redact) secrets.push_back(finding.span);
    return secrets;
}

bool touches_secret(Span span, std::span<const Span> secrets) {
    return std::any_of(secrets.begin(), secrets.end(),
                       [&](const Span& s) { return s.begin < std::max(span.end, span.begin + 1) && span.begin < s.end; });
}

std::string line_hash(const SourceFile& source, const Finding& finding, std::span<const Span> secrets) {
    const Span span = clamp_span(source, finding.span);
    const Span line = source.lines.line_span(source.text, source.lines.line_of(span.begin));
    Fnv1a64 hash;
    for (std::uint32_t at = line.begin; at < line.end; ++at) {
        const auto c = static_cast<unsigned char>(source.text[at]);
        const bool secret = touches_secret({at, at + 1}, secrets);
        if (secret) {
            if (!is_continuation(c)) hash.update(static_cast<unsigned char>('*'));
        } else if (!is_ascii_whitespace(c)) {
            hash.update(c);
        }
    }
    return to_hex64(hash.value());
}

std::string finding_hash(const Finding& finding, std::string_view path) {
    Fnv1a64 hash;
    hash.update(finding.rule).update(field_separator);
    hash.update(path).update(field_separator);
    hash.update(finding.pointer).update(field_separator);
    if (!finding.redact) {
        for (const char c : finding.scope) hash.update(ascii_lower(static_cast<unsigned char>(c)));
    }
    return to_hex64(hash.value());
}

std::string OccurrenceCounter::tag(const std::string& hash) {
    return hash + ":" + std::to_string(++seen_[hash]);
}

std::vector<std::string> scopelint_fingerprints(const SourceFile& source, std::span<const Finding> findings) {
    OccurrenceCounter counter;
    std::vector<std::string> fingerprints;
    fingerprints.reserve(findings.size());
    for (const Finding& finding : findings) {
        fingerprints.push_back(counter.tag(finding_hash(finding, display_path(finding, source))));
    }
    return fingerprints;
}

// ---- streamed JSON ---------------------------------------------------------------

std::string dump_json(const nlohmann::ordered_json& value) {
    return value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

StreamedJsonArray::Split StreamedJsonArray::split(const nlohmann::ordered_json& skeleton) const {
    const std::string text = dump_json(skeleton);
    const std::string marker = "\"" + key_ + "\": []";
    // The marker counts only as a key at the start of a line: string values
    // cannot fake that, since their quotes are escaped.
    for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + 1)) {
        const std::size_t line_start = text.rfind('\n', at);
        if (line_start == std::string::npos) continue;
        const std::size_t indent = at - line_start - 1;
        if (text.find_first_not_of(' ', line_start + 1) != at) continue;
        const std::size_t bracket = at + marker.size() - 1;
        return {text.substr(0, bracket), text.substr(bracket), indent};
    }
    throw std::logic_error("streamed JSON skeleton has no empty array \"" + key_ + "\"");
}

void StreamedJsonArray::begin(std::ostream& out, const nlohmann::ordered_json& skeleton) {
    const Split parts = split(skeleton);
    key_indent_ = parts.key_indent;
    has_elements_ = false;
    out << parts.head;
}

void StreamedJsonArray::write(std::ostream& out, std::string_view rendered) {
    if (rendered.empty()) return;
    out << (has_elements_ ? ",\n" : "\n") << rendered;
    has_elements_ = true;
}

void StreamedJsonArray::end(std::ostream& out, const nlohmann::ordered_json& skeleton) {
    if (has_elements_) out << '\n' << std::string(key_indent_, ' ');
    out << split(skeleton).tail << '\n';
}

}  // namespace scopelint::report
