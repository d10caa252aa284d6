// parse/json_reader, ast/json and the PEGTL grammar behind them: what is
// accepted, where each kind of bad input is reported, the spans of the tree,
// the decoded-to-source offset mapping, the nesting limit and the corpus.
#include "ast/json.hpp"
#include "grammar/json.hpp"
#include "parse/json_reader.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace std::string_literals;
using scopelint::JsonKind;
using scopelint::JsonValue;
using scopelint::parse_json;

namespace {

std::string describe(const scopelint::JsonParseResult& result) {
    if (!result.error) return "parsed";
    return "error at " + std::to_string(result.error->offset) + ": " + result.error->message;
}

// The root of a document that must parse; fails the test (with the error) otherwise.
JsonValue parsed(std::string_view text, const scopelint::JsonLimits& limits = {}) {
    auto result = parse_json(text, limits);
    INFO("input: " << text);
    INFO(describe(result));
    REQUIRE(result.root.has_value());
    REQUIRE_FALSE(result.error.has_value());
    return std::move(*result.root);
}

scopelint::JsonSyntaxError error_of(std::string_view text, const scopelint::JsonLimits& limits = {}) {
    auto result = parse_json(text, limits);
    INFO("input: " << text);
    REQUIRE(result.error.has_value());
    REQUIRE_FALSE(result.root.has_value());
    return *result.error;
}

std::string repeated(std::string_view piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

// Where `needle` first occurs, so expected spans read as "the [ of this text".
std::uint32_t offset_in(std::string_view text, std::string_view needle) {
    const auto at = text.find(needle);
    REQUIRE(at != std::string_view::npos);
    return static_cast<std::uint32_t>(at);
}

struct Rejected {
    std::string input;
    std::uint32_t offset;
    std::string_view message;
};

constexpr std::string_view no_value = "expected a JSON value";
constexpr std::string_view trailing = "trailing data after the JSON value";
constexpr std::string_view bad_array = "expected ',' or ']' after array element";
constexpr std::string_view bad_object = "expected ',' or '}' after object member";
constexpr std::string_view no_colon = "expected ':' after object key";
constexpr std::string_view no_key = "expected a string key";
constexpr std::string_view unterminated = "unterminated string";
constexpr std::string_view bad_escape = "invalid escape sequence";
constexpr std::string_view bad_hex = "invalid \\u escape: expected four hex digits";
constexpr std::string_view unpaired = "invalid \\u escape: unpaired surrogate";
constexpr std::string_view control = "control character in string (escape it as \\u00XX)";
constexpr std::string_view line_break = "unterminated string (a line break cannot be part of a JSON string)";
constexpr std::string_view leading_zero = "leading zeros are not allowed";

// Offsets are bytes of the text given to parse_json, a skipped BOM included.
const std::vector<Rejected>& rejected_inputs() {
    static const std::vector<Rejected> table = {
        // empty and trailing
        {"", 0, no_value},
        {"  \n\t", 4, no_value},
        {"\xEF\xBB\xBF", 3, no_value},                    // BOM alone
        {"\xEF\xBB\xBF  ", 5, no_value},
        {"\xEF\xBB\xBF\xEF\xBB\xBF{}", 3, no_value},      // only one BOM is skipped
        {"\xEF\xBB{}", 0, no_value},                      // half a BOM is not one
        {"\xEF\xBB\xBF[1,]", 6, no_value},                // BOM then a bad value
        {"[1] x", 4, trailing},
        {"{} {}", 3, trailing},
        {"{\"a\":1}}", 7, trailing},
        // literals and numbers
        {"tru", 0, no_value},
        {"[tru]", 1, no_value},
        {"nul", 0, no_value},
        {"True", 0, no_value},
        {"[truex]", 5, bad_array},
        {"01", 1, leading_zero},
        {"[-01]", 3, leading_zero},
        {"-", 1, "expected a digit after '-'"},
        {"[-]", 2, "expected a digit after '-'"},
        {"-x", 1, "expected a digit after '-'"},
        {"1.", 2, "expected a digit after '.'"},
        {"1.e5", 2, "expected a digit after '.'"},
        {"1e", 2, "expected a digit in the exponent"},
        {"1e+", 3, "expected a digit in the exponent"},
        {".5", 0, no_value},
        {"+1", 0, no_value},
        {"0x10", 1, trailing},
        // arrays and objects
        {"[1,]", 3, no_value},                            // trailing comma
        {"[,1]", 1, no_value},
        {"[1 2]", 3, bad_array},
        {"[1,2", 4, bad_array},
        {"[", 1, no_value},
        {"[}", 1, no_value},
        {"{\"a\":1,}", 7, no_key},                        // trailing comma
        {"{\"a\" 1}", 5, no_colon},
        {"{\"a\"", 4, no_colon},
        {"{\"a\":}", 5, no_value},
        {"{\"a\":1 \"b\":2}", 7, bad_object},
        {"{\"a\":1", 6, bad_object},
        {"{\"a\":1]", 6, bad_object},
        {"{1:2}", 1, no_key},
        {"{a:1}", 1, no_key},
        {"{", 1, no_key},
        // strings
        {"\"abc", 4, unterminated},
        {"[\"abc]", 6, unterminated},
        {"{\"a", 3, unterminated},
        {"\"a\\qb\"", 3, bad_escape},
        {"\"\\", 2, bad_escape},
        {"\"\\x41\"", 2, bad_escape},
        {"\"\\u12\"", 5, bad_hex},
        {"\"\\u12G4\"", 5, bad_hex},
        {"\"\\u", 3, bad_hex},
        {"\"\\uD800\"", 1, unpaired},                     // lone high surrogate
        {"\"x\\uD800\\u0041\"", 2, unpaired},             // high surrogate, then no low one
        {"\"\\uDC00\\uD800\"", 1, unpaired},              // low before high
        {"[\"ok\", \"\\uDE00\"]", 8, unpaired},           // lone low surrogate
        {"{\"\\uD83D\":1}", 2, unpaired},                 // in a key too
        {"\"a\nb\"", 2, line_break},
        {"\"a\r\nb\"", 2, line_break},
        {"\"\t\"", 1, control},
        {"\"a\0\""s, 2, control},
        {"\"\x1F\"", 1, control},
        {"[\xC3]", 1, no_value},                          // outside a string it is just not a value
    };
    return table;
}

const std::vector<std::string>& accepted_inputs() {
    static const std::vector<std::string> table = {
        "0", "-0", "-0.0e-0", "1E+5", "12.5e10", "true", "false", "null",
        "[]", "{}", " [ ] ", "\r\n\t{ }\r\n", "[[],{}]", "\"\"",
        "\"\x7F\"",                      // DEL is not a control character in JSON
        "\"\xC2\x80\"",                  // smallest 2-byte sequence
        "\"\xEF\xBF\xBF\"",              // U+FFFF
        "\"\xF0\x9F\x98\x80\"",          // U+1F600
        "\"\xF4\x8F\xBF\xBF\"",          // U+10FFFF, the largest
        "\"\\uD83D\\uDE00\"", "\"\\u0000\"", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "[1,[2,[3]]]", "{\"a\":{\"a\":{}}}", "\xEF\xBB\xBF{}", "{\"\":\"\"}",
    };
    return table;
}

}  // namespace

TEST_CASE("json grammar has no rule that can loop without progress", "[json][grammar]") {
    CHECK(tao::pegtl::analyze<scopelint::grammar::json::document>() == 0);
}

TEST_CASE("json reader reports each malformed input at the byte that breaks it", "[json][errors]") {
    for (const auto& row : rejected_inputs()) {
        const auto error = error_of(row.input);
        INFO("input: " << row.input);
        CHECK(error.message == row.message);
        CHECK(error.offset == row.offset);
    }
}

TEST_CASE("json reader accepts RFC 8259 documents", "[json]") {
    for (const auto& input : accepted_inputs()) {
        const auto result = parse_json(input);
        INFO("input: " << input);
        INFO(describe(result));
        CHECK(result.root.has_value());
        CHECK_FALSE(result.error.has_value());
    }
}

TEST_CASE("json reader turns every prefix of a document into an error and never throws", "[json][errors]") {
    const std::string document = "\xEF\xBB\xBF{\"a\": [1, -2.5e3, true, null, {\"b\": \"x\\u00e9\\uD83D\\uDE00y\"}], \"c\": \"\xC3\xA9\"}";
    for (std::size_t size = 0; size < document.size(); ++size) {
        const std::string_view prefix(document.data(), size);
        scopelint::JsonParseResult result;
        REQUIRE_NOTHROW(result = parse_json(prefix));
        INFO("prefix size " << size);
        REQUIRE(result.error.has_value());
        CHECK(result.error->offset <= size);
    }
    CHECK(parsed(document).members.size() == 2);
}

TEST_CASE("json values keep their source spans", "[json][spans]") {
    SECTION("a small document, offsets by hand") {
        const std::string text = " {\"k\": [10, \"s\", {}], \"n\": -1.5e3}";
        const auto root = parsed(text);
        CHECK(root.kind == JsonKind::object);
        CHECK(root.span == scopelint::Span{1, 34});
        REQUIRE(root.members.size() == 2);
        const auto& k = root.members[0];
        CHECK(k.key == "k");
        CHECK(k.key_span == scopelint::Span{2, 5});
        CHECK(k.value.kind == JsonKind::array);
        CHECK(k.value.span == scopelint::Span{7, 20});
        REQUIRE(k.value.elements.size() == 3);
        CHECK(k.value.elements[0].span == scopelint::Span{8, 10});
        CHECK(k.value.elements[0].text == "10");
        CHECK(k.value.elements[1].span == scopelint::Span{12, 15});  // quotes included
        CHECK(k.value.elements[1].text == "s");
        CHECK(k.value.elements[2].kind == JsonKind::object);
        CHECK(k.value.elements[2].span == scopelint::Span{17, 19});
        const auto& n = root.members[1];
        CHECK(n.key_span == scopelint::Span{22, 25});
        CHECK(n.value.kind == JsonKind::number);
        CHECK(n.value.text == "-1.5e3");
        CHECK(n.value.span == scopelint::Span{27, 33});
    }

    SECTION("a pretty-printed manifest, offsets found in the text") {
        const std::string text =
            "{\n"
            "  \"name\": \"scopes\",\n"
            "  \"oauthScopes\": [\n"
            "    \"https://www.googleapis.com/auth/drive\",\n"
            "    \"https://www.googleapis.com/auth/gmail.send\"\n"
            "  ],\n"
            "  \"limits\": {\"rate\": 100, \"burst\": false, \"owner\": null, \"beta\": true}\n"
            "}\n";
        const auto root = parsed(text);
        CHECK(root.span == scopelint::Span{0, static_cast<std::uint32_t>(text.size() - 1)});
        const auto* scopes = root.find("oauthScopes");
        REQUIRE(scopes != nullptr);
        CHECK(scopes->key_span.begin == offset_in(text, "\"oauthScopes\""));
        CHECK(scopes->key_span.size() == 13);
        CHECK(scopes->value.span.begin == offset_in(text, "["));
        CHECK(scopes->value.span.end == offset_in(text, "]") + 1);
        REQUIRE(scopes->value.elements.size() == 2);
        const auto& drive = scopes->value.elements[0];
        CHECK(drive.text == "https://www.googleapis.com/auth/drive");
        CHECK(drive.span.begin == offset_in(text, "\"https://www.googleapis.com/auth/drive\""));
        CHECK(drive.span.size() == drive.text.size() + 2);
        const auto* limits = root.find("limits");
        REQUIRE(limits != nullptr);
        CHECK(limits->value.span.begin == offset_in(text, "{\"rate\""));
        CHECK(limits->value.span.end == offset_in(text, "true}") + 5);
        const auto& members = limits->value.members;
        REQUIRE(members.size() == 4);
        CHECK(members[0].value.span.begin == offset_in(text, "100"));
        CHECK(members[0].value.span.size() == 3);
        CHECK(members[1].value.kind == JsonKind::boolean);
        CHECK(members[1].value.text == "false");
        CHECK(members[1].value.span.begin == offset_in(text, "false"));
        CHECK(members[1].value.span.size() == 5);
        CHECK(members[2].value.kind == JsonKind::null);
        CHECK(members[2].value.text.empty());
        CHECK(members[2].value.span.size() == 4);
        CHECK(members[3].value.text == "true");
    }

    SECTION("a skipped BOM still counts in the offsets") {
        const auto root = parsed("\xEF\xBB\xBF [\"a\"]");
        CHECK(root.span == scopelint::Span{4, 9});
        REQUIRE(root.elements.size() == 1);
        CHECK(root.elements[0].span == scopelint::Span{5, 8});
    }

    SECTION("a scalar document") {
        const auto root = parsed("  \"only\"\n");
        CHECK(root.kind == JsonKind::string);
        CHECK(root.span == scopelint::Span{2, 8});
    }
}

TEST_CASE("json objects keep members in document order with duplicates", "[json]") {
    const auto root = parsed(R"({"b": 1, "a": 2, "b": 3, "": 4})");
    REQUIRE(root.members.size() == 4);
    CHECK(root.members[0].key == "b");
    CHECK(root.members[1].key == "a");
    CHECK(root.members[2].key == "b");
    CHECK(root.members[3].key.empty());
    CHECK(root.members[2].value.text == "3");
    REQUIRE(root.find("b") != nullptr);
    CHECK(root.find("b")->value.text == "1");  // the first one
    CHECK(root.find("")->value.text == "4");
    CHECK(root.find("c") == nullptr);
}

TEST_CASE("json strings are decoded and decoded offsets map back to the source", "[json][escapes]") {
    SECTION("no escapes: offsets shift by the opening quote") {
        const std::string text = "[  \"abc\xC3\xA9\"]";
        const auto value = parsed(text).elements.at(0);
        CHECK_FALSE(value.has_escapes);
        CHECK(value.text == "abc\xC3\xA9");
        CHECK(scopelint::source_offset(value, text, 0) == 4);
        CHECK(scopelint::source_offset(value, text, 2) == 6);
        CHECK(scopelint::source_offset(value, text, 4) == 8);  // second byte of the é
        CHECK(scopelint::source_offset(value, text, 5) == 9);  // the closing quote
    }

    SECTION("a single-character escape") {
        const std::string text = R"("a\nb,c")";
        const auto value = parsed(text);
        CHECK(value.has_escapes);
        CHECK(value.text == "a\nb,c");
        CHECK(scopelint::source_offset(value, text, 0) == 1);  // a
        CHECK(scopelint::source_offset(value, text, 1) == 2);  // the newline: its backslash
        CHECK(scopelint::source_offset(value, text, 2) == 4);  // b
        CHECK(scopelint::source_offset(value, text, 4) == 6);  // c
        CHECK(scopelint::source_offset(value, text, 5) == 7);  // the closing quote
        CHECK(scopelint::source_offset(value, text, 99) == 7);
    }

    SECTION("every single-character escape") {
        const auto value = parsed(R"("\"\\\/\b\f\n\r\t")");
        CHECK(value.text == "\"\\/\b\f\n\r\t");
    }

    SECTION("\\u escapes become UTF-8, surrogate pairs one code point") {
        const std::string text = R"({"k\u00e9y": "x\u00e9y\u20AC\uD83D\uDE00!\u0041"})";
        const auto root = parsed(text);
        const auto& member = root.members.at(0);
        CHECK(member.key == "k\xC3\xA9y");
        CHECK(member.key_span == scopelint::Span{1, 11});
        const auto& value = member.value;
        CHECK(value.text == "x\xC3\xA9y\xE2\x82\xAC\xF0\x9F\x98\x80!A");
        const std::uint32_t quote = value.span.begin;
        CHECK(scopelint::source_offset(value, text, 0) == quote + 1);   // x
        CHECK(scopelint::source_offset(value, text, 1) == quote + 2);   // \u00e9, first byte
        CHECK(scopelint::source_offset(value, text, 2) == quote + 2);   // \u00e9, second byte
        CHECK(scopelint::source_offset(value, text, 3) == quote + 8);   // y
        CHECK(scopelint::source_offset(value, text, 6) == quote + 9);   // \u20AC, last byte
        CHECK(scopelint::source_offset(value, text, 7) == quote + 15);  // the pair's first escape
        CHECK(scopelint::source_offset(value, text, 10) == quote + 15);
        CHECK(scopelint::source_offset(value, text, 11) == quote + 27); // !
        CHECK(scopelint::source_offset(value, text, 12) == quote + 28); // \u0041
        CHECK(scopelint::source_offset(value, text, 13) == value.span.end - 1);
    }

    SECTION("has_escapes follows the backslash, not the decoded text") {
        CHECK(parsed(R"("a\/b")").has_escapes);
        CHECK(parsed(R"("a\/b")").text == "a/b");
        CHECK_FALSE(parsed(R"("a/b")").has_escapes);
    }
}

TEST_CASE("json pointer tokens escape tilde and slash", "[json]") {
    CHECK(scopelint::json_pointer_token("plain") == "plain");
    CHECK(scopelint::json_pointer_token("a/b~c") == "a~1b~0c");
    CHECK(scopelint::json_pointer_token("~1") == "~01");
    CHECK(scopelint::json_pointer_token("") == "");
}

TEST_CASE("json kinds have names", "[json]") {
    CHECK(scopelint::to_string(JsonKind::null) == "null");
    CHECK(scopelint::to_string(JsonKind::boolean) == "boolean");
    CHECK(scopelint::to_string(JsonKind::number) == "number");
    CHECK(scopelint::to_string(JsonKind::string) == "string");
    CHECK(scopelint::to_string(JsonKind::array) == "array");
    CHECK(scopelint::to_string(JsonKind::object) == "object");
}

TEST_CASE("json nesting depth is limited exactly", "[json][depth]") {
    SECTION("the default limit") {
        const scopelint::JsonLimits limits;
        REQUIRE(limits.max_depth == 512);
        CHECK(parsed(repeated("[", 512) + repeated("]", 512)).elements.size() == 1);
        const auto error = error_of(repeated("[", 513) + repeated("]", 513));
        CHECK(error.message == "nesting depth exceeds 512");
        CHECK(error.offset == 512);
    }

    SECTION("a small limit, arrays and objects alike") {
        const scopelint::JsonLimits limits{3};
        CHECK(parsed("[[[]]]", limits).kind == JsonKind::array);
        CHECK(parsed(R"({"a":{"b":[]}})", limits).kind == JsonKind::object);
        const std::string too_deep = R"({"a":{"b":[{}]}})";
        const auto error = error_of(too_deep, limits);
        CHECK(error.message == "nesting depth exceeds 3");
        CHECK(error.offset == offset_in(too_deep, "{}"));
        CHECK(error_of("[[[[]]]]", limits).offset == 3);
    }

    SECTION("siblings do not add up") {
        const scopelint::JsonLimits limits{2};
        CHECK(parsed("[[],[],{},[]]", limits).elements.size() == 4);
    }

    SECTION("a limit of zero allows scalars only") {
        const scopelint::JsonLimits limits{0};
        CHECK(parsed("1", limits).text == "1");
        CHECK(error_of(" []", limits).offset == 1);
    }

    SECTION("a million brackets end in an error, not a stack overflow") {
        const auto error = error_of(repeated("[", 1'000'000));
        CHECK(error.message == "nesting depth exceeds 512");
        CHECK(error.offset == 512);
        const auto objects = error_of(repeated("{\"a\":", 1'000'000));
        CHECK(objects.offset == 512 * 5);
    }
}

namespace {

// SCOPELINT_CORPUS_DIR (environment, then compile definition), the build's
// SCOPELINT_SHARED_DIR, or ../shared/corpus next to the repository of this file.
std::filesystem::path corpus_dir() {
    if (const char* from_env = std::getenv("SCOPELINT_CORPUS_DIR"); from_env != nullptr && *from_env != '\0') {
        return from_env;
    }
#if defined(SCOPELINT_CORPUS_DIR)
    return SCOPELINT_CORPUS_DIR;
#elif defined(SCOPELINT_SHARED_DIR)
    return std::filesystem::path(SCOPELINT_SHARED_DIR) / "corpus";
#else
    const auto repository = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path();
    return repository / ".." / "shared" / "corpus";
#endif
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Corpus files that Python's json module rejects too (checked with
// `python3 -c 'import json,sys; json.load(open(sys.argv[1]))'`), and why.
struct KnownBad {
    std::string_view path;  // relative to the corpus directory
    std::uint32_t offset;
    std::string_view message;
};

constexpr KnownBad known_bad_corpus_files[] = {
    {"apps-script-manifest/003-generate-and-send-pdf.json", 351, "trailing data after the JSON value"},
};

const KnownBad* known_bad(const std::string& relative_path) {
    for (const auto& bad : known_bad_corpus_files) {
        if (bad.path == relative_path) return &bad;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("json reader reads the manifest corpus", "[json][corpus]") {
    const auto dir = corpus_dir();
    INFO("corpus: " << dir.string() << " (set SCOPELINT_CORPUS_DIR to move it)");
    REQUIRE(std::filesystem::is_directory(dir));
    std::size_t files = 0;
    std::size_t rejected = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
        ++files;
        const auto relative = entry.path().lexically_relative(dir).generic_string();
        const auto text = read_file(entry.path());
        INFO("file: " << relative);
        scopelint::JsonParseResult result;
        REQUIRE_NOTHROW(result = parse_json(text));
        if (const auto* bad = known_bad(relative)) {
            ++rejected;
            REQUIRE(result.error.has_value());
            CHECK(result.error->offset == bad->offset);
            CHECK(result.error->message == bad->message);
            continue;
        }
        INFO(describe(result));
        REQUIRE(result.root.has_value());
        CHECK(result.root->span.end <= text.size());
    }
    CHECK(files >= 60);
    CHECK(rejected == std::size(known_bad_corpus_files));
}

TEST_CASE("json reader keeps invalid UTF-8 inside strings and reports every bad byte", "[json]") {
    struct Row {
        std::string text;
        std::vector<std::uint32_t> offsets;
    };
    const std::vector<Row> rows{
        {"\"a\xC0\x80\"", {2, 3}},             // overlong NUL
        {"\"\xC1\xBF\"", {1, 2}},              // overlong 2-byte
        {"\"\xE0\x80\xAF\"", {1, 2, 3}},      // overlong 3-byte
        {"\"\xF0\x80\x80\xAF\"", {1, 2, 3, 4}},  // overlong 4-byte
        {"\"a\xE2\x82\"", {2, 3}},             // truncated sequence
        {"\"\xED\xA0\x80\"", {1, 2, 3}},      // encoded surrogate U+D800
        {"\"\xF4\x90\x80\x80\"", {1, 2, 3, 4}},  // U+110000
        {"\"\x80\"", {1}},                     // lone continuation byte
        {"{\"k\xFF\": \"v\xFE\"}", {3, 9}},    // in keys and values
        {"\"\xC3\xA9\"", {}},                  // valid UTF-8 is not reported
    };
    for (const auto& row : rows) {
        INFO("input: " << row.text);
        const auto result = scopelint::parse_json(row.text);
        REQUIRE(result.root);
        CHECK(result.invalid_utf8 == row.offsets);
    }
    const auto decoded = scopelint::parse_json("\"a\xFF" "b\"");
    REQUIRE(decoded.root);
    CHECK(decoded.root->text == "a\xFF" "b");  // kept as it is, for the reader to report
    // a truncated sequence at the end of the text is still an unterminated string
    const auto truncated = scopelint::parse_json("\"ok\xE2\x82");
    REQUIRE(truncated.error);
    CHECK(truncated.error->offset == 5);
}
