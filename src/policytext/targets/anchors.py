"""Time anchors (到2025年, 2024年底前, 到"十四五"末, 用3年时间…) and the text each one scopes.

An anchor is *strong* when it states a deadline by itself (到2025年, 2024年底前,
"十四五"期间) and *weak* when it only dates the sentence (2023年，…, 今年, "十四五"
时期): a weak anchor makes a target only together with a goal cue (力争, 预计,
目标是…), because the same words open reports of the past.

Scope (SPEC section 3, one anchor can scope several targets):

* an anchor scopes its own sentence from the start of its clause (so a 力争
  before 到2025年 belongs to it) up to the next anchor of that sentence;
* a strong anchor in the first sentence of a paragraph scopes the whole
  paragraph, and paragraphs that follow it as bullets (——…);
* a goals heading (发展目标, 主要目标…) opens a section scoped by the first
  anchor found in it, up to the next heading of the same or a higher level;
  so does a tasks heading that dates itself (三、2026年主要工作), whose tasks
  are that year's goals;
* a sentence that states goals outright (主要预期目标是：…) takes the last
  anchor of its paragraph, else the last anchor seen in a heading; the list it
  opens runs on past ； (and to the paragraph's end after a colon);
* a sentence with no time stated but a pledge (力争, 确保…) holds goals without
  a deadline, from the pledge on.

A sentence's own anchor overrides anything inherited.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from ..numbers.dates import ROC_ERA, ROC_OFFSET
from .clauses import (
    SENTENCE_ENDS,
    after_spaces,
    heading_marker,
    CLOSING_BRACKETS,
    CLOSING_QUOTES,
    GOAL_WORD,
    OPENING_BRACKETS,
    OPENING_QUOTES,
    UNNUMBERED,
    YEAR_OF,
    Paragraph,
    breaks_at,
    bullet_length,
    clause_end,
    clause_start,
    goal_heading_start,
    is_goal_heading,
    is_task_heading,
    paragraphs,
    place_at,
    statement_spans,
    states_value,
    strip_leading,
    task_marker_start,
)
from .comparators import LEVEL, TO, verbs
from .tables import PATTERN_TIMEOUT, alternation, congress_terms, find_marker, marker_pattern, marker_set, plan_periods, read_rows

STRONG = "strong"

# A sentence that ends with these leaves its list open: the next sentence is its next item.
LIST_SEPARATORS = "；;"
# What joins a goals frame to its list: 目标是：…, 目标为…, 目标：….
FRAME_COPULAS = "是为"
FRAME_COLONS = "：:"
# How far after a year (and its 的) a goals frame may begin and still be dated by it:
# 2013年的主要预期目标是：…, 2010年漳州经济社会发展预期目标, 2011年全省国民经济和社会发展主要预期目标.
FRAME_REACH = 16


class Anchor(NamedTuple):
    start: int
    end: int
    deadline: str | None  # ISO year or date; None when it counts from an unknown document year
    strong: bool
    span: bool = False  # a length of time (用3年时间), not a point in time


class Segment(NamedTuple):
    """A stretch of one sentence whose targets share ``anchor``'s deadline."""

    start: int
    end: int
    anchor: Anchor | None  # None for a goals sentence or a pledge with no time stated anywhere
    inherited: bool  # the anchor was stated in an earlier sentence, paragraph or heading
    frame: bool  # the sentence states goals outright (主要预期目标是…)


@dataclass(frozen=True)
class _Vocabulary:
    to: dict[str, bool]
    as_of: tuple[str, ...]
    by: tuple[str, ...]
    positions: dict[str, str]
    plan_stages: dict[str, bool]
    mid_stages: frozenset[str]  # stages that name the plan's middle year (“十四五”中期 -> 2023)
    relative_years: dict[str, tuple[int, str, bool]]
    spans: dict[str, bool]
    span_offsets: dict[str, int]
    numerals: dict[str, int]
    back: tuple[str, ...]
    plan_years: dict[str, str]
    centuries: dict[str, tuple[int, bool]]  # years after the century's start, strong


@cache
def vocabulary() -> _Vocabulary:
    rows: dict[str, list[list[str]]] = defaultdict(list)
    for kind, phrase, value, strength in read_rows("target_anchors.tsv"):
        rows[kind].append([phrase, value, strength])
    relative = {}
    for phrase, value, strength in rows["relative_year"]:
        offset, suffix = regex.fullmatch(r"(-?\d+)(?:-(.+))?", value).groups()  # -1; 0-12-31
        relative[phrase] = (int(offset), f"-{suffix}" if suffix else "", strength == STRONG)
    return _Vocabulary(
        to={p: s == STRONG for p, _, s in rows["to"]},
        as_of=tuple(p for p, _, _ in rows["as_of"]),
        by=tuple(p for p, _, _ in rows["by"]),
        positions={p: v for p, v, _ in rows["position"]},
        plan_stages={p: s == STRONG for p, _, s in rows["plan_stage"]},
        mid_stages=frozenset(p for p, v, _ in rows["plan_stage"] if v == "mid"),
        relative_years=relative,
        spans={p: s == STRONG for p, _, s in rows["span"]},
        span_offsets={p: 0 if v == "-" else int(v) for p, v, _ in rows["span"]},
        numerals={p: int(v) for p, v, _ in rows["numeral"]},
        back=tuple(p for p, _, _ in rows["back"]),
        plan_years={p: v for p, v, _ in rows["plan_year"]},
        centuries={p: (int(v), s == STRONG) for p, v, s in rows["century"]},
    )


@cache
def _patterns() -> dict[str, regex.Pattern]:
    v = vocabulary()
    pre = alternation(list(v.to) + list(v.as_of))
    year = (
        # 到 2025 年末: a PDF's or a site's spaced digits; 力争到2025，, 即到2025gdp…: 年 dropped after a word of time
        rf"(?:(?P<pre>{pre})[ \t]?)?(?P<year>(?:19|20)\d\d)(?:\s*年|(?(pre)(?=[，,A-Za-z])|(?!)))"
        rf"(?:(?P<month>\d{{1,2}})\s*月(?:(?P<day>\d{{1,2}})\s*日)?)?"
        rf"(?P<pos>{alternation(v.positions)})?(?P<by>{alternation(v.by)})?"
    )
    plans = alternation(plan_periods())
    plan = (
        rf"(?P<pre>{alternation(v.to)})?[“\"‘'「]?(?P<plan>{plans})[”\"’'」]?"
        rf"(?:规划)?(?:[（(][^（()）\n]{{1,12}}[)）])?(?:(?P<stage>{alternation(v.plan_stages)})"
        # (十五五规划提及，…设置了29项主要指标: the plan's name before the words that it sets goals; not
        # “十三五”规划确定的主要目标任务顺利完成, the goals it set)
        rf"|(?=(?:{alternation(PLAN_PARTS[1:])})(?:{alternation(marker_set('goal_setting'))})(?!的)))"
    )
    numeral = rf"(?:\d{{1,2}}|[{''.join(v.numerals)}]{{1,2}})"
    # 未来 4 年: Taiwan news and PDF text space the digits of a count
    count = rf"[ \t]?(?P<low>{numeral})(?:\s*[-—–~至到]\s*(?P<high>{numeral}))?[ \t]?"
    spans = "|".join(
        "(?:" + regex.escape(p).replace("N", count, 1) + ")" for p in sorted(v.spans, key=len, reverse=True)
    )
    period = r"(?P<first>(?:19|20)\d\d)\s*年?\s*[-—–~～至到]\s*(?P<year>(?:19|20)\d\d)\s*年"
    return {
        "year": regex.compile(year),
        "period": regex.compile(period),
        "plan": regex.compile(plan),
        "span": regex.compile(spans),
        "relative": regex.compile(alternation(v.relative_years)),
        "century": regex.compile(alternation(v.centuries)),
        "back": regex.compile(alternation(v.back)),
        "glossed": regex.compile(
            rf"(?P<relative>{alternation(p for p, (_, suffix, _) in v.relative_years.items() if not suffix)})"
            r"\s*[（(]\s*(?P<year>(?:19|20)\d\d)\s*年?\s*[）)]"
        ),
        "plan_year": regex.compile(
            rf"(?:{alternation(THIS_YEAR)})\s*(?:是|为)[^，,。；;\n]{{0,6}}?[“\"‘'「]?(?P<plan>{plans})[”\"’'」]?"
            rf"(?:规划|计划)?的?(?P<stage>{alternation(v.plan_years)})"
        ),
        # (\Z, not $: a line that ends on 跃升 before one that opens 到2015年 is a heading, no verb of 到)
        "verb_to": regex.compile(r"(?:增长|提高|提升|增加|上升|扩大|下降|降低|减少|跃居|跃升|达|升|降)\Z"),
    }


# How far back (in characters) 届时 looks for the anchor whose deadline it repeats.
BACK_REACH = 200
# Words for the document's own year in 今年是“十三五”开局之年.
THIS_YEAR = ("今年", "本年")

# After a year, words that make it a start rather than a deadline (2017年起).
SINCE = ("开始", "起")
# After a period, the word that names it as such (2014~2020年期间); part of the anchor.
PERIOD_WORD = "期间"

# After 前, these start a count (前三季度, 前两个月), so 前 does not mean "before".
_COUNT_AFTER_BEFORE = frozenset("一二两三四五六七八九十0123456789０１２３４５６７８９几季")


def _numeral(word: str) -> int:
    if word.isdigit():
        return int(word)
    values = vocabulary().numerals
    if len(word) == 2 and word[0] == "十":
        return 10 + values[word[1]]
    if len(word) == 2 and word[1] == "十":
        return values[word[0]] * 10
    return values[word]


_CHINESE_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
_CHINESE_YEAR = re.compile(r"[〇○零一二三四五六七八九]{4}(?=\s*年)")


@lru_cache(maxsize=2)
def years_view(text: str) -> str:
    """``text`` with years written in Chinese numerals (二〇三五年) in digits, character for character,
    so that positions stay those of ``text``."""
    if not _CHINESE_YEAR.search(text):
        return text
    return _CHINESE_YEAR.sub(lambda m: m.group(0).translate(_CHINESE_DIGITS), text)


def find_anchors(text: str, doc_year: int | None = None, numbers: list[dict] = ()) -> list[Anchor]:
    """Every time anchor of ``text``, in order; overlapping readings keep the longest.  Years may be
    written in Chinese numerals (到二〇三五年).  ``numbers``: the number facts of the text, whose dates
    the numbers stage reads from bare ROC years (115年 after 民国115年) date what they open too."""
    found: list[Anchor] = []
    view = years_view(text)
    found += _year_anchors(view)
    found += _bare_roc_anchors(text, numbers)
    found += _period_anchors(view, doc_year)
    found += _plan_anchors(text)
    found += _span_anchors(text, doc_year)
    found += _relative_anchors(text, doc_year)
    found += _century_anchors(text, doc_year)
    return _back_anchors(text, _whole_years(text, _spans_after_years(text, _longest(found))))


_BARE_ROC = regex.compile(r"\d{2,3}\s*年")


def _bare_roc_anchors(text: str, numbers: list[dict]) -> list[Anchor]:
    """The years the numbers stage read as ROC years though written bare (115年): weak anchors, as a
    bare year is."""
    return [Anchor(n["start"], n["end"], str(n["value"]), False) for n in numbers
            if n.get("type") == "date" and _BARE_ROC.fullmatch(text, n["start"], n["end"])
            and str(n.get("value")).isdigit()]


def _spans_after_years(text: str, anchors: list[Anchor]) -> list[Anchor]:
    """A length of time right after a year (从党的二十大到二〇三五年，用13年时间…) restates the time to
    that year: it is due when the year is, not that many years after the document's year."""
    out = list(anchors)
    for i in range(1, len(out)):
        before, a = out[i - 1], out[i]
        if a.span and not before.span and before.deadline and text[before.end:a.start] in SPAN_JOINERS:
            out[i] = a._replace(deadline=before.deadline)
    return out


# What may stand between a year and a length of time that restates it.
SPAN_JOINERS = ("", "，", ",", "、", "的")  # (到本世纪末的二十年内)


def _whole_years(text: str, anchors: list[Anchor]) -> list[Anchor]:
    """全年 after a stated year in its paragraph is the whole of that year (2017年，…。预计全年
    地区生产总值2.15万亿元 reviews 2017; so does 过去一年 for the year before the document's), not the
    document's year; and where the document's year is
    unknown, 今年 in a paragraph that opens by saying what a year is (2025年是…之年) is that year."""
    whole = marker_set("whole_year")
    this = marker_set("this_year")
    past = {p for p, (offset, _, _) in vocabulary().relative_years.items() if offset < 0}
    out: list[Anchor] = []
    stated: Anchor | None = None  # the last year the current paragraph states
    opening: Anchor | None = None  # the year the current paragraph opens by saying what it is
    headings = _heading_years(text)
    bulletin = _bulletin_title_pattern().search(text, *_first_line(text), timeout=PATTERN_TIMEOUT)
    for a in anchors:
        if stated is not None and "\n" in text[stated.end:a.start]:
            stated = opening = None
        phrase = text[a.start:a.end]
        if (phrase in whole and out and a.deadline and out[-1].deadline == a.deadline + vocabulary().positions["年底"]
                and not any(c in SENTENCE_ENDS for c in text[out[-1].end:a.start])):
            a = a._replace(deadline=out[-1].deadline)  # 预计到年底，全年营业收入…: the end of the year just named
        elif phrase in whole and stated is not None:
            a = a._replace(deadline=stated.deadline)
        elif phrase in whole and headings(a.start) is not None:
            a = a._replace(deadline=headings(a.start))  # 一、2025年工作回顾 … 全年盘活…: that year
        elif phrase in whole and bulletin is not None:
            a = a._replace(deadline=bulletin.group("year"))  # 2012年…统计公报 … 全年实现…: the year it reports
        elif phrase in this and a.deadline is None and opening is not None:
            a = a._replace(deadline=opening.deadline)  # 2025 年是…最后一年。…今年的主要预期…目标：
        elif phrase in this and a.deadline is None and headings(a.start) is not None:
            a = a._replace(deadline=headings(a.start))  # 2026年——\n…今年…主要预期目标是：: the heading's year
        elif _stated_year(text, a) or a.deadline and phrase in past:
            stated = a  # 2017年，…。预计全年…; 在2023年，…。全年…; 过去一年以来，…。预计全年…: the year reviewed
            if (a.start == 0 or text[a.start - 1] == "\n") and text.startswith(YEAR_COPULA, a.end):
                opening = a
        out.append(a)
    return out


