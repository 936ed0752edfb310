"""The parallel map: input order, bounded memory, and one bad document never stops a batch."""

from __future__ import annotations

import itertools
import os
import time

import pytest
import regex

from policytext.errors import DocumentError
from policytext.pipeline import Limits, RecordMapper, chain, guarded, map_records, mp_context

SENTENCES = [
    "2022年，德阳清洁能源装备产值达650亿元。",
    "力争到2025年，清洁能源装备制造产业产值突破1000亿元、集群化配套率达50%以上。",
    "全省规模以上工业增加值增长6.1%，高于全国平均水平。",
    "到2025年，全市工业增加值超过1.3万亿元。",
]


def records(n: int) -> list[dict]:
    return [{"id": f"doc{i}", "source": f"doc{i}.txt", "text": SENTENCES[i % len(SENTENCES)] * (1 + i % 3)}
            for i in range(n)]


def count_chars(record: dict) -> dict:
    return {**record, "chars": len(record["text"]), "pid": os.getpid()}


def fail_on_marker(record: dict) -> dict:
    if record["id"] == "doc3":
        raise DocumentError("this document is refused")
    if record["id"] == "doc5":
        raise KeyError("a bug in a stage")
    return count_chars(record)


def sleep_on_marker(record: dict) -> dict:
    if record["id"] == "doc2":
        time.sleep(30)
    return count_chars(record)


def die_on_marker(record: dict) -> dict:
    if record["id"] == "doc4":
        os._exit(3)  # a worker killed outright (the OOM killer, a segfault in C code)
    return count_chars(record)


CATASTROPHIC = regex.compile(r"(a|aa)+$")  # exponential backtracking on "aaa…!"


def backtrack(record: dict) -> dict:
    CATASTROPHIC.search(record["text"], timeout=0.05)
    return record


def without_pid(items: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "pid"} for r in items]


@pytest.mark.parametrize("jobs", [1, 2])
def test_output_is_in_input_order_and_the_same_for_any_jobs(jobs):
    docs = records(300)
    out = list(map_records(count_chars, docs, jobs=jobs))
    assert [r["id"] for r in out] == [d["id"] for d in docs]
    assert [r["chars"] for r in out] == [len(d["text"]) for d in docs]
    assert without_pid(out) == without_pid(list(map_records(count_chars, docs, jobs=1)))


def test_two_jobs_use_two_worker_processes():
    with RecordMapper(count_chars, jobs=2, chunk_records=2) as mapper:
        pids = {r["pid"] for r in mapper(records(200))}
    assert os.getpid() not in pids
    assert len(pids) == 2


@pytest.mark.parametrize("jobs", [1, 2])
def test_failing_documents_become_error_records_and_the_rest_come_out(jobs):
    out = list(map_records(fail_on_marker, records(8), jobs=jobs))
    assert [r["id"] for r in out] == [f"doc{i}" for i in range(8)]
    assert out[3]["error"] == {"stage": "fail_on_marker", "message": "this document is refused"}
    assert out[5]["error"]["message"].startswith("internal error KeyError")
    assert all("chars" in r for i, r in enumerate(out) if i not in (3, 5))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_past_the_time_limit_is_stopped_not_waited_for(jobs):
    started = time.perf_counter()
    out = list(map_records(sleep_on_marker, records(6), jobs=jobs, limits=Limits(seconds=0.3, chars_per_second=10**9)))
    assert time.perf_counter() - started < 10
    assert "time limit" in out[2]["error"]["message"]
    assert [r["chars"] for i, r in enumerate(out) if i != 2] == [len(d["text"]) for i, d in enumerate(records(6)) if i != 2]


def test_the_time_limit_grows_with_the_document():
    limits = Limits(seconds=10, chars_per_second=10_000)
    assert limits.time_limit({"text": ""}) == 10
    assert limits.time_limit({"text": "字" * 50_000}) == 15
    assert Limits(seconds=0).time_limit({"text": "字" * 50_000}) == 0
    assert Limits().time_limit({"text": "字" * 100_000}) == 80  # a long plan: well above segmentation's pace


def test_a_regex_timeout_becomes_an_error_record():
    [out] = map_records(backtrack, [{"id": "evil", "source": "evil.txt", "text": "a" * 40 + "!"}])
    assert out["id"] == "evil"
    assert "took too long" in out["error"]["message"]


def test_a_document_over_the_size_limit_is_refused_before_the_stage_runs():
    out = guarded(die_on_marker, {"id": "doc4", "source": "big.txt", "text": "字" * 101}, Limits(max_chars=100))
    assert "longer than 100 characters" in out["error"]["message"]


@pytest.mark.skipif(mp_context().get_start_method() != "fork", reason="needs fork")
def test_a_worker_that_dies_costs_only_its_document():
    docs = records(12)
    out = list(map_records(die_on_marker, docs, jobs=2))
    assert [r["id"] for r in out] == [d["id"] for d in docs]
    assert "worker process died" in out[4]["error"]["message"]
    assert all("chars" in r for i, r in enumerate(out) if i != 4)


def test_error_records_pass_through_untouched():
    bad = {"id": "x", "source": "x.txt", "error": {"stage": "read", "message": "empty input"}}
    assert list(map_records(count_chars, [bad], jobs=1)) == [bad]


@pytest.mark.parametrize("jobs", [1, 2])
def test_memory_stays_flat_the_input_is_read_only_a_little_ahead(jobs):
    consumed = 0

    def endless():
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield {"id": f"doc{i}", "source": "-", "text": SENTENCES[i % 4]}

    with RecordMapper(count_chars, jobs=jobs, chunk_records=8) as mapper:
        first = list(itertools.islice(mapper(endless()), 20))
    assert [r["id"] for r in first] == [f"doc{i}" for i in range(20)]
    assert consumed <= 20 + (2 * jobs + 1) * 8


LOADED = []


def load_fake_model() -> None:
    LOADED.append(os.getpid())


def uses_model(record: dict) -> dict:
    return {**record, "model_loaded_in": list(LOADED)}


@pytest.mark.skipif(mp_context().get_start_method() != "fork", reason="copy-on-write sharing needs fork")
def test_with_fork_the_model_is_loaded_once_in_the_parent_and_inherited():
    LOADED.clear()
    out = list(map_records(uses_model, records(50), jobs=2, initializer=load_fake_model))
    assert LOADED == [os.getpid()]
    assert all(r["model_loaded_in"] == [os.getpid()] for r in out)


def test_chain_runs_stages_in_order_and_names_the_failing_one():
    def add_a(r):
        return {**r, "text": r["text"] + "a"}

    def add_b(r):
        return {**r, "text": r["text"] + "b"}

    assert chain(add_a, add_b)({"text": ""})["text"] == "ab"
    out = guarded(chain(add_a, fail_on_marker), {"id": "doc3", "source": "s", "text": ""})
    assert out["error"]["stage"] == "fail_on_marker"
