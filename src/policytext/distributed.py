"""Run policytext on a Dask cluster (the optional extra ``policytext[dask]``).

One Dask task per shard (by default one per input file).  The client only
lists the input files and sends each task the paths it owns; the worker
reads them from a filesystem every worker sees, writes
``OUTPUT_DIR/shard-K-of-N.jsonl`` and its ``.done`` marker exactly as
``policytext … --shard K/N --output-dir OUTPUT_DIR`` does, and returns a
summary of a few numbers.  Documents never travel through the client, and a
rerun skips the shards that are already complete.

A model (pkuseg, for ``segment`` or ``extract`` with ``segment=True``) is
loaded once per worker process by a worker plugin, before the first task.

    from policytext.distributed import process_on_dask
    process_on_dask(["corpus/"], "out/", "extract", address="tcp://scheduler:8786")

Without ``address`` or ``client`` a local cluster with one worker process
per core is started for the call and closed after it.  Input paths must be
valid on the workers: absolute paths on a shared filesystem, or relative
to a working directory the workers share.
"""

from __future__ import annotations

import contextlib
import uuid
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .pipeline import BatchCommand, Limits, Shard, batch_command, default_jobs, input_files, run_shard, shard_files

try:
    from distributed import Client, LocalCluster, WorkerPlugin
except ImportError as exc:  # the extra is optional: say how to get it
    raise ImportError("policytext.distributed needs Dask: install policytext[dask] "
                      "(pip install 'policytext[dask]' or uv sync --extra dask)") from exc

MAX_DEFAULT_TASKS = 10_000


class LoadModel(WorkerPlugin):
    """Load the model in each worker once, when the worker starts (or joins later)."""

    name = "policytext-load-model"

    def __init__(self, initializer: Callable[[], None]):
        self.initializer = initializer

    def setup(self, worker) -> None:
        self.initializer()


def process_on_dask(
    inputs: Iterable[str],
    output_dir: str | Path,
    command: str | BatchCommand = "extract",
    *,
    client: Client | None = None,
    address: str | None = None,
    shards: int | None = None,
    segment: bool = False,
    limits: Limits = Limits(),
) -> list[dict]:
    """Process ``inputs`` on Dask into ``output_dir``; return one summary per shard, in shard order.

    ``command`` is a subcommand name (``clean``, ``convert``, ``segment``,
    ``extract-numbers``, ``extract-targets``, ``extract``) or a
    :class:`~policytext.pipeline.BatchCommand` with your own stage configs.
    ``shards`` defaults to one per input file (at most 10,000).  Each summary
    holds ``shard``, ``output``, ``skipped``, ``documents``, ``facts``,
    ``errors``, ``chars`` and ``seconds``.
    """
    job = batch_command(command, segment=segment) if isinstance(command, str) else command
    files = input_files(inputs)
    count = shards or max(1, min(len(files), MAX_DEFAULT_TASKS))
    if client is None:
        with _own_client(address) as own:
            return _submit_all(own, job, files, count, Path(output_dir), limits)
    return _submit_all(client, job, files, count, Path(output_dir), limits)


@contextlib.contextmanager
def _own_client(address: str | None) -> Iterator[Client]:
    """A client for this call only: to ``address``, or to a local cluster started and stopped here."""
    if address is not None:
        with Client(address) as client:
            yield client
        return
    # One single-threaded worker per core: the stages are CPU-bound Python.
    with LocalCluster(n_workers=default_jobs(), threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def _submit_all(client: Client, job: BatchCommand, files: list[str], count: int, output_dir: Path,
                limits: Limits) -> list[dict]:
    if job.initializer is not None:
        client.register_plugin(LoadModel(job.initializer))
    output_dir = output_dir.resolve()  # workers may run elsewhere: give them an absolute path
    run_id = uuid.uuid4().hex[:8]  # a fresh key per call: never a result cached from an earlier run
    futures = []
    for k in range(1, count + 1):
        shard = Shard(k, count)
        task = partial(run_shard, [], shard, output_dir, job.stage, job.facts,
                       files=shard_files(files, shard), limits=limits)
        futures.append(client.submit(task, key=f"policytext-{shard.name}-{run_id}"))
    return client.gather(futures)


__all__ = ["LoadModel", "process_on_dask"]
