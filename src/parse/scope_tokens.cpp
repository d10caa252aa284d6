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

// The scope is neither kept as text nor matched: its first bytes are enough
// to find it, and comparing a megabyte against every catalog entry is not.
Finding too_long(const ScopeCarrier& carrier, const Provider& provider, std::string_view path, const ListItem& item,
                 const InputLimits& limits) {
    Finding f = make_finding("input-limit", Severity::error, path, to_file(carrier, item.span), carrier.pointer,
                             fmt::format("a scope of {} bytes is longer than the {}-byte limit; it was not checked",
                                         item.span.size(), limits.max_scope_bytes));
    f.provider = std::string(provider.id);
    return f;
}

}  // namespace

void ScopeBudget::drop(Span span, const std::string& pointer) {
    if (dropped_++ == 0) {
        first_dropped_ = span;
        pointer_ = pointer;
    }
}

void ScopeBudget::report(const Provider& provider, std::string_view path, std::vector<Finding>& findings) const {
    if (dropped_ == 0) return;
    Finding f = make_finding("input-limit", Severity::error, path, first_dropped_, pointer_,
                             fmt::format("the manifest holds more than {} scopes; the last {} were not checked",
                                         limits_.max_scopes, dropped_));
    f.provider = std::string(provider.id);
    findings.push_back(std::move(f));
}

void read_scope_carrier(const ScopeCarrier& carrier, const Provider& provider, std::string_view path,
                        ScopeBudget& budget, std::vector<ScopeToken>& tokens, std::vector<Finding>& findings) {
    const auto list = parse_scope_list(carrier.text, provider, budget.limits().max_scope_bytes);
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
        if (!budget.admits(tokens.size())) {
            budget.drop(to_file(carrier, item.span), carrier.pointer);
            continue;
        }
        if (item.too_long) {
            findings.push_back(too_long(carrier, provider, path, item, budget.limits()));
            continue;
        }
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

void read_scope_value(std::string text, Span span, const std::string& pointer, std::string_view noun,
                      const Provider& provider, std::string_view path, ScopeBudget& budget, AppManifest& app,
                      std::vector<Finding>& findings) {
    if (!budget.admits(app.scopes.size())) {
        budget.drop(span, pointer);
        return;
    }
    if (text.empty()) {
        // An empty string grants nothing and matches nothing: reported, never a token.
        Finding finding = make_finding("scope-syntax", Severity::error, path, span, pointer, fmt::format("empty {}", noun));
        finding.provider = std::string(provider.id);
        findings.push_back(std::move(finding));
        return;
    }
    const auto syntax = provider.check_scope(text);
    if (syntax) {
        Finding finding = make_finding("scope-syntax", Severity::error, path, span, pointer,
                                       fmt::format("{} '{}': {}", noun, text, syntax->message));
        finding.provider = std::string(provider.id);
        finding.scope = text;
        findings.push_back(std::move(finding));
    }
    app.scopes.push_back(ScopeToken{std::move(text), span, pointer, !syntax});
}

}  // namespace scopelint
