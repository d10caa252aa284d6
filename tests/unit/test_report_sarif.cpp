// The SARIF reporter, the fingerprint hash and URI encoding. Every log made
// here is also run through shared/tools/validate-sarif (strict: no errors, no
// warnings) when SCOPELINT_VALIDATE_SARIF names it.
#include "report/report_util.hpp"
#include "report/reporter.hpp"
#include "support/report_fixture.hpp"
#include "util/hash.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace scopelint;
using test::FileFindings;
using test::scope_finding;
using test::span_of;
using nlohmann::json;

namespace {

constexpr std::string_view broad_tags[] = {"least-privilege", "security", "oauth"};
constexpr std::string_view no_tags[] = {"hygiene"};

const RuleMeta test_rules[] = {
    {.id = "broad-scope",
     .summary = "Scope grants more access than the app needs",
     .default_severity = Severity::warning,
     .security_severity = "6.5",
     .precision = "high",
     .tags = broad_tags,
     .help = "Request the narrowest operation the app needs",
     .description = "Flags wildcard operations where a narrower one would do.",
     .docs = "# broad-scope\n\nRequest the **narrowest** operation.\n",
     .since = "0.1.0"},
    {.id = "secret-in-manifest",
     .summary = "A client secret is committed in the manifest",
     .default_severity = Severity::error,
     .security_severity = "9.1",
     .precision = "very-high",
     .tags = {},
     .help = "Move the secret to the deployment's secret store",
     .description = "Flags client secrets.",
     .docs = "# secret-in-manifest\n",
     .since = "0.1.0"},
    {.id = "unused-scope",
     .summary = "Scope is requested but never used",
     .default_severity = Severity::note,
     .security_severity = "none",  // not a score: must be left out
     .precision = "",
     .tags = no_tags,
     .help = "Remove scopes the app never uses",
     .description = "",
     .docs = "",
     .since = "0.1.0"},
};

RunInfo test_run(std::span<const RuleMeta> rules = test_rules) { return test::make_test_run(rules); }

std::string render(const std::vector<FileFindings>& files, const RunInfo& run = test_run(),
                   const SourceLookup& lookup = {}) {
    std::ostringstream out;
    const auto reporter = make_sarif_reporter(out);
    reporter->begin(run);
    for (const FileFindings& file : files) reporter->file(*file.source, file.findings, lookup);
    reporter->end(Summary{});
    return out.str();
}

std::string shell_quoted(std::string_view text) {
    std::string quoted = "'";
    for (const char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// Runs the validator on the log when the environment names it. `strict`
// makes warnings fail too; only the absolute-path log needs it off, as
// GitHub prefers repository-relative URIs and says so in a warning.
void validate(const std::string& log, const std::string& name, bool strict = true) {
    const char* validator = std::getenv("SCOPELINT_VALIDATE_SARIF");
    if (validator == nullptr || *validator == '\0') return;
    const std::filesystem::path file = std::filesystem::temp_directory_path() /
                                       ("scopelint-test-" + std::to_string(::getpid()) + "-" + name + ".sarif");
    std::ofstream(file, std::ios::binary) << log;
    const std::string command = std::string(strict ? "SARIF_STRICT=1 " : "") + shell_quoted(validator) + " " +
                                shell_quoted(file.string()) + " 2>&1";
    std::string output;
    int status = -1;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
        status = ::pclose(pipe);
    }
    INFO("validate-sarif " << file.string() << ":\n" << output);
    CHECK(status == 0);
    std::filesystem::remove(file);
}

const SourceFile manifest{"config/zoho manifest.json",
                          "{\n"
                          "  \"name\": \"crm-sync\",\n"
                          "  \"scopes\": [\"ZohoCRM.modules.ALL\", \"ZohoCRM.users.READ\"]\n"
                          "}\n"};

}  // namespace

TEST_CASE("hash: FNV-1a-64 known answers and a fixed hex form", "[report][sarif][hash]") {
    STATIC_REQUIRE(fnv1a64("") == 0xcbf29ce484222325ULL);
    STATIC_REQUIRE(fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
    STATIC_REQUIRE(fnv1a64("foobar") == 0x85944171f73967e8ULL);
    CHECK(to_hex64(fnv1a64("foobar")) == "85944171f73967e8");
    CHECK(to_hex64(0) == "0000000000000000");
    CHECK(to_hex64(0xfULL) == "000000000000000f");
    CHECK(to_hex64(~0ULL) == "ffffffffffffffff");
    CHECK(Fnv1a64{}.update("foo").update("bar").value() == fnv1a64("foobar"));
    CHECK(Fnv1a64{}.update(std::string_view("a\0b", 3)).value() == 0xe5d29919042666b2ULL);
}

TEST_CASE("sarif: URIs are percent-encoded, relative to %SRCROOT% unless absolute", "[report][sarif]") {
    CHECK(report::percent_encode_path("a b/ü#?%.json") == "a%20b/%C3%BC%23%3F%25.json");
    CHECK(report::percent_encode_path("Az09-._~/x") == "Az09-._~/x");
    CHECK(report::artifact_uri("config/manifest.json").uri == "config/manifest.json");
    CHECK(report::artifact_uri("config/manifest.json").relative);
    CHECK(report::artifact_uri("./././a.json").uri == "a.json");
    CHECK(report::artifact_uri("a:b.json").uri == "a%3Ab.json");
    CHECK(report::artifact_uri("/srv/my repo/a.json").uri == "file:///srv/my%20repo/a.json");
    CHECK_FALSE(report::artifact_uri("/srv/a.json").relative);
    CHECK(report::artifact_uri("C:/work/a b.json").uri == "file:///C:/work/a%20b.json");
    CHECK(report::artifact_uri("//server/share/a.json").uri == "file://server/share/a.json");
}

TEST_CASE("sarif: exact log for one finding", "[report][sarif]") {
    const SourceFile source{"m.json", "[\"A.ALL\"]\n"};
    const RuleMeta rules[] = {test_rules[0]};
    Finding finding = scope_finding(source, "broad-scope", "A.ALL", "/0");
    const std::string expected = R"({
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "scopelint",
          "version": "0.1.0",
          "semanticVersion": "0.1.0",
          "informationUri": "https://github.com/example/scopelint",
          "rules": [
            {
              "id": "broad-scope",
              "name": "BroadScope",
              "shortDescription": {
                "text": "Scope grants more access than the app needs"
              },
              "fullDescription": {
                "text": "Flags wildcard operations where a narrower one would do."
              },
              "helpUri": "https://github.com/example/scopelint/blob/main/rules/lint/broad-scope.md",
              "help": {
                "text": "# broad-scope\n\nRequest the **narrowest** operation.\n",
                "markdown": "# broad-scope\n\nRequest the **narrowest** operation.\n"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "security",
                  "least-privilege",
                  "oauth"
                ],
                "precision": "high",
                "security-severity": "6.5"
              }
            }
          ],
          "properties": {
            "catalogs": [
              {
                "provider": "zoho",
                "title": "Zoho",
                "date": "2026-12-03",
                "scopes": 1234
              }
            ]
          }
        }
      },
      "invocations": [
        {
          "executionSuccessful": true
        }
      ],
      "originalUriBaseIds": {
        "%SRCROOT%": {
          "description": {
            "text": "The directory scopelint was run from; result paths are relative to it."
          }
        }
      },
      "columnKind": "utf16CodeUnits",
      "results": [
        {
          "ruleId": "broad-scope",
          "ruleIndex": 0,
          "level": "warning",
          "message": {
            "text": "Scope 'A.ALL' is too broad\nHelp: Request the narrowest operation the app needs"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "m.json",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 3,
                  "endLine": 1,
                  "endColumn": 8,
                  "snippet": {
                    "text": "A.ALL"
                  }
                },
                "contextRegion": {
                  "startLine": 1,
                  "startColumn": 1,
                  "endLine": 1,
                  "endColumn": 10,
                  "snippet": {
                    "text": "[\"A.ALL\"]"
                  }
                }
              }
            }
          ],
          "partialFingerprints": {
            "primaryLocationLineHash": "52a4dfcc0affc5ff:1",
            "scopelint/v1": "cbe2514cce3ded90:1"
          },
          "properties": {
            "pointer": "/0",
            "scope": "A.ALL",
            "provider": "zoho"
          }
        }
      ]
    }
  ]
}
)";
    const std::string log = render({{&source, {finding}}}, test_run(rules));
    CHECK(log == expected);
    validate(log, "exact");
}

