"""Goals that a roundup lists place by place (31省份2023年GDP目标公布 … 海南为9.5%左右，江西、新疆为7%左右).

News that gathers the growth goals of many places names the goal once (各地GDP增长目标, 2026年经济成长率
目标) and then lists places with a value each, the metric left out: ``<places>为<value>``.  Each place
listed sets that goal, so a list of places sharing one value gives one target per place, with the place
as its subject.  The goal's year is the one written with the goal's name (2023年经济增长预期目标), else
the document's.

Only growth goals are read so (the goal's name holds a word of the economy's growth, table
``roundup_goal`` in ``data/target_markers.tsv``), and only percentages: a place with a figure and no
goal named before it reports a result (前三季度，江苏为5.8%), not a goal.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from .comparators import OPENING_VALUE_QUOTES
from .tables import PATTERN_TIMEOUT, alternation, find_marker, marker_set

# How far back from a listed place the name of the goal it sets may stand.
GOAL_REACH = 600
# Words that say the growth rate itself is the metric: its value is a level, not a change.
RATE_WORDS = ("增速", "增长率", "成长率", "增幅", "增长速度")


class Item(NamedTuple):
    """One place's goal in a roundup: where the listing of it starts and ends, the place, the goal's
    name and year, and where its value starts."""
    start: int
    end: int
    place: str
    metric: str
    year: str | None
    value_start: int
    is_rate: bool


@cache
def _patterns() -> dict[str, regex.Pattern]:
    regions = alternation(marker_set("region_name"))
    rest = alternation(marker_set("roundup_rest"))
    place = rf"(?:{rest}|\p{{Han}}{{1,6}}?(?:省|市|自治区|地区)|(?:{regions}))"
    # 平顶山、南阳、商丘等地: short names a closing 等地 (等N市) says are places
    named = rf"\p{{Han}}{{2,4}}(?:、\p{{Han}}{{2,4}})*等(?:\d+个?)?(?:地|市|城市|地市|省份|省区市|省市)"
    places = rf"(?P<places>{place}(?:[、和及与]{place})*(?:等(?:\d+个?)?(?:省份|省区市|省市|地区|城市))?|{named})"
    copula = alternation(marker_set("roundup_copula"))
    goal_words = alternation(marker_set("roundup_goal"))
    goal = (rf"(?:(?P<year>(?:19|20)\d\d)\s*年度?|(?P<this>今年|本年))?"
            rf"(?P<name>[\p{{Han}}A-Za-z]{{0,10}}?(?:{goal_words})[\p{{Han}}A-Za-z]{{0,6}}?目标)")
    # what may open a listing (其中，海南为…), and what leads from its places to the value (…均为“5%…)
    lead = r"(?<![\p{Han}])(?:其中|此外|另外|除了|至于|而)?\s*"
    value_ahead = rf"\s*[{regex.escape(OPENING_VALUE_QUOTES)}]?\s*(?=[\d０-９])"
    to_value = rf"\s*(?:均|皆|都|则|也)?\s*(?:{copula}){value_ahead}"
    return {
        "item": regex.compile(rf"{lead}{places}(?:的目标)?{to_value}"),
        # a year written with goals (2023年GDP目标, 2025年经济社会主要预期目标)
        "goal_year": regex.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*年度?[^\d，,。；;：:\n]{0,12}目标"),
        # the name of a growth goal ending at a 目标, and the year or 今年 written before it (2023年经济增长预期目标)
        "goal_at": regex.compile(goal + r"\Z"),
        "cut": regex.compile(rf"^.*(?:{alternation(marker_set('roundup_cut'))})"),
        # (provinces by their short names only: 珠海高新区地区生产总值增长目标为8% is one place's own goal)
        "named": regex.compile(rf"{lead}(?P<places>(?:{regions})(?:[、和及与](?:{regions}))*)(?P<set>提出的|设定的|确定的)?的?"
                               rf"(?P<own>(?:[A-Za-z]{{2,5}})?(?:{goal_words}|增幅|涨幅)(?:预期)?(?:目标)?){to_value}"),
        "ranked": regex.compile(rf"(?:最高|最低|居首|领跑)的(?:是|为)\s*{places}\s*[，,]\s*(?:{copula}){value_ahead}"),
        "included": regex.compile(rf"(?P<clause>(?<=^|[，,；;。：:\n])[^，,；;。\n]{{0,30}}?)(?P<value>(?<![\d.])\d+(?:\.\d+)?%)"
                                  rf"(?:左右|以上|以下|以内)?[”」\"』]?\s*[，,]\s*(?:包括|其中有|有)\s*{places}(?=$|[。；;，,\n])",
                                  regex.MULTILINE),
        "split": regex.compile(r"[、和及与]"),
        "latin": regex.compile(r"(?<=\p{Han})[A-Za-z]{2,}"),
        "short": regex.compile(rf"(?<=^|[，,；;：:]|其中)\s*(?P<places>\p{{Han}}{{2,4}}(?:[、和]\p{{Han}}{{2,4}})*){to_value}",
                               regex.MULTILINE),
        "not_place": frozenset("率额值量速比入资出产业目标增长率"),
        "either": regex.compile(r"[^，,；;。\n]{0,12}?(?:或者|或是|或)\s*[\d０-９]"),
        "named_end": regex.compile(r"等(?:\d+个?)?(?:地|市|城市|地市|省份|省区市|省市|地区)$"),
    }


def roundup_items(text: str, doc_year: int | None,
                  percent_starts: frozenset[int]) -> tuple[list[Item], frozenset[int]]:
    """Every place-by-place goal of ``text`` whose value (a percentage starting at one of
    ``percent_starts``) follows ``<places>为`` after the name of a growth goal; and where the values
    of listings that offer two (6%以上或者6%左右) start, which are no goals."""
    if "目标" not in text:
        return [], frozenset()
    p = _patterns()
    goals = _goals(text)
    items: list[Item] = []
    alternatives: set[int] = set()
    listings = []
    # listings that take their goal from before them are read only within reach of a goal's name
    for start, end in _windows(goals, len(text)):
        listings += [(m, m.start("places"), m.end(), m.end())
                     for key in ("item", "ranked") for m in p[key].finditer(text, start, end, timeout=PATTERN_TIMEOUT)]
        # 多数省份将GDP增长目标定在5%左右，包括河南、福建…: places named after the value they share
        listings += [(m, m.start("clause"), m.end(), m.start("value"))
                     for m in p["included"].finditer(text, start, end, timeout=PATTERN_TIMEOUT)]
    # 浙江增速目标是“5%—5.5%”, 浙江、北京…提出的CPI增幅皆为“2%左右”: the places, then the goal's own name
    listings += [(m, m.start("places"), m.end(), m.end()) for m in p["named"].finditer(text, timeout=PATTERN_TIMEOUT)]
    for m, start, end, value_start in sorted(listings, key=lambda x: x[1]):
        if value_start not in percent_starts:
            continue
        clause_from = max(text.rfind(c, 0, start) for c in "，,；;。\n") + 1
        if find_marker("past", text, clause_from, value_start) is not None:
            continue  # 2022年实际增长…: a result, not a goal
        goal = next((g for g in reversed(goals) if g.end() <= m.start("places")), None)
        own = m.groupdict().get("own")
        if own is not None and (goal is None or m.start("places") - goal.end() > GOAL_REACH) \
                and "目标" not in own and not m.group("set"):
            continue  # (浙江、江苏的GDP增速均为5%: a goal's name, or words that set one, make it a goal)
        if own is None and (goal is None or m.start("places") - goal.end() > GOAL_REACH):
            continue
        name = own or _goal_name(goal.group("name"))
        if not name or name == "目标":
            continue
        if goal is None:
            year = _year_before(text, m.start(), doc_year)
        else:
            year = goal.group("year") or (str(doc_year) if doc_year is not None else None)
            if goal.group("year") is None and goal.group("this") is None:
                year = _year_before(text, goal.start(), doc_year)
        if (other := _offers_another(text, value_start)) is not None:
            alternatives.update((value_start, other))
            continue
        if any(item.value_start == value_start for item in items):
            continue
        for place in _places(m.group("places")):
            items.append(Item(start, end, place, name, year, value_start, any(w in name for w in RATE_WORDS)))
    return items + _short_names(text, items, percent_starts), frozenset(alternatives)


def _goals(text: str) -> list[regex.Match]:
    """The names of growth goals in ``text``, found from each 目标 back (a scan from every character
    costs a roundup more than all its other reading)."""
    pattern = _patterns()["goal_at"]
    found: list[regex.Match] = []
    i = text.find("目标")
    while i >= 0:
        floor = found[-1].end() if found else 0
        m = pattern.search(text, max(floor, i - GOAL_NAME_REACH), i + 2, timeout=PATTERN_TIMEOUT)
        if m is not None:
            found.append(m)
        i = text.find("目标", i + 2)
    return found


# How far before its 目标 a goal's name with its year may begin (2023年经济增长预期目标).
GOAL_NAME_REACH = 30


def _windows(goals: list[regex.Match], length: int) -> list[tuple[int, int]]:
    """The stretches within reach after the goals' names, overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for g in goals:
        start, end = g.start(), min(length, g.end() + GOAL_REACH + 40)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _offers_another(text: str, value_start: int) -> int | None:
    """Where the other value starts when the value at ``value_start`` is one of two a place may have
    chosen (定在6%以上或者6%左右): then neither is its goal."""
    m = _patterns()["either"].match(text, value_start, timeout=PATTERN_TIMEOUT)
    return m.end() - 1 if m else None


