"""Character classes, line spans and script folding shared by the fix families."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator, NamedTuple

import opencc
import regex

from ..opencc_text import opencc_convert
from .tables import rows

# Punctuation that marks Chinese context: full-width forms, CJK quotes and brackets.
CJK_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—～·")
# Full-width punctuation that never needs a space beside it.
SPACELESS_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…")
# Punctuation inside a sentence or ending one (ASCII forms: pages often fold them).
SENTENCE_PUNCTUATION = frozenset("，、；。！？,;!?")
# Marks that can end a paragraph or a line that is complete as it stands.
TERMINAL_PUNCTUATION = frozenset("。！？；：…”’」』）》〕】!?;:)\"'")
# Marks that never start a paragraph: a line that begins with one continues the previous line.
CONTINUING_PUNCTUATION = frozenset("，。、；：？！）」』”’》〕%％,;:?!)")


# Marks that end a sentence.  An ASCII ``.`` after a Chinese word or a closing mark counts
# as one whether or not it becomes ``。`` later, so lines are judged the same before and after.
FULL_STOPS = frozenset("。！？!?")
_ENDS_BEFORE_ASCII_STOP = frozenset("》”’）】」』〕)%％")


def ascii_full_stops(s: str) -> int:
    """How many ``.`` in ``s`` come right after Chinese or a closing mark (``戰略.``): they may become ``。``."""
    n = 0
    i = s.find(".")
    while i >= 0:
        after = s[i + 1:i + 2]
        lone = after != "." and (i == 0 or s[i - 1] != ".")  # ... is an ellipsis
        word = after.isascii() and after.isalpha()  # 报告.docx is a file name
        if lone and not word and i > 0 and (is_han(s[i - 1]) or s[i - 1] in _ENDS_BEFORE_ASCII_STOP):
            n += 1
        i = s.find(".", i + 1)
    return n


_FULL_STOP = re.compile(f"[{''.join(sorted(FULL_STOPS))}]")


def has_full_stop(s: str) -> bool:
    """``s`` ends a sentence somewhere: ``。！？``, or a ``.`` right after Chinese (``戰略.``)."""
    return _FULL_STOP.search(s) is not None or ("." in s and ascii_full_stops(s) > 0)


# What numbers a heading or a list item: 一、 （一） 1. 1.1 第一章 …
NUMBERING = regex.compile(
    r"(?:[(（][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百]+[、.．]|\d+[、.．](?!\d)|\d+(?:\.\d+)+(?=\s)"
    r"|第[一二三四五六七八九十百零〇\d]+[章节条部分篇编])\s*"
)


def is_han(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs, extensions, compatibility, 〇)."""
    return (
        "\u4e00" <= ch <= "\u9fff"
        or "\u3400" <= ch <= "\u4dbf"
        or "\uf900" <= ch <= "\ufaff"
        or "\U00020000" <= ch <= "\U0003134f"
        or ch == "\u3007"
    )


# The ranges of is_han (for a character class), for testing a whole string in one pass.
HAN_RANGES = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003134f\u3007"
_HAN = re.compile(f"[{HAN_RANGES}]")


def has_han(s: str) -> bool:
    """Some character of ``s`` is Chinese (``any(is_han(c) for c in s)``, in one regex pass)."""
    return _HAN.search(s) is not None


def is_chinese_context(ch: str | None) -> bool:
    return ch is not None and (is_han(ch) or ch in CJK_PUNCTUATION)


def is_inline_space(ch: str) -> bool:
    """Whitespace inside a line: spaces, tabs, NBSP, ideographic space (not a line break)."""
    return ch.isspace() and ch != "\n"


def _is_wide(c: str) -> bool:
    return unicodedata.east_asian_width(c) in "WFA"


@lru_cache(maxsize=65536)
def _char_width(c: str) -> int:
    return 2 if _is_wide(c) else 1


