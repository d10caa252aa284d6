// Machine output, format version 1 (docs/json-output.md). Every key is always
// present so consumers need no existence checks; findings are written as each
// file arrives.
#include "report/json_writer.hpp"
#include "report/report_util.hpp"
#include "report/reporter.hpp"

#include <string>

namespace scopelint {

namespace {

using nlohmann::ordered_json;
using report::JsonWriter;

constexpr int format_version = 1;

void write_position(JsonWriter& json, std::string_view name, std::uint32_t line, std::uint32_t column,
                    std::uint32_t byte) {
    json.key(name).begin_object().count("line", line).count("column", column).count("byte", byte).end();
}

void write_position(JsonWriter& json, std::string_view name, const SourceFile& source, std::uint32_t offset) {
    const Position at = source.position(offset);
    write_position(json, name, at.line, at.char_column, offset);
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
void write_related(JsonWriter& json, const SourceFile& source, std::string_view finding_path,
                   const RelatedLocation& related, const SourceLookup& lookup) {
    json.begin_object().field("path", report::related_path(related, finding_path));
    if (const SourceFile* target = report::related_source(source, finding_path, related, lookup)) {
        const Span span = report::clamp_span(*target, related.span);
        write_position(json, "start", *target, span.begin);
        write_position(json, "end", *target, span.end);
    } else {
        write_position(json, "start", 0, 0, related.span.begin);
        write_position(json, "end", 0, 0, related.span.end);
    }
    json.field("message", related.message).end();
}

class JsonReporter final : public Reporter {
public:
    explicit JsonReporter(std::ostream& out) : out_(out) {}

    void begin(const RunInfo& run) override {
        rules_ = run.rules;
        tool_ = tool_json(run);
        findings_.begin(out_, document(nullptr));
    }

    std::string render(const SourceFile& source, std::span<const Finding> findings,
                       const SourceLookup& lookup) const override {
        const std::vector<std::string> fingerprints = report::scopelint_fingerprints(source, findings);
        const std::size_t indent = findings_.element_indent();
        std::string part;
        for (std::size_t i = 0; i < findings.size(); ++i) {
            if (i) part += ",\n";
            part.append(indent, ' ');
            JsonWriter json(part, indent);
            write_finding(json, source, findings[i], fingerprints[i], lookup);
        }
        return part;
    }

    void write(std::string_view part) override { findings_.write(out_, part); }

    void end(const Summary& summary) override { findings_.end(out_, document(&summary)); }

private:
    // The whole document with an empty findings array: the streamed array
    // is spliced into it.
    [[nodiscard]] ordered_json document(const Summary* summary) const {
        ordered_json json{{"version", format_version}, {"tool", tool_}, {"findings", ordered_json::array()}};
        if (summary != nullptr) json["summary"] = summary_json(*summary);
        return json;
    }

    void write_finding(JsonWriter& json, const SourceFile& source, const Finding& finding,
                       const std::string& fingerprint, const SourceLookup& lookup) const {
        const Span span = report::clamp_span(source, finding.span);
        const std::string_view path = report::display_path(finding, source);
        json.begin_object()
            .field("rule", finding.rule)
            .field("severity", to_string(finding.severity))
            .field("message", finding.message)
            .field("help", report::effective_help(finding, rules_))
            .field("path", path);
        write_position(json, "start", source, span.begin);
        write_position(json, "end", source, span.end);
        json.field("pointer", finding.pointer)
            // A redacted finding's scope text may be the secret itself.
            .field("scope", finding.redact ? std::string_view() : std::string_view(finding.scope))
            .field("provider", finding.provider)
            .field("fingerprint", fingerprint)
            .key("related")
            .begin_array();
        for (const RelatedLocation& location : finding.related) write_related(json, source, path, location, lookup);
        json.end().end();
    }

    std::ostream& out_;
    std::span<const RuleMeta> rules_;
    ordered_json tool_;
    report::StreamedJsonArray findings_{"findings"};
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out) { return std::make_unique<JsonReporter>(out); }

}  // namespace scopelint
