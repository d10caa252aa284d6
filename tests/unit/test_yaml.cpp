// parse/yaml_reader and ast/yaml: the byte spans of every kind of node (with
// multi-byte characters, a BOM and CRLF in front), anchors, aliases and merge
// keys, duplicate keys, multi-document streams, errors with their offsets and
// the depth and alias-expansion limits.
#include "ast/yaml.hpp"
#include "parse/limits.hpp"
#include "parse/yaml_reader.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using scopelint::parse_yaml;
using scopelint::Span;
using scopelint::YamlKind;
using scopelint::YamlNode;
using scopelint::YamlStyle;

namespace {

std::string describe(const scopelint::YamlParseResult& result) {
    if (!result.error) return "parsed " + std::to_string(result.documents.size()) + " document(s)";
    return "error at " + std::to_string(result.error->offset) + ": " + result.error->message;
}

std::vector<YamlNode> documents_of(std::string_view text, const scopelint::InputLimits& limits = {}) {
    auto result = parse_yaml(text, limits);
    INFO("input: " << text);
    INFO(describe(result));
    REQUIRE_FALSE(result.error.has_value());
    return std::move(result.documents);
}

YamlNode root_of(std::string_view text, const scopelint::InputLimits& limits = {}) {
    auto documents = documents_of(text, limits);
    REQUIRE(documents.size() == 1);
    return std::move(documents.front());
}

scopelint::YamlSyntaxError error_of(std::string_view text, const scopelint::InputLimits& limits = {}) {
    auto result = parse_yaml(text, limits);
    INFO("input: " << text);
    INFO(describe(result));
    REQUIRE(result.error.has_value());
    REQUIRE(result.documents.empty());
    return *result.error;
}

// Where `needle` first occurs (after `from`), so expected spans read as "the
// 'write' of this text".
std::uint32_t offset_in(std::string_view text, std::string_view needle, std::size_t from = 0) {
    const auto at = text.find(needle, from);
    REQUIRE(at != std::string_view::npos);
    return static_cast<std::uint32_t>(at);
}

Span span_of(std::string_view text, std::string_view needle, std::size_t from = 0) {
    const std::uint32_t begin = offset_in(text, needle, from);
    return {begin, begin + static_cast<std::uint32_t>(needle.size())};
}

const YamlNode& value_at(const YamlNode& mapping, std::string_view key) {
    REQUIRE(mapping.is(YamlKind::mapping));
    const auto* pair = mapping.find(key);
    INFO("key: " << key);
    REQUIRE(pair != nullptr);
    return pair->value;
}

std::string_view slice(std::string_view text, Span span) { return text.substr(span.begin, span.size()); }

std::string repeated(std::string_view piece, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

}  // namespace

TEST_CASE("yaml scalars keep the spans of their token and of their value", "[yaml][spans]") {
    const std::string_view text =
        "plain: chat:write\n"
        "single: 'it''s'\n"
        "double: \"a\\tb\"\n"
        "quoted_plain: \"users:read\"\n"
        "literal: |\n"
        "  line one\n"
        "  line two\n"
        "folded: >-\n"
        "  a\n"
        "  b\n"
        "empty:\n"
        "last: x\n";
    const YamlNode root = root_of(text);
    REQUIRE(root.is(YamlKind::mapping));
    CHECK(root.style == YamlStyle::block);
    CHECK(root.span == Span{0, static_cast<std::uint32_t>(text.size() - 1)});  // up to the last value, not the newline

    const YamlNode& plain = value_at(root, "plain");
    CHECK(plain.style == YamlStyle::plain);
    CHECK(plain.span == span_of(text, "chat:write"));
    CHECK(plain.value_span == plain.span);
    CHECK(plain.text == "chat:write");
    CHECK_FALSE(plain.has_escapes);

    const YamlNode& single = value_at(root, "single");
    CHECK(single.style == YamlStyle::single_quoted);
    CHECK(single.span == span_of(text, "'it''s'"));
    CHECK(single.value_span == span_of(text, "it''s"));
    CHECK(single.text == "it's");
    CHECK(single.has_escapes);

    const YamlNode& dq = value_at(root, "double");
    CHECK(dq.style == YamlStyle::double_quoted);
    CHECK(dq.span == span_of(text, "\"a\\tb\""));
    CHECK(dq.value_span == span_of(text, "a\\tb"));
    CHECK(dq.text == "a\tb");
    CHECK(dq.has_escapes);

    const YamlNode& quoted_plain = value_at(root, "quoted_plain");
    CHECK(quoted_plain.value_span == span_of(text, "users:read"));
    CHECK_FALSE(quoted_plain.has_escapes);
    CHECK(quoted_plain.is_quoted());

    const YamlNode& literal = value_at(root, "literal");
    CHECK(literal.style == YamlStyle::literal);
    CHECK(literal.span.begin == offset_in(text, "|"));
    CHECK(literal.value_span.begin == offset_in(text, "  line one"));
    CHECK(literal.value_span.end == offset_in(text, "folded:"));
    CHECK(literal.text == "line one\nline two\n");
    CHECK(literal.has_escapes);

    const YamlNode& folded = value_at(root, "folded");
    CHECK(folded.style == YamlStyle::folded);
    CHECK(folded.span.begin == offset_in(text, ">-"));
    CHECK(folded.value_span.begin == offset_in(text, "  a\n"));
    CHECK(folded.text == "a b");

    const YamlNode& empty = value_at(root, "empty");
    CHECK(empty.text.empty());
    CHECK(empty.span.empty());
    CHECK(empty.span.begin == offset_in(text, "empty:") + 6);  // right after the ':'
    CHECK(empty.value_span == empty.span);
}

TEST_CASE("yaml keys keep their spans and duplicate keys are kept in order", "[yaml][spans]") {
    const std::string_view text = "permissions:\n  contents: read\n  'id-token': write\n  contents: write\n";
    const YamlNode root = root_of(text);
    const YamlNode& permissions = value_at(root, "permissions");
    REQUIRE(permissions.pairs.size() == 3);
    CHECK(permissions.span == Span{offset_in(text, "contents"), static_cast<std::uint32_t>(text.size() - 1)});

    CHECK(permissions.pairs[0].key.span == span_of(text, "contents"));
    CHECK(permissions.pairs[0].value.span == span_of(text, "read"));
    CHECK(permissions.pairs[1].key.span == span_of(text, "'id-token'"));
    CHECK(permissions.pairs[1].key.value_span == span_of(text, "id-token"));
    CHECK(permissions.pairs[1].key.text == "id-token");
    CHECK(permissions.pairs[1].value.span == span_of(text, "write"));
    CHECK(permissions.pairs[2].key.span == span_of(text, "contents", text.find("write")));
    CHECK(permissions.pairs[2].value.text == "write");
    for (const auto& pair : permissions.pairs) CHECK_FALSE(pair.merged);

    // find() returns the first of duplicates; a quoted key is found by its text.
    CHECK(permissions.find("contents")->value.text == "read");
    CHECK(permissions.find("id-token")->value.text == "write");
    CHECK(permissions.find("missing") == nullptr);
}

TEST_CASE("yaml flow and block collections keep their spans", "[yaml][spans]") {
    const std::string_view text =
        "bot: [chat:write, \"channels:read\", 'users:read.email']\n"
        "map: {a: 1, 'b': [x, y]}\n"
        "user:\n"
        "  - search:read\n"
        "  - \"files:write\"   # quoted\n"
        "nested:\n"
        "- - inner\n";
    const YamlNode root = root_of(text);

    const YamlNode& bot = value_at(root, "bot");
    CHECK(bot.is(YamlKind::sequence));
    CHECK(bot.style == YamlStyle::flow);
    CHECK(bot.span == span_of(text, "[chat:write, \"channels:read\", 'users:read.email']"));
    REQUIRE(bot.items.size() == 3);
    CHECK(bot.items[0].span == span_of(text, "chat:write"));
    CHECK(bot.items[1].value_span == span_of(text, "channels:read"));
    CHECK(bot.items[2].value_span == span_of(text, "users:read.email"));

    const YamlNode& map = value_at(root, "map");
    CHECK(map.style == YamlStyle::flow);
    CHECK(map.span == span_of(text, "{a: 1, 'b': [x, y]}"));
    CHECK(value_at(map, "a").span == span_of(text, "1"));
    CHECK(value_at(map, "b").span == span_of(text, "[x, y]"));

    const YamlNode& user = value_at(root, "user");
    CHECK(user.style == YamlStyle::block);
    // From the first dash to the end of the last item: not the comment after it.
    CHECK(user.span == Span{offset_in(text, "- search"), offset_in(text, "\"files:write\"") + 13});
    REQUIRE(user.items.size() == 2);
    CHECK(user.items[0].span == span_of(text, "search:read"));
    CHECK(user.items[1].value_span == span_of(text, "files:write"));

    const YamlNode& nested = value_at(root, "nested");
    REQUIRE(nested.items.size() == 1);
    REQUIRE(nested.items[0].is(YamlKind::sequence));
    CHECK(nested.items[0].items[0].span == span_of(text, "inner"));
    CHECK(nested.span == Span{offset_in(text, "- - inner"), static_cast<std::uint32_t>(text.size() - 1)});
}

TEST_CASE("yaml byte offsets count bytes after multi-byte characters, a BOM and CRLF", "[yaml][spans]") {
    SECTION("multi-byte UTF-8 before a scalar") {
        // libyaml counts é and ✓ as one character each; spans count their bytes.
        const std::string_view text = "x: [\xC3\xA9\xE2\x9C\x93, chat:write]\n\xF0\x9F\x98\x80: \"\xE2\x9C\x93 y\"\n";
        const YamlNode root = root_of(text);
        const YamlNode& x = value_at(root, "x");
        CHECK(x.items[0].span == span_of(text, "\xC3\xA9\xE2\x9C\x93"));
        CHECK(x.items[1].span == span_of(text, "chat:write"));
        const auto& emoji = root.pairs[1];
        CHECK(emoji.key.span == span_of(text, "\xF0\x9F\x98\x80"));
        CHECK(emoji.value.value_span == span_of(text, "\xE2\x9C\x93 y"));
        CHECK(slice(text, emoji.value.value_span) == emoji.value.text);
    }
    SECTION("a BOM is skipped and still counted in offsets") {
        const std::string_view text = "\xEF\xBB\xBFscopes:\n  - read\n";
        const YamlNode root = root_of(text);
        CHECK(root.pairs[0].key.span == Span{3, 9});
        CHECK(value_at(root, "scopes").items[0].span == span_of(text, "read"));
    }
    SECTION("CRLF line endings") {
        const std::string_view text = "a: 1\r\nb:\r\n  - \"x\"\r\n  - y\r\n";
        const YamlNode root = root_of(text);
        CHECK(value_at(root, "a").span == span_of(text, "1"));
        const YamlNode& b = value_at(root, "b");
        CHECK(b.items[0].span == span_of(text, "\"x\""));
        CHECK(b.items[1].span == span_of(text, "y"));
    }
    SECTION("a second BOM is a character, not a skipped mark") {
        const std::string_view text = "\xEF\xBB\xBF\xEF\xBB\xBFk: v\n";
        const YamlNode root = root_of(text);
        CHECK(root.pairs[0].key.span == span_of(text, "k"));
    }
    SECTION("a BOM that starts a line between a tag and its scalar is not part of the scalar (fuzz_yaml)") {
        const std::string_view text = "!\n\n\xEF\xBB\xBFMeD";
        const auto result = parse_yaml(text);
        REQUIRE_FALSE(result.error);
        REQUIRE(result.documents.size() == 1);
        CHECK(result.documents[0].text == "MeD");
        CHECK(result.documents[0].value_span == span_of(text, "MeD"));
    }
    SECTION("a BOM after a blank is text of the scalar, as libyaml reads it (fuzz_yaml)") {
        const std::string_view text = "k: &a\n \xEF\xBB\xBFv\n";
        const auto result = parse_yaml(text);
        REQUIRE_FALSE(result.error);
        const YamlNode& value = result.documents[0].pairs[0].value;
        CHECK(value.text == "\xEF\xBB\xBFv");
        CHECK(value.value_span == span_of(text, "\xEF\xBB\xBFv"));
    }
}

TEST_CASE("yaml anchors, aliases and tags", "[yaml][alias]") {
    const std::string_view text =
        "defaults: &perms\n"
        "  contents: read\n"
        "  id-token: write\n"
        "job: *perms\n"
        "tagged: &t !!str 'v'\n"
        "again: *t\n";
    const YamlNode root = root_of(text);
    const YamlNode& defaults = value_at(root, "defaults");
    CHECK(defaults.anchor == "perms");
    CHECK_FALSE(defaults.alias.has_value());
    CHECK(defaults.span.begin == offset_in(text, "&perms"));

    const YamlNode& job = value_at(root, "job");
    REQUIRE(job.is(YamlKind::mapping));
    REQUIRE(job.alias.has_value());
    CHECK(*job.alias == span_of(text, "*perms"));
    CHECK(job.placed_span() == span_of(text, "*perms"));
    CHECK(job.span == defaults.span);  // the original's span
    const YamlNode& token = value_at(job, "id-token");
    CHECK(token.text == "write");
    REQUIRE(token.alias.has_value());
    CHECK(*token.alias == span_of(text, "*perms"));
    CHECK(token.span == span_of(text, "write"));

    const YamlNode& tagged = value_at(root, "tagged");
    CHECK(tagged.tag == "tag:yaml.org,2002:str");
    CHECK(tagged.anchor == "t");
    CHECK(tagged.span == span_of(text, "&t !!str 'v'"));
    CHECK(tagged.value_span == span_of(text, "v", offset_in(text, "'v'")));
    const YamlNode& again = value_at(root, "again");
    CHECK(again.text == "v");
    CHECK(*again.alias == span_of(text, "*t"));
}

TEST_CASE("yaml merge keys bring the anchored pairs in, behind the mapping's own", "[yaml][alias]") {
    const std::string_view text =
        "base: &base\n"
        "  contents: read\n"
        "  id-token: write\n"
        "extra: &extra {actions: write, contents: none}\n"
        "job:\n"
        "  <<: [*base, *extra]\n"
        "  contents: write\n"
        "inline:\n"
        "  <<: {issues: read}\n"
        "  x: 1\n";
    const YamlNode root = root_of(text);
    const YamlNode& job = value_at(root, "job");
    REQUIRE(job.pairs.size() == 3);
    CHECK(job.pairs[0].key.text == "contents");
    CHECK(job.pairs[0].value.text == "write");  // the mapping's own key wins
    CHECK_FALSE(job.pairs[0].merged);
    CHECK(job.pairs[1].key.text == "id-token");
    CHECK(job.pairs[1].merged);
    REQUIRE(job.pairs[1].value.alias.has_value());
    CHECK(*job.pairs[1].value.alias == span_of(text, "*base"));
    CHECK(job.pairs[1].value.span == span_of(text, "write"));
    CHECK(job.pairs[2].key.text == "actions");  // *extra's contents lost to the own one
    CHECK(*job.pairs[2].value.alias == span_of(text, "*extra"));
    CHECK(job.find("<<") == nullptr);
    CHECK(job.find("contents")->value.text == "write");

    const YamlNode& inline_merge = value_at(root, "inline");
    REQUIRE(inline_merge.pairs.size() == 2);
    CHECK(inline_merge.pairs[0].key.text == "x");
    CHECK(inline_merge.pairs[1].key.text == "issues");
    CHECK(inline_merge.pairs[1].merged);
    CHECK_FALSE(inline_merge.pairs[1].value.alias.has_value());

    // A quoted "<<" is an ordinary key.
    const YamlNode quoted = root_of("'<<': {a: 1}\n");
    CHECK(quoted.find("<<") != nullptr);
}

TEST_CASE("yaml streams hold several documents, each with its own anchors", "[yaml]") {
    const std::string_view text = "--- 1\n--- [a]\n...\n---\nk: v\n";
    const auto documents = documents_of(text);
    REQUIRE(documents.size() == 3);
    CHECK(documents[0].text == "1");
    CHECK(documents[0].span == span_of(text, "1"));
    CHECK(documents[1].span == span_of(text, "[a]"));
    CHECK(value_at(documents[2], "k").span == span_of(text, "v"));

    CHECK(documents_of("").empty());
    CHECK(documents_of("# only a comment\n").empty());
    CHECK(parse_yaml("a: &x 1\n---\nb: *x\n").error->message == "undefined alias '*x'");
}

TEST_CASE("yaml errors come back with the byte offset of the problem", "[yaml][errors]") {
    SECTION("unclosed flow sequence") {
        const std::string_view text = "a: [1, 2\nb: 3\n";
        const auto error = error_of(text);
        CHECK(error.message == "did not find expected ',' or ']' while parsing a flow sequence");
        CHECK(error.offset == offset_in(text, "b:") + 1);
        REQUIRE(error.context_offset.has_value());
        CHECK(*error.context_offset == offset_in(text, "["));
    }
    SECTION("bad indentation") {
        const std::string_view text = "a:\n  b: 1\n c: 2\n";
        const auto error = error_of(text);
        CHECK(error.message == "did not find expected key while parsing a block mapping");
        CHECK(error.offset == offset_in(text, "c: 2"));
    }
    SECTION("invalid UTF-8 after multi-byte characters and a BOM") {
        const std::string_view text = "\xEF\xBB\xBF" "a: \xC3\xA9\xE2\x9C\x93\xFF\n";
        const auto error = error_of(text);
        CHECK(error.message == "invalid leading UTF-8 octet");
        CHECK(error.offset == offset_in(text, "\xFF"));
    }
    SECTION("truncated UTF-8 sequence") {
        const std::string_view text = "a: b\xE2\x9C";
        CHECK(error_of(text).offset == 4);
    }
    SECTION("UTF-16 is not read as such") {
        CHECK(error_of(std::string_view("\xFF\xFE" "a\0:\0", 6)).offset == 0);
    }
    SECTION("control character") {
        const std::string_view text("a: b\0c", 6);
        const auto error = error_of(text);
        CHECK(error.message == "control characters are not allowed");
        CHECK(error.offset == 4);
    }
    SECTION("undefined alias") {
        const std::string_view text = "a: 1\nb: *nope\n";
        const auto error = error_of(text);
        CHECK(error.message == "undefined alias '*nope'");
        CHECK(error.offset == offset_in(text, "*nope"));
    }
    SECTION("recursive alias") {
        const std::string_view text = "a: &x [1, *x]\n";
        const auto error = error_of(text);
        CHECK(error.message == "alias '*x' refers to a node that contains it (recursive alias)");
        CHECK(error.offset == offset_in(text, "*x"));
    }
    SECTION("merge key with a scalar value") {
        const std::string_view text = "s: &s x\nm:\n  <<: *s\n";
        const auto error = error_of(text);
        CHECK(error.message == "the value of a merge key '<<' must be a mapping or a sequence of mappings");
        CHECK(error.offset == offset_in(text, "*s"));
    }
}

TEST_CASE("yaml nesting deeper than the limit is an error at the collection that goes deeper", "[yaml][limits]") {
    scopelint::InputLimits limits;
    limits.max_json_depth = 8;
    const std::string fits = repeated("[", 8) + repeated("]", 8);
    CHECK(root_of(fits, limits).is(YamlKind::sequence));
    const std::string too_deep = repeated("[", 9) + repeated("]", 9);
    const auto error = error_of(too_deep, limits);
    CHECK(error.message == "nesting depth exceeds 8");
    CHECK(error.offset == 8);

    SECTION("block collections count the same") {
        std::string block;
        for (int level = 0; level < 9; ++level) block += std::string(static_cast<std::size_t>(level) * 2, ' ') + "k:\n";
        block += std::string(18, ' ') + "v\n";
        CHECK(error_of(block, limits).message == "nesting depth exceeds 8");
    }
    SECTION("an alias that would go deeper counts too") {
        const std::string text = "a: &deep " + repeated("[", 7) + repeated("]", 7) + "\nb: [*deep]\n";
        const auto alias_error = error_of(text, limits);
        CHECK(alias_error.message == "nesting depth exceeds 8 through alias '*deep'");
        CHECK(alias_error.offset == offset_in(text, "*deep"));
    }
    SECTION("the default limit is JSON's, and a very deep stream fails cleanly") {
        const std::string huge = repeated("[", 100000);
        CHECK(error_of(huge).message == "nesting depth exceeds 512");
    }
}

TEST_CASE("yaml alias expansion is bounded (billion laughs)", "[yaml][limits]") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char level = 'b'; level <= 'j'; ++level) {
        const std::string previous(1, static_cast<char>(level - 1));
        bomb += std::string(1, level) + ": &" + level + " [*" + previous + ", *" + previous + ", *" + previous +
                ", *" + previous + ", *" + previous + ", *" + previous + ", *" + previous + ", *" + previous +
                ", *" + previous + ", *" + previous + "]\n";
    }
    const auto error = error_of(bomb);
    CHECK(error.message.find("alias expansion limit") != std::string::npos);
    CHECK(error.offset < bomb.size());

    SECTION("the limit from InputLimits applies when it is the smaller one") {
        scopelint::InputLimits limits;
        limits.max_yaml_alias_nodes = 10;
        // anchor (1 node) + 9 aliases of it = 10 copies: fits; an 11th does not
        const std::string fits = "a: &a x\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n";
        CHECK(value_at(root_of(fits, limits), "b").items.size() == 9);
        const std::string over = "a: &a x\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n";
        const auto limit_error = error_of(over, limits);
        CHECK(limit_error.message == "anchors and aliases expand to more than 10 nodes (alias expansion limit)");
        CHECK(limit_error.offset == offset_in(over, "*a]"));
    }
}

