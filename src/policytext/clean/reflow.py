"""Paragraphs broken by page, column or hard line wraps are rejoined.

Three signs that a line goes on in the next one:

* the next line opens with a mark no paragraph starts with (``，`` ``。`` ``）``);
* the text is hard-wrapped (most lines fill the same width) and the line
  fills it while the next line is not indented;
* the paragraph so far stops inside quotes or brackets, or is punctuated
  like a sentence (``，`` ``；`` ``。`` inside, or a ``、`` at its end) but
  stops on a character that cannot end one (``坚决落实中`` +
  ``央经济工作会议``), or it opens with an adverbial that needs a clause
  after it and stops before its first clause mark (``作为联合国…装备制造`` +
  ``业国际示范城市，…``).  Numbered headings (``一、…``, ``（一）…``)
  without a full stop, and a line of the page's head (before any full stop)
  that reads as a title (one clause mark at most), stay as they are; so do
  other lines with no clause mark at all (``为大会注入新元素、新动力``).
  A text that holds no full stop at all over many lines of clauses stores a
  sentence per line with its ``。`` dropped: there a line is broken only
  where it stops inside a pair or on a mark that opens or joins (``，``).

A caption (``图为…``) or sidebar points (``●…``) found between the two halves
move after the rejoined paragraph, with their offsets, never lost.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

import regex

from ..spans import Edit
from ._text import (
    CONTINUING_PUNCTUATION,
    ascii_full_stops,
    NUMBERING,
    SENTENCE_PUNCTUATION,
    TERMINAL_PUNCTUATION,
    Line,
    display_width,
    has_full_stop,
    has_han,
    is_han,
    iter_lines,
    simplified,
)
from .config import CleanConfig
from .fix import FixResult, fixed
from .markup import bare, is_bullet_line, markup_prefix_length
from .pinyin import without_piles
from .tables import alternation, rows, words

# Characters a broken line can stop on: words, numbers, and marks that open or join.
_OPEN_ENDINGS = frozenset("，、,《“（(‘—-%％")
# Of those, what a line stored as a sentence cannot stop on (it may stop on a value: …下降14%)
_LINED_OPEN_ENDINGS = _OPEN_ENDINGS - {"%", "％"}
_CLAUSE_PUNCTUATION = SENTENCE_PUNCTUATION - {"、"}
# A paragraph that stops on the attributive 的 (“十五五”时期经济社会发展的 | 主要目标) stops inside a noun
# phrase: the next line is the rest of it, whatever that line looks like; not a word that ends in 的.
_ATTRIBUTIVE = "的"
# A copula and its colon cannot open a paragraph: “十五五”时期…的主要目标 | 是：地区生产总值年均增长5%左右…
_COPULA_OPENINGS = ("是：", "是:", "为：", "为:")
_WORDS_ENDING_IN_ATTRIBUTIVE = ("目的", "标的", "有的", "别的", "似的")
_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"), ("【", "】"), ("「", "」"), ("『", "』"))
_CAPTION_MAX = 80
_INTERRUPTER_MAX = 6  # caption and sidebar lines looked past to find the rest of a sentence
_WRAP_MIN_WIDTH = 20
_WRAP_MIN_LINES = 5
_WRAP_SHARE = 0.4
_WRAP_SLACK = 4  # a wrapped line may fall short of the width by a few columns
_WRAP_OVERSHOOT = 2  # and no line is wider than the width by more than this
_WIDENED = ",:;?!()"  # ASCII marks that clean turns full-width in Chinese text
# The marks a line's signs count, found in one scan of it.
_WIDENED_MARK = re.compile(f"[{re.escape(_WIDENED)}]")
_CLAUSE_MARK = re.compile(f"[{re.escape(''.join(sorted(_CLAUSE_PUNCTUATION)))}]")
_PAIR_MARK = re.compile(f"[{re.escape(''.join(o + c for o, c in _PAIRS))}]")
_OPENER_MIN = 8
# A line that opens with one character and a stop (系。三次产业…): the end of a word a break cut (ASCII
# marks too, and a run of marks with a stop in it: clean widens and collapses them later, and a second run
# must decide the same).
_WORD_TAIL = regex.compile(r"\p{Han}[\s、，,；;。！？!?]*?[。，；！？,;!?]")
# How long a line must be for a cut inside a word to be read: a wrapped line of prose, not a label.
_WORD_CUT_MIN = 20
_LINED_MIN_LINES = 10  # lines with clause marks that show a text stores a sentence per line
# A short label and a list of short items: 关键词：数字经济；数字化资源；乡村振兴
_LABELLED_LIST = regex.compile(r"\p{Han}{2,6}\s*[:：]\s*[^，。；;,：:！？]{1,12}(?:\s*[；;，,、]\s*[^，。；;,：:！？]{1,12})*")  # characters a paragraph that opens with an adverbial needs before it can be broken


class _Row(NamedTuple):
    """A non-blank line and what kind of line it is."""

    line: Line
    content: str
    bare: str
    kind: str  # text, caption, sidebar
    indent_width: int

    @property
    def width(self) -> int:
        """Of the words, without the indentation: the layout is measured the same once it is gone."""
        return _settled_width(self.content)


@lru_cache(maxsize=1)
def _clause_openers() -> regex.Pattern:
    return regex.compile(alternation(words("clean_clause_openers.txt")))


@lru_cache(maxsize=1)
def _addressee() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(words('clean_issuer_suffixes.txt'))})$")


@lru_cache(maxsize=1)
def _caption_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    prefixes = [r[1] for r in rows("clean_caption_markers.tsv") if r[0] == "prefix"]
    suffixes = [r[1] for r in rows("clean_caption_markers.tsv") if r[0] == "suffix"]
    return (regex.compile("|".join(f"(?:{p})" for p in prefixes)),
            regex.compile("(?:" + "|".join(f"(?:{s})" for s in suffixes) + r")$"))


def prepare() -> None:
    """Build this family's patterns before documents flow."""
    _clause_openers()
    _addressee()
    _caption_patterns()


