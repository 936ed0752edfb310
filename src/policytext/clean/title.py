"""Titles that the page layout split over several lines are one line again.

Two shapes, both read from the lines alone (no sentence punctuation in any
of them, none a numbered heading, a date or a document number):

* the headline of a news page: the lines right above the page head's first
  byline (``政府工作报告速读⑯丨2025年制造业增加值`` + ``占生产总值比重超30%``
  over ``时间:2023-01-14 来源:河南政府网``);
* the title of an official document, wrapped by Word or a PDF: lines that only
  together end on the document's kind (``湖南省人民政府办公厅关于加强普通高等学校``
  + ``毕业生就业工作的通知``), blank lines between them allowed; the title says
  what it is about (关于…) or, over two lines, whose kind it is (``…的实行方案``),
  so a heading over a line that merely ends on such a word (``态度决定``) stays;
  the issuer may stand on a line of its own over the 关于… (``懷化市人民政府辦公室``).

A layout wraps a title where a line is full, so every part before the last
is wider than the last; a kicker over a headline, or an issuer's name over a
title, is not, and stays on its own line, as do headline lines with spaced
words (a slogan set by hand).  A line that opens with 关于 starts a title and
continues nothing but an issuer's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..spans import Edit
from ._text import HAN_RANGES, NUMBERING, has_full_stop, has_han, is_inline_space, iter_lines, simplified
from .boilerplate import is_navigation
from .byline import is_byline
from .config import CleanConfig
from .fix import FixResult, fixed
from .markup import is_bullet_line
from .pinyin import without_piles
from .reflow import is_caption
from .tables import alternation, words

_TITLE_LINE_MAX = 40  # characters of one line of a split title
# Settling a line drops spaces, pictographs and piled-up marks, never a Chinese character: a line
# with more of them than a part of a title holds is none, told from its head (most lines of prose).
_LONGER_THAN_A_TITLE_PART = re.compile(f"(?:[^{HAN_RANGES}]*[{HAN_RANGES}]){{{_TITLE_LINE_MAX + 1}}}")
_HEADLINE_LINES = 3  # lines a headline is split over at most
_DOCUMENT_TITLE_LINES = 4
_OWNER_REACH = 5  # characters before the kind where 的 may stand: 的实行方案, 的若干措施
_SENTENCE_MARKS = frozenset("。！？；，,;!?")
_WRAP_MARGIN = 4  # columns (two characters) by which a wrapped line is wider than the last one
_HALF_WIDTH = {c: c - 0xFEE0 for c in [*range(ord("０"), ord("９") + 1), *range(ord("Ａ"), ord("Ｚ") + 1),
                                       *range(ord("ａ"), ord("ｚ") + 1), ord("％")]}
_NARROW = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%.-+/_")
# A date or a document number: lines of their own, never parts of a title.
_DATE_OR_NUMBER = regex.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号")


@lru_cache(maxsize=1)
def _issuer() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(words('clean_issuer_suffixes.txt'))})$")


@lru_cache(maxsize=1)
def _document_kind() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(words('clean_document_kinds.txt'))})$")


def prepare() -> None:
    """Build this family's patterns before documents flow."""
    _issuer()
    _document_kind()


def _unspaced(content: str) -> str:
    """The line with piled-up marks repaired and no spaces."""
    return "".join(without_piles(content).split())


def _settled(content: str) -> str:
    """The line as the later fixes will leave it, near enough to judge it the same way on a second
    run: piled-up marks repaired, no spaces, full-width digits and letters half-width."""
    return _unspaced(content).translate(_HALF_WIDTH)


def _width(settled: str) -> int:
    """Columns once punctuation is full-width: a number or a Latin word is narrow, the rest wide."""
    return sum(1 if c in _NARROW else 2 for c in settled)


@lru_cache(maxsize=8192)
def _is_title_part(content: str) -> bool:
    """A line that can be one part of a split title."""
    if len(content) > _TITLE_LINE_MAX and _LONGER_THAN_A_TITLE_PART.match(content):
        return False
    content = _unspaced(content)
    # measured before the half-width forms are put in, which keep the length: a paragraph is not translated
    if not content or len(content) > _TITLE_LINE_MAX:
        return False
    content = content.translate(_HALF_WIDTH)
    if not has_han(content):
        return False
    if not _SENTENCE_MARKS.isdisjoint(content) or has_full_stop(content) or NUMBERING.match(content):
        return False
    return not _DATE_OR_NUMBER.search(content) and not is_caption(content)


