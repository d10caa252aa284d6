#!/usr/bin/env python3
"""Turn the team's GitHub reference into scopelint's three GitHub catalog files.

Usage (from anywhere):
    python3 tools/import-github-catalogs.py [REFERENCE_JSON] [--output-dir DIR] [--check]

REFERENCE_JSON defaults to ../shared/reference/github/scopes.json relative to the
repository root; the outputs default to rules/catalog/:

    github-actions.json   GITHUB_TOKEN permissions of Actions workflows (key:level)
    github-app.json       GitHub App permissions (default_permissions, key:level),
                          the webhook events an App can subscribe to (default_events)
                          and the risky App manifest settings
    github.json           OAuth app / classic personal access token scopes

--check writes nothing and fails when a committed file differs from what would be
written.

The mapping is mechanical; every judgement (labels, risk tiers, sensitivity,
notes, event requirements, fixes of quirks in the reference) lives in the named
dictionaries below, each entry with a comment saying why. The script refuses to
run when a curation key no longer matches the reference, so stale curation cannot
linger silently. All texts are our own words; none is copied from GitHub's pages
or from the reference's `summary` fields.

Only the standard library is required. When the `jsonschema` package is
importable the outputs are also validated against rules/schemas/catalog.schema.json.
"""

import os
import re
import sys

# The shared module sits next to this file; no bytecode, so that running the
# script leaves no __pycache__ folder in tools/.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog_import import (  # noqa: E402
    CATALOG_DIR, Citations, CurationError, Used, catalog_header, implication_cycles, other_events,
    parse_args, phrase_problems, reference_problems, run, schema_problems)

# ==========================================================================
# File-level facts
# ==========================================================================

# Date the facts were last reviewed against the reference and GitHub's docs. A
# constant (not today's date) so that reruns reproduce the committed files byte
# for byte.
CATALOG_DATE = "2026-12-04"

# Output headers. All three are case-sensitive: workflow keys and levels are YAML
# strings GitHub compares exactly (`Contents: Write` is not a permission), App
# manifest keys are JSON object keys, and OAuth scopes are documented in lower
# case only. segment_separator is ":" for all (key:level here, qualifier:resource
# for OAuth). Actions and App lists are mappings in their manifests, so the list
# separator is nominal; OAuth requests separate scopes with a space (%20) per the
# current scopes page (commas are accepted from older clients).
HEADERS = {
    "github-actions": {
        "title": "GitHub Actions",
        "case_sensitive": True,
        "segment_separator": ":",
        "list_separator": ",",
    },
    "github-app": {
        "title": "GitHub Apps",
        "case_sensitive": True,
        "segment_separator": ":",
        "list_separator": ",",
    },
    "github": {
        "title": "GitHub OAuth",
        "case_sensitive": True,
        "segment_separator": ":",
        "list_separator": " ",
    },
}

OUTPUT_FILES = {
    "github-actions": "github-actions.json",
    "github-app": "github-app.json",
    "github": "github.json",
}

# The reference's "moderate" is our "medium"; the reference has no "critical"
# for Actions, so everything above "high" comes from our curation.
RISK_MAP = {"low": "low", "moderate": "medium", "high": "high", "critical": "critical"}
RISK_ORDER = ["low", "medium", "high", "critical"]

# ==========================================================================
# Sources
# ==========================================================================

# The reference's `sources` are free-text strings that start with a URL. Each is
# mapped to the catalog that uses it, a stable id and a note (our words) on what
# was taken from it. Key: the URL at the start of the reference string. An
# unmapped reference source, or a mapping that matches no reference source, is an
# error.
REFERENCE_SOURCES = {
    "https://docs.github.com/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps": {
        "catalog": "github",
        "id": "oauth-scopes",
        "what": "Scopes for OAuth apps: every scope name, the indented sub-scopes each parent includes, "
                "availability per product, space-separated requests and normalised grants",
    },
    "GitHub REST OpenAPI description, components.schemas.app-permissions": {
        "catalog": "github-app",
        "id": "rest-app-permissions",
        "url": "https://github.com/github/rest-api-description",
        "what": "REST OpenAPI schema app-permissions (as packaged in @octokit/openapi-types 29.0.1): "
                "every App permission key and the levels it accepts",
    },
    "https://docs.github.com/apps/creating-github-apps/registering-a-github-app/choosing-permissions-for-a-github-app": {
        "catalog": "github-app",
        "id": "app-choosing-permissions",
        "what": "Choosing permissions for a GitHub App: repository, organisation and account permission "
                "classes, no permissions by default, webhook events depend on permissions, Workflows "
                "permission for .github/workflows files",
    },
    "https://docs.github.com/apps/sharing-github-apps/registering-a-github-app-from-a-manifest": {
        "catalog": "github-app",
        "id": "app-manifest",
        "what": "GitHub App manifest parameters: default_permissions, default_events, public, "
                "hook_attributes and the other registration fields",
    },
    "https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token": {
        "catalog": "github-actions",
        "id": "actions-token-permissions",
        "what": "Controlling permissions for GITHUB_TOKEN (reusable github-token-available-permissions): "
                "the permission keys, the levels each accepts, write includes read, read-all, write-all "
                "and {}, unlisted keys become none",
    },
}

# Sources the reference does not list, read to confirm facts (docs corpus and the
# github/docs repository). Per catalog, in output order after the reference's.
EXTRA_SOURCES = {
    "github-actions": [
        {
            "id": "workflow-syntax-permissions",
            "url": "https://docs.github.com/actions/reference/workflows-and-actions/workflow-syntax#permissions",
            "what": "Workflow syntax: permissions at workflow level and per job (jobs.<job_id>.permissions), "
                    "and what each permission lets an action do",
        },
        {
            "id": "github-token-reference",
            "url": "https://docs.github.com/actions/reference/github_token-reference#permissions-for-the-github_token",
            "what": "GITHUB_TOKEN reference: default access per permission under the permissive and the "
                    "restricted setting, and how a job's permissions are calculated",
        },
        {
            "id": "changelog-read-only-default",
            "url": "https://github.blog/changelog/2023-02-02-github-actions-updating-the-default-github_token-permissions-to-read-only",
            "what": "GitHub changelog, February 2023: new enterprises, organisations and personal repositories "
                    "start with the read-only (restricted) token default; existing ones keep theirs",
        },
        {
            "id": "changelog-artifact-metadata",
            "url": "https://github.blog/changelog/2026-01-13-new-fine-grained-permission-for-artifact-metadata-is-now-generally-available",
            "what": "GitHub changelog, January 2026: artifact_metadata permission generally available, "
                    "replacing contents for the artifact metadata APIs",
        },
    ],
    "github-app": [
        {
            "id": "webhook-events",
            "url": "https://docs.github.com/webhooks/webhook-events-and-payloads",
            "what": "Webhook events and payloads: per event, whether GitHub Apps can subscribe and which "
                    "App permission at read level the subscription needs",
        },
        {
            "id": "fine-grained-permission-names",
            "url": "https://docs.github.com/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
            "what": "Fine-grained permission table: parameter name, display name and levels of each "
                    "repository and organisation permission (the same keys Apps use)",
        },
        {
            "id": "app-permissions-metadata",
            "url": "https://docs.github.com/rest/authentication/permissions-required-for-github-apps",
            "what": "Permissions required for GitHub Apps: read-only Metadata is on by default and is set "
                    "back to read-only whenever any repository permission is selected",
        },
    ],
    "github": [
        {
            "id": "rest-packages",
            "url": "https://docs.github.com/rest/packages/packages",
            "what": "REST endpoints for packages: deleting a package or version with a classic token needs "
                    "read:packages together with delete:packages",
        },
    ],
}

# ==========================================================================
# GitHub Actions: GITHUB_TOKEN permissions
# ==========================================================================

