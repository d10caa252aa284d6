#!/usr/bin/env python3
"""Turn the team's Slack reference catalog into scopelint's catalog data file.

Usage (from anywhere):
    python3 tools/import-slack-catalog.py [REFERENCE_JSON] [--output PATH] [--corpus DIR] [--check]

REFERENCE_JSON defaults to ../shared/reference/slack/scopes.json relative to the
repository root; the output defaults to rules/catalog/slack.json. --check writes
nothing and fails when the committed file differs from what would be written.
--corpus (default ../shared/corpus/slack-manifest) names a folder of real Slack
app manifests: every event they subscribe to must be in EVENTS or in
EVENTS_LEFT_OUT, so no corpus event is forgotten silently. When the folder is
missing that check is skipped with a note.

The mapping is mechanical; every judgement (labels, risk tiers, sensitivity,
deprecations, replacements, event requirements, manifest settings) lives in the
named dictionaries below, each entry with a comment saying why. The script
refuses to run when a curation key no longer matches the reference, so stale
curation cannot linger silently.

Slack publishes no scope hierarchy, so no scope implies another ("implies" is
empty everywhere); the relations Slack does document are expressed as
requires_any (a scope that works only next to another), read_variant, narrower
and replaced_by.

Only the standard library is required. When the `jsonschema` package is
importable the output is also validated against rules/schemas/catalog.schema.json.
"""

import json
import os
import re
import sys

# The shared module sits next to this file; no bytecode, so that running the
# script leaves no __pycache__ folder in tools/.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog_import import (  # noqa: E402
    CATALOG_DIR, REPO, RISK_TIERS, Citations, CurationError, Used, flat_catalog, other_events,
    implication_cycles, parse_args, phrase_problems, run, schema_problems, tally)

# --------------------------------------------------------------------------
# File-level facts
# --------------------------------------------------------------------------

# Date the facts were last reviewed against their sources. A constant (not
# today's date) so that reruns reproduce the committed file byte for byte.
CATALOG_DATE = "2026-12-04"

# Output header. Slack scopes are lower case and Slack treats them as exact
# strings (reference "syntax.case"); ":" separates resource and action
# (channels:history); the v2 authorize URL takes a comma-separated list.
HEADER = {
    "provider": "slack",
    "title": "Slack",
    "case_sensitive": True,
    "segment_separator": ":",
    "list_separator": ",",
}

# Kinds of token a manifest can request scopes for (oauth_config.scopes.bot and
# .user). App-level (xapp-), configuration (xoxe-) and classic bot tokens are
# deliberately not token types here: none of them is requested through
# oauth_config.scopes, so a reader never tags a manifest scope with them.
TOKEN_TYPES = [
    {"id": "bot", "label": "bot token",
     "note": "Granular bot token (xoxb-), requested under oauth_config.scopes.bot; "
             "it sees only the conversations the bot has been added to"},
    {"id": "user", "label": "user token",
     "note": "User token (xoxp-), requested under oauth_config.scopes.user; "
             "it acts as the installing user, with everything that user can reach"},
]

# How the reference names token kinds -> our token type ids. Kinds mapped to
# None are dropped: "Legacy bot" (classic apps), "App level" and "Configuration"
# tokens are not requested in oauth_config.scopes, and "(classic / legacy only)"
# marks scopes no current token can hold. A scope left with no token type gets
# no token_types field and a note (see APP_LEVEL_ONLY and CLASSIC_ONLY).
TOKEN_KIND_MAP = {
    "Bot": "bot",
    "User": "user",
    "Legacy bot": None,
    "App level": None,
    "Configuration": None,
    "(classic / legacy only)": None,
}
TOKEN_TYPE_ORDER = ["bot", "user"]

# Reference "access" -> our read|write. Everything that can change data is write.
ACCESS_MAP = {
    "read": "read",
    "write": "write",
    "write+delete": "write",
    "admin": "write",
    "full": "write",
}

# Reference "sensitivity" -> our risk scale. "moderate" is our "medium".
RISK_MAP = {"critical": "critical", "high": "high", "moderate": "medium", "low": "low"}

# Sources. Scopes, events and settings cite these by id. Every id must be cited
# at least once (checked), so this list says exactly what the file rests on.
SOURCES = [
    {"id": "slack-scopes", "url": "https://docs.slack.dev/reference/scopes",
     "what": "Slack's scope list: scope names, supported token types and one-line descriptions "
             "(taken from the team's reference snapshot of api.slack.com/scopes, 2025-03-27; "
             "descriptions paraphrased)"},
    {"id": "legacy-scopes", "url": "https://docs.slack.dev/legacy/legacy-authentication/legacy-oauth-scopes",
     "what": "classic OAuth scopes and the user/bot/admin perspective suffixes of classic apps"},
    {"id": "scope-chat-write", "url": "https://docs.slack.dev/reference/scopes/chat.write",
     "what": "chat:write replaces the classic chat:write:bot and chat:write:user for current apps"},
    {"id": "scope-chat-write-public", "url": "https://docs.slack.dev/reference/scopes/chat.write.public",
     "what": "chat:write.public posts to channels the app is not in and must be requested with chat:write"},
    {"id": "scope-chat-write-customize", "url": "https://docs.slack.dev/reference/scopes/chat.write.customize",
     "what": "chat:write.customize sets a custom name and avatar and must be requested with chat:write"},
    {"id": "scope-users-read-email", "url": "https://api.slack.com/scopes/users:read.email",
     "what": "users:read.email gives the e-mail field of user objects and must be requested with users:read"},
    {"id": "scope-admin", "url": "https://docs.slack.dev/reference/scopes/admin",
     "what": "the admin scope: assorted admin methods (access logs, billable info, integration logs, "
             "SCIM API), user token only, list not exhaustive"},
    {"id": "admin-scopes", "url": "https://api.slack.com/scopes/admin.apps:write",
     "what": "admin.* scopes need an Enterprise org admin or owner installing the app on the whole organisation"},
    {"id": "scope-authorizations-read", "url": "https://api.slack.com/scopes/authorizations:read",
     "what": "authorizations:read works only with an app-level token"},
    {"id": "socket-mode", "url": "https://api.slack.com/apis/connections/socket",
     "what": "Socket Mode connects with an app-level token holding connections:write instead of a public request URL"},
    {"id": "search-ai-scopes", "url": "https://api.slack.com/scopes/search:read.private",
     "what": "search:read.private and search:read.mpim pages: bot search scopes for AI apps, used only after "
             "the user consents in Slack"},
    {"id": "identity-legacy", "url": "https://api.slack.com/scopes/identity.team",
     "what": "identity.* scopes belong to the outdated Sign in with Slack; use the OpenID Connect flow instead"},
    {"id": "stars-deprecation", "url": "https://api.slack.com/changelog/2023-07-its-later-already-for-stars-and-reminders",
     "what": "stars became saved items (Later) and the stars.* methods were deprecated "
             "(linked from slackapi/node-slack-sdk pull request 1632, which marks them deprecated)"},
    {"id": "slack-api-ref-lists", "url": "https://github.com/slack-ruby/slack-api-ref/tree/master/docs.slack.dev/methods",
     "what": "third-party machine copy of Slack's method pages: slackLists.items.list needs lists:read, "
             "slackLists.items.create needs lists:write"},
    {"id": "slack-events", "url": "https://docs.slack.dev/reference/events",
     "what": "event type pages, each with a Required Scopes fact (our copy of some pages keeps the heading "
             "but not the scope names)"},
    {"id": "event-message", "url": "https://docs.slack.dev/reference/events/message",
     "what": "the message event requires channels:history, groups:history, im:history or mpim:history"},
    {"id": "event-message-channels", "url": "https://docs.slack.dev/reference/events/message.channels",
     "what": "message.channels requires channels:history"},
    {"id": "event-member-joined-channel", "url": "https://docs.slack.dev/reference/events/member_joined_channel",
     "what": "member_joined_channel arrives for public channels with channels:read and for private ones with groups:read"},
    {"id": "event-member-left-channel", "url": "https://api.slack.com/events/member_left_channel",
     "what": "member_left_channel needs at least one of channels:read or groups:read"},
    {"id": "scope-channels-history", "url": "https://docs.slack.dev/reference/scopes/channels.history",
     "what": "compatible events of channels:history, among them message.channels and channel_history_changed"},
    {"id": "scope-groups-read", "url": "https://docs.slack.dev/reference/scopes/groups.read",
     "what": "compatible events of groups:read: channel_shared, channel_unshared, group_* events, "
             "member_joined_channel, member_left_channel"},
    {"id": "scope-im-read", "url": "https://docs.slack.dev/reference/scopes/im.read",
     "what": "compatible events of im:read: im_close, im_created, im_open"},
    {"id": "scope-reactions-read", "url": "https://docs.slack.dev/reference/scopes/reactions.read",
     "what": "compatible events of reactions:read: reaction_added, reaction_removed"},
    {"id": "slack-api-ref-events", "url": "https://github.com/slack-ruby/slack-api-ref/blob/master/docs.slack.dev/events/events.json",
     "what": "third-party machine copy of docs.slack.dev event pages with the scopes of each event; used where "
             "our copy of Slack's page lost the scope names"},
    {"id": "manifest-schema", "url": "https://github.com/slackapi/manifest-schema",
     "what": "Slack's JSON schema of app manifests: settings.org_deploy_enabled, settings.token_rotation_enabled, "
             "settings.event_subscriptions.bot_events and user_events"},
    {"id": "org-ready-apps", "url": "https://api.slack.com/enterprise/apps",
     "what": "organisation-ready apps: one install at Enterprise organisation level and one token covering "
             "every workspace admins later add the app to"},
    {"id": "token-rotation", "url": "https://docs.slack.dev/authentication/using-token-rotation",
     "what": "without token rotation access tokens never expire; with it they expire after 12 hours and are "
             "renewed with a refresh token"},
]

