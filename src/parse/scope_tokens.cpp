#include "parse/scope_tokens.hpp"

#include "parse/scope_list_parser.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace scopelint {
namespace {

Span to_file(const ScopeCarrier& carrier, Span within) {
    return {carrier.to_file(within.begin), carrier.to_file(within.end)};
}

Finding scope_syntax(const ScopeCarrier& carrier, const Provider& provider, std::string_view path, Severity severity,
                     Span span, std::string message, std::string scope = {}) {
    Finding finding = make_finding("scope-syntax", severity, path, span, carrier.pointer, std::move(message));
    finding.scope = std::move(scope);
    finding.provider = std::string(provider.id);
    return finding;
}

}  // namespace

void read_scope_carrier(const ScopeCarrier& carrier, const Provider& provider, std::string_view path,
                        std::vector<ScopeToken>& tokens, std::vector<Finding>& findings) {
    const auto list = parse_scope_list(carrier.text, provider);
    for (const auto& issue : list.issues)
        findings.push_back(scope_syntax(carrier, provider, path, issue.severity, to_file(carrier, issue.span), issue.message));
    if (carrier.one_scope_expected && list.items.size() > 1)
        findings.push_back(scope_syntax(
            carrier, provider, path, Severity::warning, to_file(carrier, list.items[1].span),
            fmt::format("one array element holds {} scopes; put each scope in its own element", list.items.size())));
    if (carrier.one_scope_expected && list.items.empty() && list.issues.empty())
        findings.push_back(scope_syntax(carrier, provider, path, Severity::error,
                                        to_file(carrier, {0, static_cast<std::uint32_t>(carrier.text.size())}),
                                        "empty scope"));
    for (const auto& item : list.items) {
        ScopeToken token;
        token.text = std::string(carrier.text.substr(item.span.begin, item.span.size()));
        token.span = to_file(carrier, item.span);
        token.pointer = carrier.pointer;
        token.well_formed = !item.syntax.has_value();
        if (item.syntax) {
            const auto begin = item.span.begin + item.syntax->offset;
            const auto end = std::min(item.span.end, begin + item.syntax->length);
            findings.push_back(scope_syntax(carrier, provider, path, Severity::error, to_file(carrier, {begin, end}),
                                            fmt::format("scope '{}': {}", token.text, item.syntax->message), token.text));
        }
        tokens.push_back(std::move(token));
    }
}

}  // namespace scopelint
