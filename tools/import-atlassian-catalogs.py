#!/usr/bin/env python3
"""Turn the team's Atlassian reference catalog into scopelint's two catalog data files.

Usage (from anywhere):
    python3 tools/import-atlassian-catalogs.py [REFERENCE_JSON]
        [--output PATH] [--connect-output PATH] [--check]

REFERENCE_JSON defaults to ../shared/reference/atlassian/scopes.json relative to
the repository root. Two files are written, because Atlassian has two scope
vocabularies that never mix in one scope list:

* rules/catalog/atlassian.json (provider "atlassian"): OAuth 2.0 (3LO) and Forge
  scopes, classic (read:jira-work) and granular (read:issue:jira), as written in
  authorize URLs and in Forge manifest.yml permissions.scopes;
* rules/catalog/atlassian-connect.json (provider "atlassian-connect"): the
  Connect descriptor scopes READ, WRITE, DELETE, PROJECT_ADMIN, SPACE_ADMIN,
  ADMIN, ACT_AS_USER, ACCESS_EMAIL_ADDRESSES and NONE.

--check writes nothing and fails when either committed file differs from what
would be written.

Both vocabularies are flat, so the catalogs have no operation lattice and no
services: every scope is a standalone entry in "scopes". The mapping is
mechanical; every judgement (labels, evidence levels, risk tiers, sensitivity,
notes, implications, extra scopes, manifest settings) lives in the named
dictionaries below, each entry with a comment saying why. The script refuses
to run when a curation key no longer matches the reference, so stale curation
cannot linger silently.

Implications. Connect documents its chain (every Connect scope page has an
"implied scopes" column), so the Connect catalog carries it. For OAuth 2.0
(3LO) and Forge scopes Atlassian publishes no chain: the scope pages only say
that some scopes imply others, without saying which, and list classic and
granular scopes side by side as alternatives for each REST operation. The 3LO
catalog therefore records no implication at all, and no classic scope is
marked as a bundle (breadth "family") of granular ones; Atlassian in fact
recommends classic scopes, so the linter should not push apps off them. In
both vocabularies the authorising user's (or the app user's) product
permissions still cap what a scope allows.

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
    CATALOG_DIR, RISK_TIERS, CurationError, Used, catalog_header, flat_catalog_problems,
    parse_args, run, schema_problems, tally)

# --------------------------------------------------------------------------
# File-level facts
# --------------------------------------------------------------------------

# Date the facts were last reviewed. A constant (not today's date) so that
# reruns reproduce the committed files byte for byte.
CATALOG_DATE = "2026-12-04"

# OAuth 2.0 (3LO) / Forge header.
# * case_sensitive true: every Atlassian page writes these scopes in lower case
#   and none says another spelling is accepted (unlike Connect, below).
# * segment_separator ":": classic scopes are verb:product-resource, granular
#   ones verb:resource:product; the colon is the only separator of both.
# * list_separator " ": the authorize URL's scope parameter is space-separated
#   (Forge manifests use a YAML list, which has no separator of its own).
HEADER_3LO = {
    "provider": "atlassian",
    "title": "Atlassian (OAuth 2.0 and Forge)",
    "case_sensitive": True,
    "segment_separator": ":",
    "list_separator": " ",
}

# Connect header.
# * case_sensitive false: every Connect scope page says names may be written
#   all upper or all lower case (read or READ); upper case is the canonical
#   spelling of the tables. lower_case_documented true: the all-lower spelling
#   is as documented as the upper one, so only a mixed spelling ("Read"), which
#   no page shows, is reported as a style issue (the brief and PROVIDERS.md list
#   it as a common mistake).
# * segment_separator "_": the names are single enum words, not structured
#   scopes; "_" is the only separator that occurs in them (PROJECT_ADMIN,
#   ACT_AS_USER), so it is the least surprising value and splits nothing that
#   matters.
# * list_separator ",": the scopes are a JSON array in atlassian-connect.json,
#   whose elements are comma-separated.
HEADER_CONNECT = {
    "provider": "atlassian-connect",
    "title": "Atlassian Connect",
    "case_sensitive": False,
    "lower_case_documented": True,
    "segment_separator": "_",
    "list_separator": ",",
}

# The reference's sensitivity scale, mapped onto the catalog's risk tiers.
RISK_MAP = {"low": "low", "moderate": "medium", "high": "high", "critical": "critical"}

# The reference's access values, mapped onto read|write: anything that can
# change data is write. offline_access ("token") changes no data, it only keeps
# the grant alive, so it is read.
ACCESS_MAP = {
    "none": "read",
    "read": "read",
    "token": "read",
    "write": "write",
    "write+delete": "write",
    "delete": "write",
    "admin": "write",
    "full": "write",
}

# --------------------------------------------------------------------------
# Sources (our own words in "what")
# --------------------------------------------------------------------------

SOURCES_3LO = [
    {"id": "jira-3lo-scopes",
     "url": "https://developer.atlassian.com/cloud/jira/platform/scopes-for-oauth-2-3LO-and-forge-apps/",
     "what": "The classic Jira scopes with their consent-screen titles; Jira permissions still limit every scope; "
             "some scopes imply others (no list given); classic scopes are recommended, and fewer than 50 scopes per app"},
    {"id": "jsw-3lo-scopes",
     "url": "https://developer.atlassian.com/cloud/jira/software/scopes-for-oauth-2-3LO-and-forge-apps/",
     "what": "Jira Software scopes; board configuration through read:board-scope.admin:jira-software still needs "
             "the user's project admin permission"},
    {"id": "jsm-3lo-scopes",
     "url": "https://developer.atlassian.com/cloud/jira/service-desk/scopes-for-oauth-2-3LO-and-forge-apps/",
     "what": "Jira Service Management scopes; creating customers with manage:servicedesk-customer still needs "
             "the Jira administrator permission"},
    {"id": "confluence-3lo-scopes",
     "url": "https://developer.atlassian.com/cloud/confluence/scopes-for-oauth-2-3LO-and-forge-apps/",
     "what": "The classic Confluence scope table (the rows we could read: write:confluence-content, "
             "read:confluence-space.summary); Confluence permissions still limit every scope. Other Confluence "
             "names citing this page carry evidence observed: the page is where they should be, not where we read them"},
    {"id": "forge-permissions",
     "url": "https://developer.atlassian.com/platform/forge/manifest-reference/permissions/",
     "what": "permissions.scopes in manifest.yml: a list of OAuth 2.0 scopes (example: read:confluence-content.summary, "
             "write:jira-work), an empty list when none are needed, a map with allowImpersonation: true for offline "
             "user impersonation; legacy Connect scopes may appear there too"},
    {"id": "forge-scopes",
     "url": "https://developer.atlassian.com/platform/forge/manifest-reference/scopes-forge/",
     "what": "Forge platform scopes: storage:app, read:app-system-token, read:app-user-token, report:personal-data"},
    {"id": "forge-egress",
     "url": "https://developer.atlassian.com/platform/forge/add-content-security-and-egress-controls/",
     "what": "External domains and content security policy relaxations are declared under permissions in manifest.yml"},
    {"id": "jira-webhooks-api",
     "url": "https://developer.atlassian.com/cloud/jira/platform/rest/v2/api-group-webhooks/",
     "what": "Only Connect and OAuth 2.0 apps register dynamic webhooks; listing them needs read:jira-work and "
             "manage:jira-webhook (classic) or read:webhook:jira and read:jql:jira (granular)"},
    {"id": "jira-openapi",
     "url": "https://developer.atlassian.com/cloud/jira/platform/swagger-v3.v3.json",
     "what": "The OAuth2 security scheme's scope list (classic and granular Jira scopes with descriptions), "
             "read in the mirror at github.com/salto-io/jira-swaggers (commit 75b200c4)"},
    {"id": "refresh-tokens",
     "url": "https://developer.atlassian.com/cloud/oauth/getting-started/refresh-tokens",
     "what": "Adding offline_access to the authorize URL's scopes yields a rotating refresh token"},
]

SOURCES_CONNECT = [
    {"id": "connect-jira-scopes",
     "url": "https://developer.atlassian.com/cloud/jira/platform/scopes-for-connect-apps/",
     "what": "Jira's Connect scopes with their implied scopes (READ < WRITE < DELETE < PROJECT_ADMIN < ADMIN; "
             "ACT_AS_USER and ACCESS_EMAIL_ADDRESSES alone; NONE needs no declaration) and the upper- or "
             "lower-case spelling rule (the same table appears in the Jira Software and Service Management docs)"},
    {"id": "connect-confluence-scopes",
     "url": "https://developer.atlassian.com/cloud/confluence/scopes-for-connect-apps/",
     "what": "Confluence's Connect scopes with their implied scopes (READ < WRITE < DELETE < SPACE_ADMIN < ADMIN) "
             "and the same spelling rule"},
    {"id": "connect-upm-scopes",
     "url": "https://confluence.atlassian.com/upm/atlassian-connect-app-scopes-445186491.html",
     "what": "What admins approve at install: act as user works even while the user is offline; access e-mail "
             "addresses covers all users in the system"},
    {"id": "connect-security",
     "url": "https://developer.atlassian.com/cloud/jira/software/security-for-connect-apps/",
     "what": "Connect apps declare JWT authentication in the descriptor; the install callback hands over the "
             "secret used to sign and check requests"},
    {"id": "connect-api-migrations",
     "url": "https://developer.atlassian.com/cloud/jira/service-desk/connect-active-api-migrations",
     "what": "apiMigrations signed-install: true has install and uninstall callbacks signed with an asymmetric key; "
             "false keeps them signed with the shared secret until the transition ends"},
]

# The reference's sources, mapped onto (catalog, id).
REFERENCE_SOURCE_IDS = {
    "https://developer.atlassian.com/cloud/jira/platform/scopes-for-connect-apps/": ("connect", "connect-jira-scopes"),
    "https://developer.atlassian.com/cloud/confluence/scopes-for-connect-apps/": ("connect", "connect-confluence-scopes"),
    "https://confluence.atlassian.com/upm/atlassian-connect-app-scopes-445186491.html": ("connect", "connect-upm-scopes"),
    "https://developer.atlassian.com/cloud/jira/platform/scopes-for-oauth-2-3LO-and-forge-apps/": ("3lo", "jira-3lo-scopes"),
    "https://developer.atlassian.com/cloud/confluence/scopes-for-oauth-2-3LO-and-forge-apps/": ("3lo", "confluence-3lo-scopes"),
    "https://developer.atlassian.com/cloud/jira/service-desk/scopes-for-oauth-2-3LO-and-forge-apps/": ("3lo", "jsm-3lo-scopes"),
    "https://developer.atlassian.com/platform/forge/manifest-reference/permissions/": ("3lo", "forge-permissions"),
}

# Sources that back file-level facts (case, separators, default grant) rather
# than single scopes; the check that every source is cited skips them.
HEADER_SOURCES_3LO = {"forge-permissions"}
HEADER_SOURCES_CONNECT = set()

# ==========================================================================
# OAuth 2.0 (3LO) and Forge scopes
# ==========================================================================

# Default source of a reference row, by the reference's product field: the
# scope page of that product.
PRODUCT_SOURCE = {
    "jira": "jira-3lo-scopes",
    "jira-software": "jsw-3lo-scopes",
    "jira-service-management": "jsm-3lo-scopes",
    "confluence": "confluence-3lo-scopes",
    "forge": "forge-scopes",
    "platform": "refresh-tokens",
    "user identity": "jira-3lo-scopes",
}

# Evidence. A reference row without a "confidence" flag is one the team read on
# Atlassian's pages: evidence doc. A flagged row ("from memory of the Atlassian
# scope tables") stays observed unless listed here with what confirmed it.
CONFIRMED = {
    # The six unflagged rows are also in the Jira OpenAPI scope list; cite it too.
    "read:jira-user": ("doc", ["jira-3lo-scopes", "jira-openapi"]),
    "read:jira-work": ("doc", ["jira-3lo-scopes", "jira-openapi"]),
    "write:jira-work": ("doc", ["jira-3lo-scopes", "jira-openapi"]),
    "manage:jira-project": ("doc", ["jira-3lo-scopes", "jira-openapi"]),
    "manage:jira-configuration": ("doc", ["jira-3lo-scopes", "jira-openapi"]),
    # Flagged in the reference; named on the webhooks REST page and in the OpenAPI list.
    "manage:jira-webhook": ("doc", ["jira-webhooks-api", "jira-openapi"]),
    # Flagged; named on the JSM scopes page (the permissions example).
    "manage:servicedesk-customer": ("doc", ["jsm-3lo-scopes"]),
    # Flagged; rows of the Confluence classic table we could read.
    "write:confluence-content": ("doc", ["confluence-3lo-scopes"]),
    "read:confluence-space.summary": ("doc", ["confluence-3lo-scopes"]),
    # Flagged; the Forge permissions page uses it in its example.
    "read:confluence-content.summary": ("doc", ["forge-permissions", "confluence-3lo-scopes"]),
    # Flagged; the refresh-token page says to add it to the scopes.
    "offline_access": ("doc", ["refresh-tokens"]),
    # Flagged; listed on the Forge scopes page.
    "storage:app": ("doc", ["forge-scopes"]),
    # Flagged; all six are in the OpenAPI scope list, so "oas" (provider's
    # OpenAPI only), not "doc".
    "read:issue:jira": ("oas", ["jira-openapi"]),
    "write:issue:jira": ("oas", ["jira-openapi"]),
    "delete:issue:jira": ("oas", ["jira-openapi"]),
    "read:project:jira": ("oas", ["jira-openapi"]),
    "write:project:jira": ("oas", ["jira-openapi"]),
    "delete:project:jira": ("oas", ["jira-openapi"]),
}
# Left observed (flagged and not confirmed): manage:jira-data-provider,
# read:servicedesk-request, write:servicedesk-request,
# read:confluence-content.all, read:confluence-content.permission,
# write:confluence-file, write:confluence-space, read:confluence-props,
# write:confluence-props, manage:confluence-configuration, search:confluence,
# read:confluence-user, read:confluence-groups, write:confluence-groups,
# readonly:content.attachment:confluence, read:me, read:account,
# read:page:confluence, write:page:confluence, delete:page:confluence.

# Scopes the reference does not list, added with the evidence we have. Each
# gives access, risk and sources; labels are in LABELS_3LO. Appended after the
# reference rows, in this order.
EXTRA_3LO = {
    # --- Jira granular scopes, all in the OpenAPI scope list ("oas"). Chosen to
    # cover the resources where a wrong grant matters most: content that can be
    # deleted, the permission model, webhooks (data leaving Jira), workflows.
    # Content: read and write like one project's issues (medium); deletion high.
    "read:attachment:jira": ("read", "medium", "oas", ["jira-openapi"]),
    "write:attachment:jira": ("write", "medium", "oas", ["jira-openapi"]),
    "delete:attachment:jira": ("write", "high", "oas", ["jira-openapi"]),
    "read:comment:jira": ("read", "medium", "oas", ["jira-openapi"]),
    "write:comment:jira": ("write", "medium", "oas", ["jira-openapi"]),
    "delete:comment:jira": ("write", "high", "oas", ["jira-openapi"]),
    # Fields: metadata (low to read, medium to change); deleting a custom field
    # drops its value from every issue (high).
    "read:field:jira": ("read", "low", "oas", ["jira-openapi"]),
    "write:field:jira": ("write", "medium", "oas", ["jira-openapi"]),
    "delete:field:jira": ("write", "high", "oas", ["jira-openapi"]),
    # Groups decide permissions: changing membership can make anyone an admin
    # (critical, like write:confluence-groups); deleting a group strips access (high).
    "read:group:jira": ("read", "low", "oas", ["jira-openapi"]),
    "write:group:jira": ("write", "critical", "oas", ["jira-openapi"]),
    "delete:group:jira": ("write", "high", "oas", ["jira-openapi"]),
    # Permission schemes decide who may browse, edit and delete in each project:
    # rewriting one is a takeover of those projects (critical).
    "read:permission-scheme:jira": ("read", "low", "oas", ["jira-openapi"]),
    "write:permission-scheme:jira": ("write", "critical", "oas", ["jira-openapi"]),
    "delete:permission-scheme:jira": ("write", "high", "oas", ["jira-openapi"]),
    # Project roles are what permission schemes grant to (high to change).
    "read:project-role:jira": ("read", "low", "oas", ["jira-openapi"]),
    "write:project-role:jira": ("write", "high", "oas", ["jira-openapi"]),
    "delete:project-role:jira": ("write", "high", "oas", ["jira-openapi"]),
    # Webhooks send issue data to outside URLs: creating them is high, like
    # manage:jira-webhook; deleting silences an integration (medium).
    "read:webhook:jira": ("read", "low", "oas", ["jira-openapi", "jira-webhooks-api"]),
    "write:webhook:jira": ("write", "high", "oas", ["jira-openapi"]),
    "delete:webhook:jira": ("write", "medium", "oas", ["jira-openapi"]),
    # Workflows decide how issues move and who may move them (high to change).
    "read:workflow:jira": ("read", "low", "oas", ["jira-openapi"]),
    "write:workflow:jira": ("write", "high", "oas", ["jira-openapi"]),
    "delete:workflow:jira": ("write", "high", "oas", ["jira-openapi"]),
    # Running JQL needs issue read scopes as well; on its own low.
    "read:jql:jira": ("read", "low", "oas", ["jira-openapi", "jira-webhooks-api"]),
    # The audit log records administrative changes, with user names (medium).
    "read:audit-log:jira": ("read", "medium", "oas", ["jira-openapi"]),
    # User profiles (medium, like read:jira-user).
    "read:user:jira": ("read", "medium", "oas", ["jira-openapi"]),
    # Seen only in a newer copy of the scope list embedded in public code, not in
    # the mirror we read: observed. Every user's address regardless of their
    # profile visibility, i.e. bulk personal data (high).
    "read:email-address:jira": ("read", "high", "observed", ["jira-openapi"]),
    # --- Confluence granular scopes, seen only in public code (observed).
    "read:space:confluence": ("read", "low", "observed", ["confluence-3lo-scopes"]),
    "read:comment:confluence": ("read", "medium", "observed", ["confluence-3lo-scopes"]),
    "write:comment:confluence": ("write", "medium", "observed", ["confluence-3lo-scopes"]),
    "read:attachment:confluence": ("read", "medium", "observed", ["confluence-3lo-scopes"]),
    "write:attachment:confluence": ("write", "medium", "observed", ["confluence-3lo-scopes"]),
    # --- Forge platform scopes (Forge scopes page).
    # Hands the remote back end a token acting as the app user (high: a
    # credential that leaves Atlassian, with everything the app may do).
    "read:app-system-token": ("read", "high", "doc", ["forge-scopes"]),
    # Hands the remote back end a token acting as the signed-in user (high).
    "read:app-user-token": ("read", "high", "doc", ["forge-scopes"]),
    # The user privacy API: reports which user accounts the app stores data for.
    "report:personal-data": ("read", "low", "doc", ["forge-scopes"]),
}

# Labels: short noun phrases naming what the scope reaches (our own words).
LABELS_3LO = {
    # Jira classic.
    "read:jira-user": "Jira user profiles",
    "read:jira-work": "Jira projects and issues, with their attachments and worklogs, for reading and search",
    "write:jira-work": "Jira issues, comments and worklogs, deletion of issues included",
    "manage:jira-project": "Jira project settings and project-level objects such as versions and components",
    "manage:jira-configuration": "Jira administration: projects, custom fields, workflows and issue link types",
    "manage:jira-webhook": "Jira dynamic webhooks",
    "manage:jira-data-provider": "development, build and deployment data sent to Jira by outside tools",
    # Jira Service Management classic.
    "read:servicedesk-request": "service desk customer requests",
    "write:servicedesk-request": "service desk customer requests",
    "manage:servicedesk-customer": "service desk customers and organisations",
    # Confluence classic.
    "read:confluence-content.summary": "summaries of Confluence content",
    "read:confluence-content.all": "full Confluence content, page bodies included",
    "read:confluence-content.permission": "Confluence content permissions",
    "write:confluence-content": "Confluence pages, blog posts and comments",
    "write:confluence-file": "uploads of Confluence attachments",
    "read:confluence-space.summary": "summaries of Confluence spaces",
    "write:confluence-space": "Confluence spaces",
    "read:confluence-props": "Confluence content properties",
    "write:confluence-props": "Confluence content properties",
    "manage:confluence-configuration": "site-wide Confluence settings",
    "search:confluence": "Confluence search",
    "read:confluence-user": "Confluence user details",
    "read:confluence-groups": "Confluence user groups",
    "write:confluence-groups": "Confluence user groups and their members",
    "readonly:content.attachment:confluence": "downloads of Confluence attachments",
    # Identity and platform.
    "read:me": "the signed-in user's own profile",
    "read:account": "the signed-in user's account profile",
    "offline_access": "refresh tokens that renew the grant",
    "storage:app": "the Forge app's own storage",
    # Granular (reference).
    "read:issue:jira": "Jira issues",
    "write:issue:jira": "Jira issues",
    "delete:issue:jira": "Jira issues",
    "read:project:jira": "Jira projects",
    "write:project:jira": "Jira projects",
    "delete:project:jira": "Jira projects",
    "read:page:confluence": "Confluence pages",
    "write:page:confluence": "Confluence pages",
    "delete:page:confluence": "Confluence pages",
    "read:board-scope.admin:jira-software": "Jira Software board configuration",
    # Granular (EXTRA_3LO).
    "read:attachment:jira": "Jira issue attachments",
    "write:attachment:jira": "Jira issue attachments",
    "delete:attachment:jira": "Jira issue attachments",
    "read:comment:jira": "Jira issue comments",
    "write:comment:jira": "Jira issue comments",
    "delete:comment:jira": "Jira issue comments",
    "read:field:jira": "Jira fields",
    "write:field:jira": "Jira fields",
    "delete:field:jira": "Jira fields",
    "read:group:jira": "Jira user groups",
    "write:group:jira": "Jira user groups and their members",
    "delete:group:jira": "Jira user groups",
    "read:permission-scheme:jira": "Jira permission schemes",
    "write:permission-scheme:jira": "Jira permission schemes",
    "delete:permission-scheme:jira": "Jira permission schemes",
    "read:project-role:jira": "Jira project roles",
    "write:project-role:jira": "Jira project roles",
    "delete:project-role:jira": "Jira project roles",
    "read:webhook:jira": "Jira webhooks",
    "write:webhook:jira": "Jira webhooks",
    "delete:webhook:jira": "Jira webhooks",
    "read:workflow:jira": "Jira workflows",
    "write:workflow:jira": "Jira workflows",
    "delete:workflow:jira": "Jira workflows",
    "read:jql:jira": "JQL queries",
    "read:audit-log:jira": "the Jira audit log",
    "read:user:jira": "Jira users",
    "read:email-address:jira": "e-mail addresses of Jira users",
    "read:space:confluence": "Confluence spaces",
    "read:comment:confluence": "Confluence comments",
    "write:comment:confluence": "Confluence comments",
    "read:attachment:confluence": "Confluence attachments",
    "write:attachment:confluence": "Confluence attachments",
    "read:app-system-token": "app-user tokens passed to a Forge Remote back end",
    "read:app-user-token": "signed-in-user tokens passed to a Forge Remote back end",
    "report:personal-data": "the Forge user privacy API",
}

# Risk tier is the reference's sensitivity, except these.
RISK_3LO = {
    # Raised: PROVIDERS.md lists manage:jira-webhook and manage:jira-project as
    # high, like write:jira-work (already high in the reference); and
    # manage:jira-webhook already is high. Nothing to change for those.
    # Raised: the Jira user scope shows e-mail addresses where profiles allow;
    # the reference says moderate, which we keep (no change listed).
    # Lowered: the reference rates read:project:jira low already.
    # Raised: write:confluence-groups is critical in the reference and
    # PROVIDERS.md (group membership decides space access); kept.
    # Raised: a session that can create or delete pages across every space the
    # user can edit is broad write, like write:confluence-content (high).
    "write:page:confluence": "high",
}

# Sensitivity: operation-neutral noun phrases (see $defs/sensitive); shown for
# every scope carrying them, so they name what is reached, and name a
# capability only the scope's own operation has as a capability.
SENSITIVE_3LO = {
    "read:jira-user": "user profiles on the site, e-mail addresses included where profiles show them",
    "write:jira-work": "issues, comments and worklogs in every project the user can edit, deletion of issues included",
    "manage:jira-project": "project settings and project-level objects of the projects the user administers",
    "manage:jira-configuration": "Jira's global administration: projects, custom fields, workflows and issue link types",
    "manage:jira-webhook": "webhooks that send issue events to a URL the app chooses",
    "manage:servicedesk-customer": "service desk customers and organisations, people outside the company",
    "write:confluence-groups": "Confluence user groups and their members, which decide who can reach each space",
    "manage:confluence-configuration": "site-wide Confluence settings that every space inherits",
    "offline_access": "refresh tokens that keep the app's access alive while the user is away",
    "delete:issue:jira": "deletion of Jira issues",
    "delete:project:jira": "deletion of whole Jira projects with their issues and settings",
    "delete:page:confluence": "deletion of Confluence pages",
    "delete:attachment:jira": "deletion of files attached to issues",
    "delete:comment:jira": "deletion of issue comments",
    "delete:field:jira": "deletion of custom fields together with the values every issue holds in them",
    "write:group:jira": "Jira user groups and their members, which decide permissions across projects",
    "delete:group:jira": "deletion of the user groups that permissions are granted to",
    "write:permission-scheme:jira": "permission schemes, which decide who may browse, edit and delete in each project",
    "delete:permission-scheme:jira": "deletion of the permission schemes projects rely on",
    "write:project-role:jira": "project roles, which permission schemes grant access to",
    "delete:project-role:jira": "deletion of the project roles permission schemes grant access to",
    "write:webhook:jira": "webhooks that send issue events to a URL the app chooses",
    "write:workflow:jira": "workflows, which decide how issues move and who may move them",
    "delete:workflow:jira": "deletion of the workflows issues move through",
    "read:email-address:jira": "the e-mail addresses of all users, whatever their profile visibility settings",
    "read:app-system-token": "tokens acting as the app user, handed to the app's own back end outside Atlassian",
    "read:app-user-token": "tokens acting as the signed-in user, handed to the app's own back end outside Atlassian",
}

# Read-only counterparts of classic write scopes (named by Atlassian's pattern,
# not derivable mechanically). Granular ones are derived: write:X and delete:X
# have read:X when the catalog has it.
READ_VARIANT_3LO = {
    "write:jira-work": "read:jira-work",
    "write:servicedesk-request": "read:servicedesk-request",
    "write:confluence-content": "read:confluence-content.all",
    "write:confluence-space": "read:confluence-space.summary",
    "write:confluence-props": "read:confluence-props",
    "write:confluence-groups": "read:confluence-groups",
}

# Implications the reference lists that we do not record, with the reason.
DROPPED_IMPLIES = {
    # The reference row (flagged "from memory") says .all includes .summary; no
    # Atlassian page we read says so, and Atlassian publishes no 3LO chain.
    "read:confluence-content.all": ["read:confluence-content.summary"],
}

# Notes (short facts, our words).
OBSERVED_NOTE = ("The team reference lists it from memory of Atlassian's scope tables; "
                 "not confirmed on Atlassian's pages")
PUBLIC_CODE_NOTE = "Seen only in public code; not confirmed on Atlassian's pages"
NOTE_3LO = {
    "read:confluence-content.all": "The reference also says it includes read:confluence-content.summary; "
                                   "no Atlassian page we read says so, so no implication is recorded",
    "manage:jira-webhook": "Only Connect and OAuth 2.0 apps can register dynamic webhooks; the granular "
                           "route is read:webhook:jira with read:jql:jira",
    "read:board-scope.admin:jira-software": "Board configuration is returned only to users with project admin rights",
    "manage:servicedesk-customer": "Creating customers also needs the user to be a Jira administrator",
    "offline_access": "Without it the app gets no refresh token and must send the user through consent again",
    "storage:app": "Enables the Forge app storage API",
    "read:app-user-token": "Only app modules tied to a signed-in user session can hold it (Forge Remote)",
    "read:app-system-token": "Used by Forge Remote back ends",
    "read:jql:jira": "Searching issues with JQL also needs issue read scopes",
    "read:email-address:jira": "Seen only in a newer copy of the Jira scope list embedded in public code",
}

# --------------------------------------------------------------------------
# Forge manifest settings, for the risky-setting rule (format forge-manifest)
# --------------------------------------------------------------------------

# Pointers into manifest.yml as a tree. "*" matches any key or index.
# Left out on purpose: a bare "*" in permissions.external.fetch.backend or
# .client (any host may receive data). A setting's equals "*" means "any
# value", so the literal "*" cannot be expressed in this format yet.
SETTINGS_3LO = [
    # Forge permissions page: the map form with allowImpersonation lets the app
    # act as a user from a scheduled trigger; PROVIDERS.md ranks it critical.
    {"format": "forge-manifest",
     "pointer": "/permissions/scopes/*/allowImpersonation",
     "equals": True,
     "risk": "critical",
     "message": "the app may use this scope as a user who is not present, for example from a scheduled trigger "
                "(offline user impersonation)",
     "help": "drop allowImpersonation unless a background job must act as a specific user",
     "sources": ["forge-permissions"]},
    # Content security page: inline script in Custom UI weakens its protection
    # against injected script.
    {"format": "forge-manifest",
     "pointer": "/permissions/content/scripts/*",
     "equals": "unsafe-inline",
     "risk": "medium",
     "message": "inline script may run in the app's Custom UI, which removes the content security policy's "
                "main defence against injected script",
     "help": "move inline script into bundled files and remove unsafe-inline",
     "sources": ["forge-egress", "forge-permissions"]},
]

# Default grant: the Forge permissions page requires an empty list when no
# OAuth 2.0 scope is needed, so an app that declares none gets none.
DEFAULT_GRANT_3LO = "no access to Atlassian product APIs; a Forge app that needs none declares an empty scopes list"

# ==========================================================================
# Connect scopes
# ==========================================================================

# Direct implications (readers take the transitive closure). From the two
# Connect scope tables: READ implies NONE; WRITE implies READ; DELETE implies
# WRITE; PROJECT_ADMIN (Jira) and SPACE_ADMIN (Confluence) imply DELETE; ADMIN
# implies PROJECT_ADMIN in Jira and SPACE_ADMIN in Confluence, so, the catalog
# covering both products, both. ACT_AS_USER and ACCESS_EMAIL_ADDRESSES imply
# nothing and are implied by nothing (ADMIN included). The script checks the
# closure against the reference's implies lists.
CONNECT_IMPLIES = {
    "NONE": [],
    "READ": ["NONE"],
    "WRITE": ["READ"],
    "DELETE": ["WRITE"],
    "PROJECT_ADMIN": ["DELETE"],
    "SPACE_ADMIN": ["DELETE"],
    "ADMIN": ["PROJECT_ADMIN", "SPACE_ADMIN"],
    "ACT_AS_USER": [],
    "ACCESS_EMAIL_ADDRESSES": [],
}

# The reference writes ADMIN's first implied scope as one text; it stands for these.
REFERENCE_IMPLIES_ALIASES = {
    "PROJECT_ADMIN (Jira) / SPACE_ADMIN (Confluence)": ["PROJECT_ADMIN", "SPACE_ADMIN"],
}

LABELS_CONNECT = {
    "NONE": "data the app defines itself",
    "READ": "viewing and browsing product data",
    "WRITE": "creating and editing content, without deleting it",
    "DELETE": "deleting content",
    "PROJECT_ADMIN": "administration of a Jira project",
    "SPACE_ADMIN": "administration of a Confluence space",
    "ADMIN": "administration of the whole Jira or Confluence site",
    "ACT_AS_USER": "acting as a user with that user's permissions",
    "ACCESS_EMAIL_ADDRESSES": "the e-mail addresses of users",
}

# Risk: the reference's sensitivity, except these. The brief and PROVIDERS.md
# put ADMIN and ACT_AS_USER at critical and DELETE, PROJECT_ADMIN, SPACE_ADMIN
# and ACCESS_EMAIL_ADDRESSES at high, which the reference already does.
RISK_CONNECT = {}

SENSITIVE_CONNECT = {
    "DELETE": "deletion of issues, pages and other content across the site",
    "PROJECT_ADMIN": "administration of Jira projects, such as their settings and who holds which project role",
    "SPACE_ADMIN": "administration of Confluence spaces, including who may view and edit them",
    "ADMIN": "administration of the whole Jira or Confluence site",
    "ACT_AS_USER": "acting as any user of the site with that user's permissions, even while the user is offline",
    "ACCESS_EMAIL_ADDRESSES": "the e-mail addresses of every user on the site",
}

NOTE_CONNECT = {
    "NONE": "Grants nothing beyond data the app defines itself and never needs declaring; "
            "every other data scope already includes it",
    "PROJECT_ADMIN": "Jira only",
    "SPACE_ADMIN": "Confluence only",
    "ADMIN": "Includes PROJECT_ADMIN in Jira and SPACE_ADMIN in Confluence, but neither ACT_AS_USER nor "
             "ACCESS_EMAIL_ADDRESSES",
    "ACT_AS_USER": "Stands alone: no other scope includes it",
    "ACCESS_EMAIL_ADDRESSES": "Stands alone: no other scope includes it",
}

# ADMIN is the one bundle: site administration reaches every project or space.
# The narrower choices, most useful first: the per-project or per-space admin
# scopes, then plain writing or reading (PROVIDERS.md: ADMIN requested by
# read-only reporting add-ons is a common mistake).
BREADTH_CONNECT = {
    "ADMIN": ("family", ["PROJECT_ADMIN", "SPACE_ADMIN", "WRITE", "READ"]),
}

# Write scopes whose read-only counterpart is READ. ACT_AS_USER has none: what
# it does depends on the impersonated user, not on a read/write split.
READ_VARIANT_CONNECT = {
    "WRITE": "READ",
    "DELETE": "READ",
    "PROJECT_ADMIN": "READ",
    "SPACE_ADMIN": "READ",
    "ADMIN": "READ",
}

# Connect descriptor settings (format atlassian-connect).
SETTINGS_CONNECT = [
    # Security page: apps declare JWT; with "none" Atlassian does not sign its
    # calls to the app, so forged lifecycle and module requests look real.
    # The descriptor accepts the value in either case, hence two entries.
    {"format": "atlassian-connect",
     "pointer": "/authentication/type",
     "equals": "none",
     "risk": "high",
     "message": "Atlassian's calls to the app carry no signed token, so the app cannot tell real install "
                "callbacks and requests from forged ones",
     "help": "use jwt authentication and check the token on every incoming request",
     "sources": ["connect-security"]},
    {"format": "atlassian-connect",
     "pointer": "/authentication/type",
     "equals": "NONE",
     "risk": "high",
     "message": "Atlassian's calls to the app carry no signed token, so the app cannot tell real install "
                "callbacks and requests from forged ones",
     "help": "use jwt authentication and check the token on every incoming request",
     "sources": ["connect-security"]},
    # API migrations page: false keeps install callbacks signed with the shared
    # secret only. Low: Atlassian announced the asymmetric signing would become
    # mandatory, so the value mostly marks a stale descriptor.
    {"format": "atlassian-connect",
     "pointer": "/apiMigrations/signed-install",
     "equals": False,
     "risk": "low",
     "message": "the app opts out of install and uninstall callbacks signed with Atlassian's asymmetric key "
                "for as long as the transition period allows",
     "help": "set signed-install to true and verify lifecycle callbacks with Atlassian's public key",
     "sources": ["connect-api-migrations"]},
]

# Default grant: NONE needs no declaration (both Connect tables).
DEFAULT_GRANT_CONNECT = "data the app defines itself, the same as the NONE scope, which needs no declaration"

# ==========================================================================
# Mechanics
# ==========================================================================


SCOPE_3LO = re.compile(r"^(offline_access|[a-z]+:[a-z0-9.-]+(:[a-z-]+)?)$")
CONNECT_NAME = re.compile(r"^[A-Z][A-Z_]*[A-Z]$")


def map_reference_sources(ref, used):
    mapped = {"3lo": [], "connect": []}
    for url in ref["sources"]:
        target = used.get("REFERENCE_SOURCE_IDS", REFERENCE_SOURCE_IDS, url)
        if target is None:
            raise CurationError(f"reference source {url} has no entry in REFERENCE_SOURCE_IDS")
        mapped[target[0]].append(target[1])
    ids = {"3lo": {s["id"] for s in SOURCES_3LO}, "connect": {s["id"] for s in SOURCES_CONNECT}}
    for cat, sids in mapped.items():
        for sid in sids:
            if sid not in ids[cat]:
                raise CurationError(f"REFERENCE_SOURCE_IDS names unknown {cat} source {sid}")
    return mapped


def build_3lo(ref, used):
    rows = list(ref["oauth2_forge_scopes"])
    listed = ref.get("counts", {}).get("oauth2_forge_scopes_listed")
    if listed is not None and listed != len(rows):
        raise CurationError(f"reference says {listed} OAuth/Forge scopes but lists {len(rows)}")
    names = [r["scope"] for r in rows]
    if len(set(names)) != len(names):
        raise CurationError("duplicate OAuth/Forge scopes in the reference")
    for must in ("read:me", "read:account", "offline_access", "storage:app"):
        if must not in names and must not in EXTRA_3LO:
            raise CurationError(f"{must} is neither in the reference nor in EXTRA_3LO")
    verified = sum(1 for r in rows if "confidence" not in r)
    if ref.get("counts", {}).get("oauth2_verified") not in (None, verified):
        raise CurationError(f"reference counts {ref['counts']['oauth2_verified']} verified rows, found {verified}")

    entries = []
    for r in rows:
        name = r["scope"]
        if not SCOPE_3LO.match(name):
            raise CurationError(f"{name}: not an OAuth 2.0/Forge scope name")
        if r["access"] not in ACCESS_MAP:
            raise CurationError(f"{name}: unknown access {r['access']!r}")
        product_source = PRODUCT_SOURCE.get(r["product"])
        if product_source is None:
            raise CurationError(f"{name}: no PRODUCT_SOURCE for product {r['product']!r}")
        used.mark("PRODUCT_SOURCE", r["product"])
        confirmed = used.get("CONFIRMED", CONFIRMED, name)
        flagged = "confidence" in r
        if confirmed:
            evidence, sources = confirmed[0], list(confirmed[1])
        elif flagged:
            evidence, sources = "observed", [product_source]
        else:
            evidence, sources = "doc", [product_source]
        ref_implies = r.get("implies", [])
        dropped = used.get("DROPPED_IMPLIES", DROPPED_IMPLIES, name)
        if ref_implies and ref_implies != dropped:
            raise CurationError(f"{name}: reference implies {ref_implies}; record or drop it in DROPPED_IMPLIES")
        if dropped and not ref_implies:
            raise CurationError(f"DROPPED_IMPLIES[{name!r}]: the reference no longer lists an implication")
        entries.append({"name": name, "access": ACCESS_MAP[r["access"]], "risk": RISK_MAP[r["sensitivity"]],
                        "evidence": evidence, "sources": sources,
                        "observed_note": evidence == "observed"})
    for name, (access, risk, evidence, sources) in EXTRA_3LO.items():
        used.mark("EXTRA_3LO", name)
        if name in names:
            raise CurationError(f"EXTRA_3LO[{name!r}] is now in the reference; drop the extra entry")
        if not SCOPE_3LO.match(name):
            raise CurationError(f"EXTRA_3LO[{name!r}]: not an OAuth 2.0/Forge scope name")
        entries.append({"name": name, "access": access, "risk": risk, "evidence": evidence,
                        "sources": list(sources), "observed_note": False,
                        "public_code": evidence == "observed"})

    all_names = {e["name"] for e in entries}
    scopes = []
    for e in entries:
        name = e["name"]
        label = used.get("LABELS_3LO", LABELS_3LO, name)
        if not label:
            raise CurationError(f"no label for {name}")
        out = {"name": name, "label": label, "access": e["access"]}
        risk = used.get("RISK_3LO", RISK_3LO, name, e["risk"])
        if name in RISK_3LO and RISK_3LO[name] == e["risk"]:
            raise CurationError(f"RISK_3LO[{name!r}] repeats the base tier; drop it")
        out["risk"] = risk
        out["evidence"] = e["evidence"]
        out["sources"] = e["sources"]
        notes = []
        if e.get("observed_note"):
            notes.append(OBSERVED_NOTE)
        if e.get("public_code") and name not in NOTE_3LO:
            notes.append(PUBLIC_CODE_NOTE)
        n = used.get("NOTE_3LO", NOTE_3LO, name)
        if n:
            notes.append(n)
        if notes:
            out["note"] = "; ".join(notes)
        out["implies"] = []
        s = used.get("SENSITIVE_3LO", SENSITIVE_3LO, name)
        if s:
            out["sensitive"] = s
        rv = used.get("READ_VARIANT_3LO", READ_VARIANT_3LO, name)
        if rv is None:
            m = re.match(r"^(write|delete):(.+)$", name)
            if m and name.count(":") == 2 and "read:" + m.group(2) in all_names:
                rv = "read:" + m.group(2)
        if rv is not None:
            if e["access"] != "write":
                raise CurationError(f"{name}: read variant on a read scope")
            out["read_variant"] = rv
        scopes.append(out)

    catalog = catalog_header(HEADER_3LO, CATALOG_DATE)
    catalog["sources"] = [dict(s) for s in SOURCES_3LO]
    catalog["operations"] = []
    catalog["services"] = []
    catalog["scopes"] = scopes
    catalog["default_grant"] = DEFAULT_GRANT_3LO
    catalog["settings"] = [dict(s) for s in SETTINGS_3LO]
    return catalog


def build_connect(ref, used):
    rows = list(ref["connect_scopes"])
    listed = ref.get("counts", {}).get("connect_scopes")
    if listed is not None and listed != len(rows):
        raise CurationError(f"reference says {listed} Connect scopes but lists {len(rows)}")
    names = [r["scope"] for r in rows]
    if set(names) != set(CONNECT_IMPLIES):
        raise CurationError(f"Connect scopes differ from CONNECT_IMPLIES: {sorted(set(names) ^ set(CONNECT_IMPLIES))}")

    # The closure of our direct implications must equal the reference's lists.
    def closure(n, seen=None):
        seen = set() if seen is None else seen
        for m in CONNECT_IMPLIES[n]:
            if m not in seen:
                seen.add(m)
                closure(m, seen)
        return seen

    scopes = []
    for r in rows:
        name = r["scope"]
        if not CONNECT_NAME.match(name):
            raise CurationError(f"{name}: not a Connect scope name")
        ref_implies = set()
        for text in r.get("implies", []):
            alias = used.get("REFERENCE_IMPLIES_ALIASES", REFERENCE_IMPLIES_ALIASES, text)
            ref_implies.update(alias if alias else [text])
        used.mark("CONNECT_IMPLIES", name)
        if closure(name) != ref_implies:
            raise CurationError(f"{name}: implied scopes {sorted(closure(name))} differ from the reference's {sorted(ref_implies)}")
        if r["access"] not in ACCESS_MAP:
            raise CurationError(f"{name}: unknown access {r['access']!r}")
        out = {"name": name}
        label = used.get("LABELS_CONNECT", LABELS_CONNECT, name)
        if not label:
            raise CurationError(f"no label for {name}")
        out["label"] = label
        out["access"] = ACCESS_MAP[r["access"]]
        base = RISK_MAP[r["sensitivity"]]
        out["risk"] = used.get("RISK_CONNECT", RISK_CONNECT, name, base)
        out["evidence"] = "doc"
        products = [p.strip() for p in r["product"].split(",")]
        srcs = []
        if "jira" in products:
            srcs.append("connect-jira-scopes")
        if "confluence" in products:
            srcs.append("connect-confluence-scopes")
        if name in ("ACT_AS_USER", "ACCESS_EMAIL_ADDRESSES"):
            # The UPM page states the offline and all-users reach.
            srcs.append("connect-upm-scopes")
        out["sources"] = srcs
        n = used.get("NOTE_CONNECT", NOTE_CONNECT, name)
        if n:
            out["note"] = n
        out["implies"] = list(CONNECT_IMPLIES[name])
        s = used.get("SENSITIVE_CONNECT", SENSITIVE_CONNECT, name)
        if s:
            out["sensitive"] = s
        br = used.get("BREADTH_CONNECT", BREADTH_CONNECT, name)
        if br:
            out["breadth"] = br[0]
            out["narrower"] = list(br[1])
        rv = used.get("READ_VARIANT_CONNECT", READ_VARIANT_CONNECT, name)
        if rv:
            if out["access"] != "write":
                raise CurationError(f"{name}: read variant on a read scope")
            out["read_variant"] = rv
        scopes.append(out)

    catalog = catalog_header(HEADER_CONNECT, CATALOG_DATE)
    catalog["sources"] = [dict(s) for s in SOURCES_CONNECT]
    catalog["operations"] = []
    catalog["services"] = []
    catalog["scopes"] = scopes
    catalog["default_grant"] = DEFAULT_GRANT_CONNECT
    catalog["settings"] = [dict(s) for s in SETTINGS_CONNECT]
    return catalog


def build(ref):
    used = Used()
    mapped = map_reference_sources(ref, used)
    three = build_3lo(ref, used)
    connect = build_connect(ref, used)
    # Every reference source must be cited by the catalog it belongs to.
    for cat, catalog in (("3lo", three), ("connect", connect)):
        ids = {s["id"] for s in catalog["sources"]}
        for sid in mapped[cat]:
            if sid not in ids:
                raise CurationError(f"reference source {sid} missing from the {cat} catalog")
    used.check({
        "REFERENCE_SOURCE_IDS": REFERENCE_SOURCE_IDS,
        "PRODUCT_SOURCE": PRODUCT_SOURCE,
        "CONFIRMED": CONFIRMED,
        "EXTRA_3LO": EXTRA_3LO,
        "LABELS_3LO": LABELS_3LO,
        "RISK_3LO": RISK_3LO,
        "SENSITIVE_3LO": SENSITIVE_3LO,
        "READ_VARIANT_3LO": READ_VARIANT_3LO,
        "DROPPED_IMPLIES": DROPPED_IMPLIES,
        "NOTE_3LO": NOTE_3LO,
        "CONNECT_IMPLIES": CONNECT_IMPLIES,
        "REFERENCE_IMPLIES_ALIASES": REFERENCE_IMPLIES_ALIASES,
        "LABELS_CONNECT": LABELS_CONNECT,
        "RISK_CONNECT": RISK_CONNECT,
        "SENSITIVE_CONNECT": SENSITIVE_CONNECT,
        "NOTE_CONNECT": NOTE_CONNECT,
        "BREADTH_CONNECT": BREADTH_CONNECT,
        "READ_VARIANT_CONNECT": READ_VARIANT_CONNECT,
    })
    return three, connect


def check(catalog, schema_path, header_sources):
    problems = flat_catalog_problems(catalog, header_sources) + schema_problems(catalog, schema_path)
    print(f"{catalog['provider']}: scopes: {len(catalog['scopes'])} ("
          + tally(catalog["scopes"], "risk", RISK_TIERS)
          + "; evidence " + tally(catalog["scopes"], "evidence", ("doc", "oas", "observed"))
          + f"), sensitive: {sum(1 for s in catalog['scopes'] if 'sensitive' in s)}, "
          f"settings: {len(catalog.get('settings', []))}", file=sys.stderr)
    return problems


def check_both(catalogs, schema_path):
    problems = []
    for catalog, hs in zip(catalogs, (HEADER_SOURCES_3LO, HEADER_SOURCES_CONNECT)):
        problems += [f"{catalog['provider']}: {p}" for p in check(catalog, schema_path, hs)]
    return problems


def main():
    args = parse_args(__doc__, "atlassian", [
        ("--output", {"default": os.path.join(CATALOG_DIR, "atlassian.json"),
                      "help": "OAuth 2.0 (3LO) and Forge catalog"}),
        ("--connect-output", {"default": os.path.join(CATALOG_DIR, "atlassian-connect.json"),
                              "help": "Connect catalog"}),
    ], check_target="either output file")
    return run(args, __file__, build, lambda catalogs: check_both(catalogs, args.schema),
               lambda catalogs: list(zip((args.output, args.connect_output), catalogs)))


if __name__ == "__main__":
    sys.exit(main())
