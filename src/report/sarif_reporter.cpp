// SARIF 2.1.0 for GitHub code scanning and other viewers (docs/sarif.md).
// The log holds no absolute path of the machine it was made on, so the same
// input gives the same bytes anywhere; results are written as files arrive.
#include "report/json_writer.hpp"
#include "report/report_util.hpp"
#include "report/reporter.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <vector>

namespace scopelint {

namespace {

using nlohmann::ordered_json;
using report::JsonWriter;

constexpr std::string_view sarif_schema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view source_root = "%SRCROOT%";
// GitHub rejects longer rule descriptions and shows at most 20 tags.
constexpr std::size_t max_description_bytes = 1024;
constexpr std::size_t max_tags = 20;

// ---- rules -------------------------------------------------------------------

// "broad-scope" -> "BroadScope": SARIF's `name` is an identifier.
std::string pascal_case(std::string_view id) {
    std::string name;
    bool word_start = true;
    for (const char c : id) {
        if (c == '-' || c == '_' || c == '.') {
            word_start = true;
            continue;
        }
        const bool lower = c >= 'a' && c <= 'z';
        name += (word_start && lower) ? static_cast<char>(c - 'a' + 'A') : c;
        word_start = false;
    }
    return name;
}

// Cut at a character boundary so the result stays valid UTF-8.
std::string truncated(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) --end;
    return std::string(text.substr(0, end));
}

std::string_view first_non_empty(std::initializer_list<std::string_view> texts) {
    for (const std::string_view text : texts) {
        if (!text.empty()) return text;
    }
    return {};
}

// GitHub treats a rule as a security rule only for a score in (0, 10]; any
// other value would make the upload fail, so it is left out.
bool is_security_severity(std::string_view score) {
    double value = 0;
    const auto [end, error] = std::from_chars(score.data(), score.data() + score.size(), value);
    return error == std::errc{} && end == score.data() + score.size() && value > 0.0 && value <= 10.0;
}

ordered_json tags_json(std::span<const std::string_view> tags) {
    std::vector<std::string> unique{"security"};
    for (const std::string_view tag : tags) {
        if (unique.size() == max_tags) break;
        if (std::find(unique.begin(), unique.end(), tag) == unique.end()) unique.emplace_back(tag);
    }
    return unique;
}

std::string help_uri(std::string_view homepage, std::string_view id) {
    while (homepage.ends_with('/')) homepage.remove_suffix(1);
    return std::string(homepage) + "/blob/main/rules/lint/" + std::string(id) + ".md";
}

ordered_json rule_json(const RuleMeta& rule, std::string_view homepage) {
    const std::string_view short_text = first_non_empty({rule.summary, rule.id});
    ordered_json json{
        {"id", std::string(rule.id)},
        {"name", pascal_case(rule.id)},
        {"shortDescription", {{"text", truncated(short_text, max_description_bytes)}}},
        {"fullDescription",
         {{"text", truncated(first_non_empty({rule.description, short_text}), max_description_bytes)}}},
    };
    if (!homepage.empty()) json["helpUri"] = help_uri(homepage, rule.id);
    ordered_json help{{"text", std::string(first_non_empty({rule.docs, rule.help, short_text}))}};
    if (!rule.docs.empty()) help["markdown"] = std::string(rule.docs);
    json["help"] = help;
    json["defaultConfiguration"] = {{"level", std::string(to_string(rule.default_severity))}};
    ordered_json properties{{"tags", tags_json(rule.tags)}};
    if (!rule.precision.empty()) properties["precision"] = std::string(rule.precision);
    if (is_security_severity(rule.security_severity)) {
        properties["security-severity"] = std::string(rule.security_severity);
    }
    json["properties"] = properties;
    return json;
}

// Rules sorted by id: `ruleIndex` points into this order.
std::vector<const RuleMeta*> sorted_rules(std::span<const RuleMeta> rules) {
    std::vector<const RuleMeta*> sorted;
    sorted.reserve(rules.size());
    for (const RuleMeta& rule : rules) sorted.push_back(&rule);
    std::stable_sort(sorted.begin(), sorted.end(), [](const RuleMeta* a, const RuleMeta* b) { return a->id < b->id; });
    return sorted;
}

ordered_json catalogs_json(std::span<const CatalogInfo> catalogs) {
    ordered_json json = ordered_json::array();
    for (const CatalogInfo& catalog : catalogs) {
        json.push_back({{"provider", std::string(catalog.provider)},
                        {"title", std::string(catalog.title)},
                        {"date", std::string(catalog.date)},
                        {"scopes", catalog.scopes}});
    }
    return json;
}

ordered_json driver_json(const RunInfo& run, const std::vector<const RuleMeta*>& rules) {
    ordered_json driver{{"name", "scopelint"}};
    if (!run.tool_version.empty()) {
        driver["version"] = std::string(run.tool_version);
        driver["semanticVersion"] = std::string(run.tool_version);
    }
    if (!run.homepage.empty()) driver["informationUri"] = std::string(run.homepage);
    ordered_json rules_json = ordered_json::array();
    for (const RuleMeta* rule : rules) rules_json.push_back(rule_json(*rule, run.homepage));
    driver["rules"] = rules_json;
    driver["properties"] = {{"catalogs", catalogs_json(run.catalogs)}};
    return driver;
}

// ---- locations -------------------------------------------------------------------

void write_artifact(JsonWriter& json, std::string_view path) {
    const report::ArtifactUri artifact = report::artifact_uri(path);
    json.key("artifactLocation").begin_object().field("uri", artifact.uri);
    if (artifact.relative) json.field("uriBaseId", source_root);
    json.end();
}

struct Region {
    Position start;
    Position end;
    friend bool operator==(const Region&, const Region&) = default;
};

// Leaves the region object open, so a snippet can follow.
void begin_region(JsonWriter& json, std::string_view name, const Region& region) {
    json.key(name)
        .begin_object()
        .count("startLine", region.start.line)
        .count("startColumn", region.start.utf16_column)
        .count("endLine", region.end.line)
        .count("endColumn", region.end.utf16_column);
}

void write_snippet(JsonWriter& json, std::string_view text) {
    json.key("snippet").begin_object().field("text", text).end();
}

// The whole lines the span touches: a viewer shows them around the region.
Span whole_lines(const SourceFile& source, Span span) {
    const Span first = source.lines.line_span(source.text, source.position(span.begin).line);
    const Span last = source.lines.line_span(source.text, source.position(span.end).line);
    return {first.begin, std::max(last.end, span.end)};
}

// SARIF says a region's snippet is the region's own text; the full lines go
// in contextRegion, which must be left out when it would equal the region.
// A finding whose lines hold a secret (its own or another finding's) gets neither.
void write_primary_location(JsonWriter& json, const SourceFile& source, const Finding& finding, std::string_view path,
                            std::span<const Span> secrets) {
    const Span span = report::clamp_span(source, finding.span);
    const Region region{source.position(span.begin), source.position(span.end)};
    json.begin_object().key("physicalLocation").begin_object();
    write_artifact(json, path);
    begin_region(json, "region", region);
    const Span lines = whole_lines(source, span);
    const bool show_text = !finding.redact && !report::touches_secret(lines, secrets);
    if (show_text) write_snippet(json, source.slice(span));
    json.end();
    if (show_text) {
        const Region context{source.position(lines.begin), source.position(lines.end)};
        if (context != region) {
            begin_region(json, "contextRegion", context);
            write_snippet(json, source.slice(lines));
            json.end();
        }
    }
    json.end().end();
}

// A related file that is not at hand still gets an exact byte region.
void write_related_location(JsonWriter& json, const SourceFile& source, std::string_view finding_path,
                            const RelatedLocation& related, std::size_t id, const SourceLookup& lookup) {
    json.begin_object().count("id", id).key("physicalLocation").begin_object();
    write_artifact(json, report::related_path(related, finding_path));
    if (const SourceFile* target = report::related_source(source, finding_path, related, lookup)) {
        const Span span = report::clamp_span(*target, related.span);
        begin_region(json, "region", {target->position(span.begin), target->position(span.end)});
        json.end();
    } else {
        json.key("region")
            .begin_object()
            .count("byteOffset", related.span.begin)
            .count("byteLength", related.span.size())
            .end();
    }
    json.end();
    if (!related.message.empty()) json.key("message").begin_object().field("text", related.message).end();
    json.end();
}

// GitHub rejects a result without message text, so an empty message falls
// back to the rule id.
std::string message_text(const Finding& finding, std::string_view help) {
    std::string text(first_non_empty({finding.message, finding.rule}));
    if (!help.empty()) text += "\nHelp: " + std::string(help);
    return text;
}

class SarifReporter final : public Reporter {
public:
    explicit SarifReporter(std::ostream& out) : out_(out) {}