# What each workflow permission key reaches, a noun phrase; the access level is
# appended by the script (", read-only" / ", read and write"). Keys exactly as the
# reference lists them (hyphenated). Written from the workflow-syntax table.
ACTIONS_LABELS = {
    "actions": "GitHub Actions workflow runs, jobs, artifacts and caches",
    "artifact-metadata": "artifact metadata records of builds",
    "attestations": "artifact attestations of the repository",
    "checks": "check runs and check suites",
    "contents": "repository code, commits, branches, tags and releases",
    "deployments": "deployments and deployment statuses",
    "id-token": "OIDC identity tokens minted for the job",
    "issues": "issues with their comments, labels and milestones",
    "models": "GitHub Models inference calls",
    "discussions": "GitHub Discussions with their comments and categories",
    "packages": "packages of the repository in GitHub Packages",
    "pages": "GitHub Pages builds and configuration",
    "pull-requests": "pull requests with their comments, labels and reviews",
    "repository-projects": "projects (classic) of the repository",
    "security-events": "code scanning alerts and SARIF uploads",
    "statuses": "commit statuses",
}

# Per-permission risk of the WRITE level: the table the linter grades writes
# with. Modelled on zizmor's excessive-permissions table (see
# ../shared/notes/peers.md, section 3.4: contents/id-token/packages high,
# checks/discussions medium, statuses/models low) and PROVIDERS.md's GitHub
# tiering. No single workflow key reaches org takeover on its own, so nothing
# below is critical; only write-all is (see ACTIONS_SHORTHANDS).
ACTIONS_WRITE_RISK = {
    # Can start workflow_dispatch runs (which get the repository's secrets),
    # re-run or cancel runs and delete caches (cache poisoning set-up).
    "actions": "high",
    # Writes storage and deployment records about artifacts; forged records
    # mislead audits but change no code, release or package.
    "artifact-metadata": "low",
    # Stores attestations about artifacts; counterfeit provenance misleads
    # verifiers, but signing also needs id-token, which is graded high itself.
    "attestations": "medium",
    # Only check runs and annotations. zizmor grades it medium; we grade it low:
    # a step that could fake a passing check already runs inside the CI job
    # whose result it could fake by exiting 0, and no code, secret or release
    # is reached. (GitHub Apps keep the reference's medium: an App is installed
    # far more widely than one workflow.)
    "checks": "low",
    # Pushes commits and tags and creates releases: the supply-chain write.
    "contents": "high",
    # Creates deployments and deployment statuses; real deployment workflows do
    # not start from GITHUB_TOKEN events, so the reach is status and history.
    "deployments": "medium",
    # Edits, closes or deletes discussions: public-facing content and moderation.
    "discussions": "medium",
    # Mints OIDC tokens that cloud trust policies exchange for credentials.
    "id-token": "high",
    # Edits, closes or comments on issues: public content, phishing links.
    "issues": "medium",
    # Publishes packages that downstream users install.
    "packages": "high",
    # Requests Pages builds and changes Pages settings; publishing a site also
    # needs id-token, so the write alone is defacement-adjacent, not takeover.
    "pages": "medium",
    # Comments on, labels and (if the repository allows it) approves pull
    # requests; merging needs contents. Most abused with pull_request_target.
    "pull-requests": "medium",
    # Projects (classic) boards only, and the feature is being retired.
    "repository-projects": "low",
    # Dismisses code scanning alerts and uploads SARIF: can hide known
    # vulnerabilities from the security overview.
    "security-events": "medium",
    # Commit statuses only: can post a fake status under any context name (the
    # reference lists this among its high-risk items for that reason), but, as
    # for checks, the step doing it already runs inside the CI it would fake,
    # and nothing else is reached. zizmor grades it low too.
    "statuses": "low",
}

# Risk of READ levels that differ from "low". None: a GITHUB_TOKEN is limited to
# the workflow's own repository, and read access there is what every job needs;
# even security-events:read only lists the repository's own alerts.
ACTIONS_READ_RISK = {}

# `sensitive` for the high and critical writes (an operation-neutral noun phrase
# naming what the grant reaches; see $defs/sensitive in the schema).
ACTIONS_SENSITIVE = {
    "contents": "the repository's code, branches, tags and releases, which later builds and downloads trust",
    "id-token": "OIDC identity tokens that cloud providers accept in place of long-lived credentials",
    "packages": "packages published from the repository, which downstream users install and run",
    "actions": "workflow runs, caches and artifacts, including manual dispatch of workflows that hold the repository's secrets",
}

# Short facts per key (our words).
ACTIONS_NOTES = {
    # Reference: "write|none (write lets the job mint an OIDC token ...)".
    "id-token": "Only write exists; it lets the job request an OIDC token, typically exchanged with a cloud provider for short-lived credentials",
    # Reference: "read|none (GitHub Models; not on GHES)".
    "models": "Only read exists; it lets the job call the GitHub Models inference API; not offered on GitHub Enterprise Server",
    # Reference: "(projects v1; version-gated)".
    "repository-projects": "Projects (classic) only, and only on versions that still have them; newer Projects are not reachable with GITHUB_TOKEN this way",
    # Changelog 2026-01-13.
    "artifact-metadata": "Newer key that replaced contents for the artifact metadata APIs",
    # Attestation actions need both.
    "attestations": "Signing an attestation also needs id-token: write",
    # Reference rules and PROVIDERS.md common mistakes.
    "pull-requests": "Written pull-requests in workflows; the App permission spelling pull_requests is not a workflow key",
    "security-events": "Written security-events in workflows; the App permission spelling security_events is not a workflow key",
}

# Extra sources cited by single keys' scopes (besides the two permission pages).
ACTIONS_KEY_SOURCES = {
    # The restricted default keeps exactly these two keys (plus metadata) at read.
    "contents": ["github-token-reference"],
    "packages": ["github-token-reference"],
    # id-token stays none under both defaults; models is read under permissive.
    "id-token": ["github-token-reference"],
    "models": ["github-token-reference"],
    # The key is new and replaced contents for these APIs.
    "artifact-metadata": ["changelog-artifact-metadata"],
}

# Sources that back default_grant, which has no sources field of its own; they
# are exempt from the "every source is cited" check.
ACTIONS_DEFAULT_GRANT_SOURCES = ["github-token-reference", "changelog-read-only-default"]

# The scalar shorthands. read-all / write-all become scopes; "{}" grants nothing
# and is handled by the reader (like :none), so it is not a scope.
ACTIONS_SHORTHANDS = {
    # Every permission at read level; the implied set is computed below.
    "read-all": {
        "label": "read access to every GITHUB_TOKEN permission",
        "access": "read",
        # Broad read of the repository incl. security alerts and every future key.
        "risk": "medium",
        "narrower": ["contents:read"],
        "note": "Grants read on every key; keys that have no read level (id-token) stay none",
    },
    # Every permission at its highest level.
    "write-all": {
        "label": "write access to every GITHUB_TOKEN permission",
        "access": "write",
        # Combines contents, packages, actions and id-token writes: code push,
        # publishing and cloud credentials from any step of the job.
        "risk": "critical",
        "sensitive": "every GITHUB_TOKEN permission at its highest level, including code pushes, package publishing and OIDC tokens",
        "narrower": ["contents:read", "contents:write"],
        "note": "Grants every key at its highest level; list the keys the job needs instead",
    },
}

# What a workflow or job gets when no permissions block applies to it (drives
# missing-permissions). From the GITHUB_TOKEN reference table and the 2023
# changelog; our words.
ACTIONS_DEFAULT_GRANT = (
    "the repository's or organisation's default GITHUB_TOKEN permissions: read and write on most "
    "keys under the permissive setting that older repositories and organisations still have, or "
    "read-only contents, packages and metadata under the restricted setting that newer ones start with"
)

ACTIONS_LEVEL_SUFFIX = {"read": "read-only", "write": "read and write"}