TEST_CASE("sarif: rules, results, regions and related locations", "[report][sarif]") {
    const SourceFile policy{"policy.toml", "[deny]\nscopes = [\"ZohoCRM.modules.ALL\"]\n"};
    const SourceFile emoji{"emoji.json", "{\"\xf0\x9f\x98\x80\": [\"ZohoCRM.users.READ\",\r\n \"x\"]}"};
    Finding broad = scope_finding(manifest, "broad-scope", "ZohoCRM.modules.ALL", "/scopes/0");
    broad.severity = Severity::error;
    broad.help = "Use ZohoCRM.modules.contacts.READ";
    broad.related.push_back({"", span_of(manifest, "ZohoCRM.users.READ"), "also covered"});
    broad.related.push_back({"policy.toml", span_of(policy, "ZohoCRM.modules.ALL"), "denied here"});
    broad.related.push_back({"unloaded.toml", {4, 9}, ""});
    Finding unknown_rule = scope_finding(manifest, "not-a-rule", "ZohoCRM.users.READ", "/scopes/1");
    Finding multi_line = scope_finding(emoji, "unused-scope", "ZohoCRM.users.READ", "/\xf0\x9f\x98\x80/0");
    multi_line.span.end = static_cast<std::uint32_t>(emoji.text.find("\"x\"") + 3);
    multi_line.severity = Severity::note;

    const SourceLookup lookup = [&policy](std::string_view path) -> const SourceFile* {
        return path == policy.path ? &policy : nullptr;
    };
    const std::string log = render({{&manifest, {broad}}, {&emoji, {multi_line}}}, test_run(), lookup);
    const json document = json::parse(log);
    const json& run = document["runs"][0];
    const json& rules = run["tool"]["driver"]["rules"];

    REQUIRE(rules.size() == 3);
    CHECK(rules[0]["id"] == "broad-scope");
    CHECK(rules[1]["name"] == "SecretInManifest");
    CHECK(rules[1]["properties"]["tags"] == json::array({"security"}));
    CHECK(rules[1]["defaultConfiguration"]["level"] == "error");
    CHECK(rules[2]["properties"] == json{{"tags", {"security", "hygiene"}}});  // no precision, no bad score
    CHECK(rules[2]["fullDescription"]["text"] == "Scope is requested but never used");
    CHECK(rules[2]["help"] == json{{"text", "Remove scopes the app never uses"}});
    CHECK(run["columnKind"] == "utf16CodeUnits");
    CHECK(run["invocations"] == json::array({{{"executionSuccessful", true}}}));

    const json& results = run["results"];
    REQUIRE(results.size() == 2);
    CHECK(results[0]["ruleIndex"] == 0);
    CHECK(results[0]["level"] == "error");
    CHECK(results[0]["message"]["text"] == "Scope 'ZohoCRM.modules.ALL' is too broad\nHelp: Use ZohoCRM.modules.contacts.READ");
    const json& location = results[0]["locations"][0]["physicalLocation"];
    CHECK(location["artifactLocation"] == json{{"uri", "config/zoho%20manifest.json"}, {"uriBaseId", "%SRCROOT%"}});
    CHECK(location["region"]["startColumn"] == 15);
    CHECK(location["region"]["endColumn"] == 34);
    CHECK(location["region"]["snippet"]["text"] == "ZohoCRM.modules.ALL");
    CHECK(location["contextRegion"]["snippet"]["text"] ==
          "  \"scopes\": [\"ZohoCRM.modules.ALL\", \"ZohoCRM.users.READ\"]");

    const json& related = results[0]["relatedLocations"];
    REQUIRE(related.size() == 3);
    CHECK(related[0]["id"] == 1);
    CHECK(related[0]["physicalLocation"]["region"] ==
          json{{"startLine", 3}, {"startColumn", 38}, {"endLine", 3}, {"endColumn", 56}});
    CHECK(related[0]["message"]["text"] == "also covered");
    CHECK(related[1]["physicalLocation"]["artifactLocation"]["uri"] == "policy.toml");
    CHECK(related[1]["physicalLocation"]["region"]["startLine"] == 2);
    CHECK(related[1]["physicalLocation"]["region"]["startColumn"] == 12);
    CHECK(related[2]["physicalLocation"]["region"] == json{{"byteOffset", 4}, {"byteLength", 5}});
    CHECK_FALSE(related[2].contains("message"));


    // The emoji is two UTF-16 code units: the scope starts at column 10 (code point column 9).
    const json& region = results[1]["locations"][0]["physicalLocation"]["region"];
    CHECK(region == json{{"startLine", 1},
                         {"startColumn", 10},
                         {"endLine", 2},
                         {"endColumn", 5},
                         {"snippet", {{"text", "ZohoCRM.users.READ\",\r\n \"x\""}}}});
    CHECK(results[1]["locations"][0]["physicalLocation"]["contextRegion"]["snippet"]["text"] == emoji.text);
    CHECK(results[1]["properties"]["pointer"] == "/\xf0\x9f\x98\x80/0");

    CHECK(log.find("/home/someone") == std::string::npos);
    // An id missing from RunInfo::rules (an engine bug) still gives a result,
    // without ruleIndex or help; GitHub would reject it, so no validation.
    const json stray = json::parse(render({{&manifest, {unknown_rule}}}))["runs"][0]["results"][0];
    CHECK_FALSE(stray.contains("ruleIndex"));
    CHECK(stray["message"]["text"] == "Scope 'ZohoCRM.users.READ' is too broad");

    // ruleIndex refers to rules in id order even when RunInfo::rules is not.
    const RuleMeta reversed[] = {test_rules[2], test_rules[1], test_rules[0]};
    const json sorted = json::parse(render({{&manifest, {broad}}}, test_run(reversed)));
    CHECK(sorted["runs"][0]["tool"]["driver"]["rules"][0]["id"] == "broad-scope");
    CHECK(sorted["runs"][0]["results"][0]["ruleIndex"] == 0);

    // A region that is already whole lines gets no contextRegion.
    const SourceFile whole{"w.txt", "ZohoCRM.users.READ\n"};
    const json whole_log = json::parse(render({{&whole, {scope_finding(whole, "unused-scope", "ZohoCRM.users.READ", "")}}}));
    CHECK_FALSE(whole_log["runs"][0]["results"][0]["locations"][0]["physicalLocation"].contains("contextRegion"));
    validate(log, "full");
}

