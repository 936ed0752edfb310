"""Round trips: noise injected into the gold clean text, the way the real pages carry it, cleans back to the gold.

Pinyin readings (phrase-aware, as an injector would write them, toneless or
tone-marked, repeated) after a share of the characters; punctuation folded to
ASCII; indentation, NBSP runs and blank lines; full-width digits.  Seeded,
so every run checks the same noisy texts.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pypinyin import Style, lazy_pinyin

from policytext.clean import clean
from policytext.clean._text import is_han

GOLD = sorted((Path(__file__).parent / "data" / "gold" / "clean").glob("*.txt"))
TO_ASCII = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?", "！": "!"}


def inject_pinyin(text: str, rng: random.Random, style: Style) -> str:
    readings = lazy_pinyin(text, style=style, errors=lambda chunk: [None] * len(chunk))
    out = []
    for ch, reading in zip(text, readings):
        out.append(ch)
        if reading and is_han(ch) and rng.random() < 0.3:
            out.append(f"({reading})" * rng.randint(1, 4))
    return "".join(out)


def fold_punctuation(text: str) -> str:
    return "".join(TO_ASCII.get(c, c) for c in text)


def widen_digits(text: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and rng.random() < 0.5 else c for c in text)


def loosen_layout(text: str) -> str:
    lines = text.rstrip("\n").split("\n")
    return "\r\n\r\n".join("\u3000\u3000" + line.replace(" ", "\u00a0\u00a0\u00a0") + " " for line in lines)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem[:3])
@pytest.mark.parametrize("style", [Style.NORMAL, Style.TONE], ids=["toneless", "tone-marked"])
def test_pinyin_injection_cleans_back(path, style):
    gold = path.read_text(encoding="utf-8")
    noisy = inject_pinyin(gold, random.Random(path.stem), style)
    assert noisy != gold
    result = clean(noisy)
    assert result["text"] == gold
    assert {"fix": "pinyin_annotation", "stage": "clean"}.items() <= result["changes"][0].items()


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem[:3])
def test_folded_punctuation_and_loose_layout_clean_back(path):
    gold = path.read_text(encoding="utf-8")
    noisy = loosen_layout(widen_digits(fold_punctuation(gold), random.Random(path.stem)))
    assert clean(noisy)["text"] == gold
