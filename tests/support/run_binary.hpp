#pragma once
// Runs the built scopelint binary the way a user or CI job would, capturing
// what it prints and its exit code.
#include <map>
#include <string>
#include <vector>

namespace scopelint::test {

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

struct RunOptions {
    std::string working_directory;                // default: the repository root
    std::string stdin_text;
    std::map<std::string, std::string> env;       // added to a minimal environment
};

[[nodiscard]] RunResult run_scopelint(const std::vector<std::string>& args, const RunOptions& options = {});

[[nodiscard]] std::string read_text(const std::string& path);
void write_text(const std::string& path, const std::string& text);

// Golden files: compare, or rewrite them when SCOPELINT_UPDATE_GOLDEN=1 (never in CI).
[[nodiscard]] bool update_golden();

}  // namespace scopelint::test
