#include "parse/policy_reader.hpp"

#include "catalog/catalog.hpp"
#include "engine/embedded_texts.hpp"
#include "engine/rule_meta.hpp"
#include "parse/json_reader.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>

namespace scopelint {
namespace {

constexpr std::array<std::string_view, 5> top_level_keys{"$schema", "apps", "exclude", "rules", "version"};
constexpr std::array<std::string_view, 8> app_keys{"access", "allow", "deny", "description", "match",
                                                   "max_operation", "name", "rules"};
constexpr std::array<std::string_view, 2> match_keys{"name", "path"};

struct Failure {
    std::uint32_t offset;
    std::string message;
};

template <std::size_t N>
std::string nearest_word(const std::array<std::string_view, N>& words, std::string_view word) {
    std::string best;
    std::size_t distance = std::numeric_limits<std::size_t>::max();
    for (const auto candidate : words) {
        const auto d = util::edit_distance(candidate, word);
        if (d < distance) distance = d, best = candidate;
    }
    return distance <= 2 ? best : std::string();
}

std::string did_you_mean(const std::string& suggestion) {
    return suggestion.empty() ? std::string() : fmt::format("; did you mean '{}'?", suggestion);
}

class PolicyReader {
public:
    explicit PolicyReader(Policy& policy) : policy_(policy) {}

    void read(const JsonValue& root) {
        expect(root, JsonKind::object, "the policy");
        check_keys(root, top_level_keys, "policy");
        if (const auto* version = root.find("version")) read_version(version->value);
        if (const auto* rules = root.find("rules")) read_rules(rules->value, policy_.rules);
        if (const auto* exclude = root.find("exclude")) policy_.exclude = read_patterns(exclude->value, "/exclude", Glob::Kind::path);
        if (const auto* apps = root.find("apps")) read_apps(apps->value);
    }

private:
    Policy& policy_;

    [[noreturn]] static void fail(Span span, std::string message) { throw Failure{span.begin, std::move(message)}; }

    static void expect(const JsonValue& value, JsonKind kind, std::string_view what) {
        if (!value.is(kind)) fail(value.span, fmt::format("{} must be a JSON {}, not {}", what, to_string(kind), to_string(value.kind)));
    }

    template <std::size_t N>
    static void check_keys(const JsonValue& object, const std::array<std::string_view, N>& allowed, std::string_view where) {
        for (const auto& member : object.members) {
            if (std::find(allowed.begin(), allowed.end(), member.key) != allowed.end()) continue;
            fail(member.key_span, fmt::format("unknown key '{}' in {}{}", member.key, where,
                                              did_you_mean(nearest_word(allowed, member.key))));
        }
    }

    static void read_version(const JsonValue& value) {
        if (!value.is(JsonKind::number) || value.text != "1")
            fail(value.span, "unsupported policy version (this scopelint reads version 1)");
    }

    static std::string nearest_rule(std::string_view id) {
        std::string best;
        std::size_t distance = std::numeric_limits<std::size_t>::max();
        for (const auto& meta : all_rule_metas()) {
            const auto d = util::edit_distance(meta.id, id);
            if (d < distance) distance = d, best = meta.id;
        }
        return distance <= 3 ? best : std::string();
    }

    static void read_rules(const JsonValue& object, std::map<std::string, RuleSetting, std::less<>>& rules) {
        expect(object, JsonKind::object, "'rules'");
        for (const auto& member : object.members) {
            if (find_rule_meta(member.key) == nullptr)
                fail(member.key_span, fmt::format("unknown rule '{}'{}", member.key, did_you_mean(nearest_rule(member.key))));
            expect(member.value, JsonKind::string, fmt::format("the setting of rule '{}'", member.key));
            RuleSetting setting;
            if (member.value.text == "off") {
                setting.enabled = false;
            } else if (auto severity = parse_severity(member.value.text)) {
                setting.severity = severity;
            } else {
                fail(member.value.span, fmt::format("rule setting must be \"off\", \"note\", \"warning\" or \"error\", not \"{}\"",
                                                    member.value.text));
            }
            rules[member.key] = setting;
        }
    }

    static PolicyPattern read_pattern(const JsonValue& value, std::string pointer, Glob::Kind kind) {
        expect(value, JsonKind::string, "a pattern");
        if (value.text.empty()) fail(value.span, "empty pattern");
        auto compiled = Glob::compile(value.text, kind);
        if (auto* error = std::get_if<GlobError>(&compiled)) {
            // +1 skips the opening quote; patterns with escapes point at the string start.
            const auto offset = value.has_escapes ? value.span.begin : value.span.begin + 1 + error->offset;
            fail({offset, offset}, fmt::format("invalid pattern '{}': {}", value.text, error->message));
        }
        return PolicyPattern{std::get<Glob>(std::move(compiled)), value.span, std::move(pointer)};
    }

