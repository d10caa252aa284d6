#!/usr/bin/env python3
"""Turn the team's Zoho reference catalog into scopelint's catalog data file.

Usage (from anywhere):
    python3 tools/import-zoho-catalog.py [REFERENCE_JSON] [--output PATH] [--check]

REFERENCE_JSON defaults to ../shared/reference/zoho/scopes.json relative to the
repository root; the output defaults to rules/catalog/zoho.json. --check writes
nothing and fails when the committed file differs from what would be written.

The mapping is mechanical; every judgement (labels, risk tiers, sensitivity,
deprecations, canonical spellings, fixes of quirks in the reference) lives in
the named dictionaries below, each entry with a comment saying why. The script
refuses to run when a curation key no longer matches the reference, so stale
curation cannot linger silently.

Only the standard library is required. When the `jsonschema` package is
importable the output is also validated against rules/schemas/catalog.schema.json.
"""

import os
import sys

# The shared module sits next to this file; no bytecode, so that running the
# script leaves no __pycache__ folder in tools/.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog_import import (  # noqa: E402
    CATALOG_DIR, Citations, CurationError, Used, catalog_header, parse_args, phrase_problems,
    run, schema_problems)

# --------------------------------------------------------------------------
# File-level facts
# --------------------------------------------------------------------------

# Date the facts were last reviewed against the reference. A constant (not
# today's date) so that reruns reproduce the committed file byte for byte.
CATALOG_DATE = "2026-12-03"

# Output header. case_sensitive is false because Zoho's own pages mix spellings
# (.all/.ALL, Modules/modules, Leads/leads) and they work, so Zoho must compare
# case-insensitively (inferred, NOTES.md section 1). Commas are the documented
# separator (accounts-scope page and every product OAuth page).
HEADER = {
    "provider": "zoho",
    "title": "Zoho",
    "case_sensitive": False,
    "segment_separator": ".",
    "list_separator": ",",
}

# The operation lattice (CRM "OAuth Scopes" page, Accounts scope page), in the
# order messages list operations: ALL first, then the CRUD order, then aliases.
# WRITE is an alias for CREATE+UPDATE+DELETE and does not include READ.
# CUSTOM is only used by ZohoCRM.composite_requests.
OPERATIONS = [
    {"name": "ALL", "access": "write",
     "implies": ["READ", "CREATE", "UPDATE", "DELETE", "WRITE"],
     "grants": "every operation (read, create, update and delete)"},
    {"name": "READ", "access": "read", "implies": [], "grants": "read"},
    {"name": "CREATE", "access": "write", "implies": [], "grants": "create"},
    {"name": "UPDATE", "access": "write", "implies": [], "grants": "update"},
    {"name": "DELETE", "access": "write", "implies": [], "grants": "delete"},
    {"name": "WRITE", "access": "write", "implies": ["CREATE", "UPDATE", "DELETE"],
     "grants": "create, update and delete"},
    {"name": "CUSTOM", "access": "write", "implies": [],
     "grants": "custom requests (each sub-request needs its own scopes)"},
]

# The reference uses "info" for the obsolete crmapi token; our scale starts at low.
RISK_MAP = {"info": "low", "low": "low", "medium": "medium", "high": "high"}

# --------------------------------------------------------------------------
# Fixes of quirks in the reference's structure
# --------------------------------------------------------------------------

# Families the reference files under one service that really belong to another
# service. Key: (reference service, reference family name).
MOVED_FAMILIES = {
    # The reference lists "ZohoPC.files" (pattern ZohoPC.files.ALL) as a family of
    # ZohoProjects; ZohoPC is its own service name, so Projects.ZohoPC.files would
    # never match anything. It becomes service ZohoPC, family files, placed right
    # after ZohoProjects.
    ("ZohoProjects", "ZohoPC.files"): {
        "service": "ZohoPC",
        "family": "files",
        "product": "Zoho Projects document store (ZohoPC)",
        "docs": ["https://www.zoho.com/projects/help/rest-api/zohoprojectsapi.html"],
    },
}

# Account-level scopes of the reference that have service/family/operation shape
# and so become a service rather than a standalone scope.
ACCOUNT_SCOPES_AS_SERVICES = {
    # AaaServer.profile.READ is Service.family.OP like every product scope; as a
    # service it gets case-insensitive matching, operation checks and typo hints.
    "AaaServer.profile.READ": {
        "service": "AaaServer",
        "family": "profile",
        "operations": ["READ"],
        "product": "Zoho Accounts",
        "docs": ["https://www.zoho.com/accounts/protocol/oauth/scope.html"],
    },
}

# Families the reference does not list but names elsewhere, added only with the
# evidence the reference gives. Key: (service, family); inserted first in the
# service (where Books and Analytics keep their fullaccess family).
EXTRA_FAMILIES = {
    # The reference's implications and NOTES section 1 name Invoice among the
    # finance products whose fullaccess.all is a service-wide grant, but the
    # Invoice OAuth page was not read and its other families come from public
    # code, so the evidence is "observed", the weakest level.
    ("ZohoInvoice", "fullaccess"): {
        "operations": ["all"],
        "risk": "high",  # same as the reference's other fullaccess families; raised in FAMILY_RISK
        "evidence": "observed",
        "sources": ["public-code"],
    },
}

# Families whose documented scope strings exist only at child level. The
# reference puts their operations on the family, but its own notes or patterns
# show only Service.family.child.OP, so family-level scopes (e.g. ZohoCRM.Zia.ALL)
# would be accepted by the linter while Zoho knows no such scope. The family's
# operations move to the children and the family keeps none.
CHILD_ONLY_FAMILIES = {
    # Reference note: the doc writes ZohoCRM.Zia.enrichment.ALL/READ only.
    ("ZohoCRM", "Zia"): "only Zia.enrichment.{op} is documented",
    # Reference note: seen as ZohoCRM.functions.execute.READ/.CREATE only.
    ("ZohoCRM", "functions"): "only functions.execute.{op} is seen",
    # Reference pattern: ZohoRecruit.functions.execute.{OP}.
    ("ZohoRecruit", "functions"): "only functions.execute.{op} is seen",
    # Reference pattern: ZohoCreator.meta.{child}.READ.
    ("ZohoCreator", "meta"): "only meta.{child}.READ is seen",
    # Reference note: Send Mail accepts send_mail.{module}.CREATE or
    # send_mail.all.CREATE; a bare send_mail.CREATE is a typo of the latter.
    ("ZohoCRM", "send_mail"): "only send_mail.{module}.CREATE and send_mail.all.CREATE are documented",
}

# Canonical spelling when the reference lists one operation in two casings.
OPERATION_SPELLING = {
    # ZohoExpense.fullaccess lists both 'all' and 'ALL' (both from public code).
    # They are one scope for Zoho; keep 'all', the spelling Zoho's finance OAuth
    # pages use for fullaccess (ZohoBooks.fullaccess.all, ZohoInventory.FullAccess.all).
    ("ZohoExpense", "fullaccess"): "all",
}

# Families whose family-level scopes grant every scope of their service.
SERVICE_WIDE_FAMILIES = {
    # Finance OAuth pages: fullaccess.all is the whole-product grant.
    ("ZohoBooks", "fullaccess"): True,
    # Inventory's own example spells it FullAccess.all.
    ("ZohoInventory", "FullAccess"): True,
    # Named with the finance products in the reference (added above, observed).
    ("ZohoInvoice", "fullaccess"): True,
    # The reference's implications list Analytics among the fullaccess.all products.
    ("ZohoAnalytics", "fullaccess"): True,
    # The reference's implications list Expense among the fullaccess.all products.
    ("ZohoExpense", "fullaccess"): True,
}

# Extra source ids for families, where the reference has the source in its list
# but forgot to cite it on the family.
EXTRA_SOURCES = {
    # workdrive-team-settings is the page that documents WorkDrive.team.admin.READ.
    ("WorkDrive", "team"): ["workdrive-team-settings"],
}

# --------------------------------------------------------------------------
# Children
# --------------------------------------------------------------------------