# Sources every reference scope cites; extra ones per scope below.
DEFAULT_SCOPE_SOURCES = ["slack-scopes"]

# --------------------------------------------------------------------------
# Labels (our words; short noun phrases used in messages)
# --------------------------------------------------------------------------

# One entry per scope of the catalog, written from the reference's "summary"
# without reusing its wording. The script fails if a scope has no label or a
# label names no scope.
LABELS = {
    "admin": "assorted workspace administration (access logs, billing details, SCIM)",
    "admin.analytics:read": "usage analytics of the organisation",
    "admin.app_activities:read": "execution logs of apps across the organisation",
    "admin.apps:read": "installed apps and pending app requests of the organisation",
    "admin.apps:write": "approving, restricting and removing apps across the organisation",
    "admin.barriers:read": "information barriers of the organisation",
    "admin.barriers:write": "managing the organisation's information barriers",
    "admin.conversations:manage_objects": "channels tied to external records and objects",
    "admin.conversations:read": "names, topics, purposes and members of any channel in the organisation",
    "admin.conversations:write": "creating and administering channels across the organisation",
    "admin.invites:read": "invite requests of the Enterprise organisation",
    "admin.invites:write": "approving and denying invite requests",
    "admin.roles:read": "admin role assignments",
    "admin.roles:write": "granting and removing admin role assignments",
    "admin.teams:read": "workspaces of the organisation and their details",
    "admin.teams:write": "creating and configuring workspaces",
    "admin.usergroups:read": "user groups across the organisation",
    "admin.usergroups:write": "administering user groups across the organisation",
    "admin.users:read": "member accounts and profiles across the organisation",
    "admin.users:write": "administering member accounts (invitations, removals, roles, sessions)",
    "admin.workflows:read": "every workflow of the organisation",
    "admin.workflows:write": "administering workflows across the organisation",
    "app_configurations:read": "app configurations read through the App Manifest APIs",
    "app_configurations:write": "creating and reconfiguring apps through the App Manifest APIs",
    "app_mentions:read": "messages addressed to the app with an @-mention, where it is a member",
    "apps.requests:write": "app approval requests filed for the user",
    "assistant:write": "the assistant-panel role of AI apps",
    "auditlogs:read": "the Enterprise audit log of every workspace, channel and user",
    "authorizations:read": "installations that can see an Events API event",
    "bookmarks:read": "channel bookmarks",
    "bookmarks:write": "adding, editing and removing channel bookmarks",
    "bot": "the classic bot user bundle",
    "calls:read": "current and past calls",
    "calls:write": "starting and managing calls",
    "canvases:read": "contents of canvases",
    "canvases:write": "creating, editing and deleting canvases",
    "channels:history": "messages and content of public channels the app belongs to",
    "channels:join": "joining public channels",
    "channels:manage": "managing public channels the app belongs to, and creating new ones",
    "channels:read": "basic details of the workspace's public channels",
    "channels:write": "managing the user's public channels and creating new ones as the user",
    "channels:write.invites": "invitations to public channels",
    "channels:write.topic": "setting public channel topics and descriptions",
    "chat:write": "posting messages in conversations the app may post to",
    "chat:write.customize": "posting as the app under a chosen name and avatar",
    "chat:write.public": "posting to public channels the app has not joined",
    "chat:write:bot": "classic posting as the app",
    "chat:write:user": "classic posting of messages as the user",
    "client": "the classic real-time client grant over a whole workspace",
    "commands": "slash commands and shortcuts",
    "connections:write": "Socket Mode WebSocket connections of the app-level token",
    "conversations.connect:manage": "managing Slack Connect channels",
    "conversations.connect:read": "Slack Connect invitation events in the app's channels",
    "conversations.connect:write": "sending and accepting Slack Connect invitations",
    "conversations:history": "conversation history for the retired workspace apps",
    "conversations:read": "conversation details for the retired workspace apps",
    "conversations:write": "conversation changes for the retired workspace apps",
    "conversations:write.invites": "conversation invitations for the retired workspace apps",
    "conversations:write.topic": "conversation topics for the retired workspace apps",
    "datastore:read": "records in the app's datastores",
    "datastore:write": "writing records to the app's datastores",
    "dnd:read": "members' Do Not Disturb status",
    "dnd:write": "changing the user's Do Not Disturb status",
    "email": "the signed-in user's e-mail address (Sign in with Slack)",
    "emoji:read": "the workspace's custom emoji",
    "files:read": "files shared in conversations the app belongs to",
    "files:write": "file uploads, edits and deletions made as the app",
    "files:write:user": "classic file upload, editing and deletion",
    "groups:history": "messages and content of private channels the app belongs to",
    "groups:read": "basic details of private channels the app belongs to",
    "groups:write": "managing private channels the app belongs to, and creating new ones",
    "groups:write.invites": "invitations to private channels",
    "groups:write.topic": "setting private channel topics and descriptions",
    "hosting:read": "Slack-hosted apps and their deployments",
    "hosting:write": "deploying and managing Slack-hosted apps",
    "identify": "the classic app's identity check",
    "identity.avatar": "the user's avatar (legacy Sign in with Slack)",
    "identity.basic": "the user's identity (legacy Sign in with Slack)",
    "identity.email": "the user's e-mail address (legacy Sign in with Slack)",
    "identity.team": "the user's workspace name (legacy Sign in with Slack)",
    "im:history": "messages and content of direct messages the app is part of",
    "im:read": "basic details of direct messages the app is part of",
    "im:write": "opening direct message conversations",
    "im:write.topic": "setting direct message descriptions",
    "incoming-webhook": "an incoming webhook that posts into one chosen channel",
    "links.embed:write": "video players embedded for links, in messages and other app surfaces",
    "links:read": "links posted in messages",
    "links:write": "link previews (unfurls) in messages",
    "lists:read": "Slack lists and their items",
    "lists:write": "creating and changing Slack lists and their items",
    "metadata.message:read": "metadata attached to messages in the app's channels",
    "mpim:history": "messages and content of group direct messages the app is part of",
    "mpim:read": "basic details of group direct messages the app is part of",
    "mpim:write": "opening group direct messages",
    "mpim:write.topic": "setting group direct message descriptions",
    "none": "methods that need no scope",
    "openid": "the signed-in user's identity (Sign in with Slack)",
    "pins:read": "pinned items in conversations the app belongs to",
    "pins:write": "pinning and unpinning messages and files",
    "post": "classic posting to a workspace",
    "profile": "the signed-in user's avatar and workspace basics (Sign in with Slack)",
    "reactions:read": "emoji reactions and the items they sit on, in the app's conversations",
    "reactions:write": "adding and removing emoji reactions",
    "read": "the classic read grant over all workspace content",
    "reminders:read": "reminders the app created",
    "reminders:write": "adding, completing and deleting reminders",
    "remote_files:read": "remote files the app added",
    "remote_files:share": "sharing remote files",
    "remote_files:write": "adding, editing and deleting remote files",
    "search:read": "workspace search as the user",
    "search:read.enterprise": "search across the Enterprise organisation",
    "search:read.files": "file search",
    "search:read.im": "direct message search",
    "search:read.mpim": "group direct message search",
    "search:read.private": "private channel search",
    "search:read.public": "public channel search",
    "stars:read": "items the user starred",
    "stars:write": "adding and removing stars",
    "team.billing:read": "the workspace's billing plan",
    "team.preferences:read": "workspace preferences",
    "team:read": "workspace name, e-mail domain and icon",
    "tokens.basic": "methods that need no scope",
    "triggers:read": "workflow triggers",
    "triggers:write": "creating workflow triggers",
    "usergroups:read": "the workspace's user groups",
    "usergroups:write": "creating and changing user groups",
    "users.profile:read": "members' profile details",
    "users.profile:write": "changing the user's profile and status",
    "users:read": "the workspace's member list",
    "users:read.email": "members' e-mail addresses",
    "users:write": "setting the app's presence",
    "workflow.steps:execute": "app steps for the classic Workflow Builder",
    "workflows.templates:read": "workflow templates",
    "workflows.templates:write": "creating and changing workflow templates",
}

