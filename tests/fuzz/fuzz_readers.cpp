// libFuzzer target: every manifest format as `scopelint` reads it from a
// directory. The first byte picks the path, and so the reader:
//   0 .github/workflows/fuzz.yml  (GitHub Actions workflow)
//   1 fuzz.github-app.json        (GitHub App manifest)
//   2 fuzz.connected-app.json     (connected app)
//   3 fuzz.json                   (the content decides, or it is skipped)
//   4 fuzz.slack.yml              (Slack app manifest, YAML)
//   5 fuzz.slack.json             (Slack app manifest, JSON)
//   6 fuzz/manifest.yml           (Atlassian Forge, or skipped)
//   7 fuzz/atlassian-connect.json (Atlassian Connect)
//   8 fuzz/shopify.app.toml       (Shopify app configuration)
//   9 fuzz/app.yml                (Probot's GitHub App manifest, or skipped)
//  10 fuzz/appsscript.json        (Google Apps Script manifest)
//  11 fuzz/.env                   (scope lists in a .env file, or skipped)
//  12 fuzz/client.py              (scopes in source code, as --scan-code reads them)
//  13 fuzz/manifest.json          (browser extension manifest, or skipped)
// The rest is the file: read_manifest -> lint_all with the built-in policy.
// A new format adds its path here and its seeds in seeds.sh.
//
// Invariants (abort on violation):
//  * every finding's span, and every related span in the same file, lies
//    inside the input with begin <= end;
//  * every scope token lies inside the input and is not empty;
//  * a finding is about the file being read;
//  * the same input read and linted twice gives the same findings.
#include "ast/source.hpp"
#include "engine/engine.hpp"
#include "parse/policy_reader.hpp"
#include "parse/formats.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using scopelint::Finding;

constexpr std::string_view paths[] = {".github/workflows/fuzz.yml", "fuzz.github-app.json", "fuzz.connected-app.json",
                                      "fuzz.json",                  "fuzz.slack.yml",       "fuzz.slack.json",
                                      "fuzz/manifest.yml",          "fuzz/atlassian-connect.json",
                                      "fuzz/shopify.app.toml",      "fuzz/app.yml",
                                      "fuzz/appsscript.json",       "fuzz/.env",
                                      "fuzz/client.py",             "fuzz/manifest.json"};

[[noreturn]] void fail(const char* what, std::uint32_t offset = 0) {
    std::fprintf(stderr, "fuzz_readers: invariant violated: %s (offset %u)\n", what, offset);
    std::abort();
}

void check(bool ok, const char* what, std::uint32_t offset = 0) {
    if (!ok) fail(what, offset);
}

void check_span(std::size_t size, scopelint::Span span, const char* what) {
    check(span.begin <= span.end && span.end <= size, what, span.begin);
}

std::string describe(const std::vector<Finding>& findings) {
    std::string out;
    for (const auto& f : findings)
        out += f.rule + " " + std::to_string(f.span.begin) + "-" + std::to_string(f.span.end) + " " + f.message + "\n";
    return out;
}

std::vector<Finding> lint_once(const scopelint::SourceFile& source) {
    auto read = scopelint::read_manifest(source, source.path, false, {}, true);
    for (const auto& app : read.manifests) {
        for (const auto& scope : app.scopes) {
            check_span(source.text.size(), scope.span, "scope token outside the input");
            check(!scope.text.empty(), "empty scope token", scope.span.begin);
        }
    }
    const scopelint::LintRequest request{source.path, "", nullptr, &scopelint::default_policy()};
    return scopelint::lint_all(request, read.manifests, std::move(read.findings));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view path = paths[data[0] % std::size(paths)];
    const scopelint::SourceFile source(std::string(path), std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
    size = source.text.size();
    const auto findings = lint_once(source);
    for (const auto& f : findings) {
        check(f.path == source.path, "finding about another file", f.span.begin);
        check_span(size, f.span, "finding span outside the input");
        for (const auto& related : f.related)
            if (related.path.empty() || related.path == source.path)
                check_span(size, related.span, "related span outside the input");
    }
    check(describe(findings) == describe(lint_once(source)), "two runs over the same input differ");
    return 0;
}
