// The scope-list grammar (RFC 6749 scope parameter + the Zoho scope structure):
// parse_scope_list on what manifests and `scopelint check` carry.
#include "inputs.hpp"
#include "parse/scope_list_parser.hpp"

#include <benchmark/benchmark.h>

namespace scopelint::bench {
namespace {

void run_list(benchmark::State& state, const std::string& list, std::size_t count) {
    const Provider& provider = zoho();
    for (auto _ : state) {
        auto parsed = parse_scope_list(list, provider);
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(total(state, list.size()));
    state.SetItemsProcessed(total(state, count));  // items/s = scopes/s
}

// 8 scopes, comma-separated: a typical OAuth scope parameter.
void BM_ScopeList_Typical(benchmark::State& state) { run_list(state, scope_list(8), 8); }
BENCHMARK(BM_ScopeList_Typical);

// Space-separated (RFC 6749 style; a warning for Zoho): the separator-judging path.
void BM_ScopeList_SpaceSeparated(benchmark::State& state) { run_list(state, scope_list(8, ' '), 8); }
BENCHMARK(BM_ScopeList_SpaceSeparated);

// 1,000 scopes: the per-manifest limit.
void BM_ScopeList_Long(benchmark::State& state) {
    const auto count = static_cast<std::size_t>(state.range(0));
    run_list(state, scope_list(count), count);
}
BENCHMARK(BM_ScopeList_Long)->Arg(100)->Arg(1000);

// One scope through the provider's grammar alone.
void BM_ScopeGrammar_One(benchmark::State& state) {
    const Provider& provider = zoho();
    const std::string token = "ZohoCRM.settings.custom_views.READ";
    for (auto _ : state) benchmark::DoNotOptimize(provider.check_scope(token));
    state.SetItemsProcessed(total(state, 1));
}
BENCHMARK(BM_ScopeGrammar_One);

}  // namespace
}  // namespace scopelint::bench
