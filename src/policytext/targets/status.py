"""Target, forecast, or not a target at all (SPEC section 3).

Not targets: what a sentence reports as done (a deadline before the
document's year, 同比, 已, 目前…), rules (严禁, 不得…), and figures about
other places quoted for comparison (高于全国平均水平…).  Forecasts
(预计, 有望…) are targets with ``status: "forecast"``.  A weak anchor
(2023年，…) dates a target only together with a goal cue, or, for the
document's own year, a value hedged as a plan hedges it (以上, 左右…).
"""

from __future__ import annotations

import re
from functools import cache

from .anchors import CUE_CLAUSES, LEAD_MARKS, Segment, deadline_year, opens_deadline
from .clauses import SENTENCE_ENDS, SPACES, YEAR_OF, after_spaces, before_spaces, clause_end, clause_start, states_value
from .tables import PATTERN_TIMEOUT, find_marker, last_marker, marker_pattern, marker_set, plan_periods

TARGET = "target"
FORECAST = "forecast"

# How far a record after a value may stand.
RECORD_REACH = 200
# How far before a verdict a pledge may stand and turn it into a goal (确保圆满完成…).
PLEDGE_REACH = 4

# 所有可能 (every possible) holds 有可能 but forecasts nothing.
ALL_POSSIBLE = "所有"
# Roles of data/target_markers.tsv that turn a weak anchor into a deadline.
GOAL_CUES = ("goal_frame", "commitment", "forecast", "future", "time_after", "time_goal")


def segment_is_future(text: str, segment: Segment, doc_year: int | None, reported: int | None = None) -> bool:
    """Whether ``segment`` can hold targets at all, judged on its anchor and the document's year
    (or, when that is unknown, the latest year the text ``reported`` as done)."""
    year = deadline_year(segment.anchor)
    if doc_year is not None and year is not None and year < doc_year:
        return False  # 到2020年… in a 2022 document reports the past
    if doc_year is None and reported is not None and year is not None and year < reported:
        return False  # “八五”期间… in a text that reports 1997 as done
    # “十四五”期间，我国经济总量连续跨越…万亿元 in 2025, or in an undated text that reports 2025 as done
    # (截至2025年底，…达到7000余家): the period's last year reviews it
    closing = (doc_year is not None and year == doc_year
               or doc_year is None and reported is not None and year is not None and year <= reported)
    if (closing and _whole_period(text, segment.anchor)
            and not any(find_marker(role, text, segment.start, segment.end) for role in GOAL_CUES)):
        return False
    if segment.frame or segment.anchor is None or segment.anchor.strong:
        return True
    if doc_year is not None and year is not None and year > doc_year:
        return True
    if year is not None and year == doc_year and find_marker("goal_hedge", text, segment.start, segment.end):
        return True  # 全年新增光伏装机5万千瓦以上: a floor set for the document's own year
    if (doc_year is None and year is not None and (reported is None or year > reported)
            and _whole_period(text, segment.anchor) and find_marker("goal_hedge", text, segment.start, segment.end)):
        return True  # 提出“十五五”时期福建省GDP年均增长5%左右, undated: a plan's period, a hedged floor
    # a cue dates a weak anchor near it: in the anchor's clause or the two after it (“十四五”时期，…，
    # 增加值增量预计达8万亿元), not in a later clause about something else (1998年底农村人口占…70%，…，
    # 可见…，有效启动农村市场，将有力地支持…)
    reach = segment.anchor.end if segment.start <= segment.anchor.start < segment.end else segment.start
    for _ in range(CUE_CLAUSES):
        reach = min(clause_end(text, reach, segment.end) + 1, segment.end)
    if any(find_marker(role, text, segment.start, reach) for role in GOAL_CUES) or continues_forecast(text, segment.start):
        return True
    if text.endswith(tuple(marker_set("plan_time")), 0, segment.anchor.start):
        return True  # 计划2024年石化化工行业…主营业务收入达15万亿元: the time a plan sets
    if _opens_framed_item(text, segment.anchor.start):
        return True  # 已制定了中、远期战略目标：2010年实现营业收入500亿元…；2015年…: a time opening a framed list's item
    if text.startswith(tuple(marker_set("intent_after_time")), segment.anchor.end):
        return True  # 2025年要推动…产业固链升链，…，规模企业开票达1200亿元: what a time is to bring
    # 预测香港经济2025年继续温和增长，全年实质增长介乎2%至3%: 全年 restates the year a forecast word
    # earlier in the sentence looks at
    # (in its statement: not 全年预计实现GDP178亿元；…；全年固定资产投资39.4亿元, a list of figures)
    statement_start = _opening(text, segment.start, SENTENCE_ENDS + LIST_ENDS)
    return (year is not None and text[segment.anchor.start:segment.anchor.end] in marker_set("whole_year")
            and find_marker("forecast", text, statement_start, segment.start) is not None)


