#pragma once
// The manifest formats scopelint reads, and which one a path belongs to.
// Discovery and the run loop ask here; a new format is one entry in
// formats.cpp and a reader, never a change to the engine.
#include "ast/source.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/limits.hpp"

#include <string_view>

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
};

// The format to read `path` with, or nullptr when no format reads such files.
[[nodiscard]] const ManifestFormat* format_for(std::string_view path);

}  // namespace scopelint
