"""``clean`` on pages nobody tuned it to: tests/data/heldout_clean (raw pages, gold written by hand).

The mean character similarity to the gold holds a floor (the last measured
value rounded down to 0.01, see tests/data/heldout_clean/README.md); no page
keeps a pinyin reading; every legitimate bracket listed in brackets.tsv
survives; the pages in other encodings and with CRLF line ends clean to the
same text.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from policytext.clean import clean
from policytext.io.read import read_path
from policytext.record import is_error

from test_clean_corpus import pinyin_residue
from test_clean_gold import similarity
from test_clean_properties import assert_traceable

HELDOUT = Path(__file__).parent / "data" / "heldout_clean"
RAW = sorted((HELDOUT / "raw").glob("*.txt"))
FLOOR = 0.99
BRACKETS = [
    tuple(line.split("\t"))
    for line in (HELDOUT / "brackets.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
# Pages also checked as their authors' systems might have saved them.
ENCODED = {
    "r1_02_bocomtrust-jiangsu-emerging-clusters-trad-footer": ("utf-16",),  # © has no Big5 code
    "r1_03_highestlevel-smart-manufacturing-trad-pinyin": ("gb18030",),
    "r1_04_21jingji-45-clusters-flash-related": ("gbk", "utf-8-sig"),
    "r4_02_cctv-big5-state-council-video-page": ("big5",),
    "r3_02_zb-gov-county-work-rules-bulleted-metadata": ("gb18030", "utf-16"),
}


@pytest.fixture(scope="module")
def cleaned() -> dict[str, dict]:
    return {path.stem: clean(next(read_path(str(path)))) for path in RAW}


def _gold(stem: str) -> str:
    return (HELDOUT / "gold" / f"{stem}.txt").read_text(encoding="utf-8")


def test_every_page_has_gold_and_a_source():
    with open(HELDOUT / "SOURCES.tsv", encoding="utf-8") as f:
        sources = {row["id"]: row for row in csv.DictReader(f, delimiter="\t")}
    stems = {p.stem for p in RAW}
    assert len(stems) >= 8
    assert stems == {p.stem for p in (HELDOUT / "gold").glob("*.txt")} == set(sources)
    assert all(row["url"].startswith("http") for row in sources.values())


def test_mean_similarity_floor(cleaned, capsys):
    ratios = {stem: similarity(result["text"], _gold(stem)) for stem, result in cleaned.items()}
    mean = sum(ratios.values()) / len(ratios)
    with capsys.disabled():
        print(f"\nheld-out clean vs hand gold: mean {mean:.4f}, lowest "
              + ", ".join(f"{s[:5]} {r:.4f}" for s, r in sorted(ratios.items(), key=lambda kv: kv[1])[:3]))
    assert mean >= FLOOR


@pytest.mark.parametrize("stem", [p.stem for p in RAW], ids=lambda s: s[:5])
def test_no_pinyin_residue_and_idempotent(cleaned, stem):
    text = cleaned[stem]["text"]
    assert pinyin_residue(text) == []
    assert clean(text)["text"] == text


def test_the_gold_has_no_pinyin_residue():
    for path in RAW:
        assert pinyin_residue(_gold(path.stem)) == [], path.stem


@pytest.mark.parametrize(("stem", "inside"), BRACKETS, ids=lambda v: v[:12])
def test_legitimate_brackets_survive(cleaned, stem, inside):
    text = cleaned[stem]["text"]
    assert f"（{inside}）" in text or f"({inside})" in text or f"〔{inside}〕" in text
    assert f"（{inside}）" in _gold(stem) or f"({inside})" in _gold(stem) or f"〔{inside}〕" in _gold(stem)


@pytest.mark.parametrize(("stem", "codecs"), ENCODED.items(), ids=lambda v: v[:5] if isinstance(v, str) else "+".join(v))
def test_other_encodings_and_crlf_clean_the_same(tmp_path, cleaned, stem, codecs):
    text = (HELDOUT / "raw" / f"{stem}.txt").read_text(encoding="utf-8")
    for codec in codecs:
        path = tmp_path / f"{stem}.{codec}.txt"
        path.write_bytes(text.replace("\n", "\r\n").encode(codec))
        record = next(read_path(str(path)))
        assert not is_error(record), codec
        result = clean(record)
        assert result["text"] == cleaned[stem]["text"], codec
        raw = path.read_bytes().decode({"utf-16": "utf-16", "utf-8-sig": "utf-8-sig"}.get(codec, codec))
        assert_traceable(raw, result)