# The reference writes "{module}" for "any module name". For these ZohoCRM
# families the child is a CRM module scope name, so we use the modules family's
# own list (its record modules, see CRM_NON_RECORD_CHILDREN below): a typo such
# as mass_update.lead is then caught.
CRM_MODULE_CHILD_FAMILIES = {
    ("ZohoCRM", "mass_update"): "modules",
    ("ZohoCRM", "mass_delete"): "modules",
    ("ZohoCRM", "share"): "modules",
    ("ZohoCRM", "send_mail"): "modules",
}

# Children of ZohoCRM.modules that are not record modules but API features or
# record sub-resources. They are left out of the lists derived above: nobody can
# mass-update, mass-delete, share or mail from "search" or "dashboards", so
# share.search.READ is as much a typo as share.lead.READ.
CRM_NON_RECORD_CHILDREN = {
    "notes": "sub-resource of a record, reached through the parent module",
    "attachments": "sub-resource of a record, reached through the parent module",
    "emails": "e-mails kept with a record, not a module of their own",
    "dashboards": "analytics feature, not a record module",
    "approvals": "approval queue feature, not a record module",
    "search": "search feature, not a record module",
    "entity_scores": "scoring data of records, read-only",
    "lockinginformation": "record-locking state, not a record module",
}

# Elsewhere "{module}" means any custom module name: the services let users
# create modules, and their scope lists were not read, so no fixed list exists.
# Explicit names the reference gives (Bigin) are kept beside "*".
WILDCARD_MODULE_FAMILIES = {
    ("ZohoRecruit", "modules"): "any Recruit module, e.g. Candidates (capitalised in code)",
    ("ZohoBigin", "modules"): "custom modules besides the standard ones listed",
}

# Children whose scopes cover every sibling of the same family.
COVERING_CHILDREN = {
    # The reference: share.all covers every module.
    ("ZohoCRM", "share"): ["all"],
    # The reference: send_mail.all.CREATE covers every module.
    ("ZohoCRM", "send_mail"): ["all"],
}

# Families whose children are separate resources rather than parts of one
# family-wide grant: the family-level scopes neither imply the children nor
# count as family-wide (broad-scope). Nothing in the reference says that
# ZohoCRM.bulk.READ (the bulk read API) reaches bulk.backup (scheduled full
# backups), or that WorkDrive's team/teamfolders/libraries scopes reach their
# admin or sharing sub-scopes, or ZohoMail.organization its accounts.
INDEPENDENT_CHILDREN = {
    ("ZohoCRM", "bulk"),
    ("WorkDrive", "team"),
    ("WorkDrive", "teamfolders"),
    ("WorkDrive", "libraries"),
    ("ZohoMail", "organization"),
}

# Child operations that differ from the family's, per child.
CHILD_OPERATIONS = {
    # Reference note: teamfolders.sharing has CREATE/READ/UPDATE/DELETE (manage
    # members), teamfolders.admin only READ.
    ("WorkDrive", "teamfolders", "admin"): ["READ"],
}

# Default risk of children when it should differ from the family's tier.
CHILD_RISK_DEFAULT = {
    # One CRM module's records: broad within the module, not the whole org;
    # the family-level modules.* scopes keep "high".
    ("ZohoCRM", "modules"): "medium",
    # Most settings areas are metadata; the dangerous ones are raised below.
    ("ZohoCRM", "settings"): "medium",
    # Same shape as CRM: one Bigin module's records / one settings area.
    ("ZohoBigin", "modules"): "medium",
    ("ZohoBigin", "settings"): "medium",
    # One Recruit module (still personal data, hence sensitive below).
    ("ZohoRecruit", "modules"): "medium",
}

# Risk of single children. Key: (service, family, child).
CHILD_RISK = {
    # --- ZohoCRM.settings: NOTES section 6 and the family note name these high.
    # Edits permission sets: can hand administrative rights to any user.
    ("ZohoCRM", "settings", "profiles"): "critical",
    # DELETE empties the recycle bin: the only irreversible CRM record loss.
    ("ZohoCRM", "settings", "recycle_bin"): "critical",
    # Role hierarchy decides record visibility.
    ("ZohoCRM", "settings", "roles"): "high",
    # Territories decide record access and membership.
    ("ZohoCRM", "settings", "territories"): "high",
    # Groups feed sharing rules and assignments.
    ("ZohoCRM", "settings", "user_groups"): "high",
    # Org-wide default sharing rules.
    ("ZohoCRM", "settings", "data_sharing"): "high",
    # Portal gives outside users access to CRM data.
    ("ZohoCRM", "settings", "clientportal"): "high",
    # Automation that changes data and sends it out on every trigger.
    ("ZohoCRM", "settings", "workflow_rules"): "high",
    # Webhooks and field updates run by automation (data egress).
    ("ZohoCRM", "settings", "automation_actions"): "high",
    # Whole audit trail; CREATE exports it.
    ("ZohoCRM", "settings", "audit_logs"): "high",
    # Named high-risk by the reference's settings note.
    ("ZohoCRM", "settings", "scoring_rules"): "high",
    # Staff absence data; named high-risk by the reference's settings note.
    ("ZohoCRM", "settings", "users_unavailability"): "high",
    # Pure metadata or display preferences: low.
    ("ZohoCRM", "settings", "custom_views"): "low",
    ("ZohoCRM", "settings", "related_lists"): "low",
    ("ZohoCRM", "settings", "variable_groups"): "low",
    ("ZohoCRM", "settings", "tags"): "low",
    ("ZohoCRM", "settings", "tab_groups"): "low",
    ("ZohoCRM", "settings", "layouts"): "low",
    ("ZohoCRM", "settings", "custom_links"): "low",
    ("ZohoCRM", "settings", "business_hours"): "low",
    ("ZohoCRM", "settings", "duplicate_check_preference"): "low",
    ("ZohoCRM", "settings", "fiscal_year"): "low",
    ("ZohoCRM", "settings", "global_picklist"): "low",
    ("ZohoCRM", "settings", "map_dependency"): "low",
    ("ZohoCRM", "settings", "pipeline"): "low",
    ("ZohoCRM", "settings", "signals"): "low",
    ("ZohoCRM", "settings", "wizards"): "low",
    # Left at the medium default on purpose: fields (deleting a custom field
    # drops its data), modules, variables, macros, custom_buttons, currencies,
    # assignment_rules, cadences, emails and mailmerge (send mail),
    # intelligence (enrichment), record_locking_configurations, unsubscribe.
    # --- ZohoCRM.modules: read-only or non-record children are low.
    ("ZohoCRM", "modules", "dashboards"): "low",
    ("ZohoCRM", "modules", "search"): "low",
    ("ZohoCRM", "modules", "entity_scores"): "low",
    ("ZohoCRM", "modules", "lockinginformation"): "low",
}

# --------------------------------------------------------------------------
# Risk tiers of families
# --------------------------------------------------------------------------

# Family risk is the reference's, except these. "critical" follows the team's
# tier definition (PROVIDERS.md): org takeover, code execution, irreversible
# destruction, and (per the brief) whole-org export. A tier is that of the
# family's most powerful operation; the format has no per-operation tier.
FAMILY_RISK = {
    # User admin: CREATE/UPDATE can add users or change their profile to
    # Administrator, a path to taking over the org (reference: high).
    ("ZohoCRM", "users"): "critical",
    # Admin-equivalent (reference note); settings.ALL reaches profiles and the
    # recycle bin, both critical children, so the family cannot rank lower.
    ("ZohoCRM", "settings"): "critical",
    # Whole-module export and import, and (bulk.backup) full org backups: the
    # whole-org export case. NOTES section 6 puts bulk.* in its highest group.
    ("ZohoCRM", "bulk"): "critical",
    # Service-wide grants of finance products: every module incl. banking,
    # payments, the ledger and settings with users.
    ("ZohoBooks", "fullaccess"): "critical",
    ("ZohoInventory", "FullAccess"): "critical",
    ("ZohoInvoice", "fullaccess"): "critical",
    # Same reasoning for the other service-wide fullaccess grants.
    ("ZohoAnalytics", "fullaccess"): "critical",
    ("ZohoExpense", "fullaccess"): "critical",
    # Deliberately NOT raised: ZohoCRM.mass_delete stays high, because deleted
    # records go to the recycle bin (the reference has restore endpoints);
    # permanent loss needs settings.recycle_bin, which is critical.
}