def _stated_year(text: str, a: Anchor) -> bool:
    """Whether an anchor is a year alone, or after the 在/于 that states it (在2023年，…); not the
    year a change is counted from (比2006年增长14%左右: 全年 after it is not 2006)."""
    if text.endswith(tuple(marker_set("than")) + ("（", "("), 0, a.start):
        return False  # (…突破277.17GW（2024年水平）: a year in brackets glosses a value, it states no year)
    start = a.start + 1 if text[a.start] in STATING else a.start
    return _YEAR.fullmatch(years_view(text), start, a.end) is not None



# The bullets of a list of goals that a frame ending in a colon opens (——规模效益实现新提升。…).
LIST_BULLETS = ("——", "—", "－－", "--", "●", "■", "◆", "★", "·")


# A goal's label opening a paragraph (产业优势更加突出：, 人民生活更加殷实：): an aspect, a word of more, a colon.
_GOAL_LABEL = regex.compile(r"\s*\p{Han}{2,8}(?:更加|更为|进一步|明显|显著|大幅)\p{Han}{1,4}[：:]")


# How many clauses, the anchor's included, a goal cue may stand in to date a weak anchor; a forecast
# word with no time reaches as many after its own.
CUE_CLAUSES = 3


# Words that state a year before it without making it a deadline (在2023年).
STATING = "在于"


def _undated_forecast(text: str, start: int, end: int, reviewed: bool, looking_ahead: bool = False):
    """A forecast of what will be, in a sentence with no time (项目建成后，预计年产值将达到20亿元): a forecast
    word, then 将 (or a word that is itself about the future: 有望) and a verb in its clause.  A review
    estimates the year just run with 预计 alone (预计全市地区生产总值增长4%左右), and not under a heading
    of an earlier year.  (Headings are left out by the caller: one that says 有望突破8,000亿元 restates
    a forecast the body dates.)  ``looking_ahead``: the text has turned to a year ahead (展望2025年，…), so
    预计 alone forecasts."""
    if reviewed:
        return None
    for m in marker_pattern("forecast").finditer(text, start, end):
        if find_marker("past", text, clause_start(text, m.start(), start), end):
            return None  # (目前已启动9处新园区，…，预估将新增产业产值逾1,000亿元: the past before is another clause)
        c_end = clause_end(text, m.end(), end)
        # 预计建成后可实现…; 项目投产后，预计年产值可达…: a word about the future in the forecast's clause
        # or in the clause before it (项目全部建成投产后，预计…: the first forecast word with a verb after it)
        before = clause_start(text, max(start, clause_start(text, m.start(), start) - 1), start)
        # 预计可提供约35万个住宅单位: a modal of ability says what can be, not the estimate of a year run
        ahead = looking_ahead or m.group(0) in FUTURE_FORECASTS or text.startswith(FORECAST_MODALS, m.end()) or any(
            find_marker(role, text, before, c_end) is not None for role in ("future", "completion"))
        if ahead and _VERB_AFTER.search(text, m.end(), c_end):
            return m
    # 项目建成后可实现医药物流配送额100亿元; 项目达产后，年可新增销售收入2.2亿元: what a project can yield once
    # done, in its clause or the next, is a forecast with no forecast word
    for m in marker_pattern("completion").finditer(text, start, end):
        if find_marker("past", text, clause_start(text, m.start(), start), end):
            return None
        c_end = clause_end(text, clause_end(text, m.end(), end) + 1, end)
        found = _COMPLETION_YIELD.search(text, m.end(), c_end)
        if found:
            return found
    return None


# What a project can yield once done (可实现, 年可新增, 可年实现): a modal of ability before a verb of output.
_COMPLETION_YIELD = regex.compile(r"(?:年可|可年|可)(?=新增|实现|达|完成|形成|带动|提供|解决|贡献|创造|生产|产出|吸纳)")


def _plans_after_lead(text: str, sentences: list[tuple[int, int]], anchors: list[Anchor]) -> Anchor | None:
    """The year of a news lead that lists hedged goals before saying whose and when (新增工业产值110亿元
    以上，…；地方收入增长5%以上……3月4日，…传来消息，2025年，该区将…): the paragraph's first statement has
    no time but values hedged as goals, and a later year in the paragraph opens plans (…年，…将…)."""
    if not sentences or not anchors:
        return None
    s, e = sentences[0]
    first = text[s:anchors[0].start] if anchors[0].start < e else text[s:e]
    if not states_value(first) or find_marker("goal_hedge", text, s, s + len(first)) is None:
        return None
    for a in anchors:
        c_end = clause_end(text, a.end, len(text))
        rest = clause_end(text, min(c_end + 1, len(text)), len(text))
        if a.deadline and _YEAR.fullmatch(years_view(text), a.start, a.end) and find_marker("future", text, a.end, rest):
            return a
    return None


# The word that points forward to what follows (围绕以下八个方面开展工作).
FORWARD = "以下"


def _opens_tasks(text: str, para: Paragraph) -> bool:
    """Whether a paragraph ends by announcing the tasks listed after it (具体抓好以下工作：)."""
    if text[para.end - 1] in FRAME_COLONS:
        return find_marker("task_opener", text, max(para.start, para.end - TASK_OPENER_REACH), para.end) is not None
    if text[para.end - 1] != "。":
        return False
    # 今年宜宾将重点围绕以下八个方面开展工作。: a last sentence that points forward to the tasks
    last = text.rfind("。", para.start, para.end - 1) + 1 or para.start
    opener = find_marker("task_opener", text, max(last, para.end - TASK_OPENER_REACH), para.end)
    return opener is not None and text.find(FORWARD, last, opener.start()) >= 0


def _closes_body(text: str, para: Paragraph) -> bool:
    """Whether a heading opens what follows the body (名词解释, 附件…): no section of the body runs on
    into it."""
    words = text[para.start:para.heading_end].strip()
    return any(words.startswith(w) for w in marker_set("appendix_heading"))


# A line that is a year and nothing else (2026年——, 2026年：) and the level it heads, above 第一章.
_YEAR_LINE = regex.compile(r"(?:19|20)\d\d\s*年\s*[—–\-－:：]*")
YEAR_LINE_LEVEL = -1


# Anchors and segments both read a text's heading years: read them once.
@lru_cache(maxsize=2)
def _heading_years(text: str):
    """A function from a position to the year its innermost numbered heading names (一、2025年工作回顾),
    or None."""
    view = years_view(text)
    spans: list[tuple[int, str | None]] = []  # (start of a section, its year) in order
    open_levels: dict[int, str | None] = {}
    for para in paragraphs(text):
        if para.level == UNNUMBERED and _YEAR_LINE.fullmatch(view, para.start, para.end):
            # 2025年——\n…\n2026年——\n…: a line that is nothing but a year heads the part that follows
            level, m = YEAR_LINE_LEVEL, _YEAR.search(view, para.start, para.end)
        elif para.level is None or para.level == UNNUMBERED:
            continue
        else:
            level, m = para.level, _YEAR.search(view, para.start, para.heading_end, timeout=PATTERN_TIMEOUT)
        year = view[m.start():m.start() + 4] if m else None
        open_levels = {lvl: y for lvl, y in open_levels.items() if lvl < level}
        open_levels[level] = year
        inner = next((y for lvl, y in sorted(open_levels.items(), reverse=True) if y is not None), None)
        spans.append((para.start, inner))
    starts = [start for start, _ in spans]

    def year_at(pos: int) -> str | None:
        i = bisect.bisect_right(starts, pos) - 1
        return spans[i][1] if i >= 0 else None
    return year_at


def _longest(found: list[Anchor]) -> list[Anchor]:
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    out: list[Anchor] = []
    for a in found:
        if out and a.start < out[-1].end:
            continue
        out.append(a)
    return out


def _back_anchors(text: str, anchors: list[Anchor]) -> list[Anchor]:
    """Add 届时-like anchors, which repeat the deadline of the nearest anchor before them."""
    found = list(anchors)
    for m in _patterns()["back"].finditer(text, timeout=PATTERN_TIMEOUT):
        if text.startswith("的", m.end()):
            continue  # 届时的研发投入: a noun's date, like 2025年的
        before = [a for a in anchors if a.end <= m.start() and a.deadline is not None]
        if before and m.start() - before[-1].end <= BACK_REACH:
            found.append(Anchor(m.start(), m.end(), before[-1].deadline, True))
    return _longest(found) if len(found) > len(anchors) else anchors


# What lists the items of a list.
LIST_COMMA = "、"
# What makes a year the level a change counts from (在2025年基础上).
BASE_LEVEL = "基础上"
# What says what a year is when it follows it (2025年是…之年).
YEAR_COPULA = "是"
# An anchor that is a stated year and nothing else (2017年).
_YEAR = regex.compile(r"(?:19|20)\d\d\s*年")


# A report's name after its year, then a word that it reports (2025年工作报告显示，…).
_REPORT_SHOWS = re.compile(r"(?:政府)?工作报告(?:中)?(?:显示|回顾|总结)")


# A year or digit right before 到/至 on the same line (2023年至2025年): a range, not a deadline.
_RANGE_HEAD = regex.compile(r"(?:\d|年)[ \t\u3000]*\Z")


def _year_anchors(text: str) -> list[Anchor]:
    v = vocabulary()
    p = _patterns()
    out = []
    for m in p["year"].finditer(text, timeout=PATTERN_TIMEOUT):
        start, end = m.span()
        pre = m.group("pre")
        year_start = m.start("year")
        before = text[max(0, year_start - 1):year_start]
        after = text[end:end + 2]
        if before and (before.isdigit() or before in "-—–~/." and _after_year_or_digit(text, year_start - 1)):
            continue  # a range (2023-2025年) or part of a longer number; not a bullet (——2025年，…)
        if _dates_value(text, Anchor(year_start, end, None, False)):
            out.append(Anchor(year_start, end, m.group("year"), False))
            continue  # 提升至2025年的10%: the year the level after the verb is due, whatever 至 is
        if after.startswith(("度", "以来")) or after.startswith("的") and not _dates_goals(text, end + 1):
            continue  # 增长到2025年的…, 2022年度, 2019年以来: a date in a report, not a deadline
        if text.startswith(BASE_LEVEL, end):
            continue  # 在2025年基础上…翻番: the level a change counts from, not a deadline
        if _REPORT_SHOWS.match(text, end):
            continue  # 赣榆区2025年工作报告显示，该区预计实现…: the report's name; what it shows is the year before
        if m.group("day") and after.startswith(DATELINE_ENDS):
            continue  # 新华社广州2025年1月20日电 今年，…: the dateline dates the text, not a goal
        since = next((w for w in SINCE if after.startswith(w)), None)
        if since:  # 2017年起每年…: a start, no deadline; it ends the scope of the anchor before it
            out.append(Anchor(start, end + len(since), None, False))
            continue
        if pre in ("到", "至"):
            head = text[max(0, start - 4):start]
            if p["verb_to"].search(head, timeout=PATTERN_TIMEOUT) or _RANGE_HEAD.search(head):
                continue  # 增长到2025年…, 2023年至2025年: the 到 belongs to a verb or a range
        by = m.group("by")
        if by and text[end:end + 1] in _COUNT_AFTER_BEFORE:
            by = None  # 2015年前三季度: the first three quarters, not "before 2015"
            end = m.end("pos") if m.group("pos") else (m.end("month") + 1 if m.group("month") else m.end("year") + 1)
            if not m.group("pos") and m.group("day"):
                end = m.end("day") + 1
        deadline = m.group("year")
        if m.group("month"):
            month = int(m.group("month"))
            if not 1 <= month <= 12:
                continue
            deadline += f"-{month:02d}"
            if m.group("day"):
                deadline += f"-{int(m.group('day')):02d}"
            elif m.group("pos") in ("底", "末"):
                deadline += f"-{calendar.monthrange(int(m.group('year')), month)[1]:02d}"
        elif m.group("pos"):
            deadline += v.positions[m.group("pos")]
        strong = bool(by) or (pre is not None and v.to.get(pre, False))
        out.append(Anchor(start, end, deadline, strong))
    return out


def opens_deadline(text: str, pos: int) -> bool:
    """Whether a year with a word of reaching it opens ``text`` at ``pos`` (到2011年, 力争到2025年)."""
    m = _patterns()["year"].match(text, pos, timeout=PATTERN_TIMEOUT)
    return m is not None and m.group("pre") in vocabulary().to


def _after_year_or_digit(text: str, pos: int) -> bool:
    """Whether the mark at ``pos`` follows a digit or 年 (2023-2025年, 2023年—2025年): a range's dash."""
    i = pos
    while i > 0 and text[i - 1] in " \u3000":
        i -= 1
    return i > 0 and (text[i - 1].isdigit() or text[i - 1] == "年")


# What closes a news dateline after its date (…1月20日电, 本报…日讯).
DATELINE_ENDS = ("电", "讯")


# A bracketed gloss right after an anchor, which says the same in other words: （2021年至2025年）.
_GLOSS = regex.compile(r"[（(][^（()）\n]{1,20}[)）]")


def _dates_goals(text: str, pos: int) -> bool:
    """Whether a goals frame follows ``pos`` within its clause: the year before 的 in
    2013年的主要预期目标是：… dates the goals, unlike 增长到2025年的4.93万亿元."""
    if text[pos:pos + 1] in tuple(PERIOD_DASHES):
        return False  # 2021年至2025年: the first year of a period dates nothing
    gloss = _GLOSS.match(text, pos, timeout=PATTERN_TIMEOUT)
    if gloss:  # “十四五”时期（2021年至2025年）“八个新”的确切目标：
        pos = gloss.end()
    m = find_marker("goal_frame", text, pos, min(len(text), pos + FRAME_REACH + 8))
    return m is not None and m.start() - pos <= FRAME_REACH and clause_end(text, pos, m.start()) == m.start()


# A length of time right before a bracketed period that glosses it (3年（2022—2024年）, 三年(2023-2025年)).
_GLOSSED_SPAN = re.compile(r"(?<![\d年])(?:\d{1,2}|[一二三四五六七八九十两]{1,2})\s*年\s*[（(]$")
GLOSSED_SPAN_REACH = 6
# A word that opens a stretch of years ahead (在2027年至2030年间).
PERIOD_OPENERS = ("在", "于")


