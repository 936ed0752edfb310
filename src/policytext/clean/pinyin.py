"""Pinyin readings injected after characters (anti-copy noise) and the punctuation it doubles.

``中(zhong)(zhong)國``, ``產(chǎn)業(yè)``, ``略(lve)``: a bracketed group of
Latin letters goes only when it is a reading of the character before it
(pypinyin decides, with every heteronym), so ``（GDP）``, ``(a)`` and
``成(都)`` stay.  Only the character before a bracket is ever looked up.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex
from pypinyin import Style, pinyin

from ..spans import Edit
from ._text import is_han
from .config import CleanConfig
from .fix import FixResult, fixed

_GROUP = regex.compile(
    r"[(（][ \t]*(?P<syllable>[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F]{1,8}[1-5]?)[ \t]*[)）]"
)
# Runs of clause punctuation (spaces between allowed): the injection leaves a comma beside a real mark.
_PUNCTUATION_RUN = regex.compile(r"[,，、;；。](?:[^\S\n]*[,，、;；。])+")
# When marks pile up, the strongest one is the writer's: 。 > ； > 、 > ，
_STRENGTH = {"。": 3, "；": 2, ";": 2, "、": 1, "，": 0, ",": 0}


def canonical_syllable(s: str) -> str:
    """A syllable without tone marks or tone numbers, with ü / v / u spelt alike (lüè = lve = lue)."""
    s = unicodedata.normalize("NFD", s).lower().replace("u\u0308", "u").replace("v", "u")
    return "".join(c for c in s if not unicodedata.combining(c)).rstrip("12345")


@lru_cache(maxsize=20000)
def readings(ch: str) -> frozenset[str]:
    """Every reading of ``ch`` (all heteronyms), as canonical syllables."""
    found = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    return frozenset(canonical_syllable(r) for group in found for r in group)


def is_reading_of(syllable: str, ch: str) -> bool:
    return is_han(ch) and canonical_syllable(syllable) in readings(ch)


def remove_pinyin_annotations(text: str, config: CleanConfig) -> FixResult:
    """Drop every bracketed reading of the character before it, however often repeated."""
    if "(" not in text and "（" not in text:
        return fixed([])
    edits = []
    run_end = -1  # end of the last annotation removed: a group right after it reads the same host
    host = ""
    for m in _GROUP.finditer(text, timeout=config.pattern_timeout):
        if m.start() != run_end:
            host = text[m.start() - 1] if m.start() > 0 else ""
        if host and is_reading_of(m.group("syllable"), host):
            edits.append(Edit(m.start(), m.end(), ""))
            run_end = m.end()
        else:
            run_end = -1
    return fixed(edits)


def _strongest(run: str) -> int:
    return max((i for i, c in enumerate(run) if c in _STRENGTH), key=lambda i: (_STRENGTH[run[i]], -i))


def without_piles(s: str) -> str:
    """``s`` as :func:`repair_doubled_punctuation` will leave it (for judging a line before it runs)."""
    return _PUNCTUATION_RUN.sub(lambda m: m.group()[_strongest(m.group())], s)


def repair_doubled_punctuation(text: str, config: CleanConfig) -> FixResult:
    """``成效,,产业`` ``6.1%,。`` ``集聚,、循环``: keep only the strongest mark of a pile."""
    edits = []
    count = 0
    for m in _PUNCTUATION_RUN.finditer(text, timeout=config.pattern_timeout):
        run = m.group()
        keep = _strongest(run)
        if keep > 0:
            edits.append(Edit(m.start(), m.start() + keep, ""))
        if keep < len(run) - 1:
            edits.append(Edit(m.start() + keep + 1, m.end(), ""))
        count += 1
    return fixed(edits, count)
