"""``policytext extract-targets``: the stated goals, with deadline, metric, comparator and value."""

from __future__ import annotations

from functools import partial

from ..targets import TargetsConfig, extract_targets, prepare
from . import options as opt
from .app import app
from .run import run


@app.command("extract-targets")
def extract_targets_cli(
    inputs: opt.InputList = opt.Inputs,
    output: opt.OptPath = opt.Output,
    jobs: int = opt.Jobs,
    shard: str = opt.Shard,
    output_dir: opt.OptPath = opt.OutputDir,
    quiet: bool = opt.Quiet,
) -> None:
    """Add "targets" to each record (SPEC section 3); numbers are extracted first when missing."""
    run(inputs, partial(extract_targets, config=TargetsConfig()), output=output, jobs=jobs, quiet=quiet,
        shard=shard, output_dir=output_dir, initializer=prepare)
