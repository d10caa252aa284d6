#!/usr/bin/env python3
"""Turn the team's Shopify reference catalog into scopelint's catalog data file.

Usage (from anywhere):
    python3 tools/import-shopify-catalog.py [REFERENCE_JSON] [--output PATH] [--check]

REFERENCE_JSON defaults to ../shared/reference/shopify/scopes.json relative to
the repository root; the output defaults to rules/catalog/shopify.json. --check
writes nothing and fails when the committed file differs from what would be
written.

Shopify scopes are a flat vocabulary (read_products, write_orders,
unauthenticated_read_checkouts, customer_read_orders), so the catalog has no
operation lattice and no services: every scope is a standalone entry in
"scopes". The mapping is mechanical; every judgement (labels, risk tiers,
sensitivity, notes, extra scopes, manifest settings) lives in the named
dictionaries below, each entry with a comment saying why. The script refuses to
run when a curation key no longer matches the reference, so stale curation
cannot linger silently.

Only the standard library is required. When the `jsonschema` package is
importable the output is also validated against rules/schemas/catalog.schema.json.
"""

import os
import re
import sys

# The shared module sits next to this file; no bytecode, so that running the
# script leaves no __pycache__ folder in tools/.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog_import import (  # noqa: E402
    CATALOG_DIR, RISK_TIERS, CurationError, Used, flat_catalog, flat_catalog_problems,
    parse_args, run, schema_problems, tally)

# --------------------------------------------------------------------------
# File-level facts
# --------------------------------------------------------------------------

# Date the facts were last reviewed. A constant (not today's date) so that
# reruns reproduce the committed file byte for byte.
CATALOG_DATE = "2026-12-04"

# Output header.
# * case_sensitive is true: Shopify documents every scope handle in lower case
#   ({action}_{resource}, AccessScope object) and returns handles that way; no
#   Shopify page shows another spelling being accepted. "Read_Products" is
#   therefore not a scope Shopify knows, and the linter should report it as
#   unknown (with read_products as the suggestion) rather than as a mere style
#   issue.
# * segment_separator "_" is the only separator inside handles; the handles
#   are not parsed into segments (no services), it is given for completeness.
# * list_separator ",": shopify.app.toml [access_scopes] scopes is one
#   comma-separated string, and so is the OAuth scope parameter.
HEADER = {
    "provider": "shopify",
    "title": "Shopify",
    "case_sensitive": True,
    "segment_separator": "_",
    "list_separator": ",",
}

# The reference's sensitivity scale, mapped onto the catalog's risk tiers.
RISK_MAP = {"low": "low", "moderate": "medium", "high": "high", "critical": "critical"}

# The reference's access values, mapped onto the catalog's read|write.
ACCESS_MAP = {"read": "read", "write": "write"}

# --------------------------------------------------------------------------
# Sources (our own words in "what")
# --------------------------------------------------------------------------

