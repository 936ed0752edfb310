"""Whitespace and layout: one paragraph per line, single spaces, no indentation, no blank lines."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..spans import Edit
from ._text import SPACELESS_PUNCTUATION, iter_lines, simplified
from .config import CleanConfig
from .fix import FixResult, fixed
from .markup import markup_prefix_length
from .pinyin import PICTOGRAPH_CHAR

# The patterns of this module run in linear time (no repetition that can backtrack): no timeout.
_LINE_SEPARATORS = regex.compile(r"[\u2028\u2029\x0b\x0c\x85]")
_LINE_SEPARATOR_CHARS = "\u2028\u2029\x0b\x0c\x85"  # looked for one by one: a plain search is faster than a scan
# Zero-width characters and soft hyphens: invisible, but they split words and numbers.
_INVISIBLE = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACE_RUN = regex.compile(r"[^\S\n]+")
# Any space, in a fast scan that most lines fail (the stdlib's \s takes in every space of _SPACE_RUN).
_ANY_SPACE = re.compile(r"\s")
# At most three spaces between the characters: wider gaps set words apart in a table or a signature.
_LETTER_SPACED = regex.compile(r"\p{Han}(?:[^\S\n]{1,3}\p{Han})+")


def normalise_line_separators(text: str, config: CleanConfig) -> FixResult:
    """Unicode line and paragraph separators, form feeds and vertical tabs become ``\\n``."""
    if not any(c in text for c in _LINE_SEPARATOR_CHARS):
        return fixed([])
    return fixed([Edit(m.start(), m.end(), "\n") for m in _LINE_SEPARATORS.finditer(text)])


def remove_invisible_characters(text: str, config: CleanConfig) -> FixResult:
    """Drop zero-width spaces and joiners, stray byte-order marks and soft hyphens."""
    if not any(c in text for c in _INVISIBLE_CHARS):
        return fixed([])
    return fixed([Edit(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)])


def _delete(edits: list[Edit], start: int, end: int) -> None:
    if end > start:
        edits.append(Edit(start, end, ""))


def _keep_one_newline(edits: list[Edit], text: str, start: int, end: int) -> None:
    """Reduce ``text[start:end]`` (blank lines, indentation) to the one newline it holds."""
    nl = text.find("\n", start, end)
    _delete(edits, start, nl)
    _delete(edits, nl + 1, end)


def _splits_number(text: str, s: int, e: int, line_start: int) -> bool:
    """The space at ``[s, e)`` breaks a number: ``113. 2万吨``, ``10.4 ％``.

    A decimal point at the start of a line is a list number (``1. 总则``) and keeps its space.
    """
    if text[e] in "%％" and text[s - 1].isdigit():
        return True
    if text[s - 1] != "." or not text[e].isdigit():
        return False
    i = s - 1
    while i > line_start and text[i - 1].isdigit():
        i -= 1
    return i > line_start and i < s - 1


@lru_cache(maxsize=8192)
def _letter_spaced_words(content: str) -> int | None:
    """Where the letter-spaced words of ``content`` begin (after a bullet), or None.  Judged on the
    line as it will be once an injected pictograph is gone (政 府 工 作⛦), so a second run of clean
    decides the same."""
    if not _ANY_SPACE.search(content):
        return None  # most lines: no space at all to set letters apart
    start = markup_prefix_length(content)
    if _LETTER_SPACED.fullmatch(content, start):
        return start
    if PICTOGRAPH_CHAR.search(content, start):
        judged = PICTOGRAPH_CHAR.sub("", content[start:])
        return start if judged and _LETTER_SPACED.fullmatch(judged) else None
    return None


def is_letter_spaced(content: str, config: CleanConfig) -> bool:
    return _letter_spaced_words(content) is not None


def close_letter_spacing(text: str, config: CleanConfig) -> FixResult:
    """A line of single Chinese characters set apart by spaces (``政 府 工 作 报 告``, ``目  录``)
    is one word again: the spaces were typography, not text."""
    edits = []
    lines = 0
    for line in iter_lines(text):
        if not _ANY_SPACE.search(text, line.lo, line.hi):
            continue  # most lines: no space at all (looked for in place, before the line is cut out)
        start = _letter_spaced_words(text[line.lo:line.hi])
        if start is not None:
            lines += 1
            for m in _SPACE_RUN.finditer(text, line.lo + start, line.hi):
                edits.append(Edit(m.start(), m.end(), ""))
    return fixed(edits, lines)


def normalise_whitespace(text: str, config: CleanConfig) -> FixResult:
    """One paragraph per line; a run of spaces (NBSP, ideographic, tabs) becomes one space,
    none beside full-width punctuation; lines lose indentation; blank lines go; the text
    ends with one newline.  Kept spaces and newlines map to the ones they were."""
    lines = [line for line in iter_lines(text) if line.hi > line.lo]
    if not lines:
        return fixed([Edit(0, len(text), "")] if text else [])
    edits: list[Edit] = []
    _delete(edits, 0, lines[0].lo)
    for previous, line in zip(lines, lines[1:]):
        if line.lo != previous.hi + 1:  # else one newline and nothing else between them
            _keep_one_newline(edits, text, previous.hi, line.lo)
    # the runs inside lines, found in one pass: runs between a line's end and the next line's
    # words are indentation, trailing spaces or blank lines, reduced above
    k = 0
    for m in _SPACE_RUN.finditer(text, lines[0].lo, lines[-1].hi):
        s, e = m.span()
        while lines[k].hi <= s:
            k += 1
        line = lines[k]
        if s < line.lo:
            continue
        if text[s - 1] in SPACELESS_PUNCTUATION or text[e] in SPACELESS_PUNCTUATION or _splits_number(text, s, e, line.lo):
            _delete(edits, s, e)
            continue
        if text[s] != " ":
            edits.append(Edit(s, s + 1, " "))
        _delete(edits, s + 1, e)
    last = lines[-1].hi
    if "\n" in text[last:]:
        _keep_one_newline(edits, text, last, len(text))
    else:
        _delete(edits, last, len(text))
        edits.append(Edit(len(text), len(text), "\n"))
    return fixed(edits)


def remove_repeated_lines(text: str, config: CleanConfig) -> FixResult:
    """Drop a line that repeats the line before it, in either script (a headline printed twice)."""
    edits = []
    previous = None
    for line in iter_lines(text):
        content = text[line.lo:line.hi]
        # folding keeps the length: only a line as long as the one before is folded to compare
        if (len(content) >= 2 and previous is not None and len(content) == len(previous)
                and simplified(content) == simplified(previous)):
            edits.append(Edit(line.start, min(line.end + 1, len(text)), ""))
            continue
        previous = content
    return fixed(edits)
