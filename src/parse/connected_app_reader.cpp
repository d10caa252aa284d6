#include "parse/connected_app_reader.hpp"

#include "parse/json_reader.hpp"
#include "parse/json_strings.hpp"
#include "parse/scope_tokens.hpp"
#include "provider/provider.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>

namespace scopelint {
namespace {

constexpr std::string_view manifest_suffix = ".connected-app.json";

constexpr std::array<std::string_view, 6> client_types{"javascript", "mobile",      "non-browser",
                                                       "self-client", "server-based", "web"};

// Fields of the format. Secret-bearing names are known too: committed-secret
// reports them, an extra "unknown field" note would only add noise.
constexpr std::array<std::string_view, 15> known_fields{
    "$schema", "access", "access_token", "client_id", "client_secret", "client_type", "description",
    "homepage_url", "javascript_domains", "justifications", "name", "provider", "redirect_uris",
    "refresh_token", "scopes"};

class Reader {
public:
    Reader(const SourceFile& source, ReadResult& result, const InputLimits& limits)
        : source_(source), result_(result), budget_(limits) {}

    // `root` must stay where it is while the manifest lives: the manifest's
    // string fields are views into it (the caller stores it in the manifest).
    void read(const JsonValue& root) {
        if (!root.is(JsonKind::object)) {
            syntax_error(root.span, "", fmt::format("a connected-app manifest is a JSON object, not {}",
                                                     article(root.kind)));
            return;
        }
        report_duplicate_keys(root, nullptr);
        const Provider* provider = read_provider(root);
        if (provider == nullptr) return;
        provider_ = provider;
        AppManifest app;
        app.provider = std::string(provider->id);
        for (const auto& member : root.members) read_member(member, app);
        if (root.find("scopes") == nullptr) syntax_error(opening(root), "", "missing required field 'scopes'");
        collect_json_strings(root, "", PathTable::root, app);
        budget_.report(*provider_, source_.path, result_.findings);
        result_.manifests.push_back(std::move(app));
    }

private:
    const SourceFile& source_;
    ReadResult& result_;
    const Provider* provider_ = nullptr;
    ScopeBudget budget_;

    // The '{' of an object: a finding about the whole document points there.
    static Span opening(const JsonValue& value) { return {value.span.begin, value.span.begin + 1}; }

    // A string literal or key without its quotes: findings about text point at the text.
    static Span inner(Span quoted) { return quoted.size() >= 2 ? Span{quoted.begin + 1, quoted.end - 1} : quoted; }

    static std::string article(JsonKind kind) {
        const auto name = to_string(kind);
        return (kind == JsonKind::array || kind == JsonKind::object) ? fmt::format("an {}", name)
                                                                      : fmt::format("a {}", name);
    }

    static std::string pointer_to(std::string_view parent, std::string_view key) {
        return fmt::format("{}/{}", parent, json_pointer_token(key));
    }

    void add(std::string_view rule, Severity severity, Span span, std::string pointer, std::string message,
             std::string scope = {}) {
        Finding finding = make_finding(rule, severity, source_.path, span, std::move(pointer), std::move(message));
        finding.scope = std::move(scope);
        if (provider_ != nullptr) finding.provider = std::string(provider_->id);
        result_.findings.push_back(std::move(finding));
    }

    void syntax_error(Span span, std::string pointer, std::string message) {
        add("manifest-syntax", Severity::error, span, std::move(pointer), std::move(message));
    }

    bool expect(const JsonValue& value, JsonKind kind, const std::string& pointer, std::string_view field) {
        if (value.is(kind)) return true;
        syntax_error(value.span, pointer, fmt::format("'{}' must be {}, not {}", field, article(kind), article(value.kind)));
        return false;
    }

    // Where the walk for duplicate keys stands: a chain on the stack, spelled
    // out as a JSON Pointer only for a finding (nearly never).
    struct PathStep {
        const PathStep* parent = nullptr;
        std::string_view key;
        std::size_t index = 0;
        bool is_index = false;
    };

    static std::string pointer_of(const PathStep* step) {
        std::vector<const PathStep*> steps;
        for (; step != nullptr; step = step->parent) steps.push_back(step);
        std::string pointer;
        for (auto it = steps.rbegin(); it != steps.rend(); ++it)
            pointer += (*it)->is_index ? fmt::format("/{}", (*it)->index) : "/" + json_pointer_token((*it)->key);
        return pointer;
    }