# Every source the catalog cites. The first three are the reference's own
# sources (keyed by URL so the script can check that the reference still lists
# them); the rest were read on shopify.dev while curating.
SOURCES = [
    {"id": "access-scopes",
     "url": "https://shopify.dev/docs/api/usage/access-scopes",
     "what": "The list of Admin, Storefront and Customer Account API scopes with what each reaches, "
             "and the rule that a write scope also grants read access to the same resource "
             "(the reference holds a copy of this page from about 2024; the live page lists more scopes)"},
    {"id": "app-configuration",
     "url": "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration",
     "what": "The shopify.app.toml keys: [access_scopes] scopes, optional_scopes and use_legacy_install_flow, "
             "[access.admin] direct_api_mode, [app_proxy]"},
    {"id": "accessscope-object",
     "url": "https://shopify.dev/docs/api/admin-graphql/latest/objects/AccessScope",
     "what": "Scope handles are {action}_{resource} in lower case, action being read or write, joined by an underscore"},
    {"id": "order-object",
     "url": "https://shopify.dev/docs/api/admin-graphql/2025-10/enums/Audience",
     "what": "The Order object's note (shown on this page): only the last 60 days of orders are readable by default; "
             "apps granted access to all orders add read_all_orders next to read_orders or write_orders"},
    {"id": "protected-customer-data",
     "url": "https://shopify.dev/docs/apps/launch/protected-customer-data",
     "what": "Protected customer data levels (level 1: customer data, level 2: also names, addresses, e-mail and phone) "
             "and the review public apps need before they get them"},
    {"id": "customer-account-pcd",
     "url": "https://shopify.dev/changelog/protected-customer-data-access-required-to-use-the-customer-account-api",
     "what": "Apps need at least level 1 protected customer data access to use the Customer Account API"},
    {"id": "customer-payment-method",
     "url": "https://shopify.dev/docs/api/admin-graphql/2025-10/objects/CustomerPaymentMethod",
     "what": "Customer payment methods need read_customers plus read_customer_payment_methods"},
    {"id": "subscription-contract",
     "url": "https://shopify.dev/docs/api/admin-graphql/2024-01/interfaces/SubscriptionContractBase",
     "what": "Subscription contracts need read_own_subscription_contracts or write_own_subscription_contracts, "
             "and carry the customer, payment method and delivery details"},
    {"id": "table-response",
     "url": "https://shopify.dev/docs/api/admin-graphql/2024-01/objects/TableResponse",
     "what": "Report query results need read_reports and, for customer fields, level 2 protected customer data"},
    {"id": "online-store-page",
     "url": "https://shopify.dev/docs/api/admin-graphql/2024-01/objects/OnlineStorePage",
     "what": "Online store pages are readable with read_content or read_online_store_pages"},
    {"id": "page-delete",
     "url": "https://shopify.dev/docs/api/admin-graphql/2025-10/mutations/pageDelete",
     "what": "Deleting a page needs write_content or write_online_store_pages"},
    {"id": "app-proxies",
     "url": "https://shopify.dev/docs/apps/online-store/app-proxies",
     "what": "App proxies forward storefront paths under the shop's domain to the app, "
             "and need the write_app_proxy scope in the app configuration"},
    {"id": "app-proxy-auth",
     "url": "https://shopify.dev/docs/apps/build/online-store/app-proxies/authenticate-app-proxies",
     "what": "Shopify adds shop, logged_in_customer_id, timestamp and a signature to forwarded proxy requests; "
             "the app must check the signature before trusting the other parameters"},
    {"id": "managed-install",
     "url": "https://shopify.dev/docs/apps/build/authentication-authorization/app-installation",
     "what": "Shopify-managed installation grants the scopes declared in the configuration file; "
             "without it the app runs the authorization code grant and decides the scopes itself"},
    {"id": "online-tokens",
     "url": "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/online-access-tokens",
     "what": "Online access tokens belong to one staff member, expire with the session or after 24 hours "
             "and have that user's permissions"},
    {"id": "offline-tokens",
     "url": "https://shopify.dev/docs/apps/auth/access-token-types/offline",
     "what": "Offline access tokens are not tied to a user and stay valid until the app is uninstalled"},
    {"id": "direct-api-access",
     "url": "https://shopify.dev/docs/api/app-home/apis/authentication-and-data/resource-fetching-api",
     "what": "Direct API access lets the embedded frontend call the GraphQL Admin API through App Bridge "
             "(shopify:admin/ URLs), enabled in the [access.admin] section of the TOML file"},
]

# Sources that back file-level facts (case sensitivity, separators) rather
# than single scopes or settings; the check that every source is cited skips them.
HEADER_SOURCES = {"accessscope-object", "app-configuration"}

# Reference source strings start with the URL; this maps each onto our id.
REFERENCE_SOURCE_IDS = {
    "https://shopify.dev/docs/api/usage/access-scopes": "access-scopes",
    "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration": "app-configuration",
    "https://shopify.dev/docs/api/admin-graphql/latest/objects/AccessScope": "accessscope-object",
}

# --------------------------------------------------------------------------
# Scope kinds (the three APIs)
# --------------------------------------------------------------------------

# Handle prefix -> (kind, reference "type" it must carry). The kind keys the
# label table below.
KINDS = [
    ("unauthenticated_", "storefront", "unauthenticated (Storefront API)"),
    ("customer_", "customer", "customer (Customer Account API)"),
    ("", "admin", "authenticated (Admin API)"),
]

