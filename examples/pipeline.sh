#!/usr/bin/env bash
# policytext in a shell pipeline: each stage reads JSONL on stdin and writes JSONL on stdout.
#
#   bash examples/pipeline.sh [FILES or DIRECTORIES…]     (default: seeds/)
#
# Writes into examples/out/: records.jsonl (every stage's fields), facts.csv,
# targets.tsv (the targets with a deadline), and shards/ (the same facts in
# two shards, as a Slurm array or GNU parallel would write them).
# POLICYTEXT names the command (default: uv run policytext); OUT the output directory.
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=("${@:-seeds/}")
out="${OUT:-examples/out}"
mkdir -p "$out"
read -r -a policytext <<< "${POLICYTEXT:-uv run policytext}"

# 1. The stages one by one, composed with pipes (stderr gets one line per bad input).
"${policytext[@]}" clean "${inputs[@]}" \
  | "${policytext[@]}" convert \
  | "${policytext[@]}" extract-numbers \
  | "${policytext[@]}" extract-targets > "$out/records.jsonl"
echo "records: $(wc -l < "$out/records.jsonl") documents in $out/records.jsonl"

# 2. The whole chain in one command, as CSV for a spreadsheet.
"${policytext[@]}" extract "${inputs[@]}" --format csv --output "$out/facts.csv"
echo "facts:   $(($(wc -l < "$out/facts.csv") - 1)) facts in $out/facts.csv"

# 3. Targets with a deadline, as a TSV: deadline, metric, comparator, value, unit, document.
python3 - "$out/records.jsonl" > "$out/targets.tsv" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    for t in record.get("targets") or []:
        if t["deadline"]:
            value = t["value"] if t["value"] is not None else f"{t['low']}..{t['high']}"
            print(t["deadline"], t["metric"], t["comparator"], value, t["unit"], record["id"], sep="\t")
PY
echo "targets: $(wc -l < "$out/targets.tsv") with a deadline in $out/targets.tsv"

# 4. Shards: two slices written side by side (add -P to xargs to run them at once);
#    a rerun skips the shards whose .done marker matches their inputs.
rm -rf "$out/shards"
printf '%s\n' 1/2 2/2 | xargs -I{} "${policytext[@]}" extract "${inputs[@]}" --shard {} --output-dir "$out/shards" --jobs 1
cat "$out"/shards/shard-*.jsonl | wc -l | xargs echo "shards:  facts in $out/shards/:"
