"""The loop every subcommand shares: read inputs, map a stage, write, report.

stdout carries data only.  Errors go to stderr as one line naming the input
(``policytext: file:line: message``); the error record still goes to the
output so that no record is lost.  A progress bar and a summary line go to
stderr when it is a terminal.
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

import typer

from ..io.read import iter_inputs
from ..io.write import write_jsonl
from ..pipeline import default_jobs, map_records
from ..record import is_error
from . import shard as sharding

Writer = Callable[[Iterable[dict], IO[str]], int]


class Tally:
    """What one run did, for the progress bar, the summary and the exit status."""

    def __init__(self) -> None:
        self.documents = 0
        self.facts = 0
        self.errors = 0
        self.chars = 0
        self.started = time.perf_counter()

    def summary(self) -> str:
        elapsed = time.perf_counter() - self.started
        rate = self.chars / elapsed if elapsed > 0 else 0.0
        return (f"{self.documents} documents, {self.facts} facts, {self.errors} errors "
                f"in {elapsed:.1f} s ({rate:,.0f} chars/s)")


def report_error(record: dict) -> None:
    err = record.get("error") or {}
    where = record.get("source") or record.get("id") or "-"
    message = err.get("message", "failed") if isinstance(err, dict) else str(err)
    sys.stderr.write(f"policytext: {where}: {message}\n")
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
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("starting", total=None)

        def update() -> None:
            elapsed = max(time.perf_counter() - tally.started, 1e-9)
            progress.update(task, description=(
                f"{tally.documents} documents  {tally.chars / elapsed:,.0f} chars/s  "
                f"{tally.facts} facts  {tally.errors} errors"))

        yield update


def run(
    inputs: list[str] | None,
    stage: Callable[[dict], object],
    *,
    output: Path | None = None,
    jobs: int = 0,
    quiet: bool = False,
    facts: Callable[[dict], list[dict]] | None = None,
    writer: Writer = write_jsonl,
    initializer: Callable[[], None] | None = None,
    shard: str | None = None,
    output_dir: Path | None = None,
) -> None:
    """Run ``stage`` over every record of ``inputs`` and exit with the right status.

    With ``facts`` given, each resulting record is turned into facts by it and
    those are written one per line; otherwise the records are written.
    """
    jobs = jobs or default_jobs()
    paths = list(inputs or ["-"])
    if shard is not None:
        plan = sharding.plan(paths, shard, output_dir)
        if plan.done:
            sys.stderr.write(f"policytext: shard {plan.label} already complete ({plan.marker}); skipped\n")
            raise typer.Exit(0)
        paths, output = plan.paths, plan.tmp_output
    tally = Tally()
    interactive = sys.stderr.isatty() and not quiet
    results = map_records(stage, iter_inputs(paths), jobs=jobs, initializer=initializer)

    def items(update: Callable[[], None]) -> Iterator[dict]:
        for result in results:
            tally.documents += 1
            if isinstance(result, dict) and is_error(result):
                tally.errors += 1
                report_error(result)
                yield {"kind": "error", **result} if facts else result
                update()
                continue
            tally.chars += len(result.get("text") or "")
            if facts:
                for fact in facts(result):
                    tally.facts += 1
                    yield fact
            else:
                tally.facts += len(result.get("numbers") or ()) + len(result.get("targets") or ())
                yield result
            update()

    with progress_bar(interactive, tally) as update, open_output(output) as out:
        writer(items(update), out)
    if shard is not None:
        plan.finish()
    if interactive:
        sys.stderr.write(tally.summary() + "\n")
    raise typer.Exit(1 if tally.errors else 0)