    void begin(const RunInfo& run) override {
        run_rules_ = run.rules;
        const std::vector<const RuleMeta*> rules = sorted_rules(run.rules);
        rule_ids_.clear();
        for (const RuleMeta* rule : rules) rule_ids_.push_back(rule->id);
        skeleton_ = log_skeleton(driver_json(run, rules));
        results_.begin(out_, skeleton_);
    }

    std::string render(const SourceFile& source, std::span<const Finding> findings,
                       const SourceLookup& lookup) const override {
        const std::vector<std::string> fingerprints = report::scopelint_fingerprints(source, findings);
        const auto secrets = report::secret_spans(findings);
        report::OccurrenceCounter line_hashes;
        const std::size_t indent = results_.element_indent();
        std::string part;
        for (std::size_t i = 0; i < findings.size(); ++i) {
            if (i) part += ",\n";
            part.append(indent, ' ');
            JsonWriter json(part, indent);
            const auto line_hash = line_hashes.tag(report::line_hash(source, findings[i], secrets));
            write_result(json, source, findings[i], line_hash, fingerprints[i], secrets, lookup);
        }
        return part;
    }

    void write(std::string_view part) override { results_.write(out_, part); }

    void end(const Summary& /*summary*/) override { results_.end(out_, skeleton_); }

private:
    static ordered_json log_skeleton(ordered_json driver) {
        ordered_json run{
            {"tool", {{"driver", std::move(driver)}}},
            {"invocations", ordered_json::array({ordered_json{{"executionSuccessful", true}}})},
            {"originalUriBaseIds",
             {{std::string(source_root),
               {{"description", {{"text", "The directory scopelint was run from; result paths are relative to it."}}}}}}},
            {"columnKind", "utf16CodeUnits"},
            {"results", ordered_json::array()},
        };
        return ordered_json{{"$schema", std::string(sarif_schema)},
                            {"version", "2.1.0"},
                            {"runs", ordered_json::array({std::move(run)})}};
    }

