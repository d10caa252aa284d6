#include "engine/engine.hpp"

#include "catalog/lookup.hpp"
#include "engine/registry.hpp"
#include "provider/provider.hpp"

#include <algorithm>
#include <iterator>

namespace scopelint {
namespace {

std::vector<ResolvedScope> resolve(const AppManifest& app, const catalog::Catalog& catalog) {
    std::vector<ResolvedScope> resolved;
    resolved.reserve(app.scopes.size());
    for (const auto& token : app.scopes) {
        ResolvedScope scope;
        scope.token = &token;
        scope.canonical = token.text;
        if (token.well_formed) {
            scope.match = catalog::find_scope(catalog, token.text);
            scope.canonical = catalog::canonical_name(catalog, scope.match, token.text);
        }
        resolved.push_back(std::move(scope));
    }
    return resolved;
}

const RuleSetting* setting_for(const std::string& rule, const Policy& policy, const AppSection* section) {
    if (section != nullptr) {
        if (const auto it = section->rules.find(rule); it != section->rules.end()) return &it->second;
    }
    const auto it = policy.rules.find(rule);
    return it == policy.rules.end() ? nullptr : &it->second;
}

// Drops findings of rules turned off and applies severity overrides.
void apply_settings(std::vector<Finding>& findings, const Policy& policy, const AppSection* section) {
    std::erase_if(findings, [&](Finding& f) {
        const RuleSetting* setting = setting_for(f.rule, policy, section);
        if (setting == nullptr) return false;
        if (!setting->enabled) return true;
        if (setting->severity) f.severity = *setting->severity;
        return false;
    });
}

void mask_all(std::string& text, std::string_view secret) {
    for (auto at = text.find(secret); at != std::string::npos; at = text.find(secret, at + secret.size()))
        text.replace(at, secret.size(), std::string(secret.size(), '*'));
}

// A secret must not reach any output, also not through another finding that
// quotes the same text (a token pasted into "scopes" is quoted by unknown-scope).
void scrub_secrets(std::vector<Finding>& findings, const AppManifest& app) {
    std::vector<std::string_view> secrets;
    for (const auto& finding : findings) {
        if (!finding.redact) continue;
        for (const auto& field : app.strings)
            if (field.span == finding.span && !field.value.empty()) secrets.push_back(field.value);
    }
    for (const auto secret : secrets) {
        for (auto& finding : findings) {
            mask_all(finding.message, secret);
            mask_all(finding.help, secret);
            mask_all(finding.scope, secret);
            for (auto& related : finding.related) mask_all(related.message, secret);
        }
    }
}

}  // namespace

std::vector<Finding> lint(const LintRequest& request, std::vector<Finding> reader_findings) {
    std::vector<Finding> findings = std::move(reader_findings);
    const Policy& policy = *request.policy;
    const AppSection* section = nullptr;
    if (request.manifest != nullptr) {
        const AppManifest& app = *request.manifest;
        const Provider* provider = find_provider(app.provider);
        section = policy.section_for(app, request.absolute_path);
        if (provider != nullptr) {
            const auto scopes = resolve(app, *provider->catalog);
            const RuleContext context(request.path, app, *provider, scopes, policy, section);
            for (const Rule* rule : registered_rules()) rule->check(context, findings);
        }
        scrub_secrets(findings, app);
    }
    apply_settings(findings, policy, section);
    std::sort(findings.begin(), findings.end(), finding_less);
    return findings;
}

std::vector<Finding> lint_all(const LintRequest& request, std::span<const AppManifest> manifests,
                              std::vector<Finding> reader_findings) {
    LintRequest one = request;
    one.manifest = manifests.empty() ? nullptr : &manifests.front();
    std::vector<Finding> findings = lint(one, std::move(reader_findings));
    for (std::size_t i = 1; i < manifests.size(); ++i) {
        one.manifest = &manifests[i];
        auto more = lint(one, {});
        findings.insert(findings.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    if (manifests.size() > 1) std::sort(findings.begin(), findings.end(), finding_less);
    return findings;
}

}  // namespace scopelint