    // Anywhere in the document: a repeated key can hide a value from a reviewer
    // whose tools keep the other one.
    void report_duplicate_keys(const JsonValue& value, const PathStep* path) {
        if (value.is(JsonKind::array)) {
            for (std::size_t i = 0; i < value.elements.size(); ++i) {
                const PathStep step{path, {}, i, true};
                report_duplicate_keys(value.elements[i], &step);
            }
            return;
        }
        if (!value.is(JsonKind::object)) return;
        const auto repeated = repeated_members(value);
        for (std::size_t i = 0, next = 0; i < value.members.size(); ++i) {
            const auto& member = value.members[i];
            const PathStep step{path, member.key, 0, false};
            report_duplicate_keys(member.value, &step);
            if (next < repeated.size() && repeated[next] == i) {
                ++next;
                syntax_error(inner(member.key_span), pointer_of(&step),
                             fmt::format("duplicate key '{}': JSON parsers disagree on which value counts", member.key));
            }
        }
    }

    // Indices, ascending, of members whose key an earlier member already has.
    // Sorting views keeps this O(n log n) for huge objects without a set of copies.
    static std::vector<std::size_t> repeated_members(const JsonValue& object) {
        // Most objects are small: pairwise comparison allocates nothing.
        constexpr std::size_t pairwise_limit = 16;
        if (object.members.size() <= pairwise_limit) {
            std::vector<std::size_t> repeated;
            for (std::size_t i = 1; i < object.members.size(); ++i)
                for (std::size_t j = 0; j < i; ++j)
                    if (object.members[i].key == object.members[j].key) {
                        repeated.push_back(i);
                        break;
                    }
            return repeated;
        }
        std::vector<std::size_t> order(object.members.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return object.members[a].key < object.members[b].key; });
        std::vector<std::size_t> repeated;
        for (std::size_t k = 1; k < order.size(); ++k)
            if (object.members[order[k]].key == object.members[order[k - 1]].key) repeated.push_back(order[k]);
        std::sort(repeated.begin(), repeated.end());
        return repeated;
    }

    const Provider* read_provider(const JsonValue& root) {
        const JsonMember* member = root.find("provider");
        if (member == nullptr) {
            syntax_error(opening(root), "", "missing required field 'provider'");
            return nullptr;
        }
        if (!expect(member->value, JsonKind::string, "/provider", "provider")) return nullptr;
        const Provider* provider = find_provider(member->value.text);
        if (provider == nullptr) {
            std::vector<std::string> ids;
            for (const auto& p : all_providers()) ids.emplace_back(p.id);
            syntax_error(inner(member->value.span), "/provider",
                         fmt::format("unknown provider '{}' (supported: {})", member->value.text, util::join(ids, ", ")));
        }
        return provider;
    }

    Located located(const JsonValue& value, std::string pointer) const {
        return Located{value.text, inner(value.span), std::move(pointer)};
    }

    void read_member(const JsonMember& member, AppManifest& app) {
        const auto pointer = pointer_to("", member.key);
        const auto& value = member.value;
        if (member.key == "name") {
            if (expect(value, JsonKind::string, pointer, member.key)) app.name = located(value, pointer);
        } else if (member.key == "client_type") {
            if (expect(value, JsonKind::string, pointer, member.key)) read_client_type(value, pointer, app);
        } else if (member.key == "access") {
            if (expect(value, JsonKind::string, pointer, member.key)) read_access(value, pointer, app);
        } else if (member.key == "redirect_uris") {
            if (expect(value, JsonKind::array, pointer, member.key)) read_redirect_uris(value, pointer, app);
        } else if (member.key == "scopes") {
            read_scopes(value, pointer, app);
        } else if (member.key == "justifications") {
            if (expect(value, JsonKind::object, pointer, member.key)) read_justifications(value, pointer, app);
        } else if (member.key == "javascript_domains") {
            expect(value, JsonKind::array, pointer, member.key);
        } else if (member.key == "provider") {
            // read first, by read_provider
        } else if (std::find(known_fields.begin(), known_fields.end(), member.key) == known_fields.end()) {
            report_unknown_field(member, pointer);
        }
    }

    void report_unknown_field(const JsonMember& member, const std::string& pointer) {
        std::string nearest;
        std::size_t best = std::numeric_limits<std::size_t>::max();
        for (const auto field : known_fields) {
            // Only a distance of two or less makes a suggestion: the band stops the table there.
            const auto distance = util::edit_distance(field, member.key, 2);
            if (distance < best) best = distance, nearest = field;
        }
        std::string message = fmt::format("unknown field '{}' is ignored", member.key);
        if (best <= 2) message += fmt::format("; did you mean '{}'?", nearest);
        add("unknown-field", Severity::note, inner(member.key_span), pointer, message);
    }