# Levels a reference entry may list. none grants nothing and is never a scope.
ACTIONS_KNOWN_LEVELS = {"read", "write", "none"}

# ==========================================================================
# GitHub Apps: permissions, events, settings
# ==========================================================================

# What each App permission key reaches; the level is appended by the script.
# British spelling, like the rest of the catalogs.
APP_LABELS = {
    "actions": "GitHub Actions workflows, runs, artifacts and caches",
    "administration": "repository settings, branch protection, teams and collaborators, and repository creation and deletion",
    "artifact_metadata": "build artifact metadata records",
    "attestations": "artifact attestations of the repositories",
    "checks": "check runs and check suites",
    "code_quality": "code quality findings",
    "codespaces": "codespaces of the repositories",
    "contents": "repository code, commits, branches, releases and merges",
    "dependabot_secrets": "Dependabot secrets of the repositories",
    "deployments": "deployments and deployment statuses",
    "discussions": "discussions with their comments and labels",
    "environments": "deployment environments with their secrets, variables and protection rules",
    "issues": "issues with their comments, assignees, labels and milestones",
    "merge_queues": "merge queues of the repositories",
    "metadata": "basic repository metadata such as names, collaborators and search",
    "packages": "packages of the repositories in GitHub Packages",
    "pages": "GitHub Pages sites, builds and settings",
    "pull_requests": "pull requests with their comments, reviews, labels and merges",
    "repository_custom_properties": "custom property values of the repositories",
    "repository_hooks": "repository webhooks",
    "repository_projects": "projects (classic) of the repositories with their columns and cards",
    "secret_scanning_alerts": "secret scanning alerts",
    "secrets": "GitHub Actions secrets of the repositories",
    "security_events": "code scanning alerts",
    "single_file": "one file path chosen when the App is registered",
    "statuses": "commit statuses",
    "vulnerability_alerts": "Dependabot alerts",
    "workflows": "GitHub Actions workflow files under .github/workflows",
    "custom_properties_for_organizations": "custom properties set on the organisation itself",
    "members": "organisation members, teams and invitations",
    "organization_administration": "organisation settings and access policies",
    "organization_custom_roles": "custom repository roles of the organisation",
    "organization_custom_org_roles": "custom organisation roles",
    "organization_custom_properties": "definitions of the organisation's repository custom properties",
    "organization_copilot_seat_management": "GitHub Copilot Business seats of the organisation",
    "organization_copilot_agent_settings": "Copilot cloud agent settings of the organisation",
    "organization_announcement_banners": "announcement banners of the organisation",
    "organization_events": "activity events of the organisation",
    "organization_hooks": "organisation webhooks",
    "organization_personal_access_tokens": "fine-grained personal access tokens that can reach the organisation",
    "organization_personal_access_token_requests": "pending requests of fine-grained personal access tokens to reach the organisation",
    "organization_plan": "the organisation's plan",
    "organization_projects": "projects of the organisation",
    "organization_packages": "packages owned by the organisation",
    "organization_secrets": "GitHub Actions secrets of the organisation",
    "organization_self_hosted_runners": "self-hosted runners and runner groups of the organisation",
    "organization_user_blocking": "users blocked by the organisation",
    "email_addresses": "the authorising user's e-mail addresses",
    "followers": "the authorising user's followers and follows",
    "git_ssh_keys": "the authorising user's Git SSH keys",
    "gpg_keys": "the authorising user's GPG keys",
    "interaction_limits": "interaction limits on the user's repositories",
    "profile": "the authorising user's profile settings",
    "starring": "repositories the authorising user stars",
}

APP_LEVEL_SUFFIX = {"read": "read-only", "write": "read and write", "admin": "administration"}
APP_LEVEL_ORDER = ["read", "write", "admin"]

# Risk of write and admin levels is the reference's sensitivity_if_write mapped
# with RISK_MAP (PROVIDERS.md tiering: administration, organization_administration,
# workflows, secrets, organization_secrets, organization_self_hosted_runners are
# critical; contents, actions, packages, members, environments, hooks are high),
# except these. Key: permission key; applies to write and admin.
APP_WRITE_RISK = {
    # Members write can set a member's organisation role, including owner
    # (PUT /orgs/{org}/memberships/{username}): a path to taking over the
    # organisation. The reference says high; the tier definition says critical.
    "members": "critical",
    # Follow and unfollow only: no data of others, no access change.
    "followers": "low",
    # Star and unstar only.
    "starring": "low",
}

# Risk of read levels; everything else reads at "low".
APP_READ_RISK = {
    # Secret scanning alerts carry the leaked secret values themselves
    # (PROVIDERS.md: "reading secret_scanning_alerts" is high).
    "secret_scanning_alerts": "high",
}

# `sensitive` phrases, applied to every level of the key whose risk is high or
# critical (so secret_scanning_alerts:read gets it, secrets:read does not:
# secret values cannot be read back, only their names).
APP_SENSITIVE = {
    "actions": "workflow runs, artifacts and caches, including starting workflows that hold the repository's secrets",
    "administration": "repository settings, branch protection and collaborator access, up to deleting or transferring repositories",
    "codespaces": "cloud development environments that hold repository code and tokens of their own",
    "contents": "the code, branches, tags and releases that builds and users download",
    "dependabot_secrets": "the secrets Dependabot runs use, such as private registry credentials",
    "environments": "deployment environments, their secrets and the protection rules that gate deployments",
    "packages": "packages of the repositories, which downstream projects install and run",
    "repository_hooks": "repository webhooks, which send repository events to any URL",
    "secret_scanning_alerts": "secret scanning alerts, which show the leaked secrets themselves",
    "secrets": "GitHub Actions secrets of the repositories, the credentials their workflows use",
    "workflows": "workflow files, which run code with the repository's secrets on every trigger",
    "members": "organisation membership and teams, including promoting members to owner",
    "organization_administration": "the organisation's settings and access policies",
    "organization_custom_roles": "custom repository roles, which decide what each role may do in repositories",
    "organization_custom_org_roles": "custom organisation roles, which can carry organisation-wide administrative rights",
    "organization_hooks": "organisation webhooks, which send organisation-wide events to any URL",
    "organization_personal_access_tokens": "fine-grained personal access tokens with access to the organisation, and their revocation",
    "organization_packages": "the organisation's packages, which downstream projects install and run",
    "organization_secrets": "GitHub Actions secrets of the organisation, shared by workflows across repositories",
    "organization_self_hosted_runners": "the organisation's self-hosted runners, which run CI jobs and see their secrets",
    "git_ssh_keys": "the user's SSH keys, which give lasting Git access as the user",
}

# Notes per key (our words).
APP_NOTES = {
    # Reference rule: metadata: read is mandatory; REST docs: it is set back to
    # read-only whenever a repository permission is chosen.
    "metadata": "Always granted at read level once the App has any repository permission, so listing metadata: read changes nothing",
    # Reference: workflows has only write.
    "workflows": "Only write exists; it is the App counterpart of the OAuth workflow scope",
    # Reference: profile has only write.
    "profile": "Only write exists",
    # Reference levels read|write|admin.
    "repository_projects": "Projects (classic); admin is the highest level",
    "organization_projects": "admin is the highest level",
    "organization_custom_properties": "admin is the highest level and lets the App define properties",
    # Single file permission takes a path set at registration.
    "single_file": "The file path is set at registration; the manifest value alone does not say which file",
    # The REST schema's descriptions of these two keys read as if swapped; we
    # follow the key names and GitHub's display names in the App settings.
    "organization_personal_access_tokens": "Lists and revokes approved fine-grained tokens; the REST schema's description of this key and of organization_personal_access_token_requests appear swapped",
    "organization_personal_access_token_requests": "Reviews, approves or denies token requests; approving one grants that token access to the organisation",
    # Reference: applies to repositories though filed under user.
    "interaction_limits": "An account permission although it limits interactions on repositories",
    # Reference note: Copilot preview.
    "organization_copilot_seat_management": "In public preview according to the REST schema",
    # PROVIDERS.md common mistake.
    "pull_requests": "Written pull_requests in App manifests; the workflow spelling pull-requests is not an App permission",
    "security_events": "Written security_events in App manifests; the workflow spelling security-events is not an App permission",
}

