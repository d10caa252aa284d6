#include "cli/lint_file.hpp"

#include "engine/engine.hpp"
#include "parse/formats.hpp"
#include "util/files.hpp"

#include <fmt/format.h>

namespace scopelint::cli {
namespace {

// A file over the size limit is a finding when it should have been linted
// (named on the command line or named like a manifest), else a skipped file.
FileOutcome too_large(const FileJob& job, const std::string& why, bool expected) {
    FileOutcome outcome;
    if (!expected) {
        outcome.skipped = true;
        outcome.messages.push_back(fmt::format("scopelint: note: '{}' skipped: {}", job.display, why));
        return outcome;
    }
    outcome.source.emplace(job.display, "");
    outcome.findings.push_back(
        make_finding("input-limit", Severity::error, job.display, {}, {}, fmt::format("{}; it was not read", why)));
    return outcome;
}

}  // namespace

FileOutcome lint_file(const FileJob& job) {
    const Input& input = *job.input;
    const auto max_bytes = job.limits.max_file_bytes;
    auto read = input.is_stdin ? util::read_stdin(max_bytes) : util::read_file(input.absolute, max_bytes);
    const bool by_name = input.is_stdin || named_like_a_manifest(job.display);
    if (read.too_large) return too_large(job, read.error, by_name || input.named);
    FileOutcome outcome;
    if (!read.text) {
        outcome.unreadable = true;
        outcome.messages.push_back(fmt::format("scopelint: error: cannot read '{}': {}", job.display, read.error));
        return outcome;
    }
    SourceFile source(job.display, std::move(*read.text));
    auto result = read_manifest(source, job.display, input.is_stdin, job.limits, job.scan_code);
    if (!result.recognized) {
        outcome.skipped = true;
        if (input.named)
            outcome.messages.push_back(
                fmt::format("scopelint: note: '{}' is not a manifest in a format scopelint reads; skipped", job.display));
        return outcome;
    }
    const LintRequest request{source.path, input.absolute, nullptr, job.policy};
    outcome.findings = lint_all(request, result.manifests, std::move(result.findings));
    outcome.source.emplace(std::move(source));
    return outcome;
}

}  // namespace scopelint::cli