# --------------------------------------------------------------------------
# Sensitivity (our own words; noun phrase, no trailing period, <= 140 chars)
# --------------------------------------------------------------------------

# A `sensitive` text names what the scope reaches, as an operation-neutral noun
# phrase: the sensitive-scope rule prints it after
#     '<scope>' reaches sensitive data (<risk> risk): <text>
# for EVERY operation of the family or child, READ included, so it must not say
# what a write operation does ("Deletes users" would be shown for users.READ).
# Where only some operations have the sensitive capability, name it as a
# capability ("deletion of ...", "sending e-mail ..."); the operations of the
# scope decide whether it is there. Start lower-case unless with a proper noun
# (CRM, Zoho Books); British spelling.

# Families whose holding is sensitive by what it reaches (not by breadth).
FAMILY_SENSITIVE = {
    # User administration.
    ("ZohoCRM", "users"): "CRM user accounts, their roles and profiles, and the staff directory",
    # Organization settings.
    ("ZohoCRM", "org"): "organisation-wide CRM details such as the company profile and preferences",
    # Whole setup incl. security model and automation.
    ("ZohoCRM", "settings"): "the whole CRM setup, including profiles, roles, sharing rules, automation and the recycle bin",
    # Bulk export/import.
    ("ZohoCRM", "bulk"): "whole-module export and import jobs, up to a full copy of the organisation's CRM data",
    # Notification channels push data out.
    ("ZohoCRM", "notifications"): "notification channels that push record changes to an external URL chosen by the caller",
    # Mass update.
    ("ZohoCRM", "mass_update"): "rewriting of fields on thousands of records in a single job",
    # Mass delete.
    ("ZohoCRM", "mass_delete"): "deletion of thousands of records in one job, by custom view or record ID",
    # Sharing changes visibility.
    ("ZohoCRM", "share"): "sharing of records with other users, which decides who can see the data",
    # Mail as the org.
    ("ZohoCRM", "send_mail"): "sending e-mail from CRM as users and the organisation",
    # Ownership changes visibility and responsibility.
    ("ZohoCRM", "change_owner"): "reassignment of record owners, which decides who can see and act on the records",
    # Runs server-side code.
    ("ZohoCRM", "functions"): "execution of server-side Deluge functions, which can do whatever their code does",
    # Finance: service-wide grant.
    ("ZohoBooks", "fullaccess"): "every Zoho Books scope: banking, payments, users, settings and the ledger",
    # Finance settings include users.
    ("ZohoBooks", "settings"): "Zoho Books users, taxes, currencies and the organisation profile",
    # Payments.
    ("ZohoBooks", "customerpayments"): "the record of money received from customers",
    ("ZohoBooks", "vendorpayments"): "the record of payments made to vendors",
    # Banking.
    ("ZohoBooks", "banking"): "bank accounts, bank rules and bank transactions",
    # Ledger integrity.
    ("ZohoBooks", "accountants"): "the chart of accounts and journals at the core of the ledger",
    # Finance: service-wide grant (added family).
    ("ZohoInvoice", "fullaccess"): "every Zoho Invoice scope, including payments and settings",
    # Payments.
    ("ZohoInvoice", "customerpayments"): "the record of money received from customers",
    # Finance: service-wide grant.
    ("ZohoInventory", "FullAccess"): "every Zoho Inventory scope, including settings with users, taxes and currencies",
    # Settings include users (reference risk note).
    ("ZohoInventory", "settings"): "Zoho Inventory users, taxes and currencies",
    # Payments.
    ("ZohoInventory", "customerpayments"): "the record of money received from customers",
    # Payments.
    ("ZohoSubscriptions", "payments"): "the payments customers make for their subscriptions",
    # Support conversations are close to mailbox contents.
    ("Desk", "tickets"): "customer support conversations, which carry personal data",
    # Org settings (reference risk note).
    ("Desk", "settings"): "Zoho Desk configuration such as departments, agents and roles",
    # HR data (applicants).
    ("ZohoRecruit", "modules"): "candidate and applicant records, personal data gathered for hiring",
    # Runs server-side code.
    ("ZohoRecruit", "functions"): "execution of server-side Deluge functions, which can do whatever their code does",
    # HR data.
    ("ZOHOPEOPLE", "employee"): "employee master records, which are personal HR data",
    ("ZOHOPEOPLE", "forms"): "every Zoho People form, including employee records",
    # Org admin.
    ("ZohoCliq", "Organisation"): "administration of the Cliq organisation, including its roles and settings",
    # Org-wide chat export.
    ("ZohoCliq", "OrganizationChats"): "every chat in the organisation, an org-wide chat export",
    ("ZohoCliq", "OrganizationChannels"): "every channel in the organisation, an org-wide chat export",
    ("ZohoCliq", "OrganizationMessages"): "every message in the organisation, an org-wide chat export",
    # User admin.
    ("ZohoCliq", "Users"): "the organisation's Cliq user accounts, including adding and changing users",
    # Service-wide grant.
    ("ZohoAnalytics", "fullaccess"): "every Zoho Analytics scope, over all workspaces and their data",
    # Signatures have legal effect.
    ("ZohoSign", "documents"): "documents sent out for signature with legal effect, and the signed documents",
    # Mailbox contents.
    ("ZohoMail", "messages"): "the mail in the user's mailbox, including sending and deleting messages",
    # Mail org admin (user accounts).
    ("ZohoMail", "organization"): "the user accounts of the mail organisation, at administrator level",
    # Org-level management.
    ("WorkDrive", "team"): "management of the WorkDrive team, the organisation-level account",
    # External sharing links.
    ("WorkDrive", "links"): "share links that expose files outside the organisation",
    # Mail as the org, to whole lists.
    ("ZohoCampaigns", "campaign"): "e-mail campaigns sent to whole mailing lists in the organisation's name",
    # Service-wide grant.
    ("ZohoExpense", "fullaccess"): "every Zoho Expense scope, including settings and reports",
}

# Default sensitivity for all children of a family (the child scopes reach the
# same thing as the family-level ones, just narrower).
CHILDREN_SENSITIVE = {
    ("ZohoCRM", "mass_update"): "rewriting of fields on thousands of the module's records in a single job",
    ("ZohoCRM", "mass_delete"): "deletion of thousands of the module's records in one job",
    ("ZohoCRM", "share"): "sharing of the module's records with other users, which decides who can see the data",
    ("ZohoCRM", "send_mail"): "sending e-mail from CRM as users and the organisation",
    ("ZohoCRM", "bulk"): "scheduled full backups of all the organisation's CRM data, and their download",
    ("ZohoCRM", "functions"): "execution of server-side Deluge functions, which can do whatever their code does",
    ("ZohoRecruit", "functions"): "execution of server-side Deluge functions, which can do whatever their code does",
    ("ZohoRecruit", "modules"): "candidate and applicant records, personal data gathered for hiring",
    ("ZohoMail", "organization"): "the user accounts of the mail organisation, at administrator level",
}

# Sensitivity of single children. Key: (service, family, child).
CHILD_SENSITIVE = {
    # The settings areas that reach security model, data egress or erasure.
    ("ZohoCRM", "settings", "profiles"): "the permission sets that decide what each user may do, up to administrator rights",
    ("ZohoCRM", "settings", "roles"): "the role hierarchy that decides whose records each user can see",
    ("ZohoCRM", "settings", "territories"): "territories and their members, which decide record access",
    ("ZohoCRM", "settings", "user_groups"): "the user groups that sharing rules and assignments rely on",
    ("ZohoCRM", "settings", "data_sharing"): "the organisation-wide default sharing rules of every module",
    ("ZohoCRM", "settings", "clientportal"): "configuration of the client portal through which outside users reach CRM data",
    ("ZohoCRM", "settings", "workflow_rules"): "automation that updates records and sends data out on every matching change",
    ("ZohoCRM", "settings", "automation_actions"): "the webhooks and field updates automation runs, including calls to external URLs",
    ("ZohoCRM", "settings", "audit_logs"): "the organisation's audit trail of user actions, and its export",
    ("ZohoCRM", "settings", "recycle_bin"): "deleted records in the recycle bin, and their restoration or permanent erasure",
    ("ZohoCRM", "settings", "users_unavailability"): "staff absence periods, which are personal data",
    ("ZohoCRM", "settings", "emails"): "sending mail-merge e-mail as the organisation, and unblocking e-mail addresses",
    ("ZohoCRM", "settings", "mailmerge"): "sending merged documents by e-mail or for signature in the organisation's name",
    # E-mail contents kept with customer records (mailbox-like).
    ("ZohoCRM", "modules", "emails"): "the e-mail messages CRM keeps with customer records, and linking messages to them",
    # Sharing of a team folder changes who can reach it.
    ("WorkDrive", "teamfolders", "sharing"): "team-folder membership, which decides who can reach a team folder and with which role",
}

