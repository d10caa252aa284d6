#include "parse/slack_manifest_reader.hpp"

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

#include <array>
#include <memory>

namespace scopelint {
namespace {

constexpr std::string_view provider_id = "slack";
// The tokens a manifest asks scopes for, each linted on its own.
constexpr std::array<std::string_view, 2> token_types{"bot", "user"};

bool is_json_path(std::string_view path) { return util::ends_with_icase(path, ".json"); }

bool looks_like_slack_manifest(const YamlNode& root) {
    if (!root.is(YamlKind::mapping)) return false;
    const YamlPair* oauth = root.find("oauth_config");
    return oauth != nullptr && oauth->value.is(YamlKind::mapping) &&
           (root.find("display_information") != nullptr || root.find("features") != nullptr ||
            root.find("settings") != nullptr);
}

class SlackReader {
public:
    SlackReader(const SourceFile& source, ReadResult& result, const InputLimits& limits)
        : source_(source), result_(result), limits_(limits), provider_(*find_provider(provider_id)) {}

    void read(const YamlNode& root) {
        std::string app_name;
        if (const YamlPair* info = root.find("display_information"); info != nullptr && info->value.is(YamlKind::mapping))
            if (const YamlPair* name = info->value.find("name"); name != nullptr && name->value.is(YamlKind::scalar))
                app_name = name->value.text;
        const YamlPair* oauth = root.find("oauth_config");
        const YamlPair* scopes = oauth->value.find("scopes");
        for (const auto type : token_types) {
            AppManifest app = new_manifest(app_name, type);
            if (scopes != nullptr && scopes->value.is(YamlKind::mapping))
                if (const YamlPair* list = scopes->value.find(type)) read_scope_list(*list, type, app);
            read_events(root, type, app);
            if (result_.manifests.empty()) {  // what belongs to the app, not to a token: reported once
                read_redirect_urls(oauth->value, app);
                read_settings(*provider_.catalog, "slack-manifest", root, app);
                collect_yaml_strings(root, "", PathTable::root, app);
            }
            result_.manifests.push_back(std::move(app));
        }
    }

private:
    const SourceFile& source_;
    ReadResult& result_;
    InputLimits limits_;
    const Provider& provider_;

    AppManifest new_manifest(const std::string& app_name, std::string_view type) const {
        AppManifest app;
        app.provider = std::string(provider_id);
        app.token_type = std::string(type);
        if (!app_name.empty()) app.name = Located{fmt::format("{} ({} token)", app_name, type), {}, "/display_information/name"};
        app.justification_form = no_reason_field_form;
        return app;
    }

    void syntax_error(Span span, std::string pointer, std::string message) {
        Finding finding = make_finding("manifest-syntax", Severity::error, source_.path, span, std::move(pointer),
                                       std::move(message));
        finding.provider = std::string(provider_id);
        result_.findings.push_back(std::move(finding));
    }

    void read_redirect_urls(const YamlNode& oauth, AppManifest& app) {
        const YamlPair* urls = oauth.find("redirect_urls");
        if (urls == nullptr || !urls->value.is(YamlKind::sequence)) return;
        for (std::size_t i = 0; i < urls->value.items.size(); ++i) {
            const YamlNode& url = urls->value.items[i];
            if (url.is(YamlKind::scalar))
                app.redirect_uris.push_back({url.text, url.placed_span(), fmt::format("/oauth_config/redirect_urls/{}", i)});
        }
    }

    // settings.event_subscriptions.<type>_events: what each token is sent.
    void read_events(const YamlNode& root, std::string_view type, AppManifest& app) {
        const YamlPair* settings = root.find("settings");
        if (settings == nullptr || !settings->value.is(YamlKind::mapping)) return;
        const YamlPair* subscriptions = settings->value.find("event_subscriptions");
        if (subscriptions == nullptr || !subscriptions->value.is(YamlKind::mapping)) return;
        const std::string key = fmt::format("{}_events", type);
        const YamlPair* events = subscriptions->value.find(key);
        if (events == nullptr) return;
        const std::string pointer = fmt::format("/settings/event_subscriptions/{}", key);
        if (!events->value.is(YamlKind::sequence)) {
            if (events->value.is(YamlKind::scalar) && events->value.text.empty() && !events->value.is_quoted()) return;
            syntax_error(events->value.placed_span(), pointer, fmt::format("'{}' must be a list of event names", key));
            return;
        }
        for (std::size_t i = 0; i < events->value.items.size(); ++i) {
            const YamlNode& item = events->value.items[i];
            const std::string item_pointer = fmt::format("{}/{}", pointer, i);
            if (!item.is(YamlKind::scalar) || item.text.empty()) {
                syntax_error(item.placed_span(), item_pointer, "an event name must be a non-empty string");
                continue;
            }
            app.events.push_back({item.text, item.alias ? *item.alias : item.value_span, item_pointer});
        }
    }