# --------------------------------------------------------------------------
# Scopes the reference lacks
# --------------------------------------------------------------------------

# Added only where something else needs the name. Key: scope; "after": the
# reference scope it follows in the output (keeps alphabetical order stable).
EXTRA_SCOPES = {
    # Requested by corpus manifest 011-junior.yml. Slack's method pages (seen in
    # a third-party machine copy) name lists:read for slackLists.items.list; the
    # reference predates Slack Lists. Evidence stays "observed" and token types
    # are left out because we read no Slack page that lists them.
    "lists:read": {"after": "links:write", "access": "read", "risk": "medium",
                   "evidence": "observed", "sources": ["slack-api-ref-lists"]},
    # Same manifest; slackLists.items.create needs lists:write (same copy).
    "lists:write": {"after": "lists:read", "access": "write", "risk": "medium",
                    "evidence": "observed", "sources": ["slack-api-ref-lists"]},
}

# Extra sources per scope, for facts taken from pages other than the scope list.
EXTRA_SOURCES = {
    "admin": ["scope-admin"],
    "authorizations:read": ["scope-authorizations-read"],
    "connections:write": ["socket-mode"],
    "chat:write.public": ["scope-chat-write-public"],
    "chat:write.customize": ["scope-chat-write-customize"],
    "chat:write:bot": ["scope-chat-write", "legacy-scopes"],
    "chat:write:user": ["scope-chat-write", "legacy-scopes"],
    "files:write:user": ["legacy-scopes"],
    "users:read.email": ["scope-users-read-email"],
    "bot": ["legacy-scopes"],
    "client": ["legacy-scopes"],
    "read": ["legacy-scopes"],
    "post": ["legacy-scopes"],
    "identify": ["legacy-scopes"],
    "identity.avatar": ["identity-legacy"],
    "identity.basic": ["identity-legacy"],
    "identity.email": ["identity-legacy"],
    "identity.team": ["identity-legacy"],
    "stars:read": ["stars-deprecation"],
    "stars:write": ["stars-deprecation"],
    "search:read.files": ["search-ai-scopes"],
    "search:read.im": ["search-ai-scopes"],
    "search:read.mpim": ["search-ai-scopes"],
    "search:read.private": ["search-ai-scopes"],
    "search:read.public": ["search-ai-scopes"],
}
# Every admin.* scope also cites the admin-scopes page (install requirements).
ADMIN_PREFIX = "admin."

# --------------------------------------------------------------------------
# Token types
# --------------------------------------------------------------------------

# App-level token scopes. They are set on an app-level token (xapp-) in the app
# settings and never belong in oauth_config.scopes; the reference gives them no
# bot or user kind. Decision: no token_types field, and a note saying so, so the
# linter knows the scope (no "unknown scope" noise) while the note tells people
# where it really goes.
APP_LEVEL_ONLY = {
    "connections:write": "App-level token scope for Socket Mode; add it to an app-level token in the app "
                         "settings, never to oauth_config.scopes",
    "authorizations:read": "App-level token scope for apps.event.authorizations.list; add it to an app-level "
                           "token in the app settings, never to oauth_config.scopes",
}

# Scopes only classic apps (or classic bot tokens) can hold; no current bot or
# user token does, so they get no token_types and this note. All are deprecated.
CLASSIC_ONLY_NOTE = "Classic apps only; no bot or user token of a current Slack app can hold it"

# --------------------------------------------------------------------------
# Risk tiers
# --------------------------------------------------------------------------

# Risk is the reference's sensitivity (moderate -> medium) except these.
# PROVIDERS.md (Slack section) lists the critical and high scopes; the reference
# already agrees with it for all of them, so the overrides below are our own
# judgements where the reference's tier does not fit what the scope reaches.
RISK_OVERRIDES = {
    # The classic bot scope bundled reading every conversation the bot is in
    # with posting as the bot (RTM); that is the reach of the *:history scopes,
    # which are high.
    "bot": "high",
    # Placeholders for methods that need no scope: they reach nothing a scope
    # would protect, so "moderate" overstates them.
    "none": "low",
    "tokens.basic": "low",
    # Deliberately NOT changed: apps.requests:write stays medium although it is a
    # user-token write (PROVIDERS.md ranks user-token writes high): it only files
    # or cancels an approval request, which an admin still has to grant.
}

# --------------------------------------------------------------------------
# Sensitivity (our words; operation-neutral noun phrase, <= 140 characters,
# lower-case start, no trailing period)
# --------------------------------------------------------------------------

# Required for every high and critical scope (checked). The sensitive-scope rule
# prints it after "'<scope>' reaches sensitive data (<risk> risk): ".
SENSITIVE = {
    # --- critical
    "admin": "workspace administration such as access logs, billable-user details and user provisioning through SCIM",
    "admin.apps:write": "control over which apps may be installed anywhere in the Enterprise organisation",
    "admin.barriers:write": "the information barriers that keep groups of people in the organisation apart",
    "admin.conversations:manage_objects": "channels and channel details linked to outside systems and records, organisation-wide",
    "admin.conversations:write": "every channel of the organisation, including archiving, converting, renaming and moving it",
    "admin.invites:write": "the decision on who may join the Enterprise organisation",
    "admin.roles:write": "admin role assignments, up to granting administrator rights",
    "admin.teams:write": "the organisation's workspaces, their creation and their settings",
    "admin.usergroups:write": "organisation-wide user groups and the channels tied to them",
    "admin.users:write": "every member account of the organisation: invitations, removals, roles and sessions",
    "admin.workflows:write": "every workflow of the organisation, including who may run and edit it",
    "app_configurations:write": "creation and reconfiguration of apps, including their scopes, events and request URLs",
    "auditlogs:read": "the organisation's audit trail of actions by every user in every workspace",
    "client": "a live feed of everything that happens in a workspace, the classic all-access client grant",
    "hosting:write": "deployment of code that runs as Slack-hosted apps",
    "read": "every message, file and profile the classic token can see in the workspace",
    "search:read": "everything the installing user can find by search, across all of their conversations and files",
    "search:read.enterprise": "search across every workspace of the Enterprise organisation",
    # --- high
    "admin.analytics:read": "usage analytics about the members of the whole organisation",
    "admin.app_activities:read": "execution logs of every app and workflow in the organisation",
    "admin.apps:read": "the inventory of apps and app requests across the organisation",
    "admin.barriers:read": "the information barriers set up between groups of the organisation",
    "admin.conversations:read": "names, topics and member lists of channels across the organisation",
    "admin.invites:read": "invitation requests to the organisation and the people named in them",
    "admin.roles:read": "who holds which admin role in the organisation",
    "admin.teams:read": "the organisation's workspaces with their admins, owners and settings",
    "admin.usergroups:read": "user groups across the organisation and the channels tied to them",
    "admin.users:read": "member accounts and profiles across the whole organisation",
    "admin.workflows:read": "every workflow of the organisation and its configuration",
    "app_configurations:read": "the full configuration of the developer's apps, including scopes and request URLs",
    "bot": "the classic bot bundle: history of the bot's conversations and posting as the bot",
    "canvases:read": "contents of canvases, which often hold documents and meeting notes",
    "canvases:write": "canvas documents, including editing and deleting them",
    "channels:history": "message history of the public channels where the app is a member",
    "channels:manage": "public channels the app belongs to: creating, archiving, renaming and inviting",
    "channels:write": "the user's public channels, managed with the user's own rights",
    "chat:write.customize": "messages shown under any chosen name and avatar, enough to pass for a person or another app",
    "chat:write.public": "every public channel of the workspace, without an invitation",
    "chat:write:bot": "messages posted into any conversation the classic token can reach",
    "chat:write:user": "messages posted in the user's name",
    "conversations.connect:manage": "Slack Connect channels shared with outside organisations",
    "conversations.connect:write": "invitations that share the app's channels with outside organisations",
    "datastore:write": "records the app keeps in Slack datastores, including deleting them",
    "dnd:write": "the user's Do Not Disturb state, which decides whether they get notified",
    "files:read": "files shared in the app's conversations, including downloading them",
    "files:write": "files uploaded as the app, including editing and deleting them",
    "files:write:user": "files uploaded, edited and deleted through the classic perspective scope",
    "groups:history": "message history of the private channels where the app is a member",
    "groups:write": "private channels the app belongs to: creating, archiving, renaming and inviting",
    "im:history": "contents of the direct messages the app is part of",
    "incoming-webhook": "a webhook URL that lets anyone holding it post into the chosen channel",
    "mpim:history": "contents of the group direct messages the app is part of",
    "post": "messages posted to the workspace through the classic post scope",
    "remote_files:write": "remote file records the app adds, edits or deletes",
    "search:read.files": "file contents found through search",
    "search:read.im": "direct message contents found through search",
    "search:read.mpim": "group direct message contents found through search",
    "search:read.private": "private channel messages and files found through search",
    "search:read.public": "public channel messages and files found through search",
    "triggers:write": "workflow triggers that start workflows, webhook triggers included",
    "usergroups:write": "user groups, which decide who a group mention notifies",
    "users.profile:write": "the user's profile fields and status, changed in their name",
    "users:read.email": "e-mail addresses of every member of the workspace",
}

