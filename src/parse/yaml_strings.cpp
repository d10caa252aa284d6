#include "parse/yaml_strings.hpp"

namespace scopelint {
namespace {

Span inner(Span quoted) { return quoted.size() >= 2 ? Span{quoted.begin + 1, quoted.end - 1} : quoted; }

YamlNode json_scalar(const JsonValue& value) {
    YamlNode node;
    node.kind = YamlKind::scalar;
    node.span = value.span;
    if (value.is(JsonKind::string)) {
        node.style = YamlStyle::double_quoted;
        node.value_span = inner(value.span);
        node.has_escapes = value.has_escapes;
    } else {
        node.value_span = value.span;
    }
    node.text = value.is(JsonKind::null) ? std::string("null") : value.text;
    return node;
}

YamlNode json_key(const JsonMember& member) {
    YamlNode key;
    key.style = YamlStyle::double_quoted;
    key.span = member.key_span;
    key.value_span = inner(member.key_span);
    key.text = member.key;
    key.has_escapes = key.value_span.size() != member.key.size();
    return key;
}

}  // namespace

void collect_yaml_strings(const YamlNode& node, std::string_view key, std::uint32_t path, AppManifest& app) {
    if (node.alias) return;
    if (node.is(YamlKind::scalar)) {
        app.strings.push_back({key, node.text, node.value_span, path, false, node.has_escapes});
        return;
    }
    for (std::size_t i = 0; i < node.items.size(); ++i)
        collect_yaml_strings(node.items[i], key, app.paths.add_index(path, static_cast<std::uint32_t>(i)), app);
    for (const auto& pair : node.pairs) {
        if (pair.merged || !pair.key.is(YamlKind::scalar)) continue;
        const auto member = app.paths.add_key(path, pair.key.text);
        if (!pair.key.alias)
            app.strings.push_back({key, pair.key.text, pair.key.value_span, member, true, pair.key.has_escapes});
        collect_yaml_strings(pair.value, pair.key.text, member, app);
    }
}

YamlNode json_as_yaml(const JsonValue& value) {
    if (!value.is(JsonKind::array) && !value.is(JsonKind::object)) return json_scalar(value);
    YamlNode node;
    node.kind = value.is(JsonKind::array) ? YamlKind::sequence : YamlKind::mapping;
    node.style = YamlStyle::flow;
    node.span = value.span;
    node.value_span = value.span;
    node.items.reserve(value.elements.size());
    for (const auto& element : value.elements) node.items.push_back(json_as_yaml(element));
    node.pairs.reserve(value.members.size());
    for (const auto& member : value.members) node.pairs.push_back({json_key(member), json_as_yaml(member.value), false});
    return node;
}

}  // namespace scopelint
