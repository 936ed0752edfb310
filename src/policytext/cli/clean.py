"""``policytext clean``: remove page noise, keep the prose, record every change."""

from __future__ import annotations

from functools import partial

import typer

from ..clean import CleanConfig, clean, prepare
from . import options as opt
from .app import app
from .run import run


def clean_config(keep_boilerplate: bool = False) -> CleanConfig:
    return CleanConfig(remove_boilerplate=not keep_boilerplate)


@app.command("clean")
def clean_cli(
    inputs: opt.InputList = opt.Inputs,
    output: opt.OptPath = opt.Output,
    keep_boilerplate: bool = typer.Option(False, "--keep-boilerplate", help="Keep page furniture (navigation, share widgets, footers, related-article lists)."),
    jobs: int = opt.Jobs,
    shard: str = opt.Shard,
    output_dir: opt.OptPath = opt.OutputDir,
    quiet: bool = opt.Quiet,
) -> None:
    """Clean scraped text: pinyin annotations, whitespace, punctuation, markup, boilerplate, broken paragraphs."""
    config = clean_config(keep_boilerplate)
    run(inputs, partial(clean, config=config), output=output, jobs=jobs, quiet=quiet, shard=shard, output_dir=output_dir,
        initializer=prepare)