# --------------------------------------------------------------------------
# Notes (short facts, our words)
# --------------------------------------------------------------------------

HISTORY_NOTE = ("A bot token sees only conversations the bot was added to; a user token sees every "
                "such conversation of the installing user")

NOTES = {
    "admin": "Grants admin methods such as team.accessLogs, team.billableInfo, team.integrationLogs and the "
             "SCIM API; Slack says the list is not complete, and SCIM and access logs have no granular scope",
    "app_configurations:read": "Used with configuration tokens and the App Manifest APIs",
    "app_configurations:write": "Used with configuration tokens and the App Manifest APIs",
    "auditlogs:read": "Enterprise organisations only; the app must be installed by the organisation's owner",
    "channels:history": HISTORY_NOTE,
    "groups:history": HISTORY_NOTE,
    "im:history": HISTORY_NOTE,
    "mpim:history": HISTORY_NOTE,
    "chat:write.customize": "Works only together with chat:write",
    "chat:write.public": "Works only together with chat:write",
    "users:read.email": "Must be requested together with users:read",
    "incoming-webhook": "Installing creates a webhook URL bound to one channel; the URL itself is a secret",
    "search:read": "User token only: searches run with everything the installing user can see",
    "search:read.files": "Bot scope for AI apps; searches run only after the user consents in Slack",
    "search:read.im": "Bot scope for AI apps; searches run only after the user consents in Slack",
    "search:read.mpim": "Bot scope for AI apps; searches run only after the user consents in Slack",
    "search:read.private": "Bot scope for AI apps; searches run only after the user consents in Slack",
    "search:read.public": "Bot scope for AI apps; searches run only after the user consents in Slack",
    "none": "Placeholder for methods that need no scope",
    "tokens.basic": "Placeholder for methods that need no scope",
    "lists:read": "Not in the team's reference; Slack's slackLists.* method pages name it (read in a "
                  "third-party copy); token types not confirmed",
    "lists:write": "Not in the team's reference; Slack's slackLists.* method pages name it (read in a "
                   "third-party copy); token types not confirmed",
}
# Every admin.* scope gets this note (install requirement from the admin-scopes source).
ADMIN_NOTE = ("Needs a user token from an Enterprise org admin or owner who installs the app on the "
              "whole organisation")

# --------------------------------------------------------------------------
# Requirements, narrower alternatives, read variants
# --------------------------------------------------------------------------

# Scopes that only work next to another one (Slack's scope pages say "must also
# request"). Nothing else is added: Slack documents no other dependency.
REQUIRES_ANY = {
    "chat:write.public": ["chat:write"],      # scope-chat-write-public
    "chat:write.customize": ["chat:write"],   # scope-chat-write-customize
    "users:read.email": ["users:read"],       # scope-users-read-email
}

# Broad grants and what to suggest instead, most useful first.
BREADTH = {
    # Classic RTM client: every event of the workspace, read and write.
    "client": ("service", ["channels:history", "chat:write", "users:read"]),
    # Classic all-content read.
    "read": ("service", ["channels:read", "channels:history", "users:read"]),
    # Assorted admin powers, not everything a token can do (no message
    # content), hence "family" rather than "service". Its SCIM and access-log
    # parts have no granular scope; the read scopes below cover the common
    # inventory needs on Enterprise organisations.
    "admin": ("family", ["admin.users:read", "admin.teams:read", "admin.apps:read"]),
    # Classic bot bundle; the granular scopes a typical bot needs.
    "bot": ("family", ["app_mentions:read", "chat:write", "im:history"]),
}

# Read-only counterpart of a write scope (same resource), suggested when an app
# should not change data. Only pairs whose read scope reaches the same thing.
READ_VARIANT = {
    "admin.apps:write": "admin.apps:read",
    "admin.barriers:write": "admin.barriers:read",
    "admin.conversations:write": "admin.conversations:read",
    "admin.conversations:manage_objects": "admin.conversations:read",
    "admin.invites:write": "admin.invites:read",
    "admin.roles:write": "admin.roles:read",
    "admin.teams:write": "admin.teams:read",
    "admin.usergroups:write": "admin.usergroups:read",
    "admin.users:write": "admin.users:read",
    "admin.workflows:write": "admin.workflows:read",
    "app_configurations:write": "app_configurations:read",
    "bookmarks:write": "bookmarks:read",
    "calls:write": "calls:read",
    "canvases:write": "canvases:read",
    "channels:manage": "channels:read",
    "channels:write": "channels:read",
    "conversations.connect:write": "conversations.connect:read",
    "datastore:write": "datastore:read",
    "dnd:write": "dnd:read",
    "files:write": "files:read",
    "groups:write": "groups:read",
    "hosting:write": "hosting:read",
    "im:write": "im:read",
    "lists:write": "lists:read",
    "mpim:write": "mpim:read",
    "pins:write": "pins:read",
    "reactions:write": "reactions:read",
    "reminders:write": "reminders:read",
    "remote_files:write": "remote_files:read",
    "triggers:write": "triggers:read",
    "usergroups:write": "usergroups:read",
    "users.profile:write": "users.profile:read",
    "workflows.templates:write": "workflows.templates:read",
}

# --------------------------------------------------------------------------
# Deprecations (our words) and replacements
# --------------------------------------------------------------------------

