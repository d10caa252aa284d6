// Every real manifest in ../shared/corpus goes through every reader without
// a crash: as JSON, as a connected-app manifest, as a bare scope list, and
// through the binary as a whole directory.
#include "engine/engine.hpp"
#include "parse/connected_app_reader.hpp"
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
        const LintRequest manifest_request{source.path, "", as_manifest.manifest ? &*as_manifest.manifest : nullptr,
                                           &default_policy()};
        for (const auto& f : lint(manifest_request, std::move(as_manifest.findings))) CHECK(f.span.end <= source.text.size());

        auto as_list = read_scope_list_source(source, {&zoho, DeclaredAccess::read_only, std::nullopt, {}});
        const LintRequest list_request{source.path, "", &*as_list.manifest, &default_policy()};
        for (const auto& f : lint(list_request, std::move(as_list.findings))) {
            CHECK(f.span.begin <= f.span.end);
            CHECK(f.span.end <= source.text.size());
        }
    }
    CHECK(json_files > 40);
    // python's json module agrees: only this file is invalid (a second value after the object)
    CHECK(invalid_json == std::vector<std::string>{"003-generate-and-send-pdf.json"});
}

TEST_CASE("the binary lints the whole corpus without an error exit", "[corpus]") {
    const auto result = test::run_scopelint({"--format", "json", corpus.string()});
    CHECK((result.exit_code == 0 || result.exit_code == 1));
    CHECK(result.err == "");
    CHECK(result.out.find("\"files_skipped\"") != std::string::npos);
}
