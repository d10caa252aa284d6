// Human output in the style of compiler diagnostics: a location line, the
// source line with carets under the span, the fix, and related places.
// Everything that came from a file is escaped before it reaches the terminal.
#include "report/report_util.hpp"
#include "report/reporter.hpp"

#include <fmt/format.h>

#include <iterator>
#include <string>

namespace scopelint {

namespace {

namespace sgr {
constexpr std::string_view reset = "\x1b[0m";
constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view bold_red = "\x1b[1;31m";
constexpr std::string_view bold_yellow = "\x1b[1;33m";
constexpr std::string_view bold_blue = "\x1b[1;34m";
constexpr std::string_view bold_cyan = "\x1b[1;36m";
}  // namespace sgr

std::string_view severity_colour(Severity severity) {
    switch (severity) {
        case Severity::error: return sgr::bold_red;
        case Severity::warning: return sgr::bold_yellow;
        case Severity::note: return sgr::bold_cyan;
    }
    return sgr::bold_red;
}

std::size_t decimal_width(std::uint32_t number) { return std::to_string(number).size(); }

std::string counted(std::uint64_t count, std::string_view noun) {
    return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

std::string summary_line(const Summary& summary) {
    const std::uint64_t total = summary.errors + summary.warnings + summary.notes;
    const std::string files =
        fmt::format("in {} scanned, {} skipped", counted(summary.files_scanned, "file"), summary.files_skipped);
    if (total == 0) return fmt::format("scopelint: no findings {}", files);
    std::string by_severity;
    const auto add = [&by_severity](std::uint64_t count, std::string_view noun) {
        if (count == 0) return;
        if (!by_severity.empty()) by_severity += ", ";
        by_severity += counted(count, noun);
    };
    add(summary.errors, "error");
    add(summary.warnings, "warning");
    add(summary.notes, "note");
    return fmt::format("scopelint: {} ({}) {}", counted(total, "finding"), by_severity, files);
}

class TextReporter final : public Reporter {
public:
    TextReporter(std::ostream& out, TextOptions options) : out_(out), options_(options) {}

    void begin(const RunInfo& run) override { rules_ = run.rules; }

    std::string render(const SourceFile& source, std::span<const Finding> findings,
                       const SourceLookup& lookup) const override {
        const auto secrets = report::secret_spans(findings);
        std::string out;
        for (const Finding& finding : findings) render_finding(out, source, finding, secrets, lookup);
        return out;
    }

    void write(std::string_view part) override { out_ << part; }

    void end(const Summary& summary) override {
        if (options_.show_summary) out_ << summary_line(summary) << '\n';
    }

private:
    // `text` wrapped in an SGR colour when colour is on; plain otherwise.
    [[nodiscard]] std::string paint(std::string_view text, std::string_view colour) const {
        if (!options_.color) return std::string(text);
        return fmt::format("{}{}{}", colour, text, sgr::reset);
    }

    void render_finding(std::string& out, const SourceFile& source, const Finding& finding,
                        std::span<const Span> secrets, const SourceLookup& lookup) const {
        const Span span = report::clamp_span(source, finding.span);
        const Position start = source.position(span.begin);
        const std::string_view path = report::display_path(finding, source);
        const std::string gutter(decimal_width(start.line), ' ');
        const std::string_view colour = severity_colour(finding.severity);

        auto sink = std::back_inserter(out);
        fmt::format_to(sink, "{}:{}:{}: {}{}: {}\n", report::escape_for_terminal(path), start.line,
                       start.char_column, paint(to_string(finding.severity), colour),
                       paint("[" + report::escape_for_terminal(finding.rule) + "]", sgr::bold),
                       report::escape_for_terminal(finding.message));
        render_snippet(out, source, finding, secrets, start.line, gutter, colour);
        const std::string_view help = report::effective_help(finding, rules_);
        if (!help.empty())
            fmt::format_to(sink, "{} help: {}\n", paint(gutter + " =", sgr::bold_blue), report::escape_for_terminal(help));
        for (const RelatedLocation& related : finding.related)
            fmt::format_to(sink, "{} note: {}\n", paint(gutter + " =", sgr::bold_blue),
                           related_text(source, path, related, lookup));
        out += '\n';
    }

    void render_snippet(std::string& out, const SourceFile& source, const Finding& finding,
                        std::span<const Span> secrets, std::uint32_t line, const std::string& gutter,
                        std::string_view colour) const {
        const report::SnippetLine snippet = report::render_snippet_line(source, finding.span, secrets);
        auto sink = std::back_inserter(out);
        fmt::format_to(sink, "{}\n", paint(gutter + " |", sgr::bold_blue));
        fmt::format_to(sink, "{} {}\n", paint(std::to_string(line) + " |", sgr::bold_blue), snippet.text);
        fmt::format_to(sink, "{} {}{}\n", paint(gutter + " |", sgr::bold_blue), std::string(snippet.caret_column, ' '),
                       paint(std::string(snippet.caret_count, '^'), colour));
    }

    // "path:line:col: message"; without line and column when the related
    // source is not at hand.
    static std::string related_text(const SourceFile& source, std::string_view finding_path,
                                    const RelatedLocation& related, const SourceLookup& lookup) {
        std::string text = report::escape_for_terminal(report::related_path(related, finding_path));
        if (const SourceFile* target = report::related_source(source, finding_path, related, lookup)) {
            const Position at = target->position(report::clamp_span(*target, related.span).begin);
            text += fmt::format(":{}:{}", at.line, at.char_column);
        }
        if (!related.message.empty()) text += ": " + report::escape_for_terminal(related.message);
        return text;
    }

    std::ostream& out_;
    TextOptions options_;
    std::span<const RuleMeta> rules_;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, TextOptions options) {
    return std::make_unique<TextReporter>(out, options);
}

}  // namespace scopelint
