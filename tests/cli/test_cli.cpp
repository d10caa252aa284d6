// The built binary, run as users and CI run it: exact output on samples/ in
// every format, exit codes, errors on stderr, and the options around them.
#include "support/run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>

using namespace scopelint::test;
namespace fs = std::filesystem;

namespace {

const std::string golden_dir = std::string(SCOPELINT_TEST_DIR) + "/cli/golden/";

void check_golden(const std::string& name, const std::string& actual) {
    const auto path = golden_dir + name;
    if (update_golden()) write_text(path, actual);
    CHECK(actual == read_text(path));
}

std::string temp_path(const std::string& name) {
    return (fs::temp_directory_path() / ("scopelint-cli-" + std::to_string(::getpid()) + "-" + name)).string();
}

}  // namespace

TEST_CASE("samples/ in text, JSON and SARIF match the golden reports", "[cli]") {
    const auto text = run_scopelint({"samples"});
    CHECK(text.exit_code == 1);
    CHECK(text.err == "");
    check_golden("samples.txt", text.out);

    const auto json = run_scopelint({"--format", "json", "samples"});
    CHECK(json.exit_code == 1);
    check_golden("samples.json", json.out);

    const auto sarif = run_scopelint({"--format", "sarif", "samples"});
    CHECK(sarif.exit_code == 1);
    check_golden("samples.sarif", sarif.out);
}

