"""Refresh the README's 30-second tour with the real output of each command.

    uv run python docs/generate_tour.py

Runs every command of :data:`TOUR` from the repository root and rewrites the
part of README.md between ``<!-- tour -->`` and ``<!-- /tour -->``.  JSON
lines are shown with long strings and lists shortened (marked …) so that a
record fits on a screen; everything else is shown as printed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- tour -->", "<!-- /tour -->"

TRAD = "examples/sample-traditional.txt"
SAMPLE = "examples/sample.txt"

# (what the step shows, the command as a user types it)
TOUR = [
    ("`clean` removes the noise of scraped pages: here injected pinyin, a byline (it goes to `meta`), ASCII "
     "punctuation. `changes` says what it did; `offsets` maps the clean text back to the raw file.",
     f"uv run policytext clean {TRAD}"),
    ("`convert` detects the script and converts traditional lines to simplified (simplified text is never "
     "touched); offsets still point at the traditional characters.",
     f"uv run policytext clean {TRAD} | uv run policytext convert"),
    ("`segment` adds `tokens` (pkuseg, with industrial-policy terms kept whole).",
     f"uv run policytext clean {TRAD} | uv run policytext convert | uv run policytext segment"),
    ("`extract-numbers` adds `numbers`: amounts, percentages, counts, dates…, normalised, with their spans "
     "in the text and in the raw file.",
     f"uv run policytext clean {SAMPLE} | uv run policytext extract-numbers"),
    ("`extract-targets` adds `targets`: stated goals with deadline, metric, comparator, value; the past "
     "(2022年…达650亿元) is not a target, a forecast (预计) is marked as one.",
     f"uv run policytext clean {SAMPLE} | uv run policytext extract-targets"),
    ("`extract` runs the whole chain and writes one fact per line (JSONL by default, or CSV) …",
     f"uv run policytext extract {SAMPLE} | tail -n 3"),
    ("… or a table for a person.",
     f"uv run policytext extract {SAMPLE} --format table"),
    ("`eval` scores facts against gold files (SPEC section 5): precision, recall, F1 per type.",
     "uv run policytext extract seeds/ -o /tmp/facts.jsonl && uv run policytext eval tests/data/gold/facts "
     "/tmp/facts.jsonl --kind target"),
]

MAX_STRING = 40
MAX_ITEMS = 2  # of a list of lists or objects (offsets, numbers, targets); a list of scalars up to 6
MAX_SCALARS = 6


def shorten(value):
    if isinstance(value, str):
        return value if len(value) <= MAX_STRING else value[:MAX_STRING] + "…"
    if isinstance(value, list):
        keep = MAX_SCALARS if all(not isinstance(v, (list, dict)) for v in value) else MAX_ITEMS
        items = [shorten(v) for v in value[:keep]]
        return items + [f"… {len(value) - keep} more"] if len(value) > keep else items
    if isinstance(value, dict):
        return {k: shorten(v) for k, v in value.items()}
    return value


def show(output: str) -> str:
    lines = []
    for line in output.splitlines():
        if line.startswith("{"):
            lines.append(json.dumps(shorten(json.loads(line)), ensure_ascii=False))
        else:
            lines.append(line.rstrip())
    return "\n".join(lines)


def render() -> str:
    parts = [START]
    for what, command in TOUR:
        done = subprocess.run(command, shell=True, cwd=ROOT, capture_output=True, text=True,
                              env={**os.environ, "COLUMNS": "120"})
        if done.returncode not in (0, 1):
            raise RuntimeError(f"{command} failed: {done.stderr}")
        parts.append(f"\n{what}\n\n```console\n$ {command}\n{show(done.stdout)}\n```\n")
    parts.append(END)
    return "".join(parts)


def main() -> int:
    readme = README.read_text(encoding="utf-8")
    if START not in readme or END not in readme:
        print(f"README.md has no {START} … {END} block", file=sys.stderr)
        return 1
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    README.write_text(head + render() + tail, encoding="utf-8")
    print(f"refreshed the tour in {README}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
