// Golden cases per rule (clang-tidy/Ruff style): tests/rules/<rule-id>/ holds
// fail-*.connected-app.json with the exact findings beside them in
// fail-*.expected, and pass-*.connected-app.json that must give none of that
// rule. A case may bring its own policy as <case>.policy.json.
// SCOPELINT_UPDATE_GOLDEN=1 rewrites the .expected files (review the diff).
#include "engine/rule_meta.hpp"
#include "support/lint_case.hpp"
#include "support/run_binary.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <memory>
#include <set>

namespace fs = std::filesystem;
using namespace scopelint;

namespace {

const fs::path cases_root = fs::path(SCOPELINT_TEST_DIR) / "rules";
// A case is a connected app, a GitHub App manifest, a Slack app manifest
// (YAML or JSON), an Atlassian descriptor, a Shopify app configuration or a
// Probot app.yml, an Apps Script manifest, a .env file or a browser extension
// manifest (linted as <case>/manifest.yml, <case>/atlassian-connect.json,
// <case>/shopify.app.toml, <case>/app.yml, <case>/appsscript.json, <case>/.env or
// <case>/manifest.json), or a GitHub Actions workflow
// (linted as .github/workflows/<case>.yml).
constexpr std::array<std::string_view, 12> manifest_suffixes{
    ".connected-app.json", ".workflow.yml",  ".github-app.json", ".slack.yml",   ".slack.json",
    ".forge.yml",          ".atlassian-connect.json", ".shopify.toml", ".probot.yml", ".appsscript.json",
    ".dotenv",             ".manifest.json"};
constexpr std::string_view workflow_suffix = ".workflow.yml";
constexpr std::string_view forge_suffix = ".forge.yml";

std::string case_name(const fs::path& manifest) {
    const auto name = manifest.filename().string();
    for (const auto suffix : manifest_suffixes)
        if (name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
    return name;
}

std::string display_name(const fs::path& manifest) {
    const auto name = manifest.filename().string();
    if (name.ends_with(workflow_suffix)) return ".github/workflows/" + case_name(manifest) + ".yml";
    if (name.ends_with(forge_suffix)) return case_name(manifest) + "/manifest.yml";
    if (name.ends_with(".atlassian-connect.json")) return case_name(manifest) + "/atlassian-connect.json";
    if (name.ends_with(".shopify.toml")) return case_name(manifest) + "/shopify.app.toml";
    if (name.ends_with(".probot.yml")) return case_name(manifest) + "/app.yml";
    if (name.ends_with(".appsscript.json")) return case_name(manifest) + "/appsscript.json";
    if (name.ends_with(".dotenv")) return case_name(manifest) + "/.env";
    if (name.ends_with(".manifest.json")) return case_name(manifest) + "/manifest.json";
    return name;
}

std::vector<fs::path> manifests_in(const fs::path& directory) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(directory)) {
        const auto name = entry.path().filename().string();
        if (std::any_of(manifest_suffixes.begin(), manifest_suffixes.end(),
                        [&](std::string_view suffix) { return name.ends_with(suffix); }))
            found.push_back(entry.path());
    }
    std::sort(found.begin(), found.end());
    return found;
}

using test::position_of;

// One finding per line, positions as line:column (characters), help and
// related locations indented below it.
std::string describe(const Finding& f, const SourceFile& source, const SourceFile* policy) {
    std::string text = fmt::format("{}-{}: {}[{}]: {}\n", position_of(source, f.span.begin), position_of(source, f.span.end),
                                   to_string(f.severity), f.rule, f.message);
    if (!f.help.empty()) text += fmt::format("    help: {}\n", f.help);
    for (const auto& r : f.related) {
        const bool in_policy = !r.path.empty() && r.path != source.path;
        const SourceFile& where = (in_policy && policy != nullptr) ? *policy : source;
        text += fmt::format("    related: {}{}: {}\n", in_policy ? "policy:" : "", position_of(where, r.span.begin), r.message);
    }
    return text;
}

struct CaseResult {
    std::string findings;  // of the rule under test, described
    std::size_t count = 0;
};

CaseResult run_case(const fs::path& manifest, const std::string& rule) {
    auto policy_path = manifest;
    policy_path.replace_filename(case_name(manifest) + ".policy.json");
    std::optional<std::string> policy_text;
    if (fs::exists(policy_path)) policy_text = test::read_text(policy_path.string());
    const auto linted = test::lint_case(display_name(manifest), test::read_text(manifest.string()), policy_text,
                                        manifest.parent_path().string(), fs::absolute(manifest).string());
    CaseResult out;
    for (const auto& finding : linted.findings) {
        if (finding.rule != rule) continue;
        out.findings += describe(finding, *linted.manifest, linted.policy.get());
        ++out.count;
    }
    return out;
}

std::set<std::string> rule_directories() {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(cases_root))
        if (entry.is_directory()) names.insert(entry.path().filename().string());
    return names;
}

}  // namespace

TEST_CASE("every rule has failing and passing golden cases, and every case folder is a rule", "[golden]") {
    const auto directories = rule_directories();
    for (const auto& meta : all_rule_metas()) {
        INFO("rule " << meta.id);
        REQUIRE(directories.contains(std::string(meta.id)));
        const auto manifests = manifests_in(cases_root / std::string(meta.id));
        const auto starts = [&](std::string_view prefix) {
            return std::count_if(manifests.begin(), manifests.end(),
                                 [&](const fs::path& p) { return case_name(p).starts_with(prefix); });
        };
        CHECK(starts("fail-") >= 1);
        CHECK(starts("pass-") >= 1);
    }
    for (const auto& directory : directories) {
        INFO("folder tests/rules/" << directory);
        CHECK(find_rule_meta(directory) != nullptr);
    }
}

TEST_CASE("golden findings per rule", "[golden]") {
    for (const auto& rule : rule_directories()) {
        for (const auto& manifest : manifests_in(cases_root / rule)) {
            const auto name = case_name(manifest);
            INFO("case tests/rules/" << rule << "/" << manifest.filename().string());
            const auto result = run_case(manifest, rule);
            if (name.starts_with("pass-")) {
                CHECK(result.findings == "");
                continue;
            }
            REQUIRE(name.starts_with("fail-"));
            auto expected_path = manifest;
            expected_path.replace_filename(name + ".expected");
            if (test::update_golden()) test::write_text(expected_path.string(), result.findings);
            CHECK(result.count >= 1);
            CHECK(result.findings == test::read_text(expected_path.string()));
        }
    }
}