    void read_scope_list(const YamlPair& list, std::string_view type, AppManifest& app) {
        const std::string pointer = fmt::format("/oauth_config/scopes/{}", type);
        if (!list.value.is(YamlKind::sequence)) {
            if (list.value.is(YamlKind::scalar) && list.value.text.empty() && !list.value.is_quoted()) return;  // `bot:`
            syntax_error(list.value.placed_span(), pointer, fmt::format("'scopes.{}' must be a list of scopes", type));
            return;
        }
        ScopeBudget budget(limits_);
        for (std::size_t i = 0; i < list.value.items.size(); ++i) {
            const YamlNode& item = list.value.items[i];
            const std::string item_pointer = fmt::format("{}/{}", pointer, i);
            if (!item.is(YamlKind::scalar)) {
                syntax_error(item.placed_span(), item_pointer, "a scope must be a string");
                continue;
            }
            read_scope_value(item.text, item.alias ? *item.alias : item.value_span, item_pointer, "scope", provider_,
                             source_.path, budget, app, result_.findings);
        }
        budget.report(provider_, source_.path, result_.findings);
    }
};

struct ParsedDocument {
    std::shared_ptr<const YamlNode> root;  // null: not parsed
    std::optional<std::pair<std::uint32_t, std::string>> error;  // offset, message
    std::vector<std::uint32_t> invalid_utf8;
};

ParsedDocument parse_document(const SourceFile& source, const InputLimits& limits) {
    ParsedDocument out;
    if (is_json_path(source.path)) {
        auto parsed = parse_json(source.text, JsonLimits{limits.max_json_depth});
        if (parsed.error) {
            out.error = std::pair{parsed.error->offset, fmt::format("invalid JSON: {}", parsed.error->message)};
            return out;
        }
        out.invalid_utf8 = std::move(parsed.invalid_utf8);
        out.root = std::make_shared<const YamlNode>(json_as_yaml(*parsed.root));
        return out;
    }
    auto parsed = parse_yaml(source.text, limits);
    if (parsed.error) {
        out.error = std::pair{parsed.error->offset, fmt::format("invalid YAML: {}", parsed.error->message)};
    } else if (!parsed.documents.empty()) {
        out.root = std::make_shared<const YamlNode>(std::move(parsed.documents.front()));
    }
    return out;
}

}  // namespace

// `slack-manifest.yml`, `slack_app_manifest.json`: "slack" alone is not enough,
// since bots' workflows and configurations are named after Slack too.
bool has_slack_manifest_name(std::string_view path) {
    const auto name = util::base_name(path);
    return util::contains_icase(name, "slack") && util::contains_icase(name, "manifest") && may_be_slack_manifest(path);
}

bool may_be_slack_manifest(std::string_view path) {
    return util::ends_with_icase(path, ".json") || util::ends_with_icase(path, ".yml") ||
           util::ends_with_icase(path, ".yaml");
}

ReadResult read_slack_manifest(const SourceFile& source, bool by_name, const InputLimits& limits) {
    ReadResult result;
    if (!by_name && source.text.find("oauth_config") == std::string_view::npos) return result;
    auto parsed = parse_document(source, limits);
    if (parsed.error) {
        if (!by_name) return result;
        result.recognized = true;
        const auto at = std::min<std::uint32_t>(parsed.error->first, static_cast<std::uint32_t>(source.text.size()));
        const auto end = std::min<std::uint32_t>(at + 1, static_cast<std::uint32_t>(source.text.size()));
        result.findings.push_back(make_finding("manifest-syntax", Severity::error, source.path, {at, end}, {},
                                               parsed.error->second));
        return result;
    }
    if (!parsed.root || !looks_like_slack_manifest(*parsed.root)) {
        if (!by_name) return result;
        result.recognized = true;
        result.findings.push_back(make_finding("manifest-syntax", Severity::error, source.path, {}, {},
                                               "not a Slack app manifest: it has no 'oauth_config' mapping"));
        return result;
    }
    result.recognized = true;
    report_invalid_json_utf8(source, parsed.invalid_utf8, result.findings);
    SlackReader(source, result, limits).read(*parsed.root);
    for (auto& manifest : result.manifests) manifest.document = parsed.root;
    return result;
}

}  // namespace scopelint