# One entry per scope the reference marks deprecated (checked both ways).
DEPRECATED = {
    "bot": "Classic bot scope, replaced by granular bot scopes; request only what the bot uses, such as "
           "app_mentions:read and chat:write",
    "chat:write:bot": "Classic perspective scope; current apps post with chat:write",
    "chat:write:user": "Classic perspective scope; current apps post as the user with chat:write on a user token",
    "client": "Classic real-time client scope; use granular scopes with the Events API or Socket Mode",
    "conversations:history": "Scope of the retired workspace apps; request channels:history, groups:history, "
                             "im:history or mpim:history for the conversation types the app reads",
    "conversations:read": "Scope of the retired workspace apps; request channels:read, groups:read, im:read "
                          "or mpim:read for the conversation types the app needs",
    "conversations:write": "Scope of the retired workspace apps; request channels:manage, groups:write, "
                           "im:write or mpim:write for the conversation types the app changes",
    "conversations:write.invites": "Scope of the retired workspace apps; request channels:write.invites or "
                                   "groups:write.invites",
    "conversations:write.topic": "Scope of the retired workspace apps; request channels:write.topic, "
                                 "groups:write.topic, im:write.topic or mpim:write.topic",
    "files:write:user": "Classic perspective scope; current apps use files:write",
    "identify": "Classic identity scope; use openid (Sign in with Slack over OpenID Connect)",
    "identity.avatar": "Legacy Sign in with Slack scope; use profile together with openid",
    "identity.basic": "Legacy Sign in with Slack scope; use openid",
    "identity.email": "Legacy Sign in with Slack scope; use email together with openid",
    "identity.team": "Legacy Sign in with Slack scope; use openid and profile",
    "post": "Classic posting scope; use chat:write",
    "read": "Classic all-content read scope; request the granular read and history scopes the app needs",
    "stars:read": "Stars became saved items (Later) and the stars methods are deprecated; no scope replaces it",
    "stars:write": "Stars became saved items (Later) and the stars methods are deprecated; no scope replaces it",
    "workflow.steps:execute": "Workflow steps from apps were retired; build custom steps (functions) instead",
}

# Replacement scopes, from the reference's "replacement" wherever it names
# scopes. Key: deprecated scope. Deliberately without an entry: client and read
# (the reference names a pattern, not scopes; BREADTH gives narrower ones), the
# conversations:* workspace-app scopes (no replacement in the reference; the
# deprecation text names the per-type scopes), stars:* and
# workflow.steps:execute (nothing replaces them).
REPLACED_BY = {
    # "granular bot scopes (app_mentions:read, chat:write, ...)": the two named.
    "bot": ["app_mentions:read", "chat:write"],
    "chat:write:bot": ["chat:write"],
    "chat:write:user": ["chat:write"],
    "files:write:user": ["files:write"],
    # "openid (Sign in with Slack, OIDC)".
    "identify": ["openid"],
    "identity.avatar": ["profile"],
    "identity.basic": ["openid"],
    "identity.email": ["email"],
    # "openid/profile".
    "identity.team": ["openid", "profile"],
    "post": ["chat:write"],
}

# Replacement texts of the reference that REPLACED_BY deliberately does not
# turn into scope lists (checked, so a new replacement cannot be missed).
REPLACEMENT_NOT_MAPPED = {
    "client": "granular scopes + Events API/Socket Mode",
    "read": "granular *:read / *:history scopes",
    "workflow.steps:execute": "custom steps / functions (workflow steps from apps retired)",
}

# --------------------------------------------------------------------------
# Events (settings.event_subscriptions.bot_events / user_events)
# --------------------------------------------------------------------------