# --------------------------------------------------------------------------
# Labels: short noun phrases naming what a scope reaches (our own words)
# --------------------------------------------------------------------------

# Keyed by (kind, resource); read_X and write_X share the label, the access
# field says which operation the scope has.
LABELS = {
    # --- Admin API (authenticated) ---
    ("admin", "all_orders"): "orders of any age, beyond the default 60-day window",
    ("admin", "assigned_fulfillment_orders"): "fulfillment orders assigned to the app's own fulfillment-service locations",
    ("admin", "cart_transforms"): "cart transform functions such as bundles",
    ("admin", "checkouts"): "checkouts, abandoned ones included",
    ("admin", "checkout_branding_settings"): "checkout branding and styling",
    ("admin", "content"): "online store content: articles, blogs, comments, pages and redirects",
    ("admin", "customer_merge"): "customer merge previews and merge requests",
    ("admin", "customers"): "customer records and saved customer searches",
    ("admin", "customer_payment_methods"): "customers' stored payment methods",
    ("admin", "delivery_customizations"): "delivery customization functions",
    ("admin", "discounts"): "discounts and discount codes",
    ("admin", "draft_orders"): "draft orders",
    ("admin", "files"): "files uploaded to the store",
    ("admin", "fulfillments"): "fulfillment services and fulfillments",
    ("admin", "gift_cards"): "gift cards",
    ("admin", "inventory"): "inventory items and stock levels",
    ("admin", "legal_policies"): "the shop's legal policies",
    ("admin", "locales"): "the shop's languages",
    ("admin", "locations"): "store locations",
    ("admin", "markets"): "markets: regions with their own currency, language and pricing",
    ("admin", "metaobject_definitions"): "metaobject definitions",
    ("admin", "metaobjects"): "metaobject entries",
    ("admin", "marketing_events"): "marketing events",
    ("admin", "merchant_approval_signals"): "merchant approval signals",
    ("admin", "merchant_managed_fulfillment_orders"): "fulfillment orders at merchant-managed locations",
    ("admin", "orders"): "orders with their transactions and fulfillments",
    ("admin", "payment_mandate"): "payment mandates, the permission to charge a buyer later",
    ("admin", "payment_terms"): "payment terms and payment schedules",
    ("admin", "price_rules"): "price rules",
    ("admin", "products"): "products, variants and collections",
    ("admin", "product_listings"): "products and collections published to the app's sales channel",
    ("admin", "publications"): "publications: the channels products and collections appear on",
    ("admin", "purchase_options"): "purchase options and selling plans",
    ("admin", "reports"): "reports and analytics queries",
    ("admin", "resource_feedbacks"): "feedback the app shows merchants about their resources",
    ("admin", "script_tags"): "script tags that load JavaScript into the storefront",
    ("admin", "shipping"): "shipping rates, carrier services, countries and provinces",
    ("admin", "shopify_payments_disputes"): "Shopify Payments disputes and chargebacks",
    ("admin", "shopify_payments_payouts"): "Shopify Payments payouts, balance and balance transactions",
    ("admin", "store_credit_accounts"): "customers' store credit accounts",
    ("admin", "store_credit_account_transactions"): "store credit debits and credits",
    ("admin", "own_subscription_contracts"): "the subscription contracts the app itself manages",
    ("admin", "returns"): "returns",
    ("admin", "themes"): "themes and theme files",
    ("admin", "translations"): "translations of store content",
    ("admin", "third_party_fulfillment_orders"): "fulfillment orders at any fulfillment-service location",
    ("admin", "users"): "staff accounts (Shopify Plus)",
    ("admin", "order_edits"): "edits to placed orders",
    ("admin", "payment_gateways"): "a payments app's gateway setup",
    ("admin", "payment_sessions"): "a payments app's payment, capture, refund and void sessions",
    ("admin", "pixels"): "web pixels",
    ("admin", "customer_events"): "customer events collected by web pixels",
    ("admin", "privacy_settings"): "privacy settings and the cookie banner",
    ("admin", "validations"): "checkout validation functions",
    # Extra scopes (EXTRA_SCOPES below).
    ("admin", "online_store_pages"): "online store pages",
    ("admin", "app_proxy"): "the app proxy that sends storefront paths to the app",
    # --- Storefront API (unauthenticated) ---
    ("storefront", "checkouts"): "shoppers' carts and checkouts through the Storefront API",
    ("storefront", "customers"): "shopper accounts through the Storefront API",
    ("storefront", "customer_tags"): "customer tags through the Storefront API",
    ("storefront", "content"): "published store content through the Storefront API",
    ("storefront", "metaobjects"): "metaobjects exposed to the Storefront API",
    ("storefront", "product_inventory"): "product stock quantities through the Storefront API",
    ("storefront", "product_listings"): "published products and collections through the Storefront API",
    ("storefront", "product_pickup_locations"): "in-store pickup locations through the Storefront API",
    ("storefront", "product_tags"): "product tags through the Storefront API",
    ("storefront", "selling_plans"): "selling plans through the Storefront API",
    # --- Customer Account API ---
    ("customer", "customers"): "the signed-in customer's own account",
    ("customer", "orders"): "the signed-in customer's own orders",
    ("customer", "draft_orders"): "the signed-in customer's own draft orders",
    ("customer", "markets"): "markets as the signed-in customer sees them",
}

