// The text reporter: exact output for hand-made sources and findings.
#include "report/reporter.hpp"
#include "support/report_fixture.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace scopelint;
using test::FileFindings;
using test::scope_finding;
using test::span_of;

namespace {

constexpr std::string_view broad_tags[] = {"least-privilege"};
constexpr std::string_view unused_tags[] = {"hygiene"};

const RuleMeta test_rules[] = {
    {.id = "broad-scope",
     .summary = "Scope grants more access than the app needs",
     .default_severity = Severity::warning,
     .security_severity = "6.5",
     .precision = "high",
     .tags = broad_tags,
     .help = "Request the narrowest operation the app needs",
     .description = "Flags wildcard operations.",
     .docs = "# broad-scope\n",
     .since = "0.1.0"},
    {.id = "unused-scope",
     .summary = "Scope is requested but never used",
     .default_severity = Severity::note,
     .security_severity = "2.0",
     .precision = "medium",
     .tags = unused_tags,
     .help = "Remove scopes the app never uses",
     .description = "Flags unused scopes.",
     .docs = "# unused-scope\n",
     .since = "0.1.0"},
};

RunInfo test_run() { return test::make_test_run(test_rules); }

Finding make_finding(const SourceFile& source, std::string rule, Severity severity, std::string message, Span span) {
    Finding finding;
    finding.rule = std::move(rule);
    finding.severity = severity;
    finding.message = std::move(message);
    finding.path = source.path;
    finding.span = span;
    finding.provider = "zoho";
    return finding;
}

std::string render(const std::vector<FileFindings>& files, TextOptions options, const Summary& summary,
                   const SourceLookup& lookup = {}) {
    std::ostringstream out;
    const auto reporter = make_text_reporter(out, options);
    reporter->begin(test_run());
    for (const FileFindings& file : files) reporter->file(*file.source, file.findings, lookup);
    reporter->end(summary);
    return out.str();
}

std::string render_one(const SourceFile& source, std::vector<Finding> findings) {
    return render({{&source, std::move(findings)}}, TextOptions{.color = false, .show_summary = false}, Summary{});
}

const SourceFile manifest{"manifest.json",
                          "{\n"
                          "  \"name\": \"crm-sync\",\n"
                          "  \"scopes\": [\"ZohoCRM.modules.ALL\", \"ZohoCRM.users.READ\"]\n"
                          "}\n"};

std::vector<Finding> two_findings() {
    Finding broad = make_finding(manifest, "broad-scope", Severity::warning,
                                 "Scope 'ZohoCRM.modules.ALL' grants every operation on every module",
                                 span_of(manifest, "ZohoCRM.modules.ALL"));
    broad.help = "Request ZohoCRM.modules.contacts.READ if the app only reads contacts";
    broad.related.push_back({"", span_of(manifest, "ZohoCRM.users.READ"), "'ZohoCRM.users.READ' is already covered"});
    Finding unused = make_finding(manifest, "unused-scope", Severity::note, "Scope 'ZohoCRM.users.READ' is never used",
                                  span_of(manifest, "ZohoCRM.users.READ"));
    return {broad, unused};
}

}  // namespace

TEST_CASE("text: two findings with help, related note and summary", "[report][text]") {
    Summary summary;
    summary.files_scanned = 1;
    summary.warnings = 1;
    summary.notes = 1;
    const std::string expected =
        "manifest.json:3:15: warning[broad-scope]: Scope 'ZohoCRM.modules.ALL' grants every operation on every "
        "module\n"
        "  |\n"
        "3 |   \"scopes\": [\"ZohoCRM.modules.ALL\", \"ZohoCRM.users.READ\"]\n"
        "  |               ^^^^^^^^^^^^^^^^^^^\n"
        "  = help: Request ZohoCRM.modules.contacts.READ if the app only reads contacts\n"
        "  = note: manifest.json:3:38: 'ZohoCRM.users.READ' is already covered\n"
        "\n"
        "manifest.json:3:38: note[unused-scope]: Scope 'ZohoCRM.users.READ' is never used\n"
        "  |\n"
        "3 |   \"scopes\": [\"ZohoCRM.modules.ALL\", \"ZohoCRM.users.READ\"]\n"
        "  |                                      ^^^^^^^^^^^^^^^^^^\n"
        "  = help: Remove scopes the app never uses\n"
        "\n"
        "scopelint: 2 findings (1 warning, 1 note) in 1 file scanned, 0 skipped\n";
    CHECK(render({{&manifest, two_findings()}}, TextOptions{.color = false, .show_summary = true}, summary) ==
          expected);
}

