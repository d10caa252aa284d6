#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus of Zoho connected-app manifests.

    bench/generate_corpus.py --out DIR [--files N] [--seed S] [--large MB] [--mix zoho|all|FORMAT,...]

--files N manifests of about 1 KB each (default 10000) go into nested folders
(team-XX/app-YYYY/..., two to four levels deep) below DIR: about 70 % clean, about
30 % with the faults scopelint exists to find (modules.ALL, fullaccess, duplicates,
unknown and deprecated scopes, write scopes in read-only apps, http and wildcard
redirect URIs, committed tokens, space-separated lists, unknown fields). Scope
names are drawn from rules/catalog/zoho.json, expanded the way src/codegen does.
Beside them: a few .scopelint.json policies and some files that are not manifests
(package.json, README.md, tsconfig.json) which scopelint must skip.

--large MB additionally writes DIR/large/large.connected-app.json: one manifest-like
object of about MB megabytes ("provider", "scopes", a long "description" and an
"extra" array of nested records with escapes and non-ASCII text), for the
parse-throughput measurement. --files 0 --large MB writes only that file.

--mix all (or a comma-separated list of formats) shares the --files manifests equally among
the formats, each below DIR/<format>/, for the per-reader rows: zoho (the corpus above, in
DIR/zoho/), github-actions (repo-YYYY/.github/workflows/*.yml), github-app (*.github-app.json,
app-manifest.json), slack (*.slack.yml, slack-manifest.json, ...), atlassian-forge (manifest.yml
with a Forge app id), atlassian-connect (atlassian-connect.json), shopify (shopify.app.toml,
shopify.app.<env>.toml), apps-script (project-YYYY/appsscript.json, Google Apps Script manifests
with oauthScopes), env (service-YYYY/.env.example, .env.production or config/production.env
with ZOHO_SCOPES drawn like the Zoho manifests and GOOGLE_SCOPES) and browser-extension
(ext-YYYY/manifest.json, some manifest.v3.json or manifest.firefox.json instead or beside it: MV3
mostly, some MV2, API permissions from rules/catalog/chrome-extensions.json and host patterns for
named hosts in host_permissions and content_scripts). Each file is 0.5 to 2 KB
(.env files 0.1 to 1 KB), scopes drawn from rules/catalog/<provider>.json; about 30 % carry faults
(write-all, read-all, workflow-wide writes, jobs without permissions, misspelt scopes and
permission levels, duplicates, events no scope delivers, user-only scopes on a bot token, legacy
and sensitive scopes, public: true, redundant read_x beside write_x, a scope beside its .readonly
variant, broad Drive and Gmail scopes, ZohoCRM.modules.ALL, http scopes, a missing oauthScopes,
double commas, http and wildcard redirects, risky settings such as an anonymous web app or a
library in development mode, <all_urls>, *://*/* and https://*/* in host permissions or content
scripts, debugger, nativeMessaging, cookies with <all_urls>, misspelt and duplicate extension
permissions, host patterns without a path). Beside them: READMEs, package.json files, Dependabot
configurations, Cloud Foundry manifest.yml files, clasp's .clasp.json, .env files without a
scope variable, and web-app (PWA) and Microsoft Teams manifest.json files, all of which
scopelint must skip. The default (--mix zoho) writes exactly the
corpus it always did, straight into DIR.

Standard library only; the same --seed, --files and --mix give byte-identical output on
every machine. Prints a one-line summary (files, bytes).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CATALOG = HERE.parent / "rules" / "catalog" / "zoho.json"


# ---- the catalog, expanded like src/codegen/expand_catalog.cpp ---------------------------------

class Scope:
    __slots__ = ("name", "path", "op", "write", "breadth", "sensitive", "deprecated", "wildcard", "risk")

    def __init__(self, name, path, op, write, breadth, sensitive, deprecated, wildcard, risk):
        self.name, self.path, self.op, self.write = name, path, op, write
        self.breadth, self.sensitive, self.deprecated = breadth, sensitive, deprecated
        self.wildcard, self.risk = wildcard, risk


def expand_catalog(catalog: dict) -> list[Scope]:
    access = {op["name"].lower(): op["access"] == "write" for op in catalog["operations"]}
    sep = catalog["segment_separator"]
    out: list[Scope] = []

    def add_path(prefix, ops, breadth, sensitive, deprecated, wildcard, risk):
        seen = set()
        for op in ops:
            if op.lower() in seen:
                continue
            seen.add(op.lower())
            out.append(Scope(prefix + sep + op, prefix, op, access[op.lower()], breadth,
                             bool(sensitive), bool(deprecated), wildcard, risk))

    for service in catalog["services"]:
        for family in service["families"]:
            prefix = service["name"] + sep + family["name"]
            children = family.get("children", {})
            names = children.get("names", [])
            independent = children.get("independent", False)
            if family.get("service_wide"):
                breadth = "service"
            elif names and not independent:
                breadth = "family"
            else:
                breadth = "resource"
            add_path(prefix, family["operations"], breadth, family.get("sensitive"),
                     family.get("deprecated"), False, family["risk"])
            covering = set(children.get("covering", []))
            for child in names:
                over = children.get("overrides", {}).get(child, {})
                ops = over.get("operations", children.get("operations", family["operations"]))
                sensitive = over.get("sensitive", children.get("sensitive", ""))
                deprecated = over.get("deprecated", children.get("deprecated", family.get("deprecated", "")))
                risk = over.get("risk", children.get("risk", family["risk"]))
                add_path(prefix + sep + child, ops, "family" if child in covering else "resource",
                         sensitive, deprecated, child == "*", risk)
    for scope in catalog.get("scopes", []):
        out.append(Scope(scope["name"], scope["name"], "", scope["access"] == "write", "resource",
                         bool(scope.get("sensitive")), bool(scope.get("deprecated")), False, scope["risk"]))
    return out


# ---- words ------------------------------------------------------------------------------------

COMPANIES = ["acme-trading", "northwind", "globex", "initech", "umbrella-health", "stark-logistics",
             "wayne-retail", "tyrell-bio", "cyberdyne", "hooli", "piedmont-foods", "vandelay-imports",
             "soylent-agro", "oceanic-air", "massive-dynamic", "gringotts-finance", "monarch-print",
             "blue-sun", "kerala-spices", "pune-motors", "chennai-textiles", "jaipur-crafts"]
TLDS = ["com", "in", "io", "co.uk", "de", "com.au", "net"]
SYSTEMS = ["Tally", "SAP Business One", "Shopify", "WooCommerce", "Salesforce", "HubSpot", "Slack",
           "Google Sheets", "Power BI", "QuickBooks", "Xero", "Magento", "Stripe", "Razorpay",
           "Freshdesk", "Jira", "Mailchimp", "Twilio", "BigQuery", "Snowflake"]
VERBS = {"sync": "Syncs", "export": "Exports", "import": "Imports", "bridge": "Bridges", "report": "Reports on",
         "audit": "Audits", "backup": "Backs up", "notify": "Sends notifications about", "dashboard": "Charts",
         "connector": "Connects", "webhook": "Pushes", "etl": "Loads", "reconcile": "Reconciles",
         "mirror": "Mirrors"}
CADENCES = ["every night", "every 15 minutes", "hourly", "on every change", "once a week",
            "at month end", "when a deal closes", "on demand from the admin console"]
ENVS = ["prod", "staging", "dev", "eu", "in", "us", "au"]
CLIENT_TYPES = ["server-based", "server-based", "server-based", "web", "self-client", "javascript",
                "mobile", "non-browser"]
REASONS = ["creates records when the upstream system adds them",
           "updates status fields after each sync",
           "writes back the invoice number assigned by the ledger",
           "attaches the generated PDF to the record",
           "removes test records created by the integration's smoke check",
           "needed by the nightly reconciliation job",
           "the support bot files tickets on behalf of customers"]
SUBDIRS = ["config", "deploy", "oauth", "zoho", "manifests", "integrations", "k8s", "infra", "apps"]


def words(rng: random.Random, n: int) -> str:
    pool = ["the", "records", "are", "copied", "with", "their", "owner", "and", "status", "fields",
            "so", "that", "finance", "can", "reconcile", "them", "against", "orders", "from", "partners",
            "each", "run", "logs", "what", "changed", "before", "writing", "anything", "back"]
    return " ".join(rng.choice(pool) for _ in range(n))


# ---- manifests --------------------------------------------------------------------------------

