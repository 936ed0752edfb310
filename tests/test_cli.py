"""The command line end to end: data on stdout, one-line errors on stderr, exit statuses, shards, pipes.

Most tests run in-process through typer's CliRunner; the ones about processes
(``--jobs``, ``| head``, a terminal on stderr) run the installed entry point.
"""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policytext.cli.app import _register, app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED = SEEDS[0]
ENTRY_POINT = shutil.which("policytext", path=str(Path(sys.executable).parent)) or "policytext"

_register()


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def entry_point(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([ENTRY_POINT, *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, **kwargs)


@pytest.fixture
def bad_inputs(tmp_path) -> dict[str, Path]:
    paths = {
        "missing": tmp_path / "missing.txt",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.txt",
        "jsonl": tmp_path / "mixed.jsonl",
    }
    paths["empty"].write_bytes(b"")
    paths["binary"].write_bytes(bytes(range(256)) * 8)
    good = json.dumps({"id": "good-line", "text": "到2025年，全市工业增加值超过1.3万亿元。"}, ensure_ascii=False)
    paths["jsonl"].write_text(good + "\n{\"text\": \"unterminated\n" + good.replace("good-line", "good-line-3") + "\n",
                              encoding="utf-8")
    return paths


# --- data on stdout --------------------------------------------------------------


def test_extract_writes_one_fact_per_line_naming_document_and_source():
    result = invoke("extract", SEED)
    assert result.exit_code == 0, result.stderr
    facts = jsonl(result.stdout)
    assert facts, "the seed states quantities and targets"
    assert {f["kind"] for f in facts} == {"number", "target"}
    assert all(f["doc"] == SEED.stem and f["source"] == str(SEED) for f in facts)
    raw = SEED.read_text(encoding="utf-8")
    for f in facts:
        assert 0 <= f["source_start"] <= f["source_end"] <= len(raw)
    assert result.stderr == ""  # stderr is not a terminal here: no progress, no summary


def test_each_stage_keeps_the_fields_it_does_not_own():
    cleaned = jsonl(invoke("clean", SEED).stdout)
    [record] = cleaned
    assert record["id"] == SEED.stem and record["source"] == str(SEED)
    assert record["meta"]["encoding"] == "utf-8"
    numbered = jsonl(invoke("extract-numbers", "-", input=json.dumps(record, ensure_ascii=False) + "\n").stdout)
    assert numbered[0]["id"] == SEED.stem and numbered[0]["meta"] == record["meta"]
    assert numbered[0]["text"] == record["text"] and numbered[0]["numbers"]


@pytest.mark.parametrize("stage", ["clean", "convert", "segment", "extract"])
def test_a_lone_surrogate_escape_in_a_record_goes_through_and_back_out_as_the_escape(stage):
    # JSON lets a record carry "\ud800", which has no UTF-8 form: OpenCC and stdout both refuse it raw
    line = '{"id": "s", "text": "到2025年，產值達到\\ud800 100億元。"}\n'
    result = entry_point(stage, "-", input=line)
    assert result.returncode == 0, result.stderr
    assert "\\ud800" in result.stdout and "error" not in result.stdout
    assert all(json.loads(out) for out in result.stdout.splitlines())


def test_stdin_text_is_one_document(tmp_path):
    result = invoke("clean", input=SEED.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    [record] = jsonl(result.stdout)
    assert record["id"] == "stdin" and record["source"] == "-"


def test_output_file_and_csv_format(tmp_path):
    out = tmp_path / "facts.csv"
    result = invoke("extract", SEED, "--format", "csv", "--output", out)
    assert result.exit_code == 0 and result.stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("doc,source,kind,type,status,text,value,unit")
    assert len(lines) == 1 + len(jsonl(invoke("extract", SEED).stdout))


# --- bad input: every good record still comes out, one line per problem, exit 1 ------


def test_bad_inputs_are_named_on_stderr_and_good_records_still_come_out(bad_inputs):
    args = [bad_inputs["missing"], bad_inputs["empty"], SEED, bad_inputs["binary"], bad_inputs["jsonl"]]
    result = invoke("clean", *args)
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 4
    assert errors[0].startswith(f"policytext: {bad_inputs['missing']}: ") and "no such file" in errors[0]
    assert errors[1] == f"policytext: {bad_inputs['empty']}: empty input"
    assert errors[2].startswith(f"policytext: {bad_inputs['binary']}: binary input")
    assert errors[3].startswith(f"policytext: {bad_inputs['jsonl']}:2 (mixed#2): malformed JSON")
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == ["missing", "empty", SEED.stem, "binary", "good-line", "mixed#2", "good-line-3"]
    assert [("error" in r) for r in records] == [True, True, False, True, False, True, False]
    assert "Traceback" not in result.stderr + result.stdout


def test_bad_input_through_the_entry_point_has_no_traceback(bad_inputs):
    done = entry_point("extract", bad_inputs["jsonl"], bad_inputs["binary"], "--jobs", "2")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 2
    facts = jsonl(done.stdout)
    assert {f["doc"] for f in facts} == {"good-line", "good-line-3", "mixed#2", "binary"}
    assert [f["kind"] for f in facts if f["doc"] in ("mixed#2", "binary")] == ["error", "error"]


# --- usage errors: exit 2 ----------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["no-such-command"],
    ["clean", "--no-such-option"],
    ["clean", "--jobs", "-1", str(SEED)],
    ["extract", "--format", "xml", str(SEED)],
    ["clean", "--shard", "3", "--output-dir", "out", str(SEED)],
    ["clean", "--shard", "5/4", "--output-dir", "out", str(SEED)],
    ["clean", "--shard", "1/2", str(SEED)],
    ["clean", "--shard", "1/2", "--output-dir", "out", "-"],
    ["clean", "--output-dir", "out", str(SEED)],
    ["extract", "--shard", "1/2", "--output-dir", "out", "--format", "csv", str(SEED)],
    ["clean", "--output", "/nonexistent-dir/out.jsonl", str(SEED)],
    ["clean", "--shard", "1/1", "--output-dir", str(SEED / "not-a-dir"), str(SEED)],
])
def test_usage_errors_exit_2_with_a_message_and_no_output(args, tmp_path):
    result = CliRunner().invoke(app, [a.replace("out", str(tmp_path / "out")) if a == "out" else a for a in args])
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stdout == "" and result.stderr.strip()
    assert "Traceback" not in result.stderr


def test_usage_error_through_the_entry_point_exits_2():
    done = entry_point("clean", "--shard", "x/y", "--output-dir", "/tmp/never-written", str(SEED))
    assert done.returncode == 2 and "K/N" in done.stderr and "Traceback" not in done.stderr


# --- processes, pipes, terminals ------------------------------------------------------


def test_jobs_two_writes_exactly_what_jobs_one_writes():
    one = entry_point("extract", *SEEDS, "--jobs", "1")
    two = entry_point("extract", *SEEDS, "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout.count("\n") > 50


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_closed_pipe_ends_quietly(tmp_path, jobs):
    for copy in range(20):  # far more output than a pipe holds, so the writer does hit the closed pipe
        for seed in SEEDS:
            shutil.copy(seed, tmp_path / f"{copy:02d}_{seed.name}")
    done = subprocess.run(f"'{ENTRY_POINT}' clean '{tmp_path}' --jobs {jobs} | head -1; echo \"${{PIPESTATUS[0]}}\" >&2",
                          shell=True, executable="/bin/bash", capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.stderr == "0\n"  # nothing but the exit status echoed above: no traceback, no BrokenPipe message
    [record] = jsonl(done.stdout)
    assert record["id"] == f"00_{SEED.stem}"


def test_on_a_terminal_stderr_gets_a_summary_line(tmp_path):
    primary, secondary = pty.openpty()
    try:
        done = subprocess.run([ENTRY_POINT, "extract", *SEEDS[:2], "--output", tmp_path / "facts.jsonl"],
                              stdout=subprocess.DEVNULL, stderr=secondary, cwd=ROOT, timeout=120,
                              env={**os.environ, "TERM": "xterm"})
        os.close(secondary)
        secondary = -1
        chunks = []
        while True:
            try:
                data = os.read(primary, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
    finally:
        if secondary != -1:
            os.close(secondary)
        os.close(primary)
    shown = b"".join(chunks).decode("utf-8", "replace")
    facts = len((tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines())
    assert done.returncode == 0
    assert f"2 documents, {facts} facts, 0 errors in " in shown


def test_quiet_silences_the_summary_even_on_a_terminal(tmp_path):
    primary, secondary = pty.openpty()
    done = subprocess.run([ENTRY_POINT, "clean", SEED, "--quiet"], stdout=subprocess.DEVNULL, stderr=secondary,
                          cwd=ROOT, timeout=120)
    os.close(secondary)
    try:
        shown = os.read(primary, 65536)
    except OSError:
        shown = b""
    os.close(primary)
    assert done.returncode == 0 and shown == b""


# --- shards through the command line -----------------------------------------------


def test_shards_together_write_what_one_run_writes_and_a_finished_shard_is_skipped(tmp_path):
    whole = jsonl(invoke("extract", *SEEDS).stdout)
    out = tmp_path / "out"
    for k in (1, 2):
        result = invoke("extract", *SEEDS, "--shard", f"{k}/2", "--output-dir", out)
        assert result.exit_code == 0, result.stderr
    assert sorted(os.listdir(out)) == ["shard-1-of-2.done", "shard-1-of-2.jsonl", "shard-2-of-2.done", "shard-2-of-2.jsonl"]
    sharded = [f for k in (1, 2) for f in jsonl((out / f"shard-{k}-of-2.jsonl").read_text(encoding="utf-8"))]
    key = lambda f: json.dumps(f, sort_keys=True, ensure_ascii=False)  # noqa: E731
    assert sorted(map(key, sharded)) == sorted(map(key, whole))
    before = (out / "shard-1-of-2.jsonl").stat().st_mtime_ns
    again = invoke("extract", *SEEDS, "--shard", "1/2", "--output-dir", out)
    assert again.exit_code == 0 and "already complete" in again.stderr
    assert (out / "shard-1-of-2.jsonl").stat().st_mtime_ns == before


def test_a_skipped_shard_exits_with_the_status_of_the_run_that_finished_it(tmp_path, bad_inputs):
    out = tmp_path / "out"
    first = invoke("clean", SEED, bad_inputs["empty"], "--shard", "1/1", "--output-dir", out)
    assert first.exit_code == 1 and "empty input" in first.stderr
    again = invoke("clean", SEED, bad_inputs["empty"], "--shard", "1/1", "--output-dir", out)
    assert again.exit_code == 1 and "already complete" in again.stderr
    in_path_order = [Path(p).stem for p in sorted([str(SEED), str(bad_inputs["empty"])])]  # shards sort their files
    assert [r["id"] for r in jsonl((out / "shard-1-of-1.jsonl").read_text("utf-8"))] == in_path_order
