"""Pinyin readings injected after characters (anti-copy noise), the punctuation it
doubles, and the pictographs injected with it.

``中(zhong)(zhong)國``, ``產(chǎn)業(yè)``, ``略(lve)``: a bracketed group of
Latin letters goes only when it is a reading of the character before it
(pypinyin decides, with every heteronym), so ``（GDP）``, ``(a)`` and
``成(都)`` stay; a heteronym's readings split by slashes (``地（dì / de）``) go when each is one.
Only the character before a bracket is ever looked up.  A
reading cut off by the end of the text (``党中(zho``) goes when its letters
begin a reading of the character (:func:`remove_cut_off_reading`).  ``国(guo)⛦(guo)务院``, ``就☂(jiu)是``,
``主义(y🎐i)``: a pictograph wedged between a character and its reading, or
inside the reading, does not hide it; the pictographs go later, once
furniture lines are gone (so a second run reads the same neighbours).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

from ..spans import Edit
from ._text import is_han
from .config import CleanConfig
from .fix import FixResult, fixed
from .markup import bullets

PICTOGRAPHS = "\u2600-\u27bf\U0001f000-\U0001faff\ufe0e\ufe0f"
PICTOGRAPH_CHAR = re.compile(f"[{PICTOGRAPHS}]")  # a plain class: the stdlib engine scans for it faster
# A reading in brackets (bounded: it runs in linear time, no timeout); a pictograph injected inside it (主义(y🎐i)) does not hide it.
# The longest reading of a word in one bracket (工业(gōngyè), 亿美元(yìměiyuán)): four syllables of six letters.
MAX_WORD_LETTERS = 24
# How many characters before a bracket a word's reading may cover.
MAX_WORD_CHARACTERS = 4
_SYLLABLE = rf"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F{PICTOGRAPHS}]{{1,{MAX_WORD_LETTERS}}}[1-5]?"
# A heteronym's readings may stand together, split by slashes: 地（dì / de）, 为（wéi / wèi）.
MAX_ALTERNATIVES = 3
_GROUP = regex.compile(
    rf"[(（][ \t]*(?P<syllable>{_SYLLABLE}(?:[ \t]*/[ \t]*{_SYLLABLE}){{0,{MAX_ALTERNATIVES - 1}}})[ \t]*[)）]"
)
# A reading cut off where the text (an excerpt of a page) ends: 党中(zho
_CUT_GROUP = regex.compile(r"[(（][ \t]*(?P<syllable>[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F]{1,7})$")
# Pictographs that injection wedges between characters: misc symbols, dingbats, emoji
# (arrows, bullets such as ★ and CJK symbols are left alone).
# Inside the text and before a word or a bracket, read across line breaks (as if broken
# lines were already rejoined and furniture gone): the text's first and last marks stay.
_PICTOGRAPH = regex.compile(
    rf"(?<=\S\s*)[{PICTOGRAPHS}]+(?=[\s{PICTOGRAPHS}]*[\p{{Han}}A-Za-zＡ-Ｚａ-ｚ(（)）])")
# Runs of clause punctuation (spaces between allowed): the injection leaves a comma beside a real mark.
# Spaces and marks never overlap, so it runs in linear time: no timeout.
_PUNCTUATION_RUN = regex.compile(r"[,，、;；。](?:[^\S\n]*[,，、;；。])+")
# Two such marks with only spaces between: where a run may start (the stdlib's \s takes in every
# space the pattern's does), found in a fast scan that most lines fail.
_PUNCTUATION_PAIR = re.compile(r"[,，、;；。]\s*[,，、;；。]")
# When marks pile up, the strongest one is the writer's: 。 > ； > 、 > ，
_STRENGTH = {"。": 3, "；": 2, ";": 2, "、": 1, "，": 0, ",": 0}


def canonical_syllable(s: str) -> str:
    """A syllable without tone marks or tone numbers, with ü / v / u spelt alike (lüè = lve = lue)."""
    s = unicodedata.normalize("NFD", s).lower().replace("u\u0308", "u").replace("v", "u")
    return "".join(c for c in s if not unicodedata.combining(c)).rstrip("12345")


@lru_cache(maxsize=20000)
def readings(ch: str) -> frozenset[str]:
    """Every reading of ``ch`` (all heteronyms), as canonical syllables.

    What ``pinyin(ch, heteronym=True)`` reads, looked up in its tables
    directly (a phrase entry first, as pypinyin does) without segmenting and
    styling one character: a page of injected readings looks up hundreds.
    """
    phrase = PHRASES_DICT.get(ch)
    if phrase is not None:
        found = [r for group in phrase for r in group]
    else:
        listed = PINYIN_DICT.get(ord(ch))
        found = listed.split(",") if listed else []
    return frozenset(canonical_syllable(r) for r in found)


def is_reading_of(syllable: str, ch: str) -> bool:
    return is_han(ch) and canonical_syllable(syllable) in readings(ch)


def _begins_a_reading_of(letters: str, ch: str) -> bool:
    start = canonical_syllable(letters)
    return is_han(ch) and any(r.startswith(start) for r in readings(ch))


@lru_cache(maxsize=4096)
def _is_pictograph(c: str) -> bool:
    return PICTOGRAPH_CHAR.match(c) is not None


# An injected page repeats the same few hundred character-reading pairs.
@lru_cache(maxsize=8192)
def _annotates(group: str, host: str) -> bool:
    """The letters of a bracketed group (pictographs inside it aside) are a reading of ``host``."""
    syllables = [part.strip() for part in PICTOGRAPH_CHAR.sub("", group).split("/")]
    return all(syllable[:1].isalpha() and len(syllable) <= 9 and is_reading_of(syllable, host)
               for syllable in syllables)


def _han_before(text: str, pos: int) -> str:
    """The run of Chinese characters (at most :data:`MAX_WORD_CHARACTERS`) that ends at ``pos``."""
    start = pos
    while start > 0 and pos - start < MAX_WORD_CHARACTERS and is_han(text[start - 1]):
        start -= 1
    return text[start:pos]


@lru_cache(maxsize=8192)
def _annotates_word(group: str, before: str) -> bool:
    """The letters of a bracketed group spell, syllable by syllable, a reading of the last two or more
    characters of ``before`` (西咸(xīxián), 同比增长(zēngzhǎng)): a word's reading injected at once."""
    letters = canonical_syllable(PICTOGRAPH_CHAR.sub("", group))
    if "/" in letters or not letters.isalpha() or not letters.isascii():
        return False
    return any(_spells(letters, before[-k:]) for k in range(2, len(before) + 1))