TEST_CASE("sarif: fingerprints follow content, not line numbers", "[report][sarif]") {
    const auto fingerprints_of = [](const SourceFile& source, std::vector<Finding> findings) {
        const json document = json::parse(render({{&source, std::move(findings)}}));
        std::vector<json> prints;
        for (const json& result : document["runs"][0]["results"]) prints.push_back(result["partialFingerprints"]);
        return prints;
    };
    const auto first = fingerprints_of(
        manifest, {scope_finding(manifest, "broad-scope", "ZohoCRM.modules.ALL", "/scopes/0"),
                   scope_finding(manifest, "unused-scope", "ZohoCRM.users.READ", "/scopes/1")});
    REQUIRE(first.size() == 2);
    CHECK(first[0]["primaryLocationLineHash"] == "b407257bab905af6:1");
    CHECK(first[1]["primaryLocationLineHash"] == "b407257bab905af6:2");
    static constexpr char key[] = "broad-scope\0config/zoho manifest.json\0/scopes/0\0zohocrm.modules.all";
    CHECK(first[0]["scopelint/v1"] == to_hex64(fnv1a64(std::string_view(key, sizeof key - 1))) + ":1");

    // Same block further down, re-indented: both fingerprints stay.
    const SourceFile moved{manifest.path, "{\n\n\n  \"name\": \"crm-sync\",\n\t\"scopes\" : [ \"ZohoCRM.modules.ALL\", "
                                          "\"ZohoCRM.users.READ\" ]\n}\n"};
    const auto second = fingerprints_of(
        moved, {scope_finding(moved, "broad-scope", "ZohoCRM.modules.ALL", "/scopes/0"),
                scope_finding(moved, "unused-scope", "ZohoCRM.users.READ", "/scopes/1")});
    CHECK(second == first);
}