TEST_CASE("the compliant sample is clean and exits 0", "[cli]") {
    const auto result = run_scopelint({"samples/crm-tally-sync/crm-tally-sync.connected-app.json"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "scopelint: no findings in 1 file scanned, 0 skipped\n");
}

TEST_CASE("output is byte-identical from run to run", "[cli]") {
    const auto first = run_scopelint({"--format", "sarif", "samples"});
    const auto second = run_scopelint({"--format", "sarif", "samples"});
    CHECK(first.out == second.out);
}

TEST_CASE("exit code 1 depends on --fail-on", "[cli]") {
    CHECK(run_scopelint({"--fail-on", "never", "samples"}).exit_code == 0);
    CHECK(run_scopelint({"--fail-on", "error", "samples"}).exit_code == 1);
    // only a warning (space-separated list) and notes: fails at warning, passes at error
    const std::vector<std::string> spaces{"check", "ZohoCRM.modules.contacts.READ ZohoCRM.modules.accounts.READ"};
    auto args = spaces;
    CHECK(run_scopelint(args).exit_code == 1);
    args.insert(args.begin(), {"--fail-on", "error"});
    CHECK(run_scopelint(args).exit_code == 0);
}

TEST_CASE("check lints a scope list given as an argument or on stdin", "[cli]") {
    const auto argument = run_scopelint({"check", "ZohoCRM.modules.ALL,ZohoCRM.users.READ,ZohoCRM.modules.leads.REED"});
    CHECK(argument.exit_code == 1);
    check_golden("check-argument.txt", argument.out);

    RunOptions piped;
    piped.stdin_text = "ZohoCRM.modules.contacts.READ,ZohoCRM.modules.deals.ALL\n";
    const auto from_stdin = run_scopelint({"check", "--access", "read-only", "-"}, piped);
    CHECK(from_stdin.exit_code == 1);
    check_golden("check-stdin.txt", from_stdin.out);

    const auto clean = run_scopelint({"check", "ZohoCRM.modules.contacts.READ"});
    CHECK(clean.exit_code == 0);
}

TEST_CASE("usage errors, unreadable paths and invalid policies exit 2 with a message", "[cli]") {
    const auto bad_format = run_scopelint({"--format", "xml", "samples"});
    CHECK(bad_format.exit_code == 2);
    CHECK(bad_format.err.find("--format: xml not in {text,json,sarif}") != std::string::npos);

    const auto missing = run_scopelint({"no/such/path"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err == "scopelint: error: cannot read 'no/such/path': No such file or directory\n");

    const auto empty = run_scopelint({"check", "  "});
    CHECK(empty.exit_code == 2);
    CHECK(empty.err == "scopelint: error: no scopes given\n");

    const auto bad_policy = run_scopelint({"--policy", "tests/cli/data/invalid-policy.json", "samples"});
    CHECK(bad_policy.exit_code == 2);
    CHECK(bad_policy.out == "");
    CHECK(bad_policy.err == "tests/cli/data/invalid-policy.json:4:7: error: invalid policy: unknown key 'deney' in an app "
                            "section; did you mean 'deny'?\n");

    const auto unknown_rule = run_scopelint({"rule", "broad-scopes"});
    CHECK(unknown_rule.exit_code == 2);
    CHECK(unknown_rule.err.find("unknown rule 'broad-scopes'; did you mean 'broad-scope'?") != std::string::npos);
}

TEST_CASE("a malformed manifest is a finding and does not stop the other files", "[cli]") {
    const auto result = run_scopelint({"tests/cli/data/mixed"});
    CHECK(result.exit_code == 1);
    check_golden("mixed.txt", result.out);
}

TEST_CASE("the report goes to --output atomically and nothing is printed", "[cli]") {
    const auto path = temp_path("report.json");
    const auto result = run_scopelint({"--format", "json", "--output", path, "samples"});
    CHECK(result.exit_code == 1);
    CHECK(result.out == "");
    CHECK(read_text(path) == read_text(golden_dir + "samples.json"));
    std::remove(path.c_str());

    const auto failed = run_scopelint({"--output", "/nonexistent-dir/report.txt", "samples"});
    CHECK(failed.exit_code == 2);
    CHECK(failed.err.find("cannot create a temporary file beside '/nonexistent-dir/report.txt'") != std::string::npos);
}

TEST_CASE("colour only when asked for or on a terminal, never with NO_COLOR", "[cli]") {
    const auto plain = run_scopelint({"samples"});
    CHECK(plain.out.find('\x1b') == std::string::npos);
    const auto forced = run_scopelint({"--color", "always", "samples"});
    CHECK(forced.out.find("\x1b[") != std::string::npos);
    RunOptions no_color_env;
    no_color_env.env = {{"NO_COLOR", "1"}};
    const auto no_color = run_scopelint({"--color", "auto", "samples"}, no_color_env);
    CHECK(no_color.out.find('\x1b') == std::string::npos);
}

TEST_CASE("rules, rule, --version and --help", "[cli]") {
    const auto rules = run_scopelint({"rules"});
    CHECK(rules.exit_code == 0);
    check_golden("rules.txt", rules.out);

    const auto rule = run_scopelint({"rule", "broad-scope"});
    CHECK(rule.exit_code == 0);
    CHECK(rule.out == read_text(std::string(SCOPELINT_SOURCE_DIR) + "/rules/lint/broad-scope.md"));

    const auto version = run_scopelint({"--version"});
    CHECK(version.exit_code == 0);
    CHECK(version.out.starts_with("scopelint 0.1.0\ncatalog atlassian 2026-12-04 (75 scopes)\n"));
    CHECK(version.out.find("\ncatalog zoho 2026-12-03 (1462 scopes)\n") != std::string::npos);

    const auto help = run_scopelint({"--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("Exit codes:") != std::string::npos);
}

TEST_CASE("directories are walked in a stable order and unrecognised files are counted as skipped", "[cli]") {
    const auto result = run_scopelint({"--format", "json", "--fail-on", "never", "tests/cli/data/walk"});
    CHECK(result.exit_code == 0);
    check_golden("walk.json", result.out);
    // a file named on the command line that no format recognises is skipped with a note
    const auto named = run_scopelint({"README.md"});
    CHECK(named.exit_code == 0);
    CHECK(named.err == "scopelint: note: 'README.md' is not a manifest in a format scopelint reads; skipped\n");
}

TEST_CASE("the nearest policy applies: exclude, path sections and rule settings", "[cli]") {
    const auto result = run_scopelint({"tests/cli/data/policy-tree"});
    CHECK(result.exit_code == 1);
    check_golden("policy-tree.txt", result.out);
    // a file named on the command line is linted even when the policy excludes its folder
    const auto named = run_scopelint({"tests/cli/data/policy-tree/vendor/third-party.connected-app.json"});
    CHECK(named.out.find("third-party.connected-app.json:1:34: warning[broad-scope]") != std::string::npos);
}

TEST_CASE("a manifest on stdin is linted under --stdin-filename", "[cli]") {
    RunOptions piped;
    piped.stdin_text = R"({"provider": "zoho", "scopes": "ZohoCRM.modules.contacts.READ,,ZohoCRM.modules.contacts.READ"})";
    const auto result = run_scopelint({"--stdin-filename", "piped.connected-app.json", "--format", "json", "-"}, piped);
    CHECK(result.exit_code == 1);
    check_golden("stdin-manifest.json", result.out);
}

TEST_CASE("the report is byte-identical whatever the number of jobs", "[cli]") {
    // tests/rules holds a few hundred manifests: enough to keep several workers busy.
    const auto one = run_scopelint({"-j", "1", "--format", "json", "--fail-on", "never", "tests/rules", "samples"});
    CHECK(one.exit_code == 0);
    CHECK(nlohmann::json::parse(one.out)["summary"]["files_scanned"].get<int>() > 200);
    for (const char* jobs : {"2", "3", "8"}) {
        INFO("-j " << jobs);
        const auto many = run_scopelint({"-j", jobs, "--format", "json", "--fail-on", "never", "tests/rules", "samples"});
        CHECK(many.out == one.out);
        CHECK(many.err == one.err);
    }
    CHECK(run_scopelint({"-j", "0", "samples"}).exit_code == 2);
}

TEST_CASE("scope lists in source files are read with the scan-code option and skipped without it", "[cli]") {
    const auto scanned = run_scopelint({"--scan-code", "tests/cli/data/code"});
    CHECK(scanned.exit_code == 1);
    CHECK(scanned.err == "");
    check_golden("scan-code.txt", scanned.out);
    const auto plain = run_scopelint({"tests/cli/data/code"});
    CHECK(plain.exit_code == 0);
    CHECK(plain.out == "scopelint: no findings in 0 files scanned, 1 skipped\n");
}
