// Catalog lookup over the generated static tables (catalog::find_scope) and the
// implication test the redundant-scope and policy rules call pairwise.
#include "catalog/lookup.hpp"
#include "inputs.hpp"

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

namespace scopelint::bench {
namespace {

void lookup(benchmark::State& state, const std::vector<std::string>& names, bool expect_hit) {
    const auto& catalog = *zoho().catalog;
    std::size_t i = 0;
    std::size_t hits = 0;
    for (auto _ : state) {
        auto match = catalog::find_scope(catalog, names[i]);
        hits += match ? 1U : 0U;
        benchmark::DoNotOptimize(match);
        if (++i == names.size()) i = 0;
    }
    const bool all_hit = hits == static_cast<std::size_t>(state.iterations());
    if (expect_hit != all_hit && (expect_hit || hits != 0)) state.SkipWithError("unexpected hit/miss mix");
    state.SetItemsProcessed(total(state, 1));
}

// Every scope of the catalog as documented.
void BM_FindScope_Hit(benchmark::State& state) { lookup(state, catalog_names(), true); }
BENCHMARK(BM_FindScope_Hit);

// The same scopes in lower case (Zoho compares case-insensitively).
void BM_FindScope_HitLowerCase(benchmark::State& state) {
    auto names = catalog_names();
    for (auto& name : names)
        for (auto& c : name)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    lookup(state, names, true);
}
BENCHMARK(BM_FindScope_HitLowerCase);

// Well-formed but unknown: a misspelt resource or operation.
void BM_FindScope_Miss(benchmark::State& state) {
    auto names = catalog_names();
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto dot = names[i].rfind('.');
        names[i].insert(dot == std::string::npos ? names[i].size() : dot, (i % 2 == 0) ? "x" : "_old");
    }
    lookup(state, names, false);
}
BENCHMARK(BM_FindScope_Miss);

// All ordered pairs of an 8-scope manifest's resolved scopes.
void BM_Implies_Pairs8(benchmark::State& state) {
    const auto& catalog = *zoho().catalog;
    const std::vector<std::string> texts{"ZohoCRM.modules.ALL",          "ZohoCRM.modules.contacts.READ",
                                         "ZohoCRM.settings.ALL",         "ZohoCRM.settings.fields.READ",
                                         "ZohoBooks.fullaccess.all",     "ZohoBooks.invoices.READ",
                                         "ZohoCRM.modules.deals.CREATE", "ZohoCRM.users.READ"};
    std::vector<catalog::Match> matches;
    for (const auto& text : texts) {
        matches.push_back(catalog::find_scope(catalog, text));
        if (!matches.back()) state.SkipWithError("unknown scope in the benchmark input");
    }
    for (auto _ : state) {
        int count = 0;
        for (const auto& a : matches)
            for (const auto& b : matches) count += catalog::implies(catalog, a, b) ? 1 : 0;
        benchmark::DoNotOptimize(count);
    }
    state.SetItemsProcessed(total(state, 64));
}
BENCHMARK(BM_Implies_Pairs8);

}  // namespace
}  // namespace scopelint::bench
