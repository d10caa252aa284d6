#pragma once
// Everything that happens to one input file, from reading it to its sorted
// findings. Pure and thread-safe, so files can be linted in parallel while
// the report is still written in path order.
#include "ast/source.hpp"
#include "cli/discover.hpp"
#include "engine/finding.hpp"
#include "engine/policy.hpp"
#include "parse/limits.hpp"

#include <optional>
#include <string>
#include <vector>

namespace scopelint::cli {

struct FileOutcome {
    std::optional<SourceFile> source;     // set when the file is reported (linted, or over the size limit)
    std::vector<Finding> findings;        // sorted
    bool skipped = false;                 // seen but not a manifest (counted in the summary)
    bool unreadable = false;              // could not be read: the run exits 2
    std::vector<std::string> messages;    // for stderr, in order ("scopelint: note: ...")
    std::string rendered;                 // the file's part of the report, rendered by the worker
};

struct FileJob {
    const Input* input = nullptr;
    const Policy* policy = nullptr;
    std::string display;      // the path to show (stdin: --stdin-filename)
    InputLimits limits;
    bool scan_code = false;   // --scan-code
};

[[nodiscard]] FileOutcome lint_file(const FileJob& job);

}  // namespace scopelint::cli
