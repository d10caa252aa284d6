// libFuzzer target: the whole pipeline on one manifest, as `scopelint FILE`
// runs it: bytes -> SourceFile -> read_connected_app(source, true) -> lint
// with the built-in default policy -> the text, JSON and SARIF reporters
// (RunInfo filled as src/cli/lint_run.cpp does).
//
// Invariants (abort on violation):
//  * every finding's span lies inside the input with begin <= end, and so does
//    every related span in the same file (other files are not at hand);
//  * the JSON and SARIF outputs parse back with nlohmann (invalid UTF-8 in the
//    input comes out as U+FFFD, but the documents must be valid JSON);
//  * the text output holds no raw ESC (0x1B) and no raw C1 (U+0080-U+009F) or
//    bidi control (U+202A-U+202E, U+2066-U+2069);
//  * for a finding with `redact`, the redacted bytes of the input (when they
//    are 8 characters or more) appear in none of the three outputs, unless
//    they also stand in the input outside every redacted span, or are text
//    that every report holds anyway (rule documentation, the path);
//  * the same input run twice gives byte-identical outputs.
//
// SCOPELINT_FUZZ_SKIP=redaction (comma-separated check names) turns a check
// off, so a long run can go on past a bug that is already recorded under
// tests/fuzz/regressions/; tools/fuzz --regressions never sets it.
#include "ast/source.hpp"
#include "catalog/catalog.hpp"
#include "engine/engine.hpp"
#include "engine/rule_meta.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/policy_reader.hpp"
#include "report/reporter.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using scopelint::Finding;
using scopelint::Span;

constexpr std::string_view path = "fuzz.connected-app.json";

[[noreturn]] void fail(const char* what, std::uint32_t offset = 0) {
    std::fprintf(stderr, "fuzz_pipeline: invariant violated: %s (offset %u)\n", what, offset);
    std::abort();
}

void check(bool ok, const char* what, std::uint32_t offset = 0) {
    if (!ok) fail(what, offset);
}

bool skipped(std::string_view name) {
    static const std::string list = [] {
        const char* value = std::getenv("SCOPELINT_FUZZ_SKIP");
        return "," + std::string(value == nullptr ? "" : value) + ",";
    }();
    return list.find("," + std::string(name) + ",") != std::string::npos;
}

struct Outputs {
    std::string text;
    std::string json;
    std::string sarif;
};

const scopelint::RunInfo& run_info() {
    static const std::vector<scopelint::CatalogInfo> catalogs = [] {
        std::vector<scopelint::CatalogInfo> infos;
        for (const auto* c : scopelint::catalog::all_catalogs())
            infos.push_back({c->provider, c->title, c->date, c->scopes.size()});
        return infos;
    }();
    // The rules' Markdown pages are constant text that the SARIF reporter
    // copies and escapes on every run: without them the target runs several
    // times faster and loses no input-dependent path.
    static const std::vector<scopelint::RuleMeta> rules = [] {
        std::vector<scopelint::RuleMeta> metas(scopelint::all_rule_metas().begin(), scopelint::all_rule_metas().end());
        for (auto& meta : metas) meta.docs = meta.docs.substr(0, 40);
        return metas;
    }();
    static const scopelint::RunInfo info{SCOPELINT_VERSION, SCOPELINT_HOMEPAGE, catalogs, rules,
                                         std::filesystem::current_path().generic_string()};
    return info;
}

Outputs report(const scopelint::SourceFile* source, const std::vector<Finding>& findings) {
    scopelint::Summary summary;
    for (const Finding& finding : findings) {
        switch (finding.severity) {
            case scopelint::Severity::error: ++summary.errors; break;
            case scopelint::Severity::warning: ++summary.warnings; break;
            case scopelint::Severity::note: ++summary.notes; break;
        }
        // --fail-on's default is warning.
        if (finding.severity != scopelint::Severity::note) summary.failed = true;
    }
    summary.files_scanned = source == nullptr ? 0 : 1;
    const scopelint::SourceLookup lookup = [](std::string_view) -> const scopelint::SourceFile* { return nullptr; };

    std::ostringstream text;
    std::ostringstream json;
    std::ostringstream sarif;
    const auto text_reporter = scopelint::make_text_reporter(text, scopelint::TextOptions{false, true});
    const auto json_reporter = scopelint::make_json_reporter(json);
    const auto sarif_reporter = scopelint::make_sarif_reporter(sarif);
    for (scopelint::Reporter* reporter : {text_reporter.get(), json_reporter.get(), sarif_reporter.get()}) {
        reporter->begin(run_info());
        if (source != nullptr) reporter->file(*source, findings, lookup);
        reporter->end(summary);
    }
    return {text.str(), json.str(), sarif.str()};
}