@lru_cache(maxsize=8192)
def is_caption(content: str) -> bool:
    """A photo or chart caption line (``图为…``, ``图1 …``, ``…本报记者 霍艳恩摄``)."""
    if not content or len(content) > _CAPTION_MAX:
        return False
    folded = simplified(content)
    prefix, suffix = _caption_patterns()
    return bool(prefix.match(folded) or suffix.search(folded))


# Rounds of rejoining re-read the lines they left alone: judge each line's words once.
@lru_cache(maxsize=8192)
def _line_traits(content: str) -> tuple[str, str]:
    """``(bare, kind)`` of a line's words."""
    words = bare(content)
    if is_bullet_line(content):
        kind = "sidebar"
    elif is_caption(words):
        kind = "caption"
    else:
        kind = "text"
    return words, kind


@lru_cache(maxsize=8192)
def _settled_width(content: str) -> int:
    """The width the line keeps once piled-up marks are repaired and , : ; ( ) ? ! and a . that
    ends a sentence are full-width (in a Chinese line they will be): a second run measures the same.

    At most two columns a character of ``content``: only characters are removed, and a mark that
    widens is one column before.
    """
    settled = "".join(without_piles(content).split())  # spaces inside a line settle too
    return display_width(settled) + len(_WIDENED_MARK.findall(settled)) + ascii_full_stops(settled)


def _classify(text: str, line: Line) -> _Row:
    content = text[line.lo:line.hi]
    words, kind = _line_traits(content)
    indent = display_width(text[line.start:line.lo]) if line.lo > line.start else 0
    return _Row(line, content, words, kind, indent)


