#include "cli/options.hpp"

#include "cli/exit_codes.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <thread>

namespace scopelint::cli {
namespace {

constexpr const char* description =
    "scopelint: lint OAuth scopes and app permission manifests for least privilege.\n\n"
    "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;\n"
    "2 usage error, unreadable input, invalid policy or failed output.\n";

const std::map<std::string, Format> formats{{"text", Format::text}, {"json", Format::json}, {"sarif", Format::sarif}};
const std::map<std::string, ColorMode> color_modes{
    {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}};
const std::map<std::string, std::optional<Severity>> thresholds{
    {"error", Severity::error}, {"warning", Severity::warning}, {"note", Severity::note}, {"never", std::nullopt}};
const std::map<std::string, DeclaredAccess> accesses{{"read-only", DeclaredAccess::read_only},
                                                     {"read-write", DeclaredAccess::read_write}};

struct Raw {
    std::string format = "text", color = "auto", fail_on = "warning", access;
    std::string output, policy, name;
};

void add_common_options(CLI::App& app, Raw& raw, Options& options) {
    app.add_option("--format", raw.format, "Output format: text, json or sarif (default: text)")
        ->check(CLI::IsMember({"text", "json", "sarif"}));
    app.add_option("-o,--output", raw.output, "Write the report to FILE (atomically) instead of stdout");
    app.add_option("--policy", raw.policy,
                   "Policy file to use instead of the nearest .scopelint.json above each linted path");
    app.add_option("--fail-on", raw.fail_on, "Exit 1 when a finding is at or above: error, warning, note, never "
                                             "(default: warning)")
        ->check(CLI::IsMember({"error", "warning", "note", "never"}));
    app.add_option("--color", raw.color, "Colour the text output: auto (TTY and no NO_COLOR), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_flag("-q,--quiet", options.quiet, "Text output: omit the summary line");
    options.jobs = std::max(1U, std::thread::hardware_concurrency());
    app.add_option("-j,--jobs", options.jobs, "Files linted in parallel (default: the number of CPUs); the output is "
                                              "the same for any value")
        ->check(CLI::Range(1U, 256U));
    app.add_option("--max-file-size", options.limits.max_file_bytes,
                   "Files larger than this are reported, not read (default: 16MiB; units K, M, G are 1024-based)")
        ->transform(CLI::AsSizeValue(false));
}

ParseOutcome error(std::string message) {
    return {std::nullopt, exit_usage, fmt::format("scopelint: error: {}\nRun 'scopelint --help' for usage.\n", message), true};
}

}  // namespace

ParseOutcome parse_options(int argc, const char* const* argv) {
    Options options;
    Raw raw;
    bool version = false;
    CLI::App app(description, "scopelint");
    app.set_help_flag("-h,--help", "Print this help and exit");
    app.add_flag("-V,--version", version, "Print the version and the catalogs' dates");
    add_common_options(app, raw, options);
    app.add_option("--stdin-filename", options.stdin_name, "Name shown for a manifest read from '-' (stdin)");
    app.add_option("paths", options.paths, "Files or directories to lint, '-' for stdin (default: .)");
    app.add_flag("--no-progress", options.no_progress,
                 "Never show the progress line (it appears only on a terminal, for scans longer than a moment)");
    app.add_flag("--scan-code", options.scan_code,
                 "Also read scopes in source and configuration files: authorize URLs of known providers and string "
                 "literals that are certainly Zoho or Google scope lists");
    app.add_flag("--follow-symlinks", options.follow_symlinks,
                 "Follow symbolic links while walking directories (links that leave the walked directory or loop "
                 "are still skipped)");

    auto* check = app.add_subcommand("check", "Lint a scope list given as an argument, or '-' for stdin");
    check->fallthrough();
    check->add_option("scopes", options.scopes, "The scopes, as sent in the OAuth scope parameter")->required();
    check->add_option("--provider", options.provider, "Provider of the scopes (default: zoho)");
    check->add_option("--access", raw.access, "Declared access: read-only or read-write")
        ->check(CLI::IsMember({"read-only", "read-write"}));
    check->add_option("--name", raw.name, "App name, for policy sections matched by name");

    auto* rules = app.add_subcommand("rules", "List every rule with its default severity and summary");
    rules->fallthrough();
    auto* rule = app.add_subcommand("rule", "Print the documentation of one rule");
    rule->add_option("id", options.rule_id, "Rule id, e.g. broad-scope")->required();
    app.require_subcommand(0, 1);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        return {std::nullopt, exit_clean, app.help(), false};
    } catch (const CLI::ParseError& e) {
        return error(e.what());
    }

    if (version) options.command = Command::version;
    else if (check->parsed()) options.command = Command::check;
    else if (rules->parsed()) options.command = Command::rules;
    else if (rule->parsed()) options.command = Command::rule;
    options.format = formats.at(raw.format);
    options.color = color_modes.at(raw.color);
    options.fail_on = thresholds.at(raw.fail_on);
    if (!raw.access.empty()) options.access = accesses.at(raw.access);
    if (!raw.name.empty()) options.app_name = raw.name;
    if (!raw.output.empty()) options.output = raw.output;
    if (!raw.policy.empty()) options.policy = raw.policy;
    if (options.command == Command::lint && options.paths.empty()) options.paths.emplace_back(".");
    return {options, exit_clean, {}, false};
}

}  // namespace scopelint::cli