    static std::vector<PolicyPattern> read_patterns(const JsonValue& array, const std::string& pointer, Glob::Kind kind) {
        expect(array, JsonKind::array, fmt::format("'{}'", pointer.substr(pointer.rfind('/') + 1)));
        std::vector<PolicyPattern> patterns;
        for (std::size_t i = 0; i < array.elements.size(); ++i)
            patterns.push_back(read_pattern(array.elements[i], fmt::format("{}/{}", pointer, i), kind));
        return patterns;
    }

    void read_apps(const JsonValue& array) {
        expect(array, JsonKind::array, "'apps'");
        for (std::size_t i = 0; i < array.elements.size(); ++i)
            policy_.apps.push_back(read_app(array.elements[i], fmt::format("/apps/{}", i)));
    }

    static AppSection read_app(const JsonValue& object, const std::string& pointer) {
        expect(object, JsonKind::object, "an app section");
        check_keys(object, app_keys, "an app section");
        AppSection app;
        app.span = object.span;
        app.pointer = pointer;
        const auto* match = object.find("match");
        if (match == nullptr) fail({object.span.begin, object.span.begin + 1}, "an app section needs 'match' (name and/or path)");
        read_match(match->value, pointer + "/match", app);
        if (const auto* access = object.find("access")) read_access(access->value, app);
        if (const auto* allow = object.find("allow")) {
            app.allow = read_patterns(allow->value, pointer + "/allow", Glob::Kind::scope);
            app.allow_span = allow->value.span;
        }
        if (const auto* deny = object.find("deny")) app.deny = read_patterns(deny->value, pointer + "/deny", Glob::Kind::scope);
        if (const auto* max = object.find("max_operation")) read_max_operations(max->value, pointer + "/max_operation", app);
        if (const auto* rules = object.find("rules")) read_rules(rules->value, app.rules);
        return app;
    }

    static void read_match(const JsonValue& object, const std::string& pointer, AppSection& app) {
        expect(object, JsonKind::object, "'match'");
        check_keys(object, match_keys, "'match'");
        if (const auto* name = object.find("name")) app.match_name = read_pattern(name->value, pointer + "/name", Glob::Kind::scope);
        if (const auto* path = object.find("path")) app.match_path = read_pattern(path->value, pointer + "/path", Glob::Kind::path);
        if (!app.match_name && !app.match_path) fail(object.span, "'match' needs 'name' or 'path'");
    }

    static void read_access(const JsonValue& value, AppSection& app) {
        expect(value, JsonKind::string, "'access'");
        if (value.text == "read-only") app.access = DeclaredAccess::read_only;
        else if (value.text == "read-write") app.access = DeclaredAccess::read_write;
        else fail(value.span, fmt::format("'access' must be \"read-only\" or \"read-write\", not \"{}\"", value.text));
        app.access_span = value.span;
    }

    static bool is_known_operation(std::string_view name) {
        for (const auto* catalog : catalog::all_catalogs())
            for (const auto& op : catalog->operations)
                if (util::iequals(op.name, name)) return true;
        return false;
    }

    static void read_max_operations(const JsonValue& object, const std::string& pointer, AppSection& app) {
        expect(object, JsonKind::object, "'max_operation'");
        for (const auto& member : object.members) {
            expect(member.value, JsonKind::string, "a maximum operation");
            if (!is_known_operation(member.value.text))
                fail(member.value.span, fmt::format("unknown operation '{}'", member.value.text));
            JsonValue key;
            key.kind = JsonKind::string;
            key.text = member.key;
            key.span = member.key_span;
            app.max_operations.push_back(MaxOperation{
                read_pattern(key, pointer + "/" + json_pointer_token(member.key), Glob::Kind::scope),
                member.value.text, member.value.span});
        }
    }
};

}  // namespace

std::string PolicyError::describe() const {
    if (!position) return fmt::format("{}: error: invalid policy: {}", path, message);
    return fmt::format("{}:{}:{}: error: invalid policy: {}", path, position->line, position->char_column, message);
}

std::variant<Policy, PolicyError> read_policy(std::shared_ptr<const SourceFile> source, std::string directory) {
    const auto parsed = parse_json(source->text);
    if (parsed.error)
        return PolicyError{source->path, source->position(parsed.error->offset), "invalid JSON: " + parsed.error->message};
    if (!parsed.invalid_utf8.empty())
        return PolicyError{source->path, source->position(parsed.invalid_utf8.front()),
                           "invalid UTF-8 in a string; a policy must be UTF-8"};
    Policy policy;
    policy.source = source;
    policy.directory = std::move(directory);
    try {
        PolicyReader(policy).read(*parsed.root);
    } catch (const Failure& failure) {
        return PolicyError{source->path, source->position(failure.offset), failure.message};
    }
    return policy;
}

const Policy& default_policy() {
    static const Policy policy = [] {
        auto source = std::make_shared<const SourceFile>("<built-in policy>", std::string(embedded::default_policy));
        auto result = read_policy(source, "");
        if (std::holds_alternative<PolicyError>(result)) std::abort();  // pinned by a unit test
        Policy built_in = std::get<Policy>(std::move(result));
        built_in.source = nullptr;
        return built_in;
    }();
    return policy;
}

}  // namespace scopelint