# --------------------------------------------------------------------------
# Deprecations
# --------------------------------------------------------------------------

# Deprecated CRM module children; applied to the modules family and to every
# family that takes its children from it (mass_update, mass_delete, share, send_mail).
CRM_MODULE_DEPRECATED = {
    # Reference "deprecated" field and NOTES section 3.
    "activities": "The Activities module was removed in CRM API v3 and its scopes get OAUTH_SCOPE_MISMATCH; use tasks, events or calls",
}

# --------------------------------------------------------------------------
# Notes (short facts, our words)
# --------------------------------------------------------------------------

FAMILY_NOTE = {
    ("ZohoCRM", "users"): "Zoho's scopes page lists only users.ALL; endpoint pages also use READ, CREATE, UPDATE and DELETE",
    ("ZohoCRM", "org"): "WRITE appears on the org-photo upload page; UPDATE and DELETE come from the v8 OpenAPI",
    ("ZohoCRM", "settings"): "settings.ALL is documented as enough only for fields, layouts, modules, custom views, related lists, tags and duplicate checks; count it as covering every area for breadth, not as proof of sufficiency",
    ("ZohoCRM", "modules"): "Documented as a group scope: modules.ALL covers every module, and an operation without a module (modules.READ) means that operation on all modules",
    ("ZohoCRM", "bulk"): "Bulk read also needs module read scopes; bulk write needs module write scopes and ZohoFiles.files.ALL for the upload; that bulk.* implies bulk.backup.* is our inference",
    ("ZohoCRM", "coql"): "Needs module read scopes as well, and ZohoCRM.settings.fields.READ for field metadata in results",
    ("ZohoCRM", "files"): "File storage for CRM uploads; v7 pages write ZohoCRM.Files",
    ("ZohoCRM", "mass_convert"): "v7 docs also use mass_convert.{module}.CREATE to convert a single quote or sales order; the OpenAPI writes Quotes and SalesOrders",
    ("ZohoCRM", "share"): "The Share Records page also accepts ZohoCRM.share.all with no operation, which reads the same as share.ALL",
    ("ZohoCRM", "send_mail"): "Only the per-module and all forms are documented; Unblock Email also uses send_mail.{module}.CREATE",
    ("ZohoCRM", "composite_requests"): "Grants nothing by itself: each sub-request still needs its own scopes",
    ("ZohoCRM", "Zia"): "Only Zia.enrichment is documented; org and people enrichment jobs use settings.intelligence",
    ("ZohoCRM", "functions"): "Seen in public code as functions.execute.READ and .CREATE; not read in Zoho's docs",
    ("ZohoBooks", "fullaccess"): "Spelled fullaccess.all on Zoho's finance OAuth pages; no other operation is documented for it",
    ("ZohoBooks", "debitnotes"): "Used for vendor credits",
    ("ZohoInvoice", "fullaccess"): "Named with Books among the finance products that take fullaccess.all; the Invoice OAuth page itself was not read",
    ("ZohoInventory", "FullAccess"): "Inventory's own example spells it FullAccess.all; FullAccess.READ seen in code is not documented",
    ("ZohoExpense", "fullaccess"): "Seen in public code as both fullaccess.all and fullaccess.ALL, which are one scope",
    ("Desk", "basic"): "Organization, departments and agents; most Desk integrations need basic.READ",
    ("ZohoRecruit", "modules"): "Module names seen capitalised in code, e.g. ZohoRecruit.modules.Candidates.ALL",
    ("ZohoProjects", "portals"): "portals.READ is the usual first scope, since every call names a portal",
    ("ZohoPC", "files"): "Separate service name used for Projects documents and attachments",
    ("ZOHOPEOPLE", "timesheet"): "The example on People's scopes page",
    ("ZohoCliq", "Messages"): "Cliq's own OpenAPI writes both Messages and messages",
    ("ZohoCliq", "Webhooks"): "Webhooks.CREATE posts messages into chats and channels",
    ("ZohoAnalytics", "data"): "Analytics examples write operations in lower case (data.read); data.create imports into tables",
    ("ZohoSign", "documents"): "CRM's sign mail-merge page requires documents.ALL",
    ("WorkDrive", "team"): "team.admin.READ reads team settings",
    ("WorkDrive", "teamfolders"): "teamfolders.sharing manages team-folder members; teamfolders.admin is read-only",
    ("ZohoBigin", "modules"): "API module Accounts is Companies in the Bigin UI, and Deals are Pipelines",
    ("ZohoBigin", "settings"): "Only settings.ALL and settings.modules were read in Bigin's docs; the other areas follow CRM by analogy",
    ("ZohoFiles", "files"): "CRM bulk-write upload and backup download need ALL; the audit-log export download needs READ",
    ("ZohoSearch", "securesearch"): "Needed with module READ for CRM search and record counts; WorkDrive and Projects use it too",
    ("ZohoWriter", "documentEditor"): "Needed by CRM mail-merge APIs",
    ("ZohoWriter", "merge"): "Needed by CRM mail-merge APIs",
    ("AaaServer", "profile"): "Reads the signed-in user's Zoho account (ZUID, name, e-mail) from /oauth/user/info; older Zoho SDKs asked for it",
}

# Notes of single children. Key: (service, family, child).
CHILD_NOTE = {
    ("ZohoCRM", "modules", "custom"): "One scope for every custom module; there is no scope per custom module",
    ("ZohoCRM", "modules", "emails"): "READ for a record's e-mails; CREATE or ALL to associate e-mails with records",
    ("ZohoCRM", "modules", "lockinginformation"): "Record locking; v7 pages write the operations in mixed case",
    ("ZohoCRM", "modules", "dashboards"): "Listed on the scopes page; no v7 or v8 endpoint we read uses it",
    ("ZohoCRM", "modules", "approvals"): "Listed on the scopes page; no v7 or v8 endpoint we read uses it",
    ("ZohoCRM", "modules", "search"): "Listed on the scopes page; no v7 or v8 endpoint we read uses it; search APIs need ZohoSearch.securesearch.READ",
    ("ZohoCRM", "settings", "tab_groups"): "Listed on the scopes page; no v7 or v8 endpoint we read uses it",
    ("ZohoCRM", "settings", "macros"): "Listed on the scopes page; no v7 or v8 endpoint we read uses it",
    ("ZohoCRM", "settings", "custom_links"): "Listed on the scopes page; no v7 or v8 endpoint we read uses it",
    ("ZohoCRM", "settings", "custom_buttons"): "Listed on the scopes page; no v7 or v8 endpoint we read uses it",
    ("ZohoCRM", "settings", "unsubscribe"): "One v7 page writes settings.unsubscribe_links.READ; every other page uses settings.unsubscribe",
    ("ZohoCRM", "settings", "mailmerge"): "Documented with CREATE only",
    ("ZohoCRM", "settings", "recycle_bin"): "UPDATE restores records; DELETE empties the recycle bin for good",
    ("ZohoCRM", "settings", "automation_actions"): "Webhooks and field updates run by workflow rules",
    ("ZohoCRM", "settings", "territories"): "Associating users with territories also needs ZohoCRM.users scopes",
    ("ZohoCRM", "settings", "fields"): "Official CRM SDKs need settings.fields.ALL even for plain record calls",
    ("ZohoCRM", "bulk", "backup"): "Downloading a backup also needs ZohoFiles.files.ALL",
    ("ZohoCRM", "share", "all"): "Covers sharing in every module",
    ("ZohoCRM", "send_mail", "all"): "Covers sending mail from every module",
}

