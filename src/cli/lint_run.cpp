#include "cli/lint_run.hpp"

#include "catalog/catalog.hpp"
#include "cli/discover.hpp"
#include "cli/exit_codes.hpp"
#include "cli/lint_file.hpp"
#include "cli/progress.hpp"
#include "engine/engine.hpp"
#include "engine/rule_meta.hpp"
#include "parse/connected_app_reader.hpp"
#include "parse/scope_list_reader.hpp"
#include "provider/provider.hpp"
#include "util/files.hpp"
#include "util/ordered_parallel.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <set>
#include <vector>

#include <unistd.h>

namespace scopelint::cli {
namespace fs = std::filesystem;
namespace {

std::vector<CatalogInfo> catalog_infos() {
    std::vector<CatalogInfo> infos;
    for (const auto* c : catalog::all_catalogs()) infos.push_back({c->provider, c->title, c->date, c->scopes.size()});
    return infos;
}

bool at_or_above(Severity severity, std::optional<Severity> threshold) {
    return threshold && static_cast<int>(severity) >= static_cast<int>(*threshold);
}

std::string directory_of(const std::string& absolute_file) {
    return fs::path(absolute_file).parent_path().generic_string();
}

}  // namespace

struct LintRun::Target {
    std::ostream* stream = nullptr;
    std::optional<util::AtomicFile> file;
};

LintRun::LintRun(const Options& options, std::ostream& out, std::ostream& err)
    : options_(options), out_(out), err_(err), policies_(options.policy) {}

std::string LintRun::working_directory() const {
    std::error_code error;
    return fs::current_path(error).generic_string();
}

bool LintRun::use_color() const {
    if (options_.output || options_.format != Format::text) return false;
    if (options_.color != ColorMode::automatic) return options_.color == ColorMode::always;
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    return (no_color == nullptr || *no_color == '\0') && !(term != nullptr && std::string_view(term) == "dumb") &&
           ::isatty(STDOUT_FILENO) == 1;
}

std::unique_ptr<Reporter> LintRun::make_reporter(std::ostream& stream) const {
    switch (options_.format) {
        case Format::json: return make_json_reporter(stream);
        case Format::sarif: return make_sarif_reporter(stream);
        case Format::text: break;
    }
    return make_text_reporter(stream, TextOptions{use_color(), !options_.quiet});
}

RunInfo LintRun::run_info() const {
    static const auto catalogs = catalog_infos();
    return RunInfo{SCOPELINT_VERSION, SCOPELINT_HOMEPAGE, catalogs, all_rule_metas(), working_directory()};
}

void LintRun::count(const std::vector<Finding>& findings) {
    ++summary_.files_scanned;
    for (const auto& finding : findings) {
        switch (finding.severity) {
            case Severity::error: ++summary_.errors; break;
            case Severity::warning: ++summary_.warnings; break;
            case Severity::note: ++summary_.notes; break;
        }
        if (at_or_above(finding.severity, options_.fail_on)) summary_.failed = true;
    }
}

std::string LintRun::render(const Reporter& reporter, const SourceFile& source, const std::vector<Finding>& findings) const {
    return reporter.render(source, findings, [this](std::string_view path) { return policies_.source(path); });
}

// scopelint never modifies an input, not even by being told to write its report over one.
bool LintRun::output_overwrites_input(const std::vector<std::pair<Input, const Policy*>>& work) const {
    if (!options_.output) return false;
    std::error_code error;
    const auto output = fs::weakly_canonical(*options_.output, error);
    for (const auto& [input, policy] : work) {
        if (input.is_stdin || fs::weakly_canonical(input.absolute, error) != output) continue;
        err_ << fmt::format("scopelint: error: --output '{}' is one of the linted files; scopelint never overwrites "
                            "an input\n",
                            *options_.output);
        return true;
    }
    return false;
}

void LintRun::take(Reporter& reporter, FileOutcome&& outcome) {
    for (const auto& message : outcome.messages) err_ << message << '\n';
    if (outcome.unreadable) input_error_ = true;
    if (outcome.skipped) ++summary_.files_skipped;
    if (!outcome.source) return;
    count(outcome.findings);
    reporter.write(outcome.rendered);
}

bool LintRun::open_target(Target& target) {
    if (!options_.output) {
        target.stream = &out_;
        return true;
    }
    target.file.emplace(*options_.output);
    if (!target.file->ok()) {
        err_ << fmt::format("scopelint: error: {}\n", target.file->error());
        return false;
    }
    target.stream = &target.file->stream();
    return true;
}

int LintRun::finish(Reporter& reporter, Target& target) {
    reporter.end(summary_);
    if (target.file && !target.file->commit()) {
        err_ << fmt::format("scopelint: error: {}\n", target.file->error());
        return exit_usage;
    }
    if (input_error_) return exit_usage;
    return summary_.failed ? exit_findings : exit_clean;
}

int LintRun::lint_paths() {
    auto discovery = discover(options_.paths, options_.follow_symlinks, options_.scan_code);
    summary_.files_skipped = discovery.skipped;
    for (const auto& note : discovery.notes) err_ << fmt::format("scopelint: note: {}\n", note);
    for (const auto& error : discovery.errors) err_ << fmt::format("scopelint: error: {}\n", error);
    input_error_ = !discovery.errors.empty();

    // Every policy is read before any output, so an invalid one stops the run cleanly.
    std::vector<std::pair<Input, const Policy*>> work;
    std::set<std::string> policy_errors;
    for (auto& input : discovery.inputs) {
        const auto directory = input.is_stdin ? working_directory() : directory_of(input.absolute);
        auto found = policies_.for_directory(directory);
        if (auto* error = std::get_if<PolicyError>(&found)) {
            if (policy_errors.insert(error->describe()).second) err_ << error->describe() << '\n';
            continue;
        }
        const Policy* policy = std::get<const Policy*>(found);
        if (!input.named && policy->excludes(input.absolute)) {
            ++summary_.files_skipped;
            continue;
        }
        work.emplace_back(std::move(input), policy);
    }
    if (!policy_errors.empty()) return exit_usage;
    if (output_overwrites_input(work)) return exit_usage;

    Target target;
    if (!open_target(target)) return exit_usage;
    auto reporter = make_reporter(*target.stream);
    reporter->begin(run_info());
    // Files are read and linted in parallel; the report still follows path order.
    constexpr std::size_t window = 64;  // files linted ahead of the report, at most
    Progress progress(err_, !options_.no_progress && stderr_wants_progress(), work.size());
    // Only report text on the same terminal must not run into the line.
    const bool report_on_terminal = !options_.output && ::isatty(STDOUT_FILENO) == 1;
    std::size_t done = 0;
    util::run_in_order<FileOutcome>(
        work.size(), options_.jobs, window,
        [&](std::size_t i) {
            const auto& [input, policy] = work[i];
            auto outcome =
                lint_file({&input, policy, input.is_stdin ? options_.stdin_name : input.display, options_.limits,
                           options_.scan_code});
            // Rendering is per file and thread-safe: it happens here, in the worker.
            if (outcome.source) outcome.rendered = render(*reporter, *outcome.source, outcome.findings);
            return outcome;
        },
        [&](FileOutcome&& outcome) {
            if (report_on_terminal && !outcome.rendered.empty()) progress.clear();
            take(*reporter, std::move(outcome));
            progress.update(++done);
        });
    progress.clear();
    return finish(*reporter, target);
}

int LintRun::check_scope_list() {
    const Provider* provider = find_provider(options_.provider);
    if (provider == nullptr) {
        err_ << fmt::format("scopelint: error: unknown provider '{}'\n", options_.provider);
        return exit_usage;
    }
    const bool from_stdin = options_.scopes == "-";
    std::string text = options_.scopes;
    if (from_stdin) {
        auto read = util::read_stdin(options_.limits.max_file_bytes);
        if (!read.text) {
            err_ << fmt::format("scopelint: error: cannot read stdin: {}\n", read.error);
            return exit_usage;
        }
        text = std::move(*read.text);
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        err_ << "scopelint: error: no scopes given\n";
        return exit_usage;
    }
    auto found = policies_.for_directory(working_directory());
    if (auto* error = std::get_if<PolicyError>(&found)) {
        err_ << error->describe() << '\n';
        return exit_usage;
    }
    Target target;
    if (!open_target(target)) return exit_usage;
    auto reporter = make_reporter(*target.stream);
    reporter->begin(run_info());
    const SourceFile source(from_stdin ? options_.stdin_name : "<argument>", std::move(text));
    auto result = read_scope_list_source(source, {provider, options_.access, options_.app_name, options_.limits});
    const LintRequest request{source.path, "", &result.manifests.front(), std::get<const Policy*>(found)};
    const auto findings = lint(request, std::move(result.findings));
    count(findings);
    reporter->write(render(*reporter, source, findings));
    return finish(*reporter, target);
}

}  // namespace scopelint::cli
