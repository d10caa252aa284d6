// Machine output, format version 1 (docs/json-output.md). Every key is always
// present so consumers need no existence checks; findings are written as each
// file arrives.
#include "report/report_util.hpp"
#include "report/reporter.hpp"

#include <string>

namespace scopelint {

namespace {

using nlohmann::ordered_json;

constexpr int format_version = 1;

ordered_json position_json(std::uint32_t line, std::uint32_t column, std::uint32_t byte) {
    return ordered_json{{"line", line}, {"column", column}, {"byte", byte}};
}

ordered_json position_json(const SourceFile& source, std::uint32_t offset) {
    const Position at = source.position(offset);
    return position_json(at.line, at.char_column, offset);
}

ordered_json catalog_json(const CatalogInfo& catalog) {
    return ordered_json{{"provider", std::string(catalog.provider)},
                        {"title", std::string(catalog.title)},
                        {"date", std::string(catalog.date)},
                        {"scopes", catalog.scopes}};
}

ordered_json tool_json(const RunInfo& run) {
    ordered_json catalogs = ordered_json::array();
    for (const CatalogInfo& catalog : run.catalogs) catalogs.push_back(catalog_json(catalog));
    return ordered_json{{"name", "scopelint"}, {"version", std::string(run.tool_version)}, {"catalogs", catalogs}};
}

ordered_json summary_json(const Summary& summary) {
    return ordered_json{{"files_scanned", summary.files_scanned}, {"files_skipped", summary.files_skipped},
                        {"errors", summary.errors},               {"warnings", summary.warnings},
                        {"notes", summary.notes},                 {"failed", summary.failed}};
}

// Line and column 0 when the related file is not at hand: the byte offset is
// still exact.
ordered_json related_json(const SourceFile& source, std::string_view finding_path, const RelatedLocation& related,
                          const SourceLookup& lookup) {
    ordered_json json;
    json["path"] = std::string(report::related_path(related, finding_path));
    if (const SourceFile* target = report::related_source(source, finding_path, related, lookup)) {
        const Span span = report::clamp_span(*target, related.span);
        json["start"] = position_json(*target, span.begin);
        json["end"] = position_json(*target, span.end);
    } else {
        json["start"] = position_json(0, 0, related.span.begin);
        json["end"] = position_json(0, 0, related.span.end);
    }
    json["message"] = related.message;
    return json;
}

class JsonReporter final : public Reporter {
public:
    explicit JsonReporter(std::ostream& out) : out_(out) {}

    void begin(const RunInfo& run) override {
        rules_ = run.rules;
        tool_ = tool_json(run);
        findings_.begin(out_, document(nullptr));
    }

    void file(const SourceFile& source, std::span<const Finding> findings, const SourceLookup& lookup) override {
        const std::vector<std::string> fingerprints = report::scopelint_fingerprints(source, findings);
        for (std::size_t i = 0; i < findings.size(); ++i) {
            findings_.add(out_, finding_json(source, findings[i], fingerprints[i], lookup));
        }
    }

    void end(const Summary& summary) override { findings_.end(out_, document(&summary)); }

private:
    // The whole document with an empty findings array: the streamed array
    // is spliced into it.
    [[nodiscard]] ordered_json document(const Summary* summary) const {
        ordered_json json{{"version", format_version}, {"tool", tool_}, {"findings", ordered_json::array()}};
        if (summary != nullptr) json["summary"] = summary_json(*summary);
        return json;
    }

    [[nodiscard]] ordered_json finding_json(const SourceFile& source, const Finding& finding,
                                            const std::string& fingerprint, const SourceLookup& lookup) const {
        const Span span = report::clamp_span(source, finding.span);
        const std::string_view path = report::display_path(finding, source);
        ordered_json related = ordered_json::array();
        for (const RelatedLocation& location : finding.related) {
            related.push_back(related_json(source, path, location, lookup));
        }
        return ordered_json{
            {"rule", finding.rule},
            {"severity", std::string(to_string(finding.severity))},
            {"message", finding.message},
            {"help", std::string(report::effective_help(finding, rules_))},
            {"path", std::string(path)},
            {"start", position_json(source, span.begin)},
            {"end", position_json(source, span.end)},
            {"pointer", finding.pointer},
            // A redacted finding's scope text may be the secret itself.
            {"scope", finding.redact ? std::string() : finding.scope},
            {"provider", finding.provider},
            {"fingerprint", fingerprint},
            {"related", related},
        };
    }

    std::ostream& out_;
    std::span<const RuleMeta> rules_;
    ordered_json tool_;
    report::StreamedJsonArray findings_{"findings"};
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out) { return std::make_unique<JsonReporter>(out); }

}  // namespace scopelint