# --------------------------------------------------------------------------
# Labels: short noun phrases used in messages ("every one of the 30 CRM modules")
# --------------------------------------------------------------------------

LABELS = {
    # ZohoCRM: product prefix "CRM"; {module} families read "by module".
    ("ZohoCRM", "users"): "CRM users",
    ("ZohoCRM", "org"): "CRM organization profile",
    ("ZohoCRM", "settings"): "CRM settings areas",
    ("ZohoCRM", "modules"): "CRM modules",
    ("ZohoCRM", "bulk"): "CRM bulk read and write jobs",
    ("ZohoCRM", "notifications"): "CRM notification channels",
    ("ZohoCRM", "coql"): "CRM COQL queries",
    ("ZohoCRM", "files"): "CRM file storage",
    ("ZohoCRM", "mass_update"): "CRM mass updates by module",
    ("ZohoCRM", "mass_delete"): "CRM mass deletion by module",
    ("ZohoCRM", "mass_convert"): "CRM mass conversion by module",
    ("ZohoCRM", "share"): "CRM record sharing by module",
    ("ZohoCRM", "send_mail"): "CRM e-mail sending by module",
    ("ZohoCRM", "change_owner"): "CRM record owner changes",
    ("ZohoCRM", "templates"): "CRM e-mail and inventory templates",
    ("ZohoCRM", "features"): "CRM features and user licences",
    ("ZohoCRM", "apis"): "CRM list of available APIs",
    ("ZohoCRM", "composite_requests"): "CRM composite requests",
    ("ZohoCRM", "Zia"): "CRM Zia enrichment",
    ("ZohoCRM", "functions"): "CRM functions called over REST",
    # ZohoBooks.
    ("ZohoBooks", "fullaccess"): "all of Zoho Books",
    ("ZohoBooks", "contacts"): "Books contacts and contact persons",
    ("ZohoBooks", "settings"): "Books settings, users and items",
    ("ZohoBooks", "estimates"): "Books estimates",
    ("ZohoBooks", "invoices"): "Books invoices",
    ("ZohoBooks", "customerpayments"): "Books customer payments",
    ("ZohoBooks", "creditnotes"): "Books credit notes",
    ("ZohoBooks", "projects"): "Books projects and time entries",
    ("ZohoBooks", "expenses"): "Books expenses",
    ("ZohoBooks", "salesorders"): "Books sales orders",
    ("ZohoBooks", "purchaseorders"): "Books purchase orders",
    ("ZohoBooks", "bills"): "Books bills",
    ("ZohoBooks", "debitnotes"): "Books vendor credits",
    ("ZohoBooks", "vendorpayments"): "Books vendor payments",
    ("ZohoBooks", "banking"): "Books bank accounts and transactions",
    ("ZohoBooks", "accountants"): "Books chart of accounts and journals",
    ("ZohoBooks", "fixedasset"): "Books fixed assets",
    ("ZohoBooks", "custommodules"): "Books custom modules",
    # ZohoInvoice.
    ("ZohoInvoice", "fullaccess"): "all of Zoho Invoice",
    ("ZohoInvoice", "contacts"): "Invoice contacts",
    ("ZohoInvoice", "settings"): "Invoice settings",
    ("ZohoInvoice", "estimates"): "Invoice estimates",
    ("ZohoInvoice", "invoices"): "Invoice invoices",
    ("ZohoInvoice", "customerpayments"): "Invoice customer payments",
    ("ZohoInvoice", "creditnotes"): "Invoice credit notes",
    ("ZohoInvoice", "projects"): "Invoice projects",
    ("ZohoInvoice", "expenses"): "Invoice expenses",
    # ZohoInventory.
    ("ZohoInventory", "FullAccess"): "all of Zoho Inventory",
    ("ZohoInventory", "contacts"): "Inventory contacts",
    ("ZohoInventory", "items"): "Inventory items",
    ("ZohoInventory", "compositeitems"): "Inventory composite items",
    ("ZohoInventory", "inventoryadjustments"): "Inventory stock adjustments",
    ("ZohoInventory", "transferorders"): "Inventory transfer orders",
    ("ZohoInventory", "settings"): "Inventory settings",
    ("ZohoInventory", "salesorders"): "Inventory sales orders",
    ("ZohoInventory", "packages"): "Inventory packages",
    ("ZohoInventory", "shipmentorders"): "Inventory shipment orders",
    ("ZohoInventory", "invoices"): "Inventory invoices",
    ("ZohoInventory", "customerpayments"): "Inventory customer payments",
    ("ZohoInventory", "salesreturns"): "Inventory sales returns",
    ("ZohoInventory", "creditnotes"): "Inventory credit notes",
    ("ZohoInventory", "purchaseorders"): "Inventory purchase orders",
    ("ZohoInventory", "purchasereceives"): "Inventory purchase receives",
    ("ZohoInventory", "bills"): "Inventory bills",
    # ZohoSubscriptions (Zoho Billing): prefix "Billing", the product's name today.
    ("ZohoSubscriptions", "customers"): "Billing customers",
    ("ZohoSubscriptions", "subscriptions"): "Billing subscriptions",
    ("ZohoSubscriptions", "plans"): "Billing plans",
    ("ZohoSubscriptions", "addons"): "Billing add-ons",
    ("ZohoSubscriptions", "coupons"): "Billing coupons",
    ("ZohoSubscriptions", "products"): "Billing products",
    ("ZohoSubscriptions", "invoices"): "Billing invoices",
    ("ZohoSubscriptions", "payments"): "Billing payments",
    ("ZohoSubscriptions", "creditnotes"): "Billing credit notes",
    ("ZohoSubscriptions", "hostedpages"): "Billing hosted pages",
    ("ZohoSubscriptions", "items"): "Billing items",
    ("ZohoSubscriptions", "expenses"): "Billing expenses",
    ("ZohoSubscriptions", "projects"): "Billing projects",
    ("ZohoSubscriptions", "quotes"): "Billing quotes",
    ("ZohoSubscriptions", "settings"): "Billing settings",
    ("ZohoSubscriptions", "webhooks"): "Billing webhooks",
    # Desk.
    ("Desk", "tickets"): "Desk tickets",
    ("Desk", "contacts"): "Desk contacts",
    ("Desk", "accounts"): "Desk accounts",
    ("Desk", "tasks"): "Desk tasks",
    ("Desk", "calls"): "Desk calls",
    ("Desk", "events"): "Desk events",
    ("Desk", "activities"): "Desk activities",
    ("Desk", "products"): "Desk products",
    ("Desk", "articles"): "Desk knowledge-base articles",
    ("Desk", "basic"): "Desk organization, departments and agents",
    ("Desk", "settings"): "Desk settings",
    ("Desk", "search"): "Desk search",
    ("Desk", "custommodule"): "Desk custom modules",
    # ZohoRecruit.
    ("ZohoRecruit", "modules"): "Recruit modules",
    ("ZohoRecruit", "settings"): "Recruit settings",
    ("ZohoRecruit", "org"): "Recruit organization profile",
    ("ZohoRecruit", "search"): "Recruit search",
    ("ZohoRecruit", "attachments"): "Recruit attachments",
    ("ZohoRecruit", "functions"): "Recruit functions called over REST",
    # ZohoProjects.
    ("ZohoProjects", "portals"): "Projects portals",
    ("ZohoProjects", "projects"): "Projects projects",
    ("ZohoProjects", "tasks"): "Projects tasks",
    ("ZohoProjects", "tasklists"): "Projects task lists",
    ("ZohoProjects", "milestones"): "Projects milestones",
    ("ZohoProjects", "bugs"): "Projects issues (bugs)",
    ("ZohoProjects", "timesheets"): "Projects timesheets",
    ("ZohoProjects", "forums"): "Projects forums",
    ("ZohoProjects", "events"): "Projects events",
    ("ZohoProjects", "documents"): "Projects documents",
    ("ZohoProjects", "users"): "Projects users",
    ("ZohoProjects", "clients"): "Projects clients",
    ("ZohoProjects", "tags"): "Projects tags",
    ("ZohoProjects", "status"): "Projects status updates",
    ("ZohoProjects", "activities"): "Projects activity feed",
    ("ZohoProjects", "search"): "Projects search",
    ("ZohoProjects", "custom_fields"): "Projects custom fields",
    ("ZohoProjects", "teams"): "Projects teams",
    ("ZohoProjects", "comments"): "Projects comments",
    # ZohoPC (moved out of ZohoProjects).
    ("ZohoPC", "files"): "Projects document files",
    # ZOHOPEOPLE.
    ("ZOHOPEOPLE", "employee"): "People employee records",
    ("ZOHOPEOPLE", "forms"): "People forms",
    ("ZOHOPEOPLE", "dashboard"): "People dashboard",
    ("ZOHOPEOPLE", "automation"): "People automation",
    ("ZOHOPEOPLE", "timetracker"): "People time tracker",
    ("ZOHOPEOPLE", "attendance"): "People attendance",
    ("ZOHOPEOPLE", "leave"): "People leave",
    ("ZOHOPEOPLE", "timesheet"): "People timesheets",
    # ZohoCliq.
    ("ZohoCliq", "Applications"): "Cliq applications",
    ("ZohoCliq", "Attachments"): "Cliq attachments",
    ("ZohoCliq", "Bots"): "Cliq bots",
    ("ZohoCliq", "Buddies"): "Cliq contacts (buddies)",
    ("ZohoCliq", "CalendarEvents"): "Cliq calendar events",
    ("ZohoCliq", "Channels"): "Cliq channels",
    ("ZohoCliq", "Chats"): "Cliq chats",
    ("ZohoCliq", "Departments"): "Cliq departments",
    ("ZohoCliq", "Designations"): "Cliq designations",
    ("ZohoCliq", "Files"): "Cliq files",
    ("ZohoCliq", "MediaSession"): "Cliq media sessions",
    ("ZohoCliq", "Messages"): "Cliq messages",
    ("ZohoCliq", "messageactions"): "Cliq message actions",
    ("ZohoCliq", "Organisation"): "Cliq organization settings",
    ("ZohoCliq", "OrganizationChats"): "all chats of the Cliq organization",
    ("ZohoCliq", "OrganizationChannels"): "all channels of the Cliq organization",
    ("ZohoCliq", "OrganizationMessages"): "all messages of the Cliq organization",
    ("ZohoCliq", "Profile"): "Cliq user profile",
    ("ZohoCliq", "Reminders"): "Cliq reminders",
    ("ZohoCliq", "Statuses"): "Cliq statuses",
    ("ZohoCliq", "StorageData"): "Cliq storage data",
    ("ZohoCliq", "Teams"): "Cliq teams",
    ("ZohoCliq", "UserFields"): "Cliq custom user fields",
    ("ZohoCliq", "Users"): "Cliq users",
    ("ZohoCliq", "Webhooks"): "Cliq incoming webhooks",
    # ZohoCreator.
    ("ZohoCreator", "report"): "Creator report records",
    ("ZohoCreator", "form"): "Creator form submissions",
    ("ZohoCreator", "meta"): "Creator application metadata",
    ("ZohoCreator", "bulk"): "Creator bulk reads",
    # ZohoAnalytics.
    ("ZohoAnalytics", "fullaccess"): "all of Zoho Analytics",
    ("ZohoAnalytics", "metadata"): "Analytics metadata",
    ("ZohoAnalytics", "data"): "Analytics table data",
    ("ZohoAnalytics", "modeling"): "Analytics data modeling",
    # ZohoSign.
    ("ZohoSign", "documents"): "Sign documents",
    ("ZohoSign", "templates"): "Sign templates",
    # ZohoMail.
    ("ZohoMail", "messages"): "Mail messages",
    ("ZohoMail", "accounts"): "Mail accounts",
    ("ZohoMail", "folders"): "Mail folders",
    ("ZohoMail", "tags"): "Mail tags",
    ("ZohoMail", "tasks"): "Mail tasks",
    ("ZohoMail", "notes"): "Mail notes",
    ("ZohoMail", "links"): "Mail links",
    ("ZohoMail", "organization"): "Mail organization administration",
    # WorkDrive.
    ("WorkDrive", "team"): "WorkDrive team",
    ("WorkDrive", "teamfolders"): "WorkDrive team folders",
    ("WorkDrive", "groups"): "WorkDrive groups",
    ("WorkDrive", "files"): "WorkDrive files",
    ("WorkDrive", "workspace"): "WorkDrive workspaces",
    ("WorkDrive", "links"): "WorkDrive share links",
    ("WorkDrive", "comments"): "WorkDrive comments",
    ("WorkDrive", "users"): "WorkDrive users",
    ("WorkDrive", "members"): "WorkDrive members",
    ("WorkDrive", "collection"): "WorkDrive collections",
    ("WorkDrive", "datatemplates"): "WorkDrive data templates",
    ("WorkDrive", "labels"): "WorkDrive labels",
    ("WorkDrive", "libraries"): "WorkDrive libraries",
    ("WorkDrive", "workflows"): "WorkDrive workflows",
    ("WorkDrive", "workflowinstances"): "WorkDrive workflow instances",
    # ZohoSheet.
    ("ZohoSheet", "dataAPI"): "Sheet spreadsheet data",
    # ZohoCampaigns.
    ("ZohoCampaigns", "campaign"): "Campaigns e-mail campaigns",
    ("ZohoCampaigns", "contact"): "Campaigns mailing lists and contacts",
    # ZohoBigin.
    ("ZohoBigin", "modules"): "Bigin modules",
    ("ZohoBigin", "settings"): "Bigin settings areas",
    # Platform services other products' APIs require.
    ("ZohoFiles", "files"): "Zoho file store",
    ("ZohoSearch", "securesearch"): "Zoho secure search",
    ("ZohoWriter", "documentEditor"): "Writer document editor",
    ("ZohoWriter", "merge"): "Writer mail merge",
    # zohobackstage.
    ("zohobackstage", "portal"): "Backstage portals",
    ("zohobackstage", "event"): "Backstage events",
    ("zohobackstage", "agenda"): "Backstage agendas",
    ("zohobackstage", "speaker"): "Backstage speakers",
    ("zohobackstage", "sponsor"): "Backstage sponsors",
    ("zohobackstage", "eventticket"): "Backstage event tickets",
    ("zohobackstage", "order"): "Backstage orders",
    # contracts.
    ("contracts", "clm"): "Contracts lifecycle management",
    ("contracts", "meta"): "Contracts metadata",
    ("contracts", "contracts"): "Contracts contract records",
    # ZohoCalendar.
    ("ZohoCalendar", "calendar"): "Calendar calendars",
    ("ZohoCalendar", "event"): "Calendar events",
    ("ZohoCalendar", "resources"): "Calendar resources",
    ("ZohoCalendar", "branches"): "Calendar branches",
    ("ZohoCalendar", "freebusy"): "Calendar free/busy times",
    # ZohoExpense.
    ("ZohoExpense", "fullaccess"): "all of Zoho Expense",
    ("ZohoExpense", "settings"): "Expense settings",
    ("ZohoExpense", "reports"): "Expense reports",
    # ZohoSprints.
    ("ZohoSprints", "teams"): "Sprints teams",
    ("ZohoSprints", "teamusers"): "Sprints team users",
    ("ZohoSprints", "projects"): "Sprints projects",
    ("ZohoSprints", "projectusers"): "Sprints project users",
    ("ZohoSprints", "sprints"): "Sprints sprints",
    ("ZohoSprints", "items"): "Sprints work items",
    ("ZohoSprints", "epic"): "Sprints epics",
    ("ZohoSprints", "comments"): "Sprints comments",
    ("ZohoSprints", "settings"): "Sprints settings",
    # AaaServer (from the reference's account-level scopes).
    ("AaaServer", "profile"): "Zoho account profile",
}