class Generator:
    def __init__(self, scopes: list[Scope], rng: random.Random):
        self.rng = rng
        self.clean_read = [s for s in scopes if s.breadth == "resource" and not s.sensitive and not s.deprecated
                           and not s.wildcard and s.op and not s.write and s.risk in ("low", "medium")]
        self.clean_write = [s for s in scopes if s.breadth == "resource" and not s.sensitive and not s.deprecated
                            and not s.wildcard and s.op and s.write and s.op.upper() != "ALL"
                            and s.risk in ("low", "medium")]
        self.broad = [s.name for s in scopes if s.breadth in ("family", "service") and s.op.upper() == "ALL"]
        self.deprecated = [s.name for s in scopes if s.deprecated]
        self.sensitive = [s.name for s in scopes if s.sensitive and not s.deprecated and not s.wildcard]
        self.services = sorted({s.name.split(".")[0] for s in self.clean_read if "." in s.name})
        self.by_service: dict[str, list[Scope]] = {}
        for s in self.clean_read + self.clean_write:
            self.by_service.setdefault(s.name.split(".")[0], []).append(s)
        if not self.clean_read or not self.broad:
            raise SystemExit("generate_corpus: the catalog expanded to no usable scopes")

    def pick_scopes(self, count: int, write: bool) -> list[Scope]:
        """Distinct resource paths from one to three services."""
        rng = self.rng
        services = rng.sample(self.services, k=min(len(self.services), rng.choice([1, 1, 2, 2, 3])))
        pool = [s for svc in services for s in self.by_service[svc] if write or not s.write]
        rng.shuffle(pool)
        chosen, paths = [], set()
        for s in pool:
            if s.path in paths:
                continue
            chosen.append(s)
            paths.add(s.path)
            if len(chosen) == count:
                break
        while len(chosen) < count:  # small services: top up from everywhere
            s = rng.choice(self.clean_read)
            if s.path not in paths:
                chosen.append(s)
                paths.add(s.path)
        return chosen

    def misspelt(self) -> str:
        """A clean read scope with one segment cut short (or lengthened): an unknown scope."""
        parts = self.rng.choice(self.clean_read).name.split(".")
        i = self.rng.randrange(1, len(parts)) if len(parts) > 1 else 0
        parts[i] = parts[i][:-1] if len(parts[i]) > 3 else parts[i] + "s"
        return ".".join(parts)

    def manifest(self, index: int, faulty: bool) -> tuple[str, dict, str]:
        """Returns (file stem, document, serialisation style)."""
        rng = self.rng
        company = rng.choice(COMPANIES)
        system = rng.choice(SYSTEMS)
        verb = rng.choice(sorted(VERBS))
        env = rng.choice(ENVS)
        host = f"{rng.choice(['sync', 'api', 'apps', 'hooks', 'int'])}.{company}.{rng.choice(TLDS)}"
        name = f"{company}-{system.lower().replace(' ', '-')}-{verb}-{env}"
        write = rng.random() < 0.35
        count = rng.randint(3, 12)
        scopes = self.pick_scopes(count, write)
        names = [s.name for s in scopes]
        justifications = {s.name: rng.choice(REASONS) for s in scopes if s.write}

        doc: dict = {}
        if rng.random() < 0.3:
            doc["$schema"] = "../../rules/schemas/connected-app.schema.json"
        doc["provider"] = "zoho" if rng.random() < 0.95 else "Zoho"
        doc["name"] = name
        doc["description"] = (f"{VERBS[verb]} {system} data with Zoho {cadence(rng)}: "
                              f"{words(rng, rng.randint(20, 60))}.")
        if rng.random() < 0.15:  # escapes and non-ASCII text in strings
            doc["description"] += " Owner: \u201cFinance \u2014 Ops\u201d\tticket \"OPS-" + str(index) + "\"."
        if rng.random() < 0.5:
            doc["client_id"] = "1000." + "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(30))
        doc["client_type"] = rng.choice(CLIENT_TYPES)
        if rng.random() < 0.3:
            doc["homepage_url"] = f"https://{host}/"
        uris = [f"https://{host}/oauth/zoho/callback"]
        if rng.random() < 0.3:
            uris.append(f"http://localhost:{rng.choice([3000, 8080, 8000, 5173])}/oauth/callback")
        doc["redirect_uris"] = uris
        doc["access"] = "read-write" if write else "read-only"
        if rng.random() < 0.2:  # a reference to a secret kept elsewhere is fine
            doc["client_secret"] = rng.choice(["${ZOHO_CLIENT_SECRET}", "vault:secret/zoho/" + name,
                                               "<client secret from the vault>"])
        style = "array" if rng.random() < 0.75 else "string"

        faults: list[str] = []
        if faulty:
            kinds = ["broad", "broad", "fullaccess", "duplicate", "unknown", "deprecated", "write-ro",
                     "http", "wildcard", "token", "spaces", "unknown-field", "sensitive", "case"]
            faults = rng.sample(kinds, k=rng.choice([1, 1, 2, 2, 3]))
        for fault in faults:
            if fault == "broad":
                names.insert(rng.randrange(len(names) + 1),
                             rng.choice(["ZohoCRM.modules.ALL", "ZohoCRM.settings.ALL", rng.choice(self.broad)]))
            elif fault == "fullaccess":
                names.append(rng.choice(["ZohoBooks.fullaccess.all", "ZohoInvoice.fullaccess.all"]))
            elif fault == "duplicate":
                dup = rng.choice(names)
                names.append(dup if rng.random() < 0.5 else dup.lower())
            elif fault == "unknown":
                bad = self.misspelt()  # before the position: the draws keep their order
                names.insert(rng.randrange(len(names) + 1), bad)
            elif fault == "deprecated":
                names.append(rng.choice(self.deprecated))
            elif fault == "write-ro":
                doc["access"] = "read-only"
                names.append(rng.choice(self.clean_write).name)
            elif fault == "http":
                doc["redirect_uris"].insert(0, f"http://{host}/oauth/zoho/callback")
            elif fault == "wildcard":
                doc["redirect_uris"].append(f"https://*.{company}.{rng.choice(TLDS)}/oauth/callback")
            elif fault == "token":
                token = "1000." + "".join(rng.choice("0123456789abcdef") for _ in range(32)) + "." + \
                        "".join(rng.choice("0123456789abcdef") for _ in range(32))
                doc[rng.choice(["refresh_token", "access_token"])] = token
            elif fault == "spaces":
                style = "spaces"
            elif fault == "unknown-field":
                doc[rng.choice(["redirect_uri", "scope", "owner", "notes"])] = rng.choice(
                    ["https://" + host + "/cb", "see wiki", "team-" + company])
            elif fault == "sensitive":
                names.append(rng.choice(self.sensitive))
            elif fault == "case":
                i = rng.randrange(len(names))
                names[i] = names[i].lower() if names[i] != names[i].lower() else names[i].upper()
        if style == "array":
            doc["scopes"] = names
        else:
            doc["scopes"] = (" " if style == "spaces" else ",").join(names)
        if justifications and doc["access"] == "read-write":
            doc["justifications"] = justifications
        return name, doc, style


def cadence(rng: random.Random) -> str:
    return rng.choice(CADENCES)


def serialise(doc: dict, rng: random.Random) -> str:
    # Pretty-printed like hand-edited files, with a compact minority.
    r = rng.random()
    if r < 0.8:
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if r < 0.9:
        return json.dumps(doc, indent=4, ensure_ascii=True) + "\n"
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False) + "\n"


def policy(rng: random.Random, team: str) -> dict:
    apps = []
    if rng.random() < 0.6:
        apps.append({"name": f"{team} read-only reporting", "match": {"name": "*-report-*"},
                     "access": "read-only", "deny": ["*.fullaccess.*", "ZohoCRM.users.*"]})
    apps.append({"match": {"path": "**"}, "deny": ["ZohoCRM.users.*", "ZohoCRM.org.*"],
                 "max_operation": {"ZohoCRM.settings.*": "READ"}})
    out = {"version": 1, "rules": {"non-canonical-case": rng.choice(["note", "warning"])}, "apps": apps}
    if rng.random() < 0.5:
        out["exclude"] = ["**/vendor/**"]
    return out


PACKAGE_JSON = {"name": "", "version": "1.4.2", "private": True,
                "scripts": {"lint:scopes": "scopelint .", "test": "node --test"},
                "dependencies": {"axios": "^1.6.0", "zcrmsdk": "^3.1.0"}}


