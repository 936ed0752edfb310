"""Throughput (chars/s) and peak memory of every stage and of ``extract``, beside jionlp.

    uv run python benchmarks/bench.py            # print the figures
    uv run python benchmarks/bench.py --write    # and record them in benchmarks/RESULTS.md

The corpus is the seeds plus ``../shared/corpus`` (when it is there: a clone
of the repository alone has only the seeds, and the script says so), read
once into JSONL and repeated ``--repeat`` times so that each measurement
runs long enough to mean something.  Each measurement runs in a fresh
process; its peak memory is the highest total PSS (proportional set size:
pages shared copy-on-write by forked workers count once) of the process
and its workers, sampled every 20 ms from outside.

Stage rows time the stage alone on the previous stage's output (segmentation,
~100x slower than the rest, on a tenth of it), after one
warm-up document (lazy tables, the segmentation model) and including the
start of the worker pool.  ``policytext extract`` rows time the installed
command end to end, start-up included.

jionlp (``clean_text`` + ``ner.extract_money`` + ``ner.extract_time``) runs
in its own environment, ``benchmarks/.venv-jionlp``, created here with uv on
first use; it is never a dependency of policytext.  It runs over the
unrepeated corpus (so no cache of its own can flatter it), and so does the
policytext ``extract`` it is compared with.

These are figures, not tests: nothing here fails on a slow machine.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = ROOT / "seeds"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
JIONLP_VENV = HERE / ".venv-jionlp"
RESULTS = HERE / "RESULTS.md"

# stage -> the stage whose output it reads (None: the corpus as read from the files)
STAGE_INPUT = {
    "clean": None,
    "convert": "clean",
    "segment": "convert",
    "extract-numbers": "convert",
    "extract-targets": "extract-numbers",
    "extract": None,
}


# the memory-flatness rows run on the repeated corpus and on this many copies of it
FLAT_FACTOR = 10
# the command rows run on this many copies, so that start-up (~1 s) weighs as little as in real batches
COMMAND_FACTOR = 4

# pkuseg reads ~12k chars/s: time segmentation on this share of the repeated corpus only
SLOW_STAGES = {"segment": 10}


# --- the measured process -----------------------------------------------------


# A sentence outside the corpus for the warm-up (from the issue: two targets with deadline 2025).
WARM_UP_TEXT = "力争到2025年，清洁能源装备制造产业产值突破1000亿元、集群化配套率达50%以上。"


def measure_stage(stage_name: str, jobs: int, path: str) -> dict:
    """Run one stage over a JSONL file with ``jobs`` processes; chars and documents in, seconds."""
    from policytext.io.read import iter_inputs
    from policytext.pipeline import RecordMapper, batch_command
    from policytext.record import is_error

    command = batch_command(stage_name)
    counted = {"documents": 0, "chars": 0, "errors": 0}

    def records():
        for record in iter_inputs([path]):
            counted["documents"] += 1
            counted["chars"] += len(record.get("text") or "")
            yield record

    # Warm up as a batch starts: the stage's prepare() (the initializer) and one short document that is
    # not in the measured set, so no measured line is in a per-line cache before its turn.
    with RecordMapper(command.stage, 1, command.initializer) as warm:
        list(warm([{"id": "warm-up", "source": "-", "text": WARM_UP_TEXT}]))
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    with RecordMapper(command.stage, jobs, command.initializer) as mapper:
        for result in mapper(records()):
            counted["errors"] += is_error(result)
    return {**counted, "seconds": time.perf_counter() - started, "cpu": _cpu_seconds() - cpu_before}


def _cpu_seconds() -> float:
    """CPU time of this process and of the children it has waited for (the pool's workers, once joined)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# --- measuring from outside ---------------------------------------------------


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.append(int(entry.name))
    return kids


def _pss_kb(pid: int) -> int:
    for name, label in (("smaps_rollup", b"Pss:"), ("status", b"VmRSS:")):
        try:
            with open(f"/proc/{pid}/{name}", "rb") as f:
                for line in f:
                    if line.startswith(label):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0


def _tree_pss_kb(root: int) -> int:
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss_kb(pid)
        todo.extend(_children(pid))
    return total


def run_measured(argv: list[str]) -> tuple[str, float, float, float]:
    """Run ``argv``; return its stdout, wall seconds, CPU seconds and peak total PSS (MB) with its workers.

    Sampling walks /proc ten times a second: often enough for runs of seconds,
    rarely enough not to steal a core from what it measures.
    """
    peak = 0
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.1):
            peak = max(peak, _tree_pss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    if os.path.isdir("/proc"):
        sampler.start()
    out, _ = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    if sampler.is_alive():
        sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"benchmark step failed ({proc.returncode}): {' '.join(argv)}")
    return out, wall, _cpu_seconds() - cpu_before, peak / 1024