# --------------------------------------------------------------------------
# Standalone scopes (no service/family structure)
# --------------------------------------------------------------------------

STANDALONE = {
    # OIDC sign-in: the only documented OIDC scope.
    "email": {
        "label": "e-mail address for Sign in with Zoho",
        "access": "read",
        "note": "Sign in with Zoho asks for email and returns an ID token",
    },
    # OIDC-style, seen in clients only.
    "profile": {
        "label": "basic profile for sign-in",
        "access": "read",
        "note": "Seen in sign-in clients; not on the Zoho pages we read",
    },
    # OIDC-style, seen in clients only.
    "openid": {
        "label": "OpenID Connect sign-in",
        "access": "read",
        "note": "Seen in some clients; Zoho's sign-in example asks for email instead",
    },
    # Obsolete v1 token; it granted the whole CRM API, so access is write.
    "crmapi": {
        "label": "legacy CRM v1 API access",
        "access": "write",
        "note": "Scope parameter of the pre-OAuth CRM v1 authtoken API",
        "deprecated": "The CRM v1 authtoken API is retired; request OAuth scopes such as ZohoCRM.modules.{module}.READ instead",
    },
}

# ==========================================================================
# Mechanics
# ==========================================================================

MODULE_PLACEHOLDER = "{module}"
WILDCARD = "*"