# --------------------------------------------------------------------------
# Extra scopes the reference lacks (its copy of the page is from about 2024)
# --------------------------------------------------------------------------

# Added only with a shopify.dev page that names them. Inserted after the
# reference's Admin API scopes, in this order.
EXTRA_SCOPES = {
    # OnlineStorePage: "read_content or read_online_store_pages"; also requested
    # by a real shopify.app.toml in the team corpus (001-orderhold.toml), which
    # the linter would otherwise report as unknown.
    "read_online_store_pages": {
        "access": "read", "risk": "medium", "sources": ["online-store-page"]},
    # pageDelete: "write_content or write_online_store_pages".
    "write_online_store_pages": {
        "access": "write", "risk": "medium", "sources": ["page-delete"]},
    # App proxies page: the proxy needs write_app_proxy. There is no read_app_proxy.
    # Medium: it opens a storefront path to the app's server (see SETTINGS).
    "write_app_proxy": {
        "access": "write", "risk": "medium", "sources": ["app-proxies"]},
}

# --------------------------------------------------------------------------
# Risk tiers
# --------------------------------------------------------------------------

# The tier is the reference's sensitivity, except these. "critical" follows the
# team's tier definition (PROVIDERS.md): takeover, code execution, irreversible
# destruction, whole-store export; the reference already puts write_themes,
# write_script_tags, write_payment_gateways, write_payment_sessions and
# read_customer_payment_methods there.
RISK = {
    # Lowered: reading theme files and the URLs of script tags exposes storefront
    # code, not customer data or money; the danger is the write scope (critical).
    "read_themes": "medium",
    "read_script_tags": "medium",
    # Raised: draft orders hold the same customer names, contact details and
    # addresses as orders, and PROVIDERS.md ranks order scopes high.
    "read_draft_orders": "high",
    "write_draft_orders": "high",
    # Raised: rewrites items and prices of orders customers already placed.
    "write_order_edits": "high",
    # Raised: can create codes or rules that cut prices to zero store-wide,
    # a direct money loss like write_gift_cards (high).
    "write_discounts": "high",
    "write_price_rules": "high",
    # Lowered: policies, shop languages and the products published to the app's
    # channel are what every storefront visitor already sees.
    "read_legal_policies": "low",
    "read_locales": "low",
    "read_product_listings": "low",
}

# --------------------------------------------------------------------------
# Sensitivity (noun phrases in our words; see $defs/sensitive in the schema)
# --------------------------------------------------------------------------