# App permission keys confirmed on a GitHub documentation page (not only in the
# REST OpenAPI schema): the fine-grained permission table lists the repository
# and organisation ones with the same parameter names, and the choosing-
# permissions page names Workflows. Scopes of other keys get evidence "oas".
# Account (user) permissions have other parameter names in that table (emails,
# keys), so they stay "oas".
APP_DOC_CONFIRMED = {
    "actions", "administration", "artifact_metadata", "attestations", "checks", "code_quality",
    "codespaces", "contents", "dependabot_secrets", "deployments", "discussions", "environments",
    "issues", "merge_queues", "metadata", "packages", "pages", "pull_requests",
    "repository_custom_properties", "repository_hooks", "secret_scanning_alerts", "secrets",
    "security_events", "statuses", "vulnerability_alerts", "workflows",
    "members", "organization_administration", "organization_custom_roles",
    "organization_custom_org_roles", "organization_custom_properties",
    "organization_copilot_seat_management", "organization_announcement_banners",
    "organization_events", "organization_hooks", "organization_plan", "organization_projects",
    "organization_secrets", "organization_self_hosted_runners", "organization_user_blocking",
}

# Levels the docs do not show although the REST schema accepts them: evidence
# stays "oas" for these scopes even when the key is documented.
APP_OAS_ONLY_LEVELS = {
    # The fine-grained table lists Metadata as read only; the schema allows write.
    ("metadata", "write"),
}

# Webhook events an App can list in default_events, with the App permission
# (read level; write and admin imply it) the subscription needs. Every entry was
# read on the webhook events page: availability includes GitHub Apps and the
# page names the permission. Display names map to keys through the fine-grained
# permission table ("Commit statuses" = statuses, "Dependabot alerts" =
# vulnerability_alerts, "Code scanning alerts" = security_events, "Custom
# properties" organisation permission = organization_custom_properties,
# "Personal access token requests" = organization_personal_access_token_requests).
# Order: alphabetical, as on the page.
APP_EVENTS = {
    "branch_protection_configuration": ("changes to a repository's branch protection configuration", ["administration:read"]),
    "branch_protection_rule": ("branch protection rules being created, edited or deleted", ["administration:read"]),
    # Write-level Checks adds the rerequested and requested_action actions.
    "check_run": ("check run activity", ["checks:read"]),
    "check_suite": ("check suite activity", ["checks:read"]),
    "code_scanning_alert": ("code scanning alert activity", ["security_events:read"]),
    "commit_comment": ("comments on commits", ["contents:read"]),
    "create": ("branches and tags being created", ["contents:read"]),
    "custom_property": ("organisation custom property definitions changing", ["organization_custom_properties:read"]),
    # The page names the organisation permission, not repository_custom_properties.
    "custom_property_values": ("custom property values of a repository changing", ["organization_custom_properties:read"]),
    "delete": ("branches and tags being deleted", ["contents:read"]),
    "dependabot_alert": ("Dependabot alert activity", ["vulnerability_alerts:read"]),
    "deploy_key": ("deploy keys being added or removed", ["deployments:read"]),
    "deployment": ("deployments being created", ["deployments:read"]),
    "deployment_protection_rule": ("deployment protection rule checks requested of the App", ["deployments:read"]),
    "deployment_review": ("deployment reviews being requested, approved or rejected", ["deployments:read"]),
    "deployment_status": ("deployment status changes", ["deployments:read"]),
    "discussion": ("discussion activity", ["discussions:read"]),
    "discussion_comment": ("comments on discussions", ["discussions:read"]),
    "fork": ("repositories being forked", ["contents:read"]),
    "gollum": ("wiki pages being created or updated", ["contents:read"]),
    "issue_comment": ("comments on issues and pull requests", ["issues:read"]),
    "issue_dependencies": ("blocking and blocked-by links between issues", ["issues:read"]),
    "issues": ("issue activity", ["issues:read"]),
    "label": ("labels being created, edited or deleted", ["metadata:read"]),
    "member": ("repository collaborators being added, edited or removed", ["members:read"]),
    "membership": ("team membership changes", ["members:read"]),
    "merge_group": ("merge queue groups needing checks", ["merge_queues:read"]),
    # The page accepts either permission.
    "milestone": ("milestone activity", ["issues:read", "pull_requests:read"]),
    "org_block": ("users being blocked or unblocked by the organisation", ["organization_administration:read"]),
    "organization": ("organisation membership and renames", ["members:read"]),
    "page_build": ("GitHub Pages build attempts", ["pages:read"]),
    "personal_access_token_request": ("fine-grained token requests to the organisation", ["organization_personal_access_token_requests:read"]),
    # Projects (classic): repository or organisation Projects permission.
    "project": ("projects (classic) activity", ["repository_projects:read", "organization_projects:read"]),
    "project_card": ("cards on projects (classic)", ["repository_projects:read", "organization_projects:read"]),
    "project_column": ("columns on projects (classic)", ["repository_projects:read", "organization_projects:read"]),
    "public": ("a private repository becoming public", ["metadata:read"]),
    "pull_request": ("pull request activity", ["pull_requests:read"]),
    "pull_request_review": ("pull request reviews", ["pull_requests:read"]),
    "pull_request_review_comment": ("comments on pull request diffs", ["pull_requests:read"]),
    "pull_request_review_thread": ("review threads being resolved or unresolved", ["pull_requests:read"]),
    "push": ("pushes of commits, branches and tags", ["contents:read"]),
    # Older packages event; still available to Apps (the newer package event is not).
    "registry_package": ("packages being published or updated (older event)", ["packages:read"]),
    "release": ("release activity", ["contents:read"]),
    "repository": ("repositories being created, renamed, archived or deleted", ["metadata:read"]),
    "repository_dispatch": ("repository dispatch requests", ["contents:read"]),
    # The page accepts the repository or the organisation Administration permission.
    "repository_ruleset": ("repository rulesets being created, edited or deleted", ["administration:read", "organization_administration:read"]),
    "secret_scanning_alert": ("secret scanning alert activity", ["secret_scanning_alerts:read"]),
    "secret_scanning_alert_location": ("new locations of a detected secret", ["secret_scanning_alerts:read"]),
    "secret_scanning_scan": ("completed secret scanning scans", ["secret_scanning_alerts:read"]),
    "security_and_analysis": ("security and analysis features being turned on or off", ["administration:read"]),
    "star": ("repositories being starred or unstarred", ["metadata:read"]),
    "status": ("commit status changes", ["statuses:read"]),
    "sub_issues": ("sub-issues being added or removed", ["issues:read"]),
    "team": ("teams being created, edited, deleted or given repository access", ["members:read"]),
    "team_add": ("a team being added to a repository", ["members:read"]),
    "watch": ("users starting to watch a repository", ["metadata:read"]),
    "workflow_dispatch": ("manual workflow runs", ["contents:read"]),
    "workflow_job": ("workflow job activity", ["actions:read"]),
    "workflow_run": ("workflow run activity", ["actions:read"]),
}

