"""How a metric relates to its value: comparator, change and baseline (SPEC section 3).

The words come from ``data/target_comparators.tsv``: a verb before the value
(突破 ``>``, 达到 ``>=``, 控制在 ``<=``, 下降 a change, 提高到 a level after a
change), a word after it (以上 ``>=``, 以内 ``<=``, 左右 ``~``), multiples
(``data/target_multiples.tsv``: 翻一番 ``multiply`` 2) and baselines before the
verb (较2020年, 从23.04%).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import NamedTuple

import regex

from .tables import PATTERN_TIMEOUT, alternation, marker_set, multiples, plan_periods, read_rows

LEVEL, BY, TO, SUFFIX, BARE = "level", "by", "to", "suffix", "bare"

# The number stage's qualifiers (SPEC section 2), read as comparators when no word says more.
QUALIFIER_COMPARATORS = {"at_least": ">=", "over": ">", "about": "~", "at_most": "<=", "under": "<"}


class Verb(NamedTuple):
    phrase: str
    comparator: str | None  # None: the comparator of a change follows the configuration
    change: str | None
    reading: str


class Relation(NamedTuple):
    """The words between a metric and its value."""

    start: int  # where they begin: the metric ends here
    verb: Verb | None
    commitment: str | None  # a hedge between metric and verb (规模以上工业企业力争突破2200家)
    forecast: bool  # 预计可突破…


class Baseline(NamedTuple):
    start: int  # where the baseline phrase begins: the metric ends here
    value: dict


@cache
def verbs() -> dict[str, Verb]:
    table = {}
    for phrase, comparator, change, reading in read_rows("target_comparators.tsv"):
        table[phrase] = Verb(phrase, None if comparator == "-" else comparator,
                             None if change == "-" else change, reading)
    return table


# The quotes a value may stand in alone (预期目标「4.5%至5%」): the opening one between the verb or
# frame and the value, the closing one before the clause ends.
OPENING_VALUE_QUOTES = "“「『\""
CLOSING_VALUE_QUOTES = "”」』\""


@cache
def verbs_longest_first(*readings: str) -> tuple[tuple[str, Verb], ...]:
    """The verbs of ``readings`` (all when none is given) as (phrase, verb), longest phrase first."""
    return tuple(sorted(((p, v) for p, v in verbs().items() if not readings or v.reading in readings),
                        key=lambda kv: len(kv[0]), reverse=True))


def _verb_alternation(phrases: list[str]) -> str:
    """The verbs as an alternation; 年增, 年减 (a change on the year before) are no verbs
    where the 年 ends a time (较2023年增长, 比上年增长, 今年增加)."""
    plain = [p for p in phrases if p not in YEAR_ON_YEAR]
    headed = [p for p in phrases if p in YEAR_ON_YEAR]
    if not headed:
        return alternation(plain)
    return rf"(?<![{YEAR_ENDS}])(?:{alternation(headed)})|{alternation(plain)}"


# Verbs of a change on the year before that open with 年 (年增1%); the marks before 年 that make it a time's end.
YEAR_ON_YEAR = ("年增", "年减")
YEAR_ENDS = "0-9０-９〇零一二三四五六七八九十百千两上去今明前后全当同每本近多该次翌"


# The year a verb of change gives the value after it (提升至2025年的10%, 倍增至2020年2.6兆元).
DATED_VALUE = r"(?:19|20)\d\d\s*年(?:底|末)?的?"


@cache
def _patterns() -> dict[str, regex.Pattern]:
    by_reading: dict[str, list[str]] = defaultdict(list)
    for phrase, verb in verbs().items():
        by_reading[verb.reading].append(phrase)
    hedges = alternation(marker_set("commitment") + marker_set("forecast") + marker_set("auxiliary"))
    before = _verb_alternation(by_reading[LEVEL] + by_reading[BY] + by_reading[TO])
    year = r"(?P<year>(?:19|20)\d\d)\s*年(?:底|末)?"
    # a five-year plan, or a stretch of it, that a change counts from (均比“十一五”末, 比第五个五年计划期间的)
    plan_time = rf"[“\"‘'「]?(?P<plan>{alternation(plan_periods())})[”\"’'」]?(?:末|期末|时期|期间)?"
    return {
        # 提升至2025年的10%: a verb may give the value its year (the deadline it reaches it by)
        "relation": regex.compile(rf"(?P<hedges>(?:{hedges})*?)(?P<verb>{before})?(?:{hedges})*"
                                  rf"(?(verb)(?:{DATED_VALUE})?)"
                                  rf"(?:{alternation(marker_set('value_prefix'))})?\s*[{regex.escape(OPENING_VALUE_QUOTES)}]?$"),
        "hedge": regex.compile(hedges),
        # a bracketed remark may stand between the value and its word (140兆元（约新台币625兆元）左右,
        # 2050台（套）以上)
        "suffix": regex.compile(rf"\s*(?:[（(][^（()）\n]{{1,30}}[)）]\s*)?(?P<suffix>{alternation(by_reading[SUFFIX])})"),
        "than": regex.compile(
            rf"(?:(?:{alternation(marker_set('than'))})\s*(?:{year}|(?P<previous>上年|去年|上一年)"
            rf"|{plan_time})"
            rf"|(?P<year_on_year>{alternation(marker_set('year_on_year'))})"
            rf"|(?:{alternation(marker_set('base_level'))})\s*{year}(?=的?基础上))(?:的?水平|的?基础上)?\s*$"
        ),
        # 从2020年的2.7件, 从目前29.3%: the level a change starts from, with its time
        "from": regex.compile(rf"(?:{alternation(marker_set('from'))})\s*(?:{year}的?|(?:{alternation(PRESENT_LEVELS)})的?)?\s*"
                              rf"(?:{alternation(marker_set('baseline_qualifier'))})?\s*$"),
        # 比一九八○年的七千一百五十九亿元增加…: the level a change is counted from, with its year
        "than_level": regex.compile(rf"(?:{alternation(marker_set('than'))})\s*(?:{year}|{plan_time})的\s*$"),
        "multiple": regex.compile(alternation(multiples())),
    }


def read_relation(text: str, clause_from: int, value_start: int) -> Relation:
    """The verb (and hedges) right before the value at ``value_start``."""
    m = _patterns()["relation"].search(text, clause_from, value_start, timeout=PATTERN_TIMEOUT)
    if m is None:  # the pattern can match empty text, so only a timeout gets here
        return Relation(value_start, None, None, False)
    commitment = None
    forecast = False
    for h in _patterns()["hedge"].finditer(m.group(0), timeout=PATTERN_TIMEOUT):
        word = h.group(0)
        if word in marker_set("commitment"):
            commitment = commitment or word
        elif word in marker_set("forecast"):
            forecast = True
    verb = verbs()[m.group("verb")] if m.group("verb") else None
    start = m.start()
    for word in marker_set("word_end"):  # 页岩气产能达30亿立方米: 能 ends 产能, it is no hedge
        if start - len(word) + 1 >= clause_from and text.startswith(word, start - len(word) + 1):
            start += 1
            break
    return Relation(start, verb, commitment, forecast)


def bound_of_reference(text: str, clause_from: int, value_start: int) -> Relation | None:
    """A bound set as a multiple of a reference (不低于当地最低生活保障标准的1.6倍, 不高于理论时延1.5倍的…):
    the level verb before the reference compares the metric to the multiple."""
    window = text[max(clause_from, value_start - REFERENCE_REACH):value_start]
    for phrase, verb in verbs_longest_first(LEVEL):
        at = window.rfind(phrase)
        if at >= 0 and window.endswith(ATTRIBUTIVE) and at + len(phrase) < len(window) - 1 \
                and not any(c in window[at:] for c in "，,；;。"):
            return Relation(value_start - len(window) + at, verb, None, False)
    return None


# How far before a multiple its reference (当地最低生活保障标准的) and verb may begin.
REFERENCE_REACH = 24
# What ends a phrase that describes a noun (当地最低生活保障标准的1.6倍, 实施总投资35亿元的80项…).
ATTRIBUTIVE = "的"


def change_before(text: str, clause_from: int, relation: Relation, end: int | None = None,
                  framed: bool = False) -> tuple[int, Verb] | None:
    """A change verb that ends the metric (at ``end``, else where the relation starts) before a level
    verb: 收入年均增长要达到10%左右, 经济增长预期目标为5%以上 are changes; so is one before a goals
    frame that sets the value with no verb (``framed``: 增长目标设定在4.5%至5%)."""
    if not framed and (relation.verb is None or relation.verb.reading != LEVEL):
        return None
    end = relation.start if end is None else end
    for phrase, verb in verbs_longest_first(BY):
        if text.endswith(phrase, clause_from, end) and not ends_a_time(text, end - len(phrase), phrase):
            return end - len(phrase), verb
    return None


def ends_a_time(text: str, start: int, phrase: str) -> bool:
    """Whether the 年 a verb opens with at ``start`` (年增) ends a time instead (比上年增…, 2023年增…)."""
    return phrase in YEAR_ON_YEAR and start > 0 and regex.match(f"[{YEAR_ENDS}]", text[start - 1]) is not None


def suffix_word(text: str, value_end: int, fact_text: str) -> str | None:
    """A comparator word right after the value, inside the number's text or just after it."""
    for word, _ in verbs_longest_first(SUFFIX):
        if fact_text.endswith(word):
            return word
    m = _patterns()["suffix"].match(text, value_end, timeout=PATTERN_TIMEOUT)
    return m.group("suffix") if m else None


