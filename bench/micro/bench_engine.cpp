// The rule engine (lint: resolve scopes, pick the policy section, run every
// rule, apply severities) on one ~1 KB manifest with the built-in policy, and
// the whole per-file pipeline without I/O and reporting.
#include "ast/source.hpp"
#include "engine/engine.hpp"
#include "inputs.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/policy_reader.hpp"

#include <benchmark/benchmark.h>

#include <string>

namespace scopelint::bench {
namespace {

constexpr std::string_view path = "team-01/app-001/bench.connected-app.json";
constexpr std::string_view absolute = "/bench/team-01/app-001/bench.connected-app.json";

void run_lint(benchmark::State& state, std::string_view text) {
    const SourceFile source{std::string(path), std::string(text)};
    const ReadResult read = read_connected_app(source, true);
    if (read.manifests.empty()) {
        state.SkipWithError("the benchmark manifest does not read");
        return;
    }
    const LintRequest request{source.path, absolute, &read.manifests.front(), &default_policy()};
    std::size_t findings = 0;
    for (auto _ : state) {
        auto result = lint(request, read.findings);  // a copy of the reader's findings, as the CLI hands over
        findings = result.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["findings"] = static_cast<double>(findings);
    state.SetItemsProcessed(total(state, read.manifests.front().scopes.size()));
}

void BM_Lint_Clean1K(benchmark::State& state) { run_lint(state, clean_manifest()); }
BENCHMARK(BM_Lint_Clean1K);

void BM_Lint_Faulty1K(benchmark::State& state) { run_lint(state, faulty_manifest()); }
BENCHMARK(BM_Lint_Faulty1K);

// SourceFile (copy + line table) + read_connected_app + lint: a file's CPU cost
// in the CLI, less reading it from disk and reporting it.
void run_pipeline(benchmark::State& state, std::string_view text) {
    const Policy& policy = default_policy();
    for (auto _ : state) {
        const SourceFile source{std::string(path), std::string(text)};
        auto read = read_connected_app(source, true);
        const LintRequest request{source.path, absolute, read.manifests.empty() ? nullptr : &read.manifests.front(), &policy};
        auto result = lint(request, std::move(read.findings));
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(total(state, text.size()));
    state.SetItemsProcessed(total(state, 1));  // items/s = files/s
}

void BM_PerFile_Clean1K(benchmark::State& state) { run_pipeline(state, clean_manifest()); }
BENCHMARK(BM_PerFile_Clean1K);

void BM_PerFile_Faulty1K(benchmark::State& state) { run_pipeline(state, faulty_manifest()); }
BENCHMARK(BM_PerFile_Faulty1K);

}  // namespace
}  // namespace scopelint::bench
