// Every real manifest in ../shared/corpus goes through every reader without
// a crash: as JSON, as a connected-app manifest, as a GitHub Actions
// workflow, as a bare scope list, under every format's file name, and through
// the binary as a whole directory (with and without --scan-code).
#include "engine/engine.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/formats.hpp"
#include "parse/github_workflow_reader.hpp"
#include "parse/json_reader.hpp"
#include "parse/policy_reader.hpp"
#include "parse/scope_list_reader.hpp"
#include "support/run_binary.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using namespace scopelint;

namespace {

const fs::path corpus = fs::path(SCOPELINT_SHARED_DIR) / "corpus";

std::vector<fs::path> corpus_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(corpus))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("the shared corpus is present", "[corpus]") {
    REQUIRE(fs::is_directory(corpus));
    CHECK(corpus_files().size() >= 100);
}

TEST_CASE("every corpus file goes through every reader and the engine", "[corpus]") {
    const Provider& zoho = *find_provider("zoho");
    std::size_t json_files = 0;
    std::vector<std::string> invalid_json;
    for (const auto& path : corpus_files()) {
        INFO(path.string());
        const SourceFile source(path.filename().string(), test::read_text(path.string()));
        if (path.extension() == ".json") {
            ++json_files;
            if (parse_json(source.text).error) invalid_json.push_back(path.filename().string());
        }
        auto as_manifest = read_connected_app(source, true);
        CHECK(as_manifest.recognized);
        const LintRequest manifest_request{source.path, "", as_manifest.manifests.empty() ? nullptr : &as_manifest.manifests.front(),
                                           &default_policy()};
        for (const auto& f : lint(manifest_request, std::move(as_manifest.findings))) CHECK(f.span.end <= source.text.size());

        auto as_workflow = read_github_workflow(source);
        CHECK(as_workflow.recognized);
        const LintRequest workflow_request{source.path, "", nullptr, &default_policy()};
        for (const auto& f : lint_all(workflow_request, as_workflow.manifests, std::move(as_workflow.findings)))
            CHECK(f.span.end <= source.text.size());

        auto as_list = read_scope_list_source(source, {&zoho, DeclaredAccess::read_only, std::nullopt, {}});
        const LintRequest list_request{source.path, "", &as_list.manifests.front(), &default_policy()};
        for (const auto& f : lint(list_request, std::move(as_list.findings))) {
            CHECK(f.span.begin <= f.span.end);
            CHECK(f.span.end <= source.text.size());
        }
    }
    CHECK(json_files > 40);
    // python's json module agrees: only this file is invalid (a second value after the object)
    CHECK(invalid_json == std::vector<std::string>{"003-generate-and-send-pdf.json"});
}

// Each file under the name of every format (the paths fuzz_readers uses), so
// every reader sees every real manifest, whatever its own format.
TEST_CASE("every corpus file is read under every format's name with spans inside the file", "[corpus]") {
    constexpr std::string_view names[] = {".github/workflows/ci.yml", "x.github-app.json", "x.connected-app.json",
                                          "x.json",                   "slack-manifest.yml", "slack-manifest.json",
                                          "app/manifest.yml",          "app/atlassian-connect.json",
                                          "app/shopify.app.toml",      "app/app.yml",        "app/appsscript.json",
                                          "app/.env",                  "src/client.py",      "ext/manifest.json"};
    std::size_t recognised = 0;
    for (const auto& path : corpus_files()) {
        const std::string text = test::read_text(path.string());
        for (const auto name : names) {
            INFO(path.string() << " as " << name);
            const SourceFile source(std::string(name), text);
            auto read = read_manifest(source, source.path, false, {}, true);
            if (read.recognized) ++recognised;
            const LintRequest request{source.path, "", nullptr, &default_policy()};
            for (const auto& f : lint_all(request, read.manifests, std::move(read.findings))) {
                CHECK(f.span.begin <= f.span.end);
                CHECK(f.span.end <= text.size());
            }
        }
    }
    CHECK(recognised > 100);
}

TEST_CASE("the binary lints the whole corpus without an error exit", "[corpus]") {
    for (const bool scan_code : {false, true}) {
        std::vector<std::string> arguments{"--format", "json", corpus.string()};
        if (scan_code) arguments.insert(arguments.begin(), "--scan-code");
        const auto result = test::run_scopelint(arguments);
        CHECK((result.exit_code == 0 || result.exit_code == 1));
        CHECK(result.err == "");
        CHECK(result.out.find("\"files_skipped\"") != std::string::npos);
    }
}

