#pragma once
// A YAML document tree that remembers where every node came from, so readers of
// YAML manifests (GitHub Actions workflows, Slack and Forge manifests) can point
// findings at exact bytes. Built by parse/yaml_reader from libyaml's events.
//
// Anchors, aliases and merge keys are resolved: what a loader would see is in
// the tree, because a permission hidden behind `*defaults` still counts. A node
// reached through an alias is a copy of the anchored original, keeps the
// original's spans and says where the alias was (`alias`).
#include "ast/span.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scopelint {

enum class YamlKind : std::uint8_t { scalar, sequence, mapping };

enum class YamlStyle : std::uint8_t {
    plain,
    single_quoted,
    double_quoted,
    literal,  // block scalar `|`
    folded,   // block scalar `>`
    flow,     // [..] or {..}
    block,    // indented collection
};

[[nodiscard]] std::string_view to_string(YamlKind kind);

struct YamlPair;

struct YamlNode {
    YamlKind kind = YamlKind::scalar;
    YamlStyle style = YamlStyle::plain;
    // The whole node in the source: its anchor and tag, the quotes of a quoted
    // scalar, the header and content lines of a block scalar, the brackets of a
    // flow collection, the first key or dash to the end of the last child of a
    // block collection.
    Span span;
    // scalar: the text between the quotes, the plain scalar itself, or the
    // content lines of a block scalar (after its header line). An empty scalar
    // (`key:` with no value) is an empty span where the value would be.
    Span value_span;
    // scalar: the value as loaded (escapes decoded, lines folded, block
    // indentation removed). No type resolution: `true`, `1` and `~` stay text.
    std::string text;
    // True when `text` is not the bytes of value_span as they are (escapes,
    // folded line breaks, block scalars), so decoded offsets differ from source
    // offsets and only value_span.begin can be pointed at.
    bool has_escapes = false;
    std::string tag;     // as resolved by libyaml (`!!str` -> "tag:yaml.org,2002:str"); empty if none
    std::string anchor;  // `&name` on this node (also on its copies), without the '&'
    // Set on every node of a copy reached through an alias `*name`: the span of
    // the alias token where the copy was placed (the outermost alias when one
    // anchored node contains another alias). `span` stays the original's.
    std::optional<Span> alias;
    std::vector<YamlNode> items;  // sequence items, in order
    std::vector<YamlPair> pairs;  // mapping entries, in document order (duplicates kept), merged ones last

    [[nodiscard]] bool is(YamlKind k) const { return kind == k; }
    [[nodiscard]] bool is_quoted() const {
        return style == YamlStyle::single_quoted || style == YamlStyle::double_quoted;
    }
    // Where this node is in the document it was read from: the alias token for
    // a node reached through an alias, its own span otherwise.
    [[nodiscard]] Span placed_span() const { return alias ? *alias : span; }
    // First pair whose key is a scalar with this text, or nullptr. A mapping's
    // own keys come before merged ones, so they win as merge keys require.
    [[nodiscard]] const YamlPair* find(std::string_view key) const;
};

struct YamlPair {
    YamlNode key;
    YamlNode value;
    // Came in through a merge key (`<<: *defaults` or `<<: {..}`); such pairs
    // follow the mapping's own pairs and are left out when an own key (or an
    // earlier merged one) has the same text.
    bool merged = false;
};

}  // namespace scopelint
