#include "engine/rule.hpp"

namespace scopelint {

RuleContext::RuleContext(std::string_view path, const AppManifest& app, const Provider& provider,
                         std::span<const ResolvedScope> scopes, const Policy& policy, const AppSection* section)
    : path_(path), app_(app), provider_(provider), scopes_(scopes), policy_(policy), section_(section) {}

DeclaredAccess RuleContext::required_access() const {
    if (section_ != nullptr && section_->access != DeclaredAccess::unspecified) return section_->access;
    return app_.access;
}

Finding RuleContext::finding(std::string_view rule, Severity severity, Span span, std::string pointer,
                             std::string message) const {
    Finding f = make_finding(rule, severity, path_, span, std::move(pointer), std::move(message));
    f.provider = std::string(provider_.id);
    return f;
}

Finding RuleContext::finding(std::string_view rule, Severity severity, const ResolvedScope& scope,
                             std::string message) const {
    Finding f = finding(rule, severity, scope.token->span, scope.token->pointer, std::move(message));
    f.scope = scope.token->text;
    return f;
}

RelatedLocation RuleContext::policy_location(Span span, std::string message) const {
    const std::string path = policy_.source ? policy_.source->path : std::string("<built-in policy>");
    return RelatedLocation{path, span, std::move(message)};
}

}  // namespace scopelint