TEST_CASE("text: colour codes only when asked for", "[report][text]") {
    std::vector<Finding> findings = two_findings();
    findings.resize(1);
    findings[0].severity = Severity::error;
    findings[0].related.clear();
    const std::string expected =
        "manifest.json:3:15: \x1b[1;31merror\x1b[0m\x1b[1m[broad-scope]\x1b[0m: Scope 'ZohoCRM.modules.ALL' grants "
        "every operation on every module\n"
        "\x1b[1;34m  |\x1b[0m\n"
        "\x1b[1;34m3 |\x1b[0m   \"scopes\": [\"ZohoCRM.modules.ALL\", \"ZohoCRM.users.READ\"]\n"
        "\x1b[1;34m  |\x1b[0m               \x1b[1;31m^^^^^^^^^^^^^^^^^^^\x1b[0m\n"
        "\x1b[1;34m  =\x1b[0m help: Request ZohoCRM.modules.contacts.READ if the app only reads contacts\n"
        "\n";
    CHECK(render({{&manifest, findings}}, TextOptions{.color = true, .show_summary = false}, Summary{}) == expected);

    findings[0].severity = Severity::warning;
    CHECK(render({{&manifest, findings}}, TextOptions{.color = true, .show_summary = false}, Summary{})
              .find("\x1b[1;33mwarning\x1b[0m") != std::string::npos);
    findings[0].severity = Severity::note;
    const std::string note =
        render({{&manifest, findings}}, TextOptions{.color = true, .show_summary = false}, Summary{});
    CHECK(note.find("\x1b[1;36mnote\x1b[0m") != std::string::npos);
    CHECK(note.find("\x1b[1;36m^^^") != std::string::npos);
    CHECK(render({{&manifest, findings}}, TextOptions{.color = false, .show_summary = true}, Summary{})
              .find('\x1b') == std::string::npos);
}

TEST_CASE("text: summary line counts and plurals", "[report][text]") {
    const auto summary_of = [](Summary summary) {
        return render({}, TextOptions{.color = false, .show_summary = true}, summary);
    };
    CHECK(summary_of(Summary{}) == "scopelint: no findings in 0 files scanned, 0 skipped\n");
    CHECK(summary_of(Summary{.files_scanned = 1, .files_skipped = 1}) ==
          "scopelint: no findings in 1 file scanned, 1 skipped\n");
    CHECK(summary_of(Summary{.files_scanned = 3, .files_skipped = 5, .errors = 1}) ==
          "scopelint: 1 finding (1 error) in 3 files scanned, 5 skipped\n");
    CHECK(summary_of(Summary{.files_scanned = 2, .errors = 2, .notes = 3}) ==
          "scopelint: 5 findings (2 errors, 3 notes) in 2 files scanned, 0 skipped\n");
    CHECK(summary_of(Summary{.files_scanned = 2, .errors = 1, .warnings = 4, .notes = 1}) ==
          "scopelint: 6 findings (1 error, 4 warnings, 1 note) in 2 files scanned, 0 skipped\n");
    CHECK(render({}, TextOptions{.color = false, .show_summary = false}, Summary{.errors = 1}).empty());
}

TEST_CASE("text: control characters, bidi controls and invalid UTF-8 are escaped and underlines follow",
          "[report][text]") {
    const SourceFile source{"evil\x1b[2J.json", "[\"a\x1b[31m\", \"\xe2\x80\xae" "bad\", \"\xff\", \"x\x7f\xc2\x85\"]\n"};
    Finding finding = make_finding(source, "broad-scope", Severity::warning, "message with \xe2\x80\xae bidi\a",
                                   span_of(source, "bad"));
    finding.help = "fix \x1b]8;;link";
    const std::string expected =
        "evil\\x1b[2J.json:1:14: warning[broad-scope]: message with \\u202e bidi\\x07\n"
        "  |\n"
        "1 | [\"a\\x1b[31m\", \"\\u202ebad\", \"\\xff\", \"x\\x7f\\u0085\"]\n"
        "  |                      ^^^\n"
        "  = help: fix \\x1b]8;;link\n"
        "\n";
    CHECK(render_one(source, {finding}) == expected);
}

TEST_CASE("text: malformed UTF-8 is escaped byte by byte, valid text is kept", "[report][text]") {
    const SourceFile source{"u.json", "[]"};
    // overlong '/', a UTF-16 surrogate, a code point past U+10FFFF, C1 CSI,
    // a valid emoji and 'é', then a sequence cut short by the end.
    const Finding finding = make_finding(
        source, "no-such-rule", Severity::note,
        "\xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \xc2\x9b \xf0\x9f\x98\x80\xc3\xa9 \xe2\x80", {0, 2});
    CHECK(render_one(source, {finding}).starts_with(
        "u.json:1:1: note[no-such-rule]: \\xc0\\xaf \\xed\\xa0\\x80 \\xf4\\x90\\x80\\x80 \\u009b "
        "\xf0\x9f\x98\x80\xc3\xa9 \\xe2\\x80\n"));
}

