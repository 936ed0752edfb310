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
    r"<!--.*?-->|<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:]*)(?:\s[^<>]*)?/?>",
    regex.DOTALL,
)
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_REPLACEMENT = {"newline": "\n", "space": " ", "nothing": ""}

_HEADING = regex.compile(r"#{1,6}[ \t\u3000]+")
_QUOTE = regex.compile(r">[ \t]+")
_LIST_MARK = regex.compile(r"[-*+][ \t]+")
# Paired emphasis inside one line: **bold**, __bold__ (never a run of blanks like ______).
_EMPHASIS = regex.compile(r"(\*\*|__)(?=[^\s*_])[^\n]*?(?<=[^\s*_])\1")
_LINK = regex.compile(r"!?\[([^\]\n]*)\]\((?:https?://|/)[^)\s]*\)")


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    return {tag: _REPLACEMENT[kind] for tag, kind in mapping("clean_html_tags.tsv").items()}


@lru_cache(maxsize=1)
def bullets() -> frozenset[str]:
    return words("clean_bullets.txt")


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
    for m in _ENTITY.finditer(text, timeout=config.pattern_timeout):
        decoded = html.unescape(m.group())
        if decoded != m.group():
            edits.append(Edit(m.start(), m.end(), decoded))
    return fixed(edits)


def _line_prefix(content: str) -> int:
    """Length of the markup that opens a line: ``## ``, ``> ``, ``- ``, ``●``."""
    m = _HEADING.match(content) or _QUOTE.match(content) or _LIST_MARK.match(content)
    if m:
        return m.end()
    n = 0
    while n < len(content) and content[n] in bullets():
        n += 1
    if n:
        while n < len(content) and content[n] in " \t\u3000\xa0":
            n += 1
    return n


def is_bullet_line(content: str) -> bool:
    """The line is a list or sidebar point (``●…``, ``• …``, ``- …``)."""
    return bool(content) and (content[0] in bullets() or bool(_LIST_MARK.match(content)))


def is_heading_line(content: str) -> bool:
    return bool(_HEADING.match(content))


def bare(content: str) -> str:
    """A line's words without markdown and bullets, to judge what kind of line it is."""
    content = content[_line_prefix(content):]
    if "**" in content or "__" in content:
        content = content.replace("**", "").replace("__", "")
    return content.strip()


def remove_markdown(text: str, config: CleanConfig) -> FixResult:
    """Drop markdown: heading marks, quote marks, ``**bold**``, ``[links](…)`` (keeping their words)."""
    if not any(c in text for c in "#*_[>"):
        return fixed([])
    edits = []
    for line in iter_lines(text):
        content = text[line.lo:line.hi]
        m = _HEADING.match(content) or _QUOTE.match(content)
        if m:
            edits.append(Edit(line.lo, line.lo + m.end(), ""))
        for e in _EMPHASIS.finditer(content, timeout=config.pattern_timeout):
            width = len(e.group(1))
            edits.append(Edit(line.lo + e.start(), line.lo + e.start() + width, ""))
            edits.append(Edit(line.lo + e.end() - width, line.lo + e.end(), ""))
        for k in _LINK.finditer(content, timeout=config.pattern_timeout):
            edits.append(Edit(line.lo + k.start(), line.lo + k.start(1), ""))
            edits.append(Edit(line.lo + k.end(1), line.lo + k.end(), ""))
    return fixed(_drop_overlaps(edits))


def remove_leading_bullets(text: str, config: CleanConfig) -> FixResult:
    """Drop the bullet that opens a line (``●``, ``•``, ``▷``, markdown ``- ``)."""
    edits = []
    for line in iter_lines(text):
        content = text[line.lo:line.hi]
        if not content or _HEADING.match(content) or _QUOTE.match(content):
            continue
        n = _line_prefix(content)
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
