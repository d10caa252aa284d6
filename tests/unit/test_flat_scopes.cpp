// Scope grammars of the flat vocabularies (GitHub, Slack, Shopify, Atlassian):
// accept/reject tables with the offset of each error. Whether a name exists
// is the catalog's business, so unknown but well-formed names are accepted.
#include "grammar/atlassian_scope.hpp"
#include "grammar/github_scope.hpp"
#include "grammar/shopify_scope.hpp"
#include "grammar/slack_scope.hpp"
#include "provider/flat_providers.hpp"

#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

#include <string>
#include <tuple>
#include <vector>

using namespace scopelint;

namespace {

using Check = std::optional<ScopeSyntaxError> (*)(std::string_view);
using Row = std::tuple<std::string, std::uint32_t, std::string>;  // token, offset, message

void check_accepts(Check check, std::initializer_list<const char*> tokens) {
    for (const char* token : tokens) {
        INFO(token);
        CHECK_FALSE(check(token).has_value());
    }
}

void check_rejects(Check check, const std::vector<Row>& rows) {
    for (const auto& [token, offset, message] : rows) {
        INFO(token);
        const auto error = check(token);
        REQUIRE(error.has_value());
        CHECK(error->offset == offset);
        CHECK(error->length == 1);
        CHECK(error->message == message);
    }
}

}  // namespace

TEST_CASE("the flat scope grammars have no infinite loops", "[grammar]") {
    CHECK(tao::pegtl::analyze<grammar::github::scope>() == 0);
    CHECK(tao::pegtl::analyze<grammar::slack::scope>() == 0);
    CHECK(tao::pegtl::analyze<grammar::shopify::scope>() == 0);
    CHECK(tao::pegtl::analyze<grammar::atlassian::scope>() == 0);
    CHECK(tao::pegtl::analyze<grammar::atlassian::connect_scope>() == 0);
}

TEST_CASE("GitHub scopes and permissions", "[grammar]") {
    check_accepts(&github::check_scope, {"repo", "admin:org", "read:packages", "delete_repo", "contents:write",
                                         "id-token:write", "write-all", "Repo"});
    check_rejects(&github::check_scope, {{"repo:", 4, "a scope cannot end with ':'"},
                                         {":repo", 0, "a scope cannot start with ':'"},
                                         {"admin::org", 6, "expected a name (letters, digits, '_' or '-') after ':'"},
                                         {"repo.status", 4, "unexpected character '.'"},
                                         {"repo\x1b", 4, "unexpected byte 0x1B"}});
}

TEST_CASE("Slack scopes", "[grammar]") {
    check_accepts(&slack::check_scope, {"chat:write", "chat:write.public", "admin.conversations:write", "bot",
                                        "incoming-webhook", "identity.basic", "chat:write:bot"});
    check_rejects(&slack::check_scope, {{"chat:", 4, "a scope cannot end with ':'"},
                                        {"chat:write/public", 10, "unexpected character '/'"},
                                        {"chat::write", 5, "expected a name (letters, digits, '_', '-' or '.') after ':'"}});
}

TEST_CASE("Shopify scopes", "[grammar]") {
    check_accepts(&shopify::check_scope, {"read_products", "write_orders", "unauthenticated_read_product_listings"});
    check_rejects(&shopify::check_scope, {{"read:products", 4, "unexpected character ':'"},
                                          {"-read_products", 0, "unexpected character '-'"},
                                          {"read-products", 4, "unexpected character '-'"}});
}

TEST_CASE("Atlassian scopes, 3LO and Connect", "[grammar]") {
    check_accepts(&atlassian::check_scope, {"read:jira-work", "read:issue-type:jira", "read:confluence-content.all",
                                            "offline_access"});
    check_rejects(&atlassian::check_scope, {{"read:jira-work:", 14, "a scope cannot end with ':'"},
                                            {"read:jira work", 9, "unexpected byte 0x20"}});
    check_accepts(&atlassian::check_connect_scope, {"READ", "PROJECT_ADMIN", "ACT_AS_USER", "read"});
    check_rejects(&atlassian::check_connect_scope, {{"READ:jira", 4, "unexpected character ':'"},
                                                    {"ADMIN2", 5, "unexpected character '2'"}});
}