# --- the corpus -----------------------------------------------------------------


def corpus_files(extra: list[Path]) -> tuple[list[Path], str]:
    files = sorted(SEEDS.glob("*.txt"))
    dirs = extra or ([SHARED_CORPUS] if SHARED_CORPUS.is_dir() else [])
    if not dirs:
        print(f"note: {SHARED_CORPUS} is absent; the corpus is the {len(files)} seeds only", file=sys.stderr)
    for d in dirs:
        files += sorted(d.glob("*.txt"))
    where = "seeds/" + "".join(f" + {os.path.relpath(d, ROOT)}/" for d in dirs)
    return files, where


def write_corpus(files: list[Path], workdir: Path, repeat: int) -> tuple[Path, Path]:
    """The corpus as read (once, and repeated ``repeat`` times with distinct ids), as JSONL."""
    from policytext.io.read import iter_inputs
    from policytext.io.write import dumps

    records = [r for r in iter_inputs([str(f) for f in files]) if "error" not in r]
    base, repeated = workdir / "corpus.jsonl", workdir / f"corpus-x{repeat}.jsonl"
    with open(base, "w", encoding="utf-8") as f:
        f.writelines(dumps(r) + "\n" for r in records)
    with open(repeated, "w", encoding="utf-8") as f:
        for copy in range(repeat):
            f.writelines(dumps({**r, "id": f"{r['id']}~{copy}"}) + "\n" for r in records)
    return base, repeated


def stage_inputs(repeated: Path, workdir: Path, stages: list[str]) -> dict[str, Path]:
    """Each stage's input: the output of the stage before it, computed once."""
    from policytext.io.read import iter_inputs
    from policytext.io.write import write_jsonl
    from policytext.pipeline import batch_command, default_jobs, map_records

    outputs: dict[str | None, Path] = {None: repeated}

    def output_of(name: str | None) -> Path:
        if name not in outputs:
            source = output_of(STAGE_INPUT[name])
            command = batch_command(name)
            path = workdir / f"{name}.jsonl"
            with open(path, "w", encoding="utf-8") as f:
                write_jsonl(map_records(command.stage, iter_inputs([str(source)]), default_jobs()), f)
            outputs[name] = path
        return outputs[name]

    inputs = {name: output_of(STAGE_INPUT[name]) for name in stages}
    for name, share in SLOW_STAGES.items():
        if name in inputs:
            inputs[name] = first_share(inputs[name], share, workdir / f"{name}-input.jsonl")
    return inputs