# Events left out on purpose, with the reason. Documentation only; the script
# checks that none of them is also in APP_EVENTS. The schema requires at least
# one permission per event, so events that need none cannot be represented.
APP_EVENTS_LEFT_OUT = {
    "installation": "delivered to every App without a permission; cannot be subscribed to",
    "installation_repositories": "delivered to every App without a permission; cannot be subscribed to",
    "installation_target": "delivered to Apps without a permission being named",
    "github_app_authorization": "delivered to every App; cannot be unsubscribed",
    "security_advisory": "available to Apps but the page names no permission",
    "meta": "needs the Meta app permission, which is not an App permission key in the reference",
    "repository_advisory": "needs repository_advisories, which is not an App permission key in the reference",
    "package": "not available to GitHub Apps on the current page (registry_package is)",
    "projects_v2": "organisation webhooks only on the current page",
    "projects_v2_item": "organisation webhooks only on the current page",
    "projects_v2_status_update": "organisation webhooks only on the current page",
    "repository_import": "repository and organisation webhooks only",
    "repository_vulnerability_alert": "closing down and not available to Apps; use dependabot_alert",
    "marketplace_purchase": "sent to the Marketplace listing webhook, not subscribed in default_events",
    "sponsorship": "sent to sponsors listing webhooks only",
    "ping": "sent when a webhook is created; nothing to subscribe to",
    "issue_relates_to": "present in GitHub's webhook data but not on the page we read; requirement unconfirmed",
}

# App manifest settings that widen who can reach the App.
APP_SETTINGS = [
    {
        # Manifest docs: public true = available to the public, false = owner only.
        "format": "github-app-manifest",
        "pointer": "/public",
        "equals": True,
        "risk": "medium",
        "message": "any GitHub account can install the App, not only the account that registers it",
        "help": "set public to false unless the App is meant for other accounts to install",
        "sources": ["app-manifest"],
    },
]
# Considered and not added: hook_attributes.active false (less exposure, not
# more); request_oauth_on_install true (asks each installer to also authorise
# the App, which then gets user tokens limited by its account permissions;
# documented, but not clearly a widening); setup_url / redirect_url (URL hygiene
# belongs to insecure-redirect-uri).

# ==========================================================================
# GitHub OAuth scopes
# ==========================================================================

# The reference's pseudo entry "(no scope)" is not a scope string. It is not
# turned into default_grant either: default_grant drives missing-permissions,
# and a request without scopes only reads public data, which is not a finding.
OAUTH_SKIP = {"(no scope)"}

OAUTH_LABELS = {
    "repo": "full control of public and private repositories, plus some organisation resources",
    "repo:status": "commit statuses of all repositories",
    "repo_deployment": "deployment statuses of all repositories",
    "public_repo": "public repositories: code, statuses, projects and collaborators, and starring",
    "repo:invite": "repository collaboration invitations",
    "security_events": "code scanning alerts, and secret scanning alerts on GHEC",
    "admin:repo_hook": "repository webhooks, including deletion",
    "write:repo_hook": "repository webhooks, create and edit",
    "read:repo_hook": "repository webhooks, read and ping",
    "admin:org": "full administration of organisations, their teams, projects and memberships",
    "write:org": "organisation membership and organisation projects, read and write",
    "read:org": "organisation membership, projects and team membership, read-only",
    "admin:public_key": "the user's SSH public keys, including deletion",
    "write:public_key": "the user's SSH public keys, create and view",
    "read:public_key": "the user's SSH public keys, read-only",
    "admin:org_hook": "organisation webhooks the app created",
    "gist": "the user's gists, write",
    "notifications": "the user's notifications, watches and thread subscriptions",
    "user": "the user's profile, with e-mail addresses and follows",
    "read:user": "the user's profile data, read-only",
    "user:email": "the user's e-mail addresses, read-only",
    "user:follow": "following and unfollowing other users",
    "project": "user and organisation Projects, read and write",
    "read:project": "user and organisation Projects, read-only",
    "delete_repo": "deletion of repositories the user administers",
    "write:packages": "uploading and publishing packages to GitHub Packages",
    "read:packages": "downloading and installing packages from GitHub Packages",
    "delete:packages": "deleting packages from GitHub Packages",
    "admin:gpg_key": "the user's GPG keys, including deletion",
    "write:gpg_key": "the user's GPG keys, create and view",
    "read:gpg_key": "the user's GPG keys, read-only",
    "codespace": "creating and managing the user's codespaces",
    "workflow": "adding and changing GitHub Actions workflow files",
    "admin:enterprise": "full control of enterprise functionality",
    "manage_runners:enterprise": "self-hosted runners of the enterprise",
    "manage_billing:enterprise": "enterprise billing data, read and write",
    "read:enterprise": "enterprise profile data, read-only",
    "read:audit_log": "audit log data, read-only",
    "site_admin": "the GitHub Enterprise Server administration API",
}

# The reference's access column: read stays read; write, admin and delete all
# can change data, so they are write.
OAUTH_ACCESS_MAP = {"read": "read", "write": "write", "admin": "write", "delete": "write"}

# Risk is the reference's sensitivity mapped with RISK_MAP, except these.
# PROVIDERS.md's tiers are already in the reference (critical: admin:org,
# delete_repo, workflow, admin:enterprise, manage_runners:enterprise, site_admin;
# high: repo, write:org, admin/write:public_key, write/delete:packages, codespace,
# hook admin scopes).
OAUTH_RISK = {
    # Writes code and releases of every public repository the user can push to:
    # the supply-chain write for open-source maintainers, like contents: write.
    "public_repo": "high",
    # Creating a webhook is the exfiltration path (events go to any URL); admin
    # only adds deletion, so write ranks with admin:repo_hook.
    "write:repo_hook": "high",
}

# Scopes that bundle several narrower scopes (reported by broad-scope), with the
# least-privilege alternatives to suggest, most useful first.
OAUTH_FAMILY = {
    # Scopes page: repo includes these five, and more besides (org resources).
    "repo": ["public_repo", "repo:status", "repo_deployment", "security_events", "repo:invite"],
    # Scopes page: user includes user:email and user:follow (and profile read).
    "user": ["read:user", "user:email", "user:follow"],
    # admin:org fully manages the organisation; write/read:org are its steps.
    "admin:org": ["read:org", "write:org"],
    # Scopes page: admin:enterprise includes the three enterprise scopes.
    "admin:enterprise": ["read:enterprise", "manage_billing:enterprise", "manage_runners:enterprise"],
}

# Narrower alternatives for the admin:X ladders (not bundles, so no breadth).
OAUTH_NARROWER = {
    "admin:repo_hook": ["read:repo_hook", "write:repo_hook"],
    "admin:public_key": ["read:public_key", "write:public_key"],
    "admin:gpg_key": ["read:gpg_key", "write:gpg_key"],
}

# Read-only counterpart of write scopes, suggested when writes are not allowed.
OAUTH_READ_VARIANT = {
    "admin:repo_hook": "read:repo_hook",
    "write:repo_hook": "read:repo_hook",
    "admin:org": "read:org",
    "write:org": "read:org",
    "admin:public_key": "read:public_key",
    "write:public_key": "read:public_key",
    "user": "read:user",
    "project": "read:project",
    "write:packages": "read:packages",
    "admin:gpg_key": "read:gpg_key",
    "write:gpg_key": "read:gpg_key",
    "admin:enterprise": "read:enterprise",
}

# Implications the reference does not list but the docs state.
OAUTH_EXTRA_IMPLIES = {
    # Scopes page: "project" grants read/write, "read:project" is indented
    # under it (the reference lists it already; nothing to add).
}

# Scopes that only work together with another one.
OAUTH_REQUIRES_ANY = {
    # REST packages docs: deleting needs read:packages and delete:packages
    # (write:packages implies read:packages).
    "delete:packages": ["read:packages", "write:packages"],
}

# Deprecated scopes: name -> {"reason": text, "replaced_by": [scopes]}. The
# current scopes page deprecates none, so this is empty; a reference entry
# marked deprecated without an entry here is an error. (The old team-discussion
# scopes read:discussion / write:discussion are not in the reference and are
# not added: the linter then reports them as unknown.)
OAUTH_DEPRECATED = {}

