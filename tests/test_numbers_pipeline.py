"""Number facts through clean -> convert -> extract-numbers point at the raw file's own digits (SPEC 4)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from policytext.clean import clean
from policytext.convert import convert
from policytext.io.read import read_path
from policytext.numbers import extract_numbers

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "clean" / "corpus"  # a copy of ../shared/corpus: the repo stands alone
# Full-width digits, hard wraps inside numbers, GBK; traditional script with pinyin.
NOISY = ["03_hainan-economy-2000H1_fudan-corpus.GBK-original.gbk", "04_nbs-april-economy-xinhua_fudan-corpus.txt",
         "05_visashare_manufacturing-14th-fyp_pinyin-toneless-repeated.txt"]
INPUTS = sorted((ROOT / "seeds").glob("*.txt")) + [CORPUS / name for name in NOISY]


def _digits(s: str) -> list[str]:
    return [unicodedata.normalize("NFKC", ch) for ch in s if ch.isdigit()]


@pytest.mark.parametrize("path", INPUTS, ids=[p.name[:24] for p in INPUTS])
def test_source_spans_hold_the_same_digits(path):
    record = next(iter(read_path(str(path))))
    raw = record["text"]
    out = extract_numbers(convert(clean(record)))
    assert out["numbers"], "no numbers found"
    for fact in out["numbers"]:
        assert out["text"][fact["start"]:fact["end"]] == fact["text"]
        assert _digits(raw[fact["source_start"]:fact["source_end"]]) == _digits(fact["text"]), fact