def _spells(letters: str, word: str) -> bool:
    """Whether ``letters`` split into one reading of each character of ``word``, in order."""
    if not word:
        return not letters
    return any(letters.startswith(r) and _spells(letters[len(r):], word[1:]) for r in readings(word[0]) if r)


def remove_pinyin_annotations(text: str, config: CleanConfig) -> FixResult:
    """Drop every bracketed reading of the character before it, however often repeated."""
    if "(" not in text and "（" not in text:
        return fixed([])
    edits = []
    host = ""
    run_end = -1  # end of the last annotation removed: a group right after it reads the same host
    for m in _GROUP.finditer(text):
        group_start, group_end = m.span()
        start = group_start
        while start > 0 and _is_pictograph(text[start - 1]):
            start -= 1  # 国(guo)⛦(guo): the pictograph stands between a character and its reading
        if start != run_end:
            host = text[start - 1] if start > 0 else ""
        if host and (_annotates(m.group("syllable"), host)
                     or start == group_start and _annotates_word(m.group("syllable"), _han_before(text, start))):
            edits.append(Edit(group_start, group_end, ""))
            run_end = group_end
        else:
            run_end = -1
    return fixed(edits)


def remove_cut_off_reading(text: str, config: CleanConfig) -> FixResult:
    """``…确保党中(zho`` at the very end: a reading cut off where the excerpt ends goes when its
    letters begin a reading of the character before it.

    Runs once the page's furniture is gone, so the end is the end a second run sees.
    """
    end = text.rstrip()
    # the reading runs to the end, and holds no bracket: only the last bracket can open it
    last = max(end.rfind("("), end.rfind("（"))
    cut = _CUT_GROUP.match(end, last, timeout=config.pattern_timeout) if last >= 0 else None
    if not cut:
        return fixed([])
    host = text[:cut.start()].rstrip(" \t\u3000\xa0")  # a space before the bracket settles away
    if host and _begins_a_reading_of(cut.group("syllable"), host[-1]):
        return fixed([Edit(cut.start(), cut.end(), "")])
    return fixed([])


def _strongest(run: str) -> int:
    return max((i for i, c in enumerate(run) if c in _STRENGTH), key=lambda i: (_STRENGTH[run[i]], -i))


# Many fixes judge a line as it will read: the same lines are settled again and again.
@lru_cache(maxsize=8192)
def without_piles(s: str) -> str:
    """``s`` as :func:`repair_doubled_punctuation` and :func:`remove_injected_pictographs` will
    leave it, near enough to judge a line the same way before and after they run."""
    if PICTOGRAPH_CHAR.search(s):
        s = PICTOGRAPH_CHAR.sub("", s)
    if not _PUNCTUATION_PAIR.search(s):
        return s
    return _PUNCTUATION_RUN.sub(lambda m: m.group()[_strongest(m.group())], s)


def remove_injected_pictographs(text: str, config: CleanConfig) -> FixResult:
    """``国(guo)⛦(guo)务院`` ``主义(y🎐i)``: a pictograph before a word or a reading goes."""
    if not PICTOGRAPH_CHAR.search(text):
        return fixed([])
    marks = bullets()
    return fixed([Edit(m.start(), m.end(), "") for m in _PICTOGRAPH.finditer(text, timeout=config.pattern_timeout)
                  if not any(c in marks for c in m.group())])  # ★ ✔ ➤ open list items


def repair_doubled_punctuation(text: str, config: CleanConfig) -> FixResult:
    """``成效,,产业`` ``6.1%,。`` ``集聚,、循环``: keep only the strongest mark of a pile."""
    edits = []
    count = 0
    for m in _PUNCTUATION_RUN.finditer(text):
        run = m.group()
        keep = _strongest(run)
        if keep > 0:
            edits.append(Edit(m.start(), m.start() + keep, ""))
        if keep < len(run) - 1:
            edits.append(Edit(m.start() + keep + 1, m.end(), ""))
        count += 1
    return fixed(edits, count)
