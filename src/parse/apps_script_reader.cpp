#include "parse/apps_script_reader.hpp"

#include "ast/json.hpp"
#include "parse/json_reader.hpp"
#include "parse/json_strings.hpp"
#include "parse/manifest_settings.hpp"
#include "parse/scope_tokens.hpp"
#include "provider/provider.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <memory>

namespace scopelint {
namespace {

constexpr std::string_view provider_id = "google";
constexpr std::string_view format_id = "apps-script-manifest";

// Cheap pre-check before parsing a JSON file that is not named appsscript.json.
bool mentions_script_fields(std::string_view text) {
    return text.find("\"timeZone\"") != std::string_view::npos || text.find("\"oauthScopes\"") != std::string_view::npos;
}

// The keys Apps Script writes into every manifest it creates: `timeZone` and
// one more of its own, or `oauthScopes` (copies named after their project).
bool looks_like_apps_script_manifest(const JsonValue& root) {
    if (!root.is(JsonKind::object) || root.find("provider") != nullptr) return false;
    if (const JsonMember* scopes = root.find("oauthScopes"); scopes != nullptr && scopes->value.is(JsonKind::array))
        return true;
    constexpr std::string_view companions[] = {"runtimeVersion", "exceptionLogging", "dependencies", "webapp",
                                               "executionApi", "addOns"};
    return root.find("timeZone") != nullptr &&
           std::any_of(std::begin(companions), std::end(companions), [&](std::string_view key) { return root.find(key) != nullptr; });
}

class AppsScriptReader {
public:
    AppsScriptReader(const SourceFile& source, ReadResult& result, const InputLimits& limits)
        : source_(source), result_(result), budget_(limits), provider_(*find_provider(provider_id)) {}

    void read(const JsonValue& root) {
        AppManifest app;
        app.provider = std::string(provider_id);
        app.justification_form = no_reason_field_form;
        if (!root.is(JsonKind::object)) {
            report("manifest-syntax", Severity::error, root.span, "", "an Apps Script manifest is a JSON object");
            result_.manifests.push_back(std::move(app));
            return;
        }
        if (const JsonMember* scopes = root.find("oauthScopes")) {
            read_scopes(scopes->value, app);
        } else {
            report("missing-permissions", Severity::warning, {root.span.begin, root.span.begin + 1}, "",
                   "no 'oauthScopes': Apps Script grants the scopes it infers from the code, which are often "
                   "broader than the script needs");
        }
        read_settings(*provider_.catalog, format_id, root, app);
        collect_json_strings(root, "", PathTable::root, app);
        budget_.report(provider_, source_.path, result_.findings);
        result_.manifests.push_back(std::move(app));
    }

private:
    const SourceFile& source_;
    ReadResult& result_;
    ScopeBudget budget_;
    const Provider& provider_;

    void report(std::string_view rule, Severity severity, Span span, std::string pointer, std::string message) {
        Finding finding = make_finding(rule, severity, source_.path, span, std::move(pointer), std::move(message));
        finding.provider = std::string(provider_id);
        if (rule == "missing-permissions")
            finding.help = "list the scopes the script needs in 'oauthScopes', the narrowest ones that work";
        result_.findings.push_back(std::move(finding));
    }

    void read_scopes(const JsonValue& scopes, AppManifest& app) {
        const std::string pointer = "/oauthScopes";
        if (!scopes.is(JsonKind::array)) {
            report("manifest-syntax", Severity::error, scopes.span, pointer,
                   fmt::format("'oauthScopes' must be an array of scope URLs, not {}", to_string(scopes.kind)));
            return;
        }
        for (std::size_t i = 0; i < scopes.elements.size(); ++i) {
            const JsonValue& scope = scopes.elements[i];
            const std::string element_pointer = fmt::format("{}/{}", pointer, i);
            if (!scope.is(JsonKind::string)) {
                report("manifest-syntax", Severity::error, scope.span, element_pointer, "a scope must be a string");
                continue;
            }
            const ScopeCarrier carrier{scope.text,
                                       [&](std::uint32_t offset) { return source_offset(scope, source_.text, offset); },
                                       element_pointer, true};
            read_scope_carrier(carrier, provider_, source_.path, budget_, app.scopes, result_.findings);
        }
    }
};

}  // namespace

bool has_apps_script_manifest_name(std::string_view path) { return util::iequals(util::base_name(path), "appsscript.json"); }

ReadResult read_apps_script_manifest(const SourceFile& source, bool by_name, const InputLimits& limits) {
    ReadResult result;
    if (!by_name && !mentions_script_fields(source.text)) return result;
    auto parsed = parse_json(source.text, JsonLimits{limits.max_json_depth});
    if (!by_name && (parsed.error || !looks_like_apps_script_manifest(*parsed.root))) return result;
    result.recognized = true;
    if (parsed.error) {
        Finding finding = invalid_json_finding(source, *parsed.error);
        finding.provider = std::string(provider_id);
        result.findings.push_back(std::move(finding));
        return result;
    }
    report_invalid_json_utf8(source, parsed.invalid_utf8, result.findings);
    const auto document = std::make_shared<const JsonValue>(std::move(*parsed.root));
    AppsScriptReader(source, result, limits).read(*document);
    for (auto& manifest : result.manifests) manifest.document = document;
    return result;
}

}  // namespace scopelint
