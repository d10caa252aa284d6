#include "inputs.hpp"

#include "catalog/catalog.hpp"

#include <cstdint>
#include <stdexcept>

namespace scopelint::bench {
namespace {

constexpr std::string_view clean_text = R"json({
  "$schema": "../../rules/schemas/connected-app.schema.json",
  "provider": "zoho",
  "name": "northwind-tally-sync-prod",
  "description": "Syncs Tally data with Zoho every night: the records are copied with their owner and status fields so that finance can reconcile them against orders from partners. Each run logs what changed before writing anything back.",
  "client_id": "1000.7GD50NMAQ3NBZ28GTZQS5RXHQG5YO8",
  "client_type": "server-based",
  "homepage_url": "https://sync.northwind.com/",
  "redirect_uris": [
    "https://sync.northwind.com/oauth/zoho/callback",
    "http://localhost:8080/oauth/callback"
  ],
  "access": "read-write",
  "client_secret": "${ZOHO_CLIENT_SECRET}",
  "scopes": [
    "ZohoCRM.modules.contacts.READ",
    "ZohoCRM.modules.accounts.READ",
    "ZohoCRM.modules.deals.READ",
    "ZohoCRM.modules.invoices.READ",
    "ZohoBooks.invoices.READ",
    "ZohoBooks.contacts.READ",
    "ZohoBooks.estimates.CREATE",
    "ZohoBooks.projects.UPDATE"
  ],
  "justifications": {
    "ZohoBooks.estimates.CREATE": "creates estimates when the ledger adds them",
    "ZohoBooks.projects.UPDATE": "writes back the project code assigned by the ledger"
  }
}
)json";

constexpr std::string_view faulty_text = R"json({
  "provider": "zoho",
  "name": "acme-crm-books-report-staging",
  "description": "Reports on CRM and Books data for the weekly \"pipeline\" review \u2014 scopes copied from a tutorial.",
  "client_type": "server-based",
  "redirect_uris": [
    "http://reports.acme-trading.in/oauth/zoho/callback",
    "https://*.acme-trading.in/oauth/zoho/callback"
  ],
  "access": "read-only",
  "redirect_uri": "https://reports.acme-trading.in/cb",
  "scopes": [
    "ZohoCRM.modules.ALL",
    "ZohoCRM.modules.contacts.READ",
    "ZohoCRM.modules.leads.READ",
    "ZohoCRM.modules.lead.READ",
    "ZohoCRM.settings.ALL",
    "ZohoCRM.users.ALL",
    "ZohoBooks.fullaccess.all",
    "ZohoBooks.invoices.READ",
    "zohobooks.invoices.read",
    "ZohoCRM.modules.activities.READ",
    "ZohoCRM.org.READ"
  ],
  "refresh_token": "1000.8f1c2b9d4e7a6f3b0c5d8e1f2a4b6c9d.0e3f6a9c2b5d8e1f4a7b0c3d6e9f2a5b"
}
)json";

// Deterministic pseudo-random numbers (no <random> distribution differences between libraries).
struct Lcg {
    std::uint64_t state = 0x9E3779B97F4A7C15ULL;
    std::uint32_t next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(state >> 33U);
    }
    std::size_t below(std::size_t n) { return next() % n; }
};

}  // namespace

std::string_view clean_manifest() { return clean_text; }
std::string_view faulty_manifest() { return faulty_text; }

const Provider& zoho() {
    static const Provider* provider = [] {
        const Provider* p = find_provider("zoho");
        if (p == nullptr) throw std::runtime_error("no zoho provider");
        return p;
    }();
    return *provider;
}

std::vector<std::string> catalog_names() {
    std::vector<std::string> names;
    for (const auto& scope : zoho().catalog->scopes) {
        std::string name(scope.name);
        // A wildcard child (ZohoRecruit.modules.*.READ) is written with a real module name.
        if (const auto star = name.find('*'); star != std::string::npos) name.replace(star, 1, "candidates");
        names.push_back(std::move(name));
    }
    return names;
}

std::string scope_list(std::size_t count, char separator) {
    const auto names = catalog_names();
    std::string out;
    Lcg rng;
    for (std::size_t i = 0; i < count; ++i) {
        if (i != 0) out += separator;
        // Stride through the catalog so the list mixes services and families.
        out += names[(i * 131 + rng.below(7)) % names.size()];
    }
    return out;
}

std::string large_document(std::size_t bytes) {
    static constexpr std::string_view systems[] = {"Tally", "SAP Business One", "Shopify", "Stripe", "Xero", "Jira"};
    static constexpr std::string_view tags[] = {"\"crm\"", "\"books\"", "\"na\\u00efve\"", "\"caf\xc3\xa9\"",
                                                "\"\xe6\x97\xa5\xe6\x9c\xac\"", "\"emoji \xf0\x9f\x9a\x80\"",
                                                "\"tab\\there\"", "\"export\""};
    static constexpr std::string_view words[] = {"the", "records", "are", "copied", "with", "their", "owner",
                                                 "and", "status", "fields", "so", "finance", "can", "reconcile"};
    std::string out;
    out.reserve(bytes + 512);
    out += "{\n  \"provider\": \"zoho\",\n  \"name\": \"warehouse-export-large\",\n  \"access\": \"read-only\",\n"
           "  \"scopes\": [\"ZohoCRM.modules.leads.READ\", \"ZohoCRM.modules.contacts.READ\", "
           "\"ZohoBooks.invoices.READ\"],\n  \"description\": \"Bulk export manifest: \\\"quoted\\\" \\\\ "
           "back\\\\slash\\n\",\n  \"extra\": [\n";
    Lcg rng;
    for (std::size_t n = 0; out.size() < bytes; ++n) {
        if (n != 0) out += ",\n";
        out += "    {\"id\": " + std::to_string(n) + ", \"title\": \"Record " + std::to_string(n) +
               " \\u2014 \\\"" + std::string(systems[rng.below(6)]) + "\\\" import\", \"path\": \"C:\\\\exports\\\\" +
               std::to_string(n) + ".csv\", \"tags\": [" + std::string(tags[rng.below(8)]) + ", " +
               std::string(tags[rng.below(8)]) + "], \"meta\": {\"created\": \"2026-05-0" +
               std::to_string(1 + n % 9) + "T10:00:00Z\", \"score\": " + std::to_string(rng.below(100000)) +
               ".125, \"ratio\": 1.5e-7, \"active\": " + (n % 3 != 0 ? "true" : "false") +
               ", \"owner\": null, \"nested\": {\"a\": [1, 2.5, -3e4, {\"b\": [[], {}, [true, false, null]]}]}}, "
               "\"note\": \"";
        for (std::size_t w = 0, count = 4 + rng.below(16); w < count; ++w) {
            if (w != 0) out += ' ';
            out += words[rng.below(14)];
        }
        out += "\"}";
    }
    out += "\n  ]\n}\n";
    return out;
}

}  // namespace scopelint::bench
