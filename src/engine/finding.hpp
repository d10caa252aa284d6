#pragma once
// What a rule reports. Rules fill in *what* and *where* (a span into the source);
// the engine applies the policy's severity overrides; reporters turn spans into
// lines and columns. One shape for every provider and every output format.
#include "ast/span.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

enum class Severity : std::uint8_t { note = 0, warning = 1, error = 2 };

[[nodiscard]] std::string_view to_string(Severity severity);
[[nodiscard]] std::optional<Severity> parse_severity(std::string_view text);

// A second place that explains the first (the scope that makes this one
// redundant, the policy entry that denies it). Same file unless `path` is set.
struct RelatedLocation {
    std::string path;  // empty: same file as the finding
    Span span;
    std::string message;
};

struct Finding {
    std::string rule;           // kebab-case rule id, a public contract
    Severity severity = Severity::warning;
    std::string message;        // one sentence, no trailing period needed
    std::string help;           // the specific fix for this finding; empty: the rule's generic help
    std::string path;           // display path of the source
    Span span;                  // what is wrong, in the source's bytes
    std::string pointer;        // RFC 6901 JSON Pointer (or key path) of the value
    std::string scope;          // the scope text as written, if the finding is about a scope
    std::string provider;       // "zoho", ...
    bool redact = false;        // the span holds a secret: reporters must not print it
    std::vector<RelatedLocation> related;
};

// A finding with the fields every finding has; the rest (scope, provider,
// help, related, redact) are set by the caller where they apply.
[[nodiscard]] Finding make_finding(std::string_view rule, Severity severity, std::string_view path, Span span,
                                   std::string pointer, std::string message);

// Order used by every reporter: path, position, rule, message. Output is
// deterministic whatever order files and rules ran in.
[[nodiscard]] bool finding_less(const Finding& a, const Finding& b);

}  // namespace scopelint