def _short_names(text: str, items: list[Item], percent_starts: frozenset[int]) -> list[Item]:
    """More places of a sentence that already lists one, named short (周口为7%左右，三门峡为6.5%,
    洛阳、安阳为6%: a city without 市): in such a sentence a clause of short names and a value is
    one more listing of the same goal."""
    p = _patterns()
    found: list[Item] = []
    seen = {item.value_start for item in items}
    by_sentence: dict[int, Item] = {}
    for item in items:
        by_sentence.setdefault(max(text.rfind(c, 0, item.start) for c in "。！？!?\n") + 1, item)
    for start, item in by_sentence.items():
        end = min((i for i in (text.find(c, item.start) for c in "。！？!?\n") if i >= 0), default=len(text))
        for m in p["short"].finditer(text, start, end, timeout=PATTERN_TIMEOUT):
            if m.end() in seen or m.end() not in percent_starts or _offers_another(text, m.end()) is not None:
                continue
            names = p["split"].split(m.group("places"))
            if any(c in p["not_place"] for name in names for c in name):
                continue
            seen.add(m.end())
            found += [item._replace(start=m.start("places"), end=m.end(), place=name, value_start=m.end())
                      for name in names]
    return found


def _goal_name(words: str) -> str:
    """The name of a goal without what opens it and is not part of it: 从各地GDP目标 -> GDP目标,
    漯河GDP预期目标 -> GDP预期目标 (a place before a Latin acronym), 浙江增速目标 -> 增速目标."""
    p = _patterns()
    name = p["cut"].sub("", words)
    region = next((r for r in marker_set("region_name") if name.startswith(r)), None)
    if region:
        name = name[len(region):]
    m = p["latin"].search(name)
    return name[m.start():] if m else name


def _places(words: str) -> list[str]:
    """The places a listing names one by one (江西、新疆 -> 江西, 新疆; 北京、…、广西等11省份 -> each)."""
    p = _patterns()
    words = p["named_end"].sub("", words)
    return [w for w in p["split"].split(words) if w]


def _year_before(text: str, pos: int, doc_year: int | None) -> str | None:
    """The year a goal's name with no year of its own is of: the last year written with goals before
    it (31个省区市2023年经济增长预期目标均已出炉。…从各地GDP目标来看), else the document's."""
    p = _patterns()
    years = [g.group("year") for g in p["goal_year"].finditer(text, 0, pos, timeout=PATTERN_TIMEOUT)]
    if years:
        return years[-1]
    return str(doc_year) if doc_year is not None else None


def prepare() -> None:
    _patterns()
