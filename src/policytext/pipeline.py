"""Compose stages and map them over a stream of records: in order, in parallel, in shards.

* :func:`map_records` / :class:`RecordMapper` run a stage over records with a
  process pool.  Output order is input order, so ``jobs=4`` yields exactly
  what ``jobs=1`` yields.  Memory stays flat: at most ``2 * jobs`` chunks are
  in flight, however long the input stream is.
* :func:`guarded` turns a failing or pathological document into an error
  record (:class:`Limits` bounds the time and size of one document), so one
  bad page never stops a batch of a million.
* :class:`Shard` and :func:`run_shard` process a deterministic slice of the
  inputs and write it once, with a completion marker, so that Slurm arrays,
  GNU parallel or Dask (:mod:`policytext.distributed`) need nothing else.
* :func:`batch_command` names the CLI's stage chains for batch engines.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, NamedTuple

from .errors import DocumentError, PolicytextError
from .io.read import expand_inputs, jsonl_records, read_path
from .io.write import dumps
from .record import error_record, is_error

Stage = Callable[[dict], dict]
Facts = Callable[[dict], list]
Writer = Callable[[Iterable[dict], IO[str]], int]


def chain(*stages: Stage) -> Stage:
    """One stage that runs ``stages`` in order."""
    return partial(_run_chain, stages)


def _run_chain(stages: tuple[Stage, ...], record: dict) -> dict:
    for stage in stages:
        record = stage(record)
    return record


# --- one document, bounded -------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """Bounds on one document; a document past them becomes an error record.

    The time limit grows with the document: ``seconds`` plus one second per
    ``chars_per_second`` characters, so only a document processed far slower
    than any real one (a pattern that backtracks, a loop that never ends) is
    stopped; the slowest stage, segmentation, reads ~10,000 characters a
    second, five times the floor, so a loaded machine does not trip it.  It is enforced with ``SIGALRM`` where the stage runs in a
    process's main thread (``--jobs`` workers, ``--jobs 1``); elsewhere (Dask
    worker threads) the stages' own regex timeouts still apply.  0 turns a
    limit off.
    """

    seconds: float = 30.0
    chars_per_second: int = 2_000
    max_chars: int = 20_000_000

    def time_limit(self, record: dict) -> float:
        if not self.seconds:
            return 0.0
        return self.seconds + len(record.get("text") or "") / max(self.chars_per_second, 1)


class DocumentTimeout(DocumentError):
    """One document took longer than :class:`Limits` allow."""


def _raise_timeout(signum, frame) -> None:
    raise DocumentTimeout("document took longer than the per-document time limit")


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def guarded(stage: Callable[[dict], object], record: dict, limits: Limits = Limits()) -> object:
    """Run ``stage`` on one record; a failure becomes an error record, never lost output."""
    if is_error(record):
        return record
    name = _stage_name(stage)
    if limits.max_chars and len(record.get("text") or "") > limits.max_chars:
        return _failed(record, name, f"document longer than {limits.max_chars:,} characters (per-document limit)")
    try:
        with _alarm(limits.time_limit(record)):
            return stage(record)
    except DocumentTimeout as exc:
        return _failed(record, name, f"{exc} ({limits.time_limit(record):.0f} s)")
    except PolicytextError as exc:
        return _failed(record, name, str(exc))
    except TimeoutError:
        return _failed(record, name, "a pattern took too long on this document (per-document time limit)")
    except RecursionError:
        return _failed(record, name, "document too deeply nested to process")
    except Exception as exc:  # noqa: BLE001 - a stage bug must not lose the rest of the batch; it is reported
        return _failed(record, name, f"internal error {type(exc).__name__}: {exc} (please report this document)")


def _failed(record: dict, stage: str, message: str) -> dict:
    return error_record(record.get("id"), record.get("source", ""), stage, message)


def _stage_name(stage: object) -> str:
    while isinstance(stage, partial):
        stage = stage.func if stage.func is not _run_chain else stage.args[0][-1]
    return getattr(stage, "__name__", "stage")


# --- many documents, in parallel, in order ---------------------------------


def default_jobs() -> int:
    """The cores this process may use (its CPU affinity where the platform tells)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def mp_context() -> multiprocessing.context.BaseContext:
    """``fork`` where the platform has it, so a model loaded before the pool is shared copy-on-write."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _chunks(records: Iterable[dict], max_records: int, max_chars: int) -> Iterator[list[dict]]:
    """Batches small enough to balance two workers, large enough to amortise the pickling."""
    chunk: list[dict] = []
    chars = 0
    for r in records:
        chunk.append(r)
        chars += len(r.get("text") or "")
        if len(chunk) >= max_records or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _run_chunk(stage: Callable, limits: Limits, encode: Callable | None, chunk: list[dict]) -> list:
    results = [guarded(stage, r, limits) for r in chunk]
    return results if encode is None else [encode(r) for r in results]


class Encoded(NamedTuple):
    """One document's output as JSONL text, encoded where it was computed.

    Workers that encode their own output leave the parent nothing to do but
    write: a parent that decoded and re-encoded every record would cap what
    a second worker can add.
    """

    lines: str
    facts: int
    chars: int
    error: dict | None = None


def encode_jsonl(facts: Facts | None, result: dict) -> Encoded:
    """``result`` as the lines ``policytext`` writes: its facts (with ``facts``) or the record itself."""
    if is_error(result):
        return Encoded(dumps(_error_fact(result) if facts else result) + "\n", 0, 0, result)
    if facts:
        items = facts(result)
        count = len(items)
    else:
        items = [result]
        count = len(result.get("numbers") or ()) + len(result.get("targets") or ())
    return Encoded("".join(dumps(item) + "\n" for item in items), count, len(result.get("text") or ""))


def write_encoded(items: Iterable[Encoded], out: IO[str]) -> int:
    n = 0
    for item in items:
        out.write(item.lines)
        n += 1
    return n


def _ready() -> None:
    """A no-op task: its result says the pool's workers are up."""


