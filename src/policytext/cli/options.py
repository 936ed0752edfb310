"""Option types shared by every subcommand, defined once."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

Inputs = typer.Argument(None, help="Files, directories (*.txt, *.jsonl, recursively), globs, or - for stdin. Default: stdin.", show_default=False)
Output = typer.Option(None, "--output", "-o", help="Write to FILE instead of stdout.", dir_okay=False, writable=True)
Jobs = typer.Option(0, "--jobs", "-j", help="Worker processes; 0 means one per core.", min=0)
Shard = typer.Option(None, "--shard", help="Process only shard K of N (K/N, 1-based) of the inputs; needs --output-dir.", metavar="K/N")
OutputDir = typer.Option(None, "--output-dir", help="With --shard: write DIR/shard-K-of-N.jsonl and a .done marker; finished shards are skipped.", file_okay=False)
Quiet = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary line on stderr (errors are still reported).")

InputList = Optional[List[str]]
OptPath = Optional[Path]
