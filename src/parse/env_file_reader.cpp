#include "parse/env_file_reader.hpp"

#include "parse/scope_shapes.hpp"
#include "parse/scope_tokens.hpp"
#include "provider/provider.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace scopelint {
namespace {

// One `NAME=value` assignment, with the value's place in the file.
struct Assignment {
    std::string_view name;
    Span name_span;
    std::string_view value;  // without quotes and trailing comment
    Span value_span;
};

bool is_name_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-';
}

// `[export ]NAME=value`, the value unquoted, '…' or "…" (no escapes are
// decoded: a scope list needs none). An unquoted value ends at " #".
std::optional<Assignment> parse_line(std::string_view text, std::uint32_t line_begin, std::uint32_t line_end) {
    std::uint32_t at = line_begin;
    while (at < line_end && (text[at] == ' ' || text[at] == '\t')) ++at;
    if (text.substr(at, line_end - at).starts_with("export ")) at += 7;
    const std::uint32_t name_begin = at;
    while (at < line_end && is_name_char(text[at])) ++at;
    if (at == name_begin || at >= line_end || text[at] != '=') return std::nullopt;
    Assignment out{text.substr(name_begin, at - name_begin), {name_begin, at}, {}, {}};
    ++at;
    std::uint32_t value_end = line_end;
    while (value_end > at && (text[value_end - 1] == '\r' || text[value_end - 1] == ' ' || text[value_end - 1] == '\t'))
        --value_end;
    if (at < value_end && (text[at] == '"' || text[at] == '\'')) {
        const auto close = text.substr(at + 1, value_end - at - 1).find(text[at]);
        if (close == std::string_view::npos) return std::nullopt;  // unterminated: not a value we can place
        value_end = at + 1 + static_cast<std::uint32_t>(close);
        ++at;
    } else if (const auto comment = text.substr(at, value_end - at).find(" #"); comment != std::string_view::npos) {
        value_end = at + static_cast<std::uint32_t>(comment);
        while (value_end > at && (text[value_end - 1] == ' ' || text[value_end - 1] == '\t')) --value_end;
    }
    out.value = text.substr(at, value_end - at);
    out.value_span = {at, value_end};
    return out;
}

bool names_a_scope_list(std::string_view name) {
    return util::ends_with_icase(name, "SCOPE") || util::ends_with_icase(name, "SCOPES");
}

// A provider word in the variable's name, as the words between underscores.
const Provider* provider_named_in(std::string_view name) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 11> words{{
        {"ZOHO", "zoho"},
        {"GOOGLE", "google"},
        {"GCP", "google"},
        {"GMAIL", "google"},
        {"GITHUB", "github"},
        {"GH", "github"},
        {"SLACK", "slack"},
        {"SHOPIFY", "shopify"},
        {"ATLASSIAN", "atlassian"},
        {"JIRA", "atlassian"},
        {"CONFLUENCE", "atlassian"},
    }};
    for (const auto word : util::split(name, '_'))
        for (const auto& [spelling, provider] : words)
            if (util::iequals(word, spelling)) return find_provider(provider);
    return nullptr;
}

// SLACK_BOT_SCOPES, SLACK_USER_SCOPES: the token type, where the provider's
// catalog has one by that name (the token-type rule then applies).
std::string token_type_named_in(std::string_view name, const Provider& provider) {
    for (const auto word : util::split(name, '_'))
        for (const auto& type : provider.catalog->token_types)
            if (util::iequals(word, type.id)) return std::string(type.id);
    return {};
}

AppManifest manifest_for(const Assignment& assignment, const Provider& provider, const SourceFile& source,
                         const InputLimits& limits, std::vector<Finding>& findings) {
    AppManifest app;
    app.provider = std::string(provider.id);
    app.token_type = token_type_named_in(assignment.name, provider);
    app.name = Located{std::string(assignment.name), assignment.name_span, fmt::format("/{}", assignment.name)};
    app.justification_form = no_reason_field_form;
    ScopeBudget budget(limits);
    const std::uint32_t begin = assignment.value_span.begin;
    const ScopeCarrier carrier{assignment.value, [begin](std::uint32_t offset) { return begin + offset; },
                               fmt::format("/{}", assignment.name), false};
    read_scope_carrier(carrier, provider, source.path, budget, app.scopes, findings);
    budget.report(provider, source.path, findings);
    return app;
}

}  // namespace

bool has_env_file_name(std::string_view path) {
    const auto name = util::base_name(path);
    return util::iequals(name, ".env") || util::starts_with_icase(name, ".env.") ||
           (util::ends_with_icase(name, ".env") && name.size() > 4);
}

ReadResult read_env_file(const SourceFile& source, bool, const InputLimits& limits) {
    ReadResult result;
    const std::string_view text = source.text;
    const auto size = static_cast<std::uint32_t>(text.size());
    // Editors on Windows start files with a byte order mark; it is not part of the first name.
    const std::uint32_t first_line = text.starts_with("\xEF\xBB\xBF") ? 3U : 0U;
    for (std::uint32_t line_begin = first_line; line_begin < size;) {
        const auto newline = text.find('\n', line_begin);
        const auto line_end = newline == std::string_view::npos ? size : static_cast<std::uint32_t>(newline);
        const auto assignment = parse_line(text, line_begin, line_end);
        line_begin = line_end + 1;
        if (!assignment || !names_a_scope_list(assignment->name) || util::trim(assignment->value).empty()) continue;
        const Provider* provider = provider_named_in(assignment->name);
        if (provider == nullptr) provider = provider_by_shape(assignment->value);
        if (provider == nullptr) continue;  // not certain whose scopes these are: left alone
        result.manifests.push_back(manifest_for(*assignment, *provider, source, limits, result.findings));
    }
    result.recognized = !result.manifests.empty();
    return result;
}

}  // namespace scopelint