def _period_anchors(text: str, doc_year: int | None = None) -> list[Anchor]:
    """A period that frames goals (2023-2024年，…; 2021~2030年，…) is due at its last year.

    It dates its sentence like a bare year (weak); a period in brackets names a plan
    (《…行动计划（2023—2025年）》) and one followed by 的/间/以来 a stretch of the past, unless
    it begins in the text's year or after it (在2027年至2030年间，…平均每年实质增长3%).
    """
    out = []
    for m in _patterns()["period"].finditer(text, timeout=PATTERN_TIMEOUT):
        start, end = m.span()
        before = text[max(0, start - 1):start]
        glossed = _GLOSSED_SPAN.search(text, max(0, start - GLOSSED_SPAN_REACH), start)
        if glossed and text[end:end + 1] in CLOSING_BRACKETS:
            # 力争3年（2022—2024年）建成…: the period glosses the length of time before it
            out.append(Anchor(glossed.start(), end + 1, m.group("year"), False))
            continue
        if before and (before.isdigit() or before in OPENING_BRACKETS):
            continue
        ahead = doc_year is not None and int(m.group("first")) >= doc_year and text.startswith("间", end)
        if text[end:end + 1] in CLOSING_BRACKETS or text.startswith(("的", "间", "以来"), end) and not (
                text.startswith("的", end) and _dates_goals(text, end + 1) or ahead):
            # 2019年至2023年间: a stretch of the past (…年期间 frames goals and forecasts like a plan's 期间);
            # not 提出2025年至2026年的主要预期目标，即…: the goals of the period
            continue
        if int(m.group("year")) <= int(m.group("first")):
            continue
        if text.startswith(PERIOD_WORD, end):
            end += len(PERIOD_WORD)
        if ahead and text.endswith(PERIOD_OPENERS, 0, start):
            start -= 1  # 在2027年至2030年间: the period, not the year 在 opens (which would be the longer reading)
        out.append(Anchor(start, end, m.group("year"), False))
    return out


def _plan_anchors(text: str) -> list[Anchor]:
    v = vocabulary()
    out = []
    for m in _patterns()["plan"].finditer(text, timeout=PATTERN_TIMEOUT):
        first, last = plan_periods()[m.group("plan")]
        strong = (m.group("stage") is not None and v.plan_stages[m.group("stage")] or bool(m.group("pre"))
                  or _plan_sets(text, m.end()))
        year = (first + last) // 2 if m.group("stage") in v.mid_stages else last
        out.append(Anchor(m.start(), m.end(), str(year), strong))
    # 地区生产总值“十五五”迈上万亿台阶, “十四五”主要目标: a plan's name alone before a verb of a new height
    # or before the words for its goals is its end
    for m in _bare_plan_pattern().finditer(text, timeout=PATTERN_TIMEOUT):
        if not any(a.start <= m.start() < a.end for a in out):
            out.append(Anchor(m.start(), m.end(), str(plan_periods()[m.group("plan")][1]), False))
    # 《规划》提出了“十四五”工业经济高质量发展的五大重点目标：——…: a plan's name in the frame that opens a list
    # of its goals dates the list
    for m in _listed_plan_goals_pattern().finditer(text, timeout=PATTERN_TIMEOUT):
        if not any(a.start <= m.start() < a.end for a in out):
            out.append(Anchor(m.start(), m.end("plan") + 1, str(plan_periods()[m.group("plan")][1]), False))
    return sorted(out, key=lambda a: a.start)


@cache
def _listed_plan_goals_pattern() -> regex.Pattern:
    return regex.compile(rf"[“\"‘'「]?(?P<plan>{alternation(plan_periods())})[”\"’'」]?[^，,。；;：:\n\d]{{0,16}}?"
                         rf"(?:{alternation(marker_set('plan_goals'))})[：:]\s*$", regex.MULTILINE)


@cache
def _bare_plan_pattern() -> regex.Pattern:
    return regex.compile(rf"[“\"‘'「]?(?P<plan>{alternation(plan_periods())})[”\"’'」]?"
                         rf"(?=(?:{alternation(marker_set('stretch_verb') + marker_set('plan_goals'))}))")


def _plan_sets(text: str, pos: int) -> bool:
    """Whether a plan's name is the doer of a verb that sets goals right after it (十五五规画提及，…设置了
    29项主要指标，包括：…; “十五五”规划提出，…): what it sets is due at the plan's end."""
    setting = marker_pattern("goal_setting")
    return any(setting.match(text, pos + len(w)) for w in PLAN_PARTS if text.startswith(w, pos))


# What may stand between a plan's name and its verb of setting goals (…规划纲要草案提出).
PLAN_PARTS = ("", "草案", "中", "里", "还", "规划", "规划纲要", "规划纲要草案", "规划建议")


def _span_anchors(text: str, doc_year: int | None) -> list[Anchor]:
    v = vocabulary()
    out = []
    for m in _patterns()["span"].finditer(text, timeout=PATTERN_TIMEOUT):
        years = _numeral(m.group("high") or m.group("low"))
        count_end = m.end("high") if m.group("high") else m.end("low")
        phrase = text[m.start():m.start("low")].rstrip(" \t") + "N" + text[count_end:m.end()].lstrip(" \t")
        strong = v.spans.get(phrase, False)
        # 《…三年行动计划（2023—2025年）》…通过三年努力: the length spans the plan the text names, if that
        # plan is not over; else it counts from the document's year, or ends at the year the text states
        named = _named_period_end(text, years)
        if named is not None and (doc_year is None or named >= doc_year):
            last = named
        elif doc_year and years == PLAN_HORIZON_YEARS and any(
                first == doc_year for first, _ in plan_periods().values()):
            # 五年内 in a text of a plan's first year (1986, the 七五's): the five years are the plan's
            last = doc_year + years - 1
        elif doc_year:
            last = doc_year + years + v.span_offsets.get(phrase, 0)
        else:
            last = _span_end_stated_after(text, m.end(), phrase, years)
        out.append(Anchor(m.start(), m.end(), str(last) if last else None, strong, span=True))
    return out


def _named_period_end(text: str, years: int) -> int | None:
    """The last year of a plan the text names with a period of ``years`` years in brackets
    (《…三年行动计划（2023-2025年）》), which a length of time with no year to count from
    (未来三年, in an undated text) spans."""
    for m in _bracketed_plans(text):
        if int(m.group("year")) - int(m.group("first")) + 1 == years:
            return int(m.group("year"))
    return None


# The length of the plan horizon whose end an undated text states with 到…年 after naming it
# (未来五年的主要目标是：… | 未来五年的工作重点是：…到2026年，力争…).
PLAN_HORIZON_YEARS = 5
# How far after the span the year that ends it may stand.
HORIZON_REACH = 1500
# A horizon of another length than five years (三年行动计划, 3年目标, 未来3年).
_OTHER_HORIZON = regex.compile(r"(?:未来|今后)?(?:[1-46-9]|[一二两三四六七八九十])年(?:行动|目标|时间|内|计划|翻番)"
                               r"|(?:未来|今后)(?:[1-46-9]|[一二两三四六七八九十])年")


def _span_end_stated_after(text: str, pos: int, phrase: str, years: int) -> int | None:
    """The year of the first 到…年 after a five-year span counted from the text's own year (未来五年,
    今后五年) in a text with no year to count from: the horizon's end, as the text states it."""
    if years != PLAN_HORIZON_YEARS or vocabulary().span_offsets.get(phrase) != -1:
        return None
    if _OTHER_HORIZON.search(text) is not None:
        return None  # …三年行动计划…未来3年…到2024年底: the year may end another horizon the text names
    for m in _patterns()["year"].finditer(text, pos, min(len(text), pos + HORIZON_REACH), timeout=PATTERN_TIMEOUT):
        if m.group("pre") in ("到", "力争到", "争取到"):
            return int(m.group("year"))
    return None


def _relative_anchors(text: str, doc_year: int | None) -> list[Anchor]:
    v = vocabulary()
    out = []
    for m in _patterns()["relative"].finditer(text, timeout=PATTERN_TIMEOUT):
        offset, suffix, strong = v.relative_years[m.group(0)]
        if m.group(0).startswith("后") and m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff" \
                and text[m.start() - 1] not in BEFORE_AFTER_NEXT:
            continue  # 达产后年产值可达30亿元: 后 closes 达产后, 年 opens 年产值; no 后年 there
        if offset >= 0 and (text.startswith(("以来", "度"), m.end())
                            or text.startswith("的", m.end()) and not _dates_goals(text, m.end() + 1)
                            and not _opens_valued_clause(text, m.start(), m.end() + 1)):
            # 今年以来: a report of the year so far; 今年的 dates a noun, unless it is a goals frame or
            # opens a clause that states a value (今年的经济增长预期为7%左右)
            continue
        if offset < 0 and doc_year is None:
            continue  # 过去一年 with no year to count from: the review it opens is read by its words
        if offset < 0 and (text.endswith(tuple(marker_set("than")) + BASELINE_BEFORE + ("在",), 0, m.start())
                           or text.startswith(("同期", "的基础", "基础上", "水平"), m.end())):
            continue  # 比去年多100万人, 在去年基础上: the year a change counts from, no time of a statement
        deadline = f"{doc_year + offset}{suffix}" if doc_year else None
        out.append(Anchor(m.start(), m.end(), deadline, strong))
    return out


