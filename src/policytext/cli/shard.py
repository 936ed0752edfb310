"""``--shard K/N`` on the command line: check the flags, then let the pipeline do the work.

The slice, the per-shard output and its ``.done`` marker are
:class:`policytext.pipeline.Shard` and :class:`policytext.pipeline.ShardOutput`;
this module turns their rules into usage errors (exit status 2).
"""

from __future__ import annotations

from pathlib import Path

import typer

from ..pipeline import Shard, ShardOutput, input_files, shard_files


def parse(spec: str) -> Shard:
    try:
        return Shard.parse(spec)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--shard") from None


def plan(inputs: list[str], spec: str, output_dir: Path | None, output: Path | None) -> tuple[Shard, list, ShardOutput]:
    """The shard, the files it reads and where it writes; a usage error if the flags do not fit."""
    shard = parse(spec)
    if output_dir is None:
        raise typer.BadParameter("--shard needs --output-dir for its per-shard output", param_hint="--shard")
    if output is not None:
        raise typer.BadParameter("with --shard the output goes to --output-dir; drop --output", param_hint="--output")
    if "-" in inputs:
        raise typer.BadParameter("--shard slices files; it cannot slice stdin (-)", param_hint="--shard")
    files = shard_files(input_files(inputs), shard)
    return shard, files, ShardOutput.plan(output_dir, shard, files)