def first_share(path: Path, share: int, out: Path) -> Path:
    """The first 1/``share`` of a JSONL file's lines, for a stage too slow to time on all of them."""
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    out.write_text("".join(lines[: max(1, len(lines) // share)]), encoding="utf-8")
    return out


def jionlp_python() -> Path | None:
    python = JIONLP_VENV / "bin" / "python"
    if not python.exists():
        uv = shutil.which("uv")
        if uv is None:
            print("note: uv not found; skipping jionlp", file=sys.stderr)
            return None
        subprocess.run([uv, "venv", "-q", str(JIONLP_VENV), "--python", f"{sys.version_info[0]}.{sys.version_info[1]}"],
                       check=True)
        subprocess.run([uv, "pip", "install", "-q", "--python", str(python), "jionlp"], check=True)
    return python


# --- the report -------------------------------------------------------------------


def row(what: str, jobs: int, chars: int, documents: int, seconds: float, cpu: float, peak_mb: float) -> dict:
    return {"what": what, "jobs": jobs, "documents": documents, "chars": chars, "seconds": seconds, "cpu": cpu,
            "rate": chars / seconds if seconds else 0.0, "cpu_rate": chars / cpu if cpu else 0.0, "peak_mb": peak_mb}


def table(rows: list[dict]) -> str:
    lines = ["| what | jobs | documents | chars | seconds | chars/s | CPU s | chars per CPU s | peak memory (PSS, MB) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['what']} | {r['jobs']} | {r['documents']:,} | {r['chars']:,} | {r['seconds']:.2f} | "
                     f"{r['rate']:,.0f} | {r['cpu']:.2f} | {r['cpu_rate']:,.0f} | {r['peak_mb']:,.0f} |")
    return "\n".join(lines)


OURS_X1 = "`extract` (in-process), corpus x1"
JIONLP_X1 = "jionlp `clean_text` + `extract_money` + `extract_time`, corpus x1"


def ratios(rows: list[dict]) -> list[str]:
    by = {(r["what"], r["jobs"]): r for r in rows}
    out = []
    ours, theirs = by.get((OURS_X1, 1)), by.get((JIONLP_X1, 1))
    if ours and theirs:
        out.append(f"- `extract` vs the jionlp chain, per character, same documents, one process each: "
                   f"**{ours['rate'] / theirs['rate']:.1f}x** by wall time, "
                   f"**{ours['cpu_rate'] / theirs['cpu_rate']:.1f}x** by CPU time (goal: at least 5x)")
    for what in [r["what"] for r in rows if r["jobs"] == 2]:
        one, two = by.get((what, 1)), by.get((what, 2))
        if one and two:
            out.append(f"- {what}: `--jobs 2` is **{two['rate'] / one['rate']:.2f}x** as fast as `--jobs 1` "
                       f"(goal for extract: at least 1.7x)")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=40, help="times the corpus is repeated for the timed runs")
    parser.add_argument("--stages", nargs="*", default=list(STAGE_INPUT), choices=list(STAGE_INPUT))
    parser.add_argument("--jobs", nargs="*", type=int, default=[1, 2])
    parser.add_argument("--runs", type=int, default=3, help="runs of each measurement; the fastest is reported")
    parser.add_argument("--corpus", nargs="*", type=Path, default=[], help="extra corpus directories (default ../shared/corpus)")
    parser.add_argument("--no-jionlp", action="store_true", help="skip the jionlp comparison")
    parser.add_argument("--write", action="store_true", help=f"write the figures to {RESULTS.relative_to(ROOT)}")
    parser.add_argument("--measure", nargs=3, metavar=("STAGE", "JOBS", "JSONL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_stage(args.measure[0], int(args.measure[1]), args.measure[2])))
        return

    files, where = corpus_files(args.corpus)
    load_before = os.getloadavg()[0]
    best: dict[tuple[str, int], dict] = {}  # (what, jobs) -> the fastest of the runs

    def keep(what: str, jobs: int, chars: int, documents: int, seconds: float, cpu: float, peak: float) -> None:
        r = row(what, jobs, chars, documents, seconds, cpu, peak)
        print(f"run: {table([r]).splitlines()[-1]}", file=sys.stderr)
        old = best.get((what, jobs))
        if old is not None:
            r = dict(r if r["seconds"] < old["seconds"] else old, peak_mb=max(peak, old["peak_mb"]))
        best[(what, jobs)] = r

    def measured_stage(name: str, jobs: int, path: Path, label: str) -> None:
        out, _, _, peak = run_measured([sys.executable, __file__, "--measure", name, str(jobs), str(path)])
        m = json.loads(out.splitlines()[-1])
        keep(label, jobs, m["chars"], m["documents"], m["seconds"], m["cpu"], peak)

    with tempfile.TemporaryDirectory(prefix="policytext-bench-") as tmp:
        workdir = Path(tmp)
        base, repeated = write_corpus(files, workdir, args.repeat)
        inputs = stage_inputs(repeated, workdir, args.stages)
        executable = Path(sys.executable).with_name("policytext")
        chars = sum(len(json.loads(line)["text"]) for line in open(repeated, encoding="utf-8"))
        documents = sum(1 for _ in open(repeated, encoding="utf-8"))
        bigger, for_command = workdir / "corpus-bigger.jsonl", workdir / "corpus-command.jsonl"
        for path, times in ((bigger, FLAT_FACTOR), (for_command, COMMAND_FACTOR)):
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(open(repeated, encoding="utf-8").read() for _ in range(times))
        python = None if args.no_jionlp else jionlp_python()
        # Runs alternate between configurations, so a burst of load from elsewhere hits them alike.
        for _ in range(args.runs):
            for name in args.stages:
                for jobs in args.jobs:
                    label = f"stage `{name}`" if name != "extract" else "`extract` (in-process)"
                    measured_stage(name, jobs, inputs[name], label)
            for jobs in args.jobs:
                _, wall, cpu, peak = run_measured([str(executable), "extract", str(for_command), "--jobs", str(jobs),
                                                   "--quiet", "--output", os.devnull])
                keep(f"`policytext extract` command, start-up included, corpus x{args.repeat * COMMAND_FACTOR}", jobs,
                     chars * COMMAND_FACTOR, documents * COMMAND_FACTOR, wall, cpu, peak)
            for times, path in ((1, repeated), (FLAT_FACTOR, bigger)):
                _, wall, cpu, peak = run_measured([str(executable), "convert", str(path), "--jobs", "2",
                                                   "--quiet", "--output", os.devnull])
                keep(f"memory stays flat: `policytext convert` command, corpus x{args.repeat * times}", 2,
                     chars * times, documents * times, wall, cpu, peak)
            measured_stage("extract", 1, base, OURS_X1)
            if python is not None:
                out, _, _, peak = run_measured([str(python), str(HERE / "jionlp_chain.py"), str(base)])
                m = json.loads(out.splitlines()[-1])
                keep(JIONLP_X1, 1, m["chars"], m["documents"], m["seconds"], m["cpu"], peak)
    rows = list(best.values())
    niceness = os.nice(0)
    command = ("" if niceness == 0 else f"nice -n {niceness} ") + "uv run python benchmarks/bench.py" + "".join(
        f" {a}" for a in sys.argv[1:] if a != "--write")
    load_after = os.getloadavg()[0]
    load = f"{load_before:.1f} before, {load_after:.1f} after"
    busy = load_before > 0.5 * (os.cpu_count() or 1)  # the load after includes this run's own processes
    report = render(rows, command, where, len(files), args.repeat, args.runs, load, busy)
    print(report)
    if args.write:
        RESULTS.write_text(report, encoding="utf-8")
        print(f"wrote {RESULTS}", file=sys.stderr)


BUSY_WARNING = (
    "**Other processes were using the cores during this run** (see the load average): each configuration "
    "got what the scheduler left it, so the `--jobs 2` rows understate the scaling (a second worker cannot "
    "help when the second core is taken), while chars per CPU s still compares the stages fairly. "
    "Run again on an idle machine for the scaling figures.")


def render(rows: list[dict], command: str, where: str, n_files: int, repeat: int, runs: int, load: str,
           busy: bool) -> str:
    machine = (f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
               f"load average {load}, niceness {os.nice(0)}")
    return "\n".join([
        "# Benchmark results",
        "",
        f"Made by `{command}` on {datetime.date.today().isoformat()} ({machine}).",
        f"Corpus: {where} ({n_files} files), repeated {repeat} times for the timed runs "
        f"(each document with a distinct id); rows marked x1 use the files once. Each figure is the fastest of "
        f"{runs} runs (peak memory: the highest), the runs alternating between configurations.",
        "",
        table(rows),
        "",
        *ratios(rows),
        "",
        *([BUSY_WARNING, ""] if busy else []),
        "How to read this: stage rows time one stage on the previous stage's output "
        "(clean <- files, convert <- clean, segment and extract-numbers <- convert, extract-targets <- extract-numbers; "
        "segment on the first tenth only), "
        "after the stages' prepare() and one warm-up sentence that is not in the corpus (no measured line is cached before its turn), pool start included. `extract` is clean -> convert -> extract-numbers -> "
        "extract-targets without segmentation. Peak memory is the highest total PSS of the process and its "
        "workers (copy-on-write pages shared by forked workers count once). Wall time (seconds, chars/s) is what "
        "a user waits; CPU time counts only this work, so chars per CPU s holds even when other processes share "
        "the cores (see the load average above). See benchmarks/bench.py.",
        "",
    ])


if __name__ == "__main__":
    main()
