#include "parse/scope_list_parser.hpp"

#include "grammar/scope_list.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace scopelint {
namespace {

namespace pegtl = tao::pegtl;
namespace g = grammar::scope_list;

enum class Piece { comma, item, whitespace };

struct Event {
    Piece piece;
    Span span;
};

template <typename Rule> struct collect : pegtl::nothing<Rule> {};

template <Piece P> struct record {
    template <typename Input> static void apply(const Input& in, const char* base, std::vector<Event>& events) {
        const auto begin = static_cast<std::uint32_t>(in.begin() - base);
        const auto end = static_cast<std::uint32_t>(in.end() - base);
        if (P == Piece::whitespace && !events.empty() && events.back().piece == Piece::whitespace) {
            events.back().span.end = end;  // one run of whitespace is one separator
            return;
        }
        events.push_back({P, {begin, end}});
    }
};
template <> struct collect<g::comma> : record<Piece::comma> {};
template <> struct collect<g::item> : record<Piece::item> {};
template <> struct collect<g::whitespace> : record<Piece::whitespace> {};

std::vector<Event> tokenize(std::string_view text) {
    std::vector<Event> events;
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data(), text.data() + text.size(), "");
    pegtl::parse<g::list, collect>(in, text.data(), events);  // the list grammar cannot fail
    return events;
}

// RFC 6749 §3.3 allows printable ASCII except space, '"' and '\' in a scope.
// The message names the character (or byte) and the error covers all of it.
std::optional<ScopeSyntaxError> rfc6749_error(std::string_view item) {
    for (std::size_t i = 0; i < item.size(); ++i) {
        const auto c = static_cast<unsigned char>(item[i]);
        if (c >= 0x21 && c <= 0x7E && c != '"' && c != '\\') continue;
        const auto at = static_cast<std::uint32_t>(i);
        if (c == '"' || c == '\\')
            return ScopeSyntaxError{at, 1, fmt::format("character '{}' is not allowed in a scope (RFC 6749 §3.3)",
                                                       static_cast<char>(c))};
        const auto unit = util::decode_utf8(item, i);
        if (!unit.valid) return ScopeSyntaxError{at, 1, fmt::format("byte 0x{:02X} is not valid UTF-8", c)};
        const auto code = static_cast<std::uint32_t>(unit.code_point);
        if (unit.size == 1 || (code >= 0x80 && code <= 0x9F))
            return ScopeSyntaxError{at, unit.size, fmt::format("control character U+{:04X} is not allowed in a scope", code)};
        return ScopeSyntaxError{at, unit.size,
                                fmt::format("character '{}' (U+{:04X}) is not allowed in a scope; RFC 6749 scopes "
                                            "are printable ASCII",
                                            item.substr(i, unit.size), code)};
    }
    return std::nullopt;
}

// Commas with no scope before them: "a,,b", ",a", "a,".
void report_empty_items(const std::vector<Event>& events, std::vector<ListIssue>& issues) {
    const auto first_comma = std::find_if(events.begin(), events.end(), [](const Event& e) { return e.piece == Piece::comma; });
    const bool has_items = std::any_of(events.begin(), events.end(), [](const Event& e) { return e.piece == Piece::item; });
    if (!has_items) {
        // Only separators: one finding says so, not one per comma.
        if (first_comma != events.end()) issues.push_back({first_comma->span, Severity::error, "only ',' and no scope"});
        return;
    }
    bool item_since_comma = false;
    bool seen_comma = false;
    const Event* last_comma = nullptr;
    for (const auto& event : events) {
        if (event.piece == Piece::item) item_since_comma = true;
        if (event.piece != Piece::comma) continue;
        if (!item_since_comma)
            issues.push_back({event.span, Severity::error,
                              seen_comma ? "empty scope between two ','" : "',' with no scope before it"});
        item_since_comma = false;
        seen_comma = true;
        last_comma = &event;
    }
    if (last_comma != nullptr && !item_since_comma)
        issues.push_back({last_comma->span, Severity::error, "trailing ',' with no scope after it"});
}

// What separates consecutive items: a comma somewhere between them, or only whitespace.
struct Separators {
    std::vector<Span> whitespace_only;
    std::size_t commas = 0;
};

Separators classify_separators(const std::vector<Event>& events) {
    Separators result;
    bool after_item = false;
    bool comma_seen = false;
    Span gap;
    for (const auto& event : events) {
        if (event.piece == Piece::item) {
            if (after_item && !comma_seen) result.whitespace_only.push_back(gap);
            after_item = true;
            comma_seen = false;
        } else if (event.piece == Piece::comma) {
            comma_seen = true;
            ++result.commas;
        } else {
            gap = event.span;
        }
    }
    return result;
}

void report_separators(const std::vector<Event>& events, char canonical, std::vector<ListIssue>& issues) {
    const auto separators = classify_separators(events);
    if (canonical == ' ') {
        for (const auto& event : events)
            if (event.piece == Piece::comma) {
                issues.push_back({event.span, Severity::error, "scopes are separated by spaces here, not ','"});
                return;
            }
        return;
    }
    if (separators.whitespace_only.empty()) return;
    const auto count = separators.whitespace_only.size();
    if (separators.commas > 0) {
        issues.push_back({separators.whitespace_only.front(), Severity::error,
                          fmt::format("mixed separators: {} scope{} separated by whitespace where the rest use '{}'",
                                      count, count == 1 ? " is" : "s are", canonical)});
    } else {
        issues.push_back({separators.whitespace_only.front(), Severity::warning,
                          fmt::format("scopes are separated by spaces; this provider documents '{}' as the "
                                      "separator",
                                      canonical)});
    }
}

}  // namespace

ParsedScopeList parse_scope_list(std::string_view text, const Provider& provider, std::size_t max_item_bytes) {
    const auto events = tokenize(text);
    ParsedScopeList result;
    for (const auto& event : events) {
        if (event.piece != Piece::item) continue;
        if (event.span.size() > max_item_bytes) {
            result.items.push_back({event.span, std::nullopt, true});
            continue;
        }
        const auto item = text.substr(event.span.begin, event.span.size());
        auto syntax = rfc6749_error(item);
        if (!syntax && provider.check_scope != nullptr) syntax = provider.check_scope(item);
        result.items.push_back({event.span, std::move(syntax), false});
    }
    report_empty_items(events, result.issues);
    report_separators(events, provider.catalog->list_separator, result.issues);
    return result;
}

}  // namespace scopelint
