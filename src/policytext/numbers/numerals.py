"""Read numerals: Arabic (half- and full-width, 1,250 / 26·5 / 113. 2), Chinese
(三千亿, 两千零二十三, 二十一点九, 二〇二五) and their mixtures (1.2万亿, 3千万).

Values are :class:`decimal.Decimal` so that 352.8亿 is exactly 35280000000;
:func:`to_json_number` turns them into the int or float a fact carries.
"""

from __future__ import annotations

import re

from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .units import approximate_pairs, magnitudes

CHINESE_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
# Small units multiply the digit before them; big units (万, 亿) close a section.
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
# 点 and a full-width point between Chinese digits (十三．一%, as Taiwan news writes figures).
DECIMAL_POINTS = "点點．"
# Old shorthand for whole tens, still written in headlines and Hong Kong and Taiwan news (廿八万人).
TENS_SHORTHAND = {"廿": "二十", "卅": "三十", "卌": "四十"}

CHINESE_NUMERAL_CHARS = ("".join(CHINESE_DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
                         + "".join(TENS_SHORTHAND))
_NUMERAL_OR_POINT_CHARS = CHINESE_NUMERAL_CHARS + DECIMAL_POINTS
_MAGNITUDE_CHARS = "".join(SMALL_UNITS) + "".join(BIG_UNITS)

# Full-width digits and the marks used as decimal point (．, ·, ・) -> ASCII; thousands
# separators and stray spaces go.
_TO_ASCII = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                           "．": ".", "·": ".", "・": ".", "－": "-", "−": "-",
                           ",": None, "，": None, " ": None, "\u3000": None})


class NumeralError(ValueError):
    """The string is not a numeral this module can read."""


# A document repeats its numerals (2023, 两, 十四五): readings are cached, boundedly
# so that a long stream of documents does not grow the cache.
_READINGS_CACHED = 4096


def is_chinese_numeral(s: str) -> bool:
    """Only numeral characters (nothing is left once they are stripped off)."""
    return bool(s) and not s.strip(_NUMERAL_OR_POINT_CHARS)


def is_bare_magnitude(s: str) -> bool:
    """百, 千, 万, 千亿 …: magnitude characters with no digit (十 alone is a plain ten)."""
    return bool(s) and s != "十" and not s.strip(_MAGNITUDE_CHARS)


def read_arabic(s: str) -> Decimal:
    """``1,250`` -> 1250, ``２６·５`` -> 26.5, ``113. 2`` -> 113.2."""
    t = s.translate(_TO_ASCII)
    try:
        return Decimal(t)
    except InvalidOperation as exc:
        raise NumeralError(s) from exc


@lru_cache(maxsize=_READINGS_CACHED)
def read_magnitude(s: str) -> Decimal:
    """``万亿`` -> 1e12: a run of magnitude characters multiplies."""
    table = magnitudes()
    value = Decimal(1)
    for ch in s:
        if ch not in table:
            raise NumeralError(s)
        value *= table[ch]
    return value


def read_chinese(s: str) -> Decimal:
    """``三千亿`` -> 3e11, ``二十一点九`` -> 21.9, ``二〇二五`` -> 2025, ``两千五`` -> 2500."""
    for short, tens in TENS_SHORTHAND.items():
        s = s.replace(short, tens)
    integer, _, fraction = s.replace("點", "点").replace("．", "点").partition("点")
    value = Decimal(_read_chinese_integer(integer)) if integer else Decimal(0)
    if fraction:
        if not all(ch in CHINESE_DIGITS for ch in fraction):
            raise NumeralError(s)
        value += Decimal("0." + "".join(str(CHINESE_DIGITS[ch]) for ch in fraction))
    return value


def _read_chinese_integer(s: str) -> int:
    if not all(ch in CHINESE_NUMERAL_CHARS for ch in s):
        raise NumeralError(s)
    if len(s) > 1 and all(ch in CHINESE_DIGITS for ch in s):
        return int("".join(str(CHINESE_DIGITS[ch]) for ch in s))  # 二〇二五: digit by digit
    total = section = number = 0
    last_unit = 1
    for ch in s:
        if ch in CHINESE_DIGITS:
            number = CHINESE_DIGITS[ch]
            if ch in "零〇○":
                last_unit = 1
        elif ch in SMALL_UNITS:
            last_unit = SMALL_UNITS[ch]
            section += (number or 1) * last_unit
            number = 0
        else:
            big = BIG_UNITS[ch]
            if big == 10**8:
                total = ((total + section + number) or 1) * big
            else:
                total += (section + number or (0 if total else 1)) * big
            section = number = 0
            last_unit = big
    if number and last_unit > 1 and s[-2:-1] not in ("零", "〇", "○"):
        number *= last_unit // 10  # 两千五 = 2500, 三万五 = 35000
    return total + section + number


@lru_cache(maxsize=_READINGS_CACHED)
def approximate_range(s: str) -> tuple[str, str] | None:
    """``两三`` -> (两, 三), ``三四百`` -> (三百, 四百), ``十七八`` -> (十七, 十八): the numerals
    of an approximate range written as two neighbouring digits; None for any other numeral."""
    if not is_chinese_numeral(s) or (len(s) > 2 and all(ch in CHINESE_DIGITS for ch in s)):
        return None  # 二〇二三 is read digit by digit
    pairs = [i for i in range(len(s) - 1) if s[i:i + 2] in approximate_pairs()]
    if len(pairs) != 1 or s == "一二":
        return None  # 三四五 is a list; 一二 alone is too often 一二年 (2012) or a list
    i = pairs[0]
    return s[:i + 1] + s[i + 2:], s[:i] + s[i + 1:]


@lru_cache(maxsize=_READINGS_CACHED)
def read_numeral(s: str) -> Decimal:
    """Read an Arabic or Chinese numeral (no magnitude suffix)."""
    s = s.strip()
    if not s:
        raise NumeralError(s)
    if is_chinese_numeral(s):
        return read_chinese(s)
    parts = _COMPOUND_PARTS.fullmatch(s)
    if parts:  # 4万2170, 5兆9,990: a part of ten thousand and the rest below it
        return read_arabic(parts.group(1)) * 10000 + read_arabic(parts.group(2))
    return read_arabic(s)


# A Taiwan-style two-part amount (see the numbers grammar's _COMPOUND).
_COMPOUND_PARTS = re.compile(r"([0-9０-９]+)[万萬兆]([0-9０-９][0-9０-９,，]*)")


def to_json_number(value: Decimal) -> int | float:
    """An int when the value is whole (650亿 -> 65000000000), else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def format_decimal(value: Decimal) -> str:
    """``4`` -> "4", ``1.50`` -> "1.5": for ISO durations and dates."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")