def _whole_period(text: str, anchor) -> bool:
    """Whether an anchor names a five-year plan's whole span (“十四五”期间, 「十四五」时期), not its end
    (到“十四五”末)."""
    if anchor is None or anchor.span:
        return False
    words = text[anchor.start:anchor.end]
    return words.endswith(WHOLE_PERIOD) and any(name in words for name in plan_periods())


# What names the whole span of a plan after its name.
WHOLE_PERIOD = ("期间", "时期", "時期", "期間")


# The months of a year so far (1月至4月, 1—11月, 1、2月份, 前9个月, 前三季度, 前3季): figures for them are
# out already.
_MONTH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_TO_DATE = re.compile(rf"(?<!\d){_MONTH}\s*月?\s*(?:至|到|-|—|–|~|～)\s*{_MONTH}\s*月(?!份?(?:底|末))"
                      rf"|(?<![\d、])(?:1|一)\s*月?\s*、\s*(?:2|二)(?:\s*月?\s*、\s*{_MONTH})*\s*月(?!份?(?:底|末))"
                      rf"|前{_MONTH}个?月|前[三3]季度?")


def latest_reported_year(text: str) -> int | None:
    """The latest year that a clause of ``text`` reports as done (1998年乡镇企业…比1997年的11.6元下降了30.2%,
    截至2023年底…): a text with no date of its own was written after it, so no earlier deadline is ahead;
    the year after one whose goals it says were met (在2023年，…主要预期目标圆满完成), so none of that year is."""
    latest = None
    for m in YEAR_OF.finditer(text, timeout=PATTERN_TIMEOUT):
        start, end = clause_start(text, m.start()), clause_end(text, m.end())
        if _goals_met(text, m.end(), _sentence_end(text, m.end())):
            year = int(m.group(1)) + 1  # 在2023年，…主要预期目标圆满完成: the whole year is done
        elif _past_word(text, start, end) and not find_marker("forecast", text, start, end):
            year = int(m.group(1))
        else:
            continue
        latest = year if latest is None else max(latest, year)
    return latest


