// The JSON reporter (format version 1): exact output, streaming, redaction,
// invalid UTF-8 and fingerprints.
#include "report/reporter.hpp"
#include "support/report_fixture.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

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
};

RunInfo test_run() { return test::make_test_run(test_rules); }

std::string render(const std::vector<FileFindings>& files, const Summary& summary = {},
                   const SourceLookup& lookup = {}) {
    std::ostringstream out;
    const auto reporter = make_json_reporter(out);
    reporter->begin(test_run());
    for (const FileFindings& file : files) reporter->file(*file.source, file.findings, lookup);
    reporter->end(summary);
    return out.str();
}

const SourceFile manifest{"manifest.json",
                          "{\n"
                          "  \"name\": \"crm-sync\",\n"
                          "  \"scopes\": [\"ZohoCRM.modules.ALL\", \"ZohoCRM.users.READ\"]\n"
                          "}\n"};

}  // namespace

TEST_CASE("json: exact document for one file with two findings", "[report][json]") {
    Finding broad = scope_finding(manifest, "broad-scope", "ZohoCRM.modules.ALL", "/scopes/0");
    broad.severity = Severity::error;
    broad.related.push_back({"", span_of(manifest, "ZohoCRM.users.READ"), "covers this one"});
    Finding unused = scope_finding(manifest, "unused-scope", "ZohoCRM.users.READ", "/scopes/1");
    unused.severity = Severity::note;
    unused.help = "Drop it";
    const Summary summary{.files_scanned = 3, .files_skipped = 5, .errors = 1, .notes = 1, .failed = true};

    const std::string expected = R"({
  "version": 1,
  "tool": {
    "name": "scopelint",
    "version": "0.1.0",
    "catalogs": [
      {
        "provider": "zoho",
        "title": "Zoho",
        "date": "2026-12-03",
        "scopes": 1234
      }
    ]
  },
  "findings": [
    {
      "rule": "broad-scope",
      "severity": "error",
      "message": "Scope 'ZohoCRM.modules.ALL' is too broad",
      "help": "Request the narrowest operation the app needs",
      "path": "manifest.json",
      "start": {
        "line": 3,
        "column": 15,
        "byte": 38
      },
      "end": {
        "line": 3,
        "column": 34,
        "byte": 57
      },
      "pointer": "/scopes/0",
      "scope": "ZohoCRM.modules.ALL",
      "provider": "zoho",
      "fingerprint": "d5052b8039721e8e:1",
      "related": [
        {
          "path": "manifest.json",
          "start": {
            "line": 3,
            "column": 38,
            "byte": 61
          },
          "end": {
            "line": 3,
            "column": 56,
            "byte": 79
          },
          "message": "covers this one"
        }
      ]
    },
    {
      "rule": "unused-scope",
      "severity": "note",
      "message": "Scope 'ZohoCRM.users.READ' is too broad",
      "help": "Drop it",
      "path": "manifest.json",
      "start": {
        "line": 3,
        "column": 38,
        "byte": 61
      },
      "end": {
        "line": 3,
        "column": 56,
        "byte": 79
      },
      "pointer": "/scopes/1",
      "scope": "ZohoCRM.users.READ",
      "provider": "zoho",
      "fingerprint": "d3af917b1b7e36a5:1",
      "related": []
    }
  ],
  "summary": {
    "files_scanned": 3,
    "files_skipped": 5,
    "errors": 1,
    "warnings": 0,
    "notes": 1,
    "failed": true
  }
}
)";
    const std::string output = render({{&manifest, {broad, unused}}}, summary);
    CHECK(output == expected);
    CHECK(output.find("/home/someone") == std::string::npos);
}

TEST_CASE("json: no findings gives an empty array and every key", "[report][json]") {
    const std::string output = render({{&manifest, {}}}, Summary{.files_scanned = 1});
    const auto document = nlohmann::ordered_json::parse(output);
    CHECK(document["findings"] == nlohmann::ordered_json::array());
    CHECK(output.find("  \"findings\": [],\n") != std::string::npos);
    CHECK(document["summary"]["failed"] == false);
    CHECK(output.back() == '\n');
}

