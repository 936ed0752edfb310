"""``policytext convert``: traditional -> simplified (or any OpenCC configuration), offsets kept."""

from __future__ import annotations

from functools import partial

import typer

from ..convert import OPENCC_CONFIGS, ConvertConfig, config_stem, convert, prepare
from . import options as opt
from .app import app
from .run import run


def convert_config(config: str = "t2s", convert_all: bool = False) -> ConvertConfig:
    if config_stem(config) not in OPENCC_CONFIGS:
        raise typer.BadParameter(f"{config!r} is not an OpenCC configuration; one of {', '.join(OPENCC_CONFIGS)}",
                                 param_hint="--config")
    return ConvertConfig(config=config, convert_all=convert_all)


@app.command("convert")
def convert_cli(
    inputs: opt.InputList = opt.Inputs,
    output: opt.OptPath = opt.Output,
    config: str = typer.Option("t2s", "--config", "-c", help=f"OpenCC configuration: {', '.join(OPENCC_CONFIGS)}."),
    convert_all: bool = typer.Option(False, "--all", help="Convert every line, even lines already in the target script (as the opencc command does)."),
    jobs: int = opt.Jobs,
    shard: str = opt.Shard,
    output_dir: opt.OptPath = opt.OutputDir,
    quiet: bool = opt.Quiet,
) -> None:
    """Detect the script (simplified, traditional, mixed) and convert only the lines in the source script."""
    stage_config = convert_config(config, convert_all)
    run(inputs, partial(convert, config=stage_config), output=output, jobs=jobs, quiet=quiet, shard=shard, output_dir=output_dir,
        initializer=partial(prepare, stage_config))
