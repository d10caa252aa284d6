#pragma once
// The manifest formats scopelint reads, and which one a path belongs to.
// Discovery and the run loop ask here; a new format is one entry in
// formats.cpp and a reader, never a change to the engine.
#include "ast/source.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/limits.hpp"

#include <string_view>
#include <vector>

namespace scopelint {

struct ManifestFormat {
    std::string_view id;  // "connected-app", "github-workflow"
    // The path alone says the file is in this format, so anything wrong with
    // it is reported; otherwise the content decides and other files are
    // skipped quietly.
    bool (*named_like)(std::string_view path);
    // The path may hold this format (what discovery collects).
    bool (*may_hold)(std::string_view path);
    ReadResult (*read)(const SourceFile& source, bool by_name, const InputLimits& limits);
    // Read only on request (--scan-code): source files are many, manifests few.
    bool opt_in = false;
};

// The formats that may hold `path`, to be tried in this order until one
// recognises the file: those it is named like first. Empty when no format
// reads such files.
// `scan_code` adds the opt-in formats (scopes in source code).
[[nodiscard]] std::vector<const ManifestFormat*> formats_for(std::string_view path, bool scan_code = false);

// Whether some format claims `path` by its name alone.
[[nodiscard]] bool named_like_a_manifest(std::string_view path);

// Reads `source` with the first of formats_for(path) that recognises it.
// `read_anyway` (stdin): when nothing recognises the text, it is read as a
// connected-app manifest whose problems are then reported.
[[nodiscard]] ReadResult read_manifest(const SourceFile& source, std::string_view path, bool read_anyway,
                                       const InputLimits& limits, bool scan_code = false);

}  // namespace scopelint