OAUTH_SENSITIVE = {
    "repo": "code, settings and collaborators of every repository the user can reach, plus organisation projects, teams and webhooks",
    "public_repo": "code, releases and collaborators of every public repository the user can push to",
    "security_events": "code scanning alerts, which point at exploitable weaknesses in the code",
    "admin:repo_hook": "repository webhooks, which send repository events to any URL",
    "write:repo_hook": "repository webhooks, which send repository events to any URL",
    "admin:org": "the organisation's settings, teams, memberships and roles",
    "write:org": "organisation membership, including inviting and removing members, and organisation projects",
    "admin:public_key": "the SSH keys on the user's account, which give lasting Git access as the user",
    "write:public_key": "the SSH keys on the user's account, which give lasting Git access as the user",
    "admin:org_hook": "organisation webhooks, which send organisation-wide events to any URL",
    "user:email": "the user's e-mail addresses, including private ones",
    "delete_repo": "deletion of every repository the user administers, with its issues, wiki and history",
    "write:packages": "publishing of packages that downstream projects install and run",
    "delete:packages": "deletion of packages that other projects depend on",
    "admin:gpg_key": "the GPG keys that make commits show as verified for the user",
    "write:gpg_key": "the GPG keys that make commits show as verified for the user",
    "codespace": "cloud development environments with repository code, secrets and tokens of their own",
    "workflow": "GitHub Actions workflow files, which run code with the repository's secrets",
    "admin:enterprise": "the enterprise's settings, policies, runners and billing",
    "manage_runners:enterprise": "the enterprise's self-hosted runners, which run CI jobs and see their secrets",
    "manage_billing:enterprise": "enterprise billing data and spending settings",
    "read:audit_log": "the audit log of user and administrator actions",
    "site_admin": "the administration API of a GitHub Enterprise Server instance",
}

OAUTH_NOTES = {
    "repo": "Besides repositories it reaches organisation projects, invitations, team memberships and webhooks, and user-owned projects",
    "repo:status": "Only needed to give access to commit statuses without access to code",
    "repo_deployment": "Only needed to give access to deployment statuses without access to code",
    "repo:invite": "Only needed to accept or decline invitations without access to code",
    "security_events": "Only needed to give access to security events without access to code",
    "admin:repo_hook": "repo and public_repo already reach repository webhooks; this scope limits a token to webhooks",
    "admin:org_hook": "With an OAuth token it reaches only the organisation webhooks the OAuth app created",
    "user": "GitHub drops user:email and user:follow from a request that also has user",
    "workflow": "Without it, pushes that add or change files under .github/workflows are refused, unless an identical file exists on another branch",
    "write:packages": "The read:packages implication follows the token settings page; the scopes table does not state it",
    "delete:packages": "Deleting also needs read:packages",
    "codespace": "Not available on GitHub Enterprise Server",
    "admin:enterprise": "GitHub Enterprise Cloud and Server only",
    "manage_runners:enterprise": "GitHub Enterprise Cloud and Server only",
    "manage_billing:enterprise": "GitHub Enterprise Cloud and Server only",
    "read:enterprise": "GitHub Enterprise Cloud and Server only; excludes profile data of members and organisations",
    "site_admin": "GitHub Enterprise Server only",
}

# ==========================================================================
# Mechanics
# ==========================================================================


def max_risk(*risks):
    return max(risks, key=RISK_ORDER.index)


def build_sources(ref, used):
    """Map the reference's free-text sources to {id, url, what} per catalog."""
    per_catalog = {name: [] for name in HEADERS}
    for text in ref["sources"]:
        match = None
        for prefix in REFERENCE_SOURCES:
            if text.startswith(prefix):
                if match is not None:
                    raise CurationError(f"reference source matches two REFERENCE_SOURCES keys: {text}")
                match = prefix
        if match is None:
            raise CurationError(f"reference source not mapped in REFERENCE_SOURCES: {text}")
        used.mark("REFERENCE_SOURCES", match)
        cur = REFERENCE_SOURCES[match]
        url = cur.get("url", match)
        per_catalog[cur["catalog"]].append({"id": cur["id"], "url": url, "what": cur["what"]})
    for name, extra in EXTRA_SOURCES.items():
        per_catalog[name].extend(dict(s) for s in extra)
    return per_catalog


def header(provider, sources):
    catalog = catalog_header({"provider": provider, **HEADERS[provider]}, CATALOG_DATE)
    catalog["sources"] = sources
    return catalog


def scope_entry(name, label, access, risk, evidence, sources, implies, **optional):
    """A scope in the key order the other catalogs use; optional fields only when set."""
    entry = {"name": name, "label": label, "access": access, "risk": risk}
    for key in ("sensitive", "breadth", "narrower", "read_variant", "requires_any",
                "deprecated", "replaced_by"):
        if optional.get(key):
            entry[key] = optional[key]
    entry["evidence"] = evidence
    entry["sources"] = list(sources)
    if optional.get("note"):
        entry["note"] = optional["note"]
    entry["implies"] = list(implies)
    return entry


# --------------------------------------------------------------------------
# GitHub Actions
# --------------------------------------------------------------------------

ACTIONS_LEVELS_RE = re.compile(r"^([a-z]+(?:\|[a-z]+)*)(?:\s+\(.*\))?$")


def parse_actions_levels(key, text):
    m = ACTIONS_LEVELS_RE.match(text.strip())
    if not m:
        raise CurationError(f"actions key {key}: cannot parse levels {text!r}")
    levels = m.group(1).split("|")
    unknown = set(levels) - ACTIONS_KNOWN_LEVELS
    if unknown:
        raise CurationError(f"actions key {key}: unknown levels {sorted(unknown)}")
    return [lv for lv in ("read", "write") if lv in levels]


def build_actions(ref, sources, used):
    tok = ref["actions_github_token"]
    base_src = ["actions-token-permissions", "workflow-syntax-permissions"]
    # The reference's own list of shorthands must be the two scopes plus "{}".
    if set(tok["shorthands"]) != set(ACTIONS_SHORTHANDS) | {"{}"}:
        raise CurationError(f"actions shorthands changed: {sorted(tok['shorthands'])}")
    scopes = []
    reads, writes = [], []
    for key, text in tok["keys"].items():
        levels = parse_actions_levels(key, text)
        label = used.get("ACTIONS_LABELS", ACTIONS_LABELS, key)
        if not label:
            raise CurationError(f"no ACTIONS_LABELS entry for {key}")
        note = used.get("ACTIONS_NOTES", ACTIONS_NOTES, key)
        src = base_src + used.get("ACTIONS_KEY_SOURCES", ACTIONS_KEY_SOURCES, key, [])
        if "read" in levels:
            name = f"{key}:read"
            risk = used.get("ACTIONS_READ_RISK", ACTIONS_READ_RISK, key, "low")
            scopes.append(scope_entry(name, f"{label}, {ACTIONS_LEVEL_SUFFIX['read']}", "read", risk,
                                      "doc", src, [], note=note))
            reads.append(name)
        if "write" in levels:
            name = f"{key}:write"
            risk = used.get("ACTIONS_WRITE_RISK", ACTIONS_WRITE_RISK, key)
            if risk is None:
                raise CurationError(f"no ACTIONS_WRITE_RISK entry for {key}")
            sensitive = used.get("ACTIONS_SENSITIVE", ACTIONS_SENSITIVE, key)
            if risk in ("high", "critical") and not sensitive:
                raise CurationError(f"{name} is {risk} but has no ACTIONS_SENSITIVE phrase")
            if sensitive and risk not in ("high", "critical"):
                raise CurationError(f"{name} has a sensitive phrase but is only {risk}")
            has_read = "read" in levels
            label_w = label if not has_read else f"{label}, {ACTIONS_LEVEL_SUFFIX['write']}"
            scopes.append(scope_entry(
                name, label_w, "write", risk, "doc", src,
                [f"{key}:read"] if has_read else [],
                sensitive=sensitive, read_variant=f"{key}:read" if has_read else None, note=note))
            writes.append(name)
        # A key whose read level is its only level keeps the plain label suffix.
    for name, cur in ACTIONS_SHORTHANDS.items():
        used.mark("ACTIONS_SHORTHANDS", name)
        implies = reads if cur["access"] == "read" else writes + reads
        scopes.append(scope_entry(
            name, cur["label"], cur["access"], cur["risk"], "doc", base_src, implies,
            sensitive=cur.get("sensitive"), breadth="service", narrower=cur["narrower"],
            read_variant="read-all" if name == "write-all" else None, note=cur.get("note")))
    catalog = header("github-actions", sources)
    catalog["operations"] = []
    catalog["services"] = []
    catalog["scopes"] = scopes
    catalog["default_grant"] = ACTIONS_DEFAULT_GRANT
    return catalog