def _enough_lines_near_the_widest(rows_: list[_Row], needed: float) -> bool:
    """Whether ``needed`` lines can fill a layout's width, measuring one line (no unless they can).

    No line of a layout is wider than its width plus the overshoot, and a full
    line falls short of it by the slack at most: a full line is at least as wide
    as any line (the longest one) less both.  A line is at most two columns a
    character.  Most texts are not wrapped, and their lines differ in length:
    they are told apart without measuring every line.
    """
    longest = max(rows_, key=lambda r: len(r.content)).width
    least = longest - _WRAP_OVERSHOOT - _WRAP_SLACK
    return sum(1 for r in rows_ if 2 * len(r.content) >= least) >= needed


def _wrap_layout(rows_: list[_Row]) -> tuple[int, int] | None:
    """``(width, paragraph indent)`` when the text is hard-wrapped at a fixed width, else None."""
    needed = max(_WRAP_MIN_LINES, _WRAP_SHARE * len(rows_))
    if len(rows_) < needed or not _enough_lines_near_the_widest(rows_, needed):
        return None
    widths = [r.width for r in rows_ if r.width >= _WRAP_MIN_WIDTH]
    if len(widths) < _WRAP_MIN_LINES:
        return None
    width = max(Counter(widths).most_common(), key=lambda wc: (wc[1], wc[0]))[0]
    if max(widths) > width + _WRAP_OVERSHOOT:
        return None
    full = sum(1 for w in widths if w >= width - _WRAP_SLACK)
    if full < needed:
        return None
    indents = Counter(r.indent_width for r in rows_ if r.indent_width)
    return width, (indents.most_common(1)[0][0] if indents else 0)


class _Signs(NamedTuple):
    """What one part of a paragraph adds to what is known of it."""

    han: bool
    clauses: int
    full_stop: bool
    opened: tuple[int, ...]  # brackets and quotes of _PAIRS opened minus closed; () when all are closed


# Rounds of rejoining read the same lines again: each line's signs are counted once.
@lru_cache(maxsize=8192)
def _signs(words: str) -> _Signs:
    stops = ascii_full_stops(words) if "." in words else 0  # what has_full_stop would count again
    return _Signs(
        has_han(words),
        len(_CLAUSE_MARK.findall(words)) + stops,
        stops > 0 or has_full_stop(words),
        _opened(words),
    )


def _opened(words: str) -> tuple[int, ...]:
    marks = "".join(_PAIR_MARK.findall(words))
    if not marks:
        return ()
    opened = tuple(marks.count(o) - marks.count(c) for o, c in _PAIRS)
    return opened if any(opened) else ()


@lru_cache(maxsize=8192)
def _opening(first: str) -> tuple[bool, bool, str]:
    """``(numbered, a labelled list, the words after the numbering)`` of a paragraph's first line."""
    m = NUMBERING.match(first)
    labelled = (":" in first or "：" in first) and _LABELLED_LIST.fullmatch(first) is not None  # the label's colon first
    return bool(m), labelled, first[m.end():] if m else first


# Asked only of a paragraph with no clause mark: most are never folded to simplified script for it.
@lru_cache(maxsize=8192)
def _opens_with_adverbial(first: str) -> bool:
    return bool(_clause_openers().match(simplified(first)))


def _may_stop_open(last: str) -> bool:
    """A paragraph that stops on ``last`` may be broken: a word, a number or a mark that opens or joins."""
    return is_han(last) or last.isalnum() or last in _OPEN_ENDINGS


