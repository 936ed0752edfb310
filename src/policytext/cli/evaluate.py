"""``policytext eval``: precision, recall and F1 of facts against a gold directory."""

from __future__ import annotations

import enum
import json
from pathlib import Path

import typer

from ..eval import KINDS, format_score, load_facts, load_gold, score
from .app import app


class Kind(str, enum.Enum):
    number = "number"
    target = "target"
    all = "all"


@app.command("eval")
def eval_cli(
    gold_dir: Path = typer.Argument(..., help="Directory of <doc>.jsonl gold facts (SPEC section 5).", exists=True, file_okay=False),
    facts_file: Path = typer.Argument(..., help="Facts as written by `policytext extract` (JSONL).", exists=True, dir_okay=False),
    kind: Kind = typer.Option(Kind.all, "--kind", "-k", help="Score number facts, target facts, or both."),
    show_errors: bool = typer.Option(False, "--show-errors", help="List misses and false positives."),
    as_json: bool = typer.Option(False, "--json", help="Write the scores as one JSON object."),
    min_f1: float = typer.Option(None, "--min-f1", help="Exit 1 when any scored kind's lenient F1 is below this floor."),
) -> None:
    """Score facts against gold: P/R/F1 per type and overall, lenient and strict."""
    gold = load_gold(gold_dir)
    predictions = load_facts(facts_file)
    kinds = KINDS if kind is Kind.all else (kind.value,)
    results = [score(gold, predictions, k, strict=s) for k in kinds for s in (False, True)]
    if as_json:
        typer.echo(json.dumps([r.to_dict(errors=show_errors) for r in results], ensure_ascii=False, indent=1))
    else:
        for r in results:
            typer.echo(format_score(r, errors=show_errors and not r.strict))
    if min_f1 is not None and any(not r.strict and r.overall.f1 < min_f1 for r in results):
        raise typer.Exit(1)