def _worker_init(initializer: Callable[[], None] | None) -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides what to do.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer()


class RecordMapper:
    """A process pool that maps a stage over records, keeping input order.

    Use as a context manager so the pool starts before anything else (a
    progress bar's thread) and stops even when the consumer stops early
    (``| head``).  With ``fork``, ``initializer`` (loading a model) runs once
    in the parent before the pool starts and the workers share its memory
    copy-on-write; with ``spawn`` it runs once in each worker.

    ``encode`` (such as :func:`encode_jsonl`) runs on each result where the
    result was computed, so the parent only passes small strings on.

    A worker that dies (killed for memory, a crash in C code) does not hang
    the batch: the documents it held are retried one at a time in a fresh
    pool, and the one that kills a worker again becomes an error record.
    """

    def __init__(self, stage: Callable, jobs: int = 1, initializer: Callable[[], None] | None = None,
                 limits: Limits = Limits(), chunk_records: int = 64, chunk_chars: int = 64_000,
                 encode: Callable[[object], object] | None = None):
        self.stage = stage
        self.encode = encode
        self.jobs = max(jobs, 1)
        self.initializer = initializer
        self.limits = limits
        self.chunk_records = chunk_records
        self.chunk_chars = chunk_chars
        self._context = mp_context()
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "RecordMapper":
        if self.jobs == 1 or self._context.get_start_method() == "fork":
            if self.initializer is not None:
                self.initializer()
        if self.jobs > 1:
            self._pool = self._start_pool()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._pool is not None:
            self._shutdown(graceful=exc_type is None)

    def _start_pool(self) -> ProcessPoolExecutor:
        """A pool whose workers exist when it is returned, forked before any other thread starts."""
        forked = self._context.get_start_method() == "fork"
        pool = ProcessPoolExecutor(self.jobs, mp_context=self._context, initializer=_worker_init,
                                   initargs=(None if forked else self.initializer,))
        # Frozen objects are never touched by the workers' collector, so their pages stay shared.
        gc.freeze()
        try:
            pool.submit(_ready).result()  # with fork, the first task forks every worker
        finally:
            gc.unfreeze()
        return pool

    def _shutdown(self, graceful: bool) -> None:
        """Stop the pool; when the consumer went away (| head, Ctrl-C), drop the work not yet started.

        Workers are never killed: one killed while sending a result leaves half
        a message in the pipe, and the pool's reader would wait for the rest
        forever.  The chunks already handed out finish (they are bounded by
        the chunk size and the per-document limits), then the workers exit.
        """
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=not graceful)

    def __call__(self, records: Iterable[dict]) -> Iterator:
        """Yield the stage's result for every record, in input order."""
        if self._pool is None:
            for r in records:
                yield from _run_chunk(self.stage, self.limits, self.encode, [r])
            return
        pending: deque[tuple[list[dict], Future]] = deque()
        for chunk in _chunks(records, self.chunk_records, self.chunk_chars):
            pending.append((chunk, self._submit(chunk)))
            while len(pending) >= 2 * self.jobs:
                yield from self._collect(pending)
        while pending:
            yield from self._collect(pending)

    def _submit(self, chunk: list[dict]) -> Future:
        assert self._pool is not None
        return self._pool.submit(_run_chunk, self.stage, self.limits, self.encode, chunk)

    def _collect(self, pending: deque) -> list:
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            unfinished = [chunk] + [c for c, _ in pending]
            pending.clear()
            return self._retry_one_by_one(unfinished)

    def _retry_one_by_one(self, chunks: list[list[dict]]) -> list:
        """After a worker died: rerun each document alone so only the culprit fails."""
        self._shutdown(graceful=False)
        self._pool = self._start_pool()
        results = []
        for record in (r for chunk in chunks for r in chunk):
            try:
                results.extend(self._submit([record]).result())
            except BrokenProcessPool:
                failed = _failed(record, _stage_name(self.stage),
                                 "the worker process died on this document (out of memory or a crash)")
                results.append(failed if self.encode is None else self.encode(failed))
                self._shutdown(graceful=False)
                self._pool = self._start_pool()
        return results


