"""Benchmark ``policytext segment``: accuracy on SIGHAN 2005, speed, memory, overhead.

usage: uv run python benchmarks/segment_bench.py [--bench-dir DIR] [--engine pkuseg|jieba|all] [--limit N]

Reports, for one engine per process (``--engine all`` runs one process each,
so that peak memory is the engine's own):

* word F1 on the SIGHAN 2005 PKU test gold: the bare engine, and ``segment``
  with the domain dictionary (it must not be lower than the bare engine);
  the same on MSR, which played no part in choosing the dictionary's terms;
* word F1 on CityU (traditional): without and with t2s before segmenting;
* chars/s of the bare engine and of ``segment`` on the same PKU text, and the
  overhead of ``segment`` over the bare engine;
* peak RSS of the process.

The SIGHAN data is looked for in ``../shared/bench/sighan2005`` beside the
repository (or ``--bench-dir``); it is measured against, never shipped.  The
jieba engine needs jieba: ``uv run --with jieba python benchmarks/segment_bench.py --engine jieba``.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

from policytext.segment import ENGINES, SegmentConfig, SegmenterUnavailable, load_model, segment

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"


def read_gold(path: Path, limit: int | None) -> list[list[str]]:
    sentences = [line.split() for line in path.read_text(encoding="utf-8").splitlines()]
    sentences = [words for words in sentences if words]
    return sentences[:limit] if limit else sentences


def word_spans(words: list[str]) -> set[tuple[int, int]]:
    spans, pos = set(), 0
    for w in words:
        spans.add((pos, pos + len(w)))
        pos += len(w)
    return spans


def f1(gold: list[list[str]], predicted: list[list[str]]) -> tuple[float, float, float]:
    hit = n_pred = n_gold = 0
    for g, p in zip(gold, predicted):
        gs, ps = word_spans(g), word_spans(p)
        hit += len(gs & ps)
        n_pred += len(ps)
        n_gold += len(gs)
    precision, recall = hit / n_pred, hit / n_gold
    return precision, recall, 2 * precision * recall / (precision + recall)


def timed(cut, texts: list[str]) -> tuple[list[list[str]], float]:
    started = time.perf_counter()
    out = [cut(t) for t in texts]
    return out, time.perf_counter() - started


def paired(bare, ours, texts: list[str]) -> tuple[list[list[str]], list[list[str]], float, float]:
    """Run both on each text in turn, alternating which goes first, so that load from other
    processes on the machine falls on both alike; return both outputs and total times."""
    bare_out, ours_out = [], []
    bare_time = ours_time = 0.0
    for i, text in enumerate(texts):
        for which in ((0, 1) if i % 2 == 0 else (1, 0)):
            started = time.perf_counter()
            if which == 0:
                bare_out.append(bare(text))
                bare_time += time.perf_counter() - started
            else:
                ours_out.append(ours(text))
                ours_time += time.perf_counter() - started
    return bare_out, ours_out, bare_time, ours_time


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def bench_engine(engine: str, sighan: Path, limit: int | None, rounds: int) -> None:
    config = SegmentConfig(engine=engine)
    bare_config = SegmentConfig(engine=engine, domain_terms=False, convert_traditional=False)
    started = time.perf_counter()
    model = load_model(config)
    load_model(bare_config)
    print(f"[{engine}] model loaded in {time.perf_counter() - started:.1f} s, RSS {peak_rss_mb():.0f} MB")

    def run(cfg: SegmentConfig):
        return lambda text: segment(text, cfg)["tokens"]

    rows = []
    pku = read_gold(sighan / "pku_test_gold.utf8", limit)
    pku_texts = ["".join(words) for words in pku]
    chars = sum(map(len, pku_texts))
    bare_time = ours_time = float("inf")
    for _ in range(rounds):  # best of N; the first round warms caches
        bare_pred, ours_pred, bare_t, ours_t = paired(model.cut, run(config), pku_texts)
        bare_time, ours_time = min(bare_time, bare_t), min(ours_time, ours_t)
    rows.append(("PKU", f"bare {engine}", f1(pku, bare_pred)))
    rows.append(("PKU", "segment (domain terms)", f1(pku, ours_pred)))

    # MSR played no part in choosing the dictionary's entries: a held-out check.
    msr = read_gold(sighan / "msr_test_gold.utf8", limit)
    msr_texts = ["".join(words) for words in msr]
    rows.append(("MSR", f"bare {engine}", f1(msr, timed(model.cut, msr_texts)[0])))
    rows.append(("MSR", "segment (domain terms)", f1(msr, timed(run(config), msr_texts)[0])))

    cityu = read_gold(sighan / "cityu_test_gold.utf8", limit)
    cityu_texts = ["".join(words) for words in cityu]
    rows.append(("CityU", f"bare {engine} (no t2s)", f1(cityu, timed(model.cut, cityu_texts)[0])))
    no_t2s = SegmentConfig(engine=engine, convert_traditional=False)
    rows.append(("CityU", "segment without t2s", f1(cityu, timed(run(no_t2s), cityu_texts)[0])))
    rows.append(("CityU", "segment (t2s, domain terms)", f1(cityu, timed(run(config), cityu_texts)[0])))

    print(f"{'corpus':7} {'variant':32} {'P':>7} {'R':>7} {'F1':>7}")
    for corpus, variant, (p, r, f) in rows:
        print(f"{corpus:7} {variant:32} {100 * p:7.2f} {100 * r:7.2f} {100 * f:7.2f}")
    overhead = 100 * (ours_time - bare_time) / bare_time
    print(f"[{engine}] speed on PKU ({chars:,} chars, best of {rounds}): bare {chars / bare_time:,.0f} chars/s, "
          f"segment {chars / ours_time:,.0f} chars/s, overhead {overhead:+.1f}%")
    print(f"[{engine}] peak RSS {peak_rss_mb():.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH, help="directory holding sighan2005/")
    parser.add_argument("--engine", choices=(*ENGINES, "all"), default="pkuseg")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences of each corpus")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds (best of N; the first warms caches)")
    args = parser.parse_args()
    sighan = args.bench_dir / "sighan2005"
    if not (sighan / "pku_test_gold.utf8").exists():
        print(f"SIGHAN 2005 test gold not found in {sighan}: nothing to measure "
              "(put icwb2-data's *_test_gold.utf8 there or pass --bench-dir)")
        return 0
    if args.engine == "all":
        status = 0
        for engine in ENGINES:
            cmd = [sys.executable, __file__, "--bench-dir", str(args.bench_dir), "--engine", engine,
                   "--rounds", str(args.rounds)] + (["--limit", str(args.limit)] if args.limit else [])
            status |= subprocess.call(cmd)
        return status
    try:
        bench_engine(args.engine, sighan, args.limit, args.rounds)
    except SegmenterUnavailable as exc:
        print(f"[{args.engine}] skipped: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