# A `sensitive` text names what the scope reaches, as an operation-neutral noun
# phrase: the sensitive-scope rule prints it after
#     '<scope>' reaches sensitive data (<risk> risk): <text>
# Keyed by scope name, because read and write of one resource can differ
# (read_themes reaches nothing sensitive, write_themes reaches code that runs in
# every shopper's browser). Set for protected customer data and for the other
# high and critical scopes where the concern is more than breadth.
CUSTOMER_PII = "customer names, e-mail and postal addresses and phone numbers (protected customer data)"
ORDER_PII = "orders with buyers' names, contact details, addresses and payment transactions (protected customer data)"
SENSITIVE = {
    "read_all_orders": "the store's whole order history with buyers' names, contact details and addresses",
    "read_checkouts": "checkouts, abandoned ones included, with shoppers' contact details and addresses",
    "write_checkouts": "checkouts, abandoned ones included, with shoppers' contact details and addresses",
    "read_customer_merge": "merging of customer records, which combines two people's personal data into one",
    "write_customer_merge": "merging of customer records, which combines two people's personal data into one",
    "read_customers": CUSTOMER_PII,
    "write_customers": CUSTOMER_PII,
    "read_customer_payment_methods": "customers' saved cards and other payment instruments used for repeat charges",
    "read_draft_orders": "draft orders with customer names, contact details and addresses",
    "write_draft_orders": "draft orders with customer names, contact details and addresses",
    "write_discounts": "creation of discount codes and automatic discounts that can cut prices to nothing",
    "read_gift_cards": "gift cards and their codes, which carry spendable balances",
    "write_gift_cards": "gift cards and their codes, which carry spendable balances",
    "read_orders": ORDER_PII,
    "write_orders": ORDER_PII,
    "read_payment_mandate": "buyers' standing permissions to be charged later",
    "write_payment_mandate": "buyers' standing permissions to be charged later",
    "write_price_rules": "price rules that can cut prices to nothing across the store",
    "write_script_tags": "JavaScript loaded into storefront pages, which runs in every shopper's browser",
    "read_shopify_payments_disputes": "chargebacks and disputes raised against the store's card payments",
    "read_shopify_payments_payouts": "the store's Shopify Payments balance, payouts and transfers to its bank",
    "read_store_credit_account_transactions": "customers' store credit, which is spendable money",
    "write_store_credit_account_transactions": "customers' store credit, which is spendable money",
    "read_own_subscription_contracts": "customers' subscription contracts with their payment methods and delivery addresses",
    "write_own_subscription_contracts": "customers' subscription contracts with their payment methods and delivery addresses",
    "write_themes": "storefront theme code, which runs in every shopper's browser",
    "read_users": "staff members' names, e-mail addresses and permissions",
    "write_order_edits": "changes to the items and prices of orders customers have already placed",
    "write_payment_gateways": "a payments app's gateway setup, which decides how shoppers' payments are processed",
    "write_payment_sessions": "the outcome of payment, capture, refund and void sessions, i.e. whether shoppers' money moves",
    "read_customer_events": "shoppers' browsing and checkout behaviour as collected by web pixels",
}

# --------------------------------------------------------------------------
# Notes (short facts, our words)
# --------------------------------------------------------------------------

# Notes for the reference's "protected" field: scopes Shopify gates behind a
# permission request. The script checks that every scope the reference marks
# protected has one.
GATED_NOTE = {
    # Reference: "permission must be requested in Partner Dashboard"; Order object note.
    "read_all_orders": "Gated: Shopify grants it only after the app asks for access to all orders; without it only "
                       "the last 60 days of orders are readable, and it works only next to read_orders or write_orders",
    # Reference: "permission required (subscriptions)"; CustomerPaymentMethod object.
    "read_customer_payment_methods": "Gated: Shopify grants it only on request, for subscription apps; it works only "
                                     "together with a customer read scope",
    # Reference: "permission required (subscriptions)".
    "read_own_subscription_contracts": "Gated: Shopify grants the subscription scopes only on request",
    "write_own_subscription_contracts": "Gated: Shopify grants the subscription scopes only on request",
}

# Note for the reference's protected_customer_data flag (customers, orders).
PCD_NOTE = ("Protected customer data: outside development stores a public app needs Shopify's approval, "
            "and level 2 access for names, addresses, e-mail and phone")