TEST_CASE("every workflow of the corpus reads as a workflow, without syntax errors", "[corpus]") {
    std::size_t workflows = 0;
    std::size_t without_permissions = 0;
    for (const auto& path : corpus_files()) {
        if (!path.parent_path().filename().string().starts_with("github-actions")) continue;
        INFO(path.string());
        ++workflows;
        const SourceFile source(".github/workflows/" + path.filename().string(), test::read_text(path.string()));
        const auto read = read_github_workflow(source);
        for (const auto& f : read.findings) CHECK(f.rule != "manifest-syntax");
        REQUIRE_FALSE(read.manifests.empty());
        const bool folder_says_none = path.parent_path().filename() == "github-actions-no-permissions";
        const bool any_scope = std::any_of(read.manifests.begin(), read.manifests.end(),
                                           [](const AppManifest& app) { return !app.scopes.empty(); });
        if (folder_says_none) {
            ++without_permissions;
            CHECK_FALSE(any_scope);
        }
    }
    CHECK(workflows >= 20);
    CHECK(without_permissions >= 5);
}

TEST_CASE("every GitHub App manifest of the corpus is recognised by its content", "[corpus]") {
    std::size_t manifests = 0;
    for (const auto& path : corpus_files()) {
        if (path.parent_path().filename() != "github-app-manifest") continue;
        INFO(path.string());
        ++manifests;
        const SourceFile source(path.filename().string(), test::read_text(path.string()));
        const auto read = read_manifest(source, source.path, false, {});
        REQUIRE(read.recognized);
        REQUIRE(read.manifests.size() == 1);
        CHECK(read.manifests.front().provider == "github-app");
        CHECK_FALSE(read.manifests.front().scopes.empty());
        for (const auto& f : read.findings) CHECK(f.rule != "manifest-syntax");
    }
    CHECK(manifests >= 5);
}

TEST_CASE("every Slack app manifest of the corpus is recognised, JSON and YAML alike", "[corpus]") {
    std::size_t manifests = 0;
    for (const auto& path : corpus_files()) {
        if (path.parent_path().filename() != "slack-manifest") continue;
        INFO(path.string());
        ++manifests;
        const SourceFile source(path.filename().string(), test::read_text(path.string()));
        const auto read = read_manifest(source, source.path, false, {});
        REQUIRE(read.recognized);
        REQUIRE(read.manifests.size() == 2);  // bot token, user token
        CHECK(read.manifests.front().provider == "slack");
        CHECK(read.manifests[0].scopes.size() + read.manifests[1].scopes.size() > 0);
        for (const auto& f : read.findings) CHECK(f.rule != "manifest-syntax");
    }
    CHECK(manifests >= 20);
}

TEST_CASE("every Atlassian Connect descriptor of the corpus is recognised by its content", "[corpus]") {
    std::size_t descriptors = 0;
    for (const auto& path : corpus_files()) {
        if (path.parent_path().filename() != "atlassian-connect") continue;
        INFO(path.string());
        ++descriptors;
        const SourceFile source(path.filename().string(), test::read_text(path.string()));
        const auto read = read_manifest(source, source.path, false, {});
        REQUIRE(read.recognized);
        REQUIRE(read.manifests.size() == 1);
        CHECK(read.manifests.front().provider == "atlassian-connect");
        for (const auto& f : read.findings) CHECK(f.rule != "manifest-syntax");
    }
    CHECK(descriptors >= 5);
}

TEST_CASE("every Shopify app configuration of the corpus reads without a syntax error", "[corpus]") {
    std::size_t configs = 0;
    for (const auto& path : corpus_files()) {
        if (path.parent_path().filename() != "shopify-app-config") continue;
        INFO(path.string());
        ++configs;
        const SourceFile source("app/shopify.app.toml", test::read_text(path.string()));
        const auto read = read_manifest(source, source.path, false, {});
        REQUIRE(read.recognized);
        REQUIRE(read.manifests.size() == 1);
        CHECK(read.manifests.front().provider == "shopify");
        for (const auto& f : read.findings) CHECK(f.rule != "manifest-syntax");
        for (const auto& scope : read.manifests.front().scopes)
            CHECK(source.text.substr(scope.span.begin, scope.span.size()) == scope.text);
    }
    CHECK(configs >= 8);
}