# --------------------------------------------------------------------------
# GitHub Apps
# --------------------------------------------------------------------------

def build_app(ref, sources, used):
    scopes = []
    names = set()
    for perm in ref["github_app_permissions"]:
        key = perm["key"]
        levels = [lv for lv in APP_LEVEL_ORDER if lv in perm["levels"]]
        if len(levels) != len(perm["levels"]):
            raise CurationError(f"app key {key}: unknown levels {perm['levels']}")
        label = used.get("APP_LABELS", APP_LABELS, key)
        if not label:
            raise CurationError(f"no APP_LABELS entry for {key}")
        write_risk = RISK_MAP[perm["sensitivity_if_write"]]
        write_risk = used.get("APP_WRITE_RISK", APP_WRITE_RISK, key, write_risk)
        read_risk = used.get("APP_READ_RISK", APP_READ_RISK, key, "low")
        sensitive = used.get("APP_SENSITIVE", APP_SENSITIVE, key)
        note = used.get("APP_NOTES", APP_NOTES, key)
        if key in APP_DOC_CONFIRMED:
            used.mark("APP_DOC_CONFIRMED", key)
        if len(levels) == 1:
            suffix = {"read": "read-only", "write": "write", "admin": "administration"}[levels[0]]
        for i, level in enumerate(levels):
            name = f"{key}:{level}"
            risk = read_risk if level == "read" else write_risk
            if level != "read":
                # A write can never rank below reading the same thing.
                risk = max_risk(risk, read_risk)
            evidence = "doc" if key in APP_DOC_CONFIRMED else "oas"
            if (key, level) in APP_OAS_ONLY_LEVELS:
                used.mark("APP_OAS_ONLY_LEVELS", (key, level))
                evidence = "oas"
            srcs = ["rest-app-permissions", "app-manifest"]
            if evidence == "doc":
                srcs.append("fine-grained-permission-names" if key != "workflows" else "app-choosing-permissions")
            if key == "metadata":
                srcs.append("app-permissions-metadata")
            lab = f"{label}, {APP_LEVEL_SUFFIX[level] if len(levels) > 1 else suffix}"
            implies = [f"{key}:{levels[i - 1]}"] if i > 0 else []
            has_read = "read" in levels
            scope_sensitive = sensitive if sensitive and risk in ("high", "critical") else None
            scopes.append(scope_entry(
                name, lab, "read" if level == "read" else "write", risk, evidence, srcs, implies,
                sensitive=scope_sensitive,
                read_variant=f"{key}:read" if level != "read" and has_read else None,
                note=note))
            names.add(name)
        if sensitive and not any(s.get("sensitive") for s in scopes if s["name"].startswith(key + ":")):
            raise CurationError(f"APP_SENSITIVE {key}: no level is high or critical")
        if write_risk in ("high", "critical") and any(lv != "read" for lv in levels) and not sensitive:
            raise CurationError(f"app key {key} is {write_risk} at write but has no APP_SENSITIVE phrase")

    events = []
    for ev, (label, needs) in APP_EVENTS.items():
        used.mark("APP_EVENTS", ev)
        if ev in APP_EVENTS_LEFT_OUT:
            raise CurationError(f"event {ev} is both in APP_EVENTS and APP_EVENTS_LEFT_OUT")
        for n in needs:
            if n not in names:
                raise CurationError(f"event {ev} needs unknown permission {n}")
        events.append({"name": ev, "label": label, "requires_any": list(needs),
                       "sources": ["webhook-events", "app-choosing-permissions"]})
    for ev in APP_EVENTS_LEFT_OUT:
        used.mark("APP_EVENTS_LEFT_OUT", ev)

    catalog = header("github-app", sources)
    catalog["operations"] = []
    catalog["services"] = []
    catalog["scopes"] = scopes
    catalog["events"] = events
    # Known names, so unknown-event stays quiet; missing-scope has nothing to check.
    catalog["other_events"] = other_events(APP_EVENTS_LEFT_OUT)
    catalog["settings"] = [dict(s) for s in APP_SETTINGS]
    return catalog


# --------------------------------------------------------------------------
# GitHub OAuth
# --------------------------------------------------------------------------

def transitive_reduction(direct):
    """Drop implied names reachable through another implied name (keeps order)."""
    def reach(name, seen):
        for n in direct.get(name, []):
            if n not in seen:
                seen.add(n)
                reach(n, seen)
        return seen

    out = {}
    for name, targets in direct.items():
        via_other = set()
        for t in targets:
            via_other |= reach(t, set())
        out[name] = [t for t in targets if t not in via_other]
    return out


def build_oauth(ref, sources, used):
    entries = [e for e in ref["oauth_scopes"] if e["scope"] not in OAUTH_SKIP]
    for e in ref["oauth_scopes"]:
        if e["scope"] in OAUTH_SKIP:
            used.mark("OAUTH_SKIP", e["scope"])
    direct = {}
    for e in entries:
        imp = list(e.get("implies", []))
        for extra in used.get("OAUTH_EXTRA_IMPLIES", OAUTH_EXTRA_IMPLIES, e["scope"], []):
            if extra not in imp:
                imp.append(extra)
        direct[e["scope"]] = imp
    # The reference's included_in must agree with some implication path.
    reduced = transitive_reduction(direct)
    scopes = []
    for e in entries:
        name = e["scope"]
        label = used.get("OAUTH_LABELS", OAUTH_LABELS, name)
        if not label:
            raise CurationError(f"no OAUTH_LABELS entry for {name}")
        parent = e.get("included_in")
        if parent and name not in direct.get(parent, []) and not any(
                name in direct.get(mid, []) for mid in direct.get(parent, [])):
            raise CurationError(f"{name}: included_in {parent} but {parent} does not imply it")
        access = OAUTH_ACCESS_MAP[e["access"]]
        risk = used.get("OAUTH_RISK", OAUTH_RISK, name, RISK_MAP[e["sensitivity"]])
        family = used.get("OAUTH_FAMILY", OAUTH_FAMILY, name)
        narrower = family or used.get("OAUTH_NARROWER", OAUTH_NARROWER, name)
        if e.get("deprecated") and name not in OAUTH_DEPRECATED:
            raise CurationError(f"reference marks {name} deprecated; OAUTH_DEPRECATED needs a reason")
        dep = used.get("OAUTH_DEPRECATED", OAUTH_DEPRECATED, name)
        srcs = ["oauth-scopes"]
        requires = used.get("OAUTH_REQUIRES_ANY", OAUTH_REQUIRES_ANY, name)
        if requires:
            srcs.append("rest-packages")
        scopes.append(scope_entry(
            name, label, access, risk, "doc", srcs, reduced[name],
            sensitive=used.get("OAUTH_SENSITIVE", OAUTH_SENSITIVE, name),
            breadth="family" if family else None,
            narrower=narrower,
            read_variant=used.get("OAUTH_READ_VARIANT", OAUTH_READ_VARIANT, name),
            requires_any=requires,
            deprecated=dep["reason"] if dep else None,
            replaced_by=dep.get("replaced_by") if dep else None,
            note=used.get("OAUTH_NOTES", OAUTH_NOTES, name)))
    catalog = header("github", sources)
    catalog["operations"] = []
    catalog["services"] = []
    catalog["scopes"] = scopes
    return catalog


