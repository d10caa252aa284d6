#include "engine/finding.hpp"

#include <tuple>

namespace scopelint {

std::string_view to_string(Severity severity) {
    switch (severity) {
        case Severity::note: return "note";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
    if (text == "note") return Severity::note;
    if (text == "warning") return Severity::warning;
    if (text == "error") return Severity::error;
    return std::nullopt;
}

Finding make_finding(std::string_view rule, Severity severity, std::string_view path, Span span, std::string pointer,
                     std::string message) {
    Finding finding;
    finding.rule = std::string(rule);
    finding.severity = severity;
    finding.message = std::move(message);
    finding.path = std::string(path);
    finding.span = span;
    finding.pointer = std::move(pointer);
    return finding;
}

bool finding_less(const Finding& a, const Finding& b) {
    return std::tie(a.path, a.span.begin, a.span.end, a.rule, a.message) <
           std::tie(b.path, b.span.begin, b.span.end, b.rule, b.message);
}

}  // namespace scopelint
