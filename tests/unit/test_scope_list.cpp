// The scope-list grammar (RFC 6749 §3.3 + Zoho's commas): items with their
// exact offsets, and the separator judgements.
#include "grammar/scope_list.hpp"
#include "parse/scope_list_parser.hpp"
#include "provider/provider.hpp"

#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

using namespace scopelint;

namespace {

const Provider& zoho() { return *find_provider("zoho"); }

std::vector<std::string> items(const ParsedScopeList& list, std::string_view text) {
    std::vector<std::string> out;
    for (const auto& item : list.items) out.emplace_back(text.substr(item.span.begin, item.span.size()));
    return out;
}

}  // namespace

TEST_CASE("the scope-list grammars have no infinite loops", "[grammar]") {
    CHECK(tao::pegtl::analyze<grammar::scope_list::list>() == 0);
    CHECK(tao::pegtl::analyze<grammar::scope_list::scope_token>() == 0);
}

TEST_CASE("scope lists split into items with exact offsets", "[grammar]") {
    struct Row {
        std::string text;
        std::vector<std::string> items;
        std::vector<std::uint32_t> begins;
    };
    const std::vector<Row> rows{
        {"ZohoCRM.modules.ALL", {"ZohoCRM.modules.ALL"}, {0}},
        {"ZohoCRM.modules.ALL,ZohoCRM.users.READ", {"ZohoCRM.modules.ALL", "ZohoCRM.users.READ"}, {0, 20}},
        {"  a.b.READ ,  c.d.READ  ", {"a.b.READ", "c.d.READ"}, {2, 14}},
        {"a.b.READ\n\tc.d.READ", {"a.b.READ", "c.d.READ"}, {0, 10}},
        {"", {}, {}},
        {",,", {}, {}},
    };
    for (const auto& row : rows) {
        INFO("list: " << row.text);
        const auto list = parse_scope_list(row.text, zoho());
        CHECK(items(list, row.text) == row.items);
        std::vector<std::uint32_t> begins;
        for (const auto& item : list.items) begins.push_back(item.span.begin);
        CHECK(begins == row.begins);
    }
}

TEST_CASE("separator problems are reported once per list, at the first offending gap", "[grammar]") {
    struct Row {
        std::string text;
        std::vector<std::tuple<std::uint32_t, std::uint32_t, Severity, std::string>> issues;
    };
    const std::vector<Row> rows{
        {"a.b.READ,c.d.READ", {}},
        {"a.b.READ, c.d.READ", {}},
        {"a.b.READ c.d.READ e.f.READ",
         {{8, 9, Severity::warning, "scopes are separated by spaces; this provider documents ',' as the separator"}}},
        {"a.b.READ,c.d.READ e.f.READ",
         {{17, 18, Severity::error, "mixed separators: 1 scope is separated by whitespace where the rest use ','"}}},
        {"a.b.READ,,c.d.READ", {{9, 10, Severity::error, "empty scope between two ','"}}},
        {",a.b.READ", {{0, 1, Severity::error, "',' with no scope before it"}}},
        {"a.b.READ,", {{8, 9, Severity::error, "trailing ',' with no scope after it"}}},
        {"a.b.READ , ", {{9, 10, Severity::error, "trailing ',' with no scope after it"}}},
    };
    for (const auto& row : rows) {
        INFO("list: " << row.text);
        const auto list = parse_scope_list(row.text, zoho());
        REQUIRE(list.issues.size() == row.issues.size());
        for (std::size_t i = 0; i < row.issues.size(); ++i) {
            const auto& [begin, end, severity, message] = row.issues[i];
            CHECK(list.issues[i].span.begin == begin);
            CHECK(list.issues[i].span.end == end);
            CHECK(list.issues[i].severity == severity);
            CHECK(list.issues[i].message == message);
        }
    }
}

TEST_CASE("characters outside RFC 6749 scope-token are rejected, named and covered whole", "[grammar]") {
    const std::vector<std::tuple<std::string, std::uint32_t, std::uint32_t, std::string>> rows{
        {"ZohoCRM.modules.\"ALL", 16, 1, "character '\"' is not allowed in a scope (RFC 6749 §3.3)"},
        {"ZohoCRM.mod\\ules.ALL", 11, 1, "character '\\' is not allowed in a scope (RFC 6749 §3.3)"},
        {"ZohoCRM.modul\xc3\xa9s.ALL", 13, 2,
         "character '\xc3\xa9' (U+00E9) is not allowed in a scope; RFC 6749 scopes are printable ASCII"},
        {"ZohoCRM.\xf0\x9f\x98\x80.ALL", 8, 4,
         "character '\xf0\x9f\x98\x80' (U+1F600) is not allowed in a scope; RFC 6749 scopes are printable ASCII"},
        {"ZohoCRM.modules\x01.ALL", 15, 1, "control character U+0001 is not allowed in a scope"},
        {"ZohoCRM.modules\x7f.ALL", 15, 1, "control character U+007F is not allowed in a scope"},
        {"ZohoCRM.mo\xc2\x9b.ALL", 10, 2, "control character U+009B is not allowed in a scope"},
        {"ZohoCRM.mo\xff.ALL", 10, 1, "byte 0xFF is not valid UTF-8"},
        {"ZohoCRM.mo\xc3.ALL", 10, 1, "byte 0xC3 is not valid UTF-8"},
    };
    for (const auto& [text, offset, length, message] : rows) {
        INFO("scope: " << text);
        const auto list = parse_scope_list(text, zoho());
        REQUIRE(list.items.size() == 1);
        REQUIRE(list.items[0].syntax);
        CHECK(list.items[0].syntax->offset == offset);
        CHECK(list.items[0].syntax->length == length);
        CHECK(list.items[0].syntax->message == message);
    }
}

TEST_CASE("a list of only separators is one finding", "[grammar]") {
    const auto list = parse_scope_list(" , ,", zoho());
    CHECK(list.items.empty());
    REQUIRE(list.issues.size() == 1);
    CHECK(list.issues[0].span.begin == 1);
    CHECK(list.issues[0].message == "only ',' and no scope");
}
