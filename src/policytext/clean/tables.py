"""The clean stage's data tables (``policytext/data/clean_*``), loaded once.

Tables are written in simplified script; lines are folded to simplified
before they are matched (see :func:`policytext.clean._text.simplified`), so
one entry covers its traditional forms too.  ``#`` starts a comment line.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The non-comment lines of ``data/<name>``, split on tabs."""
    text = resources.files("policytext.data").joinpath(name).read_text("utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A one-entry-per-line table as a set."""
    return frozenset(row[0] for row in rows(name))


@lru_cache(maxsize=None)
def mapping(name: str) -> dict[str, str]:
    """A two-column table as a dict (first column -> second)."""
    return {row[0]: row[1] if len(row) > 1 else "" for row in rows(name)}


def alternation(entries: frozenset[str] | list[str] | tuple[str, ...], spaced: bool = False) -> str:
    """A regex alternation of literal ``entries``, longest first.

    With ``spaced``, any run of spaces may sit between the characters of an
    entry (``文  号``, ``【 标  题 】`` in database exports).
    """
    ordered = sorted(set(entries), key=lambda e: (-len(e), e))
    if spaced:
        return "|".join(r"\s*".join(regex.escape(c) for c in e) for e in ordered)
    return "|".join(regex.escape(e) for e in ordered)