TEST_CASE("text: tabs expand to 4-column stops in the line and the underline", "[report][text]") {
    const SourceFile source{"tabs.json", "{\t\"scopes\":\t[\"a\tb\"]}\n"};
    const Finding finding =
        make_finding(source, "unused-scope", Severity::note, "tabbed", span_of(source, "a\tb"));
    const std::string expected =
        "tabs.json:1:15: note[unused-scope]: tabbed\n"
        "  |\n"
        "1 | {   \"scopes\":   [\"a b\"]}\n"
        "  |                   ^^^\n"
        "  = help: Remove scopes the app never uses\n"
        "\n";
    CHECK(render_one(source, {finding}) == expected);
}

TEST_CASE("text: a redacted span is masked character by character", "[report][text]") {
    const SourceFile source{"app.json", "{\"client_secret\": \"s3cr\xc3\xa9t-\xf0\x9f\x94\x91\"}\n"};
    Finding finding = make_finding(source, "secret-in-manifest", Severity::error, "Client secret in the manifest",
                                   span_of(source, "s3cr\xc3\xa9t-\xf0\x9f\x94\x91"));
    finding.redact = true;
    const std::string expected =
        "app.json:1:20: error[secret-in-manifest]: Client secret in the manifest\n"
        "  |\n"
        "1 | {\"client_secret\": \"********\"}\n"
        "  |                    ^^^^^^^^\n"
        "\n";
    const std::string output = render_one(source, {finding});
    CHECK(output == expected);
    CHECK(output.find("s3cr") == std::string::npos);
}

TEST_CASE("text: multi-line spans, line endings and wide gutters", "[report][text]") {
    SECTION("a span running on to later lines is underlined to the end of its first line") {
        const SourceFile source{"m.json", "{\"scopes\": [\"a\",\r\n  \"b\"]}\r\n"};
        const Finding finding = make_finding(source, "broad-scope", Severity::warning, "list",
                                             {static_cast<std::uint32_t>(source.text.find('[')),
                                              static_cast<std::uint32_t>(source.text.find(']') + 1)});
        CHECK(render_one(source, {finding}) ==
              "m.json:1:12: warning[broad-scope]: list\n"
              "  |\n"
              "1 | {\"scopes\": [\"a\",\n"
              "  |            ^^^^^\n"
              "  = help: Request the narrowest operation the app needs\n"
              "\n");
    }
    SECTION("an empty span at the end of a line still gets one caret; lone CR ends a line") {
        const SourceFile source{"m.json", "a\rbc\rd"};
        const Finding finding = make_finding(source, "no-such-rule", Severity::warning, "end", {4, 4});
        CHECK(render_one(source, {finding}) ==
              "m.json:2:3: warning[no-such-rule]: end\n"
              "  |\n"
              "2 | bc\n"
              "  |   ^\n"
              "\n");
    }
    SECTION("the gutter is as wide as the line number") {
        std::string text;
        for (int line = 1; line <= 11; ++line) text += "line " + std::to_string(line) + "\n";
        const SourceFile source{"long.txt", text};
        const Finding finding =
            make_finding(source, "unused-scope", Severity::note, "eleven", span_of(source, "11"));
        CHECK(render_one(source, {finding}) ==
              "long.txt:11:6: note[unused-scope]: eleven\n"
              "   |\n"
              "11 | line 11\n"
              "   |      ^^\n"
              "   = help: Remove scopes the app never uses\n"
              "\n");
    }
    SECTION("a span past the end of the text is clamped, not read") {
        const SourceFile source{"short.json", "[]"};
        const Finding finding = make_finding(source, "no-such-rule", Severity::error, "bogus", {10, 20});
        CHECK(render_one(source, {finding}) ==
              "short.json:1:3: error[no-such-rule]: bogus\n"
              "  |\n"
              "1 | []\n"
              "  |   ^\n"
              "\n");
    }
}

TEST_CASE("text: related locations in other files", "[report][text]") {
    const SourceFile policy{"policy.toml", "[deny]\nscopes = [\"ZohoCRM.modules.ALL\"]\n"};
    Finding finding = make_finding(manifest, "broad-scope", Severity::error, "denied by policy",
                                   span_of(manifest, "ZohoCRM.modules.ALL"));
    finding.related.push_back({"policy.toml", span_of(policy, "ZohoCRM.modules.ALL"), "denied here"});
    finding.related.push_back({"gone.toml", {3, 5}, "no longer loaded"});
    const SourceLookup lookup = [&policy](std::string_view path) -> const SourceFile* {
        return path == policy.path ? &policy : nullptr;
    };
    const std::string output =
        render({{&manifest, {finding}}}, TextOptions{.color = false, .show_summary = false}, Summary{}, lookup);
    CHECK(output.find("  = note: policy.toml:2:12: denied here\n  = note: gone.toml: no longer loaded\n\n") !=
          std::string::npos);
}
