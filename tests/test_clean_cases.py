"""Table-driven cases for every clean fix, from real sentences of the seeds and the corpus.

Each line of ``tests/data/clean/cases.jsonl`` gives an ``input`` and the
``expected`` cleaned text (without the final newline clean adds), the fixes
that must report a change (``fixes``) and those that must not (``absent``),
and the meta fields that must (``meta``) or must not (``meta_absent``) be found.
Cases with ``"fix": null`` are text that a fix must leave alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policytext.clean import FIXES, CleanConfig, clean

CASES_FILE = Path(__file__).parent / "data" / "clean" / "cases.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
FIX_NAMES = {fix.name for fix in FIXES}


def _id(case: dict) -> str:
    return f"{case['fix'] or 'unchanged'}:{case['source']}:{case['input'][:12]}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_case(case):
    result = clean(case["input"], config=CleanConfig(**case.get("config", {})))
    assert result["text"] == case["expected"] + "\n"
    fired = {c["fix"] for c in result.get("changes", [])}
    assert set(case.get("fixes", [])) <= fired
    assert not set(case.get("absent", [])) & fired
    meta = result.get("meta", {})
    for key, value in case.get("meta", {}).items():
        assert meta.get(key) == value, key
    for key in case.get("meta_absent", []):
        assert key not in meta


def test_cases_name_real_fixes_and_cover_every_fix():
    named = {c["fix"] for c in CASES if c["fix"]} | {f for c in CASES for f in c.get("fixes", []) + c.get("absent", [])}
    assert named <= FIX_NAMES
    assert FIX_NAMES - {"line_separator"} <= named


def test_every_family_has_text_that_must_stay():
    unchanged = [c for c in CASES if c["fix"] is None]
    assert len(unchanged) >= 15
    assert {"pinyin_annotation", "ascii_punctuation", "broken_paragraph", "byline"} <= {f for c in unchanged for f in c.get("absent", [])}