def write(path: Path, text: str, totals: list[int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    path.write_bytes(data)
    totals[0] += 1
    totals[1] += len(data)


def write_corpus(out: Path, files: int, seed: int, catalog: Path, totals: list[int], counts: dict) -> None:
    rng = random.Random(seed)
    gen = Generator(expand_catalog(json.loads(catalog.read_text(encoding="utf-8"))), rng)
    teams = max(1, files // 250)
    apps_per_team = max(1, files // (teams * 3))
    policy_teams = set(rng.sample(range(teams), k=max(1, teams // 8)))
    for t in sorted(policy_teams):
        write(out / f"team-{t:02d}" / ".scopelint.json", json.dumps(policy(rng, f"team-{t:02d}"), indent=2) + "\n", totals)
        counts["policies"] += 1
    app_dirs: dict[int, Path] = {}
    for i in range(files):
        t = i % teams
        a = (i // teams) % apps_per_team
        key = t * apps_per_team + a
        if key not in app_dirs:
            d = out / f"team-{t:02d}" / f"app-{a:03d}"
            for _ in range(rng.randint(0, 2)):  # depth 2..4 below DIR
                d = d / rng.choice(SUBDIRS)
            app_dirs[key] = d
            if rng.random() < 0.08:
                pkg = dict(PACKAGE_JSON, name=f"@team-{t:02d}/app-{a:03d}")
                write(out / f"team-{t:02d}" / f"app-{a:03d}" / "package.json", json.dumps(pkg, indent=2) + "\n", totals)
                counts["other"] += 1
            if rng.random() < 0.08:
                write(out / f"team-{t:02d}" / f"app-{a:03d}" / "README.md",
                      f"# app-{a:03d}\n\nOwned by team-{t:02d}. {words(rng, 40)}.\n", totals)
                counts["other"] += 1
            if rng.random() < 0.03:
                write(d / "tsconfig.json", json.dumps({"compilerOptions": {"strict": True, "target": "es2022"}}) + "\n",
                      totals)
                counts["other"] += 1
        faulty = rng.random() < 0.30
        name, doc, _ = gen.manifest(i, faulty)
        counts["faulty" if faulty else "clean"] += 1
        # Most are named *.connected-app.json; the rest are recognised by content.
        fname = f"{name}-{i:05d}.connected-app.json" if rng.random() < 0.85 else f"zoho-oauth-{i:05d}.json"
        write(app_dirs[key] / fname, serialise(doc, rng), totals)


# ---- the other readers (--mix) ----------------------------------------------------------------
#
# Every format besides Zoho's connected-app manifests, each file drawn from its provider's flat
# catalog (rules/catalog/<provider>.json, "scopes" with "name"). Each format has its own
# random.Random, seeded from --seed and the format's name, so adding a format or changing
# another format's share leaves a format's files as they were.

CATALOG_DIR = HERE.parent / "rules" / "catalog"
# Format id (also its folder below DIR in a mixed corpus) -> the catalog its scopes come from.
FORMATS = {
    "zoho": "zoho.json",
    "github-actions": "github-actions.json",
    "github-app": "github-app.json",
    "slack": "slack.json",
    "atlassian-forge": "atlassian.json",
    "atlassian-connect": "atlassian-connect.json",
    "shopify": "shopify.json",
    "apps-script": "google.json",
    "env": "google.json",  # and zoho.json, drawn through Generator like the Zoho manifests
    "browser-extension": "chrome-extensions.json",
}
FAULTY_SHARE = 0.30


class Vocabulary:
    """A flat catalog's scopes, sorted into the pools the generators draw from."""

    def __init__(self, catalog: dict):
        self.scopes = {s["name"]: s for s in catalog["scopes"]}
        self.known_lower = {n.lower() for n in self.scopes}

        def plain(s):  # no finding with the default policy, whatever the format
            return (not s.get("sensitive") and not s.get("deprecated") and not s.get("breadth")
                    and s["risk"] in ("low", "medium") and not s.get("requires_any"))

        self.read = [s["name"] for s in catalog["scopes"] if plain(s) and s["access"] == "read"]
        self.write = [s["name"] for s in catalog["scopes"] if plain(s) and s["access"] == "write"]
        self.sensitive = [s["name"] for s in catalog["scopes"] if s.get("sensitive") and not s.get("deprecated")]
        self.deprecated = [s["name"] for s in catalog["scopes"] if s.get("deprecated")]
        self.events = catalog.get("events", [])
        if not self.read:
            raise SystemExit(f"generate_corpus: catalog {catalog.get('provider')} has no usable read scopes")

    def tokens(self, name: str) -> list[str]:
        return self.scopes[name].get("token_types", [])

    def misspell(self, rng: random.Random, name: str, stop: str = "") -> str:
        """A plausible typo of name (only in its part before `stop`) that the catalog does not know."""
        head, sep, tail = name.partition(stop) if stop else (name, "", "")
        for _ in range(30):
            spots = [i for i in range(1, len(head) - 1) if head[i].isalnum() and head[i + 1].isalnum()]
            kind = rng.randrange(3)
            if kind == 0 or not spots:
                cand = head[:-1] if len(head) > 3 else head + "s"
            elif kind == 1:
                i = rng.choice(spots)
                cand = head[:i] + head[i + 1] + head[i] + head[i + 2:]
            else:
                i = rng.choice(spots)
                cand = head[:i] + head[i] + head[i:]
            cand = cand + sep + tail
            if cand.lower() not in self.known_lower:
                return cand
        return head + "x" + sep + tail


def load_vocabulary(fmt: str) -> Vocabulary:
    return Vocabulary(json.loads((CATALOG_DIR / FORMATS[fmt]).read_text(encoding="utf-8")))


def uuid4(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def hexstr(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def app_host(rng: random.Random, company: str) -> str:
    return f"{rng.choice(['apps', 'int', 'hooks', 'bots', 'api'])}.{company}.{rng.choice(TLDS)}"


def title_of(slug: str) -> str:
    return " ".join(w.capitalize() for w in slug.split("-"))


def pick_distinct(rng: random.Random, pool: list[str], k: int, key=lambda s: s, taken=()) -> list[str]:
    """Up to k names from pool whose key() differs from each other and from `taken`."""
    seen, out = set(taken), []
    if k <= 0:
        return out
    for name in rng.sample(pool, k=len(pool)):
        if key(name) in seen:
            continue
        seen.add(key(name))
        out.append(name)
        if len(out) == k:
            break
    return out


def faults_for(rng: random.Random, faulty: bool, kinds: list[str]) -> list[str]:
    return rng.sample(kinds, k=rng.choice([1, 1, 2, 2, 3])) if faulty else []


# YAML, block style, as people write it: plain scalars where YAML allows them, JSON quoting otherwise.
YAML_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"}


def yaml_scalar(v) -> str:
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v)
    if (not s or s[0] in YAML_INDICATORS or s[0] == " " or s[-1] == " " or ": " in s or " #" in s
            or s.endswith(":") or s.lower() in YAML_WORDS or "\n" in s or "\t" in s
            or s.replace(".", "").replace("-", "").replace("+", "").replace("e", "").isdigit()):
        return json.dumps(s, ensure_ascii=False)
    return s


def yaml_lines(v, indent: int, out: list[str]) -> None:
    pad = " " * indent
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, dict) and x:
                out.append(f"{pad}{yaml_scalar(k)}:")
                yaml_lines(x, indent + 2, out)
            elif isinstance(x, list) and x:
                out.append(f"{pad}{yaml_scalar(k)}:")
                yaml_lines(x, indent + 2, out)
            else:
                out.append(f"{pad}{yaml_scalar(k)}: " + ("{}" if isinstance(x, dict) else "[]" if isinstance(x, list)
                                                          else yaml_scalar(x)))
    else:
        for x in v:
            if isinstance(x, dict) and x:
                sub: list[str] = []
                yaml_lines(x, indent + 2, sub)
                out.append(f"{pad}- " + sub[0][indent + 2:])
                out.extend(sub[1:])
            else:
                out.append(f"{pad}- " + yaml_scalar(x))


def to_yaml(doc: dict, comment: str = "") -> str:
    out = [f"# {comment}"] if comment else []
    yaml_lines(doc, 0, out)
    return "\n".join(out) + "\n"


# -- GitHub Actions workflows ------------------------------------------------------------------

WORKFLOW_KINDS = ["ci", "test", "lint", "release", "deploy", "nightly", "docs", "codeql", "labeler", "stale",
                  "pages", "benchmark", "e2e", "publish"]
JOB_NAMES = ["build", "test", "lint", "package", "deploy", "publish", "docs", "e2e", "report", "triage"]
STEPS = ["      - uses: actions/checkout@v4",
         "      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n          cache: npm",
         "      - uses: actions/setup-python@v5\n        with:\n          python-version: \"3.12\"",
         "      - run: npm ci",
         "      - run: npm test -- --reporter=junit",
         "      - run: make -j2 all",
         "      - run: pip install -r requirements.txt",
         "      - run: pytest -q",
         "      - name: Upload results\n        uses: actions/upload-artifact@v4\n        with:\n          name: results\n"
         "          path: out/",
         "      - uses: actions/cache@v4\n        with:\n          path: ~/.cache\n          key: ${{ runner.os }}-${{ hashFiles('**/lockfile') }}",
         "      - name: Build\n        run: |\n          ./configure --prefix=/usr\n          make",
         "      - run: echo \"ref ${{ github.ref }}\""]
TRIGGERS = ["on: [push, pull_request]",
            "on:\n  push:\n    branches: [main]\n  pull_request:\n    branches: [main]",
            "on:\n  schedule:\n    - cron: \"17 3 * * *\"\n  workflow_dispatch:",
            "on:\n  push:\n    tags: [\"v*\"]",
            "on:\n  pull_request_target:\n    types: [opened, labeled]"]
GHA_REASONS = ["posts the test report", "comments the coverage summary on the pull request",
               "labels the pull request", "sets the commit status", "publishes the preview environment"]


def github_actions_file(rng: random.Random, voc: Vocabulary, index: int, faulty: bool) -> tuple[str, str]:
    def key(n):
        return n.split(":")[0]

    kind = rng.choice(WORKFLOW_KINDS)
    faults = faults_for(rng, faulty, ["write-all", "read-all", "workflow-wide", "workflow-wide", "missing",
                                      "missing", "unknown", "level", "sensitive", "sensitive", "duplicate-key"])
    jobs = rng.sample(JOB_NAMES, k=rng.choice([1, 1, 2, 2, 3]))
    job_perms: dict[str, list[str]] = {}
    for job in jobs:
        perms = [(n, "") for n in pick_distinct(rng, voc.read, rng.randint(1, 3), key)]
        if rng.random() < 0.3:  # a plain write scope, with its reason as a comment
            w = pick_distinct(rng, voc.write, 1, key, taken={key(n) for n, _ in perms})
            perms += [(n, rng.choice(GHA_REASONS)) for n in w]
        job_perms[job] = perms
    top = rng.choice(["permissions: {}", "permissions:\n  contents: read", ""])
    anchor = rng.random() < 0.15 and len(jobs) > 1
    bare: set[str] = set()
    for fault in faults:
        job = rng.choice(jobs)
        if fault == "write-all":
            top = "permissions: write-all"
        elif fault == "read-all":
            top = "permissions: read-all"
        elif fault == "workflow-wide":
            w = rng.choice(voc.write + ["contents:write"])
            top = f"permissions:\n  contents: read\n  {key(w)}: write" if key(w) != "contents" else \
                "permissions:\n  contents: write"
            bare.add(job)  # a job without its own block inherits the write
        elif fault == "missing":
            top = ""
            bare.add(job)
        elif fault == "unknown":
            n = rng.choice(voc.read + voc.write)
            job_perms[job].append((voc.misspell(rng, n, ":"), ""))
        elif fault == "level":
            n = rng.choice(voc.read)
            job_perms[job] = [(m, r) for m, r in job_perms[job] if key(m) != key(n)] + \
                [(key(n) + ":" + rng.choice(["admin", "read-write", "full"]), "")]
        elif fault == "sensitive":
            n = rng.choice(voc.sensitive)
            if ":" in n:
                job_perms[job] = [(m, r) for m, r in job_perms[job] if key(m) != key(n)] + [(n, "")]
        elif fault == "duplicate-key":
            job_perms[job].append(job_perms[job][0])
    lines = [f"# {title_of(kind)} for {rng.choice(COMPANIES)}: {words(rng, rng.randint(6, 14))}.",
             f"name: {title_of(kind)}", rng.choice(TRIGGERS)]
    if top:
        lines.append(top)
    if anchor:
        lines.append("\nx-read-permissions: &read-permissions\n  contents: read\n  actions: read")
    lines.append("\njobs:")
    for j, job in enumerate(jobs):
        lines.append(f"  {job}:")
        if j > 0 and rng.random() < 0.5:
            lines.append(f"    needs: {jobs[j - 1]}")
        lines.append(f"    runs-on: {rng.choice(['ubuntu-latest', 'ubuntu-24.04', 'macos-14', 'windows-latest'])}")
        if job in bare:
            pass
        elif anchor and j > 0 and not any(r or n.endswith(":write") for n, r in job_perms[job]):
            lines.append("    permissions: *read-permissions")
        else:
            lines.append("    permissions:")
            for n, reason in job_perms[job]:
                k, _, level = n.partition(":")
                lines.append(f"      {k}: {level}" + (f"  # {reason}" if reason else ""))
        if rng.random() < 0.3:
            lines.append(f"    timeout-minutes: {rng.choice([10, 15, 30, 60])}")
        lines.append("    steps:")
        steps = [STEPS[0]] + rng.sample(STEPS[1:], k=rng.randint(2, 5))
        lines.extend(steps)
        lines.append("")
    return f"{kind}.yml", "\n".join(lines).rstrip("\n") + "\n"


# -- GitHub App manifests ----------------------------------------------------------------------

def github_app_file(rng: random.Random, voc: Vocabulary, index: int, faulty: bool) -> tuple[str, str]:
    def key(n):
        return n.split(":")[0]

    company = rng.choice(COMPANIES)
    slug = f"{rng.choice(['label', 'release', 'triage', 'deploy', 'review', 'audit', 'stale'])}-" \
           f"{rng.choice(['sync', 'bot', 'helper', 'guard', 'notifier'])}"
    host = app_host(rng, company)
    perms = ["metadata:read"] + pick_distinct(rng, voc.read, rng.randint(1, 4), key, taken={"metadata"})
    if rng.random() < 0.35:
        perms += pick_distinct(rng, voc.write, 1, key, taken={key(n) for n in perms})
    faults = faults_for(rng, faulty, ["public", "event", "unknown-event", "unknown", "level", "sensitive",
                                      "sensitive", "http", "wildcard"])
    have = set(perms) | {voc.scopes[n].get("read_variant", n) for n in perms if n in voc.scopes}
    deliverable = sorted(e["name"] for e in voc.events if set(e["requires_any"]) & have)
    events = rng.sample(deliverable, k=min(len(deliverable), rng.randint(0, 4)))
    doc: dict = {"name": f"{company}-{slug}",
                 "description": f"{title_of(slug)} for {title_of(company)}: {words(rng, rng.randint(8, 25))}",
                 "url": f"https://{host}",
                 "hook_attributes": {"url": f"https://{host}/github/webhooks", "active": True},
                 "redirect_url": f"https://{host}/github/setup",
                 "callback_urls": [f"https://{host}/github/oauth/callback"],
                 "setup_url": f"https://{host}/github/installed",
                 "public": False}
    if rng.random() < 0.4:
        doc["request_oauth_on_install"] = rng.random() < 0.5
        doc["setup_on_update"] = True
    for fault in faults:
        if fault == "public":
            doc["public"] = True
        elif fault == "event":
            missing = sorted(e["name"] for e in voc.events if not set(e["requires_any"]) & have)
            events.append(rng.choice(missing))
        elif fault == "unknown-event":
            names = {e["name"] for e in voc.events}
            e = rng.choice(sorted(names))
            bad = e + "s" if e + "s" not in names else e[:-1]
            events.append(bad)
        elif fault == "unknown":
            perms.append(voc.misspell(rng, rng.choice(voc.read), ":"))
        elif fault == "level":
            perms.append(f"{rng.choice(['issues', 'checks', 'statuses'])}:admin")
        elif fault == "sensitive":
            n = rng.choice([s for s in voc.sensitive if ":" in s])
            perms = [m for m in perms if key(m) != key(n)] + [n]
        elif fault == "http":
            doc["callback_urls"].append(f"http://{host}/github/oauth/callback")
        elif fault == "wildcard":
            doc["callback_urls"].append(f"https://*.{company}.{rng.choice(TLDS)}/github/oauth/callback")
    doc["default_permissions"] = {key(n): n.split(":", 1)[1] for n in perms}
    doc["default_events"] = events
    r = rng.random()
    name = (f"{company}-{slug}.github-app.json" if r < 0.7 else "app-manifest.json" if r < 0.9
            else f"github-app-{slug}.json")
    return name, json.dumps(doc, indent=2 if rng.random() < 0.85 else None, ensure_ascii=False) + "\n"


# -- Slack app manifests -----------------------------------------------------------------------

def slack_file(rng: random.Random, voc: Vocabulary, index: int, faulty: bool) -> tuple[str, str]:
    company = rng.choice(COMPANIES)
    slug = f"{rng.choice(['standup', 'deploy', 'oncall', 'expense', 'kudos', 'triage', 'digest', 'lunch'])}-" \
           f"{rng.choice(['bot', 'helper', 'notifier', 'buddy'])}"
    host = app_host(rng, company)
    bot_read = [n for n in voc.read if "bot" in voc.tokens(n)]
    bot_write = [n for n in voc.write if "bot" in voc.tokens(n)]
    user_read = [n for n in voc.read if voc.tokens(n) == ["user"]]  # what only a user token can hold
    bot = ["chat:write"] + pick_distinct(rng, bot_read, rng.randint(1, 4))
    if rng.random() < 0.5:
        bot.append("commands")
    if rng.random() < 0.3:
        bot += pick_distinct(rng, bot_write, 1, taken=set(bot))
    user = pick_distinct(rng, user_read, rng.randint(1, 2)) if rng.random() < 0.25 else []
    faults = faults_for(rng, faulty, ["legacy", "event", "event", "unknown", "duplicate", "token-type",
                                      "http", "org-deploy", "sensitive", "sensitive", "rotation"])

    def deliverable(scopes, token):
        have = set(scopes)
        return sorted(e["name"] for e in voc.events
                      if set(e["requires_any"]) & have and token in e.get("token_types", [token]))

    events = rng.sample(deliverable(bot, "bot"), k=min(len(deliverable(bot, "bot")), rng.randint(0, 3)))
    settings: dict = {"org_deploy_enabled": False, "socket_mode_enabled": rng.random() < 0.3}
    if rng.random() < 0.5:
        settings["token_rotation_enabled"] = True
    redirects = [f"https://{host}/slack/oauth_redirect"]
    for fault in faults:
        if fault == "legacy":
            bot.insert(0, rng.choice(["bot", "bot", "chat:write:bot", "identify"]))
        elif fault == "event":
            missing = sorted(e["name"] for e in voc.events if not set(e["requires_any"]) & set(bot)
                             and "bot" in e.get("token_types", ["bot"]))
            events.append(rng.choice(missing))
        elif fault == "unknown":
            bot.append(voc.misspell(rng, rng.choice(bot_read + bot_write)))
        elif fault == "duplicate":
            bot.append(rng.choice(bot))
        elif fault == "token-type":
            bot.append(rng.choice([n for n in voc.scopes if voc.tokens(n) == ["user"] and n in voc.read + voc.write]
                                  or ["search:read"]))
        elif fault == "http":
            redirects.append(f"http://{host}/slack/oauth_redirect")
        elif fault == "org-deploy":
            settings["org_deploy_enabled"] = True
        elif fault == "sensitive":
            bot.append(rng.choice([n for n in voc.sensitive if "bot" in voc.tokens(n)]))
        elif fault == "rotation":
            settings["token_rotation_enabled"] = False
    if events:
        settings = {"event_subscriptions": {"request_url": f"https://{host}/slack/events", "bot_events": events},
                    **settings}
    if rng.random() < 0.4:
        settings = {"interactivity": {"is_enabled": True, "request_url": f"https://{host}/slack/actions"},
                    **settings}
    doc: dict = {}
    if rng.random() < 0.3:
        doc["_metadata"] = {"major_version": 1, "minor_version": 1}
    doc["display_information"] = {"name": title_of(slug),
                                  "description": f"{title_of(slug)} for {title_of(company)}",
                                  "long_description": words(rng, rng.randint(15, 40)).capitalize() + "."}
    if rng.random() < 0.5:
        doc["display_information"]["background_color"] = "#" + hexstr(rng, 6)
    features: dict = {"bot_user": {"display_name": slug, "always_online": rng.random() < 0.3}}
    if "commands" in bot:
        features["slash_commands"] = [{"command": "/" + slug.split("-")[0], "url": f"https://{host}/slack/commands",
                                       "description": words(rng, 5).capitalize(), "should_escape": False}]
    doc["features"] = features
    scopes = {"bot": bot}
    if user:
        scopes["user"] = user
    doc["oauth_config"] = {"redirect_urls": redirects, "scopes": scopes}
    doc["settings"] = settings
    r = rng.random()
    if r < 0.65:
        return (f"{slug}.slack.yml" if r < 0.5 else "slack-manifest.yaml",
                to_yaml(doc, f"Slack manifest for {title_of(slug)} ({company})"))
    return ("slack-manifest.json" if r < 0.85 else f"{slug}.slack.json"), json.dumps(doc, indent=2) + "\n"


# -- Atlassian Forge manifests -----------------------------------------------------------------

FORGE_MODULES = ["jira:issuePanel", "jira:issueGlance", "jira:projectPage", "jira:adminPage",
                 "confluence:contentAction", "confluence:globalPage", "confluence:macro"]


def forge_file(rng: random.Random, voc: Vocabulary, index: int, faulty: bool) -> tuple[str, str]:
    company = rng.choice(COMPANIES)
    slug = f"{rng.choice(['notes', 'timer', 'checklist', 'approvals', 'glossary', 'estimates'])}-" \
           f"{rng.choice(['panel', 'page', 'macro', 'glance'])}"
    module = rng.choice(FORGE_MODULES)
    product = module.split(":")[0]
    pool = [n for n in voc.read if product in n] or voc.read
    wpool = [n for n in voc.write if product in n] or voc.write
    scopes = pick_distinct(rng, pool, rng.randint(1, 4))
    if rng.random() < 0.3:
        scopes += pick_distinct(rng, wpool, 1)
    faults = faults_for(rng, faulty, ["sensitive", "sensitive", "unknown", "duplicate", "impersonation",
                                      "unsafe-inline", "offline"])
    impersonate: set[str] = set()
    content = None
    for fault in faults:
        if fault == "sensitive":
            scopes.append(rng.choice([n for n in voc.sensitive if product in n] or voc.sensitive))
        elif fault == "unknown":
            scopes.append(voc.misspell(rng, rng.choice(pool)))
        elif fault == "duplicate":
            scopes.append(rng.choice(scopes))
        elif fault == "impersonation":
            impersonate.add(rng.choice(scopes))
        elif fault == "unsafe-inline":
            content = {"scripts": ["unsafe-inline"], "styles": ["unsafe-inline"]}
        elif fault == "offline":
            scopes.append("offline_access")
    key = slug
    doc: dict = {}
    app = {"id": "ari:cloud:ecosystem::app/" + uuid4(rng)}
    if rng.random() < 0.6:
        app["runtime"] = {"name": rng.choice(["nodejs20.x", "nodejs22.x"])}
    if rng.random() < 0.5:
        doc["app"] = app
    doc["modules"] = {module: [{"key": key, "resource": "main", "resolver": {"function": "resolver"},
                                "title": title_of(slug)}],
                      "function": [{"key": "resolver", "handler": "index.handler"}]}
    if rng.random() < 0.5:
        events = (["avi:jira:created:issue", "avi:jira:updated:issue"] if product == "jira"
                  else ["avi:confluence:created:page", "avi:confluence:updated:page"])
        doc["modules"]["trigger"] = [{"key": f"{slug}-on-change", "function": "on-change", "events": events}]
        doc["modules"]["function"].append({"key": "on-change", "handler": "events.onChange"})
    if rng.random() < 0.3:
        doc["modules"]["scheduledTrigger"] = [{"key": f"{slug}-nightly", "function": "nightly", "interval": "day"}]
        doc["modules"]["function"].append({"key": "nightly", "handler": "jobs.nightly"})
    doc["resources"] = [{"key": "main", "path": f"static/{slug}/build"}]
    if "app" not in doc:
        doc["app"] = app
    if impersonate and not (len(set(scopes)) < len(scopes)):
        perm_scopes: dict | list = {n: ({"allowImpersonation": True} if n in impersonate else {}) for n in scopes}
    else:
        perm_scopes = scopes
    permissions: dict = {"scopes": perm_scopes}
    if rng.random() < 0.3:
        permissions["external"] = {"fetch": {"backend": [f"https://{app_host(rng, company)}"]}}
    if content:
        permissions["content"] = content
    doc["permissions"] = permissions
    return "manifest.yml", to_yaml(doc, f"Forge app {title_of(slug)} by {title_of(company)}")


def cloud_foundry_manifest(rng: random.Random) -> str:
    """A manifest.yml that is not Forge's: scopelint skips it."""
    return to_yaml({"applications": [{"name": rng.choice(COMPANIES) + "-web", "memory": "512M",
                                      "instances": rng.randint(1, 4), "buildpacks": ["nodejs_buildpack"],
                                      "env": {"NODE_ENV": "production"}}]})


# -- Atlassian Connect descriptors -------------------------------------------------------------

def connect_file(rng: random.Random, voc: Vocabulary, index: int, faulty: bool) -> tuple[str, str]:
    company = rng.choice(COMPANIES)
    slug = f"{rng.choice(['time', 'risk', 'release', 'asset', 'okr', 'docs'])}-" \
           f"{rng.choice(['tracker', 'board', 'reports', 'sync'])}"
    host = app_host(rng, company)
    scopes = rng.choice([["READ"], ["READ"], ["WRITE"], ["read"], ["write"]])
    auth = "jwt"
    migrations = {"signed-install": True, "gdpr": True}
    faults = faults_for(rng, faulty, ["admin", "redundant", "unknown", "duplicate", "auth-none",
                                      "signed-install", "act-as-user", "delete", "project-admin"])
    for fault in faults:
        if fault == "admin":
            scopes.append("ADMIN")
        elif fault == "redundant":
            scopes = ["READ", "WRITE"] + [s for s in scopes if s.upper() not in ("READ", "WRITE")]
        elif fault == "unknown":
            scopes.append(rng.choice(["WIRTE", "READS", "ADMINISTER", "PROJECT-ADMIN", "ACT_AS_USERS"]))
        elif fault == "duplicate":
            scopes.append(scopes[0].lower() if rng.random() < 0.5 else scopes[0])
        elif fault == "auth-none":
            auth = rng.choice(["none", "NONE"])
        elif fault == "signed-install":
            migrations["signed-install"] = False
        elif fault == "act-as-user":
            scopes.append("ACT_AS_USER")
        elif fault == "delete":
            scopes.append("DELETE")
        elif fault == "project-admin":
            scopes.append(rng.choice(["PROJECT_ADMIN", "SPACE_ADMIN"]))
    doc = {"key": f"com.{company.replace('-', '')}.{slug}", "name": title_of(slug),
           "description": f"{title_of(slug)} by {title_of(company)}: {words(rng, rng.randint(8, 20))}",
           "vendor": {"name": title_of(company), "url": f"https://www.{company}.com"},
           "baseUrl": f"https://{host}", "links": {"self": f"https://{host}/atlassian-connect.json"},
           "authentication": {"type": auth}, "lifecycle": {"installed": "/installed", "uninstalled": "/uninstalled"},
           "apiVersion": 1, "apiMigrations": migrations, "scopes": scopes,
           "modules": {"generalPages": [{"key": f"{slug}-page", "location": "system.top.navigation.bar",
                                         "name": {"value": title_of(slug)}, "url": f"/{slug}"}]}}
    if rng.random() < 0.5:
        doc["modules"]["webItems"] = [{"key": f"{slug}-item", "location": "jira.issue.tools",
                                       "name": {"value": "Open " + title_of(slug)}, "url": f"/{slug}/item"}]
    name = "atlassian-connect.json" if rng.random() < 0.85 else "atlassian-connect.prod.json"
    return name, json.dumps(doc, indent=2 if rng.random() < 0.8 else 4) + "\n"


# -- Shopify app configurations ----------------------------------------------------------------

SHOPIFY_TOPICS = ["app/uninstalled", "orders/create", "products/update", "customers/data_request",
                  "customers/redact", "shop/redact", "inventory_levels/update"]


def shopify_file(rng: random.Random, voc: Vocabulary, index: int, faulty: bool) -> tuple[str, str]:
    def resource(n):
        return n.split("_", 1)[1]

    company = rng.choice(COMPANIES)
    slug = f"{rng.choice(['order', 'stock', 'bundle', 'review', 'label', 'loyalty'])}-" \
           f"{rng.choice(['tagger', 'sync', 'builder', 'manager', 'printer'])}"
    host = app_host(rng, company)
    admin_read = [n for n in voc.read if n.startswith("read_")]
    admin_write = [n for n in voc.write if n.startswith("write_")]
    scopes = pick_distinct(rng, admin_write, rng.randint(0, 2), resource)
    scopes += pick_distinct(rng, admin_read, rng.randint(1, 4), resource, taken={resource(n) for n in scopes})
    rng.shuffle(scopes)
    optional = pick_distinct(rng, admin_read, 1, resource, taken={resource(n) for n in scopes}) \
        if rng.random() < 0.25 else []
    redirects = [f"https://{host}/auth/callback", f"https://{host}/auth/shopify/callback"][:rng.randint(1, 2)]
    faults = faults_for(rng, faulty, ["redundant", "unknown", "duplicate", "http", "legacy-install",
                                      "sensitive", "sensitive", "offline"])
    extra: list[str] = []
    for fault in faults:
        if fault == "redundant":
            w = rng.choice(admin_write)
            scopes = [n for n in scopes if resource(n) != resource(w)] + [w, "read_" + resource(w)]
        elif fault == "unknown":
            scopes.append(voc.misspell(rng, rng.choice(admin_read + admin_write)))
        elif fault == "duplicate":
            scopes.append(rng.choice(scopes))
        elif fault == "http":
            redirects.append(f"http://{host}/auth/callback")
        elif fault == "legacy-install":
            extra.append("use_legacy_install_flow = true")
        elif fault == "sensitive":
            scopes.append(rng.choice(voc.sensitive))
        elif fault == "offline":
            extra.append("\n[access.admin]\ndirect_api_mode = \"offline\"")
    lines = [f"# {title_of(slug)} for {title_of(company)}: {words(rng, rng.randint(5, 12))}.",
             f"client_id = \"{hexstr(rng, 32)}\"", f"name = \"{title_of(slug)}\"", f"handle = \"{company}-{slug}\"",
             f"application_url = \"https://{host}\"", f"embedded = {rng.choice(['true', 'false'])}", ""]
    if rng.random() < 0.5:
        lines += ["[build]", "automatically_update_urls_on_dev = true",
                  f"dev_store_url = \"{company}-dev.myshopify.com\"", "include_config_on_deploy = true", ""]
    sep = "," if rng.random() < 0.8 else ", "
    lines += ["[access_scopes]", f"scopes = \"{sep.join(scopes)}\""]
    if optional:
        lines.append("optional_scopes = [" + ", ".join(f"\"{n}\"" for n in optional) + "]")
    legacy = [e for e in extra if e.startswith("use_legacy")]
    lines += legacy + [""]
    lines += ["[auth]", "redirect_urls = ["] + [f"  \"{u}\"," for u in redirects] + ["]", ""]
    lines += ["[webhooks]", f"api_version = \"{rng.choice(['2024-07', '2024-10', '2025-01'])}\"", ""]
    for topic in rng.sample(SHOPIFY_TOPICS, k=rng.randint(1, 3)):
        lines += ["  [[webhooks.subscriptions]]", f"  topics = [ \"{topic}\" ]", f"  uri = \"/webhooks/{topic}\"", ""]
    lines += ["[pos]", "embedded = false"]
    lines += [e for e in extra if not e.startswith("use_legacy")]
    env = rng.choice(["", "", "", "staging.", "production."])
    return f"shopify.app.{env}toml", "\n".join(lines) + "\n"


# -- Google Apps Script manifests --------------------------------------------------------------

GOOGLE_AUTH = "https://www.googleapis.com/auth/"
# What container-bound scripts and add-ons ask for: no finding beyond a write-scope note.
APPS_SCRIPT_PLAIN = [GOOGLE_AUTH + n for n in
                     ["script.container.ui", "script.locale", "script.processes", "script.metrics",
                      "script.projects.readonly", "script.deployments.readonly", "spreadsheets.currentonly",
                      "documents.currentonly", "forms.currentonly", "presentations.currentonly", "drive.file",
                      "userinfo.email", "userinfo.profile"]]
TIME_ZONES = ["Europe/Berlin", "Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Kolkata",
              "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo", "Etc/GMT"]
ADVANCED_SERVICES = [("Drive", "drive", "v3"), ("Sheets", "sheets", "v4"), ("Calendar", "calendar", "v3"),
                     ("Gmail", "gmail", "v1"), ("AdminDirectory", "admin", "directory_v1"),
                     ("BigQuery", "bigquery", "v2"), ("Docs", "docs", "v1"), ("Tasks", "tasks", "v1")]
LIBRARIES = ["OAuth2", "Cheerio", "Underscore", "Moment", "BetterLog", "FormsUtils", "SheetsORM"]


def apps_script_file(rng: random.Random, voc: Vocabulary, index: int, faulty: bool) -> tuple[str, str]:
    plain = [n for n in APPS_SCRIPT_PLAIN if n in voc.scopes]
    reads = [n for n in voc.read if n.startswith(GOOGLE_AUTH)]
    scopes = rng.sample(plain, k=rng.randint(2, 5)) + \
        pick_distinct(rng, reads, rng.randint(1, 4), taken=set(plain))
    rng.shuffle(scopes)
    doc: dict = {"timeZone": rng.choice(TIME_ZONES), "dependencies": {}}
    if rng.random() < 0.45:
        services = rng.sample(ADVANCED_SERVICES, k=rng.randint(1, 3))
        doc["dependencies"]["enabledAdvancedServices"] = [
            {"userSymbol": u, "serviceId": s, "version": v} for u, s, v in services]
    libraries = []
    if rng.random() < 0.4:
        for lib in rng.sample(LIBRARIES, k=rng.randint(1, 2)):
            libraries.append({"userSymbol": lib, "libraryId": "1" + "".join(
                rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(56)),
                "version": str(rng.randint(1, 60)), "developmentMode": False})
        doc["dependencies"]["libraries"] = libraries
    doc["exceptionLogging"] = rng.choice(["STACKDRIVER", "STACKDRIVER", "NONE"])
    doc["runtimeVersion"] = "V8"
    webapp = None
    if rng.random() < 0.25:
        webapp = {"executeAs": rng.choice(["USER_ACCESSING", "USER_DEPLOYING"]),
                  "access": rng.choice(["MYSELF", "DOMAIN"])}
    # Faults: broad Drive or Gmail, a scope beside its .readonly variant, a misspelt scope, an
    # http:// scope, no oauthScopes at all, an anonymous web app, a library in development mode.
    redundant_pairs = sorted((n, s["read_variant"]) for n, s in voc.scopes.items()
                             if s.get("read_variant") and s["read_variant"] in voc.scopes and n.startswith(GOOGLE_AUTH))
    faults = faults_for(rng, faulty, ["broad", "broad", "redundant", "unknown", "http", "missing", "anonymous",
                                      "dev-mode", "duplicate"])
    for fault in faults:
        if fault == "broad":
            scopes.insert(rng.randrange(len(scopes) + 1), rng.choice([GOOGLE_AUTH + "drive", "https://mail.google.com/"]))
        elif fault == "redundant":
            wide, narrow = rng.choice(redundant_pairs)
            scopes += [wide, narrow] if rng.random() < 0.5 else [narrow, wide]
        elif fault == "unknown":
            n = rng.choice(reads)
            bad = GOOGLE_AUTH + voc.misspell(rng, n[len(GOOGLE_AUTH):])
            scopes.insert(rng.randrange(len(scopes) + 1), bad if bad.lower() not in voc.known_lower else bad + "x")
        elif fault == "http":
            i = rng.randrange(len(scopes))
            scopes[i] = scopes[i].replace("https://", "http://", 1)
        elif fault == "duplicate":
            scopes.append(rng.choice(scopes))
        elif fault == "anonymous":
            webapp = {"executeAs": "USER_DEPLOYING", "access": "ANYONE_ANONYMOUS"}
        elif fault == "dev-mode":
            if not libraries:
                libraries.append({"userSymbol": rng.choice(LIBRARIES), "libraryId": "1" + hexstr(rng, 56),
                                  "version": "0"})
                doc["dependencies"]["libraries"] = libraries
            rng.choice(libraries)["developmentMode"] = True
    if webapp:
        doc["webapp"] = webapp
    if "missing" not in faults:
        doc["oauthScopes"] = scopes
    if rng.random() < 0.2:
        doc["urlFetchWhitelist"] = [f"https://{app_host(rng, rng.choice(COMPANIES))}/"]
    return "appsscript.json", json.dumps(doc, indent=2) + "\n"


def clasp_json(rng: random.Random) -> str:
    """A clasp project file: the script's id, no scopes; scopelint skips it."""
    doc = {"scriptId": "1" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                                     for _ in range(56))}
    if rng.random() < 0.5:
        doc["rootDir"] = rng.choice(["src", "dist", "build"])
    return json.dumps(doc) + "\n"


# -- .env files --------------------------------------------------------------------------------

ENV_PLAIN = [
    lambda rng, svc: f"DATABASE_URL=postgres://localhost:5432/{svc.replace('-', '_')}",
    lambda rng, svc: f"PORT={rng.choice([3000, 4000, 8000, 8080, 9000])}",
    lambda rng, svc: f"LOG_LEVEL={rng.choice(['debug', 'info', 'warn'])}",
    lambda rng, svc: f"NODE_ENV={rng.choice(['development', 'production', 'test'])}",
    lambda rng, svc: f"REDIS_URL=redis://localhost:6379/{rng.randint(0, 5)}",
    lambda rng, svc: f"APP_NAME={svc}",
    lambda rng, svc: f"PUBLIC_URL=https://{svc}.example.com",
    lambda rng, svc: "SENTRY_DSN=",
    lambda rng, svc: "SESSION_SECRET=change-me",
    lambda rng, svc: "SMTP_HOST=smtp.example.com",
    lambda rng, svc: f"SMTP_PORT={rng.choice([25, 465, 587])}",
    lambda rng, svc: f"FEATURE_FLAGS={','.join(rng.sample(['beta-ui', 'bulk-sync', 'audit-log', 'dark-mode'], k=2))}",
    lambda rng, svc: f"TZ={rng.choice(TIME_ZONES)}",
    lambda rng, svc: f"S3_BUCKET={svc}-uploads",
    lambda rng, svc: f"MAX_WORKERS={rng.randint(1, 16)}",
    lambda rng, svc: f"REQUEST_TIMEOUT_MS={rng.choice([5000, 10000, 30000])}",
]
ZOHO_ENV = ["ZOHO_CLIENT_ID=", "ZOHO_CLIENT_SECRET=", "ZOHO_REFRESH_TOKEN=",
            "ZOHO_ACCOUNTS_URL=https://accounts.zoho.{dc}", "ZOHO_API_DOMAIN=https://www.zohoapis.{dc}",
            "ZOHO_REDIRECT_URI=http://localhost:3000/oauth/zoho/callback"]
GOOGLE_ENV = ["GOOGLE_CLIENT_ID=", "GOOGLE_CLIENT_SECRET=", "GOOGLE_PROJECT_ID=",
              "GOOGLE_REDIRECT_URI=http://localhost:3000/oauth/google/callback"]


def env_value(rng: random.Random, name: str, value: str, comment: str) -> str:
    """NAME=value as people write it: sometimes export, quotes and a trailing comment."""
    q = '"' if " " in value else rng.choice(['', '"', '"', "'"])
    line = ("export " if rng.random() < 0.2 else "") + f"{name}={q}{value}{q}"
    return line + (f"  # {comment}" if comment and rng.random() < 0.4 else "")


def env_plain_lines(rng: random.Random, svc: str, k: int) -> list[str]:
    return [make(rng, svc) for make in rng.sample(ENV_PLAIN, k=min(k, len(ENV_PLAIN)))]


def env_file(rng: random.Random, voc: Vocabulary, index: int, faulty: bool) -> tuple[str, str]:
    """A .env file with one or two scope variables: ZOHO_SCOPES drawn like the Zoho manifests
    (voc.zoho, a Generator), GOOGLE_SCOPES from the Google catalog (voc)."""
    gen: Generator = voc.zoho
    svc = f"{rng.choice(COMPANIES)}-{rng.choice(sorted(VERBS))}"
    kinds = rng.choice([["zoho"], ["zoho"], ["zoho"], ["google"], ["zoho", "google"]])
    zoho = [s.name for s in gen.pick_scopes(rng.randint(2, 6), rng.random() < 0.2)] if "zoho" in kinds else []
    reads = [n for n in voc.read if n.startswith(GOOGLE_AUTH)]
    google = (["openid", "email"] + pick_distinct(rng, reads, rng.randint(1, 3))) if "google" in kinds else []
    zoho_sep = "," if rng.random() < 0.85 else ", "
    double_comma = False
    faults = faults_for(rng, faulty, ["broad", "broad", "duplicate", "double-comma", "unknown", "google-broad"])
    for fault in faults:
        if fault == "broad" and zoho:
            zoho.insert(rng.randrange(len(zoho) + 1), rng.choice(["ZohoCRM.modules.ALL", rng.choice(gen.broad)]))
        elif fault in ("broad", "google-broad"):  # a second variable when the file had none for Google
            google = (google or ["openid", "email"]) + [rng.choice([GOOGLE_AUTH + "drive", "https://mail.google.com/"])]
        elif fault == "duplicate":
            target = zoho or google
            target.append(rng.choice(target))
        elif fault == "double-comma" and zoho:
            double_comma = True
        elif zoho:  # unknown
            bad = gen.misspelt()
            zoho.insert(rng.randrange(len(zoho) + 1), bad)
        else:  # unknown, or a double comma in a space-separated list: a misspelt Google scope
            bad = GOOGLE_AUTH + voc.misspell(rng, rng.choice(reads)[len(GOOGLE_AUTH):])
            google.insert(rng.randrange(2, len(google) + 1), bad if bad.lower() not in voc.known_lower else bad + "x")
    lines = [f"# {svc}: copy to .env and fill in the secrets (never commit them)"]
    lines += env_plain_lines(rng, svc, rng.randint(2, 10))
    if zoho:
        dc = rng.choice(["com", "eu", "in", "com.au"])
        lines += [""] + [z.format(dc=dc) for z in rng.sample(ZOHO_ENV, k=rng.randint(2, len(ZOHO_ENV)))]
        value = zoho_sep.join(zoho)
        if double_comma:
            cut = value.find(",", rng.randrange(len(value) // 2))
            value = value[:cut] + "," + value[cut:] if cut > 0 else value + ",,ZohoCRM.org.READ"
        lines.insert(rng.randrange(len(lines) - 1, len(lines) + 1),
                     env_value(rng, rng.choice(["ZOHO_SCOPES", "ZOHO_SCOPES", "ZOHO_OAUTH_SCOPES", "ZOHO_CRM_SCOPE"]),
                               value, rng.choice(["crm sync", "see docs/oauth.md", "space-separated breaks the SDK", ""])))
    if google:
        lines += [""] + rng.sample(GOOGLE_ENV, k=rng.randint(1, len(GOOGLE_ENV)))
        lines.append(env_value(rng, rng.choice(["GOOGLE_SCOPES", "GOOGLE_OAUTH_SCOPES"]), " ".join(google),
                               rng.choice(["sign-in and calendar", "keep in sync with the consent screen", ""])))
    if rng.random() < 0.5:
        lines += [""] + env_plain_lines(rng, svc, rng.randint(1, 4))
    r = rng.random()
    name = ".env.example" if r < 0.6 else "config/production.env" if r < 0.85 else ".env.production"
    # No two lines set the same variable.
    seen, out = set(), []
    for line in lines:
        key = line.removeprefix("export ").split("=", 1)[0] if "=" in line else None
        if key and key in seen:
            continue
        seen.add(key)
        out.append(line)
    return name, "\n".join(out) + "\n"


def env_without_scopes(rng: random.Random, svc: str) -> str:
    """An .env file with no scope variable: scopelint skips it. Some name a scope variable that
    no provider word or scope shape places, which scopelint leaves alone too."""
    lines = [f"# {svc} local settings"] + env_plain_lines(rng, svc, rng.randint(4, 12))
    if rng.random() < 0.3:
        lines.append("SCOPES=" + rng.choice(['"read write"', "profile", "admin"]))
    return "\n".join(lines) + "\n"


# -- browser extension manifests ---------------------------------------------------------------

EXT_KINDS = ["tab-manager", "price-tracker", "dark-reader", "clipper", "translator", "password-helper",
             "reading-list", "screenshot", "focus-timer", "coupon-finder", "grammar-check", "bookmark-sync",
             "pr-reviewer", "ticket-linker", "crm-sidebar", "invoice-grabber"]
# Firefox-only permissions (catalog notes say so): only in manifest.firefox.json.
EXT_FIREFOX_ONLY = {"menus", "menus.overrideContext", "theme", "tabHide", "browserSettings", "captivePortal",
                    "contextualIdentities", "find", "pkcs11", "webRequestFilterResponse",
                    "webRequestFilterResponse.serviceWorkerScript"}
# Typos people make; none is in the catalog.
EXT_TYPOS = ["tab", "storag", "contextMenu", "notification", "alarm", "activetab", "webrequest", "bookmark"]


def ext_hosts(rng: random.Random, k: int) -> list[str]:
    """Host patterns for named hosts, each with a path: as narrow as host access gets."""
    out = []
    for _ in range(k):
        n = rng.randint(1, 999)
        out.append(rng.choice([f"https://api.example-{n}.com/*", f"https://*.example-{n}.org/*",
                               f"https://app.example-{n}.net/api/*"]))
    return list(dict.fromkeys(out))


def browser_extension_file(rng: random.Random, voc: Vocabulary, index: int, faulty: bool) -> tuple[str, str]:
    r = rng.random()
    name = "manifest.json" if r < 0.8 else "manifest.v3.json" if r < 0.9 else "manifest.firefox.json"
    firefox = name == "manifest.firefox.json"
    mv = 2 if rng.random() < 0.2 else 3
    if name == "manifest.v3.json":
        mv = 3
    company = rng.choice(COMPANIES)
    kind = rng.choice(EXT_KINDS)

    def usable(n):  # API permission names: no host patterns, no Firefox-only names in a Chrome manifest
        return "://" not in n and n != "<all_urls>" and (firefox or n not in EXT_FIREFOX_ONLY)

    plain = sorted(n for n in voc.read + voc.write if usable(n) and n != "activeTab")
    perms = pick_distinct(rng, plain, rng.randint(1, 5))
    if rng.random() < 0.7:
        perms.insert(rng.randrange(len(perms) + 1), "activeTab")
    hosts = ext_hosts(rng, rng.randint(1, 3))
    scripts = [{"matches": rng.sample(hosts, k=rng.randint(1, len(hosts))), "js": ["content.js"],
                "run_at": rng.choice(["document_idle", "document_end"])}] if rng.random() < 0.7 else []
    if scripts and rng.random() < 0.3:
        scripts[0]["css"] = ["content.css"]
    # Faults: every host in host permissions or a content script, debugger, nativeMessaging,
    # cookies on every host, a misspelt permission, a duplicate, a host pattern without a path.
    faults = faults_for(rng, faulty, ["all-hosts", "all-hosts", "script-all-hosts", "debugger", "native",
                                      "cookies-all", "unknown", "unknown", "duplicate", "no-path"])
    for fault in faults:
        if fault == "all-hosts":
            pattern = rng.choice(["<all_urls>", "*://*/*", "https://*/*"])
            if pattern not in hosts:
                hosts.insert(rng.randrange(len(hosts) + 1), pattern)
        elif fault == "script-all-hosts":
            scripts.append({"matches": [rng.choice(["<all_urls>", "*://*/*", "https://*/*"])],
                            "js": ["inject.js"], "all_frames": True})
        elif fault in ("debugger", "native"):
            p = "debugger" if fault == "debugger" else "nativeMessaging"
            if p not in perms:
                perms.insert(rng.randrange(len(perms) + 1), p)
        elif fault == "cookies-all":
            if "cookies" not in perms:
                perms.append("cookies")
            if "<all_urls>" not in hosts:
                hosts.append("<all_urls>")
        elif fault == "unknown":
            bad = rng.choice(EXT_TYPOS) if rng.random() < 0.6 else voc.misspell(rng, rng.choice(plain))
            if bad not in perms:
                perms.insert(rng.randrange(len(perms) + 1), bad)
        elif fault == "duplicate":
            perms.append(rng.choice(perms))
        else:  # no-path
            n = rng.randint(1, 999)
            hosts.insert(rng.randrange(len(hosts) + 1), rng.choice([f"https://api.example-{n}.com",
                                                                    f"https://*.example-{n}.org"]))
    title = f"{title_of(company)} {title_of(kind)}"
    doc: dict = {"manifest_version": mv}
    if rng.random() < 0.1:
        doc.update({"name": "__MSG_extName__", "default_locale": "en"})
    else:
        doc["name"] = title
    doc["version"] = f"{rng.randint(0, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    doc["description"] = f"{title_of(kind)} for {title_of(company)}: {words(rng, rng.randint(6, 22))}"
    icons = {s: f"icons/icon-{s}.png" for s in rng.choice([["16", "48", "128"], ["16", "32", "48", "128"], ["128"]])}
    action = {"default_title": title, "default_icon": {s: p for s, p in icons.items() if s in ("16", "32")} or
              icons, "default_popup": "popup.html"}
    if mv == 3:
        doc["action"] = action
        doc["background"] = ({"scripts": ["background.js"]} if firefox else
                             dict({"service_worker": "background.js"}, **({"type": "module"} if rng.random() < 0.4 else {})))
    else:
        doc["browser_action"] = action
        doc["background"] = {"scripts": ["background.js"], "persistent": False}
    doc["icons"] = icons
    if mv == 3:
        doc["permissions"] = perms
        doc["host_permissions"] = hosts
    else:  # Manifest V2 has no host_permissions: host patterns go in permissions
        doc["permissions"] = perms + hosts
    if rng.random() < 0.15:
        extra = pick_distinct(rng, plain, rng.randint(1, 2), taken=set(perms))
        if extra:
            doc["optional_permissions"] = extra
    if scripts:
        doc["content_scripts"] = scripts
    if rng.random() < 0.3:
        res = ["images/*.png", "inject.js"]
        doc["web_accessible_resources"] = ([{"resources": res, "matches": [hosts[0] if "://" in hosts[0] and
                                             hosts[0].endswith("*") else "https://api.example-1.com/*"]}]
                                           if mv == 3 else res)
    if rng.random() < 0.25:
        doc["options_ui"] = {"page": "options.html", "open_in_tab": rng.random() < 0.5}
    if firefox:
        doc["browser_specific_settings"] = {"gecko": {"id": f"{kind}@{company}.{rng.choice(TLDS)}",
                                                      "strict_min_version": rng.choice(["91.0", "109.0", "115.0"])}}
    if mv == 3 and rng.random() < 0.2:
        doc["minimum_chrome_version"] = rng.choice(["102", "110", "116", "120"])
    return name, serialise(doc, rng)


def pwa_manifest(rng: random.Random) -> str:
    """A web app manifest: manifest.json without manifest_version; scopelint skips it."""
    company = rng.choice(COMPANIES)
    doc = {"name": f"{title_of(company)} {rng.choice(['Portal', 'Store', 'Dashboard', 'Tracker'])}",
           "short_name": title_of(company).split()[0], "start_url": rng.choice(["/", "/?source=pwa", "/app/"]),
           "display": rng.choice(["standalone", "minimal-ui", "fullscreen"]),
           "background_color": "#ffffff", "theme_color": f"#{hexstr(rng, 6)}",
           "icons": [{"src": f"/icons/icon-{s}.png", "sizes": f"{s}x{s}", "type": "image/png"}
                     for s in rng.choice([[192, 512], [144, 192, 512]])]}
    if rng.random() < 0.5:
        doc["scope"] = "/"
    return json.dumps(doc, indent=2) + "\n"


def teams_manifest(rng: random.Random) -> str:
    """A Microsoft Teams app manifest (manifestVersion, not manifest_version); scopelint skips it."""
    company = rng.choice(COMPANIES)
    v = rng.choice(["1.13", "1.16", "1.17"])
    host = app_host(rng, company)
    doc = {"$schema": f"https://developer.microsoft.com/en-us/json-schemas/teams/v{v}/MicrosoftTeams.schema.json",
           "manifestVersion": v, "version": "1.0.0", "id": uuid4(rng),
           "packageName": f"com.{company.replace('-', '')}.teams",
           "developer": {"name": title_of(company), "websiteUrl": f"https://{host}",
                         "privacyUrl": f"https://{host}/privacy", "termsOfUseUrl": f"https://{host}/terms"},
           "name": {"short": f"{title_of(company)} Bot"}, "description": {"short": "Team notifications",
                                                                         "full": words(rng, 20)},
           "icons": {"outline": "outline.png", "color": "color.png"}, "accentColor": "#FFFFFF",
           "bots": [{"botId": uuid4(rng), "scopes": ["personal", "team"]}],
           "permissions": ["identity", "messageTeamMembers"], "validDomains": [host]}
    return json.dumps(doc, indent=2) + "\n"


# Format -> (file generator, folder of one app below DIR/<format>/, files per app folder).
READERS = {
    "github-actions": (github_actions_file, "org-{g:02d}/repo-{a:04d}/.github/workflows", 3),
    "github-app": (github_app_file, "org-{g:02d}/app-{a:04d}", 1),
    "slack": (slack_file, "team-{g:02d}/app-{a:04d}", 1),
    "atlassian-forge": (forge_file, "team-{g:02d}/app-{a:04d}", 1),
    "atlassian-connect": (connect_file, "vendor-{g:02d}/addon-{a:04d}", 1),
    "shopify": (shopify_file, "partner-{g:02d}/app-{a:04d}", 1),
    "apps-script": (apps_script_file, "project-{a:04d}", 1),
    "env": (env_file, "service-{a:04d}", 1),
    "browser-extension": (browser_extension_file, "ext-{a:04d}", 1),
}


def write_reader_corpus(out: Path, fmt: str, files: int, seed: int, totals: list[int], counts: dict) -> None:
    """files manifests of one format below out (= DIR/<format>), about 30 % faulty, and a few files
    beside them that scopelint must skip."""
    rng = random.Random(f"{seed}/{fmt}")
    voc = load_vocabulary(fmt)
    make, folder, per_app = READERS[fmt]
    if fmt == "env":  # Zoho scopes are drawn the way the Zoho manifests draw them
        voc.zoho = Generator(expand_catalog(json.loads((CATALOG_DIR / FORMATS["zoho"]).read_text(encoding="utf-8"))),
                             rng)
    written: set[Path] = set()
    for i in range(files):
        a = i // per_app
        app = out / folder.format(g=a // 20, a=a)
        root = app.parent.parent if fmt == "github-actions" else app
        if i % per_app == 0:  # non-manifest files beside the app
            if rng.random() < 0.08:
                write(root / "README.md", f"# {root.name}\n\n{words(rng, 40)}.\n", totals)
                counts["other"] += 1
            if fmt == "github-actions" and rng.random() < 0.10:
                write(root / ".github" / "dependabot.yml",
                      "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n"
                      "    schedule:\n      interval: weekly\n", totals)
                counts["other"] += 1
            if fmt == "atlassian-forge" and rng.random() < 0.10:
                write(root.parent / f"service-{a:04d}" / "manifest.yml", cloud_foundry_manifest(rng), totals)
                counts["other"] += 1
            if fmt in ("atlassian-forge", "slack", "github-app", "apps-script") and rng.random() < 0.08:
                pkg = dict(PACKAGE_JSON, name=f"@{root.parent.name}/{root.name}")
                write(root / "package.json", json.dumps(pkg, indent=2) + "\n", totals)
                counts["other"] += 1
            if fmt == "apps-script" and rng.random() < 0.2:
                write(root / ".clasp.json", clasp_json(rng), totals)
                counts["other"] += 1
            if fmt == "env" and rng.random() < 0.15:
                write(root / rng.choice([".env", ".env.test", "config/local.env"]),
                      env_without_scopes(rng, root.name), totals)
                counts["other"] += 1
            if fmt == "browser-extension":
                if rng.random() < 0.25:
                    pkg = dict(PACKAGE_JSON, name=root.name, scripts={"build": "vite build", "zip": "web-ext build"},
                               dependencies={"webextension-polyfill": "^0.10.0"})
                    write(root / "package.json", json.dumps(pkg, indent=2) + "\n", totals)
                    counts["other"] += 1
                if rng.random() < 0.10:  # a web app beside the extension, with its own manifest.json
                    write(out / f"site-{a:04d}" / "public" / "manifest.json", pwa_manifest(rng), totals)
                    counts["other"] += 1
                if rng.random() < 0.04:
                    write(out / f"teams-app-{a:04d}" / "manifest.json", teams_manifest(rng), totals)
                    counts["other"] += 1
        faulty = rng.random() < FAULTY_SHARE
        name, text = make(rng, voc, i, faulty)
        d = app
        if fmt in ("github-app", "slack") and rng.random() < 0.4:
            d = d / rng.choice(["config", "manifests", "deploy", "infra"])
        if fmt == "browser-extension" and name != "manifest.json" and i > 0 and rng.random() < 0.5 \
                and (out / folder.format(a=a - 1) / "manifest.json") in written:
            d = out / folder.format(a=a - 1)  # a second browser's manifest beside the first one
        path = d / name
        if path in written:  # two workflows of one kind in one repository
            path = d / f"{Path(name).stem}-{i:05d}{Path(name).suffix}"
        written.add(path)
        write(path, text, totals)
        counts["faulty" if faulty else "clean"] += 1


def parse_mix(value: str) -> list[str]:
    if value == "all":
        return list(FORMATS)
    fmts = [f.strip() for f in value.split(",") if f.strip()]
    unknown = [f for f in fmts if f not in FORMATS]
    if not fmts or unknown:
        raise argparse.ArgumentTypeError(f"expected zoho, all or a comma-separated list of {', '.join(FORMATS)}; "
                                         f"got '{value}'")
    return list(dict.fromkeys(fmts))


# ---- the large file ---------------------------------------------------------------------------

def write_large(path: Path, megabytes: float, seed: int, totals: list[int]) -> None:
    rng = random.Random(seed * 7919 + 17)
    target = int(megabytes * 1024 * 1024)
    path.parent.mkdir(parents=True, exist_ok=True)
    head = {"provider": "zoho", "name": "warehouse-export-large", "client_type": "server-based",
            "redirect_uris": ["https://export.northwind.com/oauth/zoho/callback"], "access": "read-only",
            "scopes": ["ZohoCRM.modules.leads.READ", "ZohoCRM.modules.contacts.READ", "ZohoCRM.modules.deals.READ",
                       "ZohoBooks.invoices.READ", "ZohoBooks.contacts.READ"]}
    tags = ["crm", "books", "export", "na\u00efve", "caf\u00e9", "\u65e5\u672c", "emoji \U0001F680", "tab\there"]
    written = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        text = json.dumps(head, indent=2)[:-2] + ",\n"
        f.write(text)
        written += len(text.encode())
        desc = ("Bulk export manifest. " + words(rng, 200) + " \"quoted\" \\ back\\slash\n") * 40
        text = '  "description": ' + json.dumps(desc) + ',\n  "extra": [\n'
        f.write(text)
        written += len(text.encode())
        n = 0
        while written < target - 200:
            record = {
                "id": n, "title": f"Record {n} \u2014 \"{rng.choice(SYSTEMS)}\" import",
                "path": f"C:\\exports\\{rng.choice(COMPANIES)}\\{n}.csv",
                "tags": rng.sample(tags, k=3),
                "meta": {"created": f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00Z",
                         "score": round(rng.random() * 1000, 3), "ratio": rng.random() * 1e-7,
                         "active": n % 3 != 0, "owner": None, "count": rng.randint(-1000, 10**9),
                         "nested": {"a": [1, 2.5, -3e4, {"b": [[], {}, [True, False, None]]}]}},
                "note": words(rng, rng.randint(4, 20)) + (" line\nbreak" if n % 5 == 0 else ""),
            }
            text = ("    " if n == 0 else ",\n    ") + json.dumps(record, ensure_ascii=(n % 2 == 0))
            f.write(text)
            written += len(text.encode())
            n += 1
        text = "\n  ]\n}\n"
        f.write(text)
        written += len(text.encode())
    totals[0] += 1
    totals[1] += written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="output directory (created; files are overwritten)")
    parser.add_argument("--files", type=int, default=10000, help="number of manifests (default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--large", type=float, default=0, metavar="MB",
                        help="also write large/large.connected-app.json of about MB megabytes")
    parser.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG,
                        help="catalog to draw Zoho scope names from (the other formats use rules/catalog/)")
    parser.add_argument("--mix", type=parse_mix, default=["zoho"], metavar="FORMATS",
                        help="zoho (default: Zoho manifests only, the corpus as it always was), all (the --files "
                             "manifests shared equally among every format), or a comma-separated list of: "
                             + ", ".join(FORMATS) + "; with anything but zoho alone each format goes to DIR/<format>/")
    args = parser.parse_args(argv)
    if args.files < 0 or args.large < 0:
        parser.error("--files and --large must not be negative")
    args.out.mkdir(parents=True, exist_ok=True)
    totals = [0, 0]
    counts = {"clean": 0, "faulty": 0, "policies": 0, "other": 0}
    per_format: list[str] = []
    if args.files and args.mix == ["zoho"]:
        write_corpus(args.out, args.files, args.seed, args.catalog, totals, counts)
    elif args.files:
        k = len(args.mix)
        for j, fmt in enumerate(args.mix):
            n = args.files // k + (1 if j < args.files % k else 0)
            if n == 0:
                continue
            own, mine = [0, 0], {"clean": 0, "faulty": 0, "policies": 0, "other": 0}
            if fmt == "zoho":
                write_corpus(args.out / fmt, n, args.seed, args.catalog, own, mine)
            else:
                write_reader_corpus(args.out / fmt, fmt, n, args.seed, own, mine)
            for key in counts:
                counts[key] += mine[key]
            totals[0] += own[0]
            totals[1] += own[1]
            per_format.append(f"{fmt} {mine['clean'] + mine['faulty']} manifests ({mine['faulty']} faulty) + "
                              f"{mine['other'] + mine['policies']} other, {own[0]} files, {own[1]} bytes")
    if args.large:
        write_large(args.out / "large" / "large.connected-app.json", args.large, args.seed, totals)
    print(f"generate_corpus: {totals[0]} files, {totals[1]} bytes ({totals[1] / 1048576:.2f} MiB) in {args.out}: "
          f"{counts['clean']} clean and {counts['faulty']} faulty manifests, {counts['policies']} policies, "
          f"{counts['other']} other files" + (f", 1 large file of {args.large:g} MB" if args.large else "")
          + f" (seed {args.seed})")
    for line in per_format:
        print(f"generate_corpus:   {args.out}/{line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
