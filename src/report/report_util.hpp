#pragma once
// Pieces the three reporters share: the help a finding shows, safe terminal
// rendering, artifact URIs, fingerprints and streamed JSON documents.
// Internal to src/report; nothing here is a public contract except where the
// docs (docs/json-output.md, docs/sarif.md) say so.
#include "ast/source.hpp"
#include "engine/finding.hpp"
#include "engine/rule_meta.hpp"
#include "report/reporter.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace scopelint::report {

// ---- rules and help ------------------------------------------------------

[[nodiscard]] const RuleMeta* find_rule(std::span<const RuleMeta> rules, std::string_view id);

// The finding's own fix, else its rule's generic one, else empty.
[[nodiscard]] std::string_view effective_help(const Finding& finding, std::span<const RuleMeta> rules);

// The finding's path, or the source's when a rule left it empty.
[[nodiscard]] std::string_view display_path(const Finding& finding, const SourceFile& source);

// Where a related location is: its own path, or the finding's when empty.
[[nodiscard]] std::string_view related_path(const RelatedLocation& related, std::string_view finding_path);

// The source a related location points into: the finding's own source, one
// the lookup knows, or nullptr when that file was not read in this run.
[[nodiscard]] const SourceFile* related_source(const SourceFile& source, std::string_view finding_path,
                                               const RelatedLocation& related, const SourceLookup& lookup);

// A span cut down to the text, so a bad span can never read out of bounds.
[[nodiscard]] Span clamp_span(const SourceFile& source, Span span);

// ---- terminal output -------------------------------------------------------

// Paths and messages: control characters, bidi controls and invalid UTF-8 are
// written as \x1b, \u202e, \xff so a hostile file cannot drive the terminal.
[[nodiscard]] std::string escape_for_terminal(std::string_view text);

// One source line as the text reporter prints it, with where the carets go.
struct SnippetLine {
    std::string text;              // escaped, tabs expanded, secret masked
    std::uint32_t caret_column = 0;  // 0-based display column of the first caret
    std::uint32_t caret_count = 1;   // at least one
};

// The first line of `span` (clamped to the source), escaped like
// escape_for_terminal, tabs expanded to 4-column stops, and when `redact`
// every character of the span replaced by '*'.
// `secrets`: every redacted span of the file; any part of them on the line is masked,
// whichever finding the line is shown for.
[[nodiscard]] SnippetLine render_snippet_line(const SourceFile& source, Span span, std::span<const Span> secrets);

// The spans of a file that hold secrets (the redacted findings' spans).
[[nodiscard]] std::vector<Span> secret_spans(std::span<const Finding> findings);
[[nodiscard]] bool touches_secret(Span span, std::span<const Span> secrets);

// ---- URIs ------------------------------------------------------------------

// RFC 3986 percent-encoding that keeps unreserved characters and '/'.
[[nodiscard]] std::string percent_encode_path(std::string_view path);

struct ArtifactUri {
    std::string uri;
    bool relative = true;  // relative to %SRCROOT% (else a file:// URI)
};

[[nodiscard]] ArtifactUri artifact_uri(std::string_view path);

// ---- fingerprints ----------------------------------------------------------

// Hex FNV-1a-64 of the finding's first source line with ASCII whitespace
// removed (the span masked when it holds a secret). No line number goes in,
// so moving a block keeps it.
[[nodiscard]] std::string line_hash(const SourceFile& source, const Finding& finding, std::span<const Span> secrets);

// Hex FNV-1a-64 of rule "\0" path "\0" pointer "\0" lower-case scope (the
// scope left out when the finding is redacted). `path` is the display path.
[[nodiscard]] std::string finding_hash(const Finding& finding, std::string_view path);

// Turns a hash into "hash:N", N counting that hash within one file, so two
// findings with equal hashes still get distinct fingerprints.
class OccurrenceCounter {
public:
    [[nodiscard]] std::string tag(const std::string& hash);

private:
    std::unordered_map<std::string, std::uint32_t> seen_;
};

// The `scopelint/v1` fingerprints of one file's findings, in order.
[[nodiscard]] std::vector<std::string> scopelint_fingerprints(const SourceFile& source,
                                                              std::span<const Finding> findings);

// ---- streamed JSON ---------------------------------------------------------

// nlohmann's dump(2), never throwing on invalid UTF-8 (replaced by U+FFFD).
[[nodiscard]] std::string dump_json(const nlohmann::ordered_json& value);

// Writes a JSON document one array element at a time, byte for byte what
// dump_json of the finished document would give. The document is passed as a
// skeleton in which the streamed array is empty ("key": []); begin() writes
// everything before the array's elements, end() everything after them, so
// the run never holds all findings in memory.
class StreamedJsonArray {
public:
    explicit StreamedJsonArray(std::string key) : key_(std::move(key)) {}
    void begin(std::ostream& out, const nlohmann::ordered_json& skeleton);
    // The column elements start at. A reporter renders a file's elements
    // (each indented by this, joined by ",\n", no separator before the first)
    // on any thread after begin(), and writes them with write() in order.
    [[nodiscard]] std::size_t element_indent() const { return key_indent_ + 2; }
    // Writes a rendered part (nothing for an empty one).
    void write(std::ostream& out, std::string_view rendered);
    void end(std::ostream& out, const nlohmann::ordered_json& skeleton);

private:
    struct Split {
        std::string head;  // up to and including the '['
        std::string tail;  // from the ']' on
        std::size_t key_indent = 0;
    };
    [[nodiscard]] Split split(const nlohmann::ordered_json& skeleton) const;

    std::string key_;
    std::size_t key_indent_ = 0;
    bool has_elements_ = false;
};

}  // namespace scopelint::report