# Each event with the scopes Slack requires for subscribing to it (any one is
# enough). "confirmed" is kept here only (not emitted) and says how the
# requirement was checked:
#   doc-text    the scope names are in the text of Slack's event page we read;
#   doc-scope   Slack's scope page lists the event among its compatible events;
#   doc-heading Slack's event page has a non-empty Required Scopes fact but our
#               copy lost the names; the scope is the one Slack describes for it;
#   docs-copy   names taken from a third-party machine copy of Slack's event
#               pages (slack-api-ref), not re-read on Slack's site.
# Events whose subscription needs no scope are not listed (see EVENTS_LEFT_OUT).
EVENTS = [
    # Corpus: 11 manifests. Needs a bot user, so bot subscriptions only.
    {"name": "app_mention", "label": "messages that mention the app",
     "requires_any": ["app_mentions:read"], "token_types": ["bot"],
     "sources": ["slack-events"], "confirmed": "doc-heading"},
    {"name": "message.channels", "label": "messages posted in public channels",
     "requires_any": ["channels:history"],
     "sources": ["event-message-channels", "scope-channels-history"], "confirmed": "doc-text"},
    {"name": "message.groups", "label": "messages posted in private channels",
     "requires_any": ["groups:history"],
     "sources": ["event-message", "slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "message.im", "label": "messages posted in direct messages",
     "requires_any": ["im:history"],
     "sources": ["event-message", "slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "message.mpim", "label": "messages posted in group direct messages",
     "requires_any": ["mpim:history"],
     "sources": ["event-message", "slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "reaction_added", "label": "emoji reactions added to items",
     "requires_any": ["reactions:read"], "sources": ["scope-reactions-read"], "confirmed": "doc-scope"},
    {"name": "reaction_removed", "label": "emoji reactions removed from items",
     "requires_any": ["reactions:read"], "sources": ["scope-reactions-read"], "confirmed": "doc-scope"},
    # The page names channels:read (public) and groups:read (private); the copy
    # adds mpim:read for group DMs, which the page's title also covers.
    {"name": "member_joined_channel", "label": "members joining a channel",
     "requires_any": ["channels:read", "groups:read", "mpim:read"],
     "sources": ["event-member-joined-channel", "scope-groups-read", "slack-api-ref-events"],
     "confirmed": "doc-text"},
    {"name": "member_left_channel", "label": "members leaving a channel",
     "requires_any": ["channels:read", "groups:read"],
     "sources": ["event-member-left-channel", "scope-groups-read"], "confirmed": "doc-text"},
    {"name": "channel_created", "label": "new public channels",
     "requires_any": ["channels:read"], "sources": ["slack-events", "slack-api-ref-events"],
     "confirmed": "docs-copy"},
    {"name": "channel_deleted", "label": "deleted public channels",
     "requires_any": ["channels:read"], "sources": ["slack-events", "slack-api-ref-events"],
     "confirmed": "docs-copy"},
    {"name": "channel_rename", "label": "renamed public channels",
     "requires_any": ["channels:read"], "sources": ["slack-events", "slack-api-ref-events"],
     "confirmed": "docs-copy"},
    {"name": "channel_archive", "label": "archived public channels",
     "requires_any": ["channels:read"], "sources": ["slack-events", "slack-api-ref-events"],
     "confirmed": "docs-copy"},
    {"name": "channel_unarchive", "label": "unarchived public channels",
     "requires_any": ["channels:read"], "sources": ["slack-events", "slack-api-ref-events"],
     "confirmed": "docs-copy"},
    {"name": "channel_left", "label": "the app or user leaving a public channel",
     "requires_any": ["channels:read"], "sources": ["slack-events", "slack-api-ref-events"],
     "confirmed": "docs-copy"},
    {"name": "channel_shared", "label": "channels shared with an outside workspace",
     "requires_any": ["channels:read", "groups:read"],
     "sources": ["scope-groups-read", "slack-api-ref-events"], "confirmed": "doc-scope"},
    {"name": "channel_unshared", "label": "channels no longer shared with an outside workspace",
     "requires_any": ["channels:read", "groups:read"],
     "sources": ["scope-groups-read", "slack-api-ref-events"], "confirmed": "doc-scope"},
    {"name": "channel_history_changed", "label": "bulk changes to a channel's history",
     "requires_any": ["channels:history", "groups:history", "mpim:history"],
     "sources": ["scope-channels-history", "slack-api-ref-events"], "confirmed": "doc-scope"},
    {"name": "group_archive", "label": "archived private channels",
     "requires_any": ["groups:read"], "sources": ["scope-groups-read"], "confirmed": "doc-scope"},
    {"name": "group_close", "label": "private channels closed by the user",
     "requires_any": ["groups:read"], "sources": ["scope-groups-read"], "confirmed": "doc-scope"},
    {"name": "group_deleted", "label": "deleted private channels",
     "requires_any": ["groups:read"], "sources": ["scope-groups-read"], "confirmed": "doc-scope"},
    {"name": "group_left", "label": "the app or user leaving a private channel",
     "requires_any": ["groups:read"], "sources": ["scope-groups-read"], "confirmed": "doc-scope"},
    {"name": "group_open", "label": "private channels opened by the user",
     "requires_any": ["groups:read"], "sources": ["scope-groups-read"], "confirmed": "doc-scope"},
    {"name": "group_rename", "label": "renamed private channels",
     "requires_any": ["groups:read"], "sources": ["scope-groups-read"], "confirmed": "doc-scope"},
    {"name": "group_unarchive", "label": "unarchived private channels",
     "requires_any": ["groups:read"], "sources": ["scope-groups-read"], "confirmed": "doc-scope"},
    {"name": "group_history_changed", "label": "bulk changes to a private channel's history",
     "requires_any": ["groups:history"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "im_close", "label": "direct messages closed by the user",
     "requires_any": ["im:read"], "sources": ["scope-im-read"], "confirmed": "doc-scope"},
    {"name": "im_created", "label": "new direct messages",
     "requires_any": ["im:read"], "sources": ["scope-im-read"], "confirmed": "doc-scope"},
    {"name": "im_open", "label": "direct messages opened by the user",
     "requires_any": ["im:read"], "sources": ["scope-im-read"], "confirmed": "doc-scope"},
    {"name": "im_history_changed", "label": "bulk changes to a direct message's history",
     "requires_any": ["im:history"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "team_join", "label": "new members of the workspace",
     "requires_any": ["users:read"], "sources": ["slack-events", "slack-api-ref-events"],
     "confirmed": "docs-copy"},
    {"name": "user_change", "label": "changes to a member's data",
     "requires_any": ["users:read"], "sources": ["slack-events", "slack-api-ref-events"],
     "confirmed": "docs-copy"},
    {"name": "emoji_changed", "label": "custom emoji added, renamed or removed",
     "requires_any": ["emoji:read"], "sources": ["slack-events", "slack-api-ref-events"],
     "confirmed": "docs-copy"},
    {"name": "file_shared", "label": "files shared",
     "requires_any": ["files:read"], "sources": ["slack-events", "slack-api-ref-events"],
     "confirmed": "docs-copy"},
    {"name": "file_created", "label": "files created",
     "requires_any": ["files:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "file_change", "label": "files changed",
     "requires_any": ["files:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "file_deleted", "label": "files deleted",
     "requires_any": ["files:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "file_public", "label": "files made public",
     "requires_any": ["files:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "file_unshared", "label": "files unshared",
     "requires_any": ["files:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "file_comment_added", "label": "file comments added",
     "requires_any": ["files:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "file_comment_edited", "label": "file comments edited",
     "requires_any": ["files:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "file_comment_deleted", "label": "file comments deleted",
     "requires_any": ["files:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "pin_added", "label": "items pinned in a channel",
     "requires_any": ["pins:read"], "sources": ["slack-events", "slack-api-ref-events"],
     "confirmed": "docs-copy"},
    {"name": "pin_removed", "label": "items unpinned from a channel",
     "requires_any": ["pins:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "link_shared", "label": "messages with links to the app's unfurl domains",
     "requires_any": ["links:read"], "sources": ["slack-events", "slack-api-ref-events"],
     "confirmed": "docs-copy"},
    {"name": "dnd_updated", "label": "Do Not Disturb changes of the user",
     "requires_any": ["dnd:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "dnd_updated_user", "label": "Do Not Disturb changes of a member",
     "requires_any": ["dnd:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "email_domain_changed", "label": "changes of the workspace e-mail domain",
     "requires_any": ["team:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "team_domain_change", "label": "changes of the workspace domain",
     "requires_any": ["team:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "team_rename", "label": "workspace renames",
     "requires_any": ["team:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "subteam_created", "label": "new user groups",
     "requires_any": ["usergroups:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "subteam_updated", "label": "changed user groups",
     "requires_any": ["usergroups:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "subteam_members_changed", "label": "membership changes of user groups",
     "requires_any": ["usergroups:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "subteam_self_added", "label": "the user added to a user group",
     "requires_any": ["usergroups:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "subteam_self_removed", "label": "the user removed from a user group",
     "requires_any": ["usergroups:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "star_added", "label": "items starred (saved)",
     "requires_any": ["stars:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "star_removed", "label": "items unstarred",
     "requires_any": ["stars:read"], "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    # admin.invites:read exists only for user tokens.
    {"name": "invite_requested", "label": "invite requests to the organisation",
     "requires_any": ["admin.invites:read"], "token_types": ["user"],
     "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    # metadata.message:read exists only for bot tokens.
    {"name": "message_metadata_posted", "label": "message metadata posted",
     "requires_any": ["metadata.message:read"], "token_types": ["bot"],
     "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "message_metadata_updated", "label": "message metadata updated",
     "requires_any": ["metadata.message:read"], "token_types": ["bot"],
     "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
    {"name": "message_metadata_deleted", "label": "message metadata deleted",
     "requires_any": ["metadata.message:read"], "token_types": ["bot"],
     "sources": ["slack-api-ref-events"], "confirmed": "docs-copy"},
]

# Events deliberately not listed, with the reason. Each corpus event must be in
# EVENTS or here (checked).
EVENTS_LEFT_OUT = {
    # Slack's page for each of these says no scope is needed (or the docs copy
    # lists none): nothing for missing-scope to check.
    "app_home_opened": "no scope needed (the App Home needs a bot user, not a scope)",
    "app_uninstalled": "no scope needed",
    "tokens_revoked": "no scope needed",
    "message.app_home": "no scope needed",
    "function_executed": "no scope needed",
    "assistant_thread_started": "Slack's event page says no scopes are required (assistant:write enables the "
                                "feature, not the subscription)",
    "assistant_thread_context_changed": "Slack's event page says no scopes are required",
    "channel_joined": "RTM only, no scope needed",
    "group_joined": "RTM only, no scope needed",
    # Not confirmed: Slack's page has a Required Scopes fact whose names our copy
    # lost, users.profile:read's page lists no events, and the docs copy lacks the
    # event. Probably users:read like user_change, but left out until confirmed.
    "user_profile_changed": "required scope not confirmed",
    "user_status_changed": "required scope not confirmed",
    "user_huddle_changed": "required scope not confirmed",
    # Slack Connect invitation events: conversations.connect:read describes them,
    # but no page we read ties each event to it.
    "shared_channel_invite_received": "required scope not confirmed",
    "shared_channel_invite_accepted": "required scope not confirmed",
    "shared_channel_invite_approved": "required scope not confirmed",
    "shared_channel_invite_declined": "required scope not confirmed",
    # Retired feature (workflow steps from apps); requirement not confirmed.
    "workflow_step_execute": "retired feature, required scope not confirmed",
}

# --------------------------------------------------------------------------
# Manifest settings (risky-setting)
# --------------------------------------------------------------------------

# Pointers into the manifest document (RFC 6901). message: rest of the sentence
# after "'<pointer>' is <value>: "; help: imperative, lower case, no period.
SETTINGS = [
    # Org-ready apps are installed once for the whole Enterprise organisation
    # with one token for every workspace admins add the app to; admin.* scopes
    # only work this way. Broader reach than a workspace install: medium.
    {"format": "slack-manifest", "pointer": "/settings/org_deploy_enabled", "equals": True,
     "risk": "medium",
     "message": "the app can be installed once for a whole Enterprise organisation, with one token that "
                "reaches every workspace an admin adds it to",
     "help": "set it to false unless the app must run across the organisation, and then request only "
             "scopes every workspace needs",
     "sources": ["org-ready-apps", "manifest-schema"]},
    # Without rotation the bot and user tokens never expire, so a leaked token
    # stays usable until someone revokes it. Slack's own default, hence low.
    {"format": "slack-manifest", "pointer": "/settings/token_rotation_enabled", "equals": False,
     "risk": "low",
     "message": "the app's bot and user tokens never expire, so a leaked token keeps working until it is revoked",
     "help": "turn on token rotation so access tokens expire after 12 hours and are renewed with a refresh token",
     "sources": ["token-rotation", "manifest-schema"]},
    # Deliberately NOT listed:
    # - socket_mode_enabled: Socket Mode removes the public request URL, so it
    #   narrows exposure; its app-level token is a secret like every token, which
    #   the secret-leak checks cover, not a widening setting.
    # - oauth_config.token_management_enabled, pkce_enabled, incoming_webhooks:
    #   in Slack's schema, but we read no page that says what they widen.
]

# ==========================================================================
# Mechanics
# ==========================================================================


def map_token_types(name, kinds):
    out = set()
    for kind in kinds:
        if kind not in TOKEN_KIND_MAP:
            raise CurationError(f"{name}: unknown token kind {kind!r} in the reference")
        if TOKEN_KIND_MAP[kind]:
            out.add(TOKEN_KIND_MAP[kind])
    return [t for t in TOKEN_TYPE_ORDER if t in out]


def build_scope(name, used, *, access, risk, evidence, sources, token_types, ref_deprecated,
                token_types_known=True):
    label = used.get("LABELS", LABELS, name)
    if not label:
        raise CurationError(f"no label for {name}")
    risk = used.get("RISK_OVERRIDES", RISK_OVERRIDES, name, risk)
    entry = {"name": name, "label": label, "access": access, "risk": risk}

    sensitive = used.get("SENSITIVE", SENSITIVE, name)
    if risk in ("high", "critical") and not sensitive:
        raise CurationError(f"{name} is {risk} risk but has no SENSITIVE phrase")
    if sensitive:
        entry["sensitive"] = sensitive

    breadth = used.get("BREADTH", BREADTH, name)
    if breadth:
        entry["breadth"] = breadth[0]
        entry["narrower"] = list(breadth[1])
    variant = used.get("READ_VARIANT", READ_VARIANT, name)
    if variant:
        if access != "write":
            raise CurationError(f"READ_VARIANT[{name}]: only write scopes have a read variant")
        entry["read_variant"] = variant

    app_level = used.get("APP_LEVEL_ONLY", APP_LEVEL_ONLY, name)
    if app_level and token_types:
        raise CurationError(f"{name}: curated as app-level only but the reference gives it {token_types}")
    if token_types:
        entry["token_types"] = token_types

    requires = used.get("REQUIRES_ANY", REQUIRES_ANY, name)
    if requires:
        entry["requires_any"] = list(requires)

    entry["evidence"] = evidence
    srcs = list(sources)
    for extra in used.get("EXTRA_SOURCES", EXTRA_SOURCES, name, []):
        if extra not in srcs:
            srcs.append(extra)
    if name.startswith(ADMIN_PREFIX) and "admin-scopes" not in srcs:
        srcs.append("admin-scopes")
    entry["sources"] = srcs

    notes = []
    if app_level:
        notes.append(app_level)
    elif not token_types and token_types_known:
        notes.append(CLASSIC_ONLY_NOTE)
    note = used.get("NOTES", NOTES, name)
    if note:
        notes.append(note)
    if name.startswith(ADMIN_PREFIX):
        notes.append(ADMIN_NOTE)
    if notes:
        entry["note"] = "; ".join(notes)

    deprecated = used.get("DEPRECATED", DEPRECATED, name)
    if ref_deprecated and not deprecated:
        raise CurationError(f"reference marks {name} deprecated; DEPRECATED needs a reason")
    if deprecated and not ref_deprecated:
        raise CurationError(f"DEPRECATED[{name}]: the reference does not mark it deprecated")
    if deprecated:
        entry["deprecated"] = deprecated
        replaced = used.get("REPLACED_BY", REPLACED_BY, name)
        if replaced:
            entry["replaced_by"] = list(replaced)
    elif name in REPLACED_BY:
        raise CurationError(f"REPLACED_BY[{name}]: only deprecated scopes have replacements")
    entry["implies"] = []
    return entry


def build(ref):
    used = Used()
    ref_scopes = ref["scopes"]
    names = [s["scope"] for s in ref_scopes]
    if len(set(names)) != len(names):
        raise CurationError("the reference lists a scope twice")
    counts = ref.get("counts", {})
    if counts.get("scopes") is not None and counts["scopes"] != len(ref_scopes):
        raise CurationError(f"reference counts.scopes={counts['scopes']} but it lists {len(ref_scopes)}")
    n_dep = sum(1 for s in ref_scopes if s.get("deprecated"))
    if counts.get("deprecated") is not None and counts["deprecated"] != n_dep:
        raise CurationError(f"reference counts.deprecated={counts['deprecated']} but {n_dep} are marked")

    # Every replacement text of the reference is either mapped or explicitly not.
    for s in ref_scopes:
        if "replacement" in s:
            if s["scope"] in REPLACEMENT_NOT_MAPPED:
                used.mark("REPLACEMENT_NOT_MAPPED", s["scope"])
                if REPLACEMENT_NOT_MAPPED[s["scope"]] != s["replacement"]:
                    raise CurationError(f"REPLACEMENT_NOT_MAPPED[{s['scope']}] no longer matches the reference")
            elif s["scope"] not in REPLACED_BY:
                raise CurationError(f"reference replacement of {s['scope']} ({s['replacement']!r}) "
                                    "is neither in REPLACED_BY nor in REPLACEMENT_NOT_MAPPED")

    scopes = []
    extras_after = {}
    for extra, cur in EXTRA_SCOPES.items():
        if extra in names:
            raise CurationError(f"EXTRA_SCOPES[{extra}]: the reference now lists it")
        extras_after.setdefault(cur["after"], []).append(extra)

    def emit_extras(after):
        for extra in extras_after.pop(after, []):
            used.mark("EXTRA_SCOPES", extra)
            cur = EXTRA_SCOPES[extra]
            scopes.append(build_scope(extra, used, access=cur["access"], risk=cur["risk"],
                                      evidence=cur["evidence"], sources=cur["sources"],
                                      token_types=[], ref_deprecated=False, token_types_known=False))
            emit_extras(extra)

    for s in ref_scopes:
        name = s["scope"]
        if s["access"] not in ACCESS_MAP:
            raise CurationError(f"{name}: unknown access {s['access']!r}")
        if s["sensitivity"] not in RISK_MAP:
            raise CurationError(f"{name}: unknown sensitivity {s['sensitivity']!r}")
        scopes.append(build_scope(
            name, used,
            access=ACCESS_MAP[s["access"]],
            risk=RISK_MAP[s["sensitivity"]],
            evidence="doc",
            sources=DEFAULT_SCOPE_SOURCES,
            token_types=map_token_types(name, s["token_types"]),
            ref_deprecated=bool(s.get("deprecated")),
        ))
        emit_extras(name)
    if extras_after:
        raise CurationError(f"EXTRA_SCOPES placed after unknown scopes: {sorted(extras_after)}")

    events = []
    for ev in EVENTS:
        out = {"name": ev["name"], "label": ev["label"], "requires_any": list(ev["requires_any"])}
        if "token_types" in ev:
            out["token_types"] = list(ev["token_types"])
        out["sources"] = list(ev["sources"])
        if ev.get("confirmed") not in ("doc-text", "doc-scope", "doc-heading", "docs-copy"):
            raise CurationError(f"event {ev['name']}: unknown confirmation {ev.get('confirmed')!r}")
        if ev["name"] in EVENTS_LEFT_OUT:
            raise CurationError(f"event {ev['name']} is both listed and left out")
        events.append(out)

    used.check({
        "LABELS": LABELS,
        "EXTRA_SCOPES": EXTRA_SCOPES,
        "EXTRA_SOURCES": EXTRA_SOURCES,
        "APP_LEVEL_ONLY": APP_LEVEL_ONLY,
        "RISK_OVERRIDES": RISK_OVERRIDES,
        "SENSITIVE": SENSITIVE,
        "NOTES": NOTES,
        "REQUIRES_ANY": REQUIRES_ANY,
        "BREADTH": BREADTH,
        "READ_VARIANT": READ_VARIANT,
        "DEPRECATED": DEPRECATED,
        "REPLACED_BY": REPLACED_BY,
        "REPLACEMENT_NOT_MAPPED": REPLACEMENT_NOT_MAPPED,
    })

    # other_events: known names, so unknown-event stays quiet; missing-scope has nothing to check.
    return flat_catalog(HEADER, CATALOG_DATE, SOURCES, scopes, token_types=[dict(t) for t in TOKEN_TYPES],
                        events=events, other_events=other_events(EVENTS_LEFT_OUT),
                        settings=[dict(s) for s in SETTINGS])


# --------------------------------------------------------------------------
# Corpus (real manifests): which events they subscribe to
# --------------------------------------------------------------------------

EVENT_KEYS = ("bot_events", "user_events")


def _yaml_scalar(text):
    text = text.strip()
    if "#" in text:
        text = re.sub(r"\s+#.*$", "", text)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    return text.strip()


def yaml_lists(text, keys):
    """Items of the sequences under the given keys of a YAML manifest, without
    a YAML library: block sequences ("- name") and flow sequences ("[a, b]")."""
    found = {}
    key_re = "|".join(re.escape(k) for k in keys)
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)[\"']?(" + key_re + r")[\"']?\s*:\s*(.*)$", lines[i])
        i += 1
        if not m:
            continue
        indent, key, rest = len(m.group(1)), m.group(2), _yaml_scalar(m.group(3))
        items = []
        if rest.startswith("["):
            # Flow sequence, possibly spread over several lines.
            while "]" not in rest and i < len(lines):
                rest += " " + _yaml_scalar(lines[i])
                i += 1
            inner = rest[1:rest.index("]")] if "]" in rest else rest[1:]
            items = [_yaml_scalar(x) for x in inner.split(",") if x.strip()]
        else:
            while i < len(lines):
                line = lines[i]
                if not line.strip() or line.lstrip().startswith("#"):
                    i += 1
                    continue
                lead = len(line) - len(line.lstrip())
                item = re.match(r"^\s*-\s*(.*)$", line)
                if item and lead >= indent:
                    items.append(_yaml_scalar(item.group(1)))
                    i += 1
                    continue
                break
        found.setdefault(key, []).extend(x for x in items if x)
    return found


SCOPE_KEYS = ("bot", "user", "bot_optional", "user_optional")


def corpus_manifests(corpus_dir):
    """Map event name -> files subscribing to it, and scope -> files requesting it."""
    events, scopes = {}, {}
    for fname in sorted(os.listdir(corpus_dir)):
        path = os.path.join(corpus_dir, fname)
        if not os.path.isfile(path) or not fname.endswith((".json", ".yml", ".yaml")):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        try:
            # JSON manifests, and YAML files that are JSON (YAML is a superset).
            doc = json.loads(text)
        except ValueError:
            if fname.endswith(".json"):
                raise CurationError(f"corpus file {fname} is not valid JSON")
            ev_lists = yaml_lists(text, EVENT_KEYS)
            sc_lists = yaml_lists(text, SCOPE_KEYS)
        else:
            subs = ((doc.get("settings") or {}).get("event_subscriptions") or {})
            ev_lists = {k: subs.get(k) or [] for k in EVENT_KEYS}
            req = ((doc.get("oauth_config") or {}).get("scopes") or {})
            sc_lists = {k: req.get(k) or [] for k in SCOPE_KEYS}
        for key in EVENT_KEYS:
            for name in ev_lists.get(key, []):
                events.setdefault(name, []).append(fname)
        for key in SCOPE_KEYS:
            for name in sc_lists.get(key, []):
                scopes.setdefault(name, []).append(fname)
    return events, scopes


# --------------------------------------------------------------------------
# Checks (stdlib only; jsonschema used when available)
# --------------------------------------------------------------------------


def check(catalog, schema_path, corpus_dir):
    problems = []
    sources = Citations(catalog["sources"])
    if sources.duplicated():
        problems.append("duplicate source ids")
    token_ids = [t["id"] for t in catalog["token_types"]]
    if len(set(token_ids)) != len(token_ids):
        problems.append("duplicate token type ids")
    known_tokens = set(token_ids)

    def cite(where, ids):
        problems.extend(sources.cite(where, ids))

    def check_text(where, text):
        problems.extend(phrase_problems(where, text))
        if text[:1].isupper() and not text.startswith(("Slack", "Enterprise", "SCIM", "Do Not")):
            problems.append(f"{where}: starts with a capital letter")

    names = [s["name"] for s in catalog["scopes"]]
    seen = {}
    for n in names:
        if n in seen:
            problems.append(f"duplicate scope {n}")
        if n.lower() in {k.lower() for k in seen if k != n}:
            problems.append(f"scopes differing only in case: {n}")
        seen[n] = True
    known = set(names)

    def refs(where, field, values):
        for v in values:
            if v not in known:
                problems.append(f"{where}: {field} names unknown scope {v}")

    for sc in catalog["scopes"]:
        where = f"scope {sc['name']}"
        cite(where, sc["sources"])
        refs(where, "implies", sc["implies"])
        for field in ("narrower", "requires_any", "replaced_by"):
            refs(where, field, sc.get(field, []))
            if sc["name"] in sc.get(field, []):
                problems.append(f"{where}: {field} names the scope itself")
        if "read_variant" in sc:
            refs(where, "read_variant", [sc["read_variant"]])
            rv = next((x for x in catalog["scopes"] if x["name"] == sc["read_variant"]), None)
            if rv is not None and rv["access"] != "read":
                problems.append(f"{where}: read_variant {rv['name']} is not a read scope")
        for t in sc.get("token_types", []):
            if t not in known_tokens:
                problems.append(f"{where}: unknown token type {t}")
        for r in sc.get("replaced_by", []):
            rep = next(x for x in catalog["scopes"] if x["name"] == r) if r in known else None
            if rep is not None and "deprecated" in rep:
                problems.append(f"{where}: replaced by {r}, which is deprecated itself")
        if "sensitive" in sc:
            check_text(f"{where} sensitive", sc["sensitive"])
        if sc.get("breadth") in ("family", "service") and not sc.get("narrower"):
            problems.append(f"{where}: broad scope without narrower alternatives")

    for path in implication_cycles(catalog["scopes"]):
        problems.append("implication cycle: " + " -> ".join(path))

    event_names = set()
    for ev in catalog["events"]:
        where = f"event {ev['name']}"
        if ev["name"] in event_names:
            problems.append(f"duplicate {where}")
        event_names.add(ev["name"])
        cite(where, ev["sources"])
        refs(where, "requires_any", ev["requires_any"])
        for t in ev.get("token_types", []):
            if t not in known_tokens:
                problems.append(f"{where}: unknown token type {t}")
            for r in ev["requires_any"]:
                sc = next((x for x in catalog["scopes"] if x["name"] == r), None)
                if sc is not None and "token_types" in sc and t not in sc["token_types"]:
                    problems.append(f"{where}: {r} cannot be held by a {t} token")

    pointers = set()
    for st in catalog["settings"]:
        where = f"setting {st['pointer']}"
        if (st["format"], st["pointer"]) in pointers:
            problems.append(f"duplicate {where}")
        pointers.add((st["format"], st["pointer"]))
        cite(where, st["sources"])
        if st["message"].endswith(".") or st["help"].endswith("."):
            problems.append(f"{where}: trailing period")
        if not re.match(r"^[a-z]", st["help"]):
            problems.append(f"{where}: help must start lower case")

    for s in sorted(set(sources.uncited())):
        problems.append(f"source {s} is cited by nothing")

    if corpus_dir and os.path.isdir(corpus_dir):
        c_events, c_scopes = corpus_manifests(corpus_dir)
        for name, files in sorted(c_events.items()):
            if name not in event_names and name not in EVENTS_LEFT_OUT:
                problems.append(f"corpus event {name} ({', '.join(files)}) is neither in EVENTS "
                                "nor in EVENTS_LEFT_OUT")
        # Unknown scopes in real manifests are what the linter reports, so they
        # are only a note here (a corpus may hold typos on purpose).
        for name, files in sorted(c_scopes.items()):
            if name not in known:
                print(f"note: corpus scope {name} ({', '.join(files)}) is not in the catalog", file=sys.stderr)
    else:
        print(f"note: corpus folder {corpus_dir} not found; corpus event check skipped", file=sys.stderr)

    problems += schema_problems(catalog, schema_path)

    n_dep = sum(1 for s in catalog["scopes"] if "deprecated" in s)
    print(f"scopes: {len(catalog['scopes'])} (deprecated {n_dep}; "
          + tally(catalog["scopes"], "risk", RISK_TIERS, name_first=True)
          + f"), events: {len(catalog['events'])}, settings: {len(catalog['settings'])}",
          file=sys.stderr)
    return problems


def main():
    args = parse_args(__doc__, "slack", [
        ("--output", {"default": os.path.join(CATALOG_DIR, "slack.json")}),
    ], extra=[
        ("--corpus", {"default": os.path.join(REPO, "..", "shared", "corpus", "slack-manifest"),
                      "help": "folder of Slack manifests whose events must all be covered"}),
    ])
    return run(args, __file__, build, lambda catalog: check(catalog, args.schema, args.corpus))


if __name__ == "__main__":
    sys.exit(main())