# Other notes, keyed by scope name.
NOTE = {
    # Reference tiering note: read_users is Shopify Plus only.
    "read_users": "Only Shopify Plus stores grant it",
    # TableResponse object: customer fields in reports need level 2 access.
    "read_reports": "Report queries that return customer fields also need level 2 protected customer data access",
    # Reference: Payments Apps API scopes.
    "write_payment_gateways": "Used by payments apps through the Payments Apps API",
    "write_payment_sessions": "Used by payments apps through the Payments Apps API",
    # Reference resource: Web Pixels API.
    "write_pixels": "Lets the app register a web pixel; reading what pixels collect needs read_customer_events",
    # OnlineStorePage / pageDelete: alternatives to read_content / write_content.
    "read_online_store_pages": "Reads pages only; read_content also reaches them along with blogs, articles and redirects",
    "write_online_store_pages": "Writes pages only; write_content also reaches them along with blogs, articles and redirects",
    "write_app_proxy": "Needed by apps that declare an [app_proxy] in shopify.app.toml",
}

# Notes for every scope of one API kind (appended to any scope note).
KIND_NOTE = {
    # Storefront API (unauthenticated) scopes act for shoppers, not for staff.
    "storefront": "Storefront API scope: it acts for shoppers on the storefront, not for store staff",
    # Customer Account API changelog: level 1 protected customer data required.
    "customer": "Customer Account API scope: it reaches only the signed-in customer's own data; "
                "public apps need level 1 protected customer data access",
}

# Extra sources per scope, for the facts in the notes and requirements above.
EXTRA_SOURCES = {
    "read_all_orders": ["order-object"],
    "read_customer_payment_methods": ["customer-payment-method"],
    "read_own_subscription_contracts": ["subscription-contract"],
    "write_own_subscription_contracts": ["subscription-contract"],
    "read_customers": ["protected-customer-data"],
    "write_customers": ["protected-customer-data"],
    "read_orders": ["protected-customer-data"],
    "write_orders": ["protected-customer-data"],
    "read_reports": ["table-response"],
}

# Sources for every scope of one API kind.
KIND_SOURCES = {
    "customer": ["customer-account-pcd"],
}

# --------------------------------------------------------------------------
# Requirements and implications
# --------------------------------------------------------------------------

# Implication: every write_X implies read_X when read_X exists (access-scopes
# page: a scope that writes a resource also grants read access to it). The
# script derives this and checks the reference's "implies" agrees. Nothing else
# implies anything: read_all_orders only widens the window of read_orders, it
# does not include it.

# Scopes that only work together with at least one of these.
REQUIRES_ANY = {
    # Order object note: read_all_orders goes with read_orders or write_orders.
    "read_all_orders": ["read_orders", "write_orders"],
    # CustomerPaymentMethod object: needs read_customers besides this scope;
    # write_customers grants read_customers.
    "read_customer_payment_methods": ["read_customers", "write_customers"],
}

# --------------------------------------------------------------------------
# Manifest settings (shopify.app.toml), for the risky-setting rule
# --------------------------------------------------------------------------

# Pointers are RFC 6901 pointers into the TOML document as a tree: the table
# [access.admin] is the nested table access -> admin, so its key direct_api_mode
# is /access/admin/direct_api_mode. Only documented, security-relevant keys.
# Considered and left out:
# * build.automatically_update_urls_on_dev: rewrites the app's URLs while
#   running `shopify app dev`; a development convenience, not a widening of
#   what the installed app can do (and true in 6 of the 8 corpus files).
# * auth.redirect_urls with tunnels or localhost: a pattern check on URLs, not
#   a value comparison; belongs to a URL rule, not to this table.
SETTINGS = [
    # Managed-install page: without Shopify-managed installation the app runs the
    # authorization code grant and asks for scopes itself, so the scopes in the
    # file are not what the store grants.
    {"format": "shopify-app-toml",
     "pointer": "/access_scopes/use_legacy_install_flow",
     "equals": True,
     "risk": "medium",
     "message": "Shopify-managed installation is off, so the app asks for its scopes itself in an OAuth redirect "
                "and a store may grant other scopes than the ones listed in this file",
     "help": "remove use_legacy_install_flow or set it to false so Shopify installs the app with exactly the declared scopes",
     "sources": ["app-configuration", "managed-install"]},
    # Online tokens carry the staff member's own permissions; offline tokens are
    # the app's own, not tied to a user (token pages). In offline mode the
    # frontend's Direct API calls therefore run with everything the app holds,
    # whoever opened it. The mode key is documented on the configuration page;
    # the consequence is our reading of the two token pages.
    {"format": "shopify-app-toml",
     "pointer": "/access/admin/direct_api_mode",
     "equals": "offline",
     "risk": "medium",
     "message": "the embedded frontend calls the Admin API with the app's offline token, so any staff member who "
                "opens the app acts with all of the app's scopes instead of their own permissions",
     "help": "use direct_api_mode = \"online\" unless the frontend needs access beyond the signed-in staff member's",
     "sources": ["app-configuration", "direct-api-access", "online-tokens", "offline-tokens"]},
    # App proxy pages: storefront requests under the shop's domain reach the app;
    # only the signature parameter proves they came through Shopify.
    {"format": "shopify-app-toml",
     "pointer": "/app_proxy/url",
     "equals": "*",
     "risk": "low",
     "message": "anyone on the storefront, signed in or not, can reach the app's server through the shop's domain, "
                "and only Shopify's signature on each forwarded request shows where it came from",
     "help": "check the signature parameter of every proxied request before trusting its shop or customer id",
     "sources": ["app-configuration", "app-proxies", "app-proxy-auth"]},
]

