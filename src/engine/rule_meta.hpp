#pragma once
// Rule metadata and documentation. The single source is rules/lint/<id>.json
// and rules/lint/<id>.md; the build embeds them (src/codegen), and the text
// reporter's help line, `scopelint rule ID` and SARIF rule metadata all read
// this table.
#include "engine/finding.hpp"

#include <span>
#include <string_view>

namespace scopelint {

struct RuleMeta {
    std::string_view id;                 // kebab-case, e.g. "broad-scope"
    std::string_view summary;            // one line: SARIF shortDescription, `scopelint rules`
    Severity default_severity = Severity::warning;
    std::string_view security_severity;  // SARIF/GitHub score "0.1".."10.0"
    std::string_view precision;          // very-high | high | medium | low
    std::span<const std::string_view> tags;
    std::string_view help;               // generic one-line fix (text output's help: line)
    std::string_view description;        // the "What it does" section, plain text
    std::string_view docs;               // the whole Markdown page
    std::string_view since;              // scopelint version that introduced it
};

// Every rule's metadata, sorted by id.
[[nodiscard]] std::span<const RuleMeta> all_rule_metas();
[[nodiscard]] const RuleMeta* find_rule_meta(std::string_view id);

}  // namespace scopelint
