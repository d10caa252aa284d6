#pragma once
// Hand-made sources and findings for the reporter tests (text, JSON, SARIF).
#include "report/reporter.hpp"

#include <catch2/catch.hpp>

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scopelint::test {

inline const CatalogInfo test_catalogs[] = {{.provider = "zoho", .title = "Zoho", .date = "2026-12-03", .scopes = 1234}};

inline RunInfo make_test_run(std::span<const RuleMeta> rules) {
    RunInfo run;
    run.tool_version = "0.1.0";
    run.homepage = "https://github.com/example/scopelint";
    run.catalogs = test_catalogs;
    run.rules = rules;
    run.working_directory = "/home/someone/project";  // must never appear in any output
    return run;
}

inline Span span_of(const SourceFile& source, std::string_view needle, std::size_t from = 0) {
    const std::size_t at = source.text.find(needle, from);
    REQUIRE(at != std::string::npos);
    return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())};
}

inline Finding scope_finding(const SourceFile& source, std::string rule, std::string scope, std::string pointer) {
    Finding finding;
    finding.rule = std::move(rule);
    finding.message = "Scope '" + scope + "' is too broad";
    finding.path = source.path;
    finding.span = span_of(source, scope);
    finding.pointer = std::move(pointer);
    finding.scope = std::move(scope);
    finding.provider = "zoho";
    return finding;
}

struct FileFindings {
    const SourceFile* source;
    std::vector<Finding> findings;
};

}  // namespace scopelint::test
