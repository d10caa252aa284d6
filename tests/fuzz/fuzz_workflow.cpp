// libFuzzer target: bytes as a GitHub Actions workflow, the way `scopelint`
// reads .github/workflows/*.yml: read_github_workflow -> lint_all with the
// built-in default policy.
//
// Invariants (abort on violation):
//  * every finding's span, and every related span in the same file, lies
//    inside the input with begin <= end;
//  * every scope token lies inside the input and is spelt `name:level`,
//    `read-all`/`write-all` or whatever scalar `permissions:` held;
//  * a reader finding is about the workflow's own file;
//  * the same input read and linted twice gives the same findings.
#include "ast/source.hpp"
#include "engine/engine.hpp"
#include "engine/policy.hpp"
#include "parse/github_workflow_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using scopelint::Finding;

constexpr std::string_view path = ".github/workflows/fuzz.yml";

[[noreturn]] void fail(const char* what, std::uint32_t offset = 0) {
    std::fprintf(stderr, "fuzz_workflow: invariant violated: %s (offset %u)\n", what, offset);
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
    auto read = scopelint::read_github_workflow(source);
    check(read.recognized, "a workflow path is always recognised");
    for (const auto& app : read.manifests) {
        check(app.provider == "github-actions", "a workflow manifest of another provider");
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
    const scopelint::SourceFile source(std::string(path), std::string(reinterpret_cast<const char*>(data), size));
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
