"""Character width: full-width digits and letters become ASCII; ASCII punctuation in Chinese context becomes full-width.

``.`` is a decimal point, an abbreviation or part of a file name or an
address far more often than a misplaced ``。``, so it becomes ``。`` only
where it ends a Chinese sentence: after a Chinese word (or a closing mark or
``%``) and before the line's end or the next Chinese sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..spans import Edit
from ._text import NUMBERING, Line, is_chinese_context, is_han, is_inline_space, iter_lines
from .config import CleanConfig
from .fix import FixResult, fixed
from .tables import mapping, rows

# The patterns of this module but _EMAIL run in linear time (no repetition that can backtrack): no timeout.
_FULLWIDTH_ALNUM = regex.compile(r"[０-９Ａ-Ｚａ-ｚ％]+|(?<=[0-9０-９])．(?=[0-9０-９])")
# Any character _FULLWIDTH_ALNUM can match: most texts have none, and one scan for them is cheap.
_FULLWIDTH_FORM = re.compile(r"[０-９Ａ-Ｚａ-ｚ％．]")
_ASCII_PUNCTUATION = regex.compile(r"[,:;?!()]")
_URL = regex.compile(r"(?:(?:https?|ftp)://|www\.)[!-~]+")
_CLOSING = frozenset("》”’）】」』〕")
_OPENING = frozenset("“‘（《【「『〔")
# A lone ASCII full stop (never one of a run: ``...`` is an ellipsis).
_ASCII_FULL_STOP = regex.compile(r"(?<!\.)\.(?!\.)")
_MAX_SWEEPS = 6
# What a number or a Latin word is made of, to look past it for Chinese context.
_WORD_CHARS = frozenset("0123456789.%+-_/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_EMAIL = regex.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


@lru_cache(maxsize=1)
def _full_width() -> dict[str, str]:
    return mapping("clean_ascii_punctuation.tsv")


def _to_half_width(s: str) -> str:
    return "".join("." if c == "．" else chr(ord(c) - 0xFEE0) for c in s)


def normalise_fullwidth_alphanumerics(text: str, config: CleanConfig) -> FixResult:
    """``２０２３`` ``ＧＤＰ`` ``５％`` become ``2023`` ``GDP`` ``5%``; so does ``．`` between digits."""
    if not _FULLWIDTH_FORM.search(text):
        return fixed([])
    edits = [
        Edit(m.start(), m.end(), _to_half_width(m.group()))
        for m in _FULLWIDTH_ALNUM.finditer(text)
    ]
    return fixed(edits)


# A decimal point with spaces beside it between two digits (经济增长6 . 5%左右, 6 .5): a scraper's padding.
_SPACED_DECIMAL_POINT = re.compile(r"(?<=[0-9])(?:[ \t\u3000]+[.．][ \t\u3000]*|[.．][ \t\u3000]+)(?=[0-9])")


def close_spaced_decimal_points(text: str, config: CleanConfig) -> FixResult:
    """``6 . 5%`` and ``6 .5%`` become ``6.5%``: the spaces are dropped, the point kept.  A list number
    before words (``1 . 加快…``) has no digit after its point and stays."""
    if "." not in text and "．" not in text:
        return fixed([])
    edits = [Edit(m.start(), m.end(), ".") for m in _SPACED_DECIMAL_POINT.finditer(text)]
    return fixed(edits)


# Single digits set apart by single spaces inside a Chinese sentence (稳定在4 9 2 5 0 万吨, 增长1 0.3%, 1 9 9 7 年):
# two or more, right after a Chinese character or mark, with a Chinese character, % or ‰ (or one space and
# one) after them; a decimal point stays with its digits.
_SPACED_DIGITS = regex.compile(r"(?<=[\p{Han}，。、；：（“])[0-9](?:\.[0-9])?(?: [0-9](?:\.[0-9])?)+(?= ?[\p{Han}%‰])")


def close_spaced_digits(text: str, config: CleanConfig) -> FixResult:
    """``稳定在4 9 2 5 0 万吨`` becomes ``稳定在49250 万吨``: a page that spaced a number's digits one by one.
    Digits after a space (a table's columns, ``第 1 2 3 号``) and runs of longer numbers (``2017 6 23``)
    stay."""
    edits = [Edit(m.start() + k, m.start() + k + 1, "")
             for m in _SPACED_DIGITS.finditer(text) for k, c in enumerate(m.group(0)) if c == " "]
    return fixed(edits)


# A year in Chinese numerals typed with a Latin zero or letter O for 〇 (二00七年, 二OO八年, 二0一0年): four
# digits, the first 一 or 二, at least one of them a zero so typed, then 年.
_LATIN_ZERO_YEAR = re.compile(r"(?<![0-9A-Za-z〇零○一二三四五六七八九十百千万亿])[一二](?=[〇零○一二三四五六七八九]{0,2}[0O])"
                              r"[〇零○一二三四五六七八九0O]{3}(?=\s*年)")


def restore_zeros_in_years(text: str, config: CleanConfig) -> FixResult:
    """``二00七年`` and ``二OO八年`` become ``二〇〇七年`` and ``二〇〇八年``: the Latin zero or letter O a typist
    put for 〇 in a year written in Chinese numerals, so the year reads as one.  A year in Arabic digits
    (2007年) and a numeral with no 年 after it stay."""
    if "年" not in text:
        return fixed([])
    edits = []
    for m in _LATIN_ZERO_YEAR.finditer(text):
        for i, ch in enumerate(m.group(0)):
            if ch in "0O":
                edits.append(Edit(m.start() + i, m.start() + i + 1, "〇"))
    return fixed(edits)


# Quotation marks a PDF's text layer scatters: an empty pair (企业200“ ”家以上) or a lone mark between a
# number and its unit (2023 “年).
_STRAY_QUOTES = regex.compile(r"“[ \t\u3000‘’]*”|‘[ \t\u3000]*’|(?<=[0-9][ \t\u3000]?)[“‘](?=[ \t\u3000]?[年月日家个项亿万元%％])")


def remove_stray_quotes(text: str, config: CleanConfig) -> FixResult:
    """``200“ ”家`` and ``2023 “年`` lose the quotation marks a PDF's text layer scattered into them: an
    empty pair quotes nothing, and no mark stands between a number and its unit.  Quotes around words
    (“双碳”, “十四五”) stay."""
    if "“" not in text and "”" not in text and "‘" not in text and "’" not in text:
        return fixed([])
    return fixed([Edit(m.start(), m.end(), "") for m in _STRAY_QUOTES.finditer(text)])


_MOJIBAKE_INSIDE_MAX = 12  # characters between a mis-encoded pair (a year, a serial number)


@lru_cache(maxsize=1)
def _mojibake_brackets() -> tuple[regex.Pattern, dict[str, str]]:
    table = rows("clean_bracket_mojibake.tsv")
    pattern = "|".join(
        f"{regex.escape(o)}[^{regex.escape(o + c)}\\n]{{1,{_MOJIBAKE_INSIDE_MAX}}}{regex.escape(c)}" for o, c, _, _ in table)
    meant = {o: mo for o, _, mo, _ in table} | {c: mc for _, c, _, mc in table}
    return regex.compile(pattern), meant


def prepare() -> None:
    """Build this family's tables and patterns before documents flow."""
    _full_width()
    _mojibake_brackets()


def restore_mojibake_brackets(text: str, config: CleanConfig) -> FixResult:
    """``国办发„2009‟3号`` becomes ``国办发〔2009〕3号``: a converter's stand-ins for 〔〕 are put back."""
    pattern, meant = _mojibake_brackets()
    if not any(c in text for c in meant):
        return fixed([])
    edits = []
    for m in pattern.finditer(text):
        edits.append(Edit(m.start(), m.start() + 1, meant[text[m.start()]]))
        edits.append(Edit(m.end() - 1, m.end(), meant[text[m.end() - 1]]))
    return fixed(edits, len(edits) // 2)


def _protected_spans(text: str, config: CleanConfig) -> list[tuple[int, int]]:
    """URLs and e-mail addresses: their punctuation is never converted."""
    spans = []
    for m in _URL.finditer(text):
        s, e = m.span()
        while e > s and (text[e - 1] in ".,;:!?'\"]" or (text[e - 1] == ")" and "(" not in text[s:e])):
            e -= 1
        spans.append((s, e))
    spans.extend(m.span() for m in _EMAIL.finditer(text, timeout=config.pattern_timeout))
    return sorted(spans)


def _bracket_pairs(text: str, positions: list[int]) -> tuple[list[tuple[int, int]], list[int]]:
    """Matched ``( )`` pairs on one line and the unmatched brackets."""
    pairs, stack, lone = [], [], []
    for i in positions:
        if text[i] == "(":
            stack.append(i)
        elif stack:
            pairs.append((stack.pop(), i))
        else:
            lone.append(i)
    return pairs, lone + stack


class _Conversion:
    """The ASCII marks of one text and which of them become full-width.

    Marks see their neighbours as already converted, and decisions repeat
    until nothing changes, so ``业,:`` converts both marks at once (and a
    second run finds nothing left to do).
    """

    def __init__(self, text: str):
        self.text = text
        self.converted: dict[int, str] = {}

    def seen(self, j: int) -> str:
        return self.converted.get(j, self.text[j])

    def neighbour(self, i: int, step: int) -> str | None:
        """The nearest non-space character before (``step=-1``) or after ``i`` on the same line."""
        text = self.text
        i += step
        while 0 <= i < len(text) and text[i] != "\n":
            if not is_inline_space(text[i]):
                return self.seen(i)
            i += step
        return None

    def digits_around(self, i: int) -> bool:
        """``1,250``, ``16:13``, ``14: 50``, ``4:3:3``: a separator inside a number or a time."""
        return i > 0 and self.text[i - 1].isdigit() and (self.neighbour(i, 1) or "").isdigit()

    def beyond_word(self, i: int, step: int) -> str | None:
        """The character past the number or Latin word beside ``i`` (``的40.9%,2024年`` → 的, 年)."""
        text = self.text
        i += step
        while 0 <= i < len(text) and (text[i] in _WORD_CHARS or is_inline_space(text[i])):
            i += step
        return self.seen(i) if 0 <= i < len(text) and text[i] != "\n" else None

    def in_chinese_context(self, i: int) -> bool:
        if i > 0 and is_han(self.text[i - 1]):
            return True  # most marks: right after a Chinese character (never a converted mark)
        # nearest first: the farther looks are needed only when the next character does not settle it
        return (is_chinese_context(self.neighbour(i, -1)) or is_chinese_context(self.neighbour(i, 1))
                or is_chinese_context(self.beyond_word(i, -1)) or is_chinese_context(self.beyond_word(i, 1)))

    def pair_is_chinese(self, open_: int, close: int) -> bool:
        """A bracket pair holds Chinese, or sits against a Chinese character (``规划(2024-2026)``)
        or right after closing Chinese punctuation (``《方案》(2023)``); ``“2+(3+6)+(4+5)”`` stays."""
        if any(is_han(c) for c in self.text[open_ + 1:close]):
            return True
        before, after = self.neighbour(open_, -1), self.neighbour(close, 1)
        return bool(before and (is_han(before) or before in _CLOSING)) or bool(after and is_han(after))


def convert_ascii_punctuation(text: str, config: CleanConfig) -> FixResult:
    """``, : ; ( ) ? !`` beside Chinese text become ``，：；（）？！``.

    Numbers (``1,250``), times (``16:13:00``), ratios (``4:3:3``), URLs and
    e-mail addresses keep theirs; a bracket pair converts as a whole when it
    holds or touches Chinese text (``(征求意见稿)``, ``规划(2023-2030年)``).
    """
    if not any(c in text for c in ",:;?!()"):
        return fixed([])
    full = _full_width()
    work = _Conversion(text)
    protected = _protected_spans(text, config)
    p = 0
    marks: list[int] = []
    brackets_by_line: dict[int, list[int]] = {}
    line_starts = [line.start for line in iter_lines(text)]
    line_index = 0
    for m in _ASCII_PUNCTUATION.finditer(text):
        i = m.start()
        while p < len(protected) and protected[p][1] <= i:
            p += 1
        if p < len(protected) and protected[p][0] <= i:
            continue
        if text[i] in "()":
            while line_index + 1 < len(line_starts) and line_starts[line_index + 1] <= i:
                line_index += 1
            brackets_by_line.setdefault(line_index, []).append(i)
        elif not (text[i] in ",;:" and work.digits_around(i)):
            marks.append(i)
    pairs: list[tuple[int, int]] = []
    for positions in brackets_by_line.values():
        line_pairs, lone = _bracket_pairs(text, positions)
        pairs.extend(line_pairs)
        marks.extend(lone)
    marks.sort()
    pairs.sort()
    # Sweep forwards then backwards, so a run of marks converts in one pass
    # whichever end touches Chinese; repeat while a sweep still converts.
    for sweep in range(_MAX_SWEEPS):
        before = len(work.converted)
        order = 1 if sweep % 2 == 0 else -1
        for i in marks[::order]:
            if i not in work.converted and work.in_chinese_context(i):
                work.converted[i] = full[text[i]]
        for open_, close in pairs[::order]:
            if open_ not in work.converted and work.pair_is_chinese(open_, close):
                work.converted[open_], work.converted[close] = full["("], full[")"]
        if len(work.converted) == before and sweep:
            break
    return fixed([Edit(i, i + 1, c) for i, c in sorted(work.converted.items())])


_PAIRED = (("“", "”"), ("《", "》"), ("（", "）"), ("「", "」"), ("『", "』"), ("【", "】"), ("‘", "’"))
_SENTENCE_MIN = 4  # characters since the last sentence mark: ``马克.吐温`` is a name, not two sentences


def _chinese_bracket_before(text: str, line_start: int, close: int) -> bool:
    """The ASCII ``)`` at ``close`` ends a bracket that holds or follows Chinese (it will be ``）``)."""
    open_ = text.rfind("(", line_start, close)
    if open_ < 0:
        return False
    b = open_ - 1
    while b >= line_start and is_inline_space(text[b]):
        b -= 1
    return (b >= line_start and (is_han(text[b]) or text[b] in _CLOSING)) or any(is_han(c) for c in text[open_:close])


def _chinese_bracket_after(text: str, open_: int, line_end: int) -> bool:
    """The ASCII ``(`` at ``open_`` opens a bracket that holds or comes before Chinese (it will be ``（``)."""
    close = text.find(")", open_, line_end)
    if close < 0:
        return False
    a = close + 1
    while a < line_end and is_inline_space(text[a]):
        a += 1
    return any(is_han(c) for c in text[open_:close]) or (a < line_end and is_han(text[a]))


def _ends_chinese_sentence(text: str, line: Line, i: int) -> bool:
    """The ``.`` at ``i`` follows Chinese words, ends the line or precedes another sentence,
    and stands outside quotes and brackets (``“中國這十年.安徽”`` is a series name)."""
    before = text[i - 1] if i > line.lo else ""
    if not (is_han(before) or before in _CLOSING or (before == "%" and i - line.lo > 1 and text[i - 2].isdigit())
            or (before == ")" and _chinese_bracket_before(text, line.lo, i - 1))):
        return False
    j = i + 1
    while j < line.hi and is_inline_space(text[j]):
        j += 1
    if not (j == line.hi or is_han(text[j]) or text[j].isdigit() or text[j] in _OPENING
            or (text[j] == "(" and _chinese_bracket_after(text, j, line.hi))):
        return False
    sentence_start = max(text.rfind(mark, line.lo, i) for mark in "。！？；") + 1
    sentence = text[max(sentence_start, line.lo):i]
    if len(sentence) < _SENTENCE_MIN:
        return False
    return all(sentence.count(o) <= sentence.count(c) for o, c in _PAIRED)


def convert_sentence_final_periods(text: str, config: CleanConfig) -> FixResult:
    """``…盡早達峰.到2050年`` ``…國家能源革命戰略.`` become ``…盡早達峰。到2050年`` ``…國家能源革命戰略。``.

    ``1.5``, ``No.``, ``U.S.``, ``方案.pdf``, URLs, ``...``, a ``.`` inside
    quotes (``“中國這十年.安徽”``) and the ``.`` of a list number
    (``一.总则``) stay.
    """
    if "." not in text:
        return fixed([])
    protected = _protected_spans(text, config)
    edits = []
    lines = iter_lines(text)
    line = next(lines)
    # one pass over the text: a stop is never in a line's indentation, nor next to another line's stop
    for m in _ASCII_FULL_STOP.finditer(text):
        i = m.start()
        while line.end < i:
            line = next(lines)
        if any(s <= i < e for s, e in protected) or not _ends_chinese_sentence(text, line, i):
            continue
        numbering = NUMBERING.match(text, line.lo, i + 1)
        if numbering and numbering.end() >= i:
            continue  # 一.总则
        edits.append(Edit(i, i + 1, "。"))
    return fixed(edits)