def _ends_on_document_kind(content: str) -> bool:
    return bool(_document_kind().search(simplified(content)))


def _wrapped(parts: list[str]) -> bool:
    """Every part before the last is wider than the last, and none but the first opens with 关于."""
    widths = [_width(_settled(p)) for p in parts]
    return (all(w >= widths[-1] + _WRAP_MARGIN for w in widths[:-1])
            and not any(simplified(p).startswith("关于") for p in parts[1:]))


def _joins(text: str, lines: list) -> list[Edit]:
    return [Edit(a.hi, b.lo, "") for a, b in zip(lines, lines[1:])]


def _headline_above_byline(text: str, lines: list, config: CleanConfig) -> range:
    """The lines of the headline right above the first byline of the page's head (an empty range if none)."""
    for k, line in enumerate(lines):
        content = text[line.lo:line.hi]
        if is_byline(content, config):
            break
        if has_full_stop(content):
            return range(0)
    else:
        return range(0)
    first = k - 1  # the run of lines (no blank line between them) right above the byline
    while first > 0 and k - first < _HEADLINE_LINES + 1 and text.count("\n", lines[first - 1].hi, lines[first].lo) == 1:
        first -= 1
    parts = [text[line.lo:line.hi] for line in lines[first:k]]
    if not (2 <= len(parts) <= _HEADLINE_LINES) or not all(_is_title_part(p) for p in parts):
        return range(0)
    if any(is_bullet_line(p) or is_navigation(p, config) for p in parts) or not _wrapped(parts):
        return range(0)
    if any(any(is_inline_space(c) for c in p) for p in parts):
        return range(0)  # spaced words are set by hand (a kicker, a slogan), not wrapped
    return range(first, k)


def _says_what_about(parts: list[str], last: str) -> bool:
    """The title opens with 关于 in its first line, or (two lines only) ends on ``的 …kind``."""
    if "关于" in simplified(parts[0]):
        return True
    kind = _document_kind().search(last)
    return len(parts) == 2 and "的" in last[max(0, kind.start() - _OWNER_REACH):kind.start()]


def _is_document_title(parts: list[str]) -> bool:
    """The parts make one wrapped title: an issuer set on its own line over …关于… (``懷化市人民政府辦公室``
    + ``關于印發…的通知``), or lines wrapped where they were full that say what the title is about."""
    if _issuer().search(simplified(parts[0])) and simplified(parts[1]).startswith("关于"):
        return len(parts) == 2 or _wrapped(parts[1:])
    return _says_what_about(parts, simplified(parts[-1])) and _wrapped(parts)


def _document_titles(text: str, lines: list) -> list[range]:
    """The lines of official-document titles that end on the document's kind only together."""
    found = []
    contents = [text[line.lo:line.hi] for line in lines]
    i = 0
    while i < len(lines):
        end = None
        if _is_title_part(contents[i]) and not _ends_on_document_kind(contents[i]):
            for j in range(i + 1, min(i + _DOCUMENT_TITLE_LINES, len(lines))):
                if not _is_title_part(contents[j]):
                    break
                if _ends_on_document_kind(contents[j]):
                    end = j
                    break
        # a title says what it is about (…关于…) or whose it is (…的实施方案): 态度决定 is no title
        if end is not None and _is_document_title(contents[i:end + 1]):
            found.append(range(i, end + 1))
            i = end + 1
        else:
            i += 1
    return found


def rejoin_split_headline(text: str, config: CleanConfig) -> FixResult:
    """One line for a headline that the layout wrapped above the page's first byline.

    Runs while the bylines are still in the text.
    """
    lines = [line for line in iter_lines(text) if line.hi > line.lo]
    headline = _headline_above_byline(text, lines, config)
    return fixed(_joins(text, lines[headline.start:headline.stop]), 1 if headline else 0)


def rejoin_split_document_titles(text: str, config: CleanConfig) -> FixResult:
    """One line for an official document's title that Word or a PDF wrapped.

    Runs once furniture lines are gone and broken paragraphs are whole, so the
    lines it reads are the ones a second run reads.
    """
    lines = [line for line in iter_lines(text) if line.hi > line.lo]
    titles = _document_titles(text, lines)
    return fixed([e for title in titles for e in _joins(text, lines[title.start:title.stop])], len(titles))