TEST_CASE("yaml reader turns every prefix of a document into a tree or an error", "[yaml][errors]") {
    const std::string text =
        "\xEF\xBB\xBFon: [push]\r\npermissions: &p {contents: read, \"id-token\": 'write'}\r\n"
        "jobs:\r\n  build:\r\n    <<: *p\r\n    steps:\r\n      - run: |\r\n          echo \xC3\xA9\r\n";
    for (std::size_t length = 0; length <= text.size(); ++length) {
        const auto result = parse_yaml(std::string_view(text).substr(0, length));
        if (!result.error) continue;
        CHECK(result.documents.empty());
        CHECK(result.error->offset <= length);
    }
}

TEST_CASE("yaml copies of long strings weigh more against the alias limit", "[yaml][limits]") {
    scopelint::InputLimits limits;
    limits.max_yaml_alias_nodes = 100;
    // 640 bytes weigh 11 nodes: the anchor and 8 aliases fit (99), a 9th does not.
    const std::string anchored = "a: &a '" + std::string(640, 'x') + "'\n";
    const std::string fits = anchored + "b: [*a, *a, *a, *a, *a, *a, *a, *a]\n";
    CHECK(value_at(root_of(fits, limits), "b").items.size() == 8);
    const std::string over = anchored + "b: [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n";
    CHECK(error_of(over, limits).offset == offset_in(over, "*a]"));
}
