#include "parse/github_app_reader.hpp"

#include "ast/json.hpp"
#include "ast/yaml.hpp"
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

constexpr std::string_view provider_id = "github-app";

std::string member_pointer(std::string_view parent, std::string_view key) {
    return fmt::format("{}/{}", parent, json_pointer_token(key));
}

// Cheap pre-check before parsing a file that is not named like a manifest.
bool mentions_app_fields(std::string_view text) {
    return text.find("default_permissions") != std::string_view::npos ||
           text.find("default_events") != std::string_view::npos;
}

bool looks_like_app_manifest(const YamlNode& root) {
    if (!root.is(YamlKind::mapping) || root.find("provider") != nullptr) return false;
    const YamlPair* permissions = root.find("default_permissions");
    const YamlPair* events = root.find("default_events");
    return (permissions != nullptr && permissions->value.is(YamlKind::mapping)) ||
           (events != nullptr && events->value.is(YamlKind::sequence));
}

// Where a node stands: the alias that placed a copy, or the scalar's text.
Span placed_value(const YamlNode& node) {
    if (node.alias) return *node.alias;
    return node.is(YamlKind::scalar) ? node.value_span : node.span;
}

// The same manifest is JSON (the registration flow) or YAML (Probot's app.yml);
// both are read through the YAML tree, and messages use the file's own words.
class AppManifestReader {
public:
    AppManifestReader(const SourceFile& source, ReadResult& result, const InputLimits& limits, bool json)
        : source_(source), result_(result), limits_(limits), provider_(*find_provider(provider_id)), json_(json) {}

    void read(const YamlNode& root) {
        AppManifest app;
        app.provider = std::string(provider_id);
        app.justification_form = no_reason_field_form;
        if (!root.is(YamlKind::mapping)) {
            syntax_error(root.span, "", fmt::format("a GitHub App manifest is a {}", mapping_word()));
            result_.manifests.push_back(std::move(app));
            return;
        }
        if (const YamlPair* name = root.find("name"); name != nullptr && is_text(name->value))
            app.name = Located{name->value.text, placed_value(name->value), "/name"};
        read_callbacks(root, app);
        if (const YamlPair* permissions = root.find("default_permissions")) read_permissions(permissions->value, app);
        if (const YamlPair* events = root.find("default_events")) read_events(events->value, app);
        read_settings(*provider_.catalog, "github-app-manifest", root, app);
        collect_yaml_strings(root, "", PathTable::root, app);
        result_.manifests.push_back(std::move(app));
    }

private:
    const SourceFile& source_;
    ReadResult& result_;
    InputLimits limits_;
    const Provider& provider_;
    bool json_;

    std::string_view mapping_word() const { return json_ ? "JSON object" : "mapping"; }
    std::string_view list_word() const { return json_ ? "array" : "list"; }

    // A string value: in JSON only a quoted one (a number is not a level).
    bool is_text(const YamlNode& node) const {
        return node.is(YamlKind::scalar) && (!json_ || node.style == YamlStyle::double_quoted);
    }

    std::string kind_of(const YamlNode& node) const {
        if (node.is(YamlKind::mapping)) return json_ ? "object" : "mapping";
        if (node.is(YamlKind::sequence)) return json_ ? "array" : "list";
        if (is_text(node)) return "string";
        if (!json_) return "scalar";
        return node.text == "true" || node.text == "false" ? "boolean" : node.text == "null" ? "null" : "number";
    }

    void syntax_error(Span span, std::string pointer, std::string message) {
        Finding finding = make_finding("manifest-syntax", Severity::error, source_.path, span, std::move(pointer),
                                       std::move(message));
        finding.provider = std::string(provider_id);
        result_.findings.push_back(std::move(finding));
    }

    // The OAuth callbacks receive authorization codes (insecure-redirect-uri).
    void read_callbacks(const YamlNode& root, AppManifest& app) const {
        if (const YamlPair* redirect = root.find("redirect_url"); redirect != nullptr && is_text(redirect->value))
            app.redirect_uris.push_back({redirect->value.text, placed_value(redirect->value), "/redirect_url"});
        const YamlPair* callbacks = root.find("callback_urls");
        if (callbacks == nullptr || !callbacks->value.is(YamlKind::sequence)) return;
        for (std::size_t i = 0; i < callbacks->value.items.size(); ++i) {
            const YamlNode& url = callbacks->value.items[i];
            if (is_text(url)) app.redirect_uris.push_back({url.text, placed_value(url), fmt::format("/callback_urls/{}", i)});
        }
    }

