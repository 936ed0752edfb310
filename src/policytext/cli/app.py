"""The typer application and the entry point."""

from __future__ import annotations

import os
import sys

import typer

from .. import __version__

app = typer.Typer(
    name="policytext",
    help="Clean Chinese industrial-policy text and extract traceable quantities and policy targets.\n\n"
    "Every subcommand reads files, directories, globs or stdin (-) and writes JSONL to stdout. "
    "Exit status: 0 all good, 1 some inputs or documents failed, 2 usage error.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"policytext {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """policytext: clean Chinese policy text and extract traceable facts."""


def _register() -> None:
    from . import commands  # noqa: F401  (registers the subcommands on ``app``)


def main() -> None:
    _register()
    try:
        app()
    except BrokenPipeError:
        # `policytext ... | head` closed our stdout: end quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
