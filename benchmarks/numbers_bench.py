"""Throughput of extract-numbers alone, in characters per second.

    uv run python benchmarks/numbers_bench.py [--repeat 20]

Reads the seeds and ``../shared/corpus`` (when it is there), runs clean and
convert once, then times ``extract_numbers`` over the converted records,
``--repeat`` times, and prints the fastest pass (load from other processes
on a shared machine only ever slows a pass down).  The master pattern is
compiled and the tables loaded on one warm-up record first.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from policytext.clean import clean
from policytext.convert import convert
from policytext.io import read_inputs
from policytext.numbers import extract_numbers

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "seeds", ROOT.parent / "shared" / "corpus"]


def converted_records() -> list[dict]:
    paths = [str(p) for p in INPUTS if p.exists()]
    return [convert(clean(r)) for r in read_inputs(paths) if "error" not in r]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed passes; the fastest is reported")
    args = parser.parse_args()
    records = converted_records()
    chars = sum(len(r["text"]) for r in records)
    extract_numbers(records[0])
    best = float("inf")
    facts = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        facts = sum(len(extract_numbers(r)["numbers"]) for r in records)
        best = min(best, time.perf_counter() - started)
    print(f"{len(records)} documents, {chars} chars, {facts} number facts")
    print(f"extract-numbers: {chars / best:,.0f} chars/s (fastest of {args.repeat} passes, {best:.3f} s)")


if __name__ == "__main__":
    main()