class _Paragraph:
    """What is known of a paragraph as its parts are joined: enough to tell whether it is broken.

    Most paragraphs stop on a mark a sentence ends with, and that settles it:
    the signs of the parts (and the numbering of the first) are read only
    when asked for, each part once, into running counts, so a paragraph of a
    thousand hard-wrapped lines costs no more than its length.
    """

    def __init__(self, first: str):
        self.first = first
        self.numbered = self.labelled_list = False
        self.length = 0
        self.han = False
        self.clauses = 0
        self._full_stop = False
        self.open = [0] * len(_PAIRS)
        self.last = ""
        self._unread = [first]  # parts whose signs are not counted yet, in order (the first part is the first)
        self._first_unread = True
        self._tail = first[-2:]  # the last two characters the parts stop on (see _stop)

    def add(self, words: str) -> None:
        if words:
            self._unread.append(words)
            self._tail = (self._tail + words)[-2:]

    def _read(self) -> None:
        for words in self._unread:
            if self._first_unread:
                self._first_unread = False
                self.numbered, self.labelled_list, words = _opening(words)
                if not words:
                    continue
            signs = _signs(words)
            self.length += len(words)
            self.han = self.han or signs.han
            self.clauses += signs.clauses
            self._full_stop = self._full_stop or signs.full_stop
            if signs.opened:
                self.open = [n + d for n, d in zip(self.open, signs.opened)]
            self.last = words[-1]
        self._unread.clear()

    @property
    def _stop(self) -> str:
        """Where the parts stop as added: where the paragraph stops unless numbering is all its first part holds."""
        return self._tail[-1:]

    def dangles(self) -> bool:
        """It stops on the attributive 的, inside a noun phrase."""
        return self._stop == _ATTRIBUTIVE and self._tail not in _WORDS_ENDING_IN_ATTRIBUTIVE

    @property
    def full_stop(self) -> bool:
        self._read()
        return self._full_stop

    def is_broken(self, title_position: bool, lined: bool = False) -> bool:
        """It stops where no sentence can end: inside quotes or brackets, after a clause
        mark without reaching a full stop, or after an opening adverbial before its clause.

        ``title_position``: a single line in the page's head, where a title is expected.
        ``lined``: the text stores a sentence per line and no full stop at all, so a line
        that stops on a character has ended its sentence.
        """
        if not _may_stop_open(self._stop):
            return False  # read as it stops (a first part of nothing but numbering stops on nothing: not open either)
        self._read()
        last = self.last
        if not self.han or not _may_stop_open(last):
            return False  # the signs read Chinese prose: an English line (Fellow Deputies,) is not judged
        if any(n > 0 for n in self.open):
            return True  # “湖南省是我国输变电 | 产业基础最好的省份之一……”
        if lined:
            return last in _LINED_OPEN_ENDINGS  # …统筹推进实现碳达峰 | 坚持因地制宜，…: two sentences
        if self.numbered and not self.full_stop:
            return False  # a numbered heading: 一、经济总量保持前列，三大产业发展分化明显
        if self.labelled_list:
            return False  # 关键词：数字经济；数字化资源；乡村振兴
        if title_position and not self.full_stop and _addressee().search(simplified(self.first)):
            return False  # 各街道办事处，区级各部门，官盛新区管委会 (its colon lost)
        if title_position and not self.full_stop and self.clauses <= 1 and last not in _OPEN_ENDINGS:
            return False  # a title: 推动产业创新，扛起龙头企业担当
        # 、 alone lists nouns, as headings do (新元素、新动力); a line can still stop on one
        if not self.clauses and last not in "、，,":
            # 作为联合国…装备制造 | 业国际示范城市
            return self.length >= _OPENER_MIN and _opens_with_adverbial(self.first)
        return True


def _reads_on(words: str) -> bool:
    """The words can be the rest of a sentence: running text, not a heading or a numbered item."""
    if not words or NUMBERING.match(words):
        return False
    return not SENTENCE_PUNCTUATION.isdisjoint(words) or words[-1] in TERMINAL_PUNCTUATION or has_full_stop(words)


def _separator(left: str, right: str) -> str:
    return " " if left.isascii() and left.isalpha() and right.isascii() and right.isalpha() else ""