TEST_CASE("sarif: redacted findings have no snippet and no secret bytes", "[report][sarif]") {
    const SourceFile source{"app.json", "{\n  \"client_secret\": \"hunter2-sekrit\"\n}\n"};
    Finding finding;
    finding.rule = "secret-in-manifest";
    finding.severity = Severity::error;
    finding.message = "Client secret in the manifest";
    finding.path = source.path;
    finding.span = span_of(source, "hunter2-sekrit");
    finding.pointer = "/client_secret";
    finding.scope = "hunter2-sekrit";
    finding.redact = true;
    const std::string log = render({{&source, {finding}}});
    CHECK(log.find("hunter2") == std::string::npos);
    const json physical = json::parse(log)["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    CHECK_FALSE(physical["region"].contains("snippet"));
    CHECK_FALSE(physical.contains("contextRegion"));
    CHECK(physical["region"]["startLine"] == 2);
    validate(log, "redacted");
}

TEST_CASE("sarif: empty runs, streaming and absolute paths", "[report][sarif]") {
    const std::string empty = render({});
    CHECK(json::parse(empty)["runs"][0]["results"] == json::array());
    CHECK(empty.find("      \"results\": []\n") != std::string::npos);
    validate(empty, "empty");

    std::ostringstream out;
    const auto reporter = make_sarif_reporter(out);
    reporter->begin(test_run());
    reporter->file(manifest, std::vector{scope_finding(manifest, "broad-scope", "ZohoCRM.modules.ALL", "/scopes/0")},
                   {});
    CHECK(out.str().find("\"ruleId\": \"broad-scope\"") != std::string::npos);
    reporter->end({});
    CHECK(nlohmann::ordered_json::parse(out.str()).dump(2) + "\n" == out.str());

    const SourceFile absolute{"/srv/checkout/app manifest.json", "[\"A.ALL\"]"};
    const std::string log = render({{&absolute, {scope_finding(absolute, "broad-scope", "A.ALL", "/0")}}});
    const json artifact =
        json::parse(log)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    CHECK(artifact == json{{"uri", "file:///srv/checkout/app%20manifest.json"}});
    validate(log, "absolute", false);
}