def _century_anchors(text: str, doc_year: int | None) -> list[Anchor]:
    """到本世纪末 in a text of 1982 is due in 2000: a time of the document's century, counted from its start."""
    if doc_year is None:
        return []
    out = []
    for m in _patterns()["century"].finditer(text, timeout=PATTERN_TIMEOUT):
        years, strong = vocabulary().centuries[m.group(0)]
        out.append(Anchor(m.start(), m.end(), str(doc_year // 100 * 100 + years), strong))
    return out


def _opens_valued_clause(text: str, start: int, end: int) -> bool:
    """Whether the time at ``start`` opens its clause and the rest of the clause, from ``end``, states a value."""
    return _opens_clause(text, Anchor(start, end, None, False)) and states_value(text[end:clause_end(text, end, len(text))])


# The characters 后年 (the year after next) may follow: a word of time or a list (到后年, 明年和后年);
# after another character 后 ends a word (达产后, 建成后) and 年 opens the next (年产值).
BEFORE_AFTER_NEXT = "到至在和与及年明今于或"


# A line that is nothing but the document's own number (湘政办发〔2009〕24号, 文号：晋政发〔2018〕13号);
# numbers cited inside sentences belong to other documents.
_OWN_DOC_NUMBER = regex.compile(
    r"^[ \t\u3000]*(?:文\s*号\s*[:：]\s*)?[（(]?\p{Han}{1,12}[〔\[［【(（](?P<year>(?:19|20)\d\d)[〕\]］】)）]"
    r"\s*第?\d+\s*号[）)]?[ \t\u3000]*$",
    regex.M,
)


# A full date (year, month and day) as pages and documents write their own: 2025年4月1日,
# 2025 年3月5日, 2023-01-14.
_FULL_DATE = regex.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:\s*年\s*(?P<month>\d{1,2})\s*月\s*\d{1,2}\s*日"
    r"|(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)\d{1,2}(?!\d))"
)
# Lines at the top of a page that carry its date line or dateline (title, source, byline).
HEAD_LINES = 5
# Lines after those that may still be a byline opening with its date, and how long a byline is.
BYLINE_LINES = 3
BYLINE_MAX = 40


def gregorian_years(text: str) -> str:
    """``text`` with each year of the Republic of China era (民国104年, 民國 96 年) written as the
    Gregorian year, and each relative year glossed in brackets (今（2024）年) as the year it glosses,
    padded with spaces to the same length (``2015 年``, ``2024年   ``), so times read on it keep their
    offsets; ``text`` itself when it has neither.  Years in Chinese numerals (二〇〇六年) are in digits
    too (:func:`years_view`), so 比二〇〇六年增长… reads as 比2006年增长… does."""
    text = years_view(text)
    if any(era in text for era in ROC_ERA):
        text = _ROC_YEAR.sub(lambda m: str(int(m.group(2).translate(_DIGITS)) + ROC_OFFSET).ljust(len(m.group(0))),
                             text)
    if "）年" in text or ")年" in text:
        text = _GLOSSED_YEAR.sub(lambda m: (m.group(1) + "年").ljust(len(m.group(0))), text)
    return text


# 今（2024）年, 明(2025)年: a relative year and the year it is, in brackets.
_GLOSSED_YEAR = regex.compile(r"[今明去][（(]\s*((?:19|20)\d\d)\s*[)）]年")


# 民国104年 (the 年 left in place); not a single-digit year, whose match is too short for four digits.
_ROC_YEAR = regex.compile(rf"({'|'.join(ROC_ERA)})\s*(\d{{2,3}}|[〇○零一二三四五六七八九]{{2,3}})(?=\s*年)")
# 民国一二四年: the year's digits written one Chinese numeral each.
_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def document_year(text: str, date: object = None) -> int | None:
    """The year relative anchors count from: the year of the document's own number when it
    has one (a repost's page date is years later), else the year its title names a report
    of (:func:`titled_report_year`), else the year of ``date`` (meta.date),
    else the year of a date the text gives itself (:func:`written_date_year`) — either one the year after
    it when the text presents that year's draft plan (:func:`draft_year`) —, else the year a
    relative year glosses (:func:`glossed_year`), else the year whose goals its title announces
    (:func:`titled_goals_year`), else the year before the one whose plan it says was adopted in December
    (:func:`adopted_plan_year`), else the year whose draft plan it presents
    (:func:`draft_year`), else the year it names by its place in a plan
    (:func:`plan_year`), else the year whose goals it lists (:func:`framed_year`), else the year after the one it reviews
    (:func:`reviewed_year`), else the year of the congress session it names (:func:`session_year`), else
    the year of the work meeting it names (:func:`meeting_year`), else the year its lead says what will
    come of (:func:`lead_year`), else
    the year after the whole year whose economy it reports beside this year's goals (:func:`reported_year`),
    else the year of a part of a year it also calls 今年's (:func:`same_period_year`), else the year it
    forecasts whole with its second half still ahead (:func:`running_year`),
    else the year whose first months it reports (:func:`partial_year`), else the year of its first numbered
    heading over a year's tasks or after the year one reviews
    (:func:`tasks_year`), else the year after one whose goals it judges met (:func:`met_year`)."""
    m = _OWN_DOC_NUMBER.search(text, timeout=PATTERN_TIMEOUT)
    if m:
        return int(m.group("year"))
    titled = titled_report_year(text)
    if titled is not None:
        return titled
    s = str(date or "")
    dated = int(s[:4]) if s[:4].isdigit() else written_date_year(text)
    issued = _just_issued_plan(text)
    if dated is not None and issued is not None and dated > issued[1]:
        # 发表于:2024-11-25 … 国务院日前印发《“十三五”国家战略性新兴产业发展规划》: a page date after the end
        # of a plan the text says was just issued is a repost's; the text is of the plan's first year
        return issued[0]
    if dated is not None and date is not None:
        # 时间:2021-08-31 over 二、2018年工作总体要求和目标任务 and no year after 2018: a page date after every
        # year a text names, where it sets a year's tasks, is a repost's; the text is of the year it plans
        latest = max((int(m.group()[:4]) for m in _YEAR.finditer(years_view(text), timeout=PATTERN_TIMEOUT)), default=None)
        planned = tasks_year(text) if latest is not None and latest < dated else None
        if planned is not None and latest <= planned < dated:
            return planned
    if dated is not None:
        # a draft of next year's plan heard at the year's end (——2025年12月30日在…会议上), or a year-end work
        # report that sets the next year's work (…作年度工作报告，2023年，…预计完成…。2024年，…工作的总体
        # 要求是：…), plans that year
        return dated + 1 if draft_year(text) == dated + 1 or _plans_next_year(text, dated) else dated
    return (passing_year(text) or glossed_year(text) or titled_goals_year(text) or adopted_plan_year(text) or draft_year(text) or plan_year(text) or framed_year(text)
            or reviewed_year(text) or session_year(text) or meeting_year(text) or lead_year(text)
            or reported_year(text)
            or same_period_year(text) or running_year(text) or partial_year(text)
            or tasks_year(text) or met_year(text))


@cache
def _report_title_pattern() -> regex.Pattern:
    # …2024年国民经济和社会发展计划执行情况与2025年…计划草案: how a year's plan went reviews that year
    return regex.compile(rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s*年[^\d\n，,。；;]{{0,12}}?"
                         rf"(?:{alternation(marker_set('report_title'))})(?!执行)")


def _first_line(text: str) -> tuple[int, int]:
    """The span of the first non-blank line of ``text`` (where its title stands)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _titled_report_anchor(text: str) -> Anchor | None:
    """The year of the report a text's first line names (“数”看2025年政府工作报告), as a weak anchor."""
    m = _report_title_pattern().search(text, *_first_line(text), timeout=PATTERN_TIMEOUT)
    if m is None:
        return None
    return Anchor(m.start("year"), text.index("年", m.end("year")) + 1, m.group("year"), False)


def titled_report_year(text: str) -> int | None:
    """The year of the report a text's title names: a year's 政府工作报告 plans that year, whatever
    day a site dated its copy, so 今年 in it is that year; a year's 统计公报 is written in the year
    after it (2023年黄山市国民经济和社会发展统计公报 -> 2024), so its 预计全年… reports 2023."""
    reported = deadline_year(_titled_report_anchor(text))
    if reported is not None:
        return reported
    m = _bulletin_title_pattern().search(text, *_first_line(text), timeout=PATTERN_TIMEOUT)
    return int(m.group("year")) + 1 if m else None


@cache
def _bulletin_title_pattern() -> regex.Pattern:
    return regex.compile(rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s*年[^\d\n，,。；;]{{0,20}}?"
                         rf"(?:{alternation(marker_set('bulletin_title'))})")


_SESSION_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}


@cache
def _session_pattern() -> regex.Pattern:
    terms = alternation(congress_terms())
    return regex.compile(rf"第?(?P<term>{terms})届全国(?:人大|人民代表大会)第?(?P<session>[一二三四五])次会议")


def session_year(text: str) -> int | None:
    """The year of the first session of the National People's Congress a text names
    (十四届全国人大四次会议 -> 2026): the session hears that year's work report."""
    m = _session_pattern().search(text, timeout=PATTERN_TIMEOUT)
    if m is None:
        return None
    return congress_terms()[m.group("term")] + _SESSION_NUMERALS[m.group("session")] - 1


@cache
def _reviewed_year_pattern() -> regex.Pattern:
    # 回顾了2017年工作, 回顾河北省2024年工作: a place may stand between the word and its year, not a word that
    # joins another item (光伏行业2025年发展回顾与2026年形势展望 reviews 2025, not 2026); a report's outline
    # naming its review part (一是2023年工作回顾), and a year said to have been one that the text then looks
    # back over (2022年是南沙…极不平凡的一年。一年来，…) review it too
    return regex.compile(rf"(?:{alternation(marker_set('review'))})[^，,。；;：:\n\d与和及]{{0,8}}?(?P<year>(?:19|20)\d\d)\s*年"
                         rf"|(?<![\d—–\-~～至到])(?P<year>(?:19|20)\d\d)\s*年工作回顾"
                         rf"|(?<![\d—–\-~～至到])(?P<year>(?:19|20)\d\d)\s*年[，,]?{YEAR_COPULA}[^。；;\n]{{2,60}}?的一年。\s*"
                         rf"(?:{alternation(marker_set('year_looked_back'))})")


def reviewed_year(text: str) -> int | None:
    """The year after the first year a text says it reviews (报告首先回顾了2017年工作 -> 2018):
    a work report reviews the year before the one it plans."""
    m = _reviewed_year_pattern().search(text, timeout=PATTERN_TIMEOUT)
    return int(m.group("year")) + 1 if m else None


@cache
def _met_year_pattern() -> regex.Pattern:
    # 2025年，同安区预计…增长6.5%左右，…，顺利实现年度目标任务: a year opening a sentence that ends by judging
    # its goals met
    return regex.compile(rf"(?<![\d—–\-~～至到])(?P<year>(?:19|20)\d\d)\s*年[，,][^。！!\n]{{0,160}}?"
                         rf"(?:{alternation(marker_set('verdict'))})")


def same_period_year(text: str) -> int | None:
    """The year a text names a part of beside 今年 of that same part (发布2024年前三季度…经济运行情况 …
    各城市均已发布今年前三季度经济成绩单 -> 2024): the two name one period, so 今年 is that year.  The
    latest such year when several are."""
    if find_marker("this_year", text) is None:
        return None
    view = years_view(text)
    parts = {_period_key(m.group("part")) for m in _THIS_YEAR_PART.finditer(view, timeout=PATTERN_TIMEOUT)}
    years = [int(m.group("year")) for m in _YEAR_PART.finditer(view, timeout=PATTERN_TIMEOUT)
             if _period_key(m.group("part")) in parts]
    return max(years) if years else None


def _period_key(part: str) -> str:
    """One spelling of a part of a year: 第一季度 and 一季度, 前5个月 and 前5月, 1—9月 and 1-9月."""
    return _PERIOD_DASH.sub("-", _PERIOD_NOISE.sub("", part))


_PERIOD_NOISE = regex.compile(r"\s|个|^第")
_PERIOD_DASH = regex.compile(r"[—–~至到]")


# A part of a year: 上半年, 前三季度, 一季度, 1-9月, 前5个月 (a whole quarter or months from January).
_PART = (r"(?P<part>[上下]半年|前[二三]季度|[一二三四1-4]季度|第[一二三四1-4]季度|"
         r"前(?:[二三四五六七八九十]|十[一二]|\d{1,2})个?月|1\s*[-—–~至到]\s*\d{1,2}\s*月)(?!\d)")
_THIS_YEAR_PART = regex.compile(r"今年\s*" + _PART)
_YEAR_PART = regex.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*年\s*" + _PART)


def _just_issued_plan(text: str) -> tuple[int, int] | None:
    """The years of the five-year plan a text says was just issued (日前印发《“十三五”…规划》)."""
    m = _just_issued_pattern().search(text, timeout=PATTERN_TIMEOUT)
    return plan_periods()[m.group("plan")] if m else None


@cache
def _just_issued_pattern() -> regex.Pattern:
    return regex.compile(rf"(?:日前|近日|近期|正式)(?:印发|发布|出台)(?:了)?《[“\"‘']?(?P<plan>{alternation(plan_periods())})")


def adopted_plan_year(text: str) -> int | None:
    """The year before the one whose plan or budget a text dated in December says was adopted (【大纪元
    12月26日报导】…行政院会通过2008年国家建设计划 -> 2007): a year's plan is adopted at the end of the
    year before, so 今年 in the text is that year and 明年 the plan's."""
    head = "\n".join(text.lstrip().split("\n")[:HEAD_LINES])
    if _DECEMBER.search(head) is None:
        return None
    m = _ADOPTED_PLAN.search(years_view(text), timeout=PATTERN_TIMEOUT)
    return int(m.group("year")) - 1 if m else None


# A December day with no year (12月26日): the date line of a text written at a year's end.
_DECEMBER = regex.compile(r"(?<![\d年])12\s*月\s*\d{1,2}\s*日")
# 通过2008年国家建设计划, 审议通过2025年预算: a year's plan or budget adopted.
_ADOPTED_PLAN = regex.compile(r"(?:通过|核定|审议|批准)了?(?P<year>(?:19|20)\d\d)\s*年[^。；;，,\n\d]{0,12}?(?:计划|计画|预算)")


def titled_goals_year(text: str) -> int | None:
    """The year whose goals a text's title announces (31省份2023年GDP目标公布, 2026年各地经济增长目标出炉):
    news of a year's goals is written in that year, whatever past goals it quotes (海南2022年的GDP目标)."""
    m = _year_then("goals_announced", TITLED_GOALS_GAP).search(text, *_first_line(text), timeout=PATTERN_TIMEOUT)
    return int(m.group("year")) if m else None


# Between a title's year and the word that announces its goals (2023年GDP目标公布).
TITLED_GOALS_GAP = r"[^\d\n，,。；;]{0,12}?目标[^\d\n，,。；;]{0,4}?"
# Between a year and the meeting that sets its work (2012年度总结表彰暨2013年经济社会发展工作会议).
MEETING_GAP = r"度?[^\d\n，,。；;：:、]{0,14}?"


@cache
def _year_then(role: str, gap: str) -> regex.Pattern:
    """A year (not the end of a span, 2012-2013年), ``gap``, then a phrase of the marker ``role``."""
    return regex.compile(rf"(?<![\d—–\-~～至到])(?P<year>(?:19|20)\d\d)\s*年{gap}(?:{alternation(marker_set(role))})")


def passing_year(text: str) -> int | None:
    """The year a text says is about to pass (即将过去的2025年, 2025年即将过去): it is written at that year's
    end, so 今年 and 到年底 are that year, whatever the year it then plans.  Not a work report whose headings
    review that year and set the next one's tasks (一、2017年工作回顾 … 即将过去的2017年…): its 今年 is the year
    it plans (:func:`tasks_year`)."""
    m = _passing_year_pattern().search(years_view(text), timeout=PATTERN_TIMEOUT)
    if m is None or tasks_year(text) is not None:
        return None
    return int(m.group("year") or m.group("year_before"))


@cache
def _passing_year_pattern() -> regex.Pattern:
    passing = alternation(marker_set("year_passing"))
    return regex.compile(rf"(?:{passing})的?\s*(?P<year>(?:19|20)\d\d)\s*年"
                         rf"|(?<![\d—–\-~～至到])(?P<year_before>(?:19|20)\d\d)\s*年(?:{passing})")


def running_year(text: str) -> int | None:
    """The year a text forecasts whole while it speaks of 下半年 still to come (预计二〇〇七年全年…；下半年…仍将
    保持…): the second half of that year is ahead, so the text is written in it."""
    if "下半年" not in text:
        return None
    view = years_view(text)
    m = _WHOLE_YEAR_FORECAST.search(view, timeout=PATTERN_TIMEOUT)
    if m is None or _RUN_AHEAD.search(view, timeout=PATTERN_TIMEOUT) is None:
        return None
    return int(m.group("year"))


# 预计2007年全年: a forecast of a whole year named.
_WHOLE_YEAR_FORECAST = regex.compile(r"(?:预计|预测|预估|估计)\s*(?P<year>(?:19|20)\d\d)\s*年全年")
# 下半年 with no year before it and a future word after it (下半年…仍将, 下半年将): the rest of the running year.
_RUN_AHEAD = regex.compile(r"(?<![年\d去上])下半年[^。；;\n]{0,20}?(?:将|仍将|预计|有望)")


def lead_year(text: str) -> int | None:
    """The year a text's lead says what will come of (中国宁波网讯 2007年宁波百姓生活以及我们的城市又将发生
    怎样的变化？), in a text that names no year before it: news that opens on a year ahead is written
    for it."""
    start = len(text) - len(text.lstrip())
    end = min((i for i in (text.find(c, start) for c in "。？！?!\n") if i >= 0), default=len(text))
    view = years_view(text)
    m = _LEAD_YEAR.search(view, start, end, timeout=PATTERN_TIMEOUT)
    if m is None or find_marker("past", text, start, end) is not None:
        return None
    year = int(m.group("year"))
    # (工业和信息化部：2025年将大力推进… over a December text that reviews 2024: a year before the lead's
    # named anywhere may be the year the text is written in)
    if any(int(view[y.start():y.start() + 4]) < year for y in _YEAR.finditer(view, timeout=PATTERN_TIMEOUT)):
        return None
    return year



# A year, then within its clause the word of a future (2007年宁波…又将发生…).
_LEAD_YEAR = regex.compile(r"(?<![\d—–\-~～至到])(?P<year>(?:19|20)\d\d)\s*年[^，,。；;：:\d]{0,20}?(?:又将|将会|将要|将)")


def meeting_year(text: str) -> int | None:
    """The year of the first meeting a text names by the year whose work it sets (召开的2012年度总结表彰暨
    2013年经济社会发展工作会议, 举行2025年工作动员大会): such a meeting opens that year's work (or, held
    in December, closes it), so 今年 in a report of it is that year."""
    m = _year_then("year_meeting", MEETING_GAP).search(text, timeout=PATTERN_TIMEOUT)
    return int(m.group("year")) if m else None


def partial_year(text: str) -> int | None:
    """The latest year whose first half or less the text reports, in a text that speaks of 今年 (2016上半年，
    …共销售…台，较去年同期下降4.8%。…预计今年全年…): figures for the first months come out while that year
    runs, so 今年 is it.  (A text of the first three quarters may be a review written after the year.)"""
    if find_marker("this_year", text) is None:
        return None
    years = [int(m.group("year")) for m in _PARTIAL_YEAR.finditer(years_view(text), timeout=PATTERN_TIMEOUT)]
    return max(years) if years else None


# A year, then its first half or less: 上半年, 一季度, 1-6月, 前5个月.
_PARTIAL_YEAR = regex.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*年?\s*(?:上半年|[一1]季度|"
                              r"前(?:[一二三四五六]|[1-6])个?月|1\s*[-—–~至到]\s*[1-6]\s*月)(?!\d)")


def met_year(text: str) -> int | None:
    """The year after a year whose goals a sentence opened by that year judges met (2025年，…顺利实现年度
    目标任务 -> 2026): the text is written once that year's work is done, for the year after it."""
    m = _met_year_pattern().search(text, timeout=PATTERN_TIMEOUT)
    return int(m.group("year")) + 1 if m else None


# A year alone (not the end of a period, 2021—2025年) in a heading.
_HEADING_YEAR = re.compile(r"(?<![\d—–\-~～至到])(?P<year>(?:19|20)\d\d)\s*年")


def tasks_year(text: str) -> int | None:
    """The year of the first numbered heading over a year's tasks (三、2024年主要工作安排), or the year
    after the one a numbered heading reviews (一、2023年工作回顾): an undated work report plans that
    year, and its goals before the heading (今年…主要预期目标是：) are that year's."""
    for para in paragraphs(text):
        if para.level in (None, UNNUMBERED):
            continue
        words = text[para.start:para.heading_end]
        # a year's 工作回顾 closes that year; an outlook's 2024年国内经济回顾 may be written before it ends
        reviews = "工作" in words and any(w in words for w in marker_set("review_heading"))
        if not reviews and not is_task_heading(text, para):
            continue
        m = _HEADING_YEAR.search(text, para.start, para.heading_end)
        if m is not None:
            return int(m.group("year")) + (1 if reviews else 0)
    return None


@cache
def _reported_year_pattern() -> regex.Pattern:
    # a year, then within its clause an indicator of the whole economy, a verb of reaching and a value
    # (or the value right after it: 2022年，果洛州实现地区生产总值53.62亿元)
    return regex.compile(
        rf"(?<![\d—–\-~～至到])(?P<year>(?:19|20)\d\d)\s*年(?!底|末|前|以前|之前)[，,]?[^，,。；;：:\n\d]{{0,12}}?"
        rf"(?:{alternation(marker_set('review_indicator'))})[^，,。；;：:\n\d]{{0,6}}?(?:达到|达|增长|为)?\s*\d[\d.]*\s*(?P<unit>%|万亿元|亿元)")


def reported_year(text: str) -> int | None:
    """The year after a whole year the text reports the economy of (2023年广东地区生产总值达到13.57万亿元、
    增长4.8%), in a text that lists this year's goals (今年…主要预期目标是：): a work report written after
    the year it reviews.  Not a part of a year (上半年, 前三季度, 1-9月), a value hedged or pledged as
    a goal (2023年…增长6%左右, 力争…), or a text with no goals of 今年 to date."""
    if _this_years_goals().search(text, timeout=PATTERN_TIMEOUT) is None:
        return None
    for m in _reported_year_pattern().finditer(text, timeout=PATTERN_TIMEOUT):
        clause = text[m.start():clause_end(text, m.end(), len(text))]
        if (find_marker("part_of_year", clause) or find_marker("goal_hedge", text, m.end(), m.end() + 3)
                or GOAL_WORD in m.group(0) or find_marker("this_year", m.group(0))
                or find_marker("pledge", clause) or find_marker("forecast", clause)):
            continue
        return int(m.group("year")) + 1
    return None


@cache
def _this_years_goals() -> regex.Pattern:
    # 今年…主要预期目标, or a year's 预期目标 named with no time (果洛州划定发展预期目标，…), or 今年 and a
    # pledge in one sentence (今年我市将…，力争全市规模以上工业增加值增长6%左右), or 今年 said to be a year
    # of some work (今年是荆门建设产业转型升级示范区的攻坚之年)
    this_year = alternation(marker_set('this_year'))
    return regex.compile(rf"(?:{this_year})[^。；;\n]{{0,20}}?目标|预期目标"
                         rf"|(?:{this_year})[^。；;\n]{{0,40}}?(?:{alternation(marker_set('pledge'))})"
                         rf"|(?:{this_year}){YEAR_COPULA}[^。；;\n，,]{{0,30}}?之年")


# …2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告; …预算执行情况和…预算草案:
# a congress hears how last year's plan went and the draft of this year's.
_DRAFT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\s*年[^。；;\n]{0,24}?执行情况[与和及](?:(?!执行情况)[^。；;\n]){0,12}?"
                         r"(?P<year>(?:19|20)\d\d)\s*年[^。；;\n]{0,24}?草案")


