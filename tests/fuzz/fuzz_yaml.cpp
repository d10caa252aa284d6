// libFuzzer target: bytes -> scopelint::parse_yaml (src/parse/yaml_reader.hpp).
//
// Invariants (abort on violation):
//  * never both documents and an error; on error the offset (and the context
//    offset) is <= size and the message is not empty;
//  * every node's span, value_span and alias span lie in [0, size] with
//    begin <= end, and a scalar's value_span lies inside its span;
//  * where a node sits in its parent's source (its alias token when it was
//    reached through another alias than its parent, its span otherwise) lies
//    inside the parent's span, after its previous sibling; a pair's key comes
//    before its value. Merged pairs (`<<`) are excepted: they come from
//    elsewhere and follow the mapping's own pairs;
//  * quoted scalars have their quote character on both sides of value_span;
//    a plain scalar on one line decodes to its bytes, and so does a quoted one
//    without escapes (no '' in single, no backslash in double quotes);
//  * only scalars have text or a scalar style, only sequences items, only
//    mappings pairs;
//  * determinism: the same input parsed twice gives the same trees.
#include "ast/yaml.hpp"
#include "parse/yaml_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <vector>

namespace {

using scopelint::Span;
using scopelint::YamlKind;
using scopelint::YamlNode;
using scopelint::YamlPair;
using scopelint::YamlStyle;

[[noreturn]] void fail(const char* what, std::uint32_t offset = 0) {
    std::fprintf(stderr, "fuzz_yaml: invariant violated: %s (offset %u)\n", what, offset);
    std::abort();
}

void check(bool ok, const char* what, std::uint32_t offset = 0) {
    if (!ok) fail(what, offset);
}

void check_in_text(std::string_view text, Span span, const char* what) {
    check(span.begin <= span.end && span.end <= text.size(), what, span.begin);
}

bool has_line_break(std::string_view raw) {
    return raw.find_first_of("\r\n") != std::string_view::npos || raw.find("\xC2\x85") != std::string_view::npos ||
           raw.find("\xE2\x80\xA8") != std::string_view::npos || raw.find("\xE2\x80\xA9") != std::string_view::npos;
}

void check_scalar(std::string_view text, const YamlNode& node) {
    check(node.items.empty() && node.pairs.empty(), "scalar with children", node.span.begin);
    check(node.span.contains(node.value_span), "value_span outside the scalar's span", node.span.begin);
    const std::string_view raw = text.substr(node.value_span.begin, node.value_span.size());
    switch (node.style) {
        case YamlStyle::single_quoted:
        case YamlStyle::double_quoted: {
            const char quote = node.style == YamlStyle::single_quoted ? '\'' : '"';
            check(node.value_span.begin > node.span.begin && node.value_span.end < node.span.end,
                  "quoted scalar without room for its quotes", node.span.begin);
            check(text[node.value_span.begin - 1] == quote && text[node.value_span.end] == quote,
                  "quoted scalar's value_span is not between its quotes", node.span.begin);
            const bool escapes = raw.find(node.style == YamlStyle::single_quoted ? '\'' : '\\') != std::string_view::npos;
            if (!escapes && !has_line_break(raw)) {
                check(node.text == raw, "quoted scalar without escapes differs from its bytes", node.span.begin);
            }
            break;
        }
        case YamlStyle::plain:
            if (!has_line_break(raw)) check(node.text == raw, "one-line plain scalar differs from its bytes", node.span.begin);
            break;
        case YamlStyle::literal:
        case YamlStyle::folded:
            check(node.value_span.begin > node.span.begin || node.span.empty(), "block scalar without a header",
                  node.span.begin);
            break;
        case YamlStyle::flow:
        case YamlStyle::block: fail("scalar with a collection style", node.span.begin);
    }
    check(node.has_escapes == (node.text != raw), "has_escapes disagrees with the text", node.span.begin);
}

// Where `child` is in the source of `parent`: a node copied with its parent
// through the same alias sits where the original sat.
Span placed_in(const YamlNode& parent, const YamlNode& child) {
    if (child.alias && child.alias != parent.alias) return *child.alias;
    return child.span;
}

void check_node(std::string_view text, const YamlNode& node);

// Checks that `child` sits inside `parent`, at or after `after`, and returns where it ends.
std::uint32_t check_child(std::string_view text, const YamlNode& parent, const YamlNode& child, std::uint32_t after) {
    const Span placed = placed_in(parent, child);
    check(parent.span.contains(placed), "child outside its parent", placed.begin);
    check(placed.begin >= after, "children overlap or are out of order", placed.begin);
    check_node(text, child);
    return placed.end;
}

void check_node(std::string_view text, const YamlNode& node) {
    check_in_text(text, node.span, "span outside the text");
    check_in_text(text, node.value_span, "value_span outside the text");
    if (node.alias) check_in_text(text, *node.alias, "alias span outside the text");
    if (node.is(YamlKind::scalar)) {
        check_scalar(text, node);
        return;
    }
    check(node.style == YamlStyle::flow || node.style == YamlStyle::block, "collection with a scalar style",
          node.span.begin);
    check(node.text.empty() && !node.has_escapes, "collection with text", node.span.begin);
    std::uint32_t after = node.span.begin;
    if (node.is(YamlKind::sequence)) {
        check(node.pairs.empty(), "sequence with pairs", node.span.begin);
        for (const YamlNode& item : node.items) after = check_child(text, node, item, after);
        return;
    }
    check(node.items.empty(), "mapping with items", node.span.begin);
    bool merged_seen = false;
    for (const YamlPair& pair : node.pairs) {
        if (pair.merged) {
            merged_seen = true;
            check_node(text, pair.key);
            check_node(text, pair.value);
            continue;
        }
        check(!merged_seen, "an own pair after a merged one", node.span.begin);
        after = check_child(text, node, pair.key, after);
        after = check_child(text, node, pair.value, after);
    }
}

bool same_span(const std::optional<Span>& a, const std::optional<Span>& b) {
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

bool same_tree(const YamlNode& a, const YamlNode& b) {
    if (a.kind != b.kind || a.style != b.style || !(a.span == b.span) || !(a.value_span == b.value_span) ||
        a.text != b.text || a.has_escapes != b.has_escapes || a.tag != b.tag || a.anchor != b.anchor ||
        !same_span(a.alias, b.alias) || a.items.size() != b.items.size() || a.pairs.size() != b.pairs.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.items.size(); ++i) {
        if (!same_tree(a.items[i], b.items[i])) return false;
    }
    for (std::size_t i = 0; i < a.pairs.size(); ++i) {
        if (a.pairs[i].merged != b.pairs[i].merged || !same_tree(a.pairs[i].key, b.pairs[i].key) ||
            !same_tree(a.pairs[i].value, b.pairs[i].value)) {
            return false;
        }
    }
    return true;
}

void check_same_result(const scopelint::YamlParseResult& a, const scopelint::YamlParseResult& b) {
    check(a.error.has_value() == b.error.has_value(), "second parse disagrees on success");
    if (a.error) {
        check(a.error->offset == b.error->offset && a.error->message == b.error->message &&
                  a.error->context_offset == b.error->context_offset,
              "second parse reports another error", a.error->offset);
        return;
    }
    check(a.documents.size() == b.documents.size(), "second parse has another number of documents");
    for (std::size_t i = 0; i < a.documents.size(); ++i) {
        check(same_tree(a.documents[i], b.documents[i]), "second parse builds another tree", a.documents[i].span.begin);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const scopelint::YamlParseResult result = scopelint::parse_yaml(text);

    if (result.error) {
        check(result.documents.empty(), "documents and an error");
        check(result.error->offset <= size, "error offset past the end of the text", result.error->offset);
        check(!result.error->message.empty(), "error without a message", result.error->offset);
        if (result.error->context_offset) {
            check(*result.error->context_offset <= size, "context offset past the end of the text",
                  *result.error->context_offset);
        }
    } else {
        std::uint32_t after = 0;
        for (const YamlNode& document : result.documents) {
            check_node(text, document);
            check(!document.alias.has_value(), "document root reached through an alias", document.span.begin);
            check(document.span.begin >= after, "documents overlap or are out of order", document.span.begin);
            after = document.span.end;
        }
    }

    check_same_result(result, scopelint::parse_yaml(text));
    return 0;
}
