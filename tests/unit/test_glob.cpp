// Policy patterns: scope patterns (case-insensitive, '*' spans dots) and
// path patterns ('*' within a segment, '**' across).
#include "engine/glob.hpp"
#include "grammar/glob.hpp"

#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

using namespace scopelint;

namespace {

Glob compile(std::string_view pattern, Glob::Kind kind) {
    auto result = Glob::compile(pattern, kind);
    REQUIRE(std::holds_alternative<Glob>(result));
    return std::get<Glob>(std::move(result));
}

}  // namespace

TEST_CASE("the glob grammar has no infinite loops", "[glob]") { CHECK(tao::pegtl::analyze<grammar::glob::pattern>() == 0); }

TEST_CASE("scope patterns", "[glob]") {
    const std::vector<std::tuple<std::string, std::string, bool>> rows{
        {"ZohoCRM.modules.*", "ZohoCRM.modules.leads.READ", true},
        {"ZohoCRM.modules.*", "zohocrm.MODULES.ALL", true},
        {"ZohoCRM.modules.*", "ZohoCRM.settings.ALL", false},
        {"*.ALL", "ZohoCRM.modules.ALL", true},
        {"*.ALL", "ZohoCRM.modules.leads.READ", false},
        {"ZohoCRM.modules.{contacts,accounts,invoices}.READ", "ZohoCRM.modules.accounts.READ", true},
        {"ZohoCRM.modules.{contacts,accounts,invoices}.READ", "ZohoCRM.modules.deals.READ", false},
        {"ZohoCRM.modules.{contacts,accounts}.READ", "ZohoCRM.modules.contactsaccounts.READ", false},
        {"ZohoCRM.users.READ", "ZohoCRM.users.READ", true},
        {"ZohoCRM.users.READ", "ZohoCRM.users.READX", false},
        {"ZohoCRM.?sers.*", "ZohoCRM.users.ALL", true},
        {"*", "", true},
        {"{a,}b", "b", true},
    };
    for (const auto& [pattern, text, expected] : rows) {
        INFO(pattern << " ~ " << text);
        CHECK(compile(pattern, Glob::Kind::scope).matches(text) == expected);
    }
}

TEST_CASE("path patterns", "[glob]") {
    const std::vector<std::tuple<std::string, std::string, bool>> rows{
        {"*.connected-app.json", "sync.connected-app.json", true},
        {"*.connected-app.json", "apps/sync.connected-app.json", false},
        {"**/*.connected-app.json", "apps/sync.connected-app.json", true},
        {"**/*.connected-app.json", "sync.connected-app.json", true},
        {"apps/**", "apps/a/b/c.json", true},
        {"apps/*", "apps/a/b.json", false},
        {"Apps/*.json", "apps/x.json", false},
        {"vendor/{a,b}/*.json", "vendor/b/x.json", true},
        {"**", "anything/at/all.json", true},
        {"apps/**/x.json", "apps/x.json", true},
        {"apps/**/x.json", "apps/a/b/x.json", true},
        {"apps/**/b", "apps/xb", false},
        {"apps/*/x.json", "apps/a/b/x.json", false},
        {"a*b", "a/b", false},
        {"a**b", "a/c/b", true},
    };
    for (const auto& [pattern, text, expected] : rows) {
        INFO(pattern << " ~ " << text);
        CHECK(compile(pattern, Glob::Kind::path).matches(text) == expected);
    }
}

TEST_CASE("malformed patterns are rejected with the offset of the fault", "[glob]") {
    const std::vector<std::tuple<std::string, std::uint32_t>> rows{
        {"ZohoCRM.{a,b", 12}, {"ZohoCRM.{a,*}", 11}, {"ZohoCRM.a}", 9}, {"a,b", 1}, {"{a,{b}}", 3}};
    for (const auto& [pattern, offset] : rows) {
        INFO(pattern);
        const auto result = Glob::compile(pattern, Glob::Kind::scope);
        REQUIRE(std::holds_alternative<GlobError>(result));
        CHECK(std::get<GlobError>(result).offset == offset);
    }
}

TEST_CASE("pathological patterns stay fast (memoised matching)", "[glob]") {
    const auto glob = compile("*a*a*a*a*a*a*a*a*a*b", Glob::Kind::scope);
    CHECK_FALSE(glob.matches(std::string(2000, 'a')));
}

TEST_CASE("runs of stars match in time linear in the text (fuzz_glob regression)", "[glob]") {
    // Hundreds of stars against hundreds of characters: each star once looped over
    // every end position, so matching took elements × text² steps.
    const std::string stars(435, '*');
    const auto scope_glob = compile(stars + "+**\x01", Glob::Kind::scope);
    CHECK_FALSE(scope_glob.matches(std::string(400, '*') + "\xbe\xff"));
    CHECK(scope_glob.matches(std::string(400, '*') + "+\x01"));
    const auto path_glob = compile(stars + "/x", Glob::Kind::path);
    CHECK(path_glob.matches(std::string(3000, 'a') + "/x"));
    CHECK_FALSE(path_glob.matches(std::string(3000, 'a') + "/y"));
}
