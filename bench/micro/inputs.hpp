#pragma once
// Inputs shared by the micro-benchmarks: realistic ~1 KB manifests (one clean,
// one with the usual faults), scope lists, and a generated multi-megabyte JSON
// document shaped like bench/generate_corpus.py's large file. All deterministic.
#include "provider/provider.hpp"

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint::bench {

// For SetBytesProcessed / SetItemsProcessed: `per_iteration` units in every iteration.
[[nodiscard]] inline std::int64_t total(const benchmark::State& state, std::size_t per_iteration) {
    return state.iterations() * static_cast<std::int64_t>(per_iteration);
}

// A clean manifest (no findings with the default policy), 1.2 KB.
[[nodiscard]] std::string_view clean_manifest();
// A faulty one (23 findings: broad, write in read-only, duplicate, unknown,
// deprecated, redundant, http and wildcard redirects, a committed token), 0.9 KB.
[[nodiscard]] std::string_view faulty_manifest();

// A comma-separated list of `count` distinct known scopes taken from the catalog.
[[nodiscard]] std::string scope_list(std::size_t count, char separator = ',');

// A manifest-like JSON object of about `bytes` bytes: "provider", "scopes",
// then an "extra" array of nested records with escapes and non-ASCII text.
[[nodiscard]] std::string large_document(std::size_t bytes);

[[nodiscard]] const Provider& zoho();

// Every canonical scope name of the Zoho catalog, in catalog order.
[[nodiscard]] std::vector<std::string> catalog_names();

}  // namespace scopelint::bench
