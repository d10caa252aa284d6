// The Zoho catalog as generated from rules/catalog/zoho.json: lookup, the
// implication lattice, and did-you-mean diagnoses.
#include "catalog/lookup.hpp"
#include "catalog/suggest.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace scopelint::catalog;

namespace {

const Catalog& zoho() { return *find_catalog("zoho"); }

Match find(std::string_view text) { return find_scope(zoho(), text); }

bool grants(std::string_view a, std::string_view b) {
    const auto ma = find(a), mb = find(b);
    REQUIRE(ma);
    REQUIRE(mb);
    return implies(zoho(), ma, mb);
}

}  // namespace

TEST_CASE("the catalog is sorted by key and has its date", "[catalog]") {
    const auto scopes = zoho().scopes;
    CHECK(scopes.size() > 1000);
    CHECK(std::is_sorted(scopes.begin(), scopes.end(), [](const Scope& a, const Scope& b) { return a.key < b.key; }));
    CHECK(zoho().date.size() == 10);
    CHECK(zoho().list_separator == ',');
}

TEST_CASE("lookup is case-insensitive and remembers whether the case was canonical", "[catalog]") {
    const auto exact = find("ZohoCRM.modules.leads.READ");
    REQUIRE(exact);
    CHECK(exact.canonical_case);
    CHECK(exact.scope->name == "ZohoCRM.modules.leads.READ");
    const auto lower = find("zohocrm.modules.Leads.read");
    REQUIRE(lower);
    CHECK_FALSE(lower.canonical_case);
    CHECK(lower.scope == exact.scope);
    CHECK(find("ZohoBooks.fullaccess.all").canonical_case);
    CHECK_FALSE(find("ZohoBooks.FullAccess.ALL").canonical_case);
    CHECK_FALSE(find("ZohoWorkDrive.files.READ"));
    CHECK_FALSE(find("ZohoCRM.modules.leads.EDIT"));
    CHECK(find("email"));
}

TEST_CASE("wildcard children match any name and keep it", "[catalog]") {
    const auto candidates = find("ZohoRecruit.modules.Candidates.READ");
    REQUIRE(candidates);
    CHECK(candidates.scope->child == "*");
    CHECK(candidates.binding == "candidates");
    CHECK(canonical_name(zoho(), candidates, "ZohoRecruit.modules.Candidates.READ") == "ZohoRecruit.modules.Candidates.READ");
    // a wildcard ALL covers READ of the same module only
    CHECK(implies(zoho(), find("ZohoRecruit.modules.candidates.ALL"), find("ZohoRecruit.modules.candidates.READ")));
    CHECK_FALSE(implies(zoho(), find("ZohoRecruit.modules.jobs.ALL"), find("ZohoRecruit.modules.candidates.READ")));
    CHECK(grants("ZohoRecruit.modules.ALL", "ZohoRecruit.modules.jobs.READ"));
}

TEST_CASE("the operation lattice: ALL ⊇ everything, WRITE ⊇ CREATE/UPDATE/DELETE, READ alone", "[catalog][lattice]") {
    for (const char* op : {"READ", "CREATE", "UPDATE", "DELETE", "WRITE"})
        CHECK(grants("ZohoCRM.modules.leads.ALL", std::string("ZohoCRM.modules.leads.") + op));
    for (const char* op : {"CREATE", "UPDATE", "DELETE"})
        CHECK(grants("ZohoCRM.modules.leads.WRITE", std::string("ZohoCRM.modules.leads.") + op));
    CHECK_FALSE(grants("ZohoCRM.modules.leads.WRITE", "ZohoCRM.modules.leads.READ"));
    CHECK_FALSE(grants("ZohoCRM.modules.leads.READ", "ZohoCRM.modules.leads.ALL"));
    CHECK_FALSE(grants("ZohoCRM.modules.leads.CREATE", "ZohoCRM.modules.leads.UPDATE"));
    CHECK_FALSE(grants("ZohoCRM.modules.leads.READ", "ZohoCRM.modules.leads.READ"));  // a scope is not redundant with itself
}

