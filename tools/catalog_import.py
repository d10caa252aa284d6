"""Machinery shared by the catalog importers (tools/import-*.py).

Each importer keeps its provider's curation (the named dictionaries) and the
mapping from the reference onto catalog entries; what is the same for every
provider lives here: the command line, the stale-curation bookkeeping, the
header every catalog starts with, the checks that do not depend on a
provider's vocabulary, the optional schema validation, and writing or
comparing the output files.

Only the standard library is required. When the `jsonschema` package is
importable the outputs are also validated against the catalog schema.
"""

import argparse
import json
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOG_DIR = os.path.join(REPO, "rules", "catalog")

# The order summaries list risk tiers in, most severe first.
RISK_TIERS = ("critical", "high", "medium", "low")


class CurationError(Exception):
    pass


class Used:
    """Records which curation keys were used, so stale ones are reported."""

    def __init__(self):
        self.keys = {}

    def get(self, table_name, table, key, default=None):
        if key in table:
            self.mark(table_name, key)
            return table[key]
        return default

    def mark(self, table_name, key):
        self.keys.setdefault(table_name, set()).add(key)

    def check(self, tables):
        stale = []
        for name, table in tables.items():
            for key in table:
                if key not in self.keys.get(name, set()):
                    stale.append(f"{name}[{key!r}]")
        if stale:
            raise CurationError("curation entries that match nothing: " + ", ".join(stale))


def catalog_header(header, catalog_date):
    """The fields every catalog opens with, in the order the schema documents them."""
    out = {"$schema": "../schemas/catalog.schema.json", "format": 1}
    out.update({k: header[k] for k in ("provider", "title")})
    out["catalog_date"] = catalog_date
    out.update({k: header[k] for k in ("case_sensitive", "segment_separator", "list_separator")})
    if header.get("lower_case_documented"):
        out["lower_case_documented"] = True
    return out


def flat_catalog(header, catalog_date, sources, scopes, **sections):
    """A catalog of a flat vocabulary (no operations, no services): the header,
    the sources, the scopes, then `sections` (token_types, events, other_events,
    settings, default_grant, ...) in the order given."""
    catalog = catalog_header(header, catalog_date)
    catalog["sources"] = [dict(s) for s in sources]
    catalog["operations"] = []
    catalog["services"] = []
    catalog["scopes"] = scopes
    catalog.update(sections)
    return catalog


def other_events(left_out):
    """Known events whose requirement is not checked, from a {name: why} table."""
    return [{"name": name, "why": why} for name, why in sorted(left_out.items())]


