"""Dates, date ranges, relative years, plan periods and ISO 8601 durations.

A date keeps only what the text says (SPEC 2): ``2022年`` -> ``2022``,
``2023年8月26日`` -> ``2023-08-26``; an unknown year is ``XXXX``
(``1—11月`` -> ``XXXX-01`` .. ``XXXX-11``) unless the document date
(``meta.date``) resolves it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .numerals import format_decimal
from .units import data_lines

# A year written with 年 is a calendar year from here on; smaller numbers
# before 年 count years (4年磨一剑, 近4年).
FIRST_DATE_YEAR = 1900
LAST_DATE_YEAR = 2199

RELATIVE_YEARS = {"今年": 0, "去年": -1, "明年": 1}

# The era name before a Republic of China year (民国104年 = 2015), the year before its first, and the
# last such year a text may name.
ROC_ERA = ("民国", "民國")
ROC_OFFSET = 1911
LAST_ROC_YEAR = 200
# Once a text names an ROC year, a bare year count this close to it is a year of the era too (115年 beside
# 民国115年), unless a word after it says it is a span (115年来).
ROC_NEAR = 10
SPAN_AFTER = ("来", "以来", "间", "内", "时间", "之久", "历史", "歷史", "多", "余", "餘")

# ISO 8601 designators of the duration units in units.tsv; MIN/H/S go after T.
_TIME_DESIGNATORS = {"H": "H", "MIN": "M", "S": "S"}


@dataclass(frozen=True)
class DocDate:
    """The document's own date (``meta.date``), as far as it is known."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> "DocDate | None":
        """Read ``2023``, ``2023-09`` or ``2023-09-01``; anything else is unknown."""
        if isinstance(value, DocDate) or value is None:
            return value
        m = re.match(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", str(value))
        if not m:
            return None
        year, month, day = m.group(1), m.group(2), m.group(3)
        return cls(int(year), int(month) if month else None, int(day) if day else None)


def is_calendar_year(value: Decimal) -> bool:
    return value == value.to_integral_value() and FIRST_DATE_YEAR <= value <= LAST_DATE_YEAR


def is_valid_date(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None and not 1 <= day <= 31:
        return False
    return year is None or FIRST_DATE_YEAR <= year <= LAST_DATE_YEAR


def iso_date(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """``2023-08-26``, ``2022``, ``XXXX-07``, ``XXXX-XX-28``: only what is known."""
    parts = [f"{year:04d}" if year is not None else "XXXX"]
    if month is not None or day is not None:
        parts.append(f"{month:02d}" if month is not None else "XX")
    if day is not None:
        parts.append(f"{day:02d}")
    return "-".join(parts)


def relative_year(word: str, doc_date: DocDate | None) -> int | None:
    """今年/去年/明年 as a calendar year, when the document date is known."""
    if doc_date is None:
        return None
    return doc_date.year + RELATIVE_YEARS[word]


def nearest_year_for_month(month: int, doc_date: DocDate | None) -> int | None:
    """The year of a month named without one: the one closest to the document date.

    A report dated January that speaks of 1—11月 means last year's; an
    announcement in March of an event 8月 means this year's.
    """
    if doc_date is None or doc_date.month is None:
        return doc_date.year if doc_date else None
    best = None
    for year in (doc_date.year - 1, doc_date.year, doc_date.year + 1):
        distance = abs((year * 12 + month) - (doc_date.year * 12 + doc_date.month))
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1]


def iso_duration(value: Decimal, designator: str) -> str:
    """``4``, ``Y`` -> ``P4Y``; ``3``, ``H`` -> ``PT3H``; ``30``, ``MIN`` -> ``PT30M``."""
    amount = format_decimal(value)
    if designator in _TIME_DESIGNATORS:
        return f"PT{amount}{_TIME_DESIGNATORS[designator]}"
    return f"P{amount}{designator}"


@lru_cache(maxsize=None)
def plan_periods() -> dict[str, tuple[str, str]]:
    """Five-year-plan short names (十四五) -> (first year, last year)."""
    return {row[0]: (row[1], row[2]) for row in data_lines("plan_periods.tsv")}


@lru_cache(maxsize=None)
def plan_periods_by_number() -> dict[int, tuple[str, str]]:
    """The same periods by their ordinal (14 -> 2021..2025), for 第十四个五年规划."""
    from .numerals import read_chinese

    out = {}
    for name, years in plan_periods().items():
        out[int(read_chinese(name[:-1]))] = years
    return out
