#pragma once
// The contract between the engine and one rule. A rule sees a resolved
// manifest (every scope matched against its provider's catalog) and the
// policy section that applies, and adds findings; it never reads files,
// counts lines or decides severities the policy overrides.
#include "ast/manifest.hpp"
#include "catalog/lookup.hpp"
#include "engine/finding.hpp"
#include "engine/policy.hpp"
#include "provider/provider.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

struct ResolvedScope {
    const ScopeToken* token = nullptr;
    catalog::Match match;  // empty when unknown or malformed
    std::string canonical; // catalog spelling (the text itself when unknown)
};

class RuleContext {
public:
    RuleContext(std::string_view path, const AppManifest& app, const Provider& provider,
                std::span<const ResolvedScope> scopes, const Policy& policy, const AppSection* section);

    [[nodiscard]] const AppManifest& app() const { return app_; }
    [[nodiscard]] const catalog::Catalog& catalog() const { return *provider_.catalog; }
    [[nodiscard]] std::span<const ResolvedScope> scopes() const { return scopes_; }
    [[nodiscard]] const Policy& policy() const { return policy_; }
    [[nodiscard]] const AppSection* section() const { return section_; }

    // The access the app must keep to: the policy section's, else the manifest's.
    [[nodiscard]] DeclaredAccess required_access() const;

    // A finding about a place in the manifest, with path and provider filled in.
    [[nodiscard]] Finding finding(std::string_view rule, Severity severity, Span span, std::string pointer,
                                  std::string message) const;
    [[nodiscard]] Finding finding(std::string_view rule, Severity severity, const ResolvedScope& scope,
                                  std::string message) const;
    // A related location in the policy file (or the built-in policy).
    [[nodiscard]] RelatedLocation policy_location(Span span, std::string message) const;

private:
    std::string_view path_;
    const AppManifest& app_;
    const Provider& provider_;
    std::span<const ResolvedScope> scopes_;
    const Policy& policy_;
    const AppSection* section_;
};

class Rule {
public:
    Rule() = default;
    Rule(const Rule&) = delete;
    Rule& operator=(const Rule&) = delete;
    virtual ~Rule() = default;

    [[nodiscard]] virtual std::string_view id() const = 0;
    virtual void check(const RuleContext& context, std::vector<Finding>& findings) const = 0;
};

}  // namespace scopelint
