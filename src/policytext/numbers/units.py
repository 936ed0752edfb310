"""Units, magnitudes, measure words and qualifier words, loaded from data files.

Every table lives in ``policytext/data`` (plain TSV / one entry a line, ``#``
comments) and is read once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Unit:
    """What a unit word after a number means."""

    surface: str
    type: str  # money, percent, measure, multiple, duration, count
    unit: str | None  # CNY, %, W …; for durations the ISO 8601 designator (Y, M, D, W, H, MIN, S)
    factor: Decimal


@dataclass(frozen=True)
class QualifierWord:
    word: str
    qualifier: str
    position: str  # before, inside, after, after_date
    in_text: bool


def data_lines(name: str) -> list[list[str]]:
    """The non-comment lines of a data file, split on tabs."""
    text = resources.files("policytext.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=None)
def magnitudes() -> dict[str, Decimal]:
    return {row[0]: Decimal(row[1]) for row in data_lines("magnitudes.tsv")}


@lru_cache(maxsize=None)
def units() -> dict[str, Unit]:
    """Units of money, percent, measures, multiples and durations by surface form."""
    table = {}
    for row in data_lines("units.tsv"):
        surface, type_, unit, factor = row[:4]
        table[surface] = Unit(surface, type_, unit or None, Decimal(factor))
    return table


@lru_cache(maxsize=None)
def written_currencies() -> tuple[tuple[str, str], ...]:
    """(name, ISO code) of the currencies a text may write before an amount (新台币1000亿元), longest first:
    the money units of more than one character."""
    return tuple(sorted(((u.surface, u.unit) for u in units().values() if u.type == "money" and len(u.surface) > 1
                         and u.unit), key=lambda pair: -len(pair[0])))


@lru_cache(maxsize=None)
def measure_words() -> tuple[str, ...]:
    return tuple(row[0] for row in data_lines("measure_words.txt"))


@lru_cache(maxsize=None)
def ordinal_nouns() -> tuple[str, ...]:
    """Words that may follow 第N besides the measure words (届, 季度, 梯队 …)."""
    return tuple(row[0] for row in data_lines("ordinal_nouns.txt"))


@lru_cache(maxsize=None)
def qualifier_words() -> dict[str, QualifierWord]:
    return {row[0]: QualifierWord(row[0], row[1], row[2], row[3] == "yes")
            for row in data_lines("number_qualifiers.tsv")}


@lru_cache(maxsize=None)
def qualifier_words_at(position: str) -> tuple[QualifierWord, ...]:
    """Qualifier words for one position, longest first (不超过 before 超过 before 超)."""
    words = [q for q in qualifier_words().values() if q.position == position]
    return tuple(sorted(words, key=lambda q: -len(q.word)))


@lru_cache(maxsize=None)
def qualifier_words_ending_with(position: str) -> dict[str, tuple[QualifierWord, ...]]:
    """The same words grouped by their last character, to test only those that can end at a position."""
    table: dict[str, list[QualifierWord]] = {}
    for q in qualifier_words_at(position):
        table.setdefault(q.word[-1], []).append(q)
    return {ch: tuple(words) for ch, words in table.items()}


@lru_cache(maxsize=None)
def not_numbers() -> tuple[str, ...]:
    return tuple(row[0] for row in data_lines("not_numbers.txt"))


@dataclass(frozen=True)
class NumberWord:
    """A word that states a quantity on its own (一半, 半年)."""

    word: str
    type: str
    value: str
    unit: str | None
    qualifier: str | None


@lru_cache(maxsize=None)
def number_words() -> dict[str, NumberWord]:
    table = {}
    for row in data_lines("number_words.tsv"):
        word, type_, value, unit, qualifier = (row + [""] * 5)[:5]
        table[word] = NumberWord(word, type_, value, unit or None, qualifier or None)
    return table


@lru_cache(maxsize=None)
def approximate_pairs() -> frozenset[str]:
    """Neighbouring digits that name an approximate range (两三, 三五, 七八)."""
    return frozenset(row[0] + row[1] for row in data_lines("approximate_numerals.txt"))


@lru_cache(maxsize=None)
def implied_units() -> dict[str, Unit]:
    """Nouns that give an amount without a unit its type and unit (营收20亿 -> CNY)."""
    return {row[0]: Unit(row[0], row[1], row[2] or None, Decimal(1)) for row in data_lines("implied_units.tsv")}


@lru_cache(maxsize=None)
def _guards() -> dict[tuple[str, str], tuple[str, ...]]:
    return {(row[0], row[1]): tuple(row[2].split()) for row in data_lines("number_guards.tsv")}


def guard_words(guard: str, key: str = "-") -> tuple[str, ...]:
    """The context words of one guard in number_guards.tsv (empty when there are none)."""
    return _guards().get((guard, key), ())


def lookup_unit(surface: str) -> Unit | None:
    """A unit of money/percent/measure/duration, or a measure word as a count unit."""
    found = units().get(surface)
    if found is not None:
        return found
    count_unit = _measure_word_units().get(surface)
    if count_unit is not None:
        return Unit(surface, "count", count_unit, Decimal(1))
    return None


@lru_cache(maxsize=None)
def _measure_word_units() -> dict[str, str]:
    """Measure word -> the unit a count carries (個 -> 个; most are themselves)."""
    return {row[0]: (row[1] if len(row) > 1 else row[0]) for row in data_lines("measure_words.txt")}
