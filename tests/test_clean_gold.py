"""``clean`` on the seeds reproduces the gold clean files exactly, and finds the page facts."""

from __future__ import annotations

import difflib
import json
import time
from pathlib import Path

import pytest

from policytext.clean import clean
from policytext.io.read import read_path

DATA = Path(__file__).parent / "data"
SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
SEED_META = json.loads((DATA / "clean" / "seed_meta.json").read_text(encoding="utf-8"))


def similarity(a: str, b: str) -> float:
    """Character similarity of two texts (difflib ratio, no junk heuristics), 1.0 when equal."""
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@pytest.fixture(scope="module")
def cleaned() -> dict[str, dict]:
    return {path.stem: clean(next(read_path(str(path)))) for path in SEEDS}


def _gold(stem: str) -> str:
    return (DATA / "gold" / "clean" / f"{stem}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("stem", [p.stem for p in SEEDS])
def test_seed_matches_gold_exactly(cleaned, stem):
    text = cleaned[stem]["text"]
    gold = _gold(stem)
    if text != gold:
        diff = "\n".join(difflib.unified_diff(gold.splitlines(), text.splitlines(), "gold", "clean", lineterm="", n=0))
        pytest.fail(f"similarity {similarity(text, gold):.5f}\n{diff[:3000]}")


def test_mean_similarity_floor(cleaned, capsys):
    ratios = {stem: similarity(cleaned[stem]["text"], _gold(stem)) for stem in cleaned}
    with capsys.disabled():
        print("\nclean vs gold: " + ", ".join(f"{stem[:3]} {r:.4f}" for stem, r in ratios.items()))
    assert len(ratios) == 5
    assert sum(ratios.values()) / len(ratios) >= 0.99


def test_similarity_helper():
    assert similarity("成（都）乐（山）", "成（都）乐（山）") == 1.0
    assert similarity("", "") == 1.0
    assert 0.5 < similarity("坚决落实中央经济工作会议", "坚决落实中\n央经济工作会议") < 1.0


@pytest.mark.parametrize("stem", sorted(SEED_META))
def test_seed_meta(cleaned, stem):
    meta = cleaned[stem]["meta"]
    expected = SEED_META[stem]
    for key, value in expected["expected"].items():
        assert meta.get(key) == value, key
    for key in expected["absent"]:
        assert key not in meta, key
    assert meta["encoding"] == "utf-8"  # the reader's field is kept


def test_changes_report_each_fix_once_with_a_count(cleaned):
    changes = cleaned["001_bfa20a8dddea1322"]["changes"]
    fixes = [c["fix"] for c in changes]
    assert len(fixes) == len(set(fixes))
    assert all(c["stage"] == "clean" and c["count"] > 0 for c in changes)
    assert {"fix": "pinyin_annotation", "count": 557, "stage": "clean"} in changes
    assert "byline" in fixes and "ascii_punctuation" in fixes
    assert "markdown_heading" not in fixes  # nothing to do: no entry


def test_throughput_floor(cleaned):
    """clean keeps well above 200k characters a second on real pages (best of three runs)."""
    records = [next(read_path(str(p))) for p in SEEDS] * 4
    chars = sum(len(r["text"]) for r in records)
    best = min(_timed(records) for _ in range(3))
    assert chars / best >= 200_000


def _timed(records: list[dict]) -> float:
    start = time.perf_counter()
    for record in records:
        clean(record)
    return time.perf_counter() - start