    void read_client_type(const JsonValue& value, const std::string& pointer, AppManifest& app) {
        if (std::find(client_types.begin(), client_types.end(), value.text) == client_types.end()) {
            syntax_error(inner(value.span), pointer,
                         fmt::format("unknown client_type '{}' (expected one of: {})", value.text,
                                     fmt::join(client_types, ", ")));
            return;
        }
        app.client_type = located(value, pointer);
    }

    void read_access(const JsonValue& value, const std::string& pointer, AppManifest& app) {
        if (value.text == "read-only") {
            app.access = DeclaredAccess::read_only;
        } else if (value.text == "read-write") {
            app.access = DeclaredAccess::read_write;
        } else {
            syntax_error(inner(value.span), pointer,
                         fmt::format("unknown access '{}' (expected 'read-only' or 'read-write')", value.text));
            return;
        }
        app.access_field = located(value, pointer);
    }

    void read_redirect_uris(const JsonValue& array, const std::string& pointer, AppManifest& app) {
        for (std::size_t i = 0; i < array.elements.size(); ++i) {
            const auto element_pointer = fmt::format("{}/{}", pointer, i);
            const auto& element = array.elements[i];
            if (expect(element, JsonKind::string, element_pointer, "redirect_uris[]"))
                app.redirect_uris.push_back(located(element, element_pointer));
        }
    }

    void read_justifications(const JsonValue& object, const std::string& pointer, AppManifest& app) {
        for (const auto& member : object.members) {
            const auto member_pointer = pointer_to(pointer, member.key);
            if (!expect(member.value, JsonKind::string, member_pointer, "justifications{}")) continue;
            app.justifications.push_back(
                {Located{member.key, inner(member.key_span), member_pointer}, located(member.value, member_pointer)});
        }
    }

    void read_scopes(const JsonValue& value, const std::string& pointer, AppManifest& app) {
        if (value.is(JsonKind::string)) {
            read_scope_string(value, pointer, app, false);
            if (value.text.find_first_not_of(" \t\r\n,") == std::string::npos)
                syntax_error(value.span, pointer, "'scopes' lists no scope");
            return;
        }
        if (!value.is(JsonKind::array)) {
            syntax_error(value.span, pointer,
                         fmt::format("'scopes' must be an array of strings or one string, not {}", article(value.kind)));
            return;
        }
        if (value.elements.empty()) syntax_error(value.span, pointer, "'scopes' lists no scope");
        for (std::size_t i = 0; i < value.elements.size(); ++i) {
            const auto element_pointer = fmt::format("{}/{}", pointer, i);
            if (expect(value.elements[i], JsonKind::string, element_pointer, "scopes[]"))
                read_scope_string(value.elements[i], element_pointer, app, true);
        }
    }

    void read_scope_string(const JsonValue& string, const std::string& pointer, AppManifest& app, bool one_expected) {
        const ScopeCarrier carrier{string.text,
                                   [&](std::uint32_t offset) { return source_offset(string, source_.text, offset); },
                                   pointer, one_expected};
        read_scope_carrier(carrier, *provider_, source_.path, budget_, app.scopes, result_.findings);
    }

};

// Cheap pre-check before parsing a JSON file that is not named like a manifest.
bool mentions_manifest_fields(std::string_view text) {
    return text.find("\"provider\"") != std::string_view::npos && text.find("\"scopes\"") != std::string_view::npos;
}

bool looks_like_manifest(const JsonValue& root) {
    if (!root.is(JsonKind::object)) return false;
    const JsonMember* provider = root.find("provider");
    return provider != nullptr && root.find("scopes") != nullptr && provider->value.is(JsonKind::string) &&
           find_provider(provider->value.text) != nullptr;
}

}  // namespace

bool has_connected_app_name(std::string_view path) {
    return path.size() >= manifest_suffix.size() &&
           util::iequals(path.substr(path.size() - manifest_suffix.size()), manifest_suffix);
}

ReadResult read_connected_app(const SourceFile& source, bool by_name, const InputLimits& limits) {
    ReadResult result;
    if (!by_name && !mentions_manifest_fields(source.text)) return result;
    auto parsed = parse_json(source.text, JsonLimits{limits.max_json_depth});
    if (parsed.error) {
        // A file that names both fields but does not parse is most likely a broken manifest.
        result.recognized = true;
        result.findings.push_back(invalid_json_finding(source, *parsed.error));
        return result;
    }
    if (!by_name && !looks_like_manifest(*parsed.root)) return result;
    result.recognized = true;
    report_invalid_json_utf8(source, parsed.invalid_utf8, result.findings);
    const auto document = std::make_shared<const JsonValue>(std::move(*parsed.root));
    Reader(source, result, limits).read(*document);
    for (auto& manifest : result.manifests) manifest.document = document;
    return result;
}

}  // namespace scopelint
