#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus of Zoho connected-app manifests.

    bench/generate_corpus.py --out DIR [--files N] [--seed S] [--large MB]

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

Standard library only; the same --seed and --files give byte-identical output on
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
                victim = rng.choice(self.clean_read).name
                parts = victim.split(".")
                i = rng.randrange(1, len(parts)) if len(parts) > 1 else 0
                parts[i] = parts[i][:-1] if len(parts[i]) > 3 else parts[i] + "s"
                names.insert(rng.randrange(len(names) + 1), ".".join(parts))
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
    parser.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, help="catalog to draw scope names from")
    args = parser.parse_args(argv)
    if args.files < 0 or args.large < 0:
        parser.error("--files and --large must not be negative")
    args.out.mkdir(parents=True, exist_ok=True)
    totals = [0, 0]
    counts = {"clean": 0, "faulty": 0, "policies": 0, "other": 0}
    if args.files:
        write_corpus(args.out, args.files, args.seed, args.catalog, totals, counts)
    if args.large:
        write_large(args.out / "large" / "large.connected-app.json", args.large, args.seed, totals)
    print(f"generate_corpus: {totals[0]} files, {totals[1]} bytes ({totals[1] / 1048576:.2f} MiB) in {args.out}: "
          f"{counts['clean']} clean and {counts['faulty']} faulty manifests, {counts['policies']} policies, "
          f"{counts['other']} other files" + (f", 1 large file of {args.large:g} MB" if args.large else "")
          + f" (seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