TEST_CASE("family-wide scopes imply their children and children do not imply each other", "[catalog][lattice]") {
    CHECK(grants("ZohoCRM.modules.ALL", "ZohoCRM.modules.contacts.READ"));
    CHECK(grants("ZohoCRM.modules.ALL", "ZohoCRM.modules.invoices.DELETE"));
    CHECK(grants("ZohoCRM.modules.READ", "ZohoCRM.modules.contacts.READ"));
    CHECK_FALSE(grants("ZohoCRM.modules.READ", "ZohoCRM.modules.contacts.CREATE"));
    CHECK(grants("ZohoCRM.settings.ALL", "ZohoCRM.settings.profiles.READ"));
    CHECK_FALSE(grants("ZohoCRM.modules.contacts.ALL", "ZohoCRM.modules.accounts.READ"));
    CHECK_FALSE(grants("ZohoCRM.modules.ALL", "ZohoCRM.users.READ"));
    CHECK_FALSE(grants("ZohoCRM.modules.contacts.READ", "ZohoCRM.modules.READ"));
}

TEST_CASE("covering children and service-wide grants", "[catalog][lattice]") {
    CHECK(grants("ZohoCRM.share.all.READ", "ZohoCRM.share.leads.READ"));
    CHECK(grants("ZohoCRM.send_mail.all.CREATE", "ZohoCRM.send_mail.contacts.CREATE"));
    CHECK(grants("ZohoBooks.fullaccess.all", "ZohoBooks.invoices.READ"));
    CHECK(grants("ZohoBooks.fullaccess.all", "ZohoBooks.settings.ALL"));
    CHECK_FALSE(grants("ZohoBooks.fullaccess.all", "ZohoInventory.items.READ"));
    CHECK(grants("ZohoInventory.FullAccess.all", "ZohoInventory.items.READ"));
    CHECK_FALSE(grants("ZohoCRM.modules.ALL", "ZohoSearch.securesearch.READ"));
}

TEST_CASE("breadth, access, risk and deprecation come from the data", "[catalog]") {
    CHECK(find("ZohoCRM.modules.ALL").scope->breadth == Breadth::family);
    CHECK(find("ZohoBooks.fullaccess.all").scope->breadth == Breadth::service);
    CHECK(find("ZohoCRM.modules.leads.READ").scope->breadth == Breadth::resource);
    CHECK(find("ZohoCRM.modules.leads.READ").scope->access == Access::read);
    CHECK(find("ZohoCRM.modules.leads.CREATE").scope->access == Access::write);
    CHECK_FALSE(find("ZohoCRM.modules.activities.READ").scope->deprecated.empty());
    CHECK(find("ZohoCRM.modules.leads.READ").scope->deprecated.empty());
    CHECK_FALSE(find("ZohoCRM.users.ALL").scope->sensitive.empty());
    CHECK(find("ZohoCRM.modules.ALL").scope->sensitive.empty());  // broad, not sensitive by what it reaches
    // reading cannot take over or destroy, so a read scope is never critical
    for (const auto& scope : zoho().scopes)
        if (scope.access == Access::read) CHECK(scope.risk != Risk::critical);
}

TEST_CASE("unknown scopes are diagnosed part by part with the nearest known scope", "[catalog][suggest]") {
    struct Row {
        std::string text, problem, suggestion;
        std::uint32_t offset, length;
    };
    const std::vector<Row> rows{
        {"ZohoWorkDrive.files.READ", "unknown service 'ZohoWorkDrive'", "WorkDrive.files.READ", 0, 13},
        {"ZohoCRM.module.ALL", "unknown scope name 'module' in ZohoCRM", "ZohoCRM.modules.ALL", 8, 6},
        {"ZohoCRM.modules.lead.READ", "unknown sub-scope 'lead' in ZohoCRM.modules", "ZohoCRM.modules.leads.READ", 16, 4},
        {"ZohoCRM.modules.leads.REED", "unknown operation 'REED' for ZohoCRM.modules.leads", "ZohoCRM.modules.leads.READ", 22, 4},
        {"ZohoCRM.modules.leads", "incomplete scope 'ZohoCRM.modules.leads'", "ZohoCRM.modules.leads.READ", 0, 21},
        {"emial", "unknown scope 'emial'", "email", 0, 5},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const auto d = diagnose_unknown(zoho(), row.text);
        CHECK(d.problem == row.problem);
        CHECK(d.suggestion == row.suggestion);
        CHECK(d.offset == row.offset);
        CHECK(d.length == row.length);
    }
    const auto edit = diagnose_unknown(zoho(), "ZohoCRM.modules.leads.EDIT");
    CHECK(edit.valid_operations == std::vector<std::string>{"ALL", "READ", "CREATE", "UPDATE", "DELETE", "WRITE"});
    CHECK(edit.suggestion.empty());  // nothing is close to EDIT; listing the operations is the help
}