def _goals_met(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says a year's goals were met, a goals frame right before a word of
    meeting them (在2023年，…主要预期目标圆满完成): that year is done."""
    for frame in marker_pattern("goal_frame").finditer(text, start, end):
        met = marker_pattern("met").search(text, frame.end(), end)
        if met is not None and met.start() - frame.end() <= MET_REACH \
                and not any(c in MET_GAP_BREAKS for c in text[frame.end():met.start()]):
            return True
    return False


# How many characters (圆满, 全面) may stand between a goals frame and the word that meets it; what may
# not (目标是：实现… states goals).
MET_REACH = 2
MET_GAP_BREAKS = "是为：:，,"


def reason_not_target(text: str, segment: Segment, clause_from: int, value_start: int,
                      sentence_start: int, written: tuple[int, int] | None = None) -> str | None:
    """Why the value at ``value_start`` is not a target (``past``, ``prohibition``, ``condition``,
    ``measure``, ``elsewhere``), or None.  ``written``: the year and month the text was written in,
    when known (quarters of that year run by then are reported).

    A forecast may compare with last year (预计全年产值同比增长11%左右), so past words
    count only where no forecast word comes first.
    """
    if find_marker("estimate", text, sentence_start, _sentence_end(text, value_start)):
        return "past"  # 2024年，常德地区生产总值增长3%左右（预计数，下同）: estimates of a year just run
    # 主要预期目标是：地区生产总值同比增长6.5%以上: in a goals frame 同比 names the baseline of a goal
    # 力争实现…规上产值同比增长10%以上: after a pledge in its sentence, 同比 is a goal's baseline too
    pledged = segment.frame or find_marker("pledge", text, sentence_start, value_start) is not None
    # …综合研判当前形势和各方面因素，提出经济增长预期目标为7.5%以上: what stands before the frame that states
    # the goal weighs the present, it reports no figure
    frame = last_marker("goal_frame", text, segment.start, value_start) if segment.frame else None
    skip = marker_set("year_on_year") if pledged else ()
    if frame is None:
        past = _past_word(text, segment.start, value_start, skip=skip)
    else:
        past = (_past_word(text, segment.start, frame.start(), skip=skip + marker_set("present"))
                or _past_word(text, frame.end(), value_start, skip=skip))
    if past is not None and not _forecast_covers(text, sentence_start, past.start(), value_start):
        return "past"
    if _TO_DATE.search(text, sentence_start, value_start) and not is_forecast(text, clause_from, value_start):
        return "past"  # 今年1月至4月实现…88.8亿元, 前9个月…61.3万辆: a figure of the year so far
    if written is not None and _part_run(text, segment, sentence_start, value_start, written):
        return "past"  # 今年第3季GDP成長率達7.64% in a text of 31 October: a quarter already run
    if find_marker("stretch", text, clause_from, value_start) and not is_forecast(text, clause_from, value_start):
        return "past"  # 2024年预计达到140万亿元左右，五年间GDP规模增长超35万亿元: the 预计 is another clause's
    if find_marker("record", text, value_start, _sentence_end(text, value_start)) and not find_marker(
            "commitment", text, sentence_start, value_start):
        return "past"  # …迈上14万亿元新台阶、连续36年居全国首位: a record set, even where 预计 precedes it
        # (力争到2030年，…迈上4万亿元新台阶 pledges one)
    if _closes_with_verdict(text, value_start):
        return "past"  # 全年实现生产总值83.91亿元…，基本完成年度目标任务: the year's figures, judged
    if find_marker("prohibition", text, clause_from, value_start):
        return "prohibition"
    if find_marker("condition", text, clause_from, value_start):
        return "condition"  # 今年经济成长率只要达到2%，即可…: what a condition asks, not a goal set
    if find_marker("support", text, sentence_start, _sentence_end(text, value_start)):
        return "measure"  # 按照最高不超过…30%给予支持，最高不超过2000万元: a cap on a grant, not a goal
    if find_marker("elsewhere", text, clause_from, value_start):
        return "elsewhere"
    return None


def _part_run(text: str, segment: Segment, sentence_start: int, value_start: int,
               written: tuple[int, int]) -> bool:
    """Whether the value is one of a quarter or half of the year (一季度, 第3季, 上半年) that had run by
    the month the text was written in, with no pledge, forecast or whole year between (今年一季度增长5.3%，
    力争全年增长6%以上 pledges the year)."""
    year = deadline_year(segment.anchor) or written[0]
    parts = list(_PART_OF_YEAR.finditer(text, sentence_start, value_start))
    if not parts or year != written[0]:
        return False
    part = parts[-1]
    quarter = part.group("a") or part.group("b")
    months = 6 if quarter is None else 3 * (_QUARTER_NUMBERS.index(quarter) % 4) + 3
    if months >= written[1]:
        return False
    return not (find_marker("pledge", text, sentence_start, value_start)
                or find_marker("commitment", text, sentence_start, value_start)
                or find_marker("whole_year", text, part.end(), value_start)
                or is_forecast(text, sentence_start, value_start) or _forecast_lead(text, value_start))


# A quarter (一季度, 第三季度, 第3季; not 前三季度, which _TO_DATE reads, nor 四季 the seasons) or the first half.
_PART_OF_YEAR = re.compile(r"(?<!前)第\s*(?P<a>[一二三四1-4１-４])\s*季度?|(?<![前第\d])(?P<b>[一二三四1-4])\s*季度|上半年")
_QUARTER_NUMBERS = "一二三四1234１２３４"


def _past_word(text: str, start: int, end: int, skip: tuple[str, ...] = ()) -> re.Match | None:
    """The first word in ``text[start:end]`` that reports the past, other than the words in ``skip``
    and outside a phrase that counts a change from the present level (在现有基础上翻一番: 现有 looks
    ahead from there) or says goals are set (全年的预期目标已经明确，…)."""
    past = find_marker("past", text, start, end)
    while past is not None:
        from_ = max(0, past.start() - CURRENT_BASE_REACH)
        # (…目标已经明确，…: 已经 says the goals are set, not met)
        base = (find_marker("current_base", text, from_, end) or find_marker("goals_set", text, from_, end)
                or find_marker("plan_end_by", text, past.start(), end))
        if base is not None and base.start() <= past.start() < base.end():
            past = find_marker("past", text, base.end(), end)
        elif past.group(0) in skip:
            past = find_marker("past", text, past.end(), end)
        else:
            return past
    return None


# How far before a past word a phrase that holds it (在现有基础上) may begin.
CURRENT_BASE_REACH = 4


def _closes_with_verdict(text: str, value_start: int) -> bool:
    """Whether the value's sentence goes on to judge a year's goals met (圆满完成全年目标任务), not
    pledged (确保圆满完成全年目标任务): only a year already run gets that verdict."""
    m = find_marker("verdict", text, value_start, _sentence_end(text, value_start))
    if m is None:
        return False
    before = text[max(0, m.start() - PLEDGE_REACH):m.start()]
    return not any(before.endswith(p) for p in marker_set("pledge") + marker_set("commitment"))


def _sentence_end(text: str, pos: int) -> int:
    stop = min(len(text), pos + RECORD_REACH)
    ends = [i for i in (text.find(c, pos, stop) for c in SENTENCE_ENDS) if i >= 0]
    return min(ends) if ends else stop


def _forecast_covers(text: str, sentence_start: int, past_start: int, value_start: int) -> bool:
    """Whether a forecast word stands close enough before a past word to make it part of the forecast:
    in its clause or the clause before (预计全年产值同比增长11%左右), not several clauses back, where the
    sentence has moved on to figures already out (预计今年将达到1100亿元，…产业厚积薄发，…前9个月…，
    同比增长334.58%); or it leads the whole sentence (中电联预计，…，同比增长6%左右；…)."""
    start = clause_start(text, past_start, sentence_start)
    if start > sentence_start:
        start = clause_start(text, start - 1, sentence_start)
    return is_forecast(text, start, value_start) or _forecast_lead(text, past_start)


def _forecast_lead(text: str, pos: int) -> bool:
    """Whether a forecast word closing a clause of its own (中国电力企业联合会预计，…; 工信部预计，…) opens
    the full sentence ``pos`` stands in: it governs every clause after it, past ；, up to the full stop."""
    start = _opening(text, pos)
    return any(text.startswith(LEAD_MARKS, m.end()) for m in marker_pattern("forecast").finditer(text, start, pos))


def is_forecast(text: str, sentence_start: int, value_start: int) -> bool:
    """Whether a forecast word precedes the value in its sentence (以2020年为基期进行预测，到2025年…);
    not the 有可能 of 所有可能 (寻找所有可能的市场，全年进出口总额增长3%左右)."""
    return any(not text.endswith(ALL_POSSIBLE, 0, m.start() + 1) and not _CONDITION.match(text, m.end())
               and not _years_own_forecast(text, m, value_start)
               for m in marker_pattern("forecast").finditer(text, sentence_start, value_start))


@cache
def _colon_frames() -> tuple[str, ...]:
    """The goal frames that open a list with a colon (目标：, 主要目标是：)."""
    return tuple(w for w in marker_set("goal_frame") if w.endswith(("：", ":")))


def _opens_framed_item(text: str, pos: int) -> bool:
    """Whether the time at ``pos`` opens an item of a list that a goal frame with a colon opens in its sentence:
    right after the colon, or after a ； of the list."""
    before = before_spaces(text, pos)
    if text.endswith(_colon_frames(), 0, before):
        return True
    if before == 0 or text[before - 1] not in LIST_ENDS:
        return False
    start = _opening(text, before)
    return any(text.find(frame, start, before) >= 0 for frame in _colon_frames())


def _years_own_forecast(text: str, m: re.Match, value_start: int) -> bool:
    """Whether a forecast word right after its year is that year's alone, the value standing after a later
    clause that opens with a year of its own and says nothing of the future (2011年预计实现产值500亿元，
    2015年达到千亿元产值: a plan's goal; not 2026年预计达428GWh，2027年将增至617GWh, a forecast going on)."""
    if _YEAR_ENDS.search(text, max(0, m.start() - YEAR_REACH), m.start()) is None:
        return False
    later = None
    for later in _CLAUSE_OPENS_YEAR.finditer(text, m.end(), value_start):
        pass
    return later is not None and find_marker("future", text, later.end(), value_start) is None


# A year that ends right before a word (2011年|预计), and a clause opening with a year (，2015年).
_YEAR_ENDS = re.compile(r"(?:19|20)\d\d\s*年$")
_CLAUSE_OPENS_YEAR = re.compile(r"[，,；;]\s*(?:19|20)\d\d\s*年")
YEAR_REACH = 6


# 主要目标是，预计在优化结构、…的基础上，…增长10%以上: 预计 before the condition the goals are set on
# says what is expected of the conditions, not of the goals.
_CONDITION = re.compile(r"在[^，,。；;：:\n]{1,24}?(?:的)?(?:基础上|前提下|情况下)[，,]")


def continues_forecast(text: str, pos: int) -> bool:
    """Whether the sentence of ``pos`` opens by going on (其中, 同期) from sentences that a forecast word
    leads (协会预计，“十五五”期间…年均…。其中，2026年为500-667GW。| 同期，中国年均…为238-287 GW。)."""
    end = pos
    for _ in range(CONTINUED_SENTENCES):
        start = _opening(text, end)
        if not text.startswith(marker_set("continues"), after_spaces(text, start)):
            return False
        end = start
        while end > 0 and (text[end - 1] in SENTENCE_ENDS or text[end - 1] in SPACES):
            end -= 1
        if end == 0:
            return False
        if find_marker("forecast", text, _opening(text, end), end) is not None:
            return True
    return False


def _listed_forecast(text: str, statement_start: int, value_start: int) -> bool:
    """Whether the statement of a value goes on, after ；, from a sentence whose first statement forecasts
    what a time brings (又预料今年本港经济增长2.5%至3.5%，…；在2027年至2030年间，…增长3%; 报告显示，预计
    2017年…钢材需求下降；…，全年钢材需求约为6.6亿吨): the forecast word governs the list, up to a
    statement that pledges or frames goals of its own."""
    if statement_start == 0 or text[statement_start - 1] not in LIST_ENDS:
        return False
    start = _opening(text, statement_start)
    first = min((i for i in (text.find(c, start, statement_start) for c in LIST_ENDS) if i >= 0),
                default=statement_start)
    if opens_deadline(text, after_spaces(text, statement_start)):
        return False  # 预计2008年全年可实现产值9亿元，…；到2011年，产值将达45亿元: a deadline opens a goal of its own
    if not any(text.startswith(FORECAST_OBJECTS, after_spaces(text, m.end())) and not states_value(text[start:m.start()])
               and not _CONDITION.match(text, m.end())
               for m in marker_pattern("forecast").finditer(text, start, first)):
        return False  # 数字经济增加值预计达3.4万亿元，…；…: the forecast word takes one value, not the list
    return not any(find_marker(role, text, statement_start, value_start) for role in ("pledge", "goal_frame"))


# What opens the object of a forecast word that takes a whole statement (预料今年…, 预计，…, 预测到2030年…).
FORECAST_OBJECTS = LEAD_MARKS + ("今年", "明年", "未来", "今后", "到", "至", "在", "19", "20", "“")
# What ends a statement of a list inside a sentence.
LIST_ENDS = "；;"


def _opening(text: str, pos: int, ends: str = SENTENCE_ENDS) -> int:
    """Where the sentence (or what ``ends`` close) that holds ``pos`` begins."""
    return max(text.rfind(c, 0, pos) for c in ends) + 1


# How many sentences that go on (其中…。同期…) may stand between a forecast and a value it governs.
CONTINUED_SENTENCES = 3


def status_of(text: str, sentence_start: int, value_start: int) -> str:
    """FORECAST when a forecast word precedes the value in its sentence or leads the sentence, unless the
    value's own clause pledges it after that (根据最新预估，…，未来将力拼每年降幅4%以上: a goal)."""
    if not (is_forecast(text, sentence_start, value_start) or _forecast_lead(text, value_start)):
        return FORECAST if continues_forecast(text, value_start) or _listed_forecast(text, sentence_start, value_start) \
            else TARGET
    pledge = last_marker("pledge", text, clause_start(text, value_start, sentence_start), value_start)
    if pledge is not None and not is_forecast(text, pledge.end(), value_start):
        return TARGET
    return FORECAST
