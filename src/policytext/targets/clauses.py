"""Clauses, paragraphs and headings: where a target's text, metric and subject begin and end."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

from ..sentences import SentenceIndex, sentence_spans, trimmed
from .comparators import CLOSING_VALUE_QUOTES, verbs
from .tables import PATTERN_TIMEOUT, find_marker, marker_pattern, marker_set, multiples

# A clause ends at any of these (an ellipsis too: …能耗降低3%左右……); 、 only separates
# clauses after a target's value.
CLAUSE_BREAKS = frozenset("，,；;：:。！？!?\n…")
# What ends a sentence.
SENTENCE_ENDS = "。！？!?\n"
# An ASCII full stop ends a clause too (…下降18%.到2050年…) unless it sits inside a
# number, a URL or a name (3.5, www.gov.cn).
FULL_STOP = "."
# An ASCII comma between a digit and three more is a thousands separator (3,100), not a clause break.
THOUSANDS_COMMA = ","
OPENING_BRACKETS = "（(【[〔"
CLOSING_BRACKETS = "）)】]〕"
OPENING_QUOTES = "“‘「『"
CLOSING_QUOTES = "”’」』"

# A list a scraper flattened into one line joins its items with a spaced dash
# (…超35万亿元 [2][5] -“十四五”期间…): each item is a statement of its own.
_INLINE_BULLET = regex.compile(r"(?<=\s)[-–•](?=[\s“\"‘\p{Han}])")
# Citation markers after a value ([2][5]) belong to no clause.
CITATIONS = regex.compile(r"\s*(?:\[\d{1,3}\])+")

# Paragraphs that continue a list of goals under the paragraph before them.
BULLETS = ("——", "—", "－－", "--", "-", "*", "●", "•", "◆", "■", "▲", "★", "☆", "○", "◇", "□", "※", "➢", "√")

# Numbered headings by level: 第一章 / 一、 / （一） / 1.1 / 1. / （1）.
_HEADING_MARKERS = (
    (0, regex.compile(r"第[一二三四五六七八九十百零〇\d]+[章节篇部]")),
    (1, regex.compile(r"[一二三四五六七八九十]+[、．.]")),
    (2, regex.compile(r"[（(][一二三四五六七八九十]+[）)]")),
    (3, regex.compile(r"\d{1,2}\.\d{1,2}(?![\d.])")),
    (3, regex.compile(r"\d{1,2}[、．.](?![\d.])")),
    (4, regex.compile(r"[（(]\d{1,2}[）)]")),
)
# What a heading marker can start with: lines that start otherwise skip the six patterns.
_HEADING_FIRST = frozenset("第一二三四五六七八九十（(")


def heading_marker(text: str, start: int, end: int):
    """The level and match of the numbered-heading marker at ``text[start]``, or None."""
    if start >= end or not (text[start] in _HEADING_FIRST or text[start].isdigit()):
        return None
    for level, marker in _HEADING_MARKERS:
        m = marker.match(text, start, end, timeout=PATTERN_TIMEOUT)
        if m:
            return level, m
    return None


# How far back (in characters) a clause looks for an actor or an open bracket: bounds the work
# on a document that never ends a sentence.
LOOKBACK = 300
# A line this short without sentence punctuation is a heading even unnumbered.
SHORT_HEADING = 24
UNNUMBERED = 9
# The word of a goal: right after its time (（2030年目标规模…）), closing a statement that announces
# goals (…设置了多个方面具体目标。), after what quotes name a goal (…作为2025年发展主要预期目标之一).
GOAL_WORD = "目标"

# A place that issues or is the subject of a document: 四川省, 新乡市, 椒江区; not the
# start of 市场, 区域, 省级….
_PLACE = regex.compile(r"\p{Han}{1,6}?(?:省|市|自治区|特别行政区|自治州|县|区|州|盟|旗)(?![场域级民值])")
# Characters that never occur in a place name but do in metrics (占地区…, 全市…, 产业集聚区,
# 人均地区生产总值).
_NOT_IN_PLACE = frozenset("占的全与和及在等业值率额量比重均")
# (要 of 主要, 重要, 需要… and 要求, 要素, 要点 is no "will")
_ACTOR = regex.compile(r"(\p{Han}{2,4}?)(?:将|(?<![主重需必只纲摘])要(?![求素点件])|力争|计划|确保)")
_PRONOUNS = frozenset({"我们", "我省", "我市", "我区", "我县", "他们", "大家", "各地", "各级"})


class Paragraph(NamedTuple):
    start: int
    end: int
    level: int | None  # heading level (0 highest), UNNUMBERED, or None for body text
    heading_end: int  # end of the heading words (== start for body text)
    bullet: bool


def paragraphs(text: str) -> tuple[Paragraph, ...]:
    """The non-blank lines of ``text`` with their heading level and bullet flag."""
    return _paragraphs(text)


# Anchors (twice) and segments read the same text's paragraphs: cut it once.
@lru_cache(maxsize=2)
def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    out = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(_paragraph(text, start, end))
    return tuple(out)


def _paragraph(text: str, start: int, end: int) -> Paragraph:
    line = text[start:end]
    bullet = line.startswith(BULLETS)
    heading = heading_marker(line, 0, len(line))
    if heading:
        level, m = heading
        stop = _first_of(line, "。：:；", m.end())
        if stop is None:
            stop = len(line) if len(line) <= 2 * SHORT_HEADING else m.end()
        return Paragraph(start, end, level, start + stop, bullet)
    if len(line) <= SHORT_HEADING and not any(c in line for c in "。！？；，,!?;") and not _states_goal(line):
        return Paragraph(start, end, UNNUMBERED, end, bullet)
    return Paragraph(start, end, None, start, bullet)


# A research report on an industry's outlook, named near the top (2025-2030中国太阳能发电行业发展趋势与
# 前景展望战略研究报告): everything it states of the future is forecast.
_RESEARCH_OUTLOOK = re.compile(r"(?:前景展望|趋势预测|前景预测|发展前景)[^。\n]{0,10}研究报告")
RESEARCH_TITLE_REACH = 600


def outlook_sections(text: str) -> list[tuple[int, int]]:
    """The spans of the sections under a heading that ends naming an outlook (一、经济增长展望, 价格预测),
    up to the next heading of its level or above, or the whole of a text whose title near its top names
    a research report of an outlook: what they state is forecast."""
    if _RESEARCH_OUTLOOK.search(text, 0, RESEARCH_TITLE_REACH):
        return [(0, len(text))]  # …发展趋势与前景展望战略研究报告: an outlook from its title on
    spans = []
    opened: tuple[int, int] | None = None  # (level, start) of the outlook heading open
    for para in paragraphs(text):
        if para.level is None:
            continue
        if opened is not None and para.level <= opened[0]:
            spans.append((opened[1], para.start))
            opened = None
        words = text[para.start:para.heading_end].rstrip(" \t\u3000：:。")
        if opened is None and any(words.endswith(w) for w in marker_set("outlook_heading")):
            opened = (para.level, para.start)
    if opened is not None:
        spans.append((opened[1], len(text)))
    return spans


_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d\s*年")
# The same, with the year's digits as group 1, for readers that need the year itself.
YEAR_OF = regex.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")
_DIGIT = regex.compile(r"[\d０-９%％]")


def states_value(s: str) -> bool:
    """Whether ``s`` has a digit or a percent sign outside its years: a short line of a goals list
    (经济增长6%左右) rather than a heading (2025年经济社会发展的主要预期目标)."""
    return _DIGIT.search(_YEAR.sub("", s, timeout=PATTERN_TIMEOUT), timeout=PATTERN_TIMEOUT) is not None


def _states_goal(line: str) -> bool:
    """Whether a short line states a value or moves a metric (居民收入增长与经济增长同步): an item
    of a goals list, not a heading."""
    return states_value(line) or _moving_verb().search(line) is not None


@lru_cache(maxsize=1)
def _moving_verb() -> re.Pattern:
    """The verbs of more than one character (增长, 控制在…) and the multiples (翻一番) as one pattern."""
    words = [p for p in verbs() if len(p) > 1] + list(multiples())
    return re.compile("|".join(re.escape(p) for p in sorted(set(words), key=len, reverse=True)))


def _first_of(s: str, chars: str, start: int) -> int | None:
    hits = [i for i in (s.find(c, start) for c in chars) if i >= 0]
    return min(hits) if hits else None


def is_goal_heading(text: str, para: Paragraph) -> bool:
    """A heading that opens a goals section (发展目标, 主要目标任务…)."""
    if para.level is None:
        return False
    words = text[para.start:para.heading_end]
    return any(w in words for w in marker_set("goal_heading"))


def goal_heading_start(text: str, para: Paragraph) -> int | None:
    """Where a goals heading's goal word begins (…发展成就和“十五五”时期主要目标任务 -> at 目标)."""
    return _first_heading_word(text, para, ("goal_heading",))