def map_records(stage: Callable, records: Iterable[dict], jobs: int = 1,
                initializer: Callable[[], None] | None = None, limits: Limits = Limits()) -> Iterator:
    """Yield ``stage(record)`` (or an error record) for every record, in input order."""
    with RecordMapper(stage, jobs, initializer, limits) as mapper:
        yield from mapper(records)


# --- shards ----------------------------------------------------------------


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` of ``count`` (1-based), written as ``shard-K-of-N.jsonl``.

    Document ``d`` (0 for a text file, the d-th non-blank line of a JSONL
    file) of the input at position ``i`` in the sorted list of input files
    belongs to shard ``(i + d) mod N + 1``.  So text files are dealt round
    robin without being opened, the lines of one large JSONL file are
    spread over all shards, and a file's documents do not depend on the
    files before it.  Every shard reads the JSONL inputs but parses only its
    own lines.
    """

    index: int
    count: int

    @classmethod
    def parse(cls, spec: str) -> "Shard":
        try:
            k, n = (int(x) for x in spec.split("/"))
        except ValueError:
            raise ValueError(f"--shard takes K/N, such as 3/10, not {spec!r}") from None
        if not (n >= 1 and 1 <= k <= n):
            raise ValueError(f"--shard {spec}: need 1 <= K <= N")
        return cls(k, n)

    @property
    def label(self) -> str:
        return f"{self.index}/{self.count}"

    @property
    def name(self) -> str:
        return f"shard-{self.index:0{len(str(self.count))}d}-of-{self.count}"

    def owns(self, position: int, document: int = 0) -> bool:
        return (position + document) % self.count == self.index - 1


def input_files(inputs: Iterable[str]) -> list[str]:
    """The input files, sorted, so that shards do not depend on the order of the arguments."""
    return sorted(set(p for p in expand_inputs(inputs) if p != "-"))


def shard_files(files: list[str], shard: Shard) -> list[tuple[int, str]]:
    """``(position, path)`` of the files of :func:`input_files` that ``shard`` has to open, in order."""
    return [(i, p) for i, p in enumerate(files) if p.endswith(".jsonl") or shard.owns(i)]


def shard_records(files: Iterable[tuple[int, str]], shard: Shard) -> Iterator[dict]:
    """The records of ``shard``, in input order, from the list of :func:`shard_files`."""
    for position, path in files:
        if not path.endswith(".jsonl"):
            if shard.owns(position):
                yield from read_path(path)
            continue
        try:
            with open(path, "rb") as f:
                yield from jsonl_records(_own_lines(f, position, shard), path, Path(path).stem or path)
        except OSError as exc:
            if shard.owns(position):
                yield error_record(Path(path).stem or path, path, "read", (exc.strerror or str(exc)).lower())


def _own_lines(lines: Iterable[bytes], position: int, shard: Shard) -> Iterator[bytes]:
    # Other shards' lines become blank lines: not parsed, yet line numbers (ids, file:line) stay true.
    document = 0
    for line in lines:
        if not line.strip():
            yield line
            continue
        yield line if shard.owns(position, document) else b"\n"
        document += 1


@dataclass
class ShardOutput:
    """Where a shard writes, and whether an identical run already finished it.

    The output is written to a temporary file, renamed into place, then the
    ``.done`` marker is written with a fingerprint of the shard's inputs; a
    shard is skipped only when its marker matches the inputs it would read.
    """

    directory: Path
    shard: Shard
    fingerprint: str

    @classmethod
    def plan(cls, directory: str | Path, shard: Shard, files: list[tuple[int, str]]) -> "ShardOutput":
        digest = hashlib.sha256(f"{shard.label}\n".encode())
        for position, path in files:
            digest.update(f"{position}\t{path}\n".encode("utf-8", "surrogateescape"))
        return cls(Path(directory), shard, digest.hexdigest())

    @property
    def output(self) -> Path:
        return self.directory / f"{self.shard.name}.jsonl"

    @property
    def marker(self) -> Path:
        return self.directory / f"{self.shard.name}.done"

    def summary(self) -> dict:
        """What the finished run wrote in the marker (empty when there is no readable marker)."""
        try:
            summary = json.loads(self.marker.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return summary if isinstance(summary, dict) else {}

    @property
    def done(self) -> bool:
        return self.output.exists() and self.summary().get("inputs_sha256") == self.fingerprint

    @contextlib.contextmanager
    def writing(self) -> Iterator[IO[str]]:
        """A file to write the shard to; it replaces the output only if the block completes."""
        self.directory.mkdir(parents=True, exist_ok=True)
        self.marker.unlink(missing_ok=True)
        tmp = self.directory / f".{self.shard.name}.jsonl.{os.getpid()}.tmp"
        try:
            with open(tmp, "w", encoding="utf-8", newline="\n") as f:
                yield f
            os.replace(tmp, self.output)
        finally:
            tmp.unlink(missing_ok=True)

    def finish(self, summary: dict) -> None:
        self.marker.write_text(json.dumps({**summary, "inputs_sha256": self.fingerprint}) + "\n", encoding="utf-8")


@dataclass
class Tally:
    """What one run did: for progress, the summary line, the marker and the exit status."""

    documents: int = 0
    facts: int = 0
    errors: int = 0
    chars: int = 0
    started: float = 0.0

    def __post_init__(self) -> None:
        self.started = self.started or time.perf_counter()

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def summary(self) -> str:
        elapsed = self.seconds
        rate = self.chars / elapsed if elapsed > 0 else 0.0
        return (f"{self.documents} documents, {self.facts} facts, {self.errors} errors "
                f"in {elapsed:.1f} s ({rate:,.0f} chars/s)")

    def to_dict(self) -> dict:
        return {"documents": self.documents, "facts": self.facts, "errors": self.errors,
                "chars": self.chars, "seconds": round(self.seconds, 3)}


def tallied(results: Iterable, tally: Tally, facts: Facts | None = None,
            on_error: Callable[[dict], None] | None = None) -> Iterator[dict]:
    """The items to write for ``results``, counting them in ``tally`` as they pass.

    With ``facts``, each record becomes its facts (an error record becomes a
    line of kind ``error`` with its ``doc``, so it is not lost); otherwise
    records pass as they are.
    """
    for result in results:
        tally.documents += 1
        if isinstance(result, Encoded):
            if result.error is not None:
                tally.errors += 1
                if on_error is not None:
                    on_error(result.error)
            else:
                tally.chars += result.chars
                tally.facts += result.facts
            yield result
            continue
        if is_error(result):
            tally.errors += 1
            if on_error is not None:
                on_error(result)
            yield _error_fact(result) if facts else result
            continue
        tally.chars += len(result.get("text") or "")
        if facts:
            for fact in facts(result):
                tally.facts += 1
                yield fact
        else:
            tally.facts += len(result.get("numbers") or ()) + len(result.get("targets") or ())
            yield result


def _error_fact(record: dict) -> dict:
    """An error record in a stream of facts: shaped like a fact (``doc``, ``source``, ``kind``)."""
    return {"doc": record.get("id"), "source": record.get("source"), "kind": "error", "error": record.get("error")}


def run_shard(inputs: list[str], shard: Shard, output_dir: str | Path, stage: Callable,
              facts: Facts | None = None, initializer: Callable[[], None] | None = None,
              files: list[tuple[int, str]] | None = None, jobs: int = 1,
              limits: Limits = Limits()) -> dict:
    """Process shard ``shard`` of ``inputs`` into ``output_dir``; skip it if already done.

    Returns the shard's summary: ``documents``, ``facts``, ``errors``,
    ``chars``, ``seconds``, ``skipped`` and the ``output`` path.  ``files``
    (from :func:`shard_files`) saves expanding the inputs again.
    """
    files = shard_files(input_files(inputs), shard) if files is None else files
    out = ShardOutput.plan(output_dir, shard, files)
    if out.done:
        return {"shard": shard.label, "output": str(out.output), "skipped": True, **out.summary()}
    tally = Tally()
    encode = partial(encode_jsonl, facts)
    with RecordMapper(stage, jobs, initializer, limits, encode=encode) as mapper, out.writing() as f:
        write_encoded(tallied(mapper(shard_records(files, shard)), tally), f)
    summary = tally.to_dict()
    out.finish(summary)
    return {"shard": shard.label, "output": str(out.output), "skipped": False, **summary}


# --- the CLI's stage chains, by name ---------------------------------------


@dataclass(frozen=True)
class BatchCommand:
    """What a batch engine needs to run one subcommand: its stage, facts, model loader."""

    stage: Callable
    facts: Facts | None = None
    initializer: Callable[[], None] | None = None


def batch_command(name: str, segment: bool = False) -> BatchCommand:
    """The stage chain of subcommand ``name`` with default configs (``segment`` adds segmentation to extract).

    The initializer builds what the stages load once per process (see each stage's ``prepare``)."""
    if name == "clean":
        from .clean import clean, prepare
        return BatchCommand(clean, initializer=prepare)
    if name == "convert":
        from .convert import convert, prepare
        return BatchCommand(convert, initializer=prepare)
    if name == "extract-numbers":
        from .numbers import extract_numbers, prepare
        return BatchCommand(extract_numbers, initializer=prepare)
    if name == "extract-targets":
        from .targets import extract_targets, prepare
        return BatchCommand(extract_targets, initializer=prepare)
    if name == "segment":
        from .segment import SegmentConfig, load_model, segment as segment_stage
        return BatchCommand(segment_stage, initializer=partial(load_model, SegmentConfig()))
    if name == "extract":
        from .extract import ExtractConfig, extract, facts, prepare
        config = ExtractConfig()
        if segment:
            from .segment import SegmentConfig
            config = ExtractConfig(segment=SegmentConfig())
        return BatchCommand(partial(extract, config=config), facts, partial(prepare, config))
    raise ValueError(f"unknown command {name!r}: use one of {', '.join(COMMANDS)}")


COMMANDS = ("clean", "convert", "segment", "extract-numbers", "extract-targets", "extract")

__all__ = [
    "BatchCommand", "COMMANDS", "DocumentTimeout", "Encoded", "Limits", "RecordMapper", "Shard", "ShardOutput", "Tally",
    "batch_command", "chain", "default_jobs", "guarded", "input_files", "map_records", "mp_context", "run_shard",
    "shard_files", "shard_records", "tallied", "encode_jsonl", "write_encoded",
]
