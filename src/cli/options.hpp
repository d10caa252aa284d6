#pragma once
// Command-line options, parsed once into plain values (CLI11 does the parsing,
// so --help, unknown-option and bad-value messages are consistent).
#include "ast/manifest.hpp"
#include "engine/finding.hpp"
#include "parse/limits.hpp"

#include <optional>
#include <string>
#include <vector>

namespace scopelint::cli {

enum class Command { lint, check, rules, rule, version };
enum class Format { text, json, sarif };
enum class ColorMode { automatic, always, never };

struct Options {
    Command command = Command::lint;
    std::vector<std::string> paths;        // lint: files and directories ("-" = stdin)
    std::string scopes;                    // check: the list, or "-" for stdin
    std::string provider = "zoho";         // check
    DeclaredAccess access = DeclaredAccess::unspecified;  // check
    std::optional<std::string> app_name;   // check: for policy sections matched by name
    std::string rule_id;                   // rule
    Format format = Format::text;
    std::optional<std::string> output;
    std::optional<std::string> policy;
    std::optional<Severity> fail_on = Severity::warning;  // empty: never fail
    ColorMode color = ColorMode::automatic;
    bool quiet = false;                    // text: no summary line
    std::string stdin_name = "<stdin>";
    InputLimits limits;                    // --max-file-size sets max_file_bytes
    bool follow_symlinks = false;
    bool scan_code = false;
    bool no_progress = false;              // never the progress line on a terminal's stderr                // also read scope lists in source code (opt-in: reads every source file)
    unsigned jobs = 1;                     // files linted in parallel (-j); set from the CPU count by default
};

struct ParseOutcome {
    std::optional<Options> options;  // empty: exit with `exit_code` after printing `message`
    int exit_code = 0;
    std::string message;             // help/version text (stdout) or an error (stderr)
    bool message_is_error = false;
};

[[nodiscard]] ParseOutcome parse_options(int argc, const char* const* argv);

}  // namespace scopelint::cli
