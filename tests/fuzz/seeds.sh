#!/usr/bin/env bash
# Builds the seed corpus of every fuzz target into OUT_DIR/<target>/ (one file
# per distinct input, named by its SHA-1 as libFuzzer names corpus files).
# Never writes into the repository. Usage: tests/fuzz/seeds.sh OUT_DIR
#
# Sources: samples/, tests/rules/**, tests/cli/data/**, ../shared/corpus/**
# (when present) and rules/default-policy.json, plus a few hand-made inputs.
#   json        every *.json file
#   pipeline    every *.json file of at most 16 KiB (the target's -max_len)
#   policy      the policy files (*.policy.json, .scopelint.json, *policy*.json)
#   scope_list  every "scopes" string found in those JSON files: a string
#               value as it is, an array's elements one by one and joined by ','
#   glob        the patterns of the policy files, each with a few texts to
#               match (first byte: 0 = scope pattern, 1 = path pattern)
#   yaml        every *.yml and *.yaml file
#   readers     every *.yml, *.yaml, *.toml, *.json, .env-style and source file of at most 16 KiB, behind the
#               byte that picks its reader (fuzz_readers.cpp)
# A target without a rule here (a new one) gets the json seeds.
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: $0 OUT_DIR" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$1
mkdir -p "$out"
out=$(cd "$out" && pwd)
case "$out/" in "$root"/build*/*) ;; "$root"/*) echo "seeds.sh: refusing to write into the repository ($out)" >&2; exit 2 ;; esac

sources=("$root/samples" "$root/tests/rules" "$root/tests/cli/data")
[[ -d "$root/../shared/corpus" ]] && sources+=("$(cd "$root/../shared/corpus" && pwd)")

python3 - "$out" "$root/rules/default-policy.json" "${sources[@]}" <<'PY'
import hashlib, json, os, sys

out, default_policy, roots = sys.argv[1], sys.argv[2], sys.argv[3:]

def save(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    directory = os.path.join(out, target)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)

files = []
for top in roots:
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for name in sorted(filenames):
            files.append(os.path.join(dirpath, name))
files.append(default_policy)

def is_policy(path):
    name = os.path.basename(path)
    return name.endswith(".policy.json") or name == ".scopelint.json" or (name.endswith(".json") and "policy" in name)

scope_strings, scope_patterns, path_patterns, paths = [], [], [], []

def collect_scopes(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "scopes":
                if isinstance(item, str):
                    scope_strings.append(item)
                elif isinstance(item, list):
                    strings = [s for s in item if isinstance(s, str)]
                    scope_strings.extend(strings)
                    if strings:
                        scope_strings.append(",".join(strings))
            collect_scopes(item)
    elif isinstance(value, list):
        for item in value:
            collect_scopes(item)

def collect_patterns(policy):
    if not isinstance(policy, dict):
        return
    path_patterns.extend(p for p in policy.get("exclude", []) or [] if isinstance(p, str))
    for app in policy.get("apps", []) or []:
        if not isinstance(app, dict):
            continue
        match = app.get("match") or {}
        if isinstance(match, dict):
            if isinstance(match.get("name"), str): scope_patterns.append(match["name"])
            if isinstance(match.get("path"), str): path_patterns.append(match["path"])
        for key in ("allow", "deny"):
            scope_patterns.extend(p for p in app.get(key, []) or [] if isinstance(p, str))
        if isinstance(app.get("max_operation"), dict):
            scope_patterns.extend(app["max_operation"].keys())

for path in files:
    with open(path, "rb") as f:
        data = f.read()
    rel = os.path.relpath(path, os.path.dirname(roots[0]))
    paths.append(rel)
    if path.endswith((".yml", ".yaml")):
        save("yaml", data)
        if len(data) <= 16384:
            save("readers", (b"\x04" if b"oauth_config" in data else b"\x06" if b"ari:cloud:ecosystem" in data
                             else b"\x09" if b"default_permissions" in data or b"default_events" in data
                             else b"\x00") + data)
    if path.endswith((".py", ".ts", ".js", ".go", ".java", ".rb", ".php", ".tf")) and len(data) <= 16384:
        save("readers", b"\x0c" + data)
    if (path.endswith((".dotenv", "/.env")) or "/.env." in path) and len(data) <= 16384:
        save("readers", b"\x0b" + data)
    if path.endswith(".toml") and len(data) <= 16384:
        save("readers", b"\x08" + data)
    if not path.endswith(".json"):
        continue
    save("json", data)
    if len(data) <= 16384:
        save("pipeline", data)
        save("readers", (b"\x05" if b"oauth_config" in data else b"\x0d" if b"manifest_version" in data
                         else b"\x0a" if b"oauthScopes" in data or b"timeZone" in data
                         else b"\x01" if b"default_permissions" in data
                         else b"\x07" if b'"baseUrl"' in data else b"\x02") + data)
    if is_policy(path):
        save("policy", data)
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        continue
    collect_scopes(document)
    if is_policy(path):
        collect_patterns(document)

for s in scope_strings:
    save("scope_list", s)

# Hand-made inputs for corners the files above do not reach.
for s in ["{}", "[]", "\ufeff{}", '{"a":[1,-0.5e+3,true,false,null,"\\u00e9\\ud83d\\ude00\\n"]}', "[[[[[[]]]]]]",
          '"\\ud800"', "1e400", '{"a":1,"a":2}']:
    save("json", s)
for s in ["", "a: &a {x: [1, 'q', \"\\u00e9\"]}\nb:\n  <<: *a\n  c: |\n    l\n", "--- 1\n--- [a, {b: c}]\n...\n",
          "\ufeffon: push\r\npermissions:\r\n  id-token: write\r\n", "a: &x [*x]", "k: [1, 2\n"]:
    save("yaml", s)
for s in ["", ",", "a,,b", " ZohoCRM.modules.ALL ZohoCRM.users.READ", "ZohoCRM.modules.{module}.READ",
          "ZohoCRM.modules.ALL,\r\nZohoCRM.modules.leads.READ\r", "Zoho\u00e9.x.READ,\u202eZohoCRM.org.ALL"]:
    save("scope_list", s)
save("policy", '{"version":1,"rules":{"broad-scope":"off"},"exclude":["vendor/**"],"apps":[{"match":{"name":"*"},'
               '"access":"read-only","allow":["ZohoCRM.modules.{leads,deals}.READ"],"deny":["*.fullaccess.*"],'
               '"max_operation":{"ZohoCRM.modules.*":"READ"}}]}')
save("pipeline", '{\n "provider": "zoho", "name": "x", "client_type": "web", "access": "read-only",\n'
                 ' "redirect_uris": ["http://example.com/cb"],\n'
                 ' "scopes": "ZohoCRM.modules.ALL,ZohoCRM.modules.leads.READ",\n'
                 ' "justifications": {"ZohoCRM.users.READ": "x"},\n "client_secret": "8f3e9a1b2c4d5e6f"\n}\n')

texts = sorted(set(s for s in scope_strings if "," not in s and len(s) < 200))[:64] or ["ZohoCRM.modules.ALL"]
for i, pattern in enumerate(sorted(set(scope_patterns)) + ["ZohoCRM.modules.ALL", "*.{READ,ALL}", "Zoho?RM.*"]):
    for k in range(4):
        save("glob", "\x00" + pattern + "\n" + texts[(i * 7 + k * 13) % len(texts)])
    save("glob", "\x00" + pattern + "\n" + pattern)
for i, pattern in enumerate(sorted(set(path_patterns)) + ["**/*.connected-app.json", "apps/**", "a/*/b?c"]):
    for k in range(4):
        save("glob", "\x01" + pattern + "\n" + paths[(i * 7 + k * 13) % len(paths)])
PY

for target in "$out"/*/; do
    printf '%-12s %5d seeds\n' "$(basename "$target")" "$(find "$target" -type f | wc -l)"
done