def render(catalog):
    return json.dumps(catalog, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------
# Checks (stdlib only; jsonschema used when available)
# --------------------------------------------------------------------------

# Cheap guard against sentences that open with a verb ("Edits ...", "Deletes ...",
# "Reads, sends ..."): a capitalised first word ending in "s". Proper nouns that
# end in "s" are written in full ("Zoho Books", not "Books"). The schema's
# $defs/sensitive carries the same pattern under "not".
SENSITIVE_VERB_START = re.compile(r"[A-Z][a-z]*s\b")


def phrase_problems(where, text, field=None):
    """Problems of a sensitive phrase. With `field` each message names the field
    ("sensitive has a trailing period"); without it `where` already names it and
    the messages are the terse ones the Zoho and Slack importers have always
    printed, so that no importer's messages change."""
    problems = []
    lead = f"{field} " if field else ""
    if text.endswith("."):
        problems.append(f"{where}: {field} has a trailing period" if field else f"{where}: trailing period")
    if len(text) > 140:
        problems.append(f"{where}: {lead}longer than 140 characters ({len(text)})")
    if SENSITIVE_VERB_START.match(text):
        hint = "" if field else "; write a noun phrase naming what the scope reaches"
        problems.append(f"{where}: {lead}starts like a verb ({text.split()[0]!r}){hint}")
    return problems


class Citations:
    """The source ids a catalog declares, and which of them its entries cite."""

    def __init__(self, sources):
        self.ids = [s["id"] for s in sources]
        self.known = set(self.ids)
        self.cited = set()

    def duplicated(self):
        return len(self.known) != len(self.ids)

    def cite(self, where, ids):
        """Problems for cited ids the catalog does not declare."""
        problems = []
        for s in ids:
            self.cited.add(s)
            if s not in self.known:
                problems.append(f"{where}: unknown source {s}")
        return problems

    def uncited(self, exempt=()):
        """Declared ids nothing cites, in declaration order."""
        return [s for s in self.ids if s not in self.cited and s not in exempt]


def reference_problems(where, scope, known, fields):
    """Problems of the scope lists (implies, narrower, ...) that name a scope the
    catalog lacks, or the scope itself. fields gives the order to report in."""
    problems = []
    for field in fields:
        for ref in scope.get(field, []):
            if ref not in known:
                problems.append(f"{where}: {field} names unknown scope {ref}")
            if ref == scope["name"]:
                problems.append(f"{where}: {field} names the scope itself")
    return problems


def implication_cycles(scopes):
    """Each cycle of the implies graph as the path that closes it (first node
    repeated at the end of the loop). Readers take the transitive closure, so
    implication must be acyclic."""
    by_name = {s["name"]: s for s in scopes}
    state = {}
    cycles = []

    def visit(n, path):
        state[n] = "active"
        for m in by_name[n].get("implies", []):
            if m not in by_name:
                continue
            if state.get(m) == "active":
                cycles.append(path + [m])
            elif m not in state:
                visit(m, path + [m])
        state[n] = "done"

    for n in by_name:
        if n not in state:
            visit(n, [n])
    return cycles


def flat_catalog_problems(catalog, header_sources=()):
    """Checks of a catalog whose scopes are a flat list (no services), with
    optional settings. header_sources back file-level facts, so nothing has
    to cite them."""
    problems = []
    sources = Citations(catalog["sources"])
    if sources.duplicated():
        problems.append("duplicate source ids")

    names = [s["name"] for s in catalog["scopes"]]
    by_name = {s["name"]: s for s in catalog["scopes"]}
    if len(set(names)) != len(names):
        problems.append("duplicate scope names")
    lowered = {}
    for n in names:
        if n.lower() in lowered and lowered[n.lower()] != n:
            problems.append(f"case collision: {lowered[n.lower()]} / {n}")
        lowered[n.lower()] = n

    for sc in catalog["scopes"]:
        where = f"scope {sc['name']}"
        problems += sources.cite(where, sc["sources"])
        problems += reference_problems(where, sc, by_name, ("implies", "requires_any", "narrower", "replaced_by"))
        if sc.get("narrower") and sc.get("breadth") not in ("family", "service"):
            problems.append(f"{where}: narrower without family or service breadth")
        rv = sc.get("read_variant")
        if rv is not None:
            if rv not in by_name:
                problems.append(f"{where}: read_variant {rv} is not in the catalog")
            elif by_name[rv]["access"] != "read":
                problems.append(f"{where}: read_variant {rv} is not a read scope")
            if sc["access"] != "write":
                problems.append(f"{where}: read_variant on a read scope")
        if "sensitive" in sc:
            problems += phrase_problems(where, sc["sensitive"], "sensitive")
        for field in ("label", "note"):
            if field in sc and sc[field].endswith("."):
                problems.append(f"{where}: {field} has a trailing period")

    for path in implication_cycles(catalog["scopes"]):
        problems.append("implication cycle: " + " -> ".join(path))

    for st in catalog.get("settings", []):
        where = f"setting {st['pointer']}"
        problems += sources.cite(where, st["sources"])
        if st["message"].endswith("."):
            problems.append(f"{where}: message has a trailing period")
        if not re.match(r"^[a-z].*[^.]$", st["help"]):
            problems.append(f"{where}: help must start lower case and have no final period")

    for s in sources.uncited(header_sources):
        problems.append(f"source {s} is cited by nothing")
    return problems


def schema_problems(catalog, schema_path):
    """Schema violations, or none with a note when jsonschema is missing (it is
    optional: generating the files must not depend on it)."""
    try:
        import jsonschema
    except ImportError:
        print("note: jsonschema not installed; schema validation skipped", file=sys.stderr)
        return []
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator_cls = jsonschema.validators.validator_for(schema)
    validator_cls.check_schema(schema)
    validator = validator_cls(schema, format_checker=validator_cls.FORMAT_CHECKER)
    return ["schema: /" + "/".join(str(p) for p in err.absolute_path) + ": " + err.message
            for err in sorted(validator.iter_errors(catalog), key=lambda e: list(e.absolute_path))]


def tally(items, key, order, name_first=False):
    """Counts of items[key] in the given order, as the summary lines print them
    ("6 critical, 23 high, ..."; zero counts included)."""
    counts = {}
    for item in items:
        counts[item[key]] = counts.get(item[key], 0) + 1
    return ", ".join(f"{k} {counts.get(k, 0)}" if name_first else f"{counts.get(k, 0)} {k}"
                     for k in order)


# --------------------------------------------------------------------------
# Command line and output files
# --------------------------------------------------------------------------

def parse_args(doc, provider, outputs, check_target="the output file", extra=()):
    """The importers' common command line. outputs and extra are (flag, options)
    pairs for add_argument; outputs come before --schema and extra after it, the
    order each script's --help has always shown."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("reference", nargs="?",
                    default=os.path.join(REPO, "..", "shared", "reference", provider, "scopes.json"),
                    help=f"reference scopes.json (default: ../shared/reference/{provider}/scopes.json "
                         "from the repo root)")
    for flag, options in outputs:
        ap.add_argument(flag, **options)
    ap.add_argument("--schema", default=os.path.join(REPO, "rules", "schemas", "catalog.schema.json"))
    for flag, options in extra:
        ap.add_argument(flag, **options)
    ap.add_argument("--check", action="store_true",
                    help=f"write nothing; fail if {check_target} differs from the generated text")
    return ap.parse_args()


def emit(outputs, check, script):
    """Write each (path, text), or with check only compare and report stale files."""
    if check:
        status = 0
        for path, text in outputs:
            try:
                with open(path, encoding="utf-8") as f:
                    current = f.read()
            except OSError:
                current = None
            if current != text:
                print(f"error: {path} is out of date; rerun tools/{os.path.basename(script)}",
                      file=sys.stderr)
                status = 1
            else:
                print(f"{path} is up to date", file=sys.stderr)
        return status
    for path, text in outputs:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        # newline="\n": the committed files have Unix line ends on every platform.
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"wrote {path}", file=sys.stderr)
    return 0


def run(args, script, build, check, place=None):
    """Build from the reference, check, then write or compare the outputs; the
    exit status. build(ref) may return anything; check(built) gives the
    problems, and place(built) the (path, catalog) pairs to write (by default
    the one catalog to args.output)."""
    with open(args.reference, encoding="utf-8") as f:
        ref = json.load(f)
    try:
        built = build(ref)
    except CurationError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    problems = check(built)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    if problems:
        return 1
    placed = place(built) if place else [(args.output, built)]
    return emit([(path, render(catalog)) for path, catalog in placed], args.check, script)
