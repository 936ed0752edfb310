"""Option types shared by every subcommand, defined once."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

Inputs = typer.Argument(
    None, metavar="FILES", show_default=False,
    help="Files, directories (*.txt, *.jsonl, recursively), globs, or - for stdin. Default: stdin.")
Output = typer.Option(None, "--output", "-o", metavar="FILE", dir_okay=False, writable=True,
                      help="Write to FILE instead of stdout.")
Jobs = typer.Option(
    0, "--jobs", "-j", metavar="N", min=0,
    help="Worker processes; 0 means one per core. The output is the same, in the same order, for any N.")
Shard = typer.Option(
    None, "--shard", metavar="K/N",
    help="Process only shard K of N (1-based) of the input documents; needs --output-dir. "
         "Run K = 1..N anywhere (a Slurm array, GNU parallel) and together they hold the whole output.")
OutputDir = typer.Option(
    None, "--output-dir", metavar="DIR", file_okay=False,
    help="With --shard: write DIR/shard-K-of-N.jsonl, then a .done marker; a rerun skips a finished shard.")
Quiet = typer.Option(False, "--quiet", "-q",
                     help="No progress bar and no summary line on stderr (errors are still reported).")

InputList = Optional[List[str]]
OptPath = Optional[Path]
