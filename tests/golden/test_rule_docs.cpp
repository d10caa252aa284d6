// The rule pages are part of the contract: each page's Example must produce
// exactly the findings its text block shows, and its "Use instead" manifest
// none of that rule. Docs that drift from the code fail here.
#include "engine/rule_meta.hpp"
#include "support/lint_case.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

using namespace scopelint;

namespace {

struct Block {
    std::string language;
    std::string body;
    bool after_policy_label = false;
};

std::string_view section(std::string_view page, std::string_view heading) {
    const auto marker = fmt::format("\n## {}\n", heading);
    const auto start = page.find(marker);
    if (start == std::string_view::npos) return {};
    const auto body = start + marker.size();
    const auto next = page.find("\n## ", body);
    return page.substr(body, next == std::string_view::npos ? std::string_view::npos : next - body);
}

std::vector<Block> fenced_blocks(std::string_view text) {
    std::vector<Block> blocks;
    std::size_t at = 0;
    while ((at = text.find("```", at)) != std::string_view::npos) {
        const auto info_end = text.find('\n', at);
        const auto close = text.find("\n```", info_end);
        if (info_end == std::string_view::npos || close == std::string_view::npos) break;
        Block block;
        block.language = std::string(text.substr(at + 3, info_end - at - 3));
        block.body = std::string(text.substr(info_end + 1, close - info_end));
        const auto before = text.substr(0, at);
        block.after_policy_label = before.rfind("Policy (") != std::string_view::npos &&
                                   before.rfind("Policy (") > (blocks.empty() ? 0 : before.rfind("```"));
        blocks.push_back(std::move(block));
        at = close + 4;
    }
    return blocks;
}

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

std::string findings_as_text(const test::LintedCase& linted, std::string_view rule) {
    std::string out;
    for (const auto& f : linted.findings) {
        if (f.rule != rule) continue;
        out += fmt::format("{}:{}: {}[{}]: {}\n", linted.manifest->path, test::position_of(*linted.manifest, f.span.begin),
                           to_string(f.severity), f.rule, f.message);
    }
    return trimmed(out);
}

}  // namespace

TEST_CASE("every rule page's example gives the findings it shows, and its fix gives none", "[docs]") {
    for (const auto& meta : all_rule_metas()) {
        INFO("rules/lint/" << meta.id << ".md");
        const auto example = fenced_blocks(section(meta.docs, "Example"));
        const auto fixed = fenced_blocks(section(meta.docs, "Use instead"));
        std::optional<std::string> policy;
        std::optional<std::string> manifest;
        std::optional<std::string> expected;
        std::string language;
        for (const auto& block : example) {
            const bool manifest_block = block.language == "json" || block.language == "yaml";
            if (block.language == "json" && block.after_policy_label && !policy && !manifest) policy = block.body;
            else if (manifest_block && !manifest) manifest = block.body, language = block.language;
            else if (block.language == "text" && !expected) expected = block.body;
        }
        REQUIRE(manifest);
        REQUIRE(expected);
        // A YAML example is a Slack app manifest when it has oauth_config, else
        // a GitHub Actions workflow shown as ci.yml.
        const bool slack = manifest->find("oauth_config:") != std::string::npos;
        const std::string display = language != "yaml" ? "app.connected-app.json"
                                    : slack            ? "slack-manifest.yml"
                                                       : ".github/workflows/ci.yml";
        const std::string absolute = "/docs/" + display;
        const auto linted = test::lint_case(display, *manifest, policy, "/docs", absolute);
        CHECK(findings_as_text(linted, meta.id) == trimmed(*expected));

        REQUIRE_FALSE(fixed.empty());
        const auto& fix = fixed.back();  // the fixed manifest (a page may repeat the policy first)
        REQUIRE(fix.language == language);
        const auto fixed_linted = test::lint_case(display, fix.body, policy, "/docs", absolute);
        CHECK(findings_as_text(fixed_linted, meta.id) == "");
    }
}
