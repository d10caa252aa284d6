#!/usr/bin/env bash
# Lints samples/ to SARIF with the built binary and validates the log.
# Usage: validate_samples_sarif.sh SCOPELINT VALIDATE_SARIF OUT_DIR   (run from the repository root)
set -u
scopelint=$1 validator=$2 out=$3
[ -x "$validator" ] || { echo "validator not found: $validator (expected ../shared beside the checkout)"; exit 1; }
"$scopelint" --format sarif --output "$out/samples.sarif" samples
status=$?
[ "$status" -eq 1 ] || { echo "expected exit 1 (samples hold findings), got $status"; exit 1; }
"$scopelint" --format sarif --output "$out/clean.sarif" samples/crm-tally-sync/crm-tally-sync.connected-app.json
status=$?
[ "$status" -eq 0 ] || { echo "expected exit 0 for the compliant sample, got $status"; exit 1; }
"$validator" "$out/samples.sarif" "$out/clean.sarif"