def _next_part(rows_: list[_Row], c: int, paragraph: _Paragraph, wrap: tuple[int, int] | None,
               title_position: bool, lined: bool) -> tuple[int, list[int]] | None:
    """Where the paragraph ending at row ``c`` goes on: ``(row, interrupting rows)``, or None.

    Markdown marks and bullets are read through (``bare``) so that a second
    run, after they are gone, decides the same way.
    """
    n = c + 1
    if n >= len(rows_):
        return None
    here, there = rows_[c], rows_[n]
    if there.bare and (there.bare[0] in CONTINUING_PUNCTUATION or there.bare.startswith(_COPULA_OPENINGS)):
        return n, []  # a line that opens with a copula and its colon (是：…) is the rest of a sentence
    if here.kind == "caption":
        return None
    if (wrap and there.line.start == here.line.end + 1 and there.kind != "caption" and there.indent_width == 0
            and here.indent_width + here.width >= wrap[0] - _WRAP_SLACK and here.indent_width <= wrap[1]):
        return n, []
    if paragraph.dangles() and there.kind == "text":
        return n, []  # “十五五”时期经济社会发展的 | 主要目标
    if (there.kind == "text" and len(here.bare) >= _WORD_CUT_MIN and is_han(here.bare[-1])
            and _WORD_TAIL.match(there.bare)):
        return n, []  # …为支撑的产业体 | 系。三次产业…: no line opens with the last character of a word and its stop
    if not paragraph.is_broken(title_position, lined):
        return None
    interrupters = []
    k = n
    while k < len(rows_) and rows_[k].kind in ("caption", "sidebar") and len(interrupters) < _INTERRUPTER_MAX:
        interrupters.append(k)
        k += 1
    if k < len(rows_) and rows_[k].kind == "text" and _reads_on(rows_[k].bare):
        return k, interrupters
    # No rest of the sentence after them: the first point goes on (as it will
    # when a second run sees it without its bullet).
    for j, s in enumerate(interrupters):
        if rows_[s].kind == "sidebar":
            return (s, interrupters[:j]) if _reads_on(rows_[s].bare) else None
    return None


def _stores_sentence_per_line(text: str, rows_: list[_Row]) -> bool:
    """Whether the text is prose that a store cut into one sentence per line, dropping every full
    stop (…统筹推进实现碳达峰 | 坚持因地制宜，…): many lines read as clauses, and no 。 anywhere,
    where wrapped prose would hold one in nearly every line."""
    if has_full_stop(text):
        return False
    return sum(1 for row in rows_ if _CLAUSE_MARK.search(row.content)) >= _LINED_MIN_LINES


def rejoin_broken_paragraphs(text: str, config: CleanConfig) -> FixResult:
    """Join the parts of broken paragraphs; move captions and sidebars that interrupted them after them."""
    rows_ = [_classify(text, line) for line in iter_lines(text) if line.hi > line.lo]
    wrap = _wrap_layout(rows_)
    lined = _stores_sentence_per_line(text, rows_)
    edits: list[Edit] = []
    joins = 0
    head = True  # no full stop read yet: the page's title, kicker and header lines
    i = 0
    while i < len(rows_):
        c = i
        paragraph = _Paragraph(rows_[i].bare)
        moved: list[int] = []
        while (step := _next_part(rows_, c, paragraph, wrap, head and c == i, lined)) is not None:
            n, interrupters = step
            left, right = rows_[c], rows_[n]
            start = right.line.lo + markup_prefix_length(right.content)  # a mark that opened the line goes too
            edits.append(Edit(left.line.hi, start, _separator(left.content[-1], text[start])))
            moved.extend(interrupters)
            paragraph.add(right.bare)
            c = n
            joins += 1
        head = head and not paragraph.full_stop
        end = rows_[c].line.hi
        for k in moved:
            edits.append(Edit(end, end, "\n"))
            edits.append(Edit(end, end, rows_[k].content, moved_from=rows_[k].line.lo))
        i = c + 1
    return fixed(edits, joins)
