// JSON with positions (parse_json, grammar/json.hpp), the line table, and the
// connected-app reader that builds an AppManifest from the tree.
#include "ast/source.hpp"
#include "inputs.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/json_reader.hpp"

#include <benchmark/benchmark.h>

#include <string>

namespace scopelint::bench {
namespace {

void parse(benchmark::State& state, std::string_view text) {
    for (auto _ : state) {
        auto result = parse_json(text);
        if (!result.root) state.SkipWithError("the benchmark input does not parse");
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(total(state, text.size()));
}

void BM_JsonParse_Manifest1K(benchmark::State& state) { parse(state, clean_manifest()); }
BENCHMARK(BM_JsonParse_Manifest1K);

// A few-MB document (Arg: MiB), the parse-throughput target's shape.
void BM_JsonParse_Large(benchmark::State& state) {
    const std::string text = large_document(static_cast<std::size_t>(state.range(0)) << 20U);
    parse(state, text);
}
BENCHMARK(BM_JsonParse_Large)->Arg(4)->Unit(benchmark::kMillisecond);

void BM_LineIndex_Manifest1K(benchmark::State& state) {
    const std::string_view text = clean_manifest();
    for (auto _ : state) {
        LineIndex lines(text);
        benchmark::DoNotOptimize(lines);
    }
    state.SetBytesProcessed(total(state, text.size()));
}
BENCHMARK(BM_LineIndex_Manifest1K);

void BM_LineIndex_Large(benchmark::State& state) {
    const std::string text = large_document(static_cast<std::size_t>(state.range(0)) << 20U);
    for (auto _ : state) {
        LineIndex lines(text);
        benchmark::DoNotOptimize(lines);
    }
    state.SetBytesProcessed(total(state, text.size()));
}
BENCHMARK(BM_LineIndex_Large)->Arg(4)->Unit(benchmark::kMillisecond);

// read_connected_app: JSON parse + manifest fields + every scope through the grammar.
void read(benchmark::State& state, std::string_view text) {
    const SourceFile source("bench.connected-app.json", std::string(text));
    for (auto _ : state) {
        auto result = read_connected_app(source, true);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(total(state, text.size()));
}

void BM_ReadConnectedApp_Clean1K(benchmark::State& state) { read(state, clean_manifest()); }
BENCHMARK(BM_ReadConnectedApp_Clean1K);

void BM_ReadConnectedApp_Faulty1K(benchmark::State& state) { read(state, faulty_manifest()); }
BENCHMARK(BM_ReadConnectedApp_Faulty1K);

void BM_ReadConnectedApp_Large(benchmark::State& state) {
    read(state, large_document(static_cast<std::size_t>(state.range(0)) << 20U));
}
BENCHMARK(BM_ReadConnectedApp_Large)->Arg(4)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace scopelint::bench
