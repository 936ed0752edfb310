"""``policytext extract-numbers``: every quantity, date and duration, normalised and traceable."""

from __future__ import annotations

from functools import partial

from ..numbers import NumbersConfig, extract_numbers, prepare
from . import options as opt
from .app import app
from .run import run


@app.command("extract-numbers")
def extract_numbers_cli(
    inputs: opt.InputList = opt.Inputs,
    output: opt.OptPath = opt.Output,
    jobs: int = opt.Jobs,
    shard: str = opt.Shard,
    output_dir: opt.OptPath = opt.OutputDir,
    quiet: bool = opt.Quiet,
) -> None:
    """Add "numbers" to each record: amounts, percentages, counts, measures, dates, durations (SPEC section 2)."""
    run(inputs, partial(extract_numbers, config=NumbersConfig()), output=output, jobs=jobs, quiet=quiet,
        shard=shard, output_dir=output_dir, initializer=prepare)
