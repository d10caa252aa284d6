#pragma once
// Turns the command line's paths into the list of files to read: directories
// are walked recursively in a stable order, skipping version-control and build
// folders and never following symbolic links.
#include <cstdint>
#include <string>
#include <vector>

namespace scopelint::cli {

struct Input {
    std::string display;    // shown in reports: relative as given, '/' separators
    std::string absolute;   // normalised absolute path; empty for stdin
    bool named = false;     // given on the command line (not found by walking)
    bool is_stdin = false;
};

struct Discovery {
    std::vector<Input> inputs;        // sorted by display path, no duplicates
    std::uint64_t skipped = 0;        // files walked past (not JSON, or symbolic links)
    std::vector<std::string> errors;  // paths that could not be read, with the reason
    std::vector<std::string> notes;   // links not followed although asked to, with the reason
};

// Symbolic links met while walking are skipped unless `follow_symlinks`; even
// then a link that leaves the directory given on the command line, or leads
// back to a directory already walked, is skipped with a note.
// `scan_code` also collects the source files --scan-code reads.
[[nodiscard]] Discovery discover(const std::vector<std::string>& paths, bool follow_symlinks = false,
                                 bool scan_code = false);

// Directory names never descended into while walking.
[[nodiscard]] bool is_ignored_directory(const std::string& name);

}  // namespace scopelint::cli
