"""``policytext extract``: clean -> convert -> numbers -> targets, one fact per line."""

from __future__ import annotations

import enum
from functools import partial
from typing import IO, Iterable

import typer

from ..extract import ExtractConfig, extract, facts, prepare
from ..io.write import write_csv, write_jsonl
from . import options as opt
from .app import app
from .run import run


class Format(str, enum.Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


def write_table(items: Iterable[dict], out: IO[str]) -> int:
    """A rich table for a person at a terminal (not for machines: use jsonl or csv)."""
    from rich.console import Console
    from rich.table import Table

    columns = ("doc", "kind", "type", "text", "value", "unit", "qualifier", "deadline", "metric", "comparator", "status")
    table = Table(*columns, show_lines=False)
    n = 0
    for fact in items:
        if fact.get("kind") == "error":
            continue
        row = dict(fact)
        if row.get("value") is None and (row.get("low") is not None or row.get("high") is not None):
            row["value"] = f"{row.get('low')}..{row.get('high')}"
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        n += 1
    Console(file=out, width=None if out.isatty() else 200).print(table)
    return n


WRITERS = {Format.jsonl: write_jsonl, Format.csv: write_csv, Format.table: write_table}


def extract_config(with_segment: bool, user_dict: str | None) -> ExtractConfig:
    if not with_segment:
        return ExtractConfig()
    from ..segment import SegmentConfig

    return ExtractConfig(segment=SegmentConfig(user_dict=user_dict))


@app.command("extract")
def extract_cli(
    inputs: opt.InputList = opt.Inputs,
    output: opt.OptPath = opt.Output,
    format: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl (default), csv, or table for a person."),
    with_segment: bool = typer.Option(False, "--segment", help="Also segment the text (slower; tokens are not part of the facts)."),
    user_dict: str = typer.Option(None, "--user-dict", help="With --segment: extra terms, one per line."),
    jobs: int = opt.Jobs,
    shard: str = opt.Shard,
    output_dir: opt.OptPath = opt.OutputDir,
    quiet: bool = opt.Quiet,
) -> None:
    """Run the whole chain and write one fact per line (number and target facts, each with doc and source)."""
    config = extract_config(with_segment, user_dict)
    run(inputs, partial(extract, config=config), output=output, jobs=jobs, quiet=quiet, facts=facts,
        writer=WRITERS[format], initializer=partial(prepare, config), shard=shard, output_dir=output_dir)



