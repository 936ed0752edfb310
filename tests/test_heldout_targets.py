"""Second held-out set, for targets: the whole chain over tests/data/heldout_targets/raw,
scored against hand-made target gold.

Each round of this set was annotated before the extractor saw it, its first-contact score
written down in tests/data/heldout_targets/README.md, and only then were general rules
added.  The floors sit just under the final measured values.  They go up as rules improve;
a new round of harder texts may bring one down, and the commit that merges it says so.
"""

from __future__ import annotations

import json
from pathlib import Path

from heldout_support import assert_target_follows_spec, checked_sources, heldout_fixtures

from policytext.eval import score

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout_targets"

# lenient score (SPEC section 5) of kind "target"
FLOOR_PRECISION = 0.955
# r18_05 (a flattened indicator table) holds 32 misses, r61-r64 (plan digests, older plans and
# regional texts), r73-r75 (forecast outlooks, indicator tables) and r79 (sentences stored one per line
# without their 。, which clean joins as hard wraps) many of the rest (see README); r138 (Hong Kong,
# Macau and Taiwan KPIs), r141 and r144 (Taiwan forecasts in ROC years) brought it from 0.872 to 0.867
# in session 6, so the floor went from 0.87 to 0.86 with r142-r144. Session 7 added 75 texts (r145-r159)
# and rules from their first contact; the three rounds of forecasts and outlooks (r147, r151, r156:
# first contact F1 0.25, 0.29, 0.28), the Taiwan, Macau and Hong Kong KPIs of r153 (0.00) and the
# roundup of city goals in r157_03 (places as metrics, changes left to the sentence before) hold most of
# the new misses, and r157-r159 brought recall from 0.862 to 0.860 and F1 from 0.910 to 0.908, so the
# floors went from 0.86 to 0.85 and from 0.91 to 0.90 (the goal on unseen documents is F1 0.90).
# Session 8 added 75 texts (r160-r174) and rules from their first contact: through r171 (827 texts) the
# set stood at 0.960 / 0.857 / 0.906; then r172-r174 (first contact F1 0.13, 0.26, 0.23: a roundup of
# all 31 provinces' 2026 goals in one list whose year and metric stand two paragraphs up, r173_02 with
# 31 misses; research outlooks written as 2026年预计80GWh(+51%), r174 with 46 required; a 十五五 digest
# whose plan is named only in its title, r172_02) brought precision to 0.959, recall to 0.844 and F1 to
# 0.898, so the floors went from 0.96 to 0.955, 0.85 to 0.84 and 0.90 to 0.89.
# Session 9 added 105 texts (r178-r198) and a reader of roundups (one goal per place listed): the set
# stands at 0.959 / 0.851 / 0.902 on 962 texts, so recall and F1 floors go back up to 0.845 and 0.895.
# Session 12 added 30 texts (r229-r235, first contact F1 1.00, 0.36, 0.07, 0.60, -, 0.19, 0.82) and rules
# from the first four rounds; r234's two transport work-conference texts (a year's goals listed after ；
# under 2025年四川将…, and 2024 estimates in a text dated only by its 2025 conference) hold 17 misses, so
# all 1142 texts stand at 0.957 / 0.843 / 0.897 and the recall floor goes from 0.845 to 0.84.
FLOOR_RECALL = 0.84
FLOOR_F1 = 0.895


gold, predictions = heldout_fixtures(HELDOUT)


def test_target_floor(gold, predictions):
    result = score(gold, predictions, "target")
    o = result.overall
    assert o.precision >= FLOOR_PRECISION and o.recall >= FLOOR_RECALL and o.f1 >= FLOOR_F1, {
        "scores": o.to_dict(), "misses": result.misses, "false_positives": result.false_positives}


def test_no_target_from_a_text_that_has_none(gold, predictions):
    """Bulletins, reviews and economic news with no goal must give no target at all."""
    empty = {doc for doc, fs in gold.items() if not fs}
    assert empty
    leaked = [(p["doc"], p["text"]) for p in predictions if p["kind"] == "target" and p["doc"] in empty]
    assert leaked == []


def test_every_text_has_gold_and_a_source():
    sources = checked_sources(HELDOUT)
    assert all(row["id"].startswith(f"r{row['round']}_") for row in sources.values())




def test_gold_targets_follow_the_spec(gold):
    for doc, fs in gold.items():
        for f in fs:
            where = json.dumps({"doc": doc, "text": f["text"]}, ensure_ascii=False)
            assert f["kind"] == "target" and isinstance(f["optional"], bool) and f["end"] > f["start"], where
            assert_target_follows_spec(f, where)


def _han(s: str) -> str:
    return "".join(ch for ch in s if "\u4e00" <= ch <= "\u9fff")


def test_every_target_slices_the_raw_file_to_its_clause(predictions):
    """source_start:source_end of every target is its clause in the raw file: the same Chinese
    characters, in order, once the raw slice is in simplified script (clean only removes or
    normalises the rest: spaces, pinyin, punctuation, markup)."""
    from policytext.convert import opencc_converter
    from policytext.io.encoding import decode_bytes

    to_simplified = opencc_converter("t2s").convert
    # the file's own characters, line ends as stored (r80_01 ends its lines \r\r\n)
    raw = {p.stem: decode_bytes(p.read_bytes(), str(p))[0] for p in (HELDOUT / "raw").glob("*.txt")}
    targets = [p for p in predictions if p["kind"] == "target"]
    assert len(targets) > 1000
    wrong = [(t["doc"], t["text"]) for t in targets
             if _han(to_simplified(raw[t["doc"]][t["source_start"]:t["source_end"]])) != _han(t["text"])
             or not t["start"] < t["end"] or not t["source_start"] < t["source_end"] or t["text"] not in t["sentence"]]
    assert wrong == []
