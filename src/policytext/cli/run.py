"""The loop every subcommand shares: read inputs, map a stage, write, report.

stdout carries data only.  Errors go to stderr as one line naming the input
(``policytext: file:line: message``); the error record still goes to the
output so that no record is lost.  When stderr is a terminal a progress bar
shows documents, chars/s, facts and errors, and a summary line ends the run;
otherwise stderr carries only the error lines.

Exit status: 0 all good, 1 some inputs or documents failed, 2 usage error
(typer's own, or a ``typer.BadParameter`` raised here).
"""

from __future__ import annotations

import contextlib
import os
import sys
from functools import partial
from pathlib import Path
from typing import IO, Callable, Iterator

import typer

from ..io.read import iter_inputs
from ..io.write import write_jsonl
from ..pipeline import (Facts, RecordMapper, Tally, Writer, default_jobs, encode_jsonl, shard_records, tallied,
                        write_encoded)
from . import shard as sharding


def error_line(record: dict) -> str:
    """One line for stderr that names the input (``file`` or ``file:line``) and, for JSONL, the record."""
    err = record.get("error") or {}
    source = str(record.get("source") or "-")
    id = record.get("id")
    where = source if not id or str(id) in source else f"{source} ({id})"
    message = err.get("message", "failed") if isinstance(err, dict) else str(err)
    return " ".join(f"policytext: {where}: {message}".split())


def report_error(record: dict) -> None:
    sys.stderr.write(error_line(record) + "\n")
    sys.stderr.flush()


@contextlib.contextmanager
def open_output(output: Path | None) -> Iterator[IO[str]]:
    if output is None or str(output) == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        with open(output, "w", encoding="utf-8", newline="\n") as f:
            yield f


@contextlib.contextmanager
def progress_bar(enabled: bool, tally: Tally) -> Iterator[Callable[[], None]]:
    """A live line on stderr; ``update`` is cheap (rich redraws on its own clock)."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("starting", total=None)

        def update() -> None:
            rate = tally.chars / max(tally.seconds, 1e-9)
            progress.update(task, description=(
                f"{tally.documents:,} documents  {rate:,.0f} chars/s  {tally.facts:,} facts  {tally.errors:,} errors"))

        yield update


def _open_destination(stack: contextlib.ExitStack, destination, where: Path | None, option: str) -> IO[str]:
    """Open the output first of all, so a path that cannot be written is a usage error, not a traceback."""
    try:
        return stack.enter_context(destination)
    except OSError as exc:
        raise typer.BadParameter(f"cannot write {where}: {exc.strerror or exc}", param_hint=option) from None


def _counted(items: Iterator[dict], update: Callable[[], None]) -> Iterator[dict]:
    for item in items:
        yield item
        update()


def run(
    inputs: list[str] | None,
    stage: Callable[[dict], object],
    *,
    output: Path | None = None,
    jobs: int = 0,
    quiet: bool = False,
    facts: Facts | None = None,
    writer: Writer = write_jsonl,
    initializer: Callable[[], None] | None = None,
    shard: str | None = None,
    output_dir: Path | None = None,
) -> None:
    """Run ``stage`` over every record of ``inputs`` and exit with the right status.

    With ``facts`` given, each resulting record is turned into facts by it and
    those are written one per line; otherwise the records are written.  With
    ``shard`` (``K/N``) only that slice of the inputs is processed, into
    ``output_dir``, and a shard finished by an identical earlier run is skipped.
    """
    jobs = jobs or default_jobs()
    paths = list(inputs or ["-"])
    if shard is None and output_dir is not None:
        raise typer.BadParameter("--output-dir is for --shard; use --output for one file", param_hint="--output-dir")
    interactive = sys.stderr.isatty() and not quiet
    tally = Tally()
    if shard is None:
        records = iter_inputs(paths)
        destination = open_output(output)
    else:
        if writer is not write_jsonl:
            raise typer.BadParameter("--shard writes JSONL; drop --format", param_hint="--shard")
        the_shard, files, out = sharding.plan(paths, shard, output_dir, output)
        if out.done:
            finished = out.summary()
            if not quiet:
                sys.stderr.write(f"policytext: shard {the_shard.label} already complete ({out.marker}); skipped\n")
            raise typer.Exit(1 if finished.get("errors") else 0)
        records = shard_records(files, the_shard)
        destination = out.writing()
    try:
        with contextlib.ExitStack() as stack:
            f = _open_destination(stack, destination, output_dir if shard else output,
                                  "--output-dir" if shard else "--output")
            # The pool starts before the progress bar: forking once its thread runs could deadlock a worker.
            # JSONL is encoded by the workers; other formats need the items themselves.
            encode = partial(encode_jsonl, facts) if writer is write_jsonl else None
            mapper = stack.enter_context(RecordMapper(stage, jobs, initializer, encode=encode))
            update = stack.enter_context(progress_bar(interactive, tally))
            write = write_encoded if encode is not None else writer
            write(_counted(tallied(mapper(records), tally, facts, on_error=report_error), update), f)
    except BrokenPipeError:
        # `policytext … | head` closed stdout: stop quietly, as cat does; nothing failed.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1 if tally.errors else 0) from None
    if shard is not None:
        out.finish(tally.to_dict())
    if interactive:
        sys.stderr.write(tally.summary() + "\n")
    raise typer.Exit(1 if tally.errors else 0)
