"""Compose stages and map them over a stream of records, in order, in parallel.

Memory stays flat: at most ``2 * jobs`` chunks are in flight, however long
the input stream is.  Output order is input order, so ``--jobs 4`` writes
exactly what ``--jobs 1`` writes.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from functools import partial
from typing import Callable, Iterable, Iterator

from .errors import PolicytextError
from .record import error_record, is_error

Stage = Callable[[dict], dict]

def chain(*stages: Stage) -> Stage:
    """One stage that runs ``stages`` in order."""
    return partial(_run_chain, stages)

def _run_chain(stages: tuple[Stage, ...], record: dict) -> dict:
    for stage in stages:
        record = stage(record)
    return record

def guarded(stage: Callable[[dict], object], record: dict) -> object:
    """Run ``stage`` on one record; a failure becomes an error record, never lost output."""
    if is_error(record):
        return record
    try:
        return stage(record)
    except PolicytextError as exc:
        return error_record(record.get("id"), record.get("source", ""), _stage_name(stage), str(exc))
    except TimeoutError:
        return error_record(record.get("id"), record.get("source", ""), _stage_name(stage),
                            "a pattern took too long on this document (per-document time limit)")
    except RecursionError:
        return error_record(record.get("id"), record.get("source", ""), _stage_name(stage),
                            "document too deeply nested to process")
    except Exception as exc:  # noqa: BLE001 - a bug must not lose the rest of the batch; it is reported
        return error_record(record.get("id"), record.get("source", ""), _stage_name(stage),
                            f"internal error {type(exc).__name__}: {exc} (please report this document)")

def _stage_name(stage: object) -> str:
    while isinstance(stage, partial):
        stage = stage.func if stage.func is not _run_chain else stage.args[0][-1]
    return getattr(stage, "__name__", "stage")

def _run_chunk(stage: Callable, chunk: list[dict]) -> list:
    return [guarded(stage, r) for r in chunk]

def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1

def mp_context() -> multiprocessing.context.BaseContext:
    """``fork`` where the platform has it, so a model loaded before the pool is shared copy-on-write."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")

def _chunks(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for r in records:
        chunk.append(r)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

def map_records(stage: Callable, records: Iterable[dict], jobs: int = 1, chunksize: int = 4,
                initializer: Callable[[], None] | None = None) -> Iterator:
    """Yield ``stage(record)`` for every record, in input order."""
    if jobs <= 1:
        if initializer:
            initializer()
        for r in records:
            yield guarded(stage, r)
        return
    ctx = mp_context()
    with ctx.Pool(jobs, initializer=initializer) as pool:
        pending: deque = deque()
        for chunk in _chunks(records, chunksize):
            pending.append(pool.apply_async(_run_chunk, (stage, chunk)))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

__all__ = ["chain", "default_jobs", "guarded", "map_records", "mp_context"]
