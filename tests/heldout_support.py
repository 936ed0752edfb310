"""What the held-out tests share: run the chain over a set's raw texts, check its bookkeeping."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from policytext.eval import load_gold
from policytext.extract import extract, facts
from policytext.io import read_inputs
from policytext.record import COMPARATORS

_DEADLINE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")


def assert_target_follows_spec(fact: dict, where: str) -> None:
    """A gold target fact has the fields and values SPEC section 3 allows."""
    f = fact
    assert f["status"] in ("target", "forecast") and f["text"] in f["sentence"], where
    assert f["deadline"] is None or _DEADLINE.fullmatch(f["deadline"]), where
    assert f["change"] in (None, "increase", "decrease", "multiply"), where
    if f["qualitative"]:
        assert f["value"] is None and f["comparator"] is None, where
    elif f["comparator"] == "between":
        assert f["value"] is None and f["low"] < f["high"], where
    else:
        assert f["comparator"] in COMPARATORS and f["value"] is not None, where


def heldout_fixtures(heldout: Path):
    """The module-scoped ``gold`` and ``predictions`` fixtures of a held-out set:
    ``gold, predictions = heldout_fixtures(HELDOUT)`` in a test module."""

    @pytest.fixture(scope="module")
    def gold() -> dict[str, list[dict]]:
        return load_gold(heldout / "gold")

    @pytest.fixture(scope="module")
    def predictions() -> list[dict]:
        return extracted_facts(heldout / "raw")

    return gold, predictions


def extracted_facts(raw_dir: Path) -> list[dict]:
    """The facts of ``policytext extract`` over every raw text of a held-out set."""
    out = []
    for record in read_inputs([str(raw_dir)]):
        assert "error" not in record, record
        out += facts(extract(record))
    return out


def checked_sources(heldout: Path) -> dict[str, dict]:
    """SOURCES.tsv rows by id, after checking that every raw text has gold and a source URL."""
    raw = {p.stem for p in (heldout / "raw").glob("*.txt")}
    with open(heldout / "SOURCES.tsv", encoding="utf-8") as f:
        sources = {row["id"]: row for row in csv.DictReader(f, delimiter="\t")}
    assert raw == {p.stem for p in (heldout / "gold").glob("*.jsonl")} == set(sources)
    # a page the search service returned without its address says so, and how it was found
    assert all(row["url"].startswith("http") or row["url"].startswith("(none returned") and row["retrieved_via"]
               for row in sources.values())
    return sources