    [[nodiscard]] std::optional<std::size_t> rule_index(std::string_view id) const {
        const auto it = std::lower_bound(rule_ids_.begin(), rule_ids_.end(), id);
        if (it == rule_ids_.end() || *it != id) return std::nullopt;
        return static_cast<std::size_t>(it - rule_ids_.begin());
    }

    void write_result(JsonWriter& json, const SourceFile& source, const Finding& finding, std::string_view line_hash,
                      std::string_view fingerprint, std::span<const Span> secrets, const SourceLookup& lookup) const {
        const std::string_view path = report::display_path(finding, source);
        json.begin_object().field("ruleId", finding.rule);
        if (const auto index = rule_index(finding.rule)) json.count("ruleIndex", *index);
        json.field("level", to_string(finding.severity))
            .key("message")
            .begin_object()
            .field("text", message_text(finding, report::effective_help(finding, run_rules_)))
            .end()
            .key("locations")
            .begin_array();
        write_primary_location(json, source, finding, path, secrets);
        json.end();
        if (!finding.related.empty()) {
            json.key("relatedLocations").begin_array();
            for (std::size_t k = 0; k < finding.related.size(); ++k)
                write_related_location(json, source, path, finding.related[k], k + 1, lookup);
            json.end();
        }
        json.key("partialFingerprints")
            .begin_object()
            .field("primaryLocationLineHash", line_hash)
            .field("scopelint/v1", fingerprint)
            .end()
            .key("properties")
            .begin_object()
            .field("pointer", finding.pointer)
            .field("scope", finding.redact ? std::string_view() : std::string_view(finding.scope))
            .field("provider", finding.provider)
            .end()
            .end();
    }

    std::ostream& out_;
    std::span<const RuleMeta> run_rules_;
    std::vector<std::string_view> rule_ids_;  // sorted
    ordered_json skeleton_;
    report::StreamedJsonArray results_{"results"};
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out) { return std::make_unique<SarifReporter>(out); }

}  // namespace scopelint
