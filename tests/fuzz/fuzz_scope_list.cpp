// libFuzzer target: bytes as a scope list, the way `scopelint check` gets it.
//  1. parse_scope_list (src/parse/scope_list_parser.hpp) with the zoho provider;
//  2. read_scope_list_source + lint (src/parse/scope_list_reader.hpp,
//     src/engine/engine.hpp) with the built-in default policy. The declared
//     access (unspecified, read-only, read-write) is picked from the input's
//     length so that all three reach the rules over a corpus.
//
// Invariants (abort on violation):
//  * items are non-empty, in order, non-overlapping and within the text;
//    separator issues lie within the text;
//  * an item's syntax error starts inside the item and ends within it;
//  * every finding's span (and every related span in the same file) lies
//    inside the input with begin <= end;
//  * SourceFile::position() of each such begin and end equals a naive recount
//    from the start of the text (see naive_positions).
#include "ast/source.hpp"
#include "engine/engine.hpp"
#include "parse/policy_reader.hpp"
#include "parse/scope_list_parser.hpp"
#include "parse/scope_list_reader.hpp"
#include "provider/provider.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using scopelint::Position;
using scopelint::Span;

[[noreturn]] void fail(const char* what, std::uint32_t offset = 0) {
    std::fprintf(stderr, "fuzz_scope_list: invariant violated: %s (offset %u)\n", what, offset);
    std::abort();
}

void check(bool ok, const char* what, std::uint32_t offset = 0) {
    if (!ok) fail(what, offset);
}

// ---- naive positions (kept independent of LineIndex and util::decode_utf8) ----
// The same helper is in fuzz_policy.cpp; the harnesses stay one file each.

// Length of the well-formed UTF-8 sequence at t[i] (Unicode table 3-7), 0 if none.
std::size_t utf8_sequence_length(std::string_view t, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(t[i + k]); };
    const auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
        return i + k < t.size() && byte(k) >= lo && byte(k) <= hi;
    };
    const unsigned b0 = byte(0);
    if (b0 < 0x80) return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
    if (b0 == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (b0 >= 0xE1 && b0 <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
    if (b0 == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

// The position of every offset 0..size, by walking the text once from its
// start: "\n", "\r\n" and a lone "\r" end a line (the '\r' of a "\r\n" is
// still on the line it ends, as editors show it); columns count bytes, code
// points (an invalid byte is one) and UTF-16 units (2 for a 4-byte sequence).
// An offset inside a character sees the text cut there: each of the cut
// sequence's bytes counts as one invalid character. A leading UTF-8 BOM is
// not part of line 1 (src/ast/source.hpp): offsets 0-3 are all 1:1.
std::vector<Position> naive_positions(std::string_view t) {
    std::vector<Position> table(t.size() + 1);
    std::uint32_t line = 1;
    const std::size_t bom = t.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    std::size_t line_start = bom;
    std::uint32_t chars = 1;
    std::uint32_t units = 1;
    std::size_t i = bom;  // table[0..bom) stay 1:1
    while (i < t.size()) {
        std::size_t length = utf8_sequence_length(t, i);
        if (length == 0) length = 1;
        for (std::size_t k = 0; k < length; ++k) {
            const auto cut = static_cast<std::uint32_t>(k);
            table[i + k] = Position{line, static_cast<std::uint32_t>(i + k - line_start + 1), chars + cut, units + cut};
        }
        const char c = t[i];
        i += length;
        if (c == '\n' || (c == '\r' && (i >= t.size() || t[i] != '\n'))) {
            ++line;
            line_start = i;
            chars = 1;
            units = 1;
        } else {
            ++chars;
            units += length == 4 ? 2 : 1;
        }
    }
    table[t.size()] = Position{line, static_cast<std::uint32_t>(t.size() - line_start + 1), chars, units};
    return table;
}

// ----------------------------------------------------------------------------------

const scopelint::Provider& zoho() {
    static const scopelint::Provider* provider = scopelint::find_provider("zoho");
    if (provider == nullptr) fail("no zoho provider");
    return *provider;
}

void check_parsed_list(std::string_view text) {
    const auto size = static_cast<std::uint32_t>(text.size());
    const scopelint::ParsedScopeList list = scopelint::parse_scope_list(text, zoho());
    std::uint32_t after = 0;
    for (const auto& item : list.items) {
        check(item.span.begin < item.span.end, "empty item", item.span.begin);
        check(item.span.begin >= after, "items overlap or are out of order", item.span.begin);
        check(item.span.end <= size, "item past the end of the text", item.span.begin);
        after = item.span.end;
        if (item.syntax) {
            const std::uint64_t end = std::uint64_t{item.syntax->offset} + item.syntax->length;
            check(item.syntax->offset < item.span.size(), "syntax error offset outside the item", item.span.begin);
            check(end <= item.span.size(), "syntax error runs past the item", item.span.begin);
            check(!item.syntax->message.empty(), "syntax error without a message", item.span.begin);
        }
    }
    for (const auto& issue : list.issues) {
        check(issue.span.begin <= issue.span.end && issue.span.end <= size, "separator issue outside the text",
              issue.span.begin);
    }
}

void check_position(const scopelint::SourceFile& source, const std::vector<Position>& naive, std::uint32_t offset) {
    const Position got = source.position(offset);
    const Position& want = naive[offset];
    if (got == want) return;
    std::fprintf(stderr, "fuzz_scope_list: position(%u) = %u:%u (char %u, utf16 %u), naive recount %u:%u (char %u, utf16 %u)\n",
                 offset, got.line, got.byte_column, got.char_column, got.utf16_column, want.line, want.byte_column,
                 want.char_column, want.utf16_column);
    fail("SourceFile::position disagrees with a naive recount", offset);
}

void check_span(std::size_t size, Span span, std::vector<std::uint32_t>& offsets) {
    check(span.begin <= span.end, "finding span ends before it begins", span.begin);
    check(span.end <= size, "finding span past the end of the input", span.begin);
    offsets.push_back(span.begin);
    offsets.push_back(span.end);
}

void check_lint(std::string_view text) {
    const scopelint::SourceFile source("<argument>", std::string(text));
    scopelint::ScopeListOptions options;
    options.provider = &zoho();
    options.access = static_cast<scopelint::DeclaredAccess>(text.size() % 3);
    scopelint::ReadResult read = scopelint::read_scope_list_source(source, options);
    check(read.recognized && !read.manifests.empty(), "a scope list is always a manifest");
    const scopelint::LintRequest request{source.path, "", &read.manifests.front(), &scopelint::default_policy()};
    const std::vector<scopelint::Finding> findings = scopelint::lint(request, std::move(read.findings));

    // Each distinct offset once: position() walks its line from the start.
    std::vector<std::uint32_t> offsets;
    for (const auto& finding : findings) {
        check(finding.path == source.path, "finding about another file", finding.span.begin);
        check_span(text.size(), finding.span, offsets);
        for (const auto& related : finding.related) {
            if (!related.path.empty() && related.path != source.path) continue;  // the policy file, say
            check_span(text.size(), related.span, offsets);
        }
    }
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    if (offsets.empty()) return;
    const std::vector<Position> naive = naive_positions(text);
    for (const std::uint32_t offset : offsets) check_position(source, naive, offset);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check_parsed_list(text);
    check_lint(text);
    return 0;
}