def dedupe_ops(ops, key):
    """Dedupe operations case-insensitively, keeping the first spelling unless
    OPERATION_SPELLING names the canonical one."""
    preferred = OPERATION_SPELLING.get(key)
    out = []
    seen = {}
    for op in ops:
        low = op.lower()
        if low in seen:
            continue
        seen[low] = len(out)
        out.append(op)
    if preferred is not None:
        low = preferred.lower()
        if low not in seen:
            raise CurationError(f"OPERATION_SPELLING {key}: {preferred} not in reference ops {ops}")
        out[seen[low]] = preferred
    return out


def build_children(service, fam, ref_fam, family_ops, used, crm_module_names):
    key = (service, fam)
    names = list(ref_fam.get("children", []))
    if not names:
        return None
    derived = used.get("CRM_MODULE_CHILD_FAMILIES", CRM_MODULE_CHILD_FAMILIES, key)
    wildcard = used.get("WILDCARD_MODULE_FAMILIES", WILDCARD_MODULE_FAMILIES, key)
    if MODULE_PLACEHOLDER in names:
        if derived:
            expanded = []
            for n in names:
                expanded.extend(crm_module_names if n == MODULE_PLACEHOLDER else [n])
            names = expanded
        elif wildcard:
            names = [n for n in names if n != MODULE_PLACEHOLDER] + [WILDCARD]
        else:
            raise CurationError(f"{service}.{fam}: '{{module}}' child without a curation decision")
    elif derived or wildcard:
        raise CurationError(f"{service}.{fam}: curated as a module family but has no {{module}} child")
    lowered = [n.lower() for n in names]
    if len(set(lowered)) != len(lowered):
        raise CurationError(f"{service}.{fam}: duplicate children {names}")

    children = {"names": names}
    child_ops = ref_fam.get("child_operations")
    if child_ops is not None:
        child_ops = dedupe_ops(child_ops, key)
    if used.get("CHILD_ONLY_FAMILIES", CHILD_ONLY_FAMILIES, key):
        # The reference's family operations are really the children's.
        if child_ops is None:
            child_ops = dedupe_ops(ref_fam["operations"], key)
        children["operations"] = child_ops
    elif child_ops is not None and child_ops != family_ops:
        children["operations"] = child_ops

    risk = used.get("CHILD_RISK_DEFAULT", CHILD_RISK_DEFAULT, key)
    if risk:
        children["risk"] = risk
    sensitive = used.get("CHILDREN_SENSITIVE", CHILDREN_SENSITIVE, key)
    if sensitive:
        children["sensitive"] = sensitive
    covering = used.get("COVERING_CHILDREN", COVERING_CHILDREN, key)
    if covering:
        for c in covering:
            if c not in names:
                raise CurationError(f"{service}.{fam}: covering child {c} not among children")
        children["covering"] = list(covering)
    if key in INDEPENDENT_CHILDREN:
        used.mark("INDEPENDENT_CHILDREN", key)
        children["independent"] = True

    overrides = {}
    for child in names:
        ck = (service, fam, child)
        ov = {}
        ops = used.get("CHILD_OPERATIONS", CHILD_OPERATIONS, ck)
        if ops:
            ov["operations"] = list(ops)
        r = used.get("CHILD_RISK", CHILD_RISK, ck)
        if r:
            ov["risk"] = r
        s = used.get("CHILD_SENSITIVE", CHILD_SENSITIVE, ck)
        if s:
            ov["sensitive"] = s
        # Deprecations of CRM modules apply wherever the CRM module list is used.
        if service == "ZohoCRM" and (fam == "modules" or derived) and child in CRM_MODULE_DEPRECATED:
            used.mark("CRM_MODULE_DEPRECATED", child)
            ov["deprecated"] = CRM_MODULE_DEPRECATED[child]
        n = used.get("CHILD_NOTE", CHILD_NOTE, ck)
        if n:
            ov["note"] = n
        if ov:
            overrides[child] = ov
    if overrides:
        children["overrides"] = overrides
    return children


def build_family(service, ref_fam, used, crm_module_names, name=None, evidence=None,
                 sources=None, ops=None, risk=None):
    fam = name or ref_fam["name"]
    key = (service, fam)
    label = used.get("LABELS", LABELS, key)
    if not label:
        raise CurationError(f"no label for {service}.{fam}")
    family_ops = dedupe_ops(ops if ops is not None else ref_fam["operations"], key)
    child_only = used.get("CHILD_ONLY_FAMILIES", CHILD_ONLY_FAMILIES, key)

    out = {"name": fam, "label": label}
    out["operations"] = [] if child_only else family_ops
    base_risk = RISK_MAP[risk or ref_fam["risk"]]
    out["risk"] = used.get("FAMILY_RISK", FAMILY_RISK, key, base_risk)
    sensitive = used.get("FAMILY_SENSITIVE", FAMILY_SENSITIVE, key)
    if sensitive:
        out["sensitive"] = sensitive
    if used.get("SERVICE_WIDE_FAMILIES", SERVICE_WIDE_FAMILIES, key):
        out["service_wide"] = True
    out["evidence"] = evidence or ref_fam["evidence"]
    srcs = list(sources or ref_fam["sources"])
    for extra in used.get("EXTRA_SOURCES", EXTRA_SOURCES, key, []):
        if extra not in srcs:
            srcs.append(extra)
    out["sources"] = srcs
    note = used.get("FAMILY_NOTE", FAMILY_NOTE, key)
    if note:
        out["note"] = note
    children = build_children(service, fam, ref_fam, family_ops, used, crm_module_names)
    if children:
        out["children"] = children
    elif child_only:
        raise CurationError(f"{service}.{fam}: child-only family without children")
    return out


