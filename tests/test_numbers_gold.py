"""Quality floor of extract-numbers on the seed gold (SPEC 5): it only goes up."""

from __future__ import annotations

import pytest

from policytext.eval import load_gold, score
from policytext.numbers import find_numbers

# Lenient F1 on tests/data/gold (text of gold/convert, facts of gold/facts).
SEED_NUMBER_F1_FLOOR = 1.0
SEED_NUMBER_STRICT_F1_FLOOR = 0.98


@pytest.fixture(scope="module")
def seed_predictions(gold_dir):
    predictions = []
    for path in sorted((gold_dir / "convert").glob("*.txt")):
        for fact in find_numbers(path.read_text(encoding="utf-8")):
            predictions.append({"doc": path.stem, **fact})
    return predictions


def test_seed_number_f1_floor(gold_dir, seed_predictions):
    result = score(load_gold(gold_dir / "facts"), seed_predictions, kind="number")
    assert result.overall.f1 >= SEED_NUMBER_F1_FLOOR, (result.misses, result.false_positives)


def test_seed_number_strict_f1_floor(gold_dir, seed_predictions):
    result = score(load_gold(gold_dir / "facts"), seed_predictions, kind="number", strict=True)
    assert result.overall.f1 >= SEED_NUMBER_STRICT_F1_FLOOR, (result.misses, result.false_positives)


def test_offsets_slice_the_text(gold_dir, seed_predictions):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (gold_dir / "convert").glob("*.txt")}
    for fact in seed_predictions:
        assert texts[fact["doc"]][fact["start"]:fact["end"]] == fact["text"]
        assert fact["text"] in fact["sentence"]
