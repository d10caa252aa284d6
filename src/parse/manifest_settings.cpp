#include "parse/manifest_settings.hpp"


#include <fmt/format.h>

#include <cstdint>

namespace scopelint {
namespace {

using Tokens = std::vector<std::string>;

std::string child_pointer(std::string_view parent, std::string_view key) {
    return fmt::format("{}/{}", parent, json_pointer_token(key));
}

// Walks `tokens` from `node`; a "*" token visits every key or index.
class YamlSettingWalker {
public:
    YamlSettingWalker(std::uint16_t setting, const Tokens& tokens, AppManifest& app)
        : setting_(setting), tokens_(tokens), app_(app) {}

    void walk(const YamlNode& node, std::size_t depth, const std::string& pointer) {
        if (depth == tokens_.size()) {
            const bool scalar = node.is(YamlKind::scalar);
            const Span span = node.alias ? *node.alias : scalar ? node.value_span : node.span;
            app_.settings.push_back({setting_, pointer, scalar ? node.text : std::string(), span});
            return;
        }
        const std::string& token = tokens_[depth];
        if (node.is(YamlKind::mapping) && token != "*") {
            // The first of duplicate keys, as find() and the other readers take it.
            if (const YamlPair* pair = node.find(token)) walk(pair->value, depth + 1, child_pointer(pointer, token));
        } else if (node.is(YamlKind::mapping)) {
            for (const auto& pair : node.pairs)
                if (pair.key.is(YamlKind::scalar)) walk(pair.value, depth + 1, child_pointer(pointer, pair.key.text));
        } else if (node.is(YamlKind::sequence)) {
            for (std::size_t i = 0; i < node.items.size(); ++i)
                if (token == "*" || token == std::to_string(i)) walk(node.items[i], depth + 1, fmt::format("{}/{}", pointer, i));
        }
    }

private:
    std::uint16_t setting_;
    const Tokens& tokens_;
    AppManifest& app_;
};

class JsonSettingWalker {
public:
    JsonSettingWalker(std::uint16_t setting, const Tokens& tokens, AppManifest& app)
        : setting_(setting), tokens_(tokens), app_(app) {}

    void walk(const JsonValue& value, std::size_t depth, const std::string& pointer) {
        if (depth == tokens_.size()) {
            const bool scalar = !value.is(JsonKind::object) && !value.is(JsonKind::array);
            const bool quoted = value.is(JsonKind::string) && value.span.size() >= 2;
            const Span span = quoted ? Span{value.span.begin + 1, value.span.end - 1} : value.span;
            app_.settings.push_back({setting_, pointer, scalar ? text_of(value) : std::string(), span});
            return;
        }
        const std::string& token = tokens_[depth];
        if (value.is(JsonKind::object) && token != "*") {
            if (const JsonMember* member = value.find(token)) walk(member->value, depth + 1, child_pointer(pointer, token));
        } else if (value.is(JsonKind::object)) {
            for (const auto& member : value.members) walk(member.value, depth + 1, child_pointer(pointer, member.key));
        } else if (value.is(JsonKind::array)) {
            for (std::size_t i = 0; i < value.elements.size(); ++i)
                if (token == "*" || token == std::to_string(i))
                    walk(value.elements[i], depth + 1, fmt::format("{}/{}", pointer, i));
        }
    }

private:
    std::uint16_t setting_;
    const Tokens& tokens_;
    AppManifest& app_;

    static std::string text_of(const JsonValue& value) { return value.is(JsonKind::null) ? "null" : value.text; }
};

template <typename Walker, typename Tree>
void read_settings_with(const catalog::Catalog& catalog, std::string_view format, const Tree& root, AppManifest& app) {
    for (std::size_t i = 0; i < catalog.settings.size(); ++i) {
        if (catalog.settings[i].format != format) continue;
        const Tokens tokens = pointer_tokens(catalog.settings[i].pointer);
        Walker(static_cast<std::uint16_t>(i), tokens, app).walk(root, 0, "");
    }
}

}  // namespace

std::vector<std::string> pointer_tokens(std::string_view pointer) {
    std::vector<std::string> tokens;
    while (pointer.starts_with('/')) {
        pointer.remove_prefix(1);
        const auto end = pointer.find('/');
        const std::string_view raw = pointer.substr(0, end);
        std::string token;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
                token += raw[i + 1] == '0' ? '~' : '/';
                ++i;
            } else {
                token += raw[i];
            }
        }
        tokens.push_back(std::move(token));
        pointer = end == std::string_view::npos ? std::string_view() : pointer.substr(end);
    }
    return tokens;
}

void read_settings(const catalog::Catalog& catalog, std::string_view format, const YamlNode& root, AppManifest& app) {
    read_settings_with<YamlSettingWalker>(catalog, format, root, app);
}

void read_settings(const catalog::Catalog& catalog, std::string_view format, const JsonValue& root, AppManifest& app) {
    read_settings_with<JsonSettingWalker>(catalog, format, root, app);
}

}  // namespace scopelint