TEST_CASE("json: streamed output equals the whole document dumped at once", "[report][json]") {
    const SourceFile second{"b/other.json", "{\"scopes\": [\"ZohoCRM.modules.ALL\"]}"};
    const std::string output =
        render({{&manifest, {scope_finding(manifest, "broad-scope", "ZohoCRM.modules.ALL", "/scopes/0")}},
                {&second, {scope_finding(second, "broad-scope", "ZohoCRM.modules.ALL", "/scopes/0")}}});
    CHECK(nlohmann::ordered_json::parse(output).dump(2) + "\n" == output);
}

TEST_CASE("json: findings are written as each file arrives", "[report][json]") {
    std::ostringstream out;
    const auto reporter = make_json_reporter(out);
    reporter->begin(test_run());
    reporter->file(manifest, std::vector{scope_finding(manifest, "broad-scope", "ZohoCRM.modules.ALL", "/scopes/0")},
                   {});
    CHECK(out.str().find("\"fingerprint\": \"d5052b8039721e8e:1\"") != std::string::npos);
    reporter->end({});
    CHECK_NOTHROW(nlohmann::json::parse(out.str()));
}

TEST_CASE("json: invalid UTF-8 is replaced, never thrown on", "[report][json]") {
    const SourceFile source{"bad\xff.json", "[\"Zoho\xc3(\"]"};
    Finding finding;
    finding.rule = "broad-scope";
    finding.message = "bad byte \xc3( here";
    finding.path = source.path;
    finding.span = {1, 9};
    finding.scope = "Zoho\xc3(";
    std::string output;
    REQUIRE_NOTHROW(output = render({{&source, {finding}}}));
    const auto document = nlohmann::json::parse(output);
    CHECK(document["findings"][0]["message"] == "bad byte \xef\xbf\xbd( here");
    CHECK(document["findings"][0]["path"] == "bad\xef\xbf\xbd.json");
}

TEST_CASE("json: redacted findings carry nothing from the span", "[report][json]") {
    const SourceFile source{"app.json", "{\"client_secret\": \"hunter2-sekrit\"}"};
    Finding finding;
    finding.rule = "secret-in-manifest";
    finding.severity = Severity::error;
    finding.message = "Client secret in the manifest";
    finding.path = source.path;
    finding.span = span_of(source, "hunter2-sekrit");
    finding.pointer = "/client_secret";
    finding.scope = "hunter2-sekrit";
    finding.redact = true;
    const std::string output = render({{&source, {finding}}});
    CHECK(output.find("hunter2") == std::string::npos);
    const auto document = nlohmann::json::parse(output);
    CHECK(document["findings"][0]["scope"] == "");
    CHECK(document["findings"][0]["help"] == "");  // unknown rule id: no generic help
}

TEST_CASE("json: fingerprints count repeats and ignore line numbers", "[report][json]") {
    const SourceFile twice{"m.json", "[\"A.ALL\",\n\"A.ALL\"]"};
    Finding first = scope_finding(twice, "broad-scope", "A.ALL", "/0");
    Finding second = first;
    second.span = span_of(twice, "A.ALL", first.span.end);
    const auto document = nlohmann::json::parse(render({{&twice, {first, second}}}));
    const std::string fingerprint = document["findings"][0]["fingerprint"];
    CHECK(fingerprint.ends_with(":1"));
    CHECK(document["findings"][1]["fingerprint"] == fingerprint.substr(0, 16) + ":2");

    const SourceFile moved{"m.json", "\n\n\n[\"a.all\"]"};
    Finding lower_case = scope_finding(moved, "broad-scope", "a.all", "/0");
    const auto moved_document = nlohmann::json::parse(render({{&moved, {lower_case}}}));
    CHECK(moved_document["findings"][0]["fingerprint"] == fingerprint);
    CHECK(moved_document["findings"][0]["start"]["line"] == 4);
}

TEST_CASE("json: related locations in files that are not at hand", "[report][json]") {
    Finding finding = scope_finding(manifest, "broad-scope", "ZohoCRM.modules.ALL", "/scopes/0");
    finding.related.push_back({"policy.toml", {7, 12}, "denied here"});
    const auto document = nlohmann::json::parse(render({{&manifest, {finding}}}));
    const auto& related = document["findings"][0]["related"][0];
    CHECK(related["path"] == "policy.toml");
    CHECK(related["start"] == nlohmann::json{{"line", 0}, {"column", 0}, {"byte", 7}});
    CHECK(related["end"] == nlohmann::json{{"line", 0}, {"column", 0}, {"byte", 12}});
}
