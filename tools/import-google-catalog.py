#!/usr/bin/env python3
"""Turn the team's Google reference catalog into scopelint's catalog data file.

Usage (from anywhere):
    python3 tools/import-google-catalog.py [REFERENCE_JSON] [--output PATH] [--check]

REFERENCE_JSON defaults to ../shared/reference/google/scopes.json relative to
the repository root; the output defaults to rules/catalog/google.json. --check
writes nothing and fails when the committed file differs from what would be
written.

Google scopes are full URLs (https://www.googleapis.com/auth/drive.readonly),
a few legacy URLs on other hosts (https://mail.google.com/) and the OpenID
Connect names openid, email and profile. They form a flat vocabulary, so the
catalog has no operation lattice and no services: every scope of the reference
is a standalone entry in "scopes", named exactly as the reference spells it.

The reference (506 scopes) comes mostly from Google's Discovery documents, as
captured by the generated PHP client; only 33 scopes carry a sensitivity tier
read on a Google page. The mapping is mechanical; every judgement (access
fixes, risk tiers, sensitivity, labels, breadth, deprecations, dropped
implications) lives in the named dictionaries and functions below, each with a
comment saying why. Curation dictionaries are keyed by the short name (the part
after https://www.googleapis.com/auth/, or the whole scope for the others); the
script refuses to run when a key no longer matches the reference, so stale
curation cannot linger silently.

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

# Output header (reference "syntax").
# * case_sensitive: scopes are URLs compared as exact strings.
# * segment_separator ".": the path after /auth/ is dotted (drive.readonly);
#   the names are not parsed into segments (no services), it is given for
#   completeness.
# * list_separator " ": the OAuth scope parameter separates scopes by spaces;
#   commas are a mistake.
HEADER = {
    "provider": "google",
    "title": "Google",
    "case_sensitive": True,
    "segment_separator": ".",
    "list_separator": " ",
}

AUTH_PREFIX = "https://www.googleapis.com/auth/"


def short(name):
    """The key curation tables use: the path after /auth/, else the whole scope."""
    return name[len(AUTH_PREFIX):] if name.startswith(AUTH_PREFIX) else name


# --------------------------------------------------------------------------
# Sources (our own words in "what")
# --------------------------------------------------------------------------

SOURCES = [
    {"id": "discovery-php",
     "url": "https://github.com/googleapis/google-api-php-client-services",
     "what": "Scope constants and their one-line descriptions in the PHP client generated from Google's "
             "API Discovery documents (the reference's snapshot of 2026-08), and which APIs declare each scope"},
    {"id": "oauth2-scopes",
     "url": "https://developers.google.com/identity/protocols/oauth2/scopes",
     "what": "Google's list of OAuth 2.0 scopes per API, including the sign-in scopes openid, email and profile, "
             "which need no app verification"},
    {"id": "workspace-identify",
     "url": "https://developers.google.com/workspace/guides/identify-scopes",
     "what": "The sensitivity classes of Workspace scopes (non-sensitive, sensitive, restricted) and what each "
             "class requires of an app"},
    {"id": "gmail-scopes",
     "url": "https://developers.google.com/workspace/gmail/api/auth/scopes",
     "what": "Gmail API scopes with their sensitivity class; the full-mailbox scope is the only one that "
             "deletes permanently"},
    {"id": "drive-scopes",
     "url": "https://developers.google.com/workspace/drive/api/guides/api-specific-auth",
     "what": "Drive API scopes with their sensitivity class, and the advice to prefer per-file access (drive.file)"},
    {"id": "sheets-scopes",
     "url": "https://developers.google.com/sheets/api/scopes",
     "what": "Sheets API scopes with their sensitivity class"},
    {"id": "apps-script-scopes",
     "url": "https://developers.google.com/apps-script/concepts/scopes",
     "what": "The scopes Apps Script itself defines (external requests, mail, triggers, container UI, locale) "
             "and the per-document scopes of bound scripts"},
    {"id": "workspace-addon-scopes",
     "url": "https://developers.google.com/workspace/add-ons/concepts/workspace-scopes",
     "what": "The scopes of Google Workspace add-ons: execute scopes and the current-item scopes"},
    {"id": "apps-script-manifest",
     "url": "https://developers.google.com/apps-script/manifest",
     "what": "The appsscript.json structure: oauthScopes, webapp and executionApi access and executeAs, "
             "library dependencies and their developmentMode"},
]

# Scopes Apps Script and Workspace add-ons document that the reference (built
# from Discovery documents) does not list; appsscript.json files use them all
# the time, so leaving them out would make each an unknown-scope error.
# (short name, label, access, risk, sensitive phrase or None, source id)
APPS_SCRIPT_SCOPES = [
    ("script.external_request", "Apps Script: requests to outside servers (UrlFetchApp)", "write", "medium",
     "calls from the script to any server on the internet, with whatever data the script holds", "apps-script-scopes"),
    ("script.send_mail", "Apps Script: email sent as the user (MailApp)", "write", "high",
     "email sent in the user's name to any recipient", "apps-script-scopes"),
    ("script.scriptapp", "Apps Script: triggers that run the script while the user is away", "write", "medium",
     "triggers that run the script with the user's grants while the user is away", "apps-script-scopes"),
    ("script.container.ui", "Apps Script: dialogs and sidebars in the host document", "read", "low", None,
     "apps-script-scopes"),
    ("script.locale", "Apps Script: the user's language and region", "read", "low", None, "apps-script-scopes"),
    # Bound scripts: only the file the script is attached to.
    ("spreadsheets.currentonly", "Sheets: the spreadsheet the script is bound to", "write", "low", None,
     "apps-script-scopes"),
    ("documents.currentonly", "Docs: the document the script is bound to", "write", "low", None,
     "apps-script-scopes"),
    ("presentations.currentonly", "Slides: the presentation the script is bound to", "write", "low", None,
     "apps-script-scopes"),
    # Add-ons: the right to run at all, and the item the user has open.
    ("gmail.addons.execute", "Gmail add-on: run as an add-on", "read", "low", None, "workspace-addon-scopes"),
    ("calendar.addons.execute", "Calendar add-on: run as an add-on", "read", "low", None, "workspace-addon-scopes"),
    ("calendar.addons.current.event.read", "Calendar add-on: the event the user has open (read-only)", "read", "low",
     None, "workspace-addon-scopes"),
    ("calendar.addons.current.event.write", "Calendar add-on: the event the user has open", "write", "low", None,
     "workspace-addon-scopes"),
    ("drive.addons.metadata.readonly", "Drive add-on: metadata of the files the user selects (read-only)", "read",
     "low", None, "workspace-addon-scopes"),
]

# Apps Script manifest settings (risky-setting), by JSON Pointer. message: the
# rest of the sentence after "'<pointer>' is <value>: "; help: imperative,
# lower case, no period. Facts from the manifest reference; words our own.
SETTINGS = [
    # ANYONE_ANONYMOUS callers have no identity, so the web app can only run as
    # the account that deployed it: every caller borrows that account's grants.
    {"format": "apps-script-manifest", "pointer": "/webapp/access", "equals": "ANYONE_ANONYMOUS", "risk": "high",
     "message": "anyone on the internet can call the web app without signing in, and it runs with the "
                "deploying account's scopes",
     "help": "limit webapp.access to MYSELF or DOMAIN, or require sign-in (ANYONE) and run as USER_ACCESSING",
     "sources": ["apps-script-manifest"]},
    {"format": "apps-script-manifest", "pointer": "/webapp/access", "equals": "ANYONE", "risk": "medium",
     "message": "any signed-in Google account, inside the organisation or not, can call the web app",
     "help": "limit webapp.access to MYSELF or DOMAIN unless outside users must reach it",
     "sources": ["apps-script-manifest"]},
    {"format": "apps-script-manifest", "pointer": "/executionApi/access", "equals": "ANYONE", "risk": "medium",
     "message": "any Google account can run the script's functions through the Apps Script API",
     "help": "limit executionApi.access to MYSELF or DOMAIN",
     "sources": ["apps-script-manifest"]},
    # developmentMode true: the library's head code, not a saved version, runs.
    {"format": "apps-script-manifest", "pointer": "/dependencies/libraries/*/developmentMode", "equals": True,
     "risk": "medium",
     "message": "the script runs whatever the library's editors last saved, not a fixed version, with this "
                "script's scopes",
     "help": "set developmentMode to false and pin the library to a version",
     "sources": ["apps-script-manifest"]},
]

# Reference source strings start with the URL; this maps each onto our id.
# The same ids are used for the per-scope sensitivity sources.
REFERENCE_SOURCE_IDS = {
    "https://github.com/googleapis/google-api-php-client-services": "discovery-php",
    "https://developers.google.com/identity/protocols/oauth2/scopes": "oauth2-scopes",
    "https://developers.google.com/workspace/guides/identify-scopes": "workspace-identify",
    "https://developers.google.com/workspace/gmail/api/auth/scopes": "gmail-scopes",
    "https://developers.google.com/workspace/drive/api/guides/api-specific-auth": "drive-scopes",
    "https://developers.google.com/sheets/api/scopes": "sheets-scopes",
}

# "apis" entries that are not Discovery services: the OIDC shorthands are
# documented on the OAuth 2.0 scopes page, not in any Discovery document.
NON_DISCOVERY_APIS = {"Google Sign-In (OIDC)"}

# --------------------------------------------------------------------------
# Access (read | write)
# --------------------------------------------------------------------------

# Reference "access" -> our read|write. Anything that can change data is write.
ACCESS_MAP = {
    "read": "read",
    "write": "write",
    "write+delete": "write",
    "admin": "write",
    "full": "write",
}

# Fixes of the reference's heuristic access, keyed by short name. The reference
# derived access from description wording; these descriptions say more.
ACCESS_OVERRIDES = {
    # Sign-in only: the app learns the account identifier, nothing is changed.
    "openid": "read",
    # Descriptions say "see, add, update, and remove members": membership changes.
    "chat.memberships": "write",
    "chat.app.memberships": "write",
    "chat.admin.memberships": "write",
    # "See, add, and remove Google calendars you're subscribed to".
    "calendar.calendarlist": "write",
    # "Read and update your space settings".
    "chat.users.spacesettings": "write",
    # "Turn Chrome Security Insights on and off and view the data".
    "chrome.management.securityinsights": "write",
    # "See and update its own attachments".
    "classroom.addons.student": "write",
    # "View and add to the activity record".
    "drive.activity": "write",
    # "View and administer all your Firebase data and settings".
    "firebase": "write",
    # Named readwrite; the descriptions mention interacting with the products.
    "discoveryengine.assist.readwrite": "write",
    "discoveryengine.serving.readwrite": "write",
    # "See and/or control the devices that you selected".
    "sdm.service": "write",
}

# Prefix rules for access, keyed by short-name prefix.
ACCESS_PREFIX_OVERRIDES = {
    # Data Portability API: every scope exports a copy of the user's data
    # ("move a copy"); nothing in the account is changed, so reading. The
    # reference marks all but one of them write.
    "dataportability.": "read",
}

# --------------------------------------------------------------------------
# Risk
# --------------------------------------------------------------------------

# Google's sensitivity tier -> our default risk, and the tiers an override may
# choose from (a restricted scope is never below high, a non-sensitive one never
# above low).
TIER_RISK = {"restricted": "high", "sensitive": "high", "non-sensitive": "low"}
TIER_ALLOWED = {
    "restricted": {"critical", "high"},
    "sensitive": {"high", "medium"},
    "non-sensitive": {"low"},
}

# Sensitive scopes that reach only items the user picks or the app created
# (reference breadth app_created_or_user_selected_items, e.g. the message open
# in a Gmail add-on) get the lower of the two sensitive tiers.
NARROW_REACH = "app_created_or_user_selected_items"

# Unclassified scopes (no tier in the reference): risk from what one grant
# reaches (reference breadth) and access, conservatively, i.e. rounded up:
# * every Google Cloud project the user can reach: write can run code and
#   destroy anything there (critical), read sees all of it (high);
# * Workspace domain administration: write changes the whole organisation
#   (high), read sees all of it (medium);
# * all the user's data in one product: write medium, read low (raised below
#   for products whose content is sensitive);
# * app-created or user-picked items and sign-in identity: low.
UNCLASSIFIED_RISK = {
    ("all_gcp_projects_user_can_access", "write"): "critical",
    ("all_gcp_projects_user_can_access", "read"): "high",
    ("whole_domain(admin)", "write"): "high",
    ("whole_domain(admin)", "read"): "medium",
    ("user_data_in_service", "write"): "medium",
    ("user_data_in_service", "read"): "low",
    ("app_created_or_user_selected_items", "write"): "low",
    ("app_created_or_user_selected_items", "read"): "low",
    ("signed_in_user_identity", "write"): "low",
    ("signed_in_user_identity", "read"): "low",
}

# Fixes of the reference's breadth where it is plainly wrong, keyed by short
# name. Bigtable cluster, instance and table administration is Cloud project
# administration, not Workspace domain administration.
REACH_OVERRIDES = {
    "bigtable.admin.cluster": "user_data_in_service",
    "bigtable.admin.instance": "user_data_in_service",
    "bigtable.admin.table": "user_data_in_service",
    "cloud-bigtable.admin.cluster": "user_data_in_service",
    "cloud-bigtable.admin.table": "user_data_in_service",
}

# Minimum risk for every scope under a prefix: products whose content is
# personal or special-category data even when only read.
RISK_FLOOR_PREFIX = {
    # Health and fitness measurements (heart rate, blood glucose, sleep, ...).
    "fitness.": "medium",
    "googlehealth.": "medium",
    # Exports of personal data (browsing, location and search history, ...).
    "dataportability.": "medium",
    # Personal details of the signed-in user (birthday, phone, addresses).
    "user.": "medium",
    # Education data of students, most of them minors.
    "classroom.": "medium",
}

# Per-scope risk, keyed by short name, replacing the rules above. Each says why.
RISK_OVERRIDES = {
    # --- classified (within TIER_ALLOWED) ---
    # Full mailbox including permanent deletion and every setting: whole-account
    # export, irreversible destruction, and reset mails of other accounts.
    "https://mail.google.com/": "critical",
    # Every Drive file of the user, delete and share included.
    "drive": "critical",
    # Forwarding and delegation hand the whole mailbox to another account for good.
    "gmail.settings.sharing": "critical",
    # The list of Drive apps the user installed: sensitive, but no content.
    "drive.apps.readonly": "medium",
    # --- Workspace administration (unclassified; rule gives high/medium) ---
    # Creating admins, resetting passwords: organisation takeover.
    "admin.directory.user": "critical",
    # Granting admin roles: organisation takeover.
    "admin.directory.rolemanagement": "critical",
    # Inbound SSO decides who signs in as the organisation's users: takeover.
    "cloud-identity.inboundsso": "critical",
    # Vault exports reach every user's mail and files: whole-org export.
    "ediscovery": "critical",
    # Reads Vault matters and exports of the whole organisation.
    "ediscovery.readonly": "high",
    # Deleting any space of the organisation: irreversible destruction.
    "chat.admin.delete": "critical",
    # Administrative but low-impact objects: printers, rooms, schemas, aliases,
    # customer details, device metadata, licences, group settings, reseller
    # orders, allowlisted domains, Drive labels, Chat space metadata, group
    # mail archives and Marketing Platform account links.
    "admin.chrome.printers": "medium",
    "admin.directory.customer": "medium",
    "admin.directory.device.chromeos": "medium",
    "admin.directory.device.mobile": "medium",
    "admin.directory.orgunit": "medium",
    "admin.directory.resource.calendar": "medium",
    "admin.directory.user.alias": "medium",
    "admin.directory.userschema": "medium",
    "apps.groups.migration": "medium",
    "apps.groups.settings": "medium",
    "apps.licensing": "medium",
    "apps.order": "medium",
    "chat.admin.spaces": "medium",
    "cloud-identity.allowlisteddomains": "medium",
    "cloud-identity.devices": "medium",
    "drive.admin.labels": "medium",
    "marketingplatformadmin.analytics.update": "medium",
    # --- Google Cloud (unclassified; rule gives medium/low) ---
    # Resources where code runs with project credentials, or where the data of
    # whole applications lives; a write reaches every project the user can.
    "compute": "high",
    "appengine.admin": "high",
    "run": "high",
    "container": "high",
    "sqlservice.admin": "high",
    "devstorage.full_control": "high",
    "devstorage.read_write": "high",
    "bigquery": "high",
    "datastore": "high",
    "spanner.data": "high",
    "cloudkms": "high",
    "organizationpolicy": "high",
    "ndev.clouddns.readwrite": "high",
    "source.full_control": "high",
    "source.read_write": "high",
    "cloud-healthcare": "high",
    # Reads of the same stores: object data and source code.
    "devstorage.read_only": "medium",
    "source.read_only": "medium",
    # --- code that runs for others ---
    "script.projects": "high",
    "tagmanager.publish": "high",
    "chromewebstore": "high",
    "androidpublisher": "high",
    "androidmanagement": "high",
    "chrome.management.policy": "high",
    # --- personal content (unclassified; Google's own pages class these
    #     sensitive; broad read of such content is high) ---
    "calendar": "high",
    "calendar.readonly": "high",
    "calendar.events": "high",
    "calendar.events.readonly": "high",
    "calendar.events.owned.readonly": "medium",
    "https://www.google.com/calendar/feeds": "high",
    "contacts": "high",
    "contacts.readonly": "high",
    "https://www.google.com/m8/feeds": "high",
    "contacts.other.readonly": "medium",
    "directory.readonly": "medium",
    "documents": "high",
    "documents.readonly": "high",
    "presentations": "high",
    "presentations.readonly": "high",
    "forms.body": "high",
    "forms.body.readonly": "high",
    "forms": "high",
    "forms.responses.readonly": "high",
    "keep": "high",
    "keep.readonly": "high",
    "chat.messages": "high",
    "chat.messages.readonly": "high",
    "chat.app.messages.readonly": "high",
    "chat.app.all.messages.readonly": "high",
    "chat.delete": "high",
    "chat.app.delete": "high",
    # Browsing, search and location history, camera footage, form autofill.
    "dataportability.chrome.autofill": "high",
    "dataportability.chrome.history": "high",
    "dataportability.myactivity.search": "high",
    "dataportability.myactivity.maps": "high",
    "dataportability.nest.camera_video": "high",
    "dataportability.nest.camera_event": "high",
}

# --------------------------------------------------------------------------
# Sensitivity (noun phrases in our words; see $defs/sensitive in the schema)
# --------------------------------------------------------------------------

# A `sensitive` text names what the scope reaches, operation-neutral: the
# sensitive-scope rule prints it after
#     '<scope>' reaches sensitive data (<risk> risk): <text>
# Set for scopes reaching mail, files, documents, contacts, calendars, chat
# messages, personal and health data, Workspace administration and Cloud
# projects. Every high and critical scope must have one (checked).
MAILBOX = "every message, draft and setting of the user's Gmail mailbox"
CAL_ALL = "every calendar the user can reach, with event details, attendees and sharing"
CAL_EVENTS = "events on every calendar the user can reach, with attendees and descriptions"
CONTACTS = "the user's contacts: other people's names, e-mail and postal addresses and phone numbers"
DRIVE_META = "names, owners, sharing and other metadata of every file in the user's Drive"
CHAT_MESSAGES = "Google Chat messages and their content"
SENSITIVE = {
    # --- Gmail ---
    "https://mail.google.com/": MAILBOX + ", permanent deletion included",
    "gmail.modify": MAILBOX + ", with sending as the user",
    "gmail.readonly": "the content of every message in the user's Gmail mailbox, and its settings",
    "gmail.metadata": "headers, recipients and labels of every message in the user's Gmail mailbox",
    "gmail.compose": "drafts in the user's Gmail mailbox and sending mail as the user",
    "gmail.send": "sending e-mail as the user from their Gmail address",
    "gmail.insert": "adding messages to the user's Gmail mailbox without normal delivery checks",
    "gmail.settings.basic": "Gmail filters and mail settings, which can archive, label or delete incoming mail",
    "gmail.settings.sharing": "mail forwarding and mailbox delegation, which hand the mailbox to another account",
    "gmail.addons.current.message.readonly": "the Gmail message open while the add-on runs",
    "gmail.addons.current.message.metadata": "headers of the Gmail message open while the add-on runs",
    # --- Drive and documents ---
    "drive": "every file in the user's Drive, with its sharing and permanent deletion",
    "drive.readonly": "the content of every file in the user's Drive",
    "drive.metadata": DRIVE_META,
    "drive.metadata.readonly": DRIVE_META,
    "drive.activity": "the activity history of the user's Drive files: who viewed, edited or shared what",
    "drive.activity.readonly": "the activity history of the user's Drive files: who viewed, edited or shared what",
    "drive.meet.readonly": "Drive files made by Google Meet, such as recordings and transcripts",
    "drive.photos.readonly": "the user's Google Photos pictures, videos and albums",
    "drive.scripts": "the Apps Script code stored in the user's Drive, which runs with the user's rights",
    "spreadsheets": "every Google Sheets spreadsheet the user can open",
    "spreadsheets.readonly": "every Google Sheets spreadsheet the user can open",
    "documents": "every Google Docs document the user can open",
    "documents.readonly": "every Google Docs document the user can open",
    "presentations": "every Google Slides presentation the user can open",
    "presentations.readonly": "every Google Slides presentation the user can open",
    "forms": "the user's Google Forms and the responses people submitted",
    "forms.body": "every Google Forms form of the user",
    "forms.body.readonly": "every Google Forms form of the user",
    "forms.responses.readonly": "every response people submitted to the user's Google Forms",
    "keep": "every note and list in the user's Google Keep",
    "keep.readonly": "every note and list in the user's Google Keep",
    # --- Calendar and contacts ---
    "calendar": CAL_ALL,
    "calendar.readonly": CAL_ALL,
    "https://www.google.com/calendar/feeds": CAL_ALL,
    "calendar.events": CAL_EVENTS,
    "calendar.events.readonly": CAL_EVENTS,
    "calendar.events.owned": "events on the calendars the user owns, with attendees and descriptions",
    "calendar.events.owned.readonly": "events on the calendars the user owns, with attendees and descriptions",
    "contacts": CONTACTS,
    "contacts.readonly": CONTACTS,
    "https://www.google.com/m8/feeds": CONTACTS,
    "contacts.other.readonly": "contact details saved automatically for people the user has exchanged mail with",
    "directory.readonly": "names, e-mail addresses and phone numbers of everyone in the user's organisation",
    # --- personal details of the user ---
    "user.addresses.read": "the user's postal addresses",
    "user.birthday.read": "the user's exact date of birth",
    "user.emails.read": "every e-mail address of the user's Google Account",
    "user.gender.read": "the user's gender",
    "user.organization.read": "the user's education and employment history",
    "user.phonenumbers.read": "the user's personal phone numbers",
    # --- Chat ---
    "chat.messages": CHAT_MESSAGES + " in every space the user is in",
    "chat.messages.readonly": CHAT_MESSAGES + " in every space the user is in",
    "chat.app.messages.readonly": CHAT_MESSAGES + " in the spaces the app is in",
    "chat.app.all.messages.readonly": CHAT_MESSAGES + " across the whole organisation",
    "chat.delete": "deletion of Chat spaces and conversations, with access to their shared files",
    "chat.app.delete": "deletion of Chat spaces and conversations, with access to their shared files",
    "chat.admin.delete": "deletion of any Chat space or conversation of the organisation",
    "chat.admin.memberships": "membership of every Chat space owned by the organisation",
    "chat.import": "import of spaces, messages and memberships into the organisation's Google Chat",
    # --- Workspace administration ---
    "admin.directory.user": "every user account of the Workspace domain, passwords and admin status included",
    "admin.directory.user.readonly": "names, e-mail addresses and account details of every user in the domain",
    "admin.directory.user.security": "sign-in credentials of the domain's users: OAuth tokens, app passwords, backup codes",
    "admin.directory.rolemanagement": "admin roles of the Workspace domain and who holds them",
    "admin.directory.rolemanagement.readonly": "admin roles of the Workspace domain and who holds them",
    "admin.directory.group": "the domain's groups, which decide mailing lists and who a share reaches",
    "admin.directory.group.member": "memberships of the domain's groups, which grant access to what is shared with them",
    "admin.directory.domain": "the domains of the Workspace account, under which accounts and addresses exist",
    "admin.directory.device.mobile.action": "remote actions on the organisation's mobile devices, wiping included",
    "admin.datatransfer": "transfer of a user's Drive and other data to another account",
    "admin.reports.audit.readonly": "audit logs of the whole domain: sign-ins, file access and admin actions",
    "apps.alerts": "the domain's security alerts, whose deletion hides incidents",
    "cloud-identity.groups": "Cloud Identity groups and their members, which grant access to what is shared with them",
    "cloud-identity.inboundsso": "single sign-on profiles that decide how the organisation's users sign in",
    "cloud-identity.policies": "security and access policies of the Cloud Identity organisation",
    "ediscovery": "Vault matters, holds and exports, which reach every user's mail, chat and files",
    "ediscovery.readonly": "Vault matters, holds and exports, which reach every user's mail, chat and files",
    # --- Google Cloud ---
    "cloud-platform": "every resource and all data of each Google Cloud project the user can reach",
    "cloud-platform.read-only": "all data of each Google Cloud project the user can reach",
    "compute": "Compute Engine virtual machines, disks and networks, where code runs with project credentials",
    "appengine.admin": "App Engine applications and their deployed code",
    "run": "Cloud Run services and jobs and the code they run",
    "container": "clusters of Google Kubernetes Engine and the workloads that run on them",
    "sqlservice.admin": "Cloud SQL database instances, their users and backups",
    "devstorage.full_control": "every Cloud Storage bucket and object, with its access control",
    "devstorage.read_write": "every Cloud Storage bucket and object",
    "devstorage.read_only": "every Cloud Storage bucket and object",
    "bigquery": "BigQuery datasets, tables and query jobs",
    "datastore": "Datastore and Firestore databases",
    "spanner.data": "the data in Cloud Spanner databases",
    "cloudkms": "encryption keys and secrets in Cloud KMS, whose destruction makes data unreadable",
    "organizationpolicy": "organisation policies that constrain every Google Cloud project below them",
    "ndev.clouddns.readwrite": "DNS records of the user's Cloud DNS zones, which decide where domains point",
    "source.full_control": "Cloud Source Repositories code and repository permissions",
    "source.read_write": "Cloud Source Repositories code",
    "source.read_only": "Cloud Source Repositories code",
    "cloud-healthcare": "healthcare records such as FHIR, HL7v2 and DICOM data",
    # --- code that runs for others ---
    "script.projects": "the code of Apps Script projects, which runs with the rights of the people who use it",
    "tagmanager.publish": "publishing of Tag Manager containers, scripts that run for every visitor of a website",
    "chromewebstore": "Chrome Web Store items, which run in users' browsers once published",
    "androidpublisher": "Google Play apps, their releases and the developer account",
    "androidmanagement": "policies and commands for an enterprise's managed Android devices",
    "chrome.management.policy": "policies of every Chrome browser and ChromeOS device the organisation manages",
}

# Phrase families for prefixes whose scopes differ only by the kind of data,
# generated from the name (see sensitive_for). Health and fitness data of the
# user, and exported copies of personal data.
SENSITIVE_PREFIX = {
    "fitness.": "the user's {what} data in Google Fit",
    "googlehealth.": "the user's {what} data in Google Health",
    "dataportability.": "an exported copy of the user's {what}",
}

# --------------------------------------------------------------------------
# Labels (short noun phrases, our words)
# --------------------------------------------------------------------------

# Product names by short-name prefix (longest match wins). The label of a scope
# is the product, then the rest of the name as words, then the access
# qualifier: drive.metadata.readonly -> "Google Drive: metadata (read-only)".
PRODUCTS = {
    "adexchange": "Ad Exchange buyer", "admin.chrome": "Workspace Chrome", "admin.datatransfer":
    "Workspace data transfers", "admin.directory": "Workspace directory", "admin.reports": "Workspace reports",
    "admob": "AdMob", "adsense": "AdSense", "adsensehost": "AdSense host", "adwords": "Google Ads",
    "agentregistry": "Cloud Agent Registry", "analytics": "Google Analytics",
    "androidenterprise": "Android Enterprise", "androidmanagement": "Android Management",
    "androidpublisher": "Google Play developer account", "apihub": "API hub", "apikeys": "Cloud API keys",
    "appengine": "App Engine", "apps.alerts": "Workspace alerts", "apps.groups": "Google Groups",
    "apps.licensing": "Workspace licences", "apps.order": "Workspace reseller", "apps.reports": "Workspace",
    "appsmarketplace": "Workspace Marketplace", "authorized-buyers-marketplace": "Authorized Buyers Marketplace",
    "bigquery": "BigQuery", "bigtable": "Cloud Bigtable", "blogger": "Blogger", "books": "Google Books",
    "calendar": "Google Calendar", "ces": "Customer Engagement Suite agents", "chat": "Google Chat",
    "chat.admin": "Google Chat (organisation admin)", "chat.app": "Google Chat (as the app)",
    "chrome.management": "Chrome management", "chromewebstore": "Chrome Web Store",
    "classroom": "Google Classroom", "cloud-backupdr": "Cloud Backup and DR", "cloud-bigtable": "Cloud Bigtable",
    "cloud-billing": "Cloud Billing", "cloud-healthcare": "Cloud Healthcare", "cloud-identity": "Cloud Identity",
    "cloud-language": "Cloud Natural Language",
    "cloud-translation": "Cloud Translation", "cloud-vision": "Cloud Vision", "cloud_debugger": "Cloud Debugger",
    "cloud_search": "Cloud Search", "cloudasset": "Cloud Asset Inventory", "cloudcomposer": "Cloud Composer",
    "cloudiot": "Cloud IoT", "cloudkms": "Cloud KMS", "cloudruntimeconfig": "Cloud Runtime Configuration",
    "compute": "Compute Engine", "contacts": "Google Contacts", "container": "Kubernetes Engine",
    "content": "Merchant Center (Shopping)", "datalineage": "Data Lineage", "datamanager": "Data Manager",
    "dataplex": "Dataplex", "dataportability": "Data Portability export", "dataproc": "Dataproc",
    "datastore": "Cloud Datastore", "ddmconversions": "Campaign Manager conversions",
    "devstorage": "Cloud Storage", "dfareporting": "Campaign Manager reports",
    "dfatrafficking": "Campaign Manager trafficking", "dialogflow": "Dialogflow",
    "directory": "Workspace directory (people)", "discoveryengine": "Discovery Engine",
    "display-video": "Display & Video 360", "display-video-mediaplanning": "Display & Video 360 media planning",
    "display-video-user-management": "Display & Video 360 user management", "documents": "Google Docs",
    "doubleclickbidmanager": "Bid Manager reports", "doubleclicksearch": "Search Ads 360",
    "drive": "Google Drive", "drive.admin": "Google Drive (organisation admin)", "ediscovery": "Google Vault",
    "factchecktools": "Fact Check Tools", "firebase": "Firebase", "fitness": "Google Fit",
    "forms": "Google Forms", "games": "Google Play Games", "genomics": "Genomics", "gmail": "Gmail",
    "gmail.addons": "Gmail add-on", "googlehealth": "Google Health", "groups": "Google Groups",
    "homegraph": "Home Graph", "indexing": "Indexing API", "jobs": "Cloud Talent Solution job postings",
    "keep": "Google Keep", "logging": "Cloud Logging", "manufacturercenter": "Manufacturer Center",
    "maps-platform": "Maps Platform", "marketingplatformadmin": "Marketing Platform admin",
    "meetings": "Google Meet", "monitoring": "Cloud Monitoring", "ndev.clouddns": "Cloud DNS",
    "ndev.cloudman": "Deployment Manager", "notebooks": "Vertex AI Workbench", "organizationpolicy":
    "Organization Policy", "playdeveloperreporting": "Play developer reporting", "playintegrity": "Play Integrity",
    "postmaster": "Postmaster Tools", "presentations": "Google Slides", "pubsub": "Pub/Sub",
    "realtime-bidding": "Real-time Bidding", "redis": "Memorystore for Redis", "run": "Cloud Run",
    "saasservicemgmt": "App Lifecycle Management", "sasportal": "SAS Portal", "script": "Apps Script",
    "sdm": "Smart Device Management", "securitycenter": "Security Command Center",
    "service.management": "Service Management", "servicecontrol": "Service Control",
    "siteverification": "Site Verification", "source": "Cloud Source Repositories", "spanner": "Cloud Spanner",
    "spreadsheets": "Google Sheets", "sqlservice": "Cloud SQL", "streetviewpublish": "Street View publishing",
    "subscribewithgoogle": "Subscribe with Google", "tables": "Tables (Area 120)", "tagmanager": "Tag Manager",
    "tasks": "Google Tasks", "trace": "Cloud Trace", "user": "Google Account",
    "verifiedaccess": "Verified Access", "wallet_object": "Google Wallet objects",
    "webmasters": "Search Console", "youtube": "YouTube", "youtubepartner": "YouTube partner assets",
    "youtubepartner-channel-audit": "YouTube channel audit", "yt-analytics": "YouTube Analytics",
    "yt-analytics-monetary": "YouTube Analytics with revenue",
}

# Last name segments that only say how the product is reached.
QUALIFIERS = {
    "readonly": "read-only", "read-only": "read-only", "read_only": "read-only", "read": "read-only",
    "readwrite": "read and write", "read-write": "read and write", "read_write": "read and write",
    "write": "write", "writeonly": "write-only", "full_control": "full control",
}

# Hand-written labels where the generated one would say too little, keyed by
# short name: the names outside /auth/, the sign-in scopes and the broad grants.
LABELS = {
    "openid": "the user's Google Account identifier (OpenID Connect sign-in)",
    "email": "the user's primary e-mail address (OpenID Connect name)",
    "profile": "the user's basic profile: name and picture (OpenID Connect name)",
    "userinfo.email": "the user's primary Google Account e-mail address",
    "userinfo.profile": "the user's basic profile: name, picture and public details",
    "https://mail.google.com/": "the whole Gmail mailbox, permanent deletion included",
    "https://www.google.com/calendar/feeds": "every calendar (legacy Calendar Data API feed)",
    "https://www.google.com/m8/feeds": "contacts (legacy Contacts Data API feed)",
    "drive": "every file in Google Drive",
    "drive.file": "only the Drive files the user opens with the app or the app creates",
    "drive.appdata": "the app's own hidden configuration folder in Google Drive",
    "cloud-platform": "everything in every Google Cloud project the user can reach",
    "cloud-platform.read-only": "every Google Cloud project the user can reach (read-only)",
    "gmail.modify": "the Gmail mailbox, everything but permanent deletion",
    "gmail.compose": "Gmail drafts and sending",
    "gmail.metadata": "Gmail message headers and labels, without bodies",
    "calendar": "every calendar the user can reach",
    "youtube.force-ssl": "YouTube videos, ratings, comments and captions",
}

# --------------------------------------------------------------------------
# Implications, breadth, read variants
# --------------------------------------------------------------------------

# Implication pairs of the reference left out, keyed by (short source, short
# target). The OIDC shorthands and their URLs are the same grant; the reference
# lists both directions, which makes a cycle (readers take the transitive
# closure). Only shorthand -> URL is kept, so a request for either is covered
# when the URL is what an API method needs.
IMPLIES_DROPPED = {
    ("userinfo.email", "email"): "alias pair; email -> userinfo.email is kept",
    ("userinfo.profile", "profile"): "alias pair; profile -> userinfo.profile is kept",
}

# Notes for the alias pairs (the dropped direction is stated here instead).
NOTES = {
    "email": "Same grant as https://www.googleapis.com/auth/userinfo.email",
    "profile": "Same grant as https://www.googleapis.com/auth/userinfo.profile",
    "userinfo.email": "Same grant as the OpenID Connect name email",
    "userinfo.profile": "Same grant as the OpenID Connect name profile",
    "drive.file": "Google's recommended alternative to the broad Drive scopes: per-file access through "
                  "the file picker or files the app creates",
}

# Note for scopes whose Discovery description is only "Private Service: <url>".
PRIVATE_NOTE = "Google's Discovery document describes it only as a private service, so its reach is unclear"

# Broad grants (breadth family or service) and what to suggest instead, most
# useful first, keyed by short name. Only where the narrower scopes are plainly
# parts of the broad one (Google's own pages or the reference's implies).
BREADTH = {
    # Whole mailbox; the Gmail scopes page lists the narrower Gmail scopes.
    "https://mail.google.com/": ("service", [
        "gmail.readonly", "gmail.send", "gmail.metadata", "gmail.labels", "gmail.compose", "gmail.modify"]),
    # All Drive files; the Drive page recommends drive.file.
    "drive": ("service", ["drive.file", "drive.readonly", "drive.metadata.readonly", "drive.appdata"]),
    # Every Cloud project; the per-product scopes reach one product each.
    "cloud-platform": ("service", [
        "cloud-platform.read-only", "devstorage.read_write", "bigquery", "compute"]),
    "cloud-platform.read-only": ("service", [
        "devstorage.read_only", "compute.readonly", "logging.read", "monitoring.read"]),
    # Everything in the mailbox but permanent deletion (reference implies).
    "gmail.modify": ("family", ["gmail.readonly", "gmail.send", "gmail.labels", "gmail.compose"]),
    # Every calendar and its settings (reference implies).
    "calendar": ("family", [
        "calendar.events.owned", "calendar.events", "calendar.readonly", "calendar.app.created",
        "calendar.freebusy"]),
    # All Drive files read-only; per-file access or metadata are narrower.
    "drive.readonly": ("family", ["drive.file", "drive.metadata.readonly"]),
    # All documents of one editor; Google's pages recommend drive.file instead.
    "spreadsheets": ("family", ["drive.file", "spreadsheets.readonly"]),
    "documents": ("family", ["drive.file", "documents.readonly"]),
    "presentations": ("family", ["drive.file", "presentations.readonly"]),
    # Storage with access control; the plain data scopes are narrower.
    "devstorage.full_control": ("family", ["devstorage.read_write", "devstorage.read_only"]),
}

# Suffixes of a read-only sibling, tried in order for X -> X.<suffix>.
READ_SUFFIXES = ("readonly", "read-only", "read_only")

# Read-only counterparts that are siblings rather than X.readonly, keyed by the
# write scope's short name (same product, same data).
READ_VARIANT_SIBLINGS = {
    "agentregistry.read-write": "agentregistry.read-only",
    "apihub.readwrite": "apihub.readonly",
    "datalineage.read-write": "datalineage.readonly",
    "dataplex.read-write": "dataplex.readonly",
    "redis.read-write": "redis.read-only",
    "saasservicemgmt.read-write": "saasservicemgmt.readonly",
    "ndev.clouddns.readwrite": "ndev.clouddns.readonly",
    "source.read_write": "source.read_only",
    "source.full_control": "source.read_only",
    "devstorage.read_write": "devstorage.read_only",
    "devstorage.full_control": "devstorage.read_only",
    "logging.admin": "logging.read",
    "monitoring": "monitoring.read",
    "https://mail.google.com/": "gmail.readonly",
    "gmail.modify": "gmail.readonly",
    "https://www.google.com/calendar/feeds": "calendar.readonly",
    "https://www.google.com/m8/feeds": "contacts.readonly",
}

# --------------------------------------------------------------------------
# Deprecations (our words) and replacements
# --------------------------------------------------------------------------

# The reference marks nothing deprecated; these two are the feed URLs of the
# retired GData APIs (reference "syntax": legacy feeds), still declared by the
# Apps Script Discovery document.
DEPRECATED = {
    "https://www.google.com/calendar/feeds":
        "Feed URL of the retired Calendar Data API; request the Calendar API scopes instead",
    "https://www.google.com/m8/feeds":
        "Feed URL of the retired Contacts Data API; the People API uses the contacts scopes",
}
REPLACED_BY = {
    "https://www.google.com/calendar/feeds": ["calendar"],
    "https://www.google.com/m8/feeds": ["contacts"],
}

# ==========================================================================
# Mechanics
# ==========================================================================


def full(key, names):
    """The catalog name of a short curation key."""
    name = key if key in names else AUTH_PREFIX + key
    if name not in names:
        raise CurationError(f"{key}: not a scope of the reference")
    return name


def by_prefix(table, key):
    """(prefix, value) of the longest prefix of key in table, else (None, None)."""
    best = None
    for p in table:
        if key.startswith(p) and (best is None or len(p) > len(best)):
            best = p
    return (best, table[best]) if best else (None, None)


def access_for(key, ref_access, used):
    if ref_access not in ACCESS_MAP:
        raise CurationError(f"{key}: unknown access {ref_access!r}")
    access = ACCESS_MAP[ref_access]
    prefix, value = by_prefix(ACCESS_PREFIX_OVERRIDES, key)
    if prefix:
        used.mark("ACCESS_PREFIX_OVERRIDES", prefix)
        access = value
    override = used.get("ACCESS_OVERRIDES", ACCESS_OVERRIDES, key)
    if override:
        if override == access:
            raise CurationError(f"ACCESS_OVERRIDES[{key!r}] repeats the mapped access; drop it")
        access = override
    return access


def risk_for(key, tier, access, reach, used):
    if tier:
        if tier not in TIER_RISK:
            raise CurationError(f"{key}: unknown sensitivity tier {tier!r}")
        risk = TIER_RISK[tier]
        if tier == "sensitive" and reach == NARROW_REACH:
            risk = "medium"
    else:
        if (reach, access) not in UNCLASSIFIED_RISK:
            raise CurationError(f"{key}: no rule for reach {reach!r} with {access}")
        risk = UNCLASSIFIED_RISK[(reach, access)]
        prefix, floor = by_prefix(RISK_FLOOR_PREFIX, key)
        if prefix:
            used.mark("RISK_FLOOR_PREFIX", prefix)
            if RISK_TIERS.index(floor) < RISK_TIERS.index(risk):
                risk = floor
    override = used.get("RISK_OVERRIDES", RISK_OVERRIDES, key)
    if override:
        if override == risk:
            raise CurationError(f"RISK_OVERRIDES[{key!r}] repeats the rule's tier {risk}; drop it")
        risk = override
    if tier and risk not in TIER_ALLOWED[tier]:
        raise CurationError(f"{key}: risk {risk} is outside what Google's tier {tier} allows")
    return risk


# Name tokens that Google writes as one word, spelt out for labels and phrases.
SPELLING = {
    "acls": "sharing (ACLs)", "allowlisteddomains": "allowlisted domains", "calendarlist": "calendar list",
    "chromeos": "ChromeOS", "courseworkmaterials": "coursework materials", "currentonly": "the current form only",
    "customemojis": "custom emoji", "emails": "e-mail addresses", "freebusy": "free/busy",
    "getphotomedia": "photo media", "guardianlinks": "guardian links", "inboundsso": "inbound SSO",
    "orgunit": "organisational units", "partnerlink": "partner links", "phonenumbers": "phone numbers",
    "readstate": "read state", "rolemanagement": "role management", "securityinsights": "Security Insights",
    "spacesettings": "space settings", "userschema": "user schemas", "usersettings": "user settings",
    "youtube": "YouTube", "chrome": "Chrome", "nest": "Nest", "maps": "Maps", "play": "Google Play",
}


def words(text):
    return " ".join(SPELLING.get(w, w) for w in re.split(r"[._\s]+", text) if w).replace("-", " ")


def label_for(key, used):
    label = used.get("LABELS", LABELS, key)
    if label:
        return label
    if key.startswith("https://") or "." not in key and key not in PRODUCTS:
        raise CurationError(f"{key}: needs an entry in LABELS")
    prefix = None
    for p in PRODUCTS:
        if (key == p or key.startswith(p + ".")) and (prefix is None or len(p) > len(prefix)):
            prefix = p
    if prefix is None:
        raise CurationError(f"{key}: no product in PRODUCTS")
    used.mark("PRODUCTS", prefix)
    rest = key[len(prefix) + 1:].split(".") if key != prefix else []
    qualifier = None
    if rest and rest[-1] in QUALIFIERS:
        qualifier = QUALIFIERS[rest.pop()]
    label = PRODUCTS[prefix]
    if prefix == "dataportability":
        return label + ": " + portability_what(key, used)
    if rest:
        label += ": " + words(" ".join(rest))
    if qualifier:
        label += f" ({qualifier})"
    return label


# Group names of the Data Portability scopes, for the generated phrases.
PORTABILITY_GROUPS = {
    "alerts": "Google Alerts", "chrome": "Chrome", "discover": "Discover", "maps": "Maps",
    "mymaps": "My Maps", "nest": "Nest", "order_reserve": "", "pixel": "Pixel", "play": "Google Play",
    "saved": "saved", "search_ugc": "Google Search", "searchnotifications": "Search app notification",
    "shopping": "Shopping", "streetview": "Street View", "youtube": "YouTube",
}
PORTABILITY_ACTIVITY = {
    "maps": "Maps", "myadcenter": "My Ad Center", "play": "Google Play", "search": "Google Search",
    "shopping": "Shopping", "youtube": "YouTube",
}


# Wording of single Data Portability scopes where group plus name reads badly.
PORTABILITY_WHAT = {
    "dataportability.mymaps.maps": "maps made in My Maps",
    "dataportability.nest.user": "Nest account information",
    "dataportability.nest.camera_event": "Nest camera events",
    "dataportability.nest.camera_feature": "Nest camera feature data",
    "dataportability.nest.camera_video": "Nest camera footage",
    "dataportability.nest.store": "Nest Store and Nest Renew billing and payment details",
    "dataportability.pixel.device_data": "Pixel device usage and diagnostics",
    "dataportability.youtube.playable": "YouTube Playables game progress",
    "dataportability.order_reserve.purchases_reservations": "food orders and reservations",
    "dataportability.chrome.autofill": "Chrome autofill entries (what was typed into web forms)",
}


def portability_what(key, used):
    """What one Data Portability scope exports, for its label and phrase."""
    what = used.get("PORTABILITY_WHAT", PORTABILITY_WHAT, key)
    if what:
        return what
    rest = key[len("dataportability."):].split(".")
    group = rest[0]
    if group == "myactivity":
        return PORTABILITY_ACTIVITY[rest[1]] + " activity"
    if group not in PORTABILITY_GROUPS:
        raise CurationError(f"{key}: no entry in PORTABILITY_GROUPS")
    return " ".join(x for x in (PORTABILITY_GROUPS[group], words(" ".join(rest[1:]))) if x)


def sensitive_for(key, used):
    phrase = used.get("SENSITIVE", SENSITIVE, key)
    if phrase:
        return phrase
    prefix, template = by_prefix(SENSITIVE_PREFIX, key)
    if not prefix:
        return None
    used.mark("SENSITIVE_PREFIX", prefix)
    rest = key[len(prefix):].split(".")
    if prefix == "dataportability.":
        what = portability_what(key, used)
    else:
        if rest[-1] in QUALIFIERS:
            rest.pop()
        what = words(" ".join(rest))
    return template.format(what=what)


def build(ref):
    used = Used()

    ids = {s["id"] for s in SOURCES}
    for text in ref["sources"]:
        url = text.split()[0]
        sid = used.get("REFERENCE_SOURCE_IDS", REFERENCE_SOURCE_IDS, url)
        if sid is None:
            raise CurationError(f"reference source {url} has no entry in REFERENCE_SOURCE_IDS")
        if sid not in ids:
            raise CurationError(f"REFERENCE_SOURCE_IDS maps {url} to unknown source {sid}")

    rows = list(ref["scopes"])
    if ref.get("counts", {}).get("scopes") not in (None, len(rows)):
        raise CurationError(f"reference says {ref['counts']['scopes']} scopes but lists {len(rows)}")
    classified = sum(1 for r in rows if r.get("sensitivity"))
    if ref.get("counts", {}).get("classified") not in (None, classified):
        raise CurationError(f"reference says {ref['counts']['classified']} classified but {classified} are")
    names = [r["scope"] for r in rows]
    if len(set(names)) != len(names):
        raise CurationError("duplicate scopes in the reference")
    keys = [short(n) for n in names]
    if len(set(keys)) != len(keys):
        raise CurationError("two scopes share a short name; curation keys would be ambiguous")
    name_set = set(names)

    # Check curation keys that name scopes before anything uses them.
    for table in (BREADTH, READ_VARIANT_SIBLINGS, REPLACED_BY):
        for k, v in table.items():
            full(k, name_set)
            for target in (v[1] if table is BREADTH else v if isinstance(v, list) else [v]):
                full(target, name_set)

    entries = []
    for r in rows:
        name = r["scope"]
        key = short(name)
        access = access_for(key, r["access"], used)
        tier = (r.get("sensitivity") or {}).get("tier")
        reach = used.get("REACH_OVERRIDES", REACH_OVERRIDES, key, r["breadth"])
        risk = risk_for(key, tier, access, reach, used)

        # Implications: explicit pairs and the X -> X.readonly convention, kept
        # when the target is in the catalog and not dropped above.
        implies = []
        for target in r.get("implies", []) + r.get("implies_by_convention", []):
            if target not in name_set:
                continue
            pair = (key, short(target))
            if pair in IMPLIES_DROPPED:
                used.mark("IMPLIES_DROPPED", pair)
                continue
            if target not in implies:
                implies.append(target)

        out = {"name": name, "label": label_for(key, used), "access": access, "risk": risk}
        sensitive = sensitive_for(key, used)
        if risk in ("high", "critical") and not sensitive:
            raise CurationError(f"{key} is {risk} risk but has no sensitive phrase")
        if sensitive:
            out["sensitive"] = sensitive

        breadth = used.get("BREADTH", BREADTH, key)
        if breadth:
            out["breadth"] = breadth[0]
            out["narrower"] = [full(n, name_set) for n in breadth[1]]

        variant = used.get("READ_VARIANT_SIBLINGS", READ_VARIANT_SIBLINGS, key)
        if variant is None and access == "write":
            variant = next((f"{key}.{s}" for s in READ_SUFFIXES if AUTH_PREFIX + f"{key}.{s}" in name_set), None)
        if variant is not None:
            if access != "write":
                raise CurationError(f"{key}: read variant on a read scope")
            out["read_variant"] = full(variant, name_set)

        sensitivity = r.get("sensitivity") or {}
        if sensitivity.get("source"):
            evidence = "doc"
            srcs = []
            for url in sensitivity["source"].split(";"):
                url = url.strip()
                if url not in REFERENCE_SOURCE_IDS:
                    raise CurationError(f"{key}: sensitivity source {url} has no entry in REFERENCE_SOURCE_IDS")
                srcs.append(REFERENCE_SOURCE_IDS[url])
        else:
            evidence = "oas"
            srcs = []
        if any(a not in NON_DISCOVERY_APIS for a in r["apis"]):
            srcs.insert(0, "discovery-php")
        if not srcs:
            raise CurationError(f"{key}: nothing to cite")
        out["evidence"] = evidence
        out["sources"] = srcs

        notes = []
        n = used.get("NOTES", NOTES, key)
        if n:
            notes.append(n)
        if r["description"].startswith("Private Service:"):
            notes.append(PRIVATE_NOTE)
        if notes:
            out["note"] = "; ".join(notes)

        deprecated = used.get("DEPRECATED", DEPRECATED, key)
        if deprecated:
            out["deprecated"] = deprecated
            replaced = used.get("REPLACED_BY", REPLACED_BY, key)
            if replaced:
                out["replaced_by"] = [full(x, name_set) for x in replaced]
        elif key in REPLACED_BY:
            raise CurationError(f"REPLACED_BY[{key!r}]: only deprecated scopes have replacements")
        out["implies"] = implies
        entries.append(out)

    for key, label, access, risk, sensitive, source in APPS_SCRIPT_SCOPES:
        name = AUTH_PREFIX + key
        if name in name_set:
            raise CurationError(f"APPS_SCRIPT_SCOPES[{key!r}]: the reference lists it now; drop the entry")
        out = {"name": name, "label": label, "access": access, "risk": risk}
        if sensitive:
            out["sensitive"] = sensitive
        if risk in ("high", "critical") and not sensitive:
            raise CurationError(f"{key} is {risk} risk but has no sensitive phrase")
        out["evidence"] = "doc"
        out["sources"] = [source]
        out["implies"] = []
        entries.append(out)

    # A replacement must not be deprecated itself.
    by_name = {e["name"]: e for e in entries}
    for e in entries:
        for r in e.get("replaced_by", []):
            if "deprecated" in by_name[r]:
                raise CurationError(f"{e['name']}: replaced by {r}, which is deprecated itself")

    used.check({
        "REFERENCE_SOURCE_IDS": REFERENCE_SOURCE_IDS,
        "ACCESS_OVERRIDES": ACCESS_OVERRIDES,
        "ACCESS_PREFIX_OVERRIDES": ACCESS_PREFIX_OVERRIDES,
        "REACH_OVERRIDES": REACH_OVERRIDES,
        "RISK_FLOOR_PREFIX": RISK_FLOOR_PREFIX,
        "RISK_OVERRIDES": RISK_OVERRIDES,
        "SENSITIVE": SENSITIVE,
        "SENSITIVE_PREFIX": SENSITIVE_PREFIX,
        "PRODUCTS": PRODUCTS,
        "PORTABILITY_WHAT": PORTABILITY_WHAT,
        "LABELS": LABELS,
        "IMPLIES_DROPPED": IMPLIES_DROPPED,
        "NOTES": NOTES,
        "BREADTH": BREADTH,
        "READ_VARIANT_SIBLINGS": READ_VARIANT_SIBLINGS,
        "DEPRECATED": DEPRECATED,
        "REPLACED_BY": REPLACED_BY,
    })

    return flat_catalog(HEADER, CATALOG_DATE, SOURCES, entries, settings=[dict(x) for x in SETTINGS])


def check(catalog, schema_path):
    problems = flat_catalog_problems(catalog) + schema_problems(catalog, schema_path)
    for sc in catalog["scopes"]:
        if sc.get("breadth") in ("family", "service") and not sc.get("narrower"):
            problems.append(f"scope {sc['name']}: broad scope without narrower alternatives")
    scopes = catalog["scopes"]
    print(f"scopes: {len(scopes)} ({tally(scopes, 'risk', RISK_TIERS)}), "
          f"sensitive: {sum(1 for s in scopes if 'sensitive' in s)}, "
          f"deprecated: {sum(1 for s in scopes if 'deprecated' in s)}, "
          f"implications: {sum(len(s['implies']) for s in scopes)}, "
          f"broad: {sum(1 for s in scopes if 'breadth' in s)}, "
          f"read variants: {sum(1 for s in scopes if 'read_variant' in s)}", file=sys.stderr)
    return problems


def main():
    args = parse_args(__doc__, "google", [
        ("--output", {"default": os.path.join(CATALOG_DIR, "google.json")}),
    ])
    return run(args, __file__, build, lambda catalog: check(catalog, args.schema))


if __name__ == "__main__":
    sys.exit(main())
