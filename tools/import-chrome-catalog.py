#!/usr/bin/env python3
"""Turn the team's Chrome extension permission reference into scopelint's catalog data file.

Usage (from anywhere):
    python3 tools/import-chrome-catalog.py [REFERENCE_JSON] [--output PATH] [--check]

REFERENCE_JSON defaults to ../shared/reference/chrome-extensions/scopes.json
relative to the repository root; the output defaults to
rules/catalog/chrome-extensions.json. --check writes nothing and fails when the
committed file differs from what would be written.

Chrome extension permissions are a flat vocabulary: API permission names
(tabs, cookies, debugger, with dotted sub-permissions such as downloads.open
and identity.email) and host match patterns (<all_urls>, *://*/*). The catalog
therefore has no operation lattice and no services: every permission is a
standalone entry in "scopes", named exactly as the manifest spells it. The
mapping is mechanical; every judgement (labels, access of the reference's
"other" permissions, sensitivity, notes, implications, left-out entries, extra
permission names and host patterns) lives in the named dictionaries below,
each entry with a comment saying why. The script refuses to run when a
curation key no longer matches the reference, so stale curation cannot linger
silently.

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
    CATALOG_DIR, RISK_TIERS, CurationError, Used, flat_catalog, flat_catalog_problems,
    parse_args, run, schema_problems, tally)

# --------------------------------------------------------------------------
# File-level facts
# --------------------------------------------------------------------------

# Date the facts were last reviewed. A constant (not today's date) so that
# reruns reproduce the committed file byte for byte.
CATALOG_DATE = "2026-12-04"

# Output header (reference "syntax").
# * case_sensitive: permission names are camelCase (declarativeNetRequest,
#   nativeMessaging) and Chrome compares them exactly; "NativeMessaging" is an
#   unknown permission, not a style issue.
# * segment_separator ".": sub-permissions are dotted (downloads.open,
#   identity.email, accessibilityFeatures.read, system.storage); the names are
#   not parsed into segments (no services), it is given for completeness.
# * list_separator ",": permissions are JSON array items; "," is the closest
#   thing to a separator a manifest has.
HEADER = {
    "provider": "chrome-extensions",
    "title": "Chrome extensions",
    "case_sensitive": True,
    "segment_separator": ".",
    "list_separator": ",",
}

# The reference's sensitivity scale, mapped onto the catalog's risk tiers.
RISK_MAP = {"low": "low", "moderate": "medium", "high": "high", "critical": "critical"}

# The reference's access values, mapped onto the catalog's read|write. "other"
# is decided per permission in OTHER_ACCESS.
ACCESS_MAP = {"read": "read", "write": "write", "full": "write", "admin": "write", "delete": "write"}

# The reference's "syntax" keys, and where the catalog uses each. The script
# stops when the reference adds a key, so a new syntax fact is read, not lost.
SYNTAX = {
    # Names are kept as the reference spells them; dotted sub-permissions are
    # separate scopes (segment_separator ".").
    "api_permission": "scope names and segment_separator",
    # Host patterns are scopes too: <all_urls>, *://*/* and the scheme-wide
    # patterns in EXTRA_HOST_PATTERNS. Narrower patterns (one site) are not
    # catalogued; readers match them as patterns, not as names.
    "host_permission": "host pattern scopes",
    # MV3 splits permissions and host_permissions; the catalog does not care
    # which key a name sits under.
    "mv3": "nothing (reader concern)",
    # MV2 mixes both in permissions; same catalog either way.
    "mv2": "nothing (reader concern)",
    # content_scripts[].matches grant host access too; a reader concern.
    "content_scripts": "nothing (reader concern)",
}

# --------------------------------------------------------------------------
# Sources (our own words in "what")
# --------------------------------------------------------------------------

SOURCES = [
    {"id": "permissions-list",
     "url": "https://developer.chrome.com/docs/extensions/reference/permissions-list",
     "what": "The permission names an extension manifest can declare, what each gives access to, "
             "and the install warning each one triggers"},
    {"id": "chromium-messages",
     "url": "https://source.chromium.org/chromium/chromium/src/+/main:chrome/common/extensions/permissions/"
            "chrome_permission_message_rules.cc",
     "what": "Which permissions produce which install warning, and which warnings absorb others "
             "(the reference read an older revision of this file)"},
    {"id": "declare-permissions",
     "url": "https://developer.chrome.com/docs/extensions/develop/concepts/declare-permissions",
     "what": "The permissions, optional_permissions, host_permissions and optional_host_permissions keys, "
             "and host match patterns such as <all_urls>"},
    {"id": "mdn-permissions",
     "url": "https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/permissions",
     "what": "The permissions Firefox accepts in a WebExtension manifest, including those only Firefox has "
             "(menus, theme, tabHide, browserSettings, pkcs11, webRequestFilterResponse …)"},
    {"id": "dnr-api",
     "url": "https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest",
     "what": "declarativeNetRequest and declarativeNetRequestWithHostAccess are separate permissions; "
             "the first blocks without host access, the second needs host permissions; "
             "declarativeNetRequestFeedback exposes matched rules"},
]

# Reference source strings start with the URL, or (the Chromium file) with a
# description; this maps each onto our id by its first word.
REFERENCE_SOURCE_IDS = {
    "https://developer.chrome.com/docs/extensions/reference/permissions-list": "permissions-list",
    "Chromium": "chromium-messages",
    "https://developer.chrome.com/docs/extensions/develop/concepts/declare-permissions": "declare-permissions",
    "https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest": "dnr-api",
}

# Sources per entry beyond the defaults (permissions-list for API permissions,
# declare-permissions for host patterns, chromium-messages when the entry
# triggers an install warning).
EXTRA_SOURCES = {
    # The DNR reference page documents the three DNR permissions and how they differ.
    "declarativeNetRequest": ["dnr-api"],
    "declarativeNetRequestWithHostAccess": ["dnr-api"],
    "declarativeNetRequestFeedback": ["dnr-api"],
    # declare-permissions recommends activeTab over broad host access.
    "activeTab": ["declare-permissions"],
}

# --------------------------------------------------------------------------
# Reference entries left out
# --------------------------------------------------------------------------

LEFT_OUT = {
    # The reference's own note: "manifest key, not a permission string". Chrome
    # shows the all-sites warning when a manifest declares devtools_page, but
    # the string never appears in permissions; cataloguing it would make
    # "permissions": ["devtools_page"] pass the unknown-permission check.
    "devtools_page": "a manifest key (the DevTools page), not a permission string",
}

# --------------------------------------------------------------------------
# Extra names the reference lacks
# --------------------------------------------------------------------------

# API permissions listed on Chrome's permissions-list page that the reference
# does not have, so that real manifests declaring them are not reported as
# unknown. Conservative tiers: low unless the page's install warning or the
# API's purpose makes the permission sensitive. All evidence "doc", source
# permissions-list. Appended after the reference entries, in this order.
# Checked and not added: "runtime" (no Chrome page we could read confirms it as
# a manifest permission), "action" (a manifest key, like devtools_page).
EXTRA_PERMISSIONS = {
    # Page-state rules that show the action without reading the page.
    "declarativeContent": {"access": "read", "risk": "low"},
    # ChromeOS: resolves host names; dev channel only.
    "dns": {"access": "read", "risk": "low"},
    # Hides or shows Chrome's download shelf (downloads.setUiOptions).
    "downloads.ui": {"access": "write", "risk": "low"},
    # ChromeOS, policy-installed only: device serial, asset id, location.
    "enterprise.deviceAttributes": {"access": "read", "risk": "low"},
    # ChromeOS, policy-installed only: manufacturer and model.
    "enterprise.hardwarePlatform": {"access": "read", "risk": "low"},
    # ChromeOS, policy-installed only: network addresses of the device.
    "enterprise.networkingAttributes": {"access": "read", "risk": "low"},
    # ChromeOS: file-browser context-menu actions.
    "fileBrowserHandler": {"access": "write", "risk": "low"},
    # ChromeOS: file systems the extension provides to the Files app.
    "fileSystemProvider": {"access": "write", "risk": "low"},
    # ChromeOS: whether the session is signed in or locked.
    "loginState": {"access": "read", "risk": "low"},
    # ChromeOS client certificates; medium, not low: the extension signs with
    # keys of certificates the user approves, which authenticates as the user.
    # Lower than enterprise.platformKeys (high) because each certificate needs
    # the user's approval.
    "platformKeys": {"access": "write", "risk": "medium"},
    # Printers the extension provides to the print dialog.
    "printerProvider": {"access": "write", "risk": "low"},
    # ChromeOS: submits print jobs.
    "printing": {"access": "write", "risk": "low"},
    # ChromeOS, policy-installed only: print job history.
    "printingMetrics": {"access": "read", "risk": "low"},
    # Browser process information; dev channel only.
    "processes": {"access": "read", "risk": "low"},
    # CPU metadata.
    "system.cpu": {"access": "read", "risk": "low"},
    # Display metadata; can also change display layout on ChromeOS.
    "system.display": {"access": "write", "risk": "low"},
    # Physical memory size.
    "system.memory": {"access": "read", "risk": "low"},
    # Speaks text aloud.
    "tts": {"access": "write", "risk": "low"},
    # ChromeOS: sets the desktop wallpaper.
    "wallpaper": {"access": "write", "risk": "low"},
    # Not low: the API page says the extension intercepts every Web
    # Authentication (passkey / security key) request of the profile, which
    # defeats the phishing resistance of those sign-ins if misused.
    "webAuthenticationProxy": {"access": "write", "risk": "high"},
    # MV3: lets a webRequest.onAuthRequired listener supply credentials
    # asynchronously (the MV3 replacement of blocking for this event).
    "webRequestAuthProvider": {"access": "write", "risk": "low"},
}

# Permissions only Firefox has. The same manifest.json format is read for both
# browsers, and an extension built for Firefox would otherwise get a false
# unknown-scope error per permission. Source mdn-permissions; risks from what
# each API can do, in our judgement.
FIREFOX_PERMISSIONS = {
    # Context-menu items (Firefox's name for contextMenus, which it also accepts).
    "menus": {"access": "write", "risk": "low"},
    "menus.overrideContext": {"access": "write", "risk": "low"},
    # Browser themes.
    "theme": {"access": "write", "risk": "low"},
    # Hides tabs from the tab strip.
    "tabHide": {"access": "write", "risk": "low"},
    # Global browser settings such as the home page and cache behaviour.
    "browserSettings": {"access": "write", "risk": "medium"},
    # Whether the network sits behind a captive portal.
    "captivePortal": {"access": "read", "risk": "low"},
    # Container tabs: create, change and remove containers.
    "contextualIdentities": {"access": "write", "risk": "low"},
    # Finds and highlights text in pages.
    "find": {"access": "read", "risk": "low"},
    # Installs and removes PKCS #11 security modules (smart cards, certificate stores).
    "pkcs11": {"access": "write", "risk": "high"},
    # Reads and rewrites HTTP response bodies of the hosts it may access.
    "webRequestFilterResponse": {"access": "write", "risk": "high"},
    "webRequestFilterResponse.serviceWorkerScript": {"access": "write", "risk": "high"},
}

# Permissions that reach much further together than each alone (risky-
# combination). https://*/* stands for host access to every site: <all_urls>
# and *://*/* imply it. Facts from declare-permissions and the API pages
# (cookies and webRequest are bounded by host permissions).
COMBINATIONS = [
    {"all_of": ["cookies", "https://*/*"], "risk": "critical",
     "message": "the extension can read and set the cookies of every site, session cookies included, "
                "which is enough to act as the user wherever they are signed in",
     "help": "limit host access to the sites whose cookies the extension needs",
     "sources": ["permissions-list", "declare-permissions"]},
    {"all_of": ["webRequest", "https://*/*"], "risk": "high",
     "message": "the extension observes every request the browser makes, with its address and headers",
     "help": "limit host access to the sites whose requests the extension must see",
     "sources": ["permissions-list", "declare-permissions"]},
    {"all_of": ["webRequestBlocking", "https://*/*"], "risk": "critical",
     "message": "the extension can block, redirect and rewrite every request the browser makes",
     "help": "use declarativeNetRequest rules, or limit host access to the sites that need it",
     "sources": ["permissions-list", "declare-permissions", "dnr-api"]},
    {"all_of": ["scripting", "https://*/*"], "risk": "critical",
     "message": "the extension can run its code inside every page the user opens",
     "help": "inject on demand with activeTab, or limit host access to the sites that need the script",
     "sources": ["permissions-list", "declare-permissions"]},
]

# Host patterns the reference lacks, all-sites-of-a-scheme forms that are common
# in MV3 host_permissions. Inserted after "*://*/*". Source declare-permissions
# (match patterns); the all-sites install warning is chromium-messages.
EXTRA_HOST_PATTERNS = {
    # Every https site: in practice nearly the whole web, the same reach as
    # *://*/* (critical).
    "https://*/*": {"access": "write", "risk": "critical"},
    # Every plain-http site: all-sites reach, but fewer sites with sign-ins
    # still serve plain http.
    "http://*/*": {"access": "write", "risk": "high"},
    # Every local file, once the user also allows file access for the extension.
    "file:///*": {"access": "write", "risk": "high"},
}

# --------------------------------------------------------------------------
# Access of the reference's "other" permissions
# --------------------------------------------------------------------------

# The reference marks five permissions "other". None of them only observes, so
# all become write (they change browser or extension state).
OTHER_ACCESS = {
    "background": "write",  # keeps Chrome running after its last window closes
    "alarms": "write",      # schedules wake-ups of the extension
    "offscreen": "write",   # creates hidden documents
    "sidePanel": "write",   # sets the content of Chrome's side panel
    "gcm": "write",         # registers for and sends Firebase Cloud Messaging messages
}

# --------------------------------------------------------------------------
# Breadth, implications, alternatives, requirements
# --------------------------------------------------------------------------

# Entries whose one grant reaches every site. The reference's breadth for the
# first two is "all sites / whole browser"; https://*/* and http://*/* reach
# every site of their scheme, which is the same concern (broad-scope should
# report them and suggest activeTab). debugger and proxy also read "all sites"
# in the reference but have no narrower alternative, so they stay resource.
SERVICE_BREADTH = ["<all_urls>", "*://*/*", "https://*/*", "http://*/*"]

# Least-privilege alternatives for the all-sites patterns: activeTab, which
# the reference and declare-permissions name as the preferred alternative.
NARROWER = {
    "<all_urls>": ["activeTab"],
    "*://*/*": ["activeTab"],
    "https://*/*": ["activeTab"],
    "http://*/*": ["activeTab"],
}

# What a grant includes besides itself (direct; readers take the closure).
# <all_urls> matches every scheme Chrome allows, file: included; *://*/* means
# http and https only. declarativeNetRequestWithHostAccess and
# declarativeNetRequest are separate permissions (dnr-api), and identity does
# not include identity.email; neither implies the other.
IMPLIES = {
    "<all_urls>": ["*://*/*", "http://*/*", "https://*/*", "file:///*"],
    "*://*/*": ["http://*/*", "https://*/*"],
}

# Permissions that only work together with at least one of these.
REQUIRES_ANY = {
    # identity.email is a sub-permission that adds the e-mail address to
    # identity.getProfileUserInfo; the identity API itself needs identity.
    "identity.email": ["identity"],
    # downloads.open and downloads.ui unlock single methods of chrome.downloads,
    # which itself needs downloads.
    "downloads.open": ["downloads"],
    "downloads.ui": ["downloads"],
    # Blocking listeners and async auth answers are modes of chrome.webRequest.
    "webRequestBlocking": ["webRequest"],
    "webRequestAuthProvider": ["webRequest"],
}

# Read-only counterparts of write permissions.
READ_VARIANT = {
    "accessibilityFeatures.modify": "accessibilityFeatures.read",
}

# --------------------------------------------------------------------------
# Deprecations
# --------------------------------------------------------------------------

DEPRECATED = {
    # Reference note "legacy": the API never left the beta and dev channels and
    # is gone from Chrome's permissions list; declarativeNetRequest replaced it.
    "declarativeWebRequest": ("Legacy API that never reached stable Chrome and was removed; "
                              "use declarativeNetRequest", ["declarativeNetRequest"]),
}

# --------------------------------------------------------------------------
# Labels: short noun phrases naming what a permission reaches (our own words)
# --------------------------------------------------------------------------

LABELS = {
    "<all_urls>": "every page of every site, file URLs included",
    "*://*/*": "every http and https site",
    "https://*/*": "every https site",
    "http://*/*": "every plain-http site",
    "file:///*": "every local file the browser can open",
    "debugger": "the DevTools protocol on any tab",
    "proxy": "the browser's proxy settings",
    "pageCapture": "any tab saved as MHTML",
    "nativeMessaging": "native applications on the computer",
    "management": "installed apps, extensions and themes",
    "history": "the browsing history",
    "tabs": "URLs and titles of all tabs",
    "webNavigation": "navigation events of all tabs",
    "topSites": "the most visited sites",
    "sessions": "recently closed tabs and synced devices' tabs",
    "bookmarks": "bookmarks",
    "readingList": "the reading list",
    "clipboardRead": "the clipboard contents",
    "clipboardWrite": "the clipboard",
    "contentSettings": "per-site settings for cookies, JavaScript, camera, microphone and more",
    "privacy": "privacy-related browser settings",
    "declarativeNetRequest": "request blocking and redirect rules",
    "declarativeNetRequestWithHostAccess": "request rules on hosts the extension may access",
    "declarativeNetRequestFeedback": "which request rules matched",
    "declarativeWebRequest": "declarative request rules (legacy API)",
    "webRequest": "network requests to hosts the extension may access",
    "webRequestBlocking": "blocking and rewriting of network requests",
    "cookies": "cookies of hosts the extension may access",
    "scripting": "script and style injection into pages",
    "userScripts": "user scripts run on any site",
    "activeTab": "the current tab, after a user gesture",
    "downloads": "downloads",
    "downloads.open": "opening of downloaded files",
    "desktopCapture": "screen, window and tab capture",
    "tabCapture": "audio and video of the current tab",
    "geolocation": "the physical location",
    "identity": "OAuth tokens for the user's Google account",
    "identity.email": "the e-mail address of the signed-in user",
    "notifications": "system notifications",
    "accessibilityFeatures.modify": "accessibility settings",
    "accessibilityFeatures.read": "accessibility settings",
    "ttsEngine": "text spoken by speech synthesis",
    "tabGroups": "tab groups",
    "favicon": "icons of visited sites",
    "system.storage": "attached storage devices",
    "documentScan": "document scanners",
    "enterprise.platformKeys": "device and user keys and certificates (policy-installed)",
    "certificateProvider": "client certificates offered to sites",
    "vpnProvider": "VPN connections (ChromeOS)",
    "background": "the browser's lifetime",
    "storage": "the extension's own storage",
    "unlimitedStorage": "storage without the usual quota",
    "alarms": "scheduled alarms",
    "contextMenus": "context menu items",
    "offscreen": "hidden documents of the extension",
    "sidePanel": "the side panel",
    "gcm": "Firebase Cloud Messaging",
    "idle": "the device's idle state",
    "power": "the system's power saving",
    "search": "searches with the default search engine",
    "fontSettings": "font settings",
    "browsingData": "browsing data such as history, cookies and cache",
    "audio": "audio devices (ChromeOS)",
    # Firefox-only permissions (FIREFOX_PERMISSIONS).
    "menus": "context-menu items (Firefox)",
    "menus.overrideContext": "replacing the page's context menu (Firefox)",
    "theme": "the browser theme (Firefox)",
    "tabHide": "hiding tabs (Firefox)",
    "browserSettings": "global browser settings (Firefox)",
    "captivePortal": "captive-portal state (Firefox)",
    "contextualIdentities": "container tabs (Firefox)",
    "find": "finding text in pages (Firefox)",
    "pkcs11": "PKCS #11 security modules (Firefox)",
    "webRequestFilterResponse": "HTTP response bodies (Firefox)",
    "webRequestFilterResponse.serviceWorkerScript": "service-worker script responses (Firefox)",
    # Extra permissions (EXTRA_PERMISSIONS).
    "declarativeContent": "page-state rules for the extension's action",
    "dns": "host name resolution",
    "downloads.ui": "the download shelf",
    "enterprise.deviceAttributes": "device attributes (policy-installed)",
    "enterprise.hardwarePlatform": "the device's manufacturer and model (policy-installed)",
    "enterprise.networkingAttributes": "the device's network addresses (policy-installed)",
    "fileBrowserHandler": "actions in the ChromeOS file browser",
    "fileSystemProvider": "file systems shown in the ChromeOS Files app",
    "loginState": "the ChromeOS sign-in state",
    "platformKeys": "client certificates and their keys (ChromeOS)",
    "printerProvider": "printers offered in the print dialog",
    "printing": "print jobs (ChromeOS)",
    "printingMetrics": "print job history (policy-installed)",
    "processes": "the browser's processes",
    "system.cpu": "CPU information",
    "system.display": "display information and layout",
    "system.memory": "memory information",
    "tts": "speech synthesis",
    "wallpaper": "the desktop wallpaper (ChromeOS)",
    "webAuthenticationProxy": "Web Authentication requests of the profile",
    "webRequestAuthProvider": "answers to HTTP authentication challenges",
}

# --------------------------------------------------------------------------
# Sensitivity (noun phrases in our words; see $defs/sensitive in the schema)
# --------------------------------------------------------------------------

# Required for every high and critical entry (checked), and set for the
# medium ones that reach browsing history, location or identity.
ALL_SITES = "the content, cookies and form data of every site the user visits, sign-ins and banking included"
SENSITIVE = {
    "pkcs11": "the security modules that hold the user's certificates and keys",
    "webRequestFilterResponse": "the body of every HTTP response from the hosts it may access",
    "webRequestFilterResponse.serviceWorkerScript": "the scripts of service workers on the hosts it may access",
    "<all_urls>": ALL_SITES + ", and local files",
    "*://*/*": ALL_SITES,
    "https://*/*": ALL_SITES,
    "http://*/*": "the content, cookies and form data of every site served over plain http",
    "file:///*": "every local file the browser can open, once the user allows file access",
    "debugger": "any tab through the DevTools protocol: page content, network traffic and cookies of every site",
    "proxy": "all of the browser's network traffic, which the extension can route through a server it picks",
    "pageCapture": "full copies of any page the user has open",
    "nativeMessaging": "programs on the computer outside the browser sandbox",
    "management": "other installed extensions, which it can disable, uninstall or inspect",
    "history": "the user's full browsing history on every signed-in device",
    "tabs": "URLs and titles of every open tab, i.e. the user's browsing activity",
    "webNavigation": "every page the user navigates to, i.e. the browsing history",
    "topSites": "the user's most visited sites",
    "sessions": "recently closed tabs and the tabs open on the user's other signed-in devices",
    "clipboardRead": "whatever the user copies, passwords and one-time codes included",
    "contentSettings": "site permissions for cookies, JavaScript, camera, microphone and location",
    "privacy": "browser privacy settings such as safe browsing and network prediction",
    "declarativeNetRequestFeedback": "which rules matched which requests, i.e. the user's browsing activity",
    "webRequestBlocking": "interception and rewriting of network traffic to the hosts it may access",
    "cookies": "session cookies of the hosts it may access, enough to act as the signed-in user",
    "scripting": "code run inside pages of the hosts it may access",
    "userScripts": "arbitrary scripts run on any site the user visits",
    "downloads.open": "downloaded files, which it can open and so run on the computer",
    "desktopCapture": "what the user's screen shows, other applications included",
    "geolocation": "the user's physical location",
    "identity.email": "the e-mail address of the user's Google account",
    "enterprise.platformKeys": "device and user private keys of managed ChromeOS devices",
    "certificateProvider": "client certificates that sites and networks accept as the user's identity",
    "vpnProvider": "VPN connections, i.e. the device's network traffic",
    "webAuthenticationProxy": "passkey and security key sign-ins to every site, which it can answer itself",
}

# --------------------------------------------------------------------------
# Notes (short facts, our words)
# --------------------------------------------------------------------------

# Every reference entry with a "note" must be listed: the text to carry, or
# None when the note adds nothing the catalog does not already say (comment
# saying where it went).
NOTE = {
    "<all_urls>": "Host pattern; in Manifest V3 it belongs in host_permissions",
    # "equivalent to all http/https sites": the implications say so.
    "*://*/*": None,
    "debugger": "Grants access to every site's pages, like <all_urls>",
    "proxy": "Grants access to every site's traffic, like <all_urls>",
    "pageCapture": "Shows the all-sites install warning",
    "nativeMessaging": "Talks to a native host program, outside the browser sandbox",
    "tabs": "Exposes only URLs, titles and icons; page content needs host permissions",
    "declarativeNetRequest": "Can block or upgrade requests on any site without host permissions",
    "declarativeNetRequestWithHostAccess": "No install warning of its own; acts only on hosts the extension may access",
    # "legacy": carried by the deprecation.
    "declarativeWebRequest": None,
    "webRequest": "No install warning of its own; it observes only hosts the extension may access",
    "webRequestBlocking": "Manifest V2 only, apart from policy-installed extensions in Manifest V3",
    "cookies": "Reaches only the cookies of hosts the extension may access",
    "scripting": "Injects only where host permissions or activeTab allow",
    "userScripts": "Works only after the user turns on the user-scripts toggle or developer mode",
    "activeTab": "The preferred alternative to broad host permissions",
    "tabCapture": "Whether it triggers an install warning was not verified",
    "identity": "No install warning; identity.email adds the e-mail address and its warning",
    "background": "Keeps Chrome running in the background",
    "browsingData": "Can erase history, cookies and other browsing data",
}

# Note for the reference's cannot_be_optional flag.
NOT_OPTIONAL_NOTE = "Chrome does not accept it in optional_permissions"

# Notes for extra entries (EXTRA_PERMISSIONS, EXTRA_HOST_PATTERNS).
EXTRA_NOTE = {
    "https://*/*": "Host pattern; not in the reference, added as the https half of *://*/*",
    "http://*/*": "Host pattern; not in the reference, added as the http half of *://*/*",
    "file:///*": "Host pattern; not in the reference; needs the user's file-access toggle as well",
    "dns": "Dev channel only",
    "processes": "Dev channel only",
    "enterprise.deviceAttributes": "Only for extensions installed by enterprise policy on ChromeOS",
    "enterprise.hardwarePlatform": "Only for extensions installed by enterprise policy",
    "enterprise.networkingAttributes": "Only for extensions installed by enterprise policy on ChromeOS",
    "printingMetrics": "Only for extensions installed by enterprise policy on ChromeOS",
    "platformKeys": "ChromeOS only; the user approves each certificate",
    "webRequestAuthProvider": "Manifest V3 replacement for webRequestBlocking on onAuthRequired",
}

# ==========================================================================
# Mechanics
# ==========================================================================


def build(ref):
    used = Used()

    if ref.get("provider") != HEADER["provider"]:
        raise CurationError(f"reference provider {ref.get('provider')!r}, expected {HEADER['provider']!r}")
    for key in ref.get("syntax", {}):
        if used.get("SYNTAX", SYNTAX, key) is None:
            raise CurationError(f"reference syntax key {key!r} has no entry in SYNTAX")
    if not ref.get("warning_note"):
        # The note says install warnings are paraphrases and collapse into one
        # another; the catalog therefore uses triggers_warning only to decide
        # whether chromium-messages backs an entry, never the wording.
        raise CurationError("reference has no warning_note; re-read how it describes warnings")

    # Sources: every reference source must be mapped onto one of ours.
    source_ids = {s["id"] for s in SOURCES}
    for text in ref["sources"]:
        sid = used.get("REFERENCE_SOURCE_IDS", REFERENCE_SOURCE_IDS, text.split()[0])
        if sid is None:
            raise CurationError(f"reference source {text!r} has no entry in REFERENCE_SOURCE_IDS")
        if sid not in source_ids:
            raise CurationError(f"REFERENCE_SOURCE_IDS maps {text!r} to unknown source {sid}")

    rows = list(ref["permissions"])
    counts = ref.get("counts", {})
    if counts.get("permissions") not in (None, len(rows)):
        raise CurationError(f"reference says {counts['permissions']} permissions but lists {len(rows)}")
    warned = sum(1 for r in rows if r["triggers_warning"])
    if counts.get("warning") not in (None, warned):
        raise CurationError(f"reference says {counts['warning']} warnings but marks {warned}")
    names = [r["permission"] for r in rows]
    if len(set(names)) != len(names):
        raise CurationError("duplicate permissions in the reference")
    for table_name, table in (("EXTRA_PERMISSIONS", EXTRA_PERMISSIONS), ("EXTRA_HOST_PATTERNS", EXTRA_HOST_PATTERNS),
                              ("FIREFOX_PERMISSIONS", FIREFOX_PERMISSIONS)):
        for extra in table:
            used.mark(table_name, extra)
            if extra in names:
                raise CurationError(f"{table_name}[{extra!r}] is now in the reference; drop the extra entry")

    entries = []
    for r in rows:
        name = r["permission"]
        if bool(r.get("warning_paraphrase")) != bool(r["triggers_warning"]):
            raise CurationError(f"{name}: warning_paraphrase and triggers_warning disagree")
        if used.get("LEFT_OUT", LEFT_OUT, name):
            continue
        if r["access"] == "other":
            access = used.get("OTHER_ACCESS", OTHER_ACCESS, name)
            if access is None:
                raise CurationError(f"{name}: reference access 'other'; OTHER_ACCESS needs an entry")
        elif r["access"] in ACCESS_MAP:
            access = ACCESS_MAP[r["access"]]
        else:
            raise CurationError(f"{name}: unknown reference access {r['access']!r}")
        if r["sensitivity"] not in RISK_MAP:
            raise CurationError(f"{name}: unknown reference sensitivity {r['sensitivity']!r}")
        host = name.startswith("<") or "://" in name
        notes = []
        if "note" in r:
            if name not in NOTE:
                raise CurationError(f"{name}: reference note {r['note']!r}; NOTE needs an entry (text or None)")
            used.mark("NOTE", name)
            if NOTE[name]:
                notes.append(NOTE[name])
        elif name in NOTE:
            raise CurationError(f"NOTE[{name!r}]: the reference has no note for it")
        if r.get("cannot_be_optional"):
            notes.append(NOT_OPTIONAL_NOTE)
        entries.append({
            "name": name, "access": access, "risk": RISK_MAP[r["sensitivity"]], "notes": notes,
            "sources": ["declare-permissions" if host else "permissions-list"]
                       + (["chromium-messages"] if r["triggers_warning"] else []),
            "ref_breadth": r["breadth"],
        })
        if name == "*://*/*":
            # The scheme-wide host patterns go right after their union.
            for hname, cur in EXTRA_HOST_PATTERNS.items():
                entries.append({
                    "name": hname, "access": cur["access"], "risk": cur["risk"],
                    "notes": [used.get("EXTRA_NOTE", EXTRA_NOTE, hname)],
                    "sources": ["declare-permissions", "chromium-messages"], "ref_breadth": None,
                })
    for pname, cur in EXTRA_PERMISSIONS.items():
        n = used.get("EXTRA_NOTE", EXTRA_NOTE, pname)
        entries.append({
            "name": pname, "access": cur["access"], "risk": cur["risk"], "notes": [n] if n else [],
            "sources": ["permissions-list"], "ref_breadth": None,
        })
    for pname, cur in FIREFOX_PERMISSIONS.items():
        entries.append({
            "name": pname, "access": cur["access"], "risk": cur["risk"], "notes": ["Firefox only"],
            "sources": ["mdn-permissions"], "ref_breadth": None,
        })

    scopes = []
    for e in entries:
        name = e["name"]
        label = used.get("LABELS", LABELS, name)
        if not label:
            raise CurationError(f"no label for {name}")
        out = {"name": name, "label": label, "access": e["access"], "risk": e["risk"], "evidence": "doc"}
        srcs = list(e["sources"])
        for s in used.get("EXTRA_SOURCES", EXTRA_SOURCES, name, []):
            if s not in srcs:
                srcs.append(s)
        out["sources"] = srcs
        if e["notes"]:
            out["note"] = "; ".join(e["notes"])
        dep = used.get("DEPRECATED", DEPRECATED, name)
        if dep:
            out["deprecated"] = dep[0]
            out["replaced_by"] = list(dep[1])
        out["implies"] = list(used.get("IMPLIES", IMPLIES, name, []))
        s = used.get("SENSITIVE", SENSITIVE, name)
        if s:
            out["sensitive"] = s
        elif out["risk"] in ("high", "critical"):
            raise CurationError(f"{name}: {out['risk']} risk needs a SENSITIVE phrase")
        if name in SERVICE_BREADTH:
            used.mark("SERVICE_BREADTH", name)
            if e["ref_breadth"] not in (None, "all sites / whole browser"):
                raise CurationError(f"{name}: reference breadth {e['ref_breadth']!r} is not all sites")
            out["breadth"] = "service"
        narrower = used.get("NARROWER", NARROWER, name)
        if narrower:
            out["narrower"] = list(narrower)
        rv = used.get("READ_VARIANT", READ_VARIANT, name)
        if rv:
            out["read_variant"] = rv
        req = used.get("REQUIRES_ANY", REQUIRES_ANY, name)
        if req:
            out["requires_any"] = list(req)
        scopes.append(out)

    used.check({
        "SYNTAX": SYNTAX,
        "REFERENCE_SOURCE_IDS": REFERENCE_SOURCE_IDS,
        "EXTRA_SOURCES": EXTRA_SOURCES,
        "LEFT_OUT": LEFT_OUT,
        "EXTRA_PERMISSIONS": EXTRA_PERMISSIONS,
        "EXTRA_HOST_PATTERNS": EXTRA_HOST_PATTERNS,
        "OTHER_ACCESS": OTHER_ACCESS,
        "SERVICE_BREADTH": dict.fromkeys(SERVICE_BREADTH),
        "NARROWER": NARROWER,
        "IMPLIES": IMPLIES,
        "REQUIRES_ANY": REQUIRES_ANY,
        "READ_VARIANT": READ_VARIANT,
        "DEPRECATED": DEPRECATED,
        "LABELS": LABELS,
        "SENSITIVE": SENSITIVE,
        "NOTE": NOTE,
        "EXTRA_NOTE": EXTRA_NOTE,
    })

    return flat_catalog(HEADER, CATALOG_DATE, SOURCES, scopes, combinations=[dict(c) for c in COMBINATIONS])


def check(catalog, schema_path):
    problems = flat_catalog_problems(catalog) + schema_problems(catalog, schema_path)
    for sc in catalog["scopes"]:
        if sc.get("breadth") in ("family", "service") and not sc.get("narrower"):
            problems.append(f"scope {sc['name']}: broad scope without narrower alternatives")
    scopes = catalog["scopes"]
    print(f"scopes: {len(scopes)} ({tally(scopes, 'risk', RISK_TIERS)}), "
          f"sensitive: {sum(1 for s in scopes if 'sensitive' in s)}, "
          f"extra: {len(EXTRA_PERMISSIONS) + len(EXTRA_HOST_PATTERNS)}, "
          f"left out: {len(LEFT_OUT)}, "
          f"deprecated: {sum(1 for s in scopes if 'deprecated' in s)}, "
          f"broad: {sum(1 for s in scopes if 'breadth' in s)}", file=sys.stderr)
    return problems


def main():
    args = parse_args(__doc__, "chrome-extensions", [
        ("--output", {"default": os.path.join(CATALOG_DIR, "chrome-extensions.json")}),
    ])
    return run(args, __file__, build, lambda catalog: check(catalog, args.schema))


if __name__ == "__main__":
    sys.exit(main())
