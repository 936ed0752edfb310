"""Run ``policytext extract`` on Dask: on a local cluster, or on a real one by its scheduler address.

    uv run --extra dask python examples/dask_extract.py seeds/ --output-dir examples/out/dask
    uv run --extra dask python examples/dask_extract.py /data/pages --output-dir /data/facts \\
        --scheduler tcp://scheduler:8786 --shards 500

One task per shard (default: one per input file).  The workers read the
input files themselves and write OUTPUT_DIR/shard-K-of-N.jsonl with a .done
marker, so paths must be visible to every worker (a shared filesystem).
Only a few numbers per shard come back to this script.  Run it again and the
finished shards are skipped.  With --segment the pkuseg model is loaded once
per worker process (~820 MB each: give workers the memory).
"""

from __future__ import annotations

import argparse
import time

from policytext.distributed import process_on_dask


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="files, directories or globs, as for the CLI")
    parser.add_argument("--output-dir", required=True, help="where shard-K-of-N.jsonl files go")
    parser.add_argument("--scheduler", help="a Dask scheduler address; default: a local cluster, one worker per core")
    parser.add_argument("--shards", type=int, help="number of tasks; default: one per input file")
    parser.add_argument("--command", default="extract", help="subcommand to run (default: extract)")
    parser.add_argument("--segment", action="store_true", help="with extract: also segment (loads pkuseg per worker)")
    args = parser.parse_args()

    started = time.perf_counter()
    summaries = process_on_dask(args.inputs, args.output_dir, args.command, address=args.scheduler,
                                shards=args.shards, segment=args.segment)
    for s in summaries:
        state = "skipped (already complete)" if s["skipped"] else f"{s['seconds']:.1f} s"
        print(f"shard {s['shard']:>9}: {s['documents']} documents, {s['facts']} facts, {s['errors']} errors, {state}")
    total = {k: sum(s[k] for s in summaries) for k in ("documents", "facts", "errors", "chars")}
    print(f"{total['documents']} documents, {total['facts']} facts, {total['errors']} errors "
          f"in {time.perf_counter() - started:.1f} s -> {args.output_dir}")


if __name__ == "__main__":
    main()