@lru_cache(maxsize=1)
def _wide_bmp_runs() -> re.Pattern:
    """Runs of the BMP characters that take two columns, read off ``unicodedata`` once."""
    ranges = []
    start = None
    for cp in range(0x80, 0x10001):
        wide = cp < 0x10000 and _is_wide(chr(cp))
        if wide and start is None:
            start = cp
        elif not wide and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(cp - 1))}")
            start = None
    return re.compile(f"[{''.join(ranges)}]+")


@lru_cache(maxsize=16384)
def display_width(s: str) -> int:
    """Columns the text takes in a fixed-width CJK layout (what hard wraps count)."""
    if s.isascii():  # every ASCII character is narrow
        return len(s)
    # each wide character adds a column to the length: one pass drops the wide BMP characters to count them
    narrow = _wide_bmp_runs().sub("", s)
    width = 2 * len(s) - len(narrow)
    if not narrow.isascii():
        width += sum(_char_width(c) - 1 for c in narrow if c > "\uffff")
    return width


class Line(NamedTuple):
    """One line of a text: ``[start, end)`` without its newline; ``[lo, hi)`` without its indentation."""

    start: int
    end: int
    lo: int
    hi: int


def iter_lines(text: str) -> Iterator[Line]:
    return iter(_lines(text))


# Every fix family walks the lines of the same text: split it once.  Only the text being
# cleaned is walked, so a few entries suffice and no large document is held for long.
@lru_cache(maxsize=4)
def _lines(text: str) -> tuple[Line, ...]:
    lines = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        # str.strip() drops exactly the characters is_inline_space accepts: the line holds no "\n".
        content = line.lstrip()
        lo = end - len(content)
        lines.append(Line(start, end, lo, lo + len(content.rstrip())))
        start = end + 1
    if lines[-1].end == lines[-1].start:
        lines.pop()  # nothing after the final newline (or no text): no line
    return tuple(lines)


def whole_line_span(text: str, line: Line) -> tuple[int, int]:
    """The span that removes ``line`` with its newline."""
    return line.start, min(line.end + 1, len(text))


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _convertible() -> re.Pattern:
    """Any character opencc's t2s conversion can change: a text without one converts to itself."""
    chars = sorted(set("".join(row[0] for row in rows("clean_t2s_characters.txt"))))
    # the stdlib engine tests a class of BMP characters against a bitmap, but walks a list of
    # astral ones: every astral character (rare in these pages) is left for opencc to judge
    bmp = "".join(re.escape(c) for c in chars if c <= "\uffff")
    return re.compile(f"[{bmp}\U00010000-\U0010ffff]")


@lru_cache(maxsize=65536)
def simplified(s: str) -> str:
    """``s`` in simplified script, for matching against the tables (written in simplified).

    Falls back to ``s`` itself when the conversion would change its length, so
    that positions found in the folded text are positions in ``s``.
    """
    if not _convertible().search(s):
        return s  # most lines: one scan instead of a call into opencc
    folded = opencc_convert(_t2s(), s)
    return folded if len(folded) == len(s) else s


def prepare() -> None:
    """Build the width runs and load opencc's tables now, not while the first document is timed."""
    _wide_bmp_runs()
    _t2s()
    _convertible()


# Fixes that match folded lines against the tables fold the text they read once, not line by line.
@lru_cache(maxsize=4)
def converted_text(text: str) -> str:
    """``text`` through opencc's t2s, whatever the length it comes out with.

    Its tables map runs of Chinese characters only (no entry holds anything
    else), so a stretch of ``text`` set off by other characters (a line, a
    word between spaces) converts inside it as it converts alone.
    """
    return opencc_convert(_t2s(), text) if _convertible().search(text) else text


def simplified_text(text: str) -> str:
    """``text`` in simplified script, where every line reads as :func:`simplified` folds it alone.

    A line converts inside the text as alone (:func:`converted_text`), and
    the conversion keeps the length, so positions in the fold are positions
    in ``text``.
    """
    folded = converted_text(text)
    if len(folded) != len(text):
        # an entry that changes the length (the tables have none now): fold line by line, as alone
        folded = "\n".join(map(simplified, text.split("\n")))
    return folded