Outputs run(std::string_view input, std::vector<Finding>& findings) {
    const scopelint::SourceFile source{std::string(path), std::string(input)};
    scopelint::ReadResult read = scopelint::read_connected_app(source, true);
    check(read.recognized, "a file named as a manifest is always recognized");
    const scopelint::LintRequest request{source.path, "", read.manifests.empty() ? nullptr : &read.manifests.front(),
                                         &scopelint::default_policy()};
    findings = scopelint::lint(request, std::move(read.findings));
    return report(&source, findings);
}

// What every report holds whatever the input: a report of no file.
const Outputs& boilerplate() {
    static const Outputs outputs = report(nullptr, {});
    return outputs;
}

void check_spans(std::string_view input, const std::vector<Finding>& findings) {
    const auto size = static_cast<std::uint32_t>(input.size());
    for (const Finding& finding : findings) {
        check(finding.span.begin <= finding.span.end, "finding span ends before it begins", finding.span.begin);
        check(finding.span.end <= size, "finding span past the end of the input", finding.span.begin);
        for (const auto& related : finding.related) {
            if (!related.path.empty() && related.path != path) continue;
            check(related.span.begin <= related.span.end, "related span ends before it begins", related.span.begin);
            check(related.span.end <= size, "related span past the end of the input", related.span.begin);
        }
    }
}

void check_parses(const std::string& document, const char* what) {
    try {
        (void)nlohmann::json::parse(document, nullptr, true);
    } catch (const nlohmann::json::exception& e) {
        std::fprintf(stderr, "fuzz_pipeline: %s output does not parse: %s\n", what, e.what());
        fail("JSON or SARIF output is not valid JSON");
    }
}

void check_terminal_safe(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        const auto b1 = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0U;
        const auto b2 = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0U;
        const auto at = static_cast<std::uint32_t>(i);
        check(b0 != 0x1B, "raw ESC in the text output", at);
        check(!(b0 == 0xC2 && b1 >= 0x80 && b1 <= 0x9F), "raw C1 control in the text output", at);
        check(!(b0 == 0xE2 && b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE), "raw bidi control (U+202A-E) in the text output", at);
        check(!(b0 == 0xE2 && b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9), "raw bidi control (U+2066-9) in the text output", at);
    }
}

std::size_t code_points(std::string_view bytes) {
    std::size_t count = 0;
    for (const char c : bytes)
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++count;
    return count;
}

void check_redaction(std::string_view input, const std::vector<Finding>& findings, const Outputs& outputs) {
    std::vector<Span> redacted;
    for (const Finding& finding : findings)
        if (finding.redact) redacted.push_back(finding.span);
    for (const Span span : redacted) {
        const std::string_view secret = input.substr(span.begin, span.size());
        if (code_points(secret) < 8) continue;
        bool elsewhere = false;
        for (auto at = input.find(secret); at != std::string_view::npos && !elsewhere; at = input.find(secret, at + 1)) {
            const Span occurrence{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + secret.size())};
            elsewhere = std::none_of(redacted.begin(), redacted.end(), [&](Span r) { return r.contains(occurrence); });
        }
        if (elsewhere) continue;
        const Outputs& fixed = boilerplate();
        if (path.find(secret) != std::string_view::npos || fixed.text.find(secret) != std::string::npos ||
            fixed.json.find(secret) != std::string::npos || fixed.sarif.find(secret) != std::string::npos)
            continue;
        const struct {
            const std::string& output;
            const char* message;
        } reports[] = {{outputs.text, "redacted bytes appear in the text output"},
                       {outputs.json, "redacted bytes appear in the JSON output"},
                       {outputs.sarif, "redacted bytes appear in the SARIF output"}};
        for (const auto& entry : reports) check(entry.output.find(secret) == std::string::npos, entry.message, span.begin);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<Finding> findings;
    const Outputs first = run(input, findings);
    check_spans(input, findings);
    check_parses(first.json, "JSON");
    check_parses(first.sarif, "SARIF");
    check_terminal_safe(first.text);
    if (!skipped("redaction")) check_redaction(input, findings, first);

    std::vector<Finding> again;
    const Outputs second = run(input, again);
    check(second.text == first.text, "text output differs between two runs of the same input");
    check(second.json == first.json, "JSON output differs between two runs of the same input");
    check(second.sarif == first.sarif, "SARIF output differs between two runs of the same input");
    return 0;
}
