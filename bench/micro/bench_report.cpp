// Each reporter on one file's findings (Reporter::file), writing into a
// stream that only counts bytes. bytes/s is output written.
#include "ast/source.hpp"
#include "catalog/catalog.hpp"
#include "engine/engine.hpp"
#include "engine/rule_meta.hpp"
#include "inputs.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/policy_reader.hpp"
#include "report/reporter.hpp"

#include <benchmark/benchmark.h>

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

namespace scopelint::bench {
namespace {

class CountingBuffer final : public std::streambuf {
public:
    std::size_t bytes = 0;

protected:
    int_type overflow(int_type c) override {
        if (!traits_type::eq_int_type(c, traits_type::eof())) ++bytes;
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* /*s*/, std::streamsize n) override {
        bytes += static_cast<std::size_t>(n);
        return n;
    }
};

enum class Format { text, json, sarif };

std::unique_ptr<Reporter> make(Format format, std::ostream& out) {
    switch (format) {
        case Format::json: return make_json_reporter(out);
        case Format::sarif: return make_sarif_reporter(out);
        case Format::text: break;
    }
    return make_text_reporter(out, TextOptions{false, true});
}

void run_report(benchmark::State& state, Format format, std::string_view text) {
    const SourceFile source("team-01/app-001/bench.connected-app.json", std::string(text));
    auto read = read_connected_app(source, true);
    const LintRequest request{source.path, "/bench/team-01/app-001/bench.connected-app.json",
                              read.manifests.empty() ? nullptr : &read.manifests.front(), &default_policy()};
    const std::vector<Finding> findings = lint(request, std::move(read.findings));

    std::vector<CatalogInfo> catalogs;
    for (const auto* c : catalog::all_catalogs()) catalogs.push_back({c->provider, c->title, c->date, c->scopes.size()});
    const RunInfo run{"0.0.0-bench", "https://github.com/scopelint/scopelint", catalogs, all_rule_metas(), "/bench"};
    const SourceLookup lookup = [](std::string_view) -> const SourceFile* { return nullptr; };

    CountingBuffer buffer;
    std::ostream out(&buffer);
    auto reporter = make(format, out);
    reporter->begin(run);
    const std::size_t before = buffer.bytes;
    for (auto _ : state) reporter->file(source, findings, lookup);
    const std::size_t written = buffer.bytes - before;
    reporter->end(Summary{});
    state.counters["findings"] = static_cast<double>(findings.size());
    state.SetBytesProcessed(static_cast<std::int64_t>(written));
    state.SetItemsProcessed(total(state, 1));  // items/s = files/s
}

void BM_Report_Text_Faulty1K(benchmark::State& state) { run_report(state, Format::text, faulty_manifest()); }
BENCHMARK(BM_Report_Text_Faulty1K);
void BM_Report_Json_Faulty1K(benchmark::State& state) { run_report(state, Format::json, faulty_manifest()); }
BENCHMARK(BM_Report_Json_Faulty1K);
void BM_Report_Sarif_Faulty1K(benchmark::State& state) { run_report(state, Format::sarif, faulty_manifest()); }
BENCHMARK(BM_Report_Sarif_Faulty1K);
// A clean file: what most files in a repository cost the reporter.
void BM_Report_Text_Clean1K(benchmark::State& state) { run_report(state, Format::text, clean_manifest()); }
BENCHMARK(BM_Report_Text_Clean1K);
void BM_Report_Json_Clean1K(benchmark::State& state) { run_report(state, Format::json, clean_manifest()); }
BENCHMARK(BM_Report_Json_Clean1K);

}  // namespace
}  // namespace scopelint::bench
