"""The data tables of the targets stage (``policytext/data/target_*.tsv``), loaded once."""

from __future__ import annotations

from collections import defaultdict
import re
from functools import cache
from importlib import resources

import regex

# Per-pattern time limit: a hostile document raises TimeoutError, which the
# pipeline turns into an error record instead of hanging a worker.
PATTERN_TIMEOUT = 2.0


def read_rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a data file, without comments and blank lines."""
    text = resources.files("policytext.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def markers() -> dict[str, tuple[str, ...]]:
    """Phrases of ``target_markers.tsv`` by role, longest first."""
    by_role: dict[str, list[str]] = defaultdict(list)
    for role, phrase in read_rows("target_markers.tsv"):
        by_role[role].append(phrase)
    return {role: tuple(sorted(p, key=len, reverse=True)) for role, p in by_role.items()}


def marker_set(role: str) -> tuple[str, ...]:
    return markers().get(role, ())


def alternation(phrases) -> str:
    """A regex alternation of literal phrases, longest first so the longest wins."""
    return "|".join(regex.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@cache
def marker_pattern(role: str) -> re.Pattern:
    """The phrases of ``role`` as one pattern.  An alternation of literals cannot backtrack
    badly, so it needs no time limit and takes the stdlib engine, which searches it about
    twice as fast as ``regex``: these searches run tens of thousands of times a corpus."""
    return re.compile("|".join(re.escape(p) for p in sorted(set(marker_set(role)), key=len, reverse=True)))


def find_marker(role: str, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The first phrase of ``role`` in ``text[start:end]``."""
    return marker_pattern(role).search(text, start, len(text) if end is None else end)


def last_marker(role: str, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The last phrase of ``role`` in ``text[start:end]``."""
    found = None
    for found in marker_pattern(role).finditer(text, start, len(text) if end is None else end):
        pass
    return found


@cache
def plan_periods() -> dict[str, tuple[int, int]]:
    """Five-year plans by name: ``十四五`` and ``第十四个五年规划`` -> (2021, 2025); the table the numbers
    stage shares."""
    periods = {name: (int(first), int(last)) for name, first, last in read_rows("plan_periods.tsv")}
    # 第六个五年计划, 第十四个五年规划: the names spelled out, by the ordinal of the short one (十四五)
    return periods | {f"第{name[:-1]}个五年{kind}": years for name, years in periods.items() for kind in ("计划", "规划")}


@cache
def multiples() -> dict[str, int]:
    """Change goals stated as a multiple: ``翻一番`` -> 2."""
    return {phrase: int(factor) for phrase, factor in read_rows("target_multiples.tsv")}


@cache
def congress_terms() -> dict[str, int]:
    """Terms of the National People's Congress by numeral: ``十四`` -> 2023, the year of its first session."""
    return {term: int(first) for term, first in read_rows("target_congress_terms.tsv")}


def prepare() -> None:
    """Read every table and compile every marker pattern, once per process."""
    for role in markers():
        marker_pattern(role)
    plan_periods()
    multiples()
    congress_terms()