def comparator_for(relation: Relation, suffix: str | None, qualifier: str | None, is_range: bool,
                   is_count: bool, change_default: str, count_default: str, level_default: str,
                   is_change: bool = False) -> str:
    """The comparator of a value, from the strongest evidence to the weakest.

    A range is ``between``; a word after the value decides next (以上 includes the
    number, SPEC section 3); then a hedge on the number (约, 接近, 不少于); then
    the verb, with 余/多 (``over``) lifting a ``>=`` to ``>``; then the configured
    defaults (a change without a verb, such as 翻一番, takes the change default).
    """
    if is_range:
        return "between"
    if suffix and verbs()[suffix].comparator != "between":  # 之间 says only what a range says
        return verbs()[suffix].comparator or change_default
    if qualifier in ("about", "at_least", "at_most", "under"):
        return QUALIFIER_COMPARATORS[qualifier]  # a hedge on the number itself: 提升至接近70%
    verb = relation.verb
    if verb is not None and verb.comparator is not None:
        if qualifier == "over" and verb.comparator in (">=", "="):
            return ">"
        return verb.comparator
    if qualifier == "over":
        return ">"
    if verb is not None or is_change:
        return change_default
    return count_default if is_count else level_default


def read_baseline(text: str, clause_from: int, end: int, numbers: list[dict],
                  deadline_year: int | None) -> Baseline | None:
    """A baseline right before ``end`` (the verb): 较2020年, 比上年, 同比, 从23.04%, 由2020年的52.2%."""
    p = _patterns()
    m = p["than"].search(text, clause_from, end, timeout=PATTERN_TIMEOUT)
    if m:
        if m.group("year"):
            year = m.group("year")
        elif m.group("plan"):
            year = str(plan_periods()[m.group("plan")][1])  # 均比“十一五”末翻一番: the period's last year
        else:
            year = str(deadline_year - 1) if deadline_year else None
        return Baseline(m.start(), {"value": None, "unit": None, "year": year})
    for i, fact in enumerate(numbers):
        if not (clause_from <= fact["start"] and fact["end"] <= end):
            continue
        if text[fact["end"]:end].strip():
            continue
        first = _list_start(text, numbers, i, clause_from)  # 分别从每人每月209元、280元提高到…
        f = (p["from"].search(text, clause_from, numbers[first]["start"], timeout=PATTERN_TIMEOUT)
             or p["than_level"].search(text, clause_from, numbers[first]["start"], timeout=PATTERN_TIMEOUT))
        if f:
            value, unit = plain_value(fact) if first == i else (None, None)
            return Baseline(f.start(), {"value": value, "unit": unit, "year": f.group("year")})
    return None


