"""Numbers held-out floors: clean -> convert -> extract-numbers over tests/data/heldout_numbers/raw,
scored against hand-made gold (texts chosen for hard numerals; see its README.md).

The floors are the measured lenient scores rounded down to 0.05; they only go up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_support import checked_sources

from policytext.clean import clean
from policytext.convert import convert
from policytext.eval import load_gold, score
from policytext.io import read_inputs
from policytext.numbers import extract_numbers
from policytext.record import NUMBER_TYPES, QUALIFIERS

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout_numbers"

# precision, recall, F1 (lenient score, SPEC section 5); measured 1.000 / 1.000 / 1.000
FLOOR = (1.0, 1.0, 1.0)


@pytest.fixture(scope="module")
def gold() -> dict[str, list[dict]]:
    return load_gold(HELDOUT / "gold")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    out = []
    for record in read_inputs([str(HELDOUT / "raw")]):
        assert "error" not in record, record
        out.append(extract_numbers(convert(clean(record))))
    return out


def test_heldout_numbers_floor(gold, records):
    predictions = [{"doc": r["id"], **fact} for r in records for fact in r["numbers"]]
    o = score(gold, predictions, "number").overall
    p, r, f = FLOOR
    assert o.precision >= p and o.recall >= r and o.f1 >= f, o.to_dict()


def test_facts_slice_the_text_and_the_raw_file(records):
    raw = {r["id"]: r for r in read_inputs([str(HELDOUT / "raw")])}
    for record in records:
        source = raw[record["id"]]["text"]
        for fact in record["numbers"]:
            assert record["text"][fact["start"]:fact["end"]] == fact["text"]
            assert fact["source_start"] is not None and source[fact["source_start"]:fact["source_end"]]


def test_every_text_has_gold_and_a_source(gold):
    sources = checked_sources(HELDOUT)
    assert 6 <= len(sources) <= 8 and set(gold) == set(sources)


def test_gold_follows_the_spec_shapes(gold):
    for doc, facts in gold.items():
        for fact in facts:
            assert fact["kind"] == "number" and fact["type"] in NUMBER_TYPES, (doc, fact)
            assert fact["qualifier"] in (None, *QUALIFIERS) and isinstance(fact["optional"], bool), (doc, fact)
            assert (fact["value"] is None) == (fact["low"] is not None), (doc, fact)
