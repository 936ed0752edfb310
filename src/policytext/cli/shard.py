"""``--shard K/N``: a deterministic slice of the inputs, written once.

The inputs are expanded to files and sorted; shard K of N takes every
N-th file starting at the K-th.  Output goes to ``DIR/shard-K-of-N.jsonl``
through a temporary file renamed at the end, then a ``.done`` marker is
written; a shard whose marker exists is skipped.  So Slurm arrays or GNU
parallel can rerun a job and only the unfinished shards do work.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import typer

from ..io.read import expand_inputs


@dataclass
class ShardPlan:
    label: str
    paths: list[str]
    output: Path
    tmp_output: Path
    marker: Path

    @property
    def done(self) -> bool:
        return self.marker.exists() and self.output.exists()

    def finish(self) -> None:
        os.replace(self.tmp_output, self.output)
        self.marker.write_text(f"{len(self.paths)} inputs\n", encoding="utf-8")


def parse(spec: str) -> tuple[int, int]:
    try:
        k, n = (int(x) for x in spec.split("/"))
    except ValueError:
        raise typer.BadParameter(f"--shard takes K/N, such as 3/10, not {spec!r}") from None
    if not (n >= 1 and 1 <= k <= n):
        raise typer.BadParameter(f"--shard {spec}: need 1 <= K <= N")
    return k, n


def plan(inputs: list[str], spec: str, output_dir: Path | None) -> ShardPlan:
    k, n = parse(spec)
    if output_dir is None:
        raise typer.BadParameter("--shard needs --output-dir for its per-shard output")
    files = sorted(p for p in expand_inputs(inputs) if p != "-")
    mine = [p for i, p in enumerate(files) if i % n == k - 1]
    output_dir.mkdir(parents=True, exist_ok=True)
    name = f"shard-{k:0{len(str(n))}d}-of-{n}"
    return ShardPlan(
        label=f"{k}/{n}",
        paths=mine,
        output=output_dir / f"{name}.jsonl",
        tmp_output=output_dir / f".{name}.jsonl.tmp",
        marker=output_dir / f"{name}.done",
    )
