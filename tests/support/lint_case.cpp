#include "support/lint_case.hpp"

#include "engine/engine.hpp"
#include "parse/formats.hpp"
#include "parse/policy_reader.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

namespace scopelint::test {

LintedCase lint_case(const std::string& display_name, std::string manifest_text,
                     const std::optional<std::string>& policy_text, const std::string& policy_directory,
                     const std::string& absolute_path) {
    LintedCase out;
    out.manifest = std::make_unique<SourceFile>(display_name, std::move(manifest_text));
    std::optional<Policy> loaded;
    const Policy* policy = &default_policy();
    if (policy_text) {
        out.policy = std::make_shared<const SourceFile>(".scopelint.json", *policy_text);
        auto result = read_policy(out.policy, policy_directory);
        if (auto* error = std::get_if<PolicyError>(&result)) FAIL("invalid policy: " << error->describe());
        loaded = std::get<Policy>(std::move(result));
        policy = &*loaded;
    }
    // As the CLI reads stdin: by the display name, else as a connected app.
    auto read = read_manifest(*out.manifest, display_name, true, {});
    const LintRequest request{out.manifest->path, absolute_path, nullptr, policy};
    out.findings = lint_all(request, read.manifests, std::move(read.findings));
    return out;
}

std::string position_of(const SourceFile& source, std::uint32_t offset) {
    const auto p = source.position(offset);
    return fmt::format("{}:{}", p.line, p.char_column);
}

}  // namespace scopelint::test