def build(ref):
    used = Used()
    crm = next(s for s in ref["services"] if s["service"] == "ZohoCRM")
    all_crm_children = next(f for f in crm["families"] if f["name"] == "modules")["children"]
    for child in CRM_NON_RECORD_CHILDREN:
        if child not in all_crm_children:
            raise CurationError(f"CRM_NON_RECORD_CHILDREN: {child} is not a child of ZohoCRM.modules")
    crm_module_names = [c for c in all_crm_children if c not in CRM_NON_RECORD_CHILDREN]

    # The reference's deprecation map must agree with ours.
    ref_dep = next(f for f in crm["families"] if f["name"] == "modules").get("deprecated", {})
    for k in ref_dep:
        child = k.split(".")[-1]
        if child not in CRM_MODULE_DEPRECATED:
            raise CurationError(f"reference deprecates {k} but CRM_MODULE_DEPRECATED does not")

    services = []
    for ref_svc in ref["services"]:
        sname = ref_svc["service"]
        families = []
        moved = []
        for (esvc, efam), extra in EXTRA_FAMILIES.items():
            if esvc == sname:
                used.mark("EXTRA_FAMILIES", (esvc, efam))
                families.append(build_family(
                    sname, {"name": efam, "operations": extra["operations"], "risk": extra["risk"],
                            "evidence": extra["evidence"], "sources": extra["sources"]},
                    used, crm_module_names))
        for ref_fam in ref_svc["families"]:
            mv = used.get("MOVED_FAMILIES", MOVED_FAMILIES, (sname, ref_fam["name"]))
            if mv:
                moved.append((mv, ref_fam))
                continue
            families.append(build_family(sname, ref_fam, used, crm_module_names))
        services.append({
            "name": sname,
            "product": ref_svc["product"],
            "docs": list(ref_svc.get("docs", [])),
            "families": families,
        })
        for mv, ref_fam in moved:
            services.append({
                "name": mv["service"],
                "product": mv["product"],
                "docs": list(mv["docs"]),
                "families": [build_family(mv["service"], ref_fam, used, crm_module_names,
                                          name=mv["family"])],
            })

    scopes = []
    for acc in ref["account_level_scopes"]:
        name = acc["scope"]
        as_svc = used.get("ACCOUNT_SCOPES_AS_SERVICES", ACCOUNT_SCOPES_AS_SERVICES, name)
        if as_svc:
            ref_fam = {"name": as_svc["family"], "operations": as_svc["operations"],
                       "risk": acc["risk"], "evidence": acc["evidence"], "sources": acc["sources"]}
            services.append({
                "name": as_svc["service"],
                "product": as_svc["product"],
                "docs": list(as_svc["docs"]),
                "families": [build_family(as_svc["service"], ref_fam, used, crm_module_names)],
            })
            continue
        cur = used.get("STANDALONE", STANDALONE, name)
        if not cur:
            raise CurationError(f"account-level scope {name} has no STANDALONE entry")
        entry = {
            "name": name,
            "label": cur["label"],
            "access": cur["access"],
            "risk": RISK_MAP[acc["risk"]],
            "evidence": acc["evidence"],
            "sources": list(acc["sources"]),
            "note": cur["note"],
        }
        if acc.get("deprecated") and "deprecated" not in cur:
            raise CurationError(f"reference marks {name} deprecated; STANDALONE needs a reason")
        if "deprecated" in cur:
            entry["deprecated"] = cur["deprecated"]
        entry["implies"] = []
        scopes.append(entry)

    used.check({
        "MOVED_FAMILIES": MOVED_FAMILIES,
        "ACCOUNT_SCOPES_AS_SERVICES": ACCOUNT_SCOPES_AS_SERVICES,
        "EXTRA_FAMILIES": EXTRA_FAMILIES,
        "CHILD_ONLY_FAMILIES": CHILD_ONLY_FAMILIES,
        "OPERATION_SPELLING": {},  # checked inside dedupe_ops
        "SERVICE_WIDE_FAMILIES": SERVICE_WIDE_FAMILIES,
        "EXTRA_SOURCES": EXTRA_SOURCES,
        "CRM_MODULE_CHILD_FAMILIES": CRM_MODULE_CHILD_FAMILIES,
        "WILDCARD_MODULE_FAMILIES": WILDCARD_MODULE_FAMILIES,
        "COVERING_CHILDREN": COVERING_CHILDREN,
        "INDEPENDENT_CHILDREN": {k: True for k in INDEPENDENT_CHILDREN},
        "CHILD_OPERATIONS": CHILD_OPERATIONS,
        "CHILD_RISK_DEFAULT": CHILD_RISK_DEFAULT,
        "CHILD_RISK": CHILD_RISK,
        "FAMILY_RISK": FAMILY_RISK,
        "FAMILY_SENSITIVE": FAMILY_SENSITIVE,
        "CHILDREN_SENSITIVE": CHILDREN_SENSITIVE,
        "CHILD_SENSITIVE": CHILD_SENSITIVE,
        "CRM_MODULE_DEPRECATED": CRM_MODULE_DEPRECATED,
        "FAMILY_NOTE": FAMILY_NOTE,
        "CHILD_NOTE": CHILD_NOTE,
        "LABELS": LABELS,
        "STANDALONE": STANDALONE,
    })

    catalog = catalog_header(HEADER, CATALOG_DATE)
    catalog["sources"] = [{"id": s["id"], "url": s["url"], "what": s["what"]} for s in ref["sources"]]
    catalog["operations"] = OPERATIONS
    catalog["services"] = services
    catalog["scopes"] = scopes
    return catalog


# --------------------------------------------------------------------------
# Checks (stdlib only; jsonschema used when available)
# --------------------------------------------------------------------------

def expand(catalog):
    """Expand services into scope strings the way the C++ generator will."""
    sep = catalog["segment_separator"]
    out = []
    for svc in catalog["services"]:
        for fam in svc["families"]:
            base = svc["name"] + sep + fam["name"]
            for op in fam["operations"]:
                out.append(base + sep + op)
            ch = fam.get("children")
            if not ch:
                continue
            default_ops = ch.get("operations", fam["operations"])
            for child in ch["names"]:
                ops = ch.get("overrides", {}).get(child, {}).get("operations", default_ops)
                for op in ops:
                    out.append(base + sep + child + sep + op)
    out.extend(s["name"] for s in catalog["scopes"])
    return out


def check(catalog, schema_path):
    problems = []
    lattice = {o["name"].lower() for o in catalog["operations"]}
    for o in catalog["operations"]:
        for i in o["implies"]:
            if i.lower() not in lattice:
                problems.append(f"operation {o['name']} implies unknown {i}")
    sources = Citations(catalog["sources"])
    if sources.duplicated():
        problems.append("duplicate source ids")

    def check_text(where, text):
        problems.extend(phrase_problems(where, text))

    svc_names = set()
    for svc in catalog["services"]:
        if svc["name"].lower() in svc_names:
            problems.append(f"duplicate service {svc['name']}")
        svc_names.add(svc["name"].lower())
        fam_names = set()
        for fam in svc["families"]:
            where = f"{svc['name']}.{fam['name']}"
            if fam["name"].lower() in fam_names:
                problems.append(f"duplicate family {where}")
            fam_names.add(fam["name"].lower())
            problems += sources.cite(where, fam["sources"])
            ops = list(fam["operations"])
            ch = fam.get("children")
            if ch:
                ops += ch.get("operations", [])
                for ov in ch.get("overrides", {}).values():
                    ops += ov.get("operations", [])
                for c in ch.get("overrides", {}):
                    if c not in ch["names"]:
                        problems.append(f"{where}: override for unknown child {c}")
                if not fam["operations"] and "operations" not in ch:
                    problems.append(f"{where}: no operations at family or child level")
                for c, ov in ch.get("overrides", {}).items():
                    if "sensitive" in ov:
                        check_text(f"{where}.{c} sensitive", ov["sensitive"])
                if "sensitive" in ch:
                    check_text(f"{where} children sensitive", ch["sensitive"])
            for op in ops:
                if op.lower() not in lattice:
                    problems.append(f"{where}: operation {op} not in the lattice")
            if "sensitive" in fam:
                check_text(f"{where} sensitive", fam["sensitive"])
    for sc in catalog["scopes"]:
        problems += sources.cite(f"scope {sc['name']}", sc["sources"])

    scopes = expand(catalog)
    seen = {}
    for s in scopes:
        low = s.lower()
        if low in seen:
            problems.append(f"collision: {seen[low]} / {s}")
        seen[low] = s

    problems += schema_problems(catalog, schema_path)

    n_fam = sum(len(s["families"]) for s in catalog["services"])
    n_wild = sum(1 for s in scopes if ".*." in s)
    print(f"services: {len(catalog['services'])}, families: {n_fam}, "
          f"standalone scopes: {len(catalog['scopes'])}, expanded scopes: {len(scopes)} "
          f"(of which {n_wild} wildcard patterns)", file=sys.stderr)
    return problems


def main():
    args = parse_args(__doc__, "zoho", [
        ("--output", {"default": os.path.join(CATALOG_DIR, "zoho.json")}),
    ])
    return run(args, __file__, build, lambda catalog: check(catalog, args.schema))


if __name__ == "__main__":
    sys.exit(main())
