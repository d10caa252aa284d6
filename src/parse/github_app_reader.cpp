#include "parse/github_app_reader.hpp"

#include "ast/json.hpp"
#include "parse/json_reader.hpp"
#include "parse/json_strings.hpp"
#include "parse/manifest_settings.hpp"
#include "parse/scope_tokens.hpp"
#include "provider/provider.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <memory>

namespace scopelint {
namespace {

constexpr std::string_view provider_id = "github-app";

Span inner(Span quoted) { return quoted.size() >= 2 ? Span{quoted.begin + 1, quoted.end - 1} : quoted; }

std::string member_pointer(std::string_view parent, std::string_view key) {
    return fmt::format("{}/{}", parent, json_pointer_token(key));
}

// Cheap pre-check before parsing a JSON file that is not named like a manifest.
bool mentions_app_fields(std::string_view text) {
    return text.find("\"default_permissions\"") != std::string_view::npos ||
           text.find("\"default_events\"") != std::string_view::npos;
}

bool looks_like_app_manifest(const JsonValue& root) {
    if (!root.is(JsonKind::object) || root.find("provider") != nullptr) return false;
    const JsonMember* permissions = root.find("default_permissions");
    const JsonMember* events = root.find("default_events");
    return (permissions != nullptr && permissions->value.is(JsonKind::object)) ||
           (events != nullptr && events->value.is(JsonKind::array));
}

class AppManifestReader {
public:
    AppManifestReader(const SourceFile& source, ReadResult& result, const InputLimits& limits)
        : source_(source), result_(result), limits_(limits), provider_(*find_provider(provider_id)) {}

    void read(const JsonValue& root) {
        AppManifest app;
        app.provider = std::string(provider_id);
        app.justification_form = no_reason_field_form;
        if (!root.is(JsonKind::object)) {
            syntax_error(root.span, "", "a GitHub App manifest is a JSON object");
            result_.manifests.push_back(std::move(app));
            return;
        }
        if (const JsonMember* name = root.find("name"); name != nullptr && name->value.is(JsonKind::string))
            app.name = Located{name->value.text, inner(name->value.span), "/name"};
        read_callbacks(root, app);
        if (const JsonMember* permissions = root.find("default_permissions")) read_permissions(permissions->value, app);
        if (const JsonMember* events = root.find("default_events")) read_events(events->value, app);
        read_settings(*provider_.catalog, "github-app-manifest", root, app);
        collect_json_strings(root, "", PathTable::root, app);
        result_.manifests.push_back(std::move(app));
    }

private:
    const SourceFile& source_;
    ReadResult& result_;
    InputLimits limits_;
    const Provider& provider_;

    void syntax_error(Span span, std::string pointer, std::string message) {
        Finding finding = make_finding("manifest-syntax", Severity::error, source_.path, span, std::move(pointer),
                                       std::move(message));
        finding.provider = std::string(provider_id);
        result_.findings.push_back(std::move(finding));
    }

    // The OAuth callbacks receive authorization codes (insecure-redirect-uri).
    void read_callbacks(const JsonValue& root, AppManifest& app) {
        if (const JsonMember* redirect = root.find("redirect_url"); redirect != nullptr && redirect->value.is(JsonKind::string))
            app.redirect_uris.push_back({redirect->value.text, inner(redirect->value.span), "/redirect_url"});
        const JsonMember* callbacks = root.find("callback_urls");
        if (callbacks == nullptr || !callbacks->value.is(JsonKind::array)) return;
        for (std::size_t i = 0; i < callbacks->value.elements.size(); ++i) {
            const JsonValue& url = callbacks->value.elements[i];
            if (url.is(JsonKind::string)) app.redirect_uris.push_back({url.text, inner(url.span), fmt::format("/callback_urls/{}", i)});
        }
    }

    // The webhooks the App subscribes to; each needs a permission (missing-scope).
    void read_events(const JsonValue& events, AppManifest& app) {
        if (!events.is(JsonKind::array)) {
            syntax_error(events.span, "/default_events",
                         fmt::format("'default_events' must be an array, not {}", to_string(events.kind)));
            return;
        }
        for (std::size_t i = 0; i < events.elements.size(); ++i) {
            const JsonValue& event = events.elements[i];
            const std::string pointer = fmt::format("/default_events/{}", i);
            if (!event.is(JsonKind::string) || event.text.empty()) {
                syntax_error(event.span, pointer, "an event name must be a non-empty string");
                continue;
            }
            app.events.push_back({event.text, inner(event.span), pointer});
        }
    }

    void read_permissions(const JsonValue& permissions, AppManifest& app) {
        if (!permissions.is(JsonKind::object)) {
            syntax_error(permissions.span, "/default_permissions",
                         fmt::format("'default_permissions' must be an object, not {}", to_string(permissions.kind)));
            return;
        }
        ScopeBudget budget(limits_);
        for (const auto& member : permissions.members) {
            const std::string pointer = member_pointer("/default_permissions", member.key);
            const Span span{member.key_span.begin, member.value.span.end};
            if (!member.value.is(JsonKind::string)) {
                syntax_error(member.value.span, pointer, fmt::format("the level of '{}' must be a string", member.key));
                continue;
            }
            const std::string_view level = member.value.text;
            if (level != "read" && level != "write" && level != "admin") {
                syntax_error(inner(member.value.span), pointer,
                             fmt::format("'{}' is not a permission level (read, write or admin)", member.value.text));
                continue;
            }
            read_scope_value(fmt::format("{}:{}", member.key, level), span, pointer, "permission", provider_, source_.path,
                             budget, app, result_.findings);
        }
        budget.report(provider_, source_.path, result_.findings);
    }
};

}  // namespace

bool has_github_app_manifest_name(std::string_view path) {
    const auto slash = path.find_last_of("/\\");
    const auto name = util::ascii_lower(slash == std::string_view::npos ? path : path.substr(slash + 1));
    return name.ends_with(".json") &&
           (name.find("github-app") != std::string::npos || name.ends_with("app-manifest.json"));
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
    if (!by_name && !looks_like_app_manifest(*parsed.root)) return result;
    result.recognized = true;
    report_invalid_json_utf8(source, parsed.invalid_utf8, result.findings);
    const auto document = std::make_shared<const JsonValue>(std::move(*parsed.root));
    AppManifestReader(source, result, limits).read(*document);
    for (auto& manifest : result.manifests) manifest.document = document;
    return result;
}

}  // namespace scopelint