# ==========================================================================
# Mechanics
# ==========================================================================


HANDLE = re.compile(r"^(unauthenticated_|customer_)?(read|write)_([a-z][a-z_]*[a-z])$")


def split_handle(name):
    """(kind, action, resource) of a handle such as unauthenticated_read_checkouts."""
    m = HANDLE.match(name)
    if not m:
        raise CurationError(f"{name}: not a Shopify scope handle")
    prefix = m.group(1) or ""
    kind = next(k for p, k, _ in KINDS if p == prefix)
    return kind, m.group(2), m.group(3)


def kind_prefix(kind):
    return next(p for p, k, _ in KINDS if k == kind)


def build(ref):
    used = Used()

    # Sources: every reference source must be mapped onto one of ours.
    source_ids = {s["id"] for s in SOURCES}
    ref_ids = []
    for text in ref["sources"]:
        url = text.split()[0]
        sid = used.get("REFERENCE_SOURCE_IDS", REFERENCE_SOURCE_IDS, url)
        if sid is None:
            raise CurationError(f"reference source {url} has no entry in REFERENCE_SOURCE_IDS")
        if sid not in source_ids:
            raise CurationError(f"REFERENCE_SOURCE_IDS maps {url} to unknown source {sid}")
        ref_ids.append(sid)

    rows = list(ref["scopes"])
    if ref.get("counts", {}).get("scopes") not in (None, len(rows)):
        raise CurationError(f"reference says {ref['counts']['scopes']} scopes but lists {len(rows)}")
    names = [r["scope"] for r in rows]
    if len(set(names)) != len(names):
        raise CurationError("duplicate scopes in the reference")
    for extra in EXTRA_SCOPES:
        if extra in names:
            raise CurationError(f"EXTRA_SCOPES[{extra!r}] is now in the reference; drop the extra entry")

    # Reference rows first, with the extra Admin API scopes inserted after the
    # last Admin API row.
    entries = []  # (name, access, base risk, evidence sources, protected, pcd)
    for r in rows:
        kind, action, resource = split_handle(r["scope"])
        expected_type = next(t for _, k, t in KINDS if k == kind)
        if r["type"] != expected_type:
            raise CurationError(f"{r['scope']}: type {r['type']!r}, expected {expected_type!r}")
        if ACCESS_MAP.get(r["access"]) != action:
            raise CurationError(f"{r['scope']}: access {r['access']!r} does not match the handle")
        entries.append({
            "name": r["scope"], "kind": kind, "action": action, "resource": resource,
            "access": ACCESS_MAP[r["access"]], "risk": RISK_MAP[r["sensitivity"]],
            "sources": [ref_ids[0]], "protected": r.get("protected"),
            "pcd": bool(r.get("protected_customer_data")), "ref_implies": r.get("implies", []),
        })
    last_admin = max(i for i, e in enumerate(entries) if e["kind"] == "admin")
    extras = []
    for name, cur in EXTRA_SCOPES.items():
        used.mark("EXTRA_SCOPES", name)
        kind, action, resource = split_handle(name)
        if cur["access"] != action:
            raise CurationError(f"EXTRA_SCOPES[{name!r}]: access does not match the handle")
        extras.append({
            "name": name, "kind": kind, "action": action, "resource": resource,
            "access": cur["access"], "risk": cur["risk"], "sources": list(cur["sources"]),
            "protected": None, "pcd": False, "ref_implies": None,
        })
    entries[last_admin + 1:last_admin + 1] = extras

    all_names = {e["name"] for e in entries}
    scopes = []
    for e in entries:
        name = e["name"]
        label = used.get("LABELS", LABELS, (e["kind"], e["resource"]))
        if not label:
            raise CurationError(f"no label for {name} ({e['kind']}, {e['resource']})")
        read_name = kind_prefix(e["kind"]) + "read_" + e["resource"]
        implies = []
        if e["action"] == "write" and read_name in all_names:
            implies = [read_name]
        if e["ref_implies"] is not None and e["ref_implies"] != implies:
            raise CurationError(f"{name}: reference implies {e['ref_implies']}, the write-implies-read rule gives {implies}")

        out = {"name": name, "label": label, "access": e["access"]}
        out["risk"] = used.get("RISK", RISK, name, e["risk"])
        if out["risk"] == e["risk"] and name in RISK:
            raise CurationError(f"RISK[{name!r}] repeats the reference's tier; drop it")
        out["evidence"] = "doc"
        srcs = list(e["sources"])
        for s in used.get("EXTRA_SOURCES", EXTRA_SOURCES, name, []) + KIND_SOURCES.get(e["kind"], []):
            if s not in srcs:
                srcs.append(s)
        out["sources"] = srcs

        notes = []
        if e["protected"]:
            gated = used.get("GATED_NOTE", GATED_NOTE, name)
            if not gated:
                raise CurationError(f"{name}: reference marks it protected ({e['protected']}); GATED_NOTE needs an entry")
            notes.append(gated)
        elif name in GATED_NOTE:
            raise CurationError(f"GATED_NOTE[{name!r}]: the reference does not mark it protected")
        if e["pcd"]:
            notes.append(PCD_NOTE)
        n = used.get("NOTE", NOTE, name)
        if n:
            notes.append(n)
        if e["kind"] in KIND_NOTE:
            notes.append(KIND_NOTE[e["kind"]])
        if notes:
            out["note"] = "; ".join(notes)

        out["implies"] = implies
        s = used.get("SENSITIVE", SENSITIVE, name)
        if s:
            out["sensitive"] = s
        if e["action"] == "write" and read_name in all_names:
            out["read_variant"] = read_name
        req = used.get("REQUIRES_ANY", REQUIRES_ANY, name)
        if req:
            out["requires_any"] = list(req)
        scopes.append(out)

    used.check({
        "REFERENCE_SOURCE_IDS": REFERENCE_SOURCE_IDS,
        "EXTRA_SCOPES": EXTRA_SCOPES,
        "LABELS": LABELS,
        "RISK": RISK,
        "SENSITIVE": SENSITIVE,
        "GATED_NOTE": GATED_NOTE,
        "NOTE": NOTE,
        "EXTRA_SOURCES": EXTRA_SOURCES,
        "REQUIRES_ANY": REQUIRES_ANY,
    })

    return flat_catalog(HEADER, CATALOG_DATE, SOURCES, scopes, settings=[dict(s) for s in SETTINGS])


def check(catalog, schema_path):
    problems = flat_catalog_problems(catalog, HEADER_SOURCES) + schema_problems(catalog, schema_path)
    print(f"scopes: {len(catalog['scopes'])} ({tally(catalog['scopes'], 'risk', RISK_TIERS)}), "
          f"sensitive: {sum(1 for s in catalog['scopes'] if 'sensitive' in s)}, "
          f"settings: {len(catalog.get('settings', []))}", file=sys.stderr)
    return problems


def main():
    args = parse_args(__doc__, "shopify", [
        ("--output", {"default": os.path.join(CATALOG_DIR, "shopify.json")}),
    ])
    return run(args, __file__, build, lambda catalog: check(catalog, args.schema))


if __name__ == "__main__":
    sys.exit(main())
