"""Write records and facts: JSONL (the default), CSV, or a rich table for people."""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable

from ..opencc_text import LONE_SURROGATES


def dumps(obj: dict) -> str:
    line = json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))
    if LONE_SURROGATES.search(line):
        # a lone surrogate (read from a \ud800 escape) has no UTF-8 form: it goes back out as the escape
        # (json.dumps writes them only inside strings, where \uXXXX stands for them)
        line = LONE_SURROGATES.sub(lambda m: "".join(f"\\u{ord(c):04x}" for c in m.group()), line)
    return line


def write_jsonl(items: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for item in items:
        out.write(dumps(item))
        out.write("\n")
        n += 1
    return n


FACT_COLUMNS = (
    "doc", "source", "kind", "type", "status", "text", "value", "unit", "low", "high",
    "qualifier", "deadline", "subject", "metric", "comparator", "change", "commitment",
    "start", "end", "source_start", "source_end", "sentence",
)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csv(facts: Iterable[dict], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FACT_COLUMNS)
    n = 0
    for fact in facts:
        writer.writerow([_cell(fact.get(c)) for c in FACT_COLUMNS])
        n += 1
    return n
