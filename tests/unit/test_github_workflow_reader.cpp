// The GitHub Actions workflow reader: one manifest per token, permissions as
// github-actions scopes with their places, comments as justifications, and
// document problems as findings.
#include "parse/github_workflow_reader.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

using namespace scopelint;

namespace {

ReadResult read(const std::string& text) {
    static std::vector<std::unique_ptr<SourceFile>> sources;  // findings and views outlive the call
    sources.push_back(std::make_unique<SourceFile>(".github/workflows/ci.yml", text));
    return read_github_workflow(*sources.back());
}

std::vector<std::string> scope_texts(const AppManifest& app) {
    std::vector<std::string> texts;
    for (const auto& scope : app.scopes) texts.push_back(scope.text);
    return texts;
}

std::string spelled(const std::string& text, Span span) { return text.substr(span.begin, span.size()); }

}  // namespace

TEST_CASE("workflow paths are recognised at any depth, other YAML is not", "[workflow]") {
    CHECK(has_github_workflow_path(".github/workflows/ci.yml"));
    CHECK(has_github_workflow_path("services/api/.github/workflows/release.yaml"));
    CHECK_FALSE(has_github_workflow_path(".github/workflows/ci.json"));
    CHECK_FALSE(has_github_workflow_path(".github/dependabot.yml"));
    CHECK_FALSE(has_github_workflow_path("workflows/ci.yml"));
    CHECK_FALSE(has_github_workflow_path("manifest.yml"));
}

TEST_CASE("the workflow and each job with a block are separate manifests", "[workflow]") {
    const std::string text =
        "name: CI\n"
        "permissions:\n"
        "  contents: read\n"
        "  issues: none\n"
        "jobs:\n"
        "  test:\n"
        "    runs-on: ubuntu-latest\n"
        "  release:\n"
        "    permissions:\n"
        "      contents: write  # creates the release\n"
        "      id-token: write\n";
    const auto result = read(text);
    CHECK(result.findings.empty());
    REQUIRE(result.manifests.size() == 2);
    const auto& workflow = result.manifests[0];
    CHECK(workflow.provider == "github-actions");
    REQUIRE(workflow.name);
    CHECK(workflow.name->value == "CI");
    CHECK(scope_texts(workflow) == std::vector<std::string>{"contents:read"});  // none grants nothing
    CHECK(workflow.scopes[0].pointer == "/permissions/contents");
    CHECK(spelled(text, workflow.scopes[0].span) == "contents: read");

    const auto& release = result.manifests[1];
    REQUIRE(release.name);
    CHECK(release.name->value == "release");
    CHECK(scope_texts(release) == std::vector<std::string>{"contents:write", "id-token:write"});
    CHECK(release.scopes[1].pointer == "/jobs/release/permissions/id-token");
    REQUIRE(release.justifications.size() == 1);
    CHECK(release.justifications[0].scope.value == "contents:write");
    CHECK(release.justifications[0].reason.value == "creates the release");
    CHECK(spelled(text, release.justifications[0].reason.span) == "creates the release");
}

TEST_CASE("a permission reached through an alias points at the alias", "[workflow]") {
    const std::string text =
        "x: &perms\n"
        "  id-token: write\n"
        "permissions: {}\n"
        "jobs:\n"
        "  deploy:\n"
        "    permissions: *perms\n";
    const auto result = read(text);
    REQUIRE(result.manifests.size() == 2);
    REQUIRE(result.manifests[1].scopes.size() == 1);
    CHECK(result.manifests[1].scopes[0].text == "id-token:write");
    CHECK(spelled(text, result.manifests[1].scopes[0].span) == "*perms");
}

TEST_CASE("read-all and write-all are scopes of their own", "[workflow]") {
    const auto result = read("permissions: write-all\njobs: {}\n");
    REQUIRE(result.manifests.size() == 1);
    CHECK(scope_texts(result.manifests[0]) == std::vector<std::string>{"write-all"});
}

TEST_CASE("document problems are manifest-syntax findings at their place", "[workflow]") {
    const std::vector<std::pair<std::string, std::string>> rows{
        {"", "the workflow is empty"},
        {"- a\n- b\n", "a workflow is a mapping, not a sequence"},
        {"on: [push\n", "invalid YAML: did not find expected ',' or ']' while parsing a flow sequence"},
        {"permissions:\njobs: {}\n", "'permissions' is empty; write '{}' for no permissions, or list them"},
        {"permissions: [contents]\n", "'permissions' must be read-all, write-all or a mapping of permission to level"},
        {"permissions:\n  contents: admin\n", "'admin' is not a permission level (read, write or none)"},
        {"permissions:\n  contents: [read]\n", "a permission is 'name: read', 'name: write' or 'name: none'"},
        {"permissions:\n  issues: read\n  issues: write\n",
         "duplicate key 'issues': YAML loaders keep only one of the values"},
    };
    for (const auto& [text, message] : rows) {
        INFO(text);
        const auto result = read(text);
        REQUIRE(result.findings.size() == 1);
        CHECK(result.findings[0].rule == "manifest-syntax");
        CHECK(result.findings[0].message == message);
        CHECK(result.findings[0].span.end <= text.size());
    }
}

TEST_CASE("jobs that inherit the repository default are reported once each", "[workflow]") {
    const auto result = read("on: push\njobs:\n  a:\n    runs-on: x\n  b:\n    permissions: {}\n  c:\n    uses: ./w.yml\n");
    std::vector<std::string> messages;
    for (const auto& f : result.findings) {
        CHECK(f.rule == "missing-permissions");
        messages.push_back(f.message.substr(0, f.message.find(" sets")));
    }
    CHECK(messages == std::vector<std::string>{"job 'a'", "job 'c'"});
}