# A length of time is a value only as a level (人均预期寿命达到80岁, 受教育年限提高到11.7年, 从76.34岁提高到…):
# its ISO 8601 reading (P80Y) becomes the number and its designator the unit (80, "Y").
_DURATION = regex.compile(r"PT?(\d+(?:\.\d+)?)([YMWDHS])")


def plain_value(number: dict) -> tuple[object, str | None]:
    """A number fact's value and unit as a target states them: a duration as its amount and unit."""
    value, unit = number.get("value"), number.get("unit")
    if number.get("type") == "duration" and isinstance(value, str):
        m = _DURATION.fullmatch(value)
        if m:
            amount = float(m.group(1))
            return (int(amount) if amount.is_integer() else amount), m.group(2)
    return value, unit


def _list_start(text: str, numbers: list[dict], i: int, floor: int) -> int:
    """The index of the first value of the list ``numbers[i]`` ends (209元、280元): values joined by 、, 和…."""
    while i > 0 and numbers[i - 1]["start"] >= floor and _joined(text, numbers[i - 1], numbers[i]):
        i -= 1
    return i


def _joined(text: str, left: dict, right: dict) -> bool:
    """Whether only a list's joiner (、, 和…) stands between two values."""
    return text[left["end"]:right["start"]].strip() in marker_set("joiner")


