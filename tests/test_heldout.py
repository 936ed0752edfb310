"""Held-out floors: the whole chain over tests/data/heldout/raw, scored against hand-made gold.

The held-out texts are in neither the seeds, the corpus nor any stage's case table,
so these floors say how extraction generalises.  They only go up: each is the
measured value rounded down to 0.05 (see tests/data/heldout/README.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout_support import assert_target_follows_spec, checked_sources, heldout_fixtures

from policytext.eval import KINDS, score
from policytext.record import NUMBER_TYPES, QUALIFIERS

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"

# kind -> (precision, recall, F1), lenient score (SPEC section 5)
FLOORS = {
    "number": (1.0, 0.95, 0.95),
    "target": (0.95, 1.0, 0.95),
}


gold, predictions = heldout_fixtures(HELDOUT)


@pytest.mark.parametrize("kind", KINDS)
def test_heldout_floor(kind, gold, predictions):
    result = score(gold, predictions, kind)
    o = result.overall
    p, r, f = FLOORS[kind]
    assert o.precision >= p and o.recall >= r and o.f1 >= f, {
        "scores": o.to_dict(), "misses": result.misses, "false_positives": result.false_positives}


def test_every_text_has_gold_and_a_source():
    assert len(checked_sources(HELDOUT)) >= 8


def test_mix_of_genres_is_kept(gold):
    """Texts with targets and texts with none (bulletins, economic news) both stay in the set."""
    with_targets = [d for d, fs in gold.items() if any(f["kind"] == "target" and not f["optional"] for f in fs)]
    without = [d for d, fs in gold.items() if not any(f["kind"] == "target" and not f["optional"] for f in fs)]
    forecasts = [d for d, fs in gold.items() if any(f["kind"] == "target" and f["status"] == "forecast" for f in fs)]
    assert len(with_targets) >= 6 and len(without) >= 2 and forecasts




def test_gold_facts_follow_the_spec(gold):
    for doc, fs in gold.items():
        for f in fs:
            where = json.dumps({"doc": doc, "text": f["text"]}, ensure_ascii=False)
            assert f["kind"] in KINDS and isinstance(f["optional"], bool) and f["end"] > f["start"], where
            if f["kind"] == "number":
                assert f["type"] in NUMBER_TYPES and f["qualifier"] in (None, *QUALIFIERS), where
                continue
            assert_target_follows_spec(f, where)
