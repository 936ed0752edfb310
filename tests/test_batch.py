"""Batch beyond one process: shards (Slurm arrays, GNU parallel) and the Dask integration."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from policytext.pipeline import BatchCommand, Shard, ShardOutput, input_files, run_shard, shard_files, shard_records

TEXTS = [
    "2022年，德阳清洁能源装备产值达650亿元。",
    "力争到2025年，清洁能源装备制造产业产值突破1000亿元。",
    "全省规模以上工业增加值增长6.1%。",
    "到2025年，全市工业增加值超过1.3万亿元。",
    "到2024年，货物贸易进出口额分别占比达30%、20%和10%。",
]


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Five text files, a JSONL file with a blank and a malformed line, and a missing file."""
    root = tmp_path / "corpus"
    root.mkdir()
    for i, text in enumerate(TEXTS):
        (root / f"page{i}.txt").write_text(text, encoding="utf-8")
    lines = [json.dumps({"text": t}, ensure_ascii=False) for t in TEXTS[:3]] + ["", "{not json"] + \
        [json.dumps({"id": "named", "text": TEXTS[4]}, ensure_ascii=False)]
    (root / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def all_ids(corpus: Path) -> list:
    return [r["id"] for r in shard_records(shard_files(input_files([str(corpus)]), Shard(1, 1)), Shard(1, 1))]


def test_one_shard_is_the_whole_input_in_sorted_order(corpus):
    assert all_ids(corpus) == ["batch#1", "batch#2", "batch#3", "batch#5", "named",
                               "page0", "page1", "page2", "page3", "page4"]


@pytest.mark.parametrize("n", [2, 3, 4, 7])
def test_shards_partition_the_documents_and_keep_ids_and_line_numbers(corpus, n):
    files = input_files([str(corpus)])
    seen = []
    for k in range(1, n + 1):
        shard = Shard(k, n)
        records = list(shard_records(shard_files(files, shard), shard))
        seen.extend(r["id"] for r in records)
        for r in records:
            if r["id"] == "batch#5":
                assert r["source"].endswith("batch.jsonl:5") and "malformed JSON" in r["error"]["message"]
            elif r["id"].startswith("batch#"):
                line = int(r["id"].split("#")[1])
                assert r["text"] == TEXTS[line - 1]
    assert sorted(seen) == sorted(all_ids(corpus))


def test_a_text_file_of_another_shard_is_never_opened(corpus, monkeypatch):
    opened = []
    import policytext.pipeline as pipeline

    real = pipeline.read_path

    def spy(path):
        opened.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(pipeline, "read_path", spy)
    shard = Shard(1, 3)
    records = list(shard_records(shard_files(input_files([str(corpus)]), shard), shard))
    # sorted files: batch.jsonl, page0..page4 at positions 0..5; shard 1/3 owns positions 0 and 3
    assert opened == ["page2.txt"]
    # the JSONL file's documents 0 and 3 are lines 1 and 5 (line 4 is blank, so not a document)
    assert [r["id"] for r in records] == ["batch#1", "batch#5", "page2"]


def test_a_missing_file_is_one_error_record_in_exactly_one_shard(corpus):
    missing = str(corpus / "gone.txt")
    errors = []
    for k in (1, 2):
        shard = Shard(k, 2)
        errors += [r for r in shard_records(shard_files(input_files([str(corpus), missing]), shard), shard)
                   if r["source"] == missing]
    assert len(errors) == 1 and "no such file" in errors[0]["error"]["message"]


@pytest.mark.parametrize("spec,message", [("3", "K/N"), ("0/4", "1 <= K <= N"), ("5/4", "1 <= K <= N"), ("a/b", "K/N")])
def test_bad_shard_specs_are_refused(spec, message):
    with pytest.raises(ValueError, match=message):
        Shard.parse(spec)


def upper_stage(record: dict) -> dict:
    return {**record, "text": record["text"].upper(), "numbers": [{"kind": "number"}]}


def test_run_shard_writes_once_marks_done_and_skips_a_finished_shard(corpus, tmp_path):
    out = tmp_path / "out"
    first = run_shard([str(corpus)], Shard(2, 2), out, upper_stage)
    # shard 2/2: JSONL lines 2 and 5 (malformed), page0, page2, page4
    assert first["skipped"] is False and first["documents"] == 5 and first["errors"] == 1
    assert first["facts"] == 4
    written = [json.loads(line) for line in (out / "shard-2-of-2.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in written] == ["batch#2", "batch#5", "page0", "page2", "page4"]
    assert written[2]["text"] == TEXTS[0].upper()
    marker = json.loads((out / "shard-2-of-2.done").read_text("utf-8"))
    assert marker["documents"] == 5 and len(marker["inputs_sha256"]) == 64
    again = run_shard([str(corpus)], Shard(2, 2), out, upper_stage)
    assert again["skipped"] is True and again["documents"] == 5
    assert sorted(os.listdir(out)) == ["shard-2-of-2.done", "shard-2-of-2.jsonl"]


def test_a_shard_reruns_when_its_inputs_changed(corpus, tmp_path):
    out = tmp_path / "out"
    run_shard([str(corpus)], Shard(1, 2), out, upper_stage)
    (corpus / "page5.txt").write_text("新增一份文件，产值100亿元。", encoding="utf-8")
    again = run_shard([str(corpus)], Shard(1, 2), out, upper_stage)
    assert again["skipped"] is False


def test_an_interrupted_shard_leaves_no_output_no_marker_and_no_temporary_file(tmp_path):
    out = ShardOutput.plan(tmp_path / "out", Shard(1, 1), [(0, "a.txt")])
    with pytest.raises(RuntimeError):
        with out.writing() as f:
            f.write("{}\n")
            raise RuntimeError("killed half way")
    assert os.listdir(tmp_path / "out") == []
    assert not out.done


# --- Dask ------------------------------------------------------------------

distributed = pytest.importorskip("distributed")

LOADS: list[str] = []


def load_fake_model() -> None:
    LOADS.append(threading.current_thread().name)


def test_dask_runs_one_task_per_file_writes_shards_and_loads_the_model_once_per_worker(corpus, tmp_path):
    from policytext.distributed import process_on_dask

    LOADS.clear()
    command = BatchCommand(upper_stage, initializer=load_fake_model)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        summaries = process_on_dask([str(corpus)], tmp_path / "out", command, client=client)
        assert len(LOADS) == 2  # one per worker, not per task
        rerun = process_on_dask([str(corpus)], tmp_path / "out", command, client=client)
    assert [s["shard"] for s in summaries] == [f"{k}/6" for k in range(1, 7)]  # six input files
    assert sum(s["documents"] for s in summaries) == 10
    assert sum(s["errors"] for s in summaries) == 1  # the malformed JSONL line
    assert all(set(s) >= {"documents", "facts", "errors", "output"} and "text" not in s for s in summaries)
    written = [json.loads(line) for path in sorted((tmp_path / "out").glob("shard-*.jsonl"))
               for line in path.read_text("utf-8").splitlines()]
    assert sorted(r["id"] for r in written) == sorted(all_ids(corpus))
    assert {r["text"] for r in written if "text" in r} == {t.upper() for t in TEXTS}
    assert all(s["skipped"] for s in rerun)