def build(ref):
    used = Used()
    sources = build_sources(ref, used)
    catalogs = {
        "github-actions": build_actions(ref, sources["github-actions"], used),
        "github-app": build_app(ref, sources["github-app"], used),
        "github": build_oauth(ref, sources["github"], used),
    }
    used.check({
        "REFERENCE_SOURCES": REFERENCE_SOURCES,
        "ACTIONS_LABELS": ACTIONS_LABELS,
        "ACTIONS_WRITE_RISK": ACTIONS_WRITE_RISK,
        "ACTIONS_READ_RISK": ACTIONS_READ_RISK,
        "ACTIONS_SENSITIVE": ACTIONS_SENSITIVE,
        "ACTIONS_NOTES": ACTIONS_NOTES,
        "ACTIONS_SHORTHANDS": ACTIONS_SHORTHANDS,
        "ACTIONS_KEY_SOURCES": ACTIONS_KEY_SOURCES,
        "APP_LABELS": APP_LABELS,
        "APP_WRITE_RISK": APP_WRITE_RISK,
        "APP_READ_RISK": APP_READ_RISK,
        "APP_SENSITIVE": APP_SENSITIVE,
        "APP_NOTES": APP_NOTES,
        "APP_DOC_CONFIRMED": {k: True for k in APP_DOC_CONFIRMED},
        "APP_OAS_ONLY_LEVELS": {k: True for k in APP_OAS_ONLY_LEVELS},
        "APP_EVENTS": APP_EVENTS,
        "APP_EVENTS_LEFT_OUT": APP_EVENTS_LEFT_OUT,
        "OAUTH_SKIP": {k: True for k in OAUTH_SKIP},
        "OAUTH_LABELS": OAUTH_LABELS,
        "OAUTH_RISK": OAUTH_RISK,
        "OAUTH_FAMILY": OAUTH_FAMILY,
        "OAUTH_NARROWER": OAUTH_NARROWER,
        "OAUTH_READ_VARIANT": OAUTH_READ_VARIANT,
        "OAUTH_EXTRA_IMPLIES": OAUTH_EXTRA_IMPLIES,
        "OAUTH_REQUIRES_ANY": OAUTH_REQUIRES_ANY,
        "OAUTH_DEPRECATED": OAUTH_DEPRECATED,
        "OAUTH_SENSITIVE": OAUTH_SENSITIVE,
        "OAUTH_NOTES": OAUTH_NOTES,
    })
    # The reference's declared counts must still hold.
    counts = ref.get("counts", {})
    checks = {
        "oauth_scopes": len(ref["oauth_scopes"]),
        "github_app_permission_keys": len(ref["github_app_permissions"]),
        "actions_keys": len(ref["actions_github_token"]["keys"]),
    }
    for k, v in checks.items():
        if k in counts and counts[k] != v:
            raise CurationError(f"reference counts.{k} is {counts[k]} but the reference lists {v}")
    return catalogs


# ==========================================================================
# Checks (stdlib only; jsonschema used when available)
# ==========================================================================

DEFAULT_GRANT_SOURCES = {"github-actions": ACTIONS_DEFAULT_GRANT_SOURCES}

# Proper nouns a sensitive phrase may start with (otherwise it starts lower-case).
PROPER_NOUN_STARTS = ("GitHub", "OIDC", "SSH", "GPG", "Dependabot", "Copilot")


def check(provider, catalog, schema_path):
    problems = []
    where0 = OUTPUT_FILES[provider]
    sources = Citations(catalog["sources"])
    if sources.duplicated():
        problems.append(f"{where0}: duplicate source ids")

    names = [s["name"] for s in catalog["scopes"]]
    seen = {}
    for n in names:
        if n in seen:
            problems.append(f"{where0}: duplicate scope {n}")
        low = n.lower()
        if low in seen and seen[low] != n:
            problems.append(f"{where0}: case-insensitive collision {seen[low]} / {n}")
        seen[n] = n
        seen[low] = n
    known = set(names)
    by_name = {s["name"]: s for s in catalog["scopes"]}

    for sc in catalog["scopes"]:
        where = f"{where0}: scope {sc['name']}"
        problems += sources.cite(where, sc["sources"])
        problems += reference_problems(where, sc, known, ("implies", "narrower", "requires_any", "replaced_by"))
        rv = sc.get("read_variant")
        if rv is not None:
            if rv not in known:
                problems.append(f"{where}: read_variant names unknown scope {rv}")
            elif by_name[rv]["access"] != "read":
                problems.append(f"{where}: read_variant {rv} is not a read scope")
            if sc["access"] != "write":
                problems.append(f"{where}: read_variant on a read scope")
        if "sensitive" in sc:
            text = sc["sensitive"]
            problems += phrase_problems(where, text, "sensitive")
            if not (text[0].islower() or text.startswith(PROPER_NOUN_STARTS)):
                problems.append(f"{where}: sensitive must start lower-case or with a proper noun")
        if sc.get("breadth") in ("family", "service") and not sc.get("narrower"):
            problems.append(f"{where}: broad scope without narrower alternatives")
        if sc.get("replaced_by") and not sc.get("deprecated"):
            problems.append(f"{where}: replaced_by without deprecated")
        if sc["access"] == "read":
            for imp in sc["implies"]:
                if imp in by_name and by_name[imp]["access"] == "write":
                    problems.append(f"{where}: read scope implies write scope {imp}")

    for path in implication_cycles(catalog["scopes"]):
        problems.append(f"{where0}: implication cycle {' -> '.join(path)}")

    event_names = set()
    for ev in catalog.get("events", []):
        where = f"{where0}: event {ev['name']}"
        if ev["name"] in event_names:
            problems.append(f"{where}: duplicate event")
        event_names.add(ev["name"])
        for r in ev["requires_any"]:
            if r not in known:
                problems.append(f"{where}: requires unknown scope {r}")
        problems += sources.cite(where, ev["sources"])
    for st in catalog.get("settings", []):
        where = f"{where0}: setting {st['pointer']}"
        if st["message"].endswith("."):
            problems.append(f"{where}: message has a trailing period")
        if not re.match(r"^[a-z].*[^.]$", st["help"]):
            problems.append(f"{where}: help must be lower-case imperative without a final period")
        problems += sources.cite(where, st["sources"])
    if "default_grant" in catalog:
        sources.cited.update(DEFAULT_GRANT_SOURCES.get(provider, []))
    for s in sorted(set(sources.uncited())):
        problems.append(f"{where0}: source {s} is cited by nothing")

    problems += [f"{where0}: {p}" for p in schema_problems(catalog, schema_path)]

    n_read = sum(1 for s in catalog["scopes"] if s["access"] == "read")
    print(f"{where0}: scopes: {len(catalog['scopes'])} ({n_read} read, "
          f"{len(catalog['scopes']) - n_read} write), events: {len(catalog.get('events', []))}, "
          f"settings: {len(catalog.get('settings', []))}", file=sys.stderr)
    return problems


def main():
    args = parse_args(__doc__, "github", [
        ("--output-dir", {"default": CATALOG_DIR}),
    ], check_target="an output file")
    return run(args, __file__, build,
               lambda catalogs: [p for provider, catalog in catalogs.items()
                                 for p in check(provider, catalog, args.schema)],
               lambda catalogs: [(os.path.join(args.output_dir, OUTPUT_FILES[provider]), catalog)
                                 for provider, catalog in catalogs.items()])


if __name__ == "__main__":
    sys.exit(main())