def starting_levels(text: str, numbers: list[dict]) -> frozenset[int]:
    """The starts of the values a change starts from: after 从 or 由, alone or listed, with a verb of
    change after them (从2020年的2.7件提高到5.2件, 分别从每人每月209元、280元提高到217元、290元)."""
    p = _patterns()
    changes = tuple(phrase for phrase, verb in verbs().items() if verb.reading in (TO, BY))
    out: set[int] = set()
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and _joined(text, numbers[j], numbers[j + 1]):
            j += 1
        floor = max(0, numbers[i]["start"] - FROM_REACH)
        after = numbers[j]["end"]
        while after < len(text) and text[after].isspace():
            after += 1
        if p["from"].search(text, floor, numbers[i]["start"], timeout=PATTERN_TIMEOUT) and text.startswith(changes, after):
            out.update(n["start"] for n in numbers[i:j + 1])
        i = j + 1
    return frozenset(out)


# Words for the present as the time of a starting level (从目前29.3%降至25%左右).
PRESENT_LEVELS = ("目前", "当前", "现在", "现有")
# How far before a starting level its 从 may stand (从2020年的, 从每人每月).
FROM_REACH = 12


def find_multiples(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """``(start, end, factor)`` of every 翻一番-like change goal in ``text[start:end]``."""
    return [(m.start(), m.end(), multiples()[m.group(0)])
            for m in _patterns()["multiple"].finditer(text, start, end, timeout=PATTERN_TIMEOUT)]


def prepare() -> None:
    """Read the verb table and compile the comparator patterns, once per process."""
    for reading in {verb.reading for verb in verbs().values()}:
        verbs_longest_first(reading)
    verbs_longest_first()
    _patterns()
    _index_value_pattern()


@cache
def _index_value_pattern() -> regex.Pattern:
    verbs_ = alternation(p for p, v in verbs().items() if v.reading in (LEVEL, TO))
    return regex.compile(
        rf"(?:{alternation(marker_set('unitless_head'))})\s*(?:{verbs_})?\s*(?P<value>\d+(?:\.\d+)?)"
        rf"(?=\s*(?:{alternation(p for p, v in verbs().items() if v.reading == SUFFIX)})?\s*(?:[，,。；;、）)\n]|$))")


def index_values(text: str, numbers: list[dict]) -> list[dict]:
    """Values with no unit after an index or a coefficient and its verb (信息化和工业化融合发展指数达到125,
    能源消费弹性系数为0.446), as number facts with no unit: the numbers stage reads no bare number,
    and a goal of an index has none.  None where a number fact already stands."""
    out = []
    for m in _index_value_pattern().finditer(text, timeout=PATTERN_TIMEOUT):
        start, end = m.span("value")
        if any(n["start"] < end and start < n["end"] for n in numbers):
            continue
        value = float(m.group("value"))
        out.append({"kind": "number", "text": m.group("value"), "start": start, "end": end, "type": "measure",
                    "value": int(value) if value.is_integer() else value, "unit": None, "low": None, "high": None,
                    "qualifier": None})
    return out
