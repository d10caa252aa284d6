#include "parse/browser_extension_reader.hpp"

#include "ast/json.hpp"
#include "catalog/lookup.hpp"
#include "parse/json_reader.hpp"
#include "parse/json_strings.hpp"
#include "parse/scope_tokens.hpp"
#include "provider/flat_providers.hpp"
#include "provider/provider.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <memory>

namespace scopelint {
namespace {

constexpr std::string_view provider_id = "chrome-extensions";
constexpr std::array<std::string_view, 4> permission_lists{"permissions", "optional_permissions", "host_permissions",
                                                           "optional_host_permissions"};

Span inner(Span quoted) { return quoted.size() >= 2 ? Span{quoted.begin + 1, quoted.end - 1} : quoted; }

// `version` is often filled in by the build from package.json, so it is not required.
bool looks_like_extension_manifest(const JsonValue& root) {
    if (!root.is(JsonKind::object) || root.find("name") == nullptr) return false;
    const JsonMember* version = root.find("manifest_version");
    return version != nullptr && version->value.is(JsonKind::number) &&
           (version->value.text == "2" || version->value.text == "3");
}

// The host part of `scheme://host/path`: "*" reaches every host.
bool reaches_every_host(std::string_view pattern) {
    if (pattern == "<all_urls>") return true;
    const auto separator = pattern.find("://");
    if (separator == std::string_view::npos) return false;
    const auto host = pattern.substr(separator + 3, pattern.find('/', separator + 3) - separator - 3);
    return host == "*" || host.starts_with("*:");
}

class ExtensionReader {
public:
    ExtensionReader(const SourceFile& source, ReadResult& result, const InputLimits& limits)
        : source_(source), result_(result), budget_(limits), provider_(*find_provider(provider_id)) {}

    void read(const JsonValue& root) {
        AppManifest app;
        app.provider = std::string(provider_id);
        app.justification_form = no_reason_field_form;
        if (const JsonMember* name = root.find("name"); name != nullptr && name->value.is(JsonKind::string))
            app.name = Located{name->value.text, inner(name->value.span), "/name"};
        for (const auto list : permission_lists)
            if (const JsonMember* member = root.find(list)) read_list(member->value, fmt::format("/{}", list), app);
        // Content scripts need host access their patterns give, but a pattern the
        // permissions already request is the same grant, not a second request.
        const std::size_t declared = app.scopes.size();
        if (const JsonMember* scripts = root.find("content_scripts"); scripts != nullptr && scripts->value.is(JsonKind::array))
            for (std::size_t i = 0; i < scripts->value.elements.size(); ++i)
                if (const JsonMember* matches = scripts->value.elements[i].find("matches"))
                    read_list(matches->value, fmt::format("/content_scripts/{}/matches", i), app, declared);
        collect_json_strings(root, "", PathTable::root, app);
        budget_.report(provider_, source_.path, result_.findings);
        result_.manifests.push_back(std::move(app));
    }

private:
    const SourceFile& source_;
    ReadResult& result_;
    ScopeBudget budget_;
    const Provider& provider_;

    void syntax_error(Span span, std::string pointer, std::string message) {
        Finding finding = make_finding("manifest-syntax", Severity::error, source_.path, span, std::move(pointer),
                                       std::move(message));
        finding.provider = std::string(provider_id);
        result_.findings.push_back(std::move(finding));
    }

    // `declared`: how many of app.scopes came from the permission lists, which a
    // content script's pattern is not repeated after (0: repeat nothing).
    void read_list(const JsonValue& list, const std::string& pointer, AppManifest& app, std::size_t declared = 0) {
        if (!list.is(JsonKind::array)) {
            syntax_error(list.span, pointer, fmt::format("'{}' must be an array of strings, not {}",
                                                         pointer.substr(pointer.rfind('/') + 1), to_string(list.kind)));
            return;
        }
        for (std::size_t i = 0; i < list.elements.size(); ++i) {
            const JsonValue& item = list.elements[i];
            const std::string item_pointer = fmt::format("{}/{}", pointer, i);
            if (!item.is(JsonKind::string)) {
                syntax_error(item.span, item_pointer, "a permission must be a string");
                continue;
            }
            if (!is_scope(item.text)) continue;  // a pattern for named hosts: as narrow as host access gets
            if (requested_before(app, declared, item.text)) continue;
            read_scope_value(item.text, item.has_escapes ? item.span : inner(item.span), item_pointer, "permission",
                             provider_, source_.path, budget_, app, result_.findings);
        }
    }

    static bool requested_before(const AppManifest& app, std::size_t declared, std::string_view text) {
        return std::any_of(app.scopes.begin(), app.scopes.begin() + static_cast<std::ptrdiff_t>(declared),
                           [&](const ScopeToken& scope) { return scope.text == text; });
    }

    // API permissions, broken patterns (for their syntax error) and patterns that reach every host.
    bool is_scope(std::string_view text) const {
        if (!chrome::is_match_pattern(text)) return true;
        return provider_.check_scope(text).has_value() || catalog::find_scope(*provider_.catalog, text) ||
               reaches_every_host(text);
    }
};

}  // namespace

bool may_be_browser_extension_manifest(std::string_view path) {
    const auto name = util::base_name(path);
    return util::starts_with_icase(name, "manifest") && util::ends_with_icase(name, ".json");
}

ReadResult read_browser_extension_manifest(const SourceFile& source, bool, const InputLimits& limits) {
    ReadResult result;
    if (source.text.find("\"manifest_version\"") == std::string_view::npos) return result;
    auto parsed = parse_json(source.text, JsonLimits{limits.max_json_depth});
    if (parsed.error || !looks_like_extension_manifest(*parsed.root)) return result;
    result.recognized = true;
    report_invalid_json_utf8(source, parsed.invalid_utf8, result.findings);
    const auto document = std::make_shared<const JsonValue>(std::move(*parsed.root));
    ExtensionReader(source, result, limits).read(*document);
    for (auto& manifest : result.manifests) manifest.document = document;
    return result;
}

}  // namespace scopelint
