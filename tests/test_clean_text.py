"""The shared line and width helpers of clean agree with their plain definitions.

Both are written for speed (one regex pass for widths, ``str.split`` for
lines), so they are checked here against the obvious per-character and
per-line readings, on generated text and on every code point.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from policytext.clean._text import Line, display_width, iter_lines


def _width_by_character(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def _lines_by_definition(text: str) -> list[Line]:
    """Every line between newlines (none after a final newline), with its words' bounds."""
    out = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        lo = start + len(piece) - len(piece.lstrip())
        out.append(Line(start, end, lo, lo + len(piece.strip())))
        start = end + 1
    if out and out[-1].start == out[-1].end:
        out.pop()
    return out


def test_display_width_of_every_code_point():
    for cp in range(0x10000):  # the BMP, which is measured by a character class: one by one
        c = chr(cp)
        assert display_width(c) == _width_by_character(c), hex(cp)
    for block in range(0x10000, 0x110000, 0x400):  # the rest, in runs of 1024 code points
        run = "".join(map(chr, range(block, block + 0x400)))
        assert display_width(run) == _width_by_character(run), hex(block)


def test_display_width_of_real_text():
    line = "２０２４年，ＧＤＰ增长5.2%（“十四五”）— Ａ→Ｂ ¼ 😀 中國"
    assert display_width(line) == _width_by_character(line) == 60  # 26 wide (F, W and A), 8 narrow


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("中a1，。 \u3000\t\xa0“”😀\ue000①ｱ")))
def test_display_width_matches_characters(s):
    assert display_width(s) == _width_by_character(s)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("中a \u3000\t\xa0\x1c\n")))
def test_lines_match_definition(text):
    assert list(iter_lines(text)) == _lines_by_definition(text)


def test_lines_of_edge_texts():
    assert list(iter_lines("")) == []
    assert list(iter_lines("\n")) == [Line(0, 0, 0, 0)]
    assert list(iter_lines("  中 \n\na")) == [Line(0, 4, 2, 3), Line(5, 5, 5, 5), Line(6, 7, 6, 7)]


def test_one_fold_of_a_text_is_the_fold_of_each_line():
    """simplified_text folds a whole text in one opencc call; it must equal folding line by line
    (an opencc upgrade with tables that change lengths or cross non-Chinese characters would break it)."""
    from pathlib import Path

    from policytext.clean._text import simplified, simplified_text
    from policytext.io.read import read_path

    pages = sorted(Path(__file__).parent.joinpath("data", "heldout_targets", "raw").glob("*trad*.txt"))
    assert pages
    for page in pages:
        text = next(read_path(str(page)))["text"]
        assert simplified_text(text) == "\n".join(map(simplified, text.split("\n"))), page.name
