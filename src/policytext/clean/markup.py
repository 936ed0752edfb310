"""Markup left in text: HTML tags and entities, markdown, leading bullets."""

from __future__ import annotations

import html
from functools import lru_cache

import regex

from ..spans import Edit
from ._text import iter_lines
from .config import CleanConfig
from .fix import FixResult, fixed
from .tables import mapping, words

_TAG = regex.compile(
    r"<!--.{0,4000}?-->|</?(?P<name>[A-Za-z][A-Za-z0-9:]*)(?:\s[^<>]*)?/?>",
    regex.DOTALL,
)
_ENTITY = regex.compile(  # bounded: linear time, no timeout
    r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_REPLACEMENT = {"newline": "\n", "space": " ", "nothing": ""}

_HEADING = regex.compile(r"(?:#{1,6}[ \t\u3000]+)+")
_QUOTE = regex.compile(r"(?:>[ \t]+)+")
_LIST_MARK = regex.compile(r"[-*+][ \t]+")
_MARKUP_OPENERS = frozenset("#>-*+")  # what _HEADING, _QUOTE and _LIST_MARK open with
# Paired emphasis inside one line: **bold** (spaces inside allowed: scrapers pad it),
# __bold__ (never a run of blanks to fill in, like ______).
_EMPHASIS = regex.compile(
    r"(?<!\*)(\*\*)(?!\*)[^\n]+?(?<!\*)\*\*(?!\*)"
    r"|(?<!_)(__)(?=[^\s_])[^\n]*?(?<=[^\s_])__(?!_)"
)
_LINK = regex.compile(r"!?\[([^\]\n]*)\]\((?:https?://|/)[^)\s]*\)")
# Inline math in prose ($4\%$) and what it may hold to be unwrapped: commands, numbers, signs, spaces.
_INLINE_MATH = regex.compile(r"\$([^$\n]{1,40})\$")
_MATH_TOKEN = regex.compile(r"\\[A-Za-z]+|\\%|[0-9]+(?:\.[0-9]+)?|[ +\-.,]")


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    return {tag: _REPLACEMENT[kind] for tag, kind in mapping("clean_html_tags.tsv").items()}


@lru_cache(maxsize=1)
def _latex_symbols() -> dict[str, str]:
    return mapping("clean_latex_symbols.tsv")


@lru_cache(maxsize=1)
def bullets() -> frozenset[str]:
    return words("clean_bullets.txt")


def prepare() -> None:
    """Load this family's tables before documents flow."""
    _tags()
    _latex_symbols()
    bullets()


def decode_escaped_markup(text: str, config: CleanConfig) -> FixResult:
    """Markup a page stored as a JSON string (``\\u003cp\\u003e…\\u003c/p\\u003e``, ``\\"``) becomes the
    characters it escapes, for the tag and entity fixes after this one; a text with no escaped tag is left
    alone, so a ``\\u`` written as itself stays."""
    if _ESCAPED_OPEN not in text or _ESCAPED_CLOSE not in text:
        return fixed([])
    edits = [Edit(m.start(), m.end(), chr(int(m.group(1), 16)) if m.group(1) else m.group(2))
             for m in _ESCAPE.finditer(text)]
    return fixed([e for e in edits if e.replacement not in _UNSAFE_ESCAPES])


# An escaped < and >; the escapes of a JSON string that decode to one character (\u4e2d, \", \/).
_ESCAPED_OPEN, _ESCAPED_CLOSE = "\\u003c", "\\u003e"
_ESCAPE = regex.compile(r"\\u([0-9a-fA-F]{4})|\\([\"/])")
# What a decoded escape may not become: control characters other than a line break.
_UNSAFE_ESCAPES = frozenset(chr(c) for c in range(32) if c != 10)


def remove_html_tags(text: str, config: CleanConfig) -> FixResult:
    """Drop known HTML tags and comments; block tags leave a line break."""
    if "<" not in text:
        return fixed([])
    tags = _tags()
    edits = []
    for m in _TAG.finditer(text, timeout=config.pattern_timeout):
        name = m.group("name")
        if name is None:
            edits.append(Edit(m.start(), m.end(), ""))
        elif name.lower() in tags:
            edits.append(Edit(m.start(), m.end(), tags[name.lower()]))
    return fixed(edits)


def decode_html_entities(text: str, config: CleanConfig) -> FixResult:
    """``&nbsp;`` ``&amp;`` ``&#12288;`` … become the characters they stand for."""
    if "&" not in text:
        return fixed([])
    edits = []
    for m in _ENTITY.finditer(text):
        decoded = html.unescape(m.group())
        if decoded != m.group():
            edits.append(Edit(m.start(), m.end(), decoded))
    return fixed(edits)


def _opens_with_mark(ch: str) -> bool:
    """``ch`` can open markup: a markdown mark or a bullet."""
    return ch in _MARKUP_OPENERS or ch in bullets()


# Every family reads a line past its markup: the same lines are measured again and again.
@lru_cache(maxsize=8192)
def markup_prefix_length(content: str) -> int:
    """Length of the markup that opens a line: ``## ``, ``> ``, ``- ``, ``●``, or several (0 if none)."""
    n = 0
    while n < len(content):
        if not _opens_with_mark(content[n]):
            break  # most lines: no mark at all
        m = _HEADING.match(content, n) or _QUOTE.match(content, n) or _LIST_MARK.match(content, n)
        if m:
            n = m.end()
        elif content[n] in bullets():
            n += 1
            while n < len(content) and content[n] in " \t\u3000\xa0":
                n += 1
        else:
            break
    return n


def is_bullet_line(content: str) -> bool:
    """The line is a list or sidebar point (``●…``, ``• …``, ``- …``)."""
    return bool(content) and (content[0] in bullets() or (content[0] in "-*+" and bool(_LIST_MARK.match(content))))


def bare(content: str) -> str:
    """A line's words without markdown and bullets, to judge what kind of line it is."""
    content = content[markup_prefix_length(content):]
    if "**" in content or "__" in content:
        content = content.replace("**", "").replace("__", "")
    return content.strip()


def remove_markdown_headings(text: str, config: CleanConfig) -> FixResult:
    """Drop the marks that open markdown headings and quotes (``## ``, ``> ``)."""
    if "#" not in text and ">" not in text:
        return fixed([])
    edits = []
    for line in iter_lines(text):
        if text.startswith(("#", ">"), line.lo):  # what both marks open with
            content = text[line.lo:line.hi]
            m = _HEADING.match(content) or _QUOTE.match(content)
            if m:
                edits.append(Edit(line.lo, line.lo + m.end(), ""))
    return fixed(edits)


def unwrap_inline_math(text: str, config: CleanConfig) -> FixResult:
    """Unwrap inline LaTeX math that holds only numbers and the symbols of ``clean_latex_symbols.tsv``
    ($4\\%$ 左右 -> 4%左右, $\\bullet$ -> •): how PDF-to-markdown converters write a percent sign or a
    bullet in prose.  Math with anything else in it (a formula, a dollar amount) stays."""
    if "$" not in text or "\\" not in text:
        return fixed([])
    symbols = _latex_symbols()
    edits = []
    for m in _INLINE_MATH.finditer(text):
        tokens = _MATH_TOKEN.findall(m.group(1))
        if "".join(tokens) != m.group(1) or not any(t in symbols for t in tokens) or any(
                t.startswith("\\") and t not in symbols for t in tokens):
            continue
        edits.append(Edit(m.start(), m.end(), "".join(symbols.get(t, t) for t in tokens).strip()))
    return fixed(edits)


def remove_markdown_emphasis(text: str, config: CleanConfig) -> FixResult:
    """Drop ``**bold**`` marks and ``[link](…)`` syntax, keeping the words.

    Runs before lines are judged, and again once broken paragraphs are rejoined: a pair can span
    the two halves.
    """
    if "**" not in text and "__" not in text and "](" not in text:
        return fixed([])
    edits = []
    for line in iter_lines(text):
        content = text[line.lo:line.hi]
        if "**" in content or "__" in content:  # what every emphasis mark is
            for e in _EMPHASIS.finditer(content, timeout=config.pattern_timeout):
                edits.append(Edit(line.lo + e.start(), line.lo + e.start() + 2, ""))
                edits.append(Edit(line.lo + e.end() - 2, line.lo + e.end(), ""))
        if "](" in content:  # what every link holds
            for k in _LINK.finditer(content, timeout=config.pattern_timeout):
                edits.append(Edit(line.lo + k.start(), line.lo + k.start(1), ""))
                edits.append(Edit(line.lo + k.end(1), line.lo + k.end(), ""))
    return fixed(_drop_overlaps(edits))


def remove_leading_bullets(text: str, config: CleanConfig) -> FixResult:
    """Drop the bullet that opens a line (``●``, ``•``, ``▷``, markdown ``- ``)."""
    edits = []
    for line in iter_lines(text):
        if line.lo == line.hi or not _opens_with_mark(text[line.lo]):
            continue  # markup_prefix_length would find none
        n = markup_prefix_length(text[line.lo:line.hi])
        if n:
            edits.append(Edit(line.lo, line.lo + n, ""))
    return fixed(edits)


def _drop_overlaps(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    end = -1
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start >= end:
            out.append(e)
            end = e.end
    return out