def _first_heading_word(text: str, para: Paragraph, roles: tuple[str, ...]) -> int | None:
    """Where the first word of ``roles`` in a heading's words begins, or None."""
    words = text[para.start:para.heading_end]
    hits = [words.find(w) for role in roles for w in marker_set(role) if w in words]
    return para.start + min(hits) if hits else None


def is_task_heading(text: str, para: Paragraph) -> bool:
    """A heading over tasks (主要工作, 重点任务…); with a year in it, its tasks are that year's goals."""
    if para.level is None:
        return False
    words = text[para.start:para.heading_end]
    return (any(w in words for w in marker_set("task_heading"))
            or words.rstrip().endswith(marker_set("task_heading_end")) and not any(
                w in words for w in marker_set("review_heading")))


def task_marker_start(text: str, para: Paragraph) -> int | None:
    """Where a task heading's task words begin (二、“十五五”时期目标任务和2026年工作安排 -> at 工作安排)."""
    return _first_heading_word(text, para, ("task_heading", "task_heading_end"))


def breaks_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` ends a clause."""
    ch = text[i]
    if ch == FULL_STOP:
        return not (0 < i < len(text) - 1 and text[i - 1].isascii() and text[i - 1].isalnum()
                    and text[i + 1].isascii() and text[i + 1].isalnum())
    if ch == THOUSANDS_COMMA and 0 < i and text[i - 1].isdigit() and text[i + 1:i + 4].isdigit() \
            and not text[i + 4:i + 5].isdigit():
        return False  # 3,100多亿美元: a thousands separator inside a number
    return ch in CLAUSE_BREAKS


def clause_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the clause holding ``pos``: just after the previous clause break, not before ``floor``."""
    i = pos
    while i > floor and not breaks_at(text, i - 1):
        i -= 1
    return i


def clause_end(text: str, pos: int, ceiling: int | None = None) -> int:
    """End of the clause holding ``pos``: the next clause break, not after ``ceiling``."""
    stop = len(text) if ceiling is None else ceiling
    i = pos
    while i < stop and not breaks_at(text, i):
        i += 1
    return i


def enclosed(text: str, pos: int, floor: int) -> bool:
    """Whether ``pos`` lies inside brackets or quotes opened after ``floor`` (a remark or a name),
    looking back at most ``LOOKBACK`` characters.  Quotes whose words run through a clause mark
    before ``pos`` quote what someone said (“展望2026年，…增速有望达到4.8%左右”王青表示): its goals
    are goals, so they do not enclose."""
    begin = max(floor, pos - LOOKBACK)
    brackets = open_brackets(text, begin, pos)
    quotes = _still_open(text, begin, pos, OPENING_QUOTES, CLOSING_QUOTES)
    # （其中规模以上预制菜企业100家以上，…）: brackets that open with 其中 break the goal down into goals
    if brackets and not all(text.startswith(BREAKDOWN, b + 1) for b in brackets):
        return True
    return (bool(quotes) and not _quotes_speech(text, quotes[-1], pos) and not _quotes_value(text, quotes[-1])
            and not _quotes_goal(text, pos))


def _quotes_goal(text: str, pos: int) -> bool:
    """Whether the quotes round ``pos`` hold what the words after them make a goal (把“单位国内生产总值能耗
    降低3%左右”作为2025年发展主要预期目标之一)."""
    close = next((i for i in range(pos, min(len(text), pos + QUOTE_REACH)) if text[i] in CLOSING_QUOTES), None)
    if close is None:
        return False
    m = marker_pattern("quoted_as_goal").match(text, close + 1)
    if m is None:
        return False
    stop = clause_end(text, m.end())
    return text.find(GOAL_WORD, m.end(), stop) >= 0


def open_brackets(text: str, start: int, pos: int) -> list[int]:
    """Where the brackets opened in ``text[start:pos]`` and still open at ``pos`` begin."""
    return _still_open(text, start, pos, OPENING_BRACKETS, CLOSING_BRACKETS)


def _still_open(text: str, start: int, pos: int, opening: str, closing: str) -> list[int]:
    """Where the marks of ``opening`` in ``text[start:pos]`` that ``closing`` has not closed begin."""
    found: list[int] = []
    for i in range(start, pos):
        ch = text[i]
        if ch in opening:
            found.append(i)
        elif ch in closing and found:
            found.pop()
    return found


# What opens brackets that break a goal down into parts, each a goal.
BREAKDOWN = "其中"
# Marks inside quotes that make them a quotation of speech rather than a name.
SPEECH_MARKS = frozenset("，,。；;！!？?")
# How far past a value its quotes may close.
QUOTE_REACH = 200
# Nouns a quoted slogan names right after its closing quote (“…，率先建设5000亿国家级园区”发展目标).
NAMED_BY_QUOTES = ("发展目标", "目标", "战略", "工程", "行动", "计划")


def _quotes_value(text: str, opening: int) -> bool:
    """Whether the quotes opened at ``opening`` hold a value and nothing else (预期目标「4.5%至5%」): the
    value quoted, not a name."""
    return _QUOTED_VALUE.match(text, opening + 1, timeout=PATTERN_TIMEOUT) is not None


# A value alone in quotes: digits, a unit sign, a range's joiner, a hedge.
_QUOTED_VALUE = regex.compile(r"[\d.．%％]+(?:\s*(?:至|到|-|—|～|~)\s*[\d.．%％]+)?(?:左右|以上|以下|以内)?"
                              rf"[{regex.escape(CLOSING_VALUE_QUOTES)}]")


def _quotes_speech(text: str, opening: int, pos: int) -> bool:
    """Whether the quotes opened at ``opening`` quote speech: their words run through a clause mark before
    ``pos``, and what follows their close is not the noun they name."""
    close = next((i for i in range(pos, min(len(text), pos + QUOTE_REACH)) if text[i] in CLOSING_QUOTES), None)
    if close is None:
        return True  # “徐工集团已制定了…战略目标：2010年… not closed within reach: speech, not a name
    if _speaker_after(text, close + 1):
        return True  # 「今年AI普及率要到30%」，龚明鑫说: a speaker named after the close
    # 「2030年减量28±2%；2032年…」: a mark before the close, if not before the value, runs them through
    if not any(c in SPEECH_MARKS for c in text[opening:pos if close is None else close]):
        return False
    return not text.startswith(NAMED_BY_QUOTES, close + 1)


def _speaker_after(text: str, pos: int) -> bool:
    """Whether ``text`` at ``pos`` (after a closing quote) names who said it: a comma, a short name and a
    verb of saying (，龚明鑫说; ，他表示)."""
    if not text.startswith(("，", ","), pos):
        return False
    m = find_marker("speech_verb", text, pos + 1, min(len(text), pos + 1 + SPEAKER_REACH))
    return m is not None and all(c not in SPEECH_MARKS for c in text[pos + 1:m.start()])


# How long the name of a speaker after a quote may be, with its verb (，经济部长龚明鑫表示).
SPEAKER_REACH = 12


# The spaces a page sets between words and values (ASCII and ideographic) and tabs.
SPACES = " \t\u3000"


def after_spaces(text: str, pos: int) -> int:
    """``pos`` moved past spaces (ASCII and ideographic) and tabs."""
    while pos < len(text) and text[pos] in SPACES:
        pos += 1
    return pos


def before_spaces(text: str, pos: int) -> int:
    """``pos`` moved back over spaces and tabs, as :func:`after_spaces` moves forward."""
    while pos > 0 and text[pos - 1] in SPACES:
        pos -= 1
    return pos


def bullet_length(text: str, start: int, end: int) -> int:
    """The length of the bullet (——, --, ●…) that opens ``text[start:end]``, or 0."""
    return next((len(b) for b in BULLETS if text.startswith(b, start, end)), 0)


def strip_leading(text: str, start: int, end: int, roles: tuple[str, ...]) -> int:
    """Move ``start`` past a list number, punctuation, spaces and phrases of ``roles`` at the start of ``text[start:end]``."""
    phrases = _leading_pattern(roles)
    word = marker_pattern("word")
    heading = heading_marker(text, start, end)
    if heading:  # 1、未来五年GDP增速…: a list number is no part of a metric
        start = heading[1].end()
    else:  # ——2025年，完成…: nor is a bullet
        start += bullet_length(text, start, end)
    moved = True
    while moved and start < end:
        moved = False
        while start < end and (text[start].isspace() or text[start] in "，,、：:；;"):
            start += 1
            moved = True
        if word.match(text, start):
            break  # 使用外资, 要素保障: a word that merely begins like a function word
        m = phrases.match(text, start, end) if phrases else None
        if m:
            start = m.end()
            moved = True
    return start


@lru_cache(maxsize=None)
def _leading_pattern(roles: tuple[str, ...]) -> re.Pattern | None:
    """The phrases of ``roles`` as one pattern, longest first; None for no phrase."""
    phrases = sorted({p for role in roles for p in marker_set(role)}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, phrases))) if phrases else None


def strip_trailing(text: str, start: int, end: int) -> int:
    """Move ``end`` back past spaces, punctuation, a dangling 的 and a quote opened at the end
    (净排放量「2030年…: the quote opens the goals after the metric)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in "，,、：:；;的" + OPENING_QUOTES):
        end -= 1
    return end


def split_list(text: str, start: int, end: int, pairs: bool = False) -> list[tuple[int, int]]:
    """Spans of the items of a list phrase: ``A、B和C`` -> A, B, C; ``A和B`` is one noun (研究和开发)
    unless ``pairs`` says the phrase lists subjects (A和B均增长…)."""
    items = []
    pos = start
    for m in regex.finditer("、", text[start:end], timeout=PATTERN_TIMEOUT):
        items.append((pos, start + m.start()))
        pos = start + m.end()
    last = (pos, end)
    m = regex.search(r"(?:以及|和|及|与)", text[last[0]:last[1]], timeout=PATTERN_TIMEOUT)
    if (items or pairs) and m:
        items.append((last[0], last[0] + m.start()))
        items.append((last[0] + m.end(), end))
    else:
        items.append(last)
    return [(a, b) for a, b in items if b > a]


# How long a modifier that a list shares one noun after may be (食用菌, 普惠小微).
MAX_MODIFIER = 4


def share_head(items: list[str]) -> list[str]:
    """Give every item of a list the noun only its last item states.

    Short items (城镇、农村居民人均可支配收入; 人参、食用菌全产业链产值) are modifiers of one noun:
    the last item's own modifier ends where a word that opens such a noun begins (居民…, 全产业链…,
    the measure nouns), and the others take what follows it (城镇居民人均可支配收入).  Longer items
    are names of their own that share only the measure noun (化学需氧量、氨氮…、挥发性有机物排放总量 ->
    化学需氧量排放总量, 氨氮排放总量…)."""
    heads = marker_set("metric_head")
    last = items[-1]
    if any(item.endswith(h) for item in items[:-1] for h in heads):
        return items  # 工业产值、营业收入: each item states its own measure
    if all(len(item) <= MAX_MODIFIER for item in items[:-1]):
        openers = marker_set("shared_noun") + heads
        for k in range(1, min(MAX_MODIFIER, len(last) - 1) + 1):
            if any(last.startswith(w, k) for w in openers):
                return [item + last[k:] for item in items[:-1]] + [last]
    head = next((h for h in heads if last.endswith(h) and len(last) > len(h)), None)
    if head is None:
        return items
    return [item + head for item in items[:-1]] + [last]


def document_subject(title: str | None) -> str | None:
    """The place a document is about, when its title opens with one (四川省工业…行动方案 -> 四川省)."""
    if not title:
        return None
    head = regex.sub(r"^[\s\d０-９]+年(?:度)?", "", title.strip())
    return place_at(head, 0)


def place_at(text: str, pos: int) -> str | None:
    """The place name (四川省, 深圳市…) that ``text`` has at ``pos``, if any."""
    m = _PLACE.match(text, pos, timeout=PATTERN_TIMEOUT)
    if m is None or len(m.group(0)) < 3 and not m.group(0).endswith("州") or any(c in _NOT_IN_PLACE for c in m.group(0)[:-1]):
        return None
    return m.group(0)


def sentence_subject(text: str, sentence_start: int, clause_from: int) -> str | None:
    """The actor a sentence names at its start or at the start of the target's clause."""
    for start in (clause_from, sentence_start):
        pos = strip_leading(text, start, len(text), ("lead", "commitment"))
        for word in marker_set("collective"):
            if text.startswith(word, pos):
                return word
        place = place_at(text, pos)
        if place:
            return place
    pos = sentence_start if clause_from - sentence_start <= LOOKBACK else clause_start(text, clause_from - LOOKBACK, sentence_start)
    while pos < clause_from:  # an actor opening any earlier clause: …，德阳将继续…，力争到2025年…
        m = _ACTOR.match(text, pos, timeout=PATTERN_TIMEOUT)
        if m and m.group(1) not in _PRONOUNS:
            return m.group(1)
        pos = clause_end(text, pos, clause_from) + 1
    return None


def statement_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` (:func:`policytext.sentences.sentence_spans`), further cut
    at inline list bullets, without surrounding whitespace."""
    return list(_statement_spans(text))


# Anchors and targets both cut the same text: cut it once.
@lru_cache(maxsize=2)
def _statement_spans(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    for start, end in sentence_spans(text):
        cuts = [m.start() for m in _INLINE_BULLET.finditer(text, start, end, timeout=PATTERN_TIMEOUT)]
        for a, b in zip([start] + [c + 1 for c in cuts], cuts + [end]):
            span = trimmed(text, a, b)
            if span:
                out.append(span)
    return tuple(out)


class Statements(SentenceIndex):
    """Find the statement (:func:`statement_spans`) that holds a position, in O(log n)."""

    def __init__(self, text: str):
        super().__init__(text, statement_spans(text))


# The role sets the readers strip from the start of a clause (a set missing here compiles on first use).
LEADING_ROLE_SETS = (
    (), ("lead",), ("auxiliary",), ("count_hedge",), ("lead", "commitment"), ("lead", "commitment", "forecast"),
    ("lead", "commitment", "forecast", "auxiliary"), ("lead", "commitment", "forecast", "auxiliary", "count_verb"),
)


def prepare() -> None:
    """Compile the patterns of the clause readers, once per process."""
    _moving_verb()
    for roles in LEADING_ROLE_SETS:
        _leading_pattern(roles)