    // The webhooks the App subscribes to; each needs a permission (missing-scope).
    void read_events(const YamlNode& events, AppManifest& app) {
        if (!events.is(YamlKind::sequence)) {
            if (!json_ && events.is(YamlKind::scalar) && events.text.empty() && !events.is_quoted()) return;  // `default_events:`
            syntax_error(events.placed_span(), "/default_events",
                         fmt::format("'default_events' must be a{} {} of event names, not {}", json_ ? "n" : "",
                                     list_word(), kind_of(events)));
            return;
        }
        for (std::size_t i = 0; i < events.items.size(); ++i) {
            const YamlNode& event = events.items[i];
            const std::string pointer = fmt::format("/default_events/{}", i);
            if (!is_text(event) || event.text.empty()) {
                syntax_error(event.placed_span(), pointer, "an event name must be a non-empty string");
                continue;
            }
            app.events.push_back({event.text, placed_value(event), pointer});
        }
    }

    void read_permissions(const YamlNode& permissions, AppManifest& app) {
        if (!permissions.is(YamlKind::mapping)) {
            if (!json_ && permissions.is(YamlKind::scalar) && permissions.text.empty() && !permissions.is_quoted()) return;
            syntax_error(permissions.placed_span(), "/default_permissions",
                         fmt::format("'default_permissions' must be {}, not {}", json_ ? "an object" : "a mapping",
                                     kind_of(permissions)));
            return;
        }
        ScopeBudget budget(limits_);
        for (const auto& pair : permissions.pairs) {
            if (!pair.key.is(YamlKind::scalar)) continue;
            const std::string pointer = member_pointer("/default_permissions", pair.key.text);
            const Span span = pair.key.alias || pair.value.alias ? placed_value(pair.value)
                                                                 : Span{pair.key.span.begin, pair.value.span.end};
            if (!is_text(pair.value)) {
                syntax_error(pair.value.placed_span(), pointer, fmt::format("the level of '{}' must be a string", pair.key.text));
                continue;
            }
            const std::string_view level = pair.value.text;
            if (level != "read" && level != "write" && level != "admin") {
                syntax_error(placed_value(pair.value), pointer,
                             fmt::format("'{}' is not a permission level (read, write or admin)", pair.value.text));
                continue;
            }
            read_scope_value(fmt::format("{}:{}", pair.key.text, level), span, pointer, "permission", provider_,
                             source_.path, budget, app, result_.findings);
        }
        budget.report(provider_, source_.path, result_.findings);
    }
};

ReadResult read_parsed(const SourceFile& source, const InputLimits& limits, std::shared_ptr<const YamlNode> root,
                       bool json) {
    ReadResult result;
    result.recognized = true;
    AppManifestReader(source, result, limits, json).read(*root);
    for (auto& manifest : result.manifests) manifest.document = root;
    return result;
}

}  // namespace

bool has_github_app_manifest_name(std::string_view path) {
    const auto name = util::base_name(path);
    return util::ends_with_icase(name, ".json") &&
           (util::contains_icase(name, "github-app") || util::ends_with_icase(name, "app-manifest.json"));
}

bool may_be_probot_app_yml(std::string_view path) {
    const auto name = util::base_name(path);
    return util::iequals(name, "app.yml") || util::iequals(name, "app.yaml");
}

ReadResult read_github_app_manifest(const SourceFile& source, bool by_name, const InputLimits& limits) {
    ReadResult result;
    if (!by_name && !mentions_app_fields(source.text)) return result;
    auto parsed = parse_json(source.text, JsonLimits{limits.max_json_depth});
    if (parsed.error) {
        if (!by_name) return result;  // a broken JSON file that only mentions the fields: not ours to judge
        result.recognized = true;
        result.findings.push_back(invalid_json_finding(source, *parsed.error));
        return result;
    }
    auto root = std::make_shared<const YamlNode>(json_as_yaml(*parsed.root));
    if (!by_name && !looks_like_app_manifest(*root)) return result;
    std::vector<Finding> utf8;
    report_invalid_json_utf8(source, parsed.invalid_utf8, utf8);
    result = read_parsed(source, limits, std::move(root), true);
    result.findings.insert(result.findings.begin(), utf8.begin(), utf8.end());
    return result;
}

ReadResult read_probot_app_yml(const SourceFile& source, bool, const InputLimits& limits) {
    // app.yml is a common name: only a mapping with the App fields is ours, and
    // anything else (broken YAML included) is skipped quietly.
    if (!mentions_app_fields(source.text)) return {};
    auto parsed = parse_yaml(source.text, limits);
    if (parsed.error || parsed.documents.empty() || !looks_like_app_manifest(parsed.documents.front())) return {};
    return read_parsed(source, limits, std::make_shared<const YamlNode>(std::move(parsed.documents.front())), false);
}

}  // namespace scopelint
