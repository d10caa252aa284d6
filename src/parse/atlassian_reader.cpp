#include "parse/atlassian_reader.hpp"

#include "ast/json.hpp"
#include "parse/json_reader.hpp"
#include "parse/json_strings.hpp"
#include "parse/manifest_settings.hpp"
#include "parse/scope_tokens.hpp"
#include "parse/yaml_reader.hpp"
#include "parse/yaml_strings.hpp"
#include "provider/provider.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <memory>

namespace scopelint {
namespace {

constexpr std::string_view forge_app_prefix = "ari:cloud:ecosystem::app/";

Finding reader_finding(const SourceFile& source, std::string_view provider, std::string_view rule, Span span,
                       std::string pointer, std::string message) {
    Finding finding = make_finding(rule, Severity::error, source.path, span, std::move(pointer), std::move(message));
    finding.provider = std::string(provider);
    return finding;
}

// One scope of a list or map entry.
void add_scope(const SourceFile& source, const Provider& provider, const std::string& text, Span span,
               const std::string& pointer, AppManifest& app, ScopeBudget& budget, std::vector<Finding>& findings) {
    read_scope_value(text, span, pointer, "scope", provider, source.path, budget, app, findings);
}

bool is_forge_manifest(const YamlNode& root) {
    if (!root.is(YamlKind::mapping)) return false;
    const YamlPair* app = root.find("app");
    if (app == nullptr || !app->value.is(YamlKind::mapping)) return false;
    const YamlPair* id = app->value.find("id");
    return id != nullptr && id->value.is(YamlKind::scalar) && id->value.text.starts_with(forge_app_prefix);
}

// `scopes:` is a list of scopes, or a map of scope to its options
// (`allowImpersonation: true`); both name the same scopes.
void read_forge_scopes(const SourceFile& source, const YamlNode& scopes, AppManifest& app, const InputLimits& limits,
                       std::vector<Finding>& findings) {
    const Provider& provider = *find_provider("atlassian");
    ScopeBudget budget(limits);
    const std::string pointer = "/permissions/scopes";
    if (scopes.is(YamlKind::sequence)) {
        for (std::size_t i = 0; i < scopes.items.size(); ++i) {
            const YamlNode& item = scopes.items[i];
            const std::string item_pointer = fmt::format("{}/{}", pointer, i);
            if (item.is(YamlKind::scalar))
                add_scope(source, provider, item.text, item.alias ? *item.alias : item.value_span, item_pointer, app,
                          budget, findings);
            else
                findings.push_back(reader_finding(source, provider.id, "manifest-syntax", item.placed_span(), item_pointer,
                                                  "a scope must be a string"));
        }
    } else if (scopes.is(YamlKind::mapping)) {
        for (const auto& pair : scopes.pairs) {
            const std::string item_pointer = fmt::format("{}/{}", pointer, json_pointer_token(pair.key.text));
            if (pair.key.is(YamlKind::scalar))
                add_scope(source, provider, pair.key.text, pair.key.alias ? *pair.key.alias : pair.key.value_span,
                          item_pointer, app, budget, findings);
        }
    } else if (!(scopes.is(YamlKind::scalar) && scopes.text.empty())) {
        findings.push_back(reader_finding(source, provider.id, "manifest-syntax", scopes.placed_span(), pointer,
                                          "'permissions.scopes' must be a list of scopes"));
    }
    budget.report(provider, source.path, findings);
}

bool is_connect_descriptor(const JsonValue& root) {
    return root.is(JsonKind::object) && root.find("key") != nullptr && root.find("baseUrl") != nullptr &&
           (root.find("modules") != nullptr || root.find("scopes") != nullptr);
}

void read_connect_scopes(const SourceFile& source, const JsonValue& scopes, AppManifest& app, const InputLimits& limits,
                         std::vector<Finding>& findings) {
    const Provider& provider = *find_provider("atlassian-connect");
    if (!scopes.is(JsonKind::array)) {
        findings.push_back(reader_finding(source, provider.id, "manifest-syntax", scopes.span, "/scopes",
                                          "'scopes' must be an array of scope names"));
        return;
    }
    ScopeBudget budget(limits);
    for (std::size_t i = 0; i < scopes.elements.size(); ++i) {
        const JsonValue& scope = scopes.elements[i];
        const std::string pointer = fmt::format("/scopes/{}", i);
        const Span inner{scope.span.begin + 1, scope.span.end > 0 ? scope.span.end - 1 : 0};
        if (scope.is(JsonKind::string))
            add_scope(source, provider, scope.text, scope.has_escapes ? scope.span : inner, pointer, app, budget, findings);
        else
            findings.push_back(reader_finding(source, provider.id, "manifest-syntax", scope.span, pointer,
                                              "a scope must be a string"));
    }
    budget.report(provider, source.path, findings);
}

}  // namespace

bool may_be_forge_manifest(std::string_view path) {
    const auto name = util::base_name(path);
    return util::iequals(name, "manifest.yml") || util::iequals(name, "manifest.yaml");
}

bool has_connect_descriptor_name(std::string_view path) {
    const auto name = util::base_name(path);
    return util::starts_with_icase(name, "atlassian-connect") && util::ends_with_icase(name, ".json");
}

ReadResult read_forge_manifest(const SourceFile& source, bool by_name, const InputLimits& limits) {
    ReadResult result;
    if (!by_name && source.text.find(forge_app_prefix) == std::string_view::npos) return result;
    auto parsed = parse_yaml(source.text, limits);
    if (parsed.error || parsed.documents.empty() || !is_forge_manifest(parsed.documents.front())) return result;
    result.recognized = true;
    const auto document = std::make_shared<const YamlNode>(std::move(parsed.documents.front()));
    AppManifest app;
    app.provider = "atlassian";
    app.justification_form = no_reason_field_form;
    if (const YamlPair* id = document->find("app")->value.find("id"))
        app.name = Located{id->value.text, id->value.value_span, "/app/id"};
    if (const YamlPair* permissions = document->find("permissions"); permissions != nullptr && permissions->value.is(YamlKind::mapping))
        if (const YamlPair* scopes = permissions->value.find("scopes"))
            read_forge_scopes(source, scopes->value, app, limits, result.findings);
    read_settings(*find_provider("atlassian")->catalog, "forge-manifest", *document, app);
    collect_yaml_strings(*document, "", PathTable::root, app);
    app.document = document;
    result.manifests.push_back(std::move(app));
    return result;
}

ReadResult read_connect_descriptor(const SourceFile& source, bool by_name, const InputLimits& limits) {
    ReadResult result;
    if (!by_name && source.text.find("\"baseUrl\"") == std::string_view::npos) return result;
    auto parsed = parse_json(source.text, JsonLimits{limits.max_json_depth});
    if (parsed.error) {
        if (!by_name) return result;
        result.recognized = true;
        Finding finding = invalid_json_finding(source, *parsed.error);
        finding.provider = "atlassian-connect";
        result.findings.push_back(std::move(finding));
        return result;
    }
    if (!is_connect_descriptor(*parsed.root)) return result;
    result.recognized = true;
    report_invalid_json_utf8(source, parsed.invalid_utf8, result.findings);
    const auto document = std::make_shared<const JsonValue>(std::move(*parsed.root));
    AppManifest app;
    app.provider = "atlassian-connect";
    app.justification_form = no_reason_field_form;
    if (const JsonMember* key = document->find("key"); key != nullptr && key->value.is(JsonKind::string))
        app.name = Located{key->value.text, key->value.span, "/key"};
    if (const JsonMember* scopes = document->find("scopes")) read_connect_scopes(source, scopes->value, app, limits, result.findings);
    read_settings(*find_provider("atlassian-connect")->catalog, "atlassian-connect", *document, app);
    collect_json_strings(*document, "", PathTable::root, app);
    app.document = document;
    result.manifests.push_back(std::move(app));
    return result;
}

}  // namespace scopelint