def _plans_next_year(text: str, year: int) -> bool:
    """Whether a work report of ``year`` sets the next year's work (2024年，…工作的总体要求是：)."""
    if find_marker("report_title", text) is None:
        return False
    for m in YEAR_OF.finditer(text, timeout=PATTERN_TIMEOUT):
        if int(m.group(1)) == year + 1 and find_marker("year_plan", text, m.end(), clause_end(text, m.end() + 1)):
            return True
    return False


def draft_year(text: str) -> int | None:
    """The year whose draft plan or budget a text presents after last year's execution report
    (…2024年…计划执行情况与2025年…计划草案的报告 -> 2025): the year of the congress that hears it."""
    m = _DRAFT_YEAR.search(text)
    return int(m.group("year")) if m else None


def glossed_year(text: str) -> int | None:
    """The document year a relative year glosses in brackets: 今年（2024年） -> 2024, 明年（2025年） -> 2024."""
    m = _patterns()["glossed"].search(text, timeout=PATTERN_TIMEOUT)
    if m is None:
        return None
    return int(m.group("year")) - vocabulary().relative_years[m.group("relative")][0]


def plan_year(text: str) -> int | None:
    """The year a text names by its place in a five-year plan: 今年是“十三五”开局之年 -> 2016."""
    m = _patterns()["plan_year"].search(text, timeout=PATTERN_TIMEOUT)
    if m is None:
        return None
    first, last = plan_periods()[m.group("plan")]
    return first if vocabulary().plan_years[m.group("stage")] == "first" else last


def written_date_year(text: str) -> int | None:
    """The year of the first full date in the head of ``text`` (a dateline or byline; not the date a
    site stored its copy, 上传时间：2023-06-26), else of a line that is nothing but a full date (the
    date a notice is signed)."""
    written = written_date(text)
    return written[0] if written else None


def written_date(text: str) -> tuple[int, int] | None:
    """Year and month of the date :func:`written_date_year` reads."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:HEAD_LINES]:
        m = _FULL_DATE.search(line, timeout=PATTERN_TIMEOUT)
        if m and not any(label in line[:m.start()] for label in marker_set("site_date")):
            return _year_month(m)
    for line in lines[HEAD_LINES:HEAD_LINES + BYLINE_LINES]:
        # a spam line or two above the headline push the byline down (2022年01月11日08:18 | 来源：杭州日报)
        m = _FULL_DATE.match(line, timeout=PATTERN_TIMEOUT)
        if m and len(line) <= BYLINE_MAX:
            return _year_month(m)
    for line in lines[HEAD_LINES:]:
        m = _FULL_DATE.fullmatch(line, timeout=PATTERN_TIMEOUT)
        if m:
            return _year_month(m)
    for line in lines:
        m = _WIRE_CODE.search(line, timeout=PATTERN_TIMEOUT)
        if m:
            return int(m.group("roc")) + ROC_OFFSET, int(m.group("month"))
    return None


# The date code a Taiwan wire (中央社) closes its story with, after the editor's name: the ROC year, the month
# and the day run together (（编辑：杨兰轩）1120914 -> 2023-09-14).
_WIRE_CODE = regex.compile(r"(?<=[)）。])\s*(?P<roc>(?:09|1[0-2])\d)(?P<month>0[1-9]|1[0-2])(?:[0-2]\d|3[01])\s*$")


def written_month(text: str, date: object, doc_year: int | None) -> tuple[int, int] | None:
    """Year and month the text was written in (meta.date, else :func:`written_date`), when that is the
    year relative anchors count from: what of that year has run by then is reported, not planned."""
    s = str(date or "")
    m = _META_MONTH.match(s)
    written = (int(m.group(1)), int(m.group(2))) if m else None if s[:4].isdigit() else written_date(text)
    return written if written is not None and written[0] == doc_year else None


# A meta date: 2025-10-31, 2025/10/31, 2025年10月31日.
_META_MONTH = regex.compile(r"((?:19|20)\d\d)\s*[-/年.]\s*(\d{1,2})(?!\d)")


def _year_month(m: regex.Match) -> tuple[int, int]:
    return int(m.group("year")), int(m.group("month"))


@cache
def _framed_year_pattern() -> regex.Pattern:
    frames = alternation(marker_set("goal_frame"))
    setting = alternation(marker_set("goal_setting"))
    # not the last year of a period (…工作方案（2023—2027年）的工作目标是什么？): a plan's, not a year's
    year = r"(?<!\d)(?<![—–\-~～－]\s*)(?P<year>(?:19|20)\d\d)\s*年的?"
    return regex.compile(
        rf"{year}[^\n，,。；;：:]{{0,{FRAME_REACH}}}?(?:{frames})(?:(?<=[是为：:])|\s*(?:{setting})?\s*[是为：:])"
        rf"|(?:{setting})了?[：:]?\s*{year}[^\n，,。；;：:]{{0,{FRAME_REACH}}}?目标"
    )


def framed_year(text: str) -> int | None:
    """The year of the first goals frame that lists a year's goals (2013年的主要预期目标是：…,
    2024年经济增长预期目标设定为…) or of goals a text says are set (提出了 2024 年…目标任务):
    a report with no date anywhere plans for that year, so 今年 and 年内 count from it; unless
    it calls them next year's goals (明年的发展目标), when it is of the year before."""
    year = deadline_year(_framed_anchor(text))
    if year is not None and _NEXT_YEARS_GOALS.search(text):
        return year - 1  # 2011年…目标为11%左右。…明年的发展目标还包括…: written the year before it plans
    return year


# The text calls the year whose goals it lists next year (明年的发展目标, 明年主要预期目标).
_NEXT_YEARS_GOALS = re.compile(r"明年[^。；;\n]{0,8}?目标")


def _framed_anchor(text: str) -> Anchor | None:
    """The year of :func:`framed_year` as a weak anchor where the text names it."""
    m = _framed_year_pattern().search(text, timeout=PATTERN_TIMEOUT)
    return Anchor(m.start("year"), m.end("year") + 1, m.group("year"), False) if m else None


