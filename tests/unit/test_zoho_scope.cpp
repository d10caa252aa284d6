// Zoho's scope grammar: Service.scope_name[.sub_scope...].OPERATION, or an
// OIDC name. Accept/reject table with the offset of each error.
#include "grammar/zoho_scope.hpp"
#include "provider/zoho.hpp"

#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

using namespace scopelint;

TEST_CASE("the Zoho scope grammar has no infinite loops", "[grammar]") {
    CHECK(tao::pegtl::analyze<grammar::zoho::scope>() == 0);
}

TEST_CASE("well-formed Zoho scopes are accepted (known or not)", "[grammar]") {
    for (const char* scope : {"ZohoCRM.modules.ALL", "ZohoCRM.modules.leads.READ", "ZohoCRM.settings.fields.READ",
                              "WorkDrive.teamfolders.sharing.READ", "ZohoBooks.fullaccess.all", "ZOHOPEOPLE.forms.ALL",
                              "ZohoCRM.modules.leads.EDIT", "email", "openid", "a.b.c.d.e.f"}) {
        INFO(scope);
        CHECK_FALSE(zoho::check_scope(scope).has_value());
    }
}

TEST_CASE("malformed Zoho scopes are rejected with the offset of the fault", "[grammar]") {
    const std::vector<std::tuple<std::string, std::uint32_t, std::uint32_t, std::string>> rows{
        {"ZohoCRM.modules.", 15, 1, "a scope cannot end with '.'"},
        {"ZohoCRM..modules.ALL", 8, 1, "expected a name (letters, digits or '_') after '.'"},
        {".ZohoCRM.modules.ALL", 0, 1, "a scope cannot start with '.'"},
        {"ZohoBooks.invoices.All&", 22, 1, "unexpected character '&'"},
        {"ZohoCRM.modules-x.ALL", 15, 1, "unexpected character '-'"},
        {"ZohoCRM.modules", 0, 15, "it has two parts; a Zoho scope is Service.scope.OPERATION"},
        {"ZohoCRM.modules.{module}.READ", 16, 8, "placeholder '{module}' was not replaced by a name"},
        {"&ZohoCRM.modules.ALL", 0, 1, "unexpected character '&'"},
    };
    for (const auto& [scope, offset, length, message] : rows) {
        INFO(scope);
        const auto error = zoho::check_scope(scope);
        REQUIRE(error.has_value());
        CHECK(error->offset == offset);
        CHECK(error->length == length);
        CHECK(error->message == message);
    }
}
