// libFuzzer target: bytes as a policy file -> read_policy (src/parse/policy_reader.hpp).
// A policy that reads is then applied to a fixed manifest (lint), so the
// policy rules and their related locations into the policy file run too.
//
// Invariants (abort on violation):
//  * an error names the file and has a position and a message; its line and
//    columns agree with a naive recount: exactly (at the parse error's
//    offset) for invalid JSON, and for any other error they must name an
//    existing place in the text whose byte, code-point and UTF-16 columns
//    agree with each other (the reader does not expose the offset);
//  * a policy that reads keeps its source, and every span it holds (patterns,
//    app sections, access, allow list, maximum operations) lies inside the
//    input with begin <= end, pattern spans on a quoted string or key;
//  * linting the fixed manifest with it gives findings inside the manifest
//    and related locations inside the file they name (manifest or policy).
#include "ast/source.hpp"
#include "engine/engine.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/json_reader.hpp"
#include "parse/policy_reader.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace {

using scopelint::Position;
using scopelint::Span;

[[noreturn]] void fail(const char* what, std::uint32_t offset = 0) {
    std::fprintf(stderr, "fuzz_policy: invariant violated: %s (offset %u)\n", what, offset);
    std::abort();
}

void check(bool ok, const char* what, std::uint32_t offset = 0) {
    if (!ok) fail(what, offset);
}

// ---- naive positions (kept independent of LineIndex and util::decode_utf8) ----
// The same helper is in fuzz_scope_list.cpp; the harnesses stay one file each.

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

constexpr std::string_view policy_path = "/fuzz/.scopelint.json";
constexpr std::string_view policy_directory = "/fuzz";
constexpr std::string_view manifest_path = "apps/fuzz.connected-app.json";
constexpr std::string_view manifest_absolute = "/fuzz/apps/fuzz.connected-app.json";

// What the fuzzed policy is applied to: read-only, with a justification, and
// scopes that broad, write, deny, allow and max_operation patterns can all hit.
constexpr std::string_view manifest_text = R"({
  "provider": "zoho",
  "name": "crm-tally-sync",
  "access": "read-write",
  "scopes": ["ZohoCRM.modules.ALL", "ZohoCRM.modules.contacts.READ", "ZohoCRM.users.READ",
             "ZohoBooks.fullaccess.all", "ZohoRecruit.modules.candidates.READ", "ZohoCRM.settings.fields.CREATE",
             "ZohoMail.messages.ALL", "ZohoCRM.nosuch.READ", "not a scope"],
  "justifications": {"ZohoCRM.modules.ALL": "sync"}
})";

void check_span(Span span, std::size_t size, const char* what) {
    check(span.begin <= span.end && span.end <= size, what, span.begin);
}

void check_pattern(std::string_view text, const scopelint::PolicyPattern& pattern) {
    check_span(pattern.span, text.size(), "pattern span outside the policy");
    check(pattern.span.size() >= 2 && text[pattern.span.begin] == '"' && text[pattern.span.end - 1] == '"',
          "pattern span is not a quoted string", pattern.span.begin);
}

void check_policy(std::string_view text, const scopelint::Policy& policy) {
    for (const auto& pattern : policy.exclude) check_pattern(text, pattern);
    for (const auto& app : policy.apps) {
        check_span(app.span, text.size(), "app section span outside the policy");
        check(app.match_name || app.match_path, "app section without match", app.span.begin);
        if (app.match_name) check_pattern(text, *app.match_name);
        if (app.match_path) check_pattern(text, *app.match_path);
        check_span(app.access_span, text.size(), "access span outside the policy");
        check_span(app.allow_span, text.size(), "allow span outside the policy");
        if (app.allow)
            for (const auto& pattern : *app.allow) check_pattern(text, pattern);
        for (const auto& pattern : app.deny) check_pattern(text, pattern);
        for (const auto& limit : app.max_operations) {
            check_pattern(text, limit.pattern);
            check_span(limit.span, text.size(), "max_operation value span outside the policy");
        }
    }
}

void check_error(std::string_view text, const scopelint::PolicyError& error) {
    check(error.path == policy_path, "error names another file");
    check(!error.message.empty(), "error without a message");
    check(error.position.has_value(), "error without a position for a file that was read");
    const Position at = *error.position;
    const std::vector<Position> naive = naive_positions(text);
    if (error.message.starts_with("invalid JSON: ")) {
        const auto parsed = scopelint::parse_json(text);
        check(parsed.error.has_value(), "invalid JSON reported for JSON that parses");
        check(parsed.error->offset <= text.size(), "JSON error offset past the end", parsed.error->offset);
        if (naive[parsed.error->offset] == at) return;
    } else if (std::find(naive.begin(), naive.end(), at) != naive.end()) {
        return;
    }
    std::fprintf(stderr, "fuzz_policy: error at %u:%u (char %u, utf16 %u): %s\n", at.line, at.byte_column,
                 at.char_column, at.utf16_column, error.message.c_str());
    fail("error position disagrees with a naive recount");
}

void check_lint(const std::shared_ptr<const scopelint::SourceFile>& policy_source, const scopelint::Policy& policy) {
    static const scopelint::SourceFile manifest{std::string(manifest_path), std::string(manifest_text)};
    scopelint::ReadResult read = scopelint::read_connected_app(manifest, true);
    check(!read.manifests.empty(), "the fixed manifest does not read");
    const scopelint::LintRequest request{manifest.path, manifest_absolute, &read.manifests.front(), &policy};
    const auto findings = scopelint::lint(request, std::move(read.findings));
    for (const auto& finding : findings) {
        check_span(finding.span, manifest.text.size(), "finding outside the manifest");
        for (const auto& related : finding.related) {
            if (related.path.empty() || related.path == manifest.path) {
                check_span(related.span, manifest.text.size(), "related span outside the manifest");
            } else if (related.path == policy_source->path) {
                check_span(related.span, policy_source->text.size(), "related span outside the policy");
                (void)policy_source->position(related.span.begin);
                (void)policy_source->position(related.span.end);
            }
        }
    }
    (void)policy.excludes(manifest_absolute);
    (void)policy.excludes("/elsewhere/x.json");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto source = std::make_shared<const scopelint::SourceFile>(std::string(policy_path), std::string(text));
    auto result = scopelint::read_policy(source, std::string(policy_directory));
    if (const auto* error = std::get_if<scopelint::PolicyError>(&result)) {
        check_error(text, *error);
        (void)error->describe();
        return 0;
    }
    const auto& policy = std::get<scopelint::Policy>(result);
    check(policy.source == source, "policy does not keep its source");
    check_policy(text, policy);
    check_lint(source, policy);
    return 0;
}