def _is_year_frame(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a goals frame only a year's plan uses (主要预期目标是：)."""
    return find_marker("year_frame", text, start, end) is not None


def deadline_year(anchor: Anchor | None) -> int | None:
    if anchor is None or anchor.deadline is None:
        return None
    return int(anchor.deadline[:4])


def scope_segments(text: str, anchors: list[Anchor], report_year: int | None = None,
                   doc_year: int | None = None) -> list[Segment]:
    """The stretches of ``text`` that time anchors scope, sentence by sentence, in order.

    ``report_year``: the year of a text that is (or reports) a year's work report; a goals frame
    with no time of its own in it lists that year's goals (其他经济目标还包含：…).  ``doc_year``: the
    text's year, which a year's goals frame (预期目标) with no time in or before it is of."""
    sentences = statement_spans(text)
    segments: list[Segment] = []
    section: tuple[int, Anchor | None] | None = None  # (heading level, first anchor) of a goals section
    tasks: tuple[int, Anchor] | None = None  # (heading level, heading anchor) of a dated tasks section
    heading_anchor: Anchor | None = None
    carry: Anchor | None = None  # scopes bullet paragraphs after a scoped paragraph
    closing: Anchor | None = None  # the strong anchor of the statement that closed the last paragraph
    # 提出2010年…预期目标。…主要预期目标是：A；B — an undated year's frame lists the year the text plans,
    # else the year the last paragraph before it opened by saying what it is (2025年是“十四五”收官之年)
    planned = _framed_anchor(text)
    opened: Anchor | None = None
    reported = _titled_report_anchor(text) or (
        Anchor(0, 0, str(report_year), False) if report_year is not None else None)
    list_opened: Anchor | None = None  # anchor of a goals frame that ends its paragraph with a colon
    paras = paragraphs(text)
    backed = _goals_referred_back(text, paras)
    heading_year = _heading_years(text)
    heading_level = 0  # level of the last numbered heading: a tasks list opened in its body ends with it
    section_next: Anchor | None = None  # the later period a goals section turns to (…成就和“十五五”时期主要目标)
    section_titled = False  # the goals section is a title line's, over unnumbered sub-headings
    part_dated: Anchor | None = None  # the last dated anchor of the body since the last heading
    tasks_titled = False  # the tasks are a title line's, which numbered headings do not end
    whole = marker_set("whole_year")
    outlook: Anchor | None = None  # the year the last body paragraph that opened with 展望 looked ahead to

    def reviewed(pos: int) -> bool:
        """Whether ``pos`` stands under a heading dated before the report's year (一、2024年工作回顾)."""
        year = heading_year(pos)
        return report_year is not None and year is not None and int(year[:4]) < report_year
    si = ai = 0
    plan_says = False  # the paragraphs since 方案明确，… state what a plan sets, up to the next heading
    led_before = False  # the last body paragraph opened with a lead sentence of no value
    goals_before = False  # the last body paragraph stated a period's goals, or went on with them
    for p_index, para in enumerate(paras):
        first_segment = len(segments)
        labelled = False  # the paragraph opens with a goal's label (产业优势更加突出：)
        goals_carried = False
        para_sentences = []
        while si < len(sentences) and sentences[si][0] < para.end:
            if sentences[si][1] > para.start:
                para_sentences.append((max(sentences[si][0], para.start), min(sentences[si][1], para.end)))
            si += 1
        para_anchors = []
        while ai < len(anchors) and anchors[ai].start < para.end:
            in_heading = para.level is not None and anchors[ai].start < para.heading_end
            if anchors[ai].start >= para.start and (in_heading or _is_adverbial(text, anchors[ai])):
                para_anchors.append(anchors[ai])
            ai += 1
        if para.level is not None or para_anchors and para_anchors[0].deadline and _leading_year(
                text, para.start, para_anchors) is not None:
            outlook = None
        outlook = _outlook_year(text, para, para_anchors) or outlook
        if para.level is not None and _closes_body(text, para):
            section = tasks = carry = heading_anchor = None  # 名词解释, 附件: the body and its goals end
        if para.level is not None:
            if section is not None and para.level <= section[0] and not (
                    section_titled and para.level == UNNUMBERED and not is_goal_heading(text, para)
                    and not any(a.deadline for a in para_anchors if a.start < para.heading_end)):
                section = section_next = None
                section_titled = False
            in_heading = [a for a in para_anchors if a.start < para.heading_end]
            if in_heading:
                heading_anchor = in_heading[0]
            if is_goal_heading(text, para):
                section = (para.level, para_anchors[0] if para_anchors else None)
                # “十四五”主要目标 | 今后五年的主要任务 | 坚持创新驱动 | …力争…: a dated goals title line with an
                # unnumbered heading right under it is the title of the unnumbered sub-headed parts that
                # follow, up to a numbered heading or one that names a time or goals of its own
                section_titled = (para.level == UNNUMBERED and section[1] is not None
                                  and section[1].deadline is not None and not is_task_heading(text, para)
                                  and p_index + 1 < len(paras) and paras[p_index + 1].level == UNNUMBERED)
                # “十四五”时期发展成就和“十五五”时期主要目标任务: the section reviews the first period, then
                # sets the goals of the one named before 目标, from where the text turns to it
                goal_at = goal_heading_start(text, para)
                later = [a for a in para_anchors if goal_at is not None and a.start < goal_at]
                section_next = later[-1] if later and later[-1] is not section[1] else None
            if tasks is not None and para.level <= tasks[0] and not (tasks_titled and para.level != UNNUMBERED):
                tasks, tasks_titled = None, False
            if in_heading and is_task_heading(text, para):
                # “十五五”时期目标任务和2026年工作安排: the tasks are the year's before the task words
                marker = task_marker_start(text, para)
                before = [a for a in in_heading if marker is not None and a.start < marker]
                tasks = (para.level, before[-1] if before else in_heading[0])
                # 2026年重点工作 as a title line over 一、二、三 in the report of that year: the numbered
                # parts are its tasks, up to the next title line
                tasks_titled = (para.level == UNNUMBERED and report_year is not None
                                and deadline_year(tasks[1]) == report_year)
            if para.level != UNNUMBERED:
                heading_level = para.level
        if not para.bullet:
            # …。到2030年，…。| 单位国内生产总值能耗大幅下降；…: a list the page broke off the statement that
            # closed the paragraph before goes on under that statement's time
            # (a paragraph after one that went on so goes on too without a ；: 加快“新基建”，…；… | 催生
            # “新动能”，…达到70%，…达到80%左右。)
            led = _opens_with_lead(text, para)
            # 我们对今后五年的发展提出了…具体目标。总体来说，要实现… | 科技创新基地建设实现新突破，…增长10%以上，…:
            # after a paragraph that states a period's goals, paragraphs that open with a clause of no value
            # go on with them
            goals_led = goals_before and _opens_with_lead_clause(text, para)
            # …到“十四五”末，…冲刺150亿元。| 同时，城区建成区面积达到20平方公里，…。到2035年，…: a paragraph that
            # opens by saying it goes on goes on under the time that closed the one before, up to its own
            # 力争到2010年，…年均增长15%。| 产业优势更加突出：…工业增加值达到141亿元，…: a paragraph that opens
            # with a goal's label (…更加…：) goes on with the goals of the paragraphs before it
            labelled = para.level is None and _GOAL_LABEL.match(text, para.start) is not None
            goes_on = (closing is not None and para.level is None and p_index > 0
                       and (marker_pattern("continuation").match(text, para.start) is not None or labelled)
                       and states_value(text[para.start:para_anchors[0].start if para_anchors else para.end])
                       and find_marker("past", text, para.start, para.end) is None)
            carry = closing if (closing is not None and para.level is None and not para_anchors
                                and _goes_on_listing(text, para, p_index, chained=carry is not None and (
                                    led and led_before or goals_led))) or goes_on else None
            led_before = led
            goals_carried = carry is not None and goals_led
        if section is not None and section[1] is None and para_anchors:
            section = (section[0], para_anchors[0])
        para_anchor = None
        plans_para = False  # the paragraph's anchor is a year whose plans it opens with
        listed_on, list_opened = list_opened, None
        seen: list[Anchor] = []
        listed: Anchor | None = None  # anchor of a goals list that runs on past ；
        listing = colon = reporting = False
        reviewing = False  # the paragraph opened with an earlier year than the one it stands under
        run_on: Anchor | None = None  # the last time of a statement that runs on past ；
        lead_plans = _plans_after_lead(text, para_sentences, para_anchors)
        for i, (s, e) in enumerate(para_sentences):
            own = [a for a in para_anchors if s <= a.start < e]
            if section is not None and section_next is not None and s >= para.heading_end and (
                    _states_goals(text, s, e) or any(s <= a.start < e and a.deadline == section_next.deadline
                                                     for a in anchors)):
                section, section_next = (section[0], section_next), None
            if para_anchor is not None and not own and find_marker("present", text, s, s + PRESENT_REACH):
                para_anchor = None  # 到2020年，力争…。目前，…: the paragraph has turned to the present
            # 二、预期目标 with no time (and none in the paragraphs since), in a year's work report or
            # plan: that year's goals
            inherited = (run_on if para_anchor is not None and run_on is not None and run_on.strong else para_anchor) or (
                carry or listed_on or ((section[1] or reported) if section else None))
            if (section is not None and tasks is not None and tasks[1] is not section[1]
                    and inherited is section[1] and _is_year_frame(text, s, e)):
                # 主要预期目标是：… under 二、“十五五”时期目标任务和2026年工作安排: from the year's goals
                # on, the section is the year's plan
                section = (section[0], tasks[1])
                inherited = tasks[1]
            # 二、今年发展主要预期目标 over short lines: the lines of a goals section are goals
            sectioned = inherited is not None and para_anchor is None and carry is None
            # 三、2026年主要工作: the tasks under a dated heading are that year's goals
            tasked = inherited is None and tasks is not None
            if tasked:
                inherited = tasks[1]
            if inherited is not None:
                # 2025年，…将…。…全年签约引进…20个以上: 全年 restates the year the paragraph plans
                own = [a for a in own if not (a.deadline == inherited.deadline and text[a.start:a.end] in whole)]
            if inherited is not None and inherited.deadline or listing and listed is not None and listed.deadline:
                # 到2025年底，…；乌力吉口岸年内达到…，…货运量突破2600万吨: a relative time with no year to count
                # from dates nothing under a dated statement
                own = [a for a in own if a.deadline is not None]
            stated = s >= para.heading_end and (_states_goals(text, s, e) or bool(own) and _plan_says_at(text, s, own[0]))
            # the sentences of a paragraph that opens with a year's plans (2025年，重庆将…) are its plans
            planning = plans_para and inherited is para_anchor
            frame = listing or tasked or stated or sectioned or planning
            if listing and not own:
                segments.append(Segment(s, e, listed, True, True))
            elif own:
                first = _anchor_clause_start(text, own[0], s)
                # (从去年发展情况来看，2024年，…: the year may open a clause after a lead clause that states no value)
                opening = next((a for a in own if _stated_year(text, a) and _opens_clause(text, a, s)), None)
                if (inherited and (i == 0 or not states_value(text[para.start:s])) and opening is not None
                        and not opening.strong and not states_value(text[s:opening.start])
                        and _reports_earlier_year(text, s, opening.end, inherited)
                        and doc_year is not None and deadline_year(opening) is not None and deadline_year(opening) < doc_year):
                    # 海南2023年GDP目标最高 / …雄心勃勃。2022年，海南自贸港建设进展明显，…。服务贸易增长21.6%。: a
                    # paragraph whose first value follows a year before the text's under a dated heading reviews
                    # that year to its end (2023年…增速赶上全国水平，2024年超过… in a 2023 plan plans it)
                    reviewing = True
                if inherited and first > s and not reviewing:
                    # (居民人均可支配收入实际增长5.1%，…，今年仍然延续了…的目标 in a paragraph reviewing 2024:
                    # what comes before this year's time is the year reviewed)
                    segments.append(Segment(s, first, inherited, True, frame))
                elif lead_plans is not None and lead_plans in own and first > s:
                    segments.append(Segment(s, first, lead_plans, True, True))  # the lead's last goals
                for j, a in enumerate(own):
                    a_start = _anchor_clause_start(text, a, s)
                    a_end = _anchor_clause_start(text, own[j + 1], s) if j + 1 < len(own) else e
                    if a_end > a_start:
                        segments.append(Segment(a_start, a_end, a, False, frame))
                # 到2027年，… opening the paragraph, or opening a later sentence of it after a lead
                # sentence with no anchor (…发布《方案》。其中提出，到2027年，…), dates the rest of it
                # (a length of time counted from an unknown year, 力争用5-10年时间…, dates nothing before it)
                # (a bare year of the same deadline before it only announced the goals: 《行动方案》提出，2027年，
                # 力争…。…总体要求：至2027年，…。一是…。力争…)
                # (…会议在福州开幕。《政府工作报告》提出，2021年，福建将…: a year's plans opening a sentence after
                # lead sentences that state no value open the paragraph's plans too)
                opens = i == 0 or not any(a.deadline and a.deadline != own[0].deadline for a in seen) and (
                    _leads_statement(text, own[0], s)
                    or not seen and not states_value(_DAY.sub("", text[para.start:s])) and _opens_plans(text, own[0], s, e))
                # 《规划》明确了未来五年的发展目标，预计到2025年，…: a length of time that only names the
                # goals' span gives way to the time after it in the sentence
                lead = own[1] if (len(own) > 1 and own[0].span and not _frames(text, own[0])
                                  and own[1].strong) else own[0]
                # (…，计划工期48个月，2021年5月底前建成投运。: the deadline of the one action that closes the
                # statement dates no sentence after it)
                opens = opens and not _dates_last_action(text, lead, s, e)
                if (opens and lead.strong and _frames(text, lead) and not _reports_before_colon(text, lead, e)
                        and not _in_background(text, lead, e)):
                    para_anchor = lead
                elif opens and _opens_plans(text, own[0], s, e):
                    para_anchor, plans_para = own[0], True
                seen += own
            elif inherited and (reporting or reviewing or _reports_earlier_year(text, s, e, inherited)):
                # 根据《统计年鉴》，重庆2020年地区生产总值为…；…: a sentence of an earlier year, under
                # a heading or paragraph of goals, reports that year (to its end, past its ；)
                reporting = True
            elif inherited:
                segments.append(Segment(s, e, inherited, True, frame))
            elif frame:
                anchor = seen[-1] if seen else _anchor_of_named_goals(text, s, e, segments) or heading_anchor
                if anchor is None and _is_year_frame(text, s, e):
                    anchor = planned if planned is not None and planned.start < s else opened
                if anchor is None and report_year is not None:
                    anchor = reported
                if anchor is None and doc_year is not None and _is_year_frame(text, s, e):
                    # 提出经济增长预期目标为7.5%以上 in a text of 2025 that names no other year for it
                    anchor = Anchor(0, 0, str(doc_year), False)
                segments.append(Segment(s, e, anchor, True, True))
            elif p_index in backed:  # 国内生产总值增长5%左右、…。…提出上述预期目标，…
                anchor = planned if planned is not None and planned.start < s else reported or opened
                segments.append(Segment(s, e, anchor, True, True))
            elif lead_plans is not None and e <= lead_plans.start:
                segments.append(Segment(s, e, lead_plans, True, True))  # a news lead of the year's goals
            else:
                # (闳康每年以营收成长20%为努力目标: what 以…为目标 takes is a goal as a pledge is)
                pledged = find_marker("pledge", text, s, e) or find_marker("as_goal", text, s, e)
                pledge = pledged or (_undated_forecast(text, s, e, reviewed(s), outlook is not None)
                                     if para.level is None else None)
                if pledge is not None:  # 力争…降低4%左右, 预计年产值将达到20亿元 with no time stated:
                    # a goal or forecast without a deadline, unless the text said before whose year's
                    # goals it states (该县明确2024年经济社会发展主要预期目标…。…力争实现…增长10%以上)
                    # 2024年，枝江…成就喜人。预计…增长9%，有望突破900亿元: the year that opens the
                    # paragraph as its own clause dates it, and reviews it when it has passed
                    year = planned if planned is not None and planned.start < s else (
                        _paragraph_year(text, para, para_anchors) or _planned_tasks_year(text, para.start, s, anchors)
                        or (outlook if pledged is None else None))
                    end = e
                    if pledged is None:  # (…，预计将超过35万亿元，相当于…，超过…，也超过…，每年对世界经济增长的
                        # 贡献率保持在30%左右: a forecast word reaches its clause and the few after it that a cue
                        # reaches, not a report of every year at the sentence's end)
                        end = pledge.end()
                        for _ in range(CUE_CLAUSES + 1):
                            end = min(clause_end(text, end, e) + 1, e)
                    segments.append(Segment(clause_start(text, pledge.start(), s), end, year, False, False))
            if text[e - 1] not in LIST_SEPARATORS:
                reporting = False
            # 到2025年，…。到2027年，…分别超过90家和870家；全区…突破8家: a statement cut at ； goes on
            # under the last time that opened a clause of its earlier part, not the paragraph's first
            opening = [a for a in own if _opens_clause(text, a, s)]
            run_on = (opening[-1] if opening else run_on) if text[e - 1] in LIST_SEPARATORS else None
            # 主要预期目标是：A；B；C。 — the list after a goals frame is one statement that
            # sentence_spans cuts at each ；, so its items share the frame and its anchor; a frame
            # that opens with a colon (确立了发展目标：…) lists goals to the end of its paragraph.
            if frame and segments and segments[-1].end == e:
                if not listing:
                    colon = _opens_list(text, s, e, dated=bool(own))
                listing = colon or text[e - 1] in LIST_SEPARATORS
                listed = segments[-1].anchor
            else:
                listing = colon = False
        if para.level is not None:
            plan_says = False
        elif marker_pattern("plan_says").match(text, para.start):
            plan_says = True
        if plan_says:
            # 方案明确，…。| 脐橙产业链方面，…2025年签约投资额2亿元，…；2027年末签约投资额6.6亿元…: the years
            # of what a plan sets date its goals, as a goals frame's do
            segments[first_segment:] = [seg._replace(frame=True) for seg in segments[first_segment:]]
        dated = [a for a in para_anchors if a.deadline]
        if para.level is not None and para.level != UNNUMBERED:
            part_dated = None
        elif dated:
            part_dated = dated[-1]
        # (the announcing line may be short enough to read as a heading: 重点抓好八个方面工作：)
        if para.level in (None, UNNUMBERED) and tasks is None and part_dated is not None and _opens_tasks(text, para):
            # 今年…主要预期目标是：…。具体抓好以下工作： (or, a paragraph on, 重点抓好八个方面工作：) the numbered
            # parts that follow are that year's tasks, up to the next heading of the part this opens
            tasks = (heading_level, part_dated)
        opening = _opening_year(text, para.start, para.end, para_anchors)
        if opening is not None:
            opened = opening
        last = segments[-1] if segments else None
        if (last is not None and last.frame and last.anchor is not None and last.end == para.end
                and (text[para.end - 1] in FRAME_COLONS
                     or last.anchor.deadline is not None and _announces_goals(text, last.start, para.end))):
            # …“八个新”的确切目标：\n A，…；B，…, or …宣布今年北京的经济社会发展主要预期目标。\n 殷勇说，地区生产
            # 总值成长5%左右，…: the list is the next paragraph
            list_opened = last.anchor
        elif listed_on is not None and para.bullet and text.startswith(LIST_BULLETS, para.start) \
                and not para_anchors and p_index + 1 < len(paras) and paras[p_index + 1].bullet:
            # …五大重点目标：| ——规模效益…。| ——产业结构…: the list goes on over the bullets after it
            list_opened = listed_on
        elif (last is not None and last.frame and last.end == para.end and para.level is None
              and p_index + 1 < len(paras) and paras[p_index + 1].level is None
              and text.startswith(marker_set("pledge"), paras[p_index + 1].start)):
            # 2023年，…主要预期目标是：锚定…，努力争取最好的结果。| 力争固定资产投资增幅16%以上、…: a pledge
            # that opens the paragraph after a year's goals frame goes on with its list
            framed = next((seg.anchor for seg in segments[first_segment:] if seg.frame and seg.anchor is not None
                           and seg.anchor.deadline and _is_year_frame(text, seg.start, seg.end)), None)
            if framed is not None:
                list_opened = framed
        if section is None and para.level is None and para_sentences:
            # 《…三年行动方案（2023-2025年）》…。…《方案》…设置了多个方面具体目标。| 首先，…: a paragraph that
            # ends by announcing a plan's goals opens a section of them, due at the end of its period
            announced = _announced_plan_period(text, *para_sentences[-1])
            if announced is not None:
                section = (UNNUMBERED, announced)
        # (“十四五”期间，…取得历史性成就，…：| 经济实力：…突破130万亿元: a statement of achievements opens
        # a list of results, not of goals)
        was_closing = closing
        closing = last.anchor if (last is not None and last.end == para.end and last.anchor is not None
                                  and last.anchor.strong
                                  and find_marker("achievement", text, last.start, last.end) is None) else None
        if closing is None and labelled and not para_anchors and len(segments) == first_segment:
            closing = was_closing  # 社会事业更加进步：… with no value: the labelled goals go on after it
        if para.level is None:
            goals_before = closing is not None and (goals_carried or any(
                seg.frame and seg.anchor is not None and seg.anchor.deadline == closing.deadline
                and _states_goals(text, seg.start, seg.end)
                for seg in segments[first_segment:]))
        if para_anchor is not None:
            carry = para_anchor
        elif closing is not None:
            carry = closing
    return segments


# How far before its colon a paragraph's announcement of the tasks that follow may begin.
TASK_OPENER_REACH = 16
# How many paragraphs before a back reference (提出上述预期目标) the goals it refers to may stand.
BACK_PARAGRAPHS = 3


def _goals_referred_back(text: str, paras: list[Paragraph]) -> set[int]:
    """Indices of body paragraphs of hedged values (增长5%左右、…1200万人以上) that a later paragraph
    refers back to as goals (提出上述预期目标，综合考虑了…) — not as goals met (上述目标全面完成)."""
    backed: set[int] = set()
    for j, para in enumerate(paras):
        if para.level is not None:
            continue  # a heading (2024年广东经济社会发展 | 有这些目标) names what follows it
        m = find_marker("goals_back", text, para.start, para.end)
        if m is None or find_marker("met", text, m.end(), clause_end(text, m.end(), para.end)):
            continue
        for i in range(max(0, j - BACK_PARAGRAPHS), j):
            p = paras[i]
            if (p.level is None and states_value(text[p.start:p.end])
                    and find_marker("goal_hedge", text, p.start, p.end)):
                backed.add(i)
    return backed


# How far into a sentence a word saying it is about the present (目前，…) may stand.
PRESENT_REACH = 4


# Forecast words that speak of the future by themselves (预计 also estimates a year just run).
FUTURE_FORECASTS = ("有望", "可望", "将有望", "有机会")
# Modals of ability right after a forecast word (预计可, 预计能够): what can be, ahead.
FORECAST_MODALS = ("可以", "能够", "可", "能")
# A verb of reaching or changing: a forecast word with one after it in its clause forecasts a value.
_VERB_AFTER = re.compile(r"达到|突破|超过|增长|增加|新增|创造|带动|提高|提升|下降|降低|实现|达|提供|容纳|回落|回升|反弹|收窄|放缓|升至|降至|扩大至")


# Words before a year that make it a baseline (较2020年, 以2020年为基期), not the time of a statement.
BASELINE_BEFORE = ("以", "与", "同")
# What follows the first year of a period (2021—2025年): the period is no earlier year.
PERIOD_DASHES = "-—–~～至到"


def _reports_earlier_year(text: str, start: int, end: int, anchor: Anchor) -> bool:
    """Whether ``text[start:end]`` states a year before ``anchor``'s deadline as its time (重庆2021年全年
    实现…), not as a baseline (较2020年下降…, 以2020年为基期), a period's start or a title's year."""
    deadline = deadline_year(anchor)
    if deadline is None:
        return False
    before = tuple(marker_set("than") + marker_set("from") + marker_set("base_level")) + BASELINE_BEFORE
    view = years_view(text)
    for m in _YEAR.finditer(view, start, end, timeout=PATTERN_TIMEOUT):
        if int(view[m.start():m.start() + 4]) >= deadline:
            continue
        head = text[start:m.start()].rstrip()
        after = text[m.end():m.end() + 2].lstrip()
        if head.endswith(before) or after[:1] in PERIOD_DASHES or head.count("《") > head.count("》"):
            continue
        return True
    return False


@cache
def _forward_span_words() -> tuple[str, ...]:
    """The words that open a length of time counted on from the document's year (今后, 未来)."""
    return tuple(sorted({p.split("N")[0] for p, offset in vocabulary().span_offsets.items() if offset == -1}))


def _leads_statement(text: str, anchor: Anchor, start: int) -> bool:
    """Whether a deadline (到2027年) opens the statement at ``start``, maybe after one clause that only
    says who states it (其中提出，到2027年，…; 《方案》明确，到2025年，…): no number stands before it.
    A period (“十三五”期间，…) or a bare year may open a review as well, so they do not count."""
    if not (text.startswith(tuple(vocabulary().to), anchor.start)
            or anchor.span and text.startswith(_forward_span_words(), anchor.start)):
        return False  # (未来五年，…: a length of time from now on opens no review either)
    a_start = clause_start(text, anchor.start, start)
    if a_start == start:
        return True
    lead_start = clause_start(text, a_start - 1, start)
    return lead_start == start and not states_value(text[start:a_start])


def _opening_year(text: str, start: int, end: int, anchors: list[Anchor]) -> Anchor | None:
    """The year a paragraph opens by saying what it is (2025年是“十四五”收官之年，…), where the
    paragraph reports nothing done (a review opens so too: 2020年是…收官之年。一年来，…已…)."""
    first = _leading_year(text, start, anchors)
    if first is None or not text.startswith(YEAR_COPULA, first.end) or find_marker("past", text, start, end):
        return None
    return first


def _leading_year(text: str, start: int, anchors: list[Anchor]) -> Anchor | None:
    """The first of a paragraph's ``anchors`` when it is a year alone at the paragraph's ``start``
    (2024年, or 今年 in a text whose year is known)."""
    first = anchors[0] if anchors else None
    if first is None or first.start != start:
        return None
    if _YEAR.fullmatch(years_view(text), first.start, first.end) or (
            first.deadline is not None and text[first.start:first.end] in marker_set("this_year")):
        return first
    return None


# A quoted name of a set of goals just before a goals frame: “五强”目标具体为：….
_GOALS_NAME = regex.compile(r"[“\"‘「](?P<name>[^”\"’」\n]{1,12})[”\"’」]\s*(?:发展|主要|具体)?目标")


def _anchor_of_named_goals(text: str, start: int, end: int, segments: list[Segment]) -> Anchor | None:
    """The anchor under which the goals a frame names were first stated: in
    到2022年，…实现…“五强”发展目标。…“五强”目标具体为：…, the list is due in 2022."""
    m = _GOALS_NAME.search(text, start, end, timeout=PATTERN_TIMEOUT)
    if m is None:
        return None
    quoted = text[m.start():m.end("name") + 1]
    earlier = text.rfind(quoted, 0, start)
    if earlier < 0:
        return None
    return next((seg.anchor for seg in reversed(segments)
                 if seg.start <= earlier < seg.end and seg.anchor is not None), None)


# A day of a month (东南网1月24日讯), which states no value.
_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


def _plan_says_at(text: str, start: int, anchor: Anchor) -> bool:
    """Whether the statement at ``start`` opens by saying a plan sets what follows its time (工作方案提出，
    2025—2026年，…；…；新增推广300项…): its ；-list is the plan's goals, as a goals frame's is."""
    head = text[start:anchor.start].rstrip()
    if not head.endswith(LEAD_MARKS):
        return False
    head = head[:-1]
    return any(head.endswith(w) and len(head) - len(w) <= PLAN_SAYS_SUBJECT and not any(c.isdigit() for c in head)
               for w in marker_set("plan_says"))


# The marks that close a lead (方案提出，, 预计，, 中电联预计：); how long the plan's name before the
# words that say it sets goals may be (工作方案提出, 《行动方案》明确).
LEAD_MARKS = ("，", ",", "：", ":")
PLAN_SAYS_SUBJECT = 8


def _states_goals(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states goals outright (主要预期目标是：…), rather than report them met
    (2023年…主要目标任务圆满完成，诸如：…)."""
    m = find_marker("goal_frame", text, start, end)
    return (m is not None and find_marker("met", text, m.end(), clause_end(text, m.end(), end)) is None
            and find_marker("pursues", text, clause_start(text, m.start(), start), m.start()) is None)


def _opens_list(text: str, start: int, end: int, dated: bool) -> bool:
    """Whether a goals frame in ``text[start:end]`` opens a list: it ends with a colon (目标：, 目标是：),
    or, ``dated`` by an anchor of its own, it announces goals it does not state
    (确定2025年发展目标，既包含定性目标又包含定量目标。); an undated one is a review's
    (全年主要目标任务圆满完成。)."""
    m = find_marker("goal_frame", text, start, end)
    if m is None:
        return False
    pos = m.end() - 1 if text[m.end() - 1] in FRAME_COLONS else m.end()
    if pos < end and text[pos] in FRAME_COPULAS:
        pos += 1
    link = marker_pattern("frame_link").match(text, pos + 1, end) if pos < end and text[pos] in "，," else None
    if link is not None:
        pos = link.end()  # …指标体系安排，具体为：: the words that lead from the frame to its colon
    if pos < end and text[pos] in FRAME_COLONS:
        return True
    if not dated or find_marker("met", text, m.end(), clause_end(text, m.end(), end)):
        return False
    return not states_value(text[start:end]) and find_marker("past", text, start, end) is None


def _paragraph_year(text: str, para: Paragraph, anchors: list[Anchor]) -> Anchor | None:
    """The year a body paragraph opens with as a clause of its own (2024年，…) or by saying what it is
    (2026年是“十五五”开局之年。…力争…), or None."""
    a = _leading_year(text, para.start, anchors) if para.level is None else None
    return a if a is not None and text.startswith(("，", ",", YEAR_COPULA), a.end) else None


def _outlook_year(text: str, para: Paragraph, anchors: list[Anchor]) -> Anchor | None:
    """The year a body paragraph opens to look ahead to (展望2025年，…), or None."""
    first = anchors[0] if anchors and para.level is None else None
    if first is None or first.deadline is None or not text.startswith(("，", ","), first.end):
        return None
    lead = text[para.start:first.start].strip()
    return first if lead in marker_set("outlook_lead") and _YEAR.fullmatch(years_view(text), first.start, first.end) else None


def _planned_tasks_year(text: str, start: int, end: int, anchors: list[Anchor]) -> Anchor | None:
    """The year whose tasks a sentence of ``text[start:end]`` plans (深入谋划2022年“三农”重点工作、重点项目，…。
    一是…，确保粮食面积稳定在136万亩以上), or a numbered item names inside flattened text (1、2023年下半年工业
    工作打算 1、…力争…): the pledges after it in the paragraph are that year's."""
    for a in anchors:
        if a.start >= end:
            break
        if a.start < start or a.deadline is None or not (
                text.endswith(marker_set("task_planning"), start, a.start) or _numbered_inline(text, start, a.start)):
            continue
        task = find_marker("task_heading", text, a.end, min(end, a.end + FRAME_REACH))
        if task is not None and clause_end(text, a.end, task.start()) == task.start():
            # (2023年下半年工作打算: the tasks of a part of a year set that year's figures, 增速达16%以上)
            return a._replace(deadline=a.deadline[:4])
    return None


def _numbered_inline(text: str, start: int, pos: int) -> bool:
    """Whether a heading's number stands right before ``pos``, after a space or a full stop, as flattened text
    keeps a heading inline (…。1、2023年下半年工作打算)."""
    at = max(start, *(text.rfind(c, start, pos) + 1 for c in " \t\u3000。；;\n"))
    heading = heading_marker(text, at, pos)
    return heading is not None and after_spaces(text, heading[1].end()) == pos


def _opens_plans(text: str, anchor: Anchor, start: int, end: int) -> bool:
    """Whether a weak year opens a paragraph of plans: 2025年，重庆将实施…。…重庆还将推进…
    (a year standing alone as the first clause, then what will be done)."""
    if anchor.deadline is None:
        return False
    a_start = clause_start(text, anchor.start, start)
    quoted = anchor.start > start and text[anchor.start - 1] in OPENING_QUOTES  # …指出：“2024年，…
    if a_start != start and not quoted and (clause_start(text, a_start - 1, start) != start
                                            or states_value(text[start:a_start])):
        return False  # 规划明确，“十四五”时期，张家港市将…: one clause saying who states it may come first
    rest = strip_leading(text, anchor.end, end, ())
    # (2024年，珠海高新区地区生产总值增长目标为8%，…。规上工业增加值增长15%以上，…: its goals, stated;
    # 报告提到，2025年要推动…: a word of intent right after the year)
    return (rest > anchor.end and (find_marker("future", text, rest, clause_end(text, rest, end)) is not None
                                   or _states_goals(text, rest, end))
            or text.startswith(tuple(marker_set("intent_after_time")), anchor.end))


# A plan named with its period in brackets: 《辽宁全面振兴新突破三年行动方案（2023-2025年）》.
_BRACKETED_PLAN = re.compile(r"《[^》\n]{2,60}[（(](?P<first>(?:19|20)\d\d)\s*年?\s*[-—–~～至到]\s*(?P<year>(?:19|20)\d\d)\s*年?[)）]》")


# Spans and segments read the same text's bracketed plans for every span and announcing statement: once.
@lru_cache(maxsize=2)
def _bracketed_plans(text: str) -> tuple[re.Match, ...]:
    """The plans ``text`` names with their period in brackets, in order."""
    return tuple(_BRACKETED_PLAN.finditer(text))


def _announced_plan_period(text: str, start: int, end: int) -> Anchor | None:
    """The end of the period of the plan a statement announces the goals of (…设置了多个方面具体目标。),
    named earlier with its period in brackets; None for a statement that states values itself."""
    stop = _before_sentence_marks(text, start, end)
    if (find_marker("goal_setting", text, start, end) is None or states_value(text[start:end])
            or not text.endswith(GOAL_WORD, start, stop)):
        return None
    plans = [m for m in _bracketed_plans(text) if m.end() <= start]
    if not plans:
        return None
    m = plans[-1]
    return Anchor(m.start("year"), m.end("year"), m.group("year"), False)


def _announces_goals(text: str, start: int, end: int) -> bool:
    """Whether a statement ends by announcing goals it does not state (宣布今年…主要预期目标。)."""
    stop = _before_sentence_marks(text, start, end)
    return (text.endswith(GOAL_WORD, start, stop) and find_marker("goal_setting", text, start, stop) is not None
            and not states_value(text[start:end]))


def _before_sentence_marks(text: str, start: int, end: int) -> int:
    """``end`` moved back past sentence marks and spaces."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in "。；;，,！!"):
        end -= 1
    return end


# How long a lead sentence that opens a paragraph of goals may be (催生“新动能”，企业数字化转型成效更加凸显。).
LEAD_SENTENCE_MAX = 32


def _opens_with_lead(text: str, para: Paragraph) -> bool:
    """Whether a paragraph opens with a short sentence of no value that heads the goals after it."""
    stop = text.find("。", para.start, min(para.end, para.start + LEAD_SENTENCE_MAX + 1))
    return stop > para.start and not states_value(text[para.start:stop])


def _opens_with_lead_clause(text: str, para: Paragraph) -> bool:
    """Whether a paragraph opens with a short clause of no value and then states values
    (科技创新基地建设实现新突破，…，全社会研发经费投入年均增长10%以上)."""
    stop = next((i for i in range(para.start, min(para.end, para.start + LEAD_SENTENCE_MAX + 1))
                 if text[i] in "，,。"), -1)
    return stop > para.start and not states_value(text[para.start:stop])


def _goes_on_listing(text: str, para: Paragraph, index: int, chained: bool = False) -> bool:
    """Whether a paragraph with no time of its own goes on with the goals the paragraph before it
    closed under a strong time (…。到2030年，…取得显著成效。| 单位国内生产总值能耗下降；…下降65%以上；…):
    it follows straight after it, lists statements separated by ；(or follows one that went on so,
    ``chained``), states values and reports nothing as done."""
    if index == 0 or not chained and text.find("；", para.start, para.end) < 0:
        return False
    return states_value(text[para.start:para.end]) and find_marker("past", text, para.start, para.end) is None


def _reports_before_colon(text: str, anchor: Anchor, end: int) -> bool:
    """Whether the anchor's statement says, before a colon that lists what follows, what has been done
    (“十四五”期间我国已奠定…根基：A；B…): the items after it report that period, they set no goals."""
    colon = next((i for i in range(anchor.end, end) if text[i] in FRAME_COLONS), None)
    return colon is not None and find_marker("past", text, anchor.end, colon) is not None


def _frames(text: str, anchor: Anchor) -> bool:
    """Whether an anchor frames what follows it rather than one action: a length of time frames
    only standing as its own clause (经过5年的努力，…), not glued to its verb (用3年时间突破…)."""
    if not anchor.span:
        return True
    end = anchor.end
    while end < len(text) and text[end].isspace():
        end += 1
    return end >= len(text) or breaks_at(text, end)


def _dates_last_action(text: str, anchor: Anchor, start: int, end: int) -> bool:
    """Whether an anchor is the deadline of the one action that closes its statement
    (…，项目概算总额343亿元，计划工期48个月，2021年5月底前建成投运。): glued to a verb, in the last clause, with
    no value after it and values before it; it dates that action, not the sentences after it
    (新乡境内73.25公里，投资113.8亿元)."""
    opening = clause_start(text, anchor.start, start)
    if anchor.end >= end or breaks_at(text, anchor.end) or not states_value(text[start:opening]):
        return False  # (《规划》指出，“十二五”期间本市将重点发展…: a lead clause with no value opens its goals)
    last = clause_end(text, anchor.end, end)
    return not text[last + 1:end].strip() and not states_value(text[anchor.end:last])


def _listed_year(text: str, anchor: Anchor) -> bool:
    """Whether a time opens the next item of a list of goals after a value (突破1万亿元、2035年地区
    生产总值…翻番; 增长15%以上、全年增长…): after 、 and a unit, not after another year (2023、2024年)."""
    i = anchor.start
    return (i >= 2 and text[i - 1] == LIST_COMMA and not text[i - 2].isdigit() and text[i - 2] != "年"
            and (_YEAR.fullmatch(years_view(text), anchor.start, anchor.end) is not None
                 or _value_before(text, i - 1)))  # …增长15%以上、全年增长10.5%以上


def _anchor_clause_start(text: str, anchor: Anchor, floor: int) -> int:
    if _listed_year(text, anchor):
        return anchor.start
    start = clause_start(text, anchor.start, floor)
    # ——2025年，完成…: the bullet that opens the line is no part of the statement
    return start + bullet_length(text, start, anchor.start)


@cache
def _hedges_before_time() -> tuple[str, ...]:
    return _hedges_after_time() + marker_set("time_goal") + marker_set("plan_time")


@cache
def _hedges_after_time() -> tuple[str, ...]:
    """Forecast and pledge words, which date a clause on either side of its time (2025年预估…); a goal
    word after a time names a column of a table (2020 年目标值), not a goal."""
    return tuple(marker_set("forecast") + marker_set("commitment"))


def _value_before(text: str, pos: int) -> bool:
    """Whether the list item that ends at ``pos`` (before its 、) ends with a value (…15%以上、)."""
    return states_value(text[max(0, pos - VALUE_REACH):pos])


# How far before a 、 the value that ends the item before it may begin (…增长15%以上、).
VALUE_REACH = 6


# A name before its time with no place word to end it (北京今年将…): a few Chinese characters.
_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}")
# How long a metric between a time and the word that makes it a goal or forecast may be (2025年营收预计…).
METRIC_BEFORE_CUE = 6


def _compared_with(text: str, anchor: Anchor) -> bool:
    """Whether a time stands right after a word of comparison (较, 比…), quotes allowed between, or
    dates a starting level (从“十三五”末的0.565提升到0.583)."""
    start = _before_quotes(text, anchor.start)
    return text.endswith(tuple(marker_set("than")), 0, start) or (
        text.endswith(tuple(marker_set("from")), 0, start) and text.startswith("的", _past_quotes(text, anchor.end))
    ) or (  # 以2019年为基点，…实现倍增: the year a change is counted from
        text.endswith(BASE_YEAR_BEFORE, 0, start) and text.startswith(BASE_YEAR_AFTER, _past_quotes(text, anchor.end)))


# The words round a base year (以2019年为基点, 以2020年为基期).
BASE_YEAR_BEFORE = "以"
BASE_YEAR_AFTER = ("为基点", "为基期", "为基准", "为基数", "为基年", "为基础")


def _before_quotes(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in OPENING_QUOTES + ASCII_QUOTES:
        pos -= 1
    return pos


def _past_quotes(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in CLOSING_QUOTES + ASCII_QUOTES:
        pos += 1
    return pos


# Quotes a plan's name may stand in after a word of comparison (较“十三五”末), ASCII ones too.
ASCII_QUOTES = "\"'"


def _in_background(text: str, anchor: Anchor, end: int) -> bool:
    """Whether a time stands in a phrase that gives the background of what follows, not its time (在“到2035年
    实现…翻一番”的远景目标要求下，…2026年GDP增速目标可能会设定在5%左右): the phrase closes on 要求下 or 背景下
    after the time, in its statement."""
    m = find_marker("background_end", text, anchor.end, end)
    return m is not None and text.endswith(BACKGROUND_OPEN, 0, _before_quotes(text, anchor.start))


# What opens a background phrase before its time (在“到2035年…”的…要求下).
BACKGROUND_OPEN = "在"


def _opens_clause(text: str, anchor: Anchor, floor: int = 0) -> bool:
    """Whether a time opens its clause, after lead, pledge or forecast words (力争到2027年，…), rather
    than standing inside it (均比“十一五”末翻一番)."""
    start = strip_leading(text, clause_start(text, anchor.start, floor), anchor.start, ("lead", "commitment", "forecast"))
    return anchor.start - start <= 1


def _is_adverbial(text: str, anchor: Anchor) -> bool:
    """A strong anchor dates whatever it stands in; a weak one only when it opens its clause
    or names the year of a goals frame (高标准确定2025年发展目标).  A time a change is counted
    from (数量较“十三五”末分别翻一番) is a baseline, never a deadline."""
    if _compared_with(text, anchor):
        return False
    if anchor.strong or _dates_goals(text, anchor.end) or _listed_year(text, anchor):
        return True
    if text.endswith(_hedges_before_time(), 0, anchor.start) or text.startswith(_hedges_after_time(), anchor.end):
        # 产值预计今年可达到800亿元, 有望在2025年突破千亿元, …产业2025年预估市场规模…: a forecast or pledge
        # next to the time dates what follows
        return True
    if _dates_value(text, anchor):
        return True  # 比重由2020年的7.8%提升至2025年的10%: the year of the level a change reaches
    if text.endswith(tuple(marker_set("time_after")), 0, anchor.start + 1):
        return True  # 要在2000年把双边贸易额扩大到200亿美元: the 在 of the anchor, after a word of intent
    if anchor.start > 0 and text[anchor.start - 1] in OPENING_BRACKETS and text.startswith(GOAL_WORD, anchor.end):
        return True  # 商业航天（2030年目标规模1万亿元）: a bracket that opens with a goal's time is dated by it
    if _opens_clause(text, anchor):
        return True
    if anchor.start > 0 and text[anchor.start - 1] in OPENING_QUOTES and not text.startswith(
            tuple(CLOSING_QUOTES), anchor.end):
        return True  # …净排放量「2030年减量28±2%；2032年…」: quoted goals open with their times
    if not anchor.span and text.startswith(marker_set("stretch_verb"), anchor.end):
        return True  # 工业开票2025年突破万亿大关: a time between a metric and a verb of a new height dates it
    future = next((w for w in marker_set("future") if text.startswith(w, anchor.end)), None)
    if not anchor.span and future is not None and (
            _VERB_AFTER.search(future) or _VERB_AFTER.match(text, anchor.end + len(future))):
        return True  # 电子资讯业产值2026年将达10兆元: a time between a metric and 将 + a verb of reaching dates it
    opened = strip_leading(text, clause_start(text, anchor.start), anchor.start, ("lead",))
    if (not anchor.span and text.startswith(_hedges_after_time(), opened)
            and not states_value(text[opened:anchor.start])):
        return True  # 预计香港经济今年增长2%至3%: a forecast or pledge that opens the clause is dated by its time
    start = strip_leading(text, clause_start(text, anchor.start), anchor.start, ("lead", "commitment", "forecast"))
    # 中国2025年经济增速预计…, 杭州市今年…: the place a clause opens with, then its time; 北京今年将…: a
    # short name with no place word, then the time and what it will do
    name = text[start:anchor.start]
    if name in marker_set("collective") or place_at(text, start) == name:
        return True
    if name != name.rstrip() and name.rstrip().endswith(DATELINE_ENDS):
        return True  # 新华社广州2025年1月20日电 今年，…: after the dateline, the time opens the text
    return _SHORT_NAME.fullmatch(name) is not None and _cue_after_time(text, anchor.end)


def _cue_after_time(text: str, pos: int) -> bool:
    """Whether a word of the future, a pledge or a forecast follows a time at ``pos``, right after it
    (北京今年将…) or after a short metric with no value (国盾量子2025年营收预计达…, 深圳2025年GDP预计达到…)."""
    if any(text.startswith(w, pos) for w in marker_set("future") + marker_set("pledge")):
        return True
    stop = min(clause_end(text, pos), pos + METRIC_BEFORE_CUE + 1)
    return any(m is not None and not any(c.isdigit() for c in text[pos:m.start()])
               for m in (find_marker(role, text, pos + 1, stop + 3) for role in ("future", "pledge", "forecast")))


def _dates_value(text: str, anchor: Anchor) -> bool:
    """Whether a year stands between a verb of change or reaching and the value it dates
    (提升至2025年的10%, 倍增至2020年2.6兆元): the value is the level reached by then."""
    if anchor.span or not _DATED_VALUE_AFTER.match(text, anchor.end):
        return False
    return text.endswith(_change_verbs(), 0, anchor.start)


# What follows the year of a dated value: 的 and the number (提升至2025年的10%).
_DATED_VALUE_AFTER = re.compile(r"的?\s*[\d０-９一二三四五六七八九十百千万亿两零〇]")


@cache
def _change_verbs() -> tuple[str, ...]:
    """The verbs that give the value after them a level to reach (提高到, 增至, 达到)."""
    return tuple(p for p, v in verbs().items() if v.reading in (LEVEL, TO))


def prepare() -> None:
    """Read the anchor tables and compile the anchor patterns, once per process."""
    vocabulary()
    _patterns()
    _report_title_pattern()
    _bulletin_title_pattern()
    _session_pattern()
    _year_then("year_meeting", MEETING_GAP)
    _passing_year_pattern()
    _listed_plan_goals_pattern()
    _just_issued_pattern()
    _year_then("goals_announced", TITLED_GOALS_GAP)
    _reviewed_year_pattern()
    _reported_year_pattern()
    _met_year_pattern()
    _this_years_goals()
    _bare_plan_pattern()
    _framed_year_pattern()
    _hedges_before_time()
    _hedges_after_time()
    _forward_span_words()
    _change_verbs()
