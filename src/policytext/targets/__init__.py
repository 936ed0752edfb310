"""The ``extract-targets`` stage: stated goals with deadline, metric, comparator and value (SPEC section 3).

A target is read around a number fact (``record["numbers"]``) that lies in
the scope of a time anchor (:mod:`.anchors`) and ends its clause (…产值突破
1000亿元，) or follows a count verb (培育10家…): the clause gives the metric
(:mod:`.clauses`), the words before and after the value give comparator,
change and baseline (:mod:`.comparators`), and cue words decide between
target, forecast and not a target at all (:mod:`.status`).  A goal without a
number is a qualitative target only where a strong anchor dates it and it
names what it aims at (到2027年…打造成为世界一流产业).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import regex

from ..numbers import extract_numbers
from ..numbers.units import qualifier_words_at
from ..record import as_record, target_fact
from ..spans import record_map
from . import clauses
from .anchors import (
    FRAME_COPULAS,
    Anchor,
    Segment,
    deadline_year,
    document_year,
    find_anchors,
    gregorian_years,
    scope_segments,
    written_month,
)
from .clauses import (
    CITATIONS,
    CLOSING_QUOTES,
    GOAL_WORD,
    OPENING_BRACKETS,
    OPENING_QUOTES,
    Statements,
    after_spaces,
    breaks_at,
    bullet_length,
    clause_end,
    clause_start,
    enclosed,
    heading_marker,
    open_brackets,
    share_head,
    split_list,
    states_value,
    strip_leading,
    strip_trailing,
)
from .comparators import (
    ATTRIBUTIVE,
    BY,
    CLOSING_VALUE_QUOTES,
    LEVEL,
    OPENING_VALUE_QUOTES,
    TO,
    Baseline,
    Relation,
    Verb,
    bound_of_reference,
    change_before,
    comparator_for,
    find_multiples,
    index_values,
    plain_value,
    read_baseline,
    read_relation,
    starting_levels,
    suffix_word,
    verbs,
    verbs_longest_first,
)
from .roundups import roundup_items
from .status import FORECAST, LIST_ENDS, latest_reported_year, reason_not_target, segment_is_future, status_of
from .tables import PATTERN_TIMEOUT, find_marker, last_marker, marker_pattern, marker_set

__all__ = ["TargetsConfig", "extract_targets", "find_targets"]

# Number types that can be a target's value (SPEC section 2); dates, durations,
# ordinals, phones and codes never are.
VALUE_TYPES = frozenset({"money", "percent", "count", "measure", "fraction", "multiple", "duration"})

# What ends a list that a count then sums up (A、B和C等3个…), and what separates its names.
LIST_TOTAL = "等"
LIST_COMMA = "、"
# How far a count verb may stand before the 的-phrase's count, in characters.
MAX_ATTRIBUTE = 20
# What may stand between count goals that share one verb: 、 or a comma, with the items
# of the next count named before it (形成…产业3个，冶金、化工等2个五千亿级产业链), or 及, 和….
# …2个万亿级支柱产业，高端装备、先进材料…及科技服务4个五千亿级优势产业: a 、-list of names may stand before
# the next count, as a list closed by 等 may.
LISTED_COUNT = regex.compile(r"\s*(?:[、，,](?:[^，,；;。：:\n]{1,40}等|[^，,；;。：:\n\d]{1,30}、[^，,；;。：:\n\d]{1,30})?"
                             r"|以及|及|和|与)\s*")
# What separates the metric-value pairs of a list that one verb governs (…550亿元，商品销售总额300亿元).
LISTED_PAIR = regex.compile(r"[，,、；;]\s*")
# Quotes a roundup may put around a listed value (天津为“4.5%”, 海南为「6%左右」), opening to closing.
QUOTE_PAIRS = dict(zip(OPENING_VALUE_QUOTES, CLOSING_VALUE_QUOTES))
# A noun that may close a clause after an amount as its metric (达到千亿元产值): a few Chinese characters.
_SHORT_NOUN = regex.compile(r"\p{Han}{2,6}")
# The particle a verb of what was done takes (跨越了).
PERFECTIVE = "了"
# The verbs a higher aim may name after its commitment word (…，力争达到8%).
STRETCH_VERBS = ("达到", "实现", "达")
# A line that opens with a label naming what follows it (（二）消费：预计2025年同比增长5.0%左右): the label.
_LINE_LABEL = regex.compile(r"\s*(?P<label>[\p{Han}A-Za-z]{2,12})\s*[：:]\s*")
# A change in brackets after a value (236GWh（+69%）), with the sign of a rise when written.
_BRACKETED_CHANGE = regex.compile(r"\s*[（(](?:(?P<rise>[+＋])|[\-－])?\d+(?:\.\d+)?%[+＋]?[)）]\s*")
# A clause of a metric, its year and then a bare value (全球储能装机2025年236GWh): the metric.
_METRIC_YEAR_VALUE = regex.compile(r"(?P<metric>[^\d，,；;。\s]{2,}?)\s*(?:19|20)\d\d\s*年(?:全年)?\s*"
                                   r"|(?:19|20)\d\d\s*年\s*(?P<metric>[^\d，,；;。\s]{2,}?)\s*")
# The verb of a share (占全省经济总量的27%), which makes it a level of its own.
SHARE_VERB = "占"
# What closes one item of a list of goals and opens the next under the same time.
LIST_SEMICOLONS = tuple(LIST_ENDS)

# How long a goals noun after a value's 的 may be (的发展目标, 的奋斗目标).
FRAME_NOUN = 6
# A value compared with (比1998年的54.8亿美元, 较上年的…): the baseline of another value, never a goal.
BASELINE_VALUE = regex.compile(r"(?:较|比|相比|相较)\s*(?:(?:19|20)\d\d\s*年(?:底|末)?|上年|去年)的\s*$")
BASELINE_REACH = 12
# A magnitude used as a class (万亿级产业, 百亿级项目) describes a noun; it is a value only
# where it ends its clause as the level to reach (产业规模达到万亿级，).
MAGNITUDE_CLASS = "级"
# The scale a class of amount (200亿级) may be of after a verb of making it (形成200亿级产业规模).
SCALE_NOUNS = ("产业规模", "规模")

# How long each item of a 、-list of indicators must be to be a metric of its own (城镇、农村… are not).
MIN_LISTED_METRIC = 4
# How long each of two indicators of one kind joined by 和 is (财政总收入和地方财政收入).
MIN_PAIRED_METRIC = 4
# How far back a metric may reach from its verb, in characters: a clause longer
# than this is a list of tasks, not a noun phrase.
MAX_METRIC = 40
# Adverbs between a topic and the word that says how it moves (仍将持续增长).
TRAILING_ADVERBS = "仍将还也都均"
# A count that sums up the list before it (…、医药健康六大优势产业, …等4个产业).
_GROUP_COUNT = re.compile(r"等?(?P<count>[一二三四五六七八九十两\d]{1,3}(?:大|个|类|项|条))")
# How long the doer of an amount may be before its verb (招商引资项目完成…).
MAX_DOER = 8
# A goal's name in quotes between a value and the goal noun (…以上“三个千亿”目标).
GOAL_NAME = re.compile(r"[“\"‘'「][^”\"’'」\n，。]{1,10}[”\"’'」]")
# Words that join two metric-value pairs (…示范项目5个和双向充放电项目100个以上), and how long the second
# pair's noun may be.
PAIR_JOINERS = ("以及", "和", "及", "与")
MAX_PAIR_NOUN = 16
# What may end the values whose metrics a clause with only a new time repeats (…300家；到2027年，…).
ELIDED_AFTER = "；;，,"
# How many clauses back an elided metric is looked for.
CLAUSES_BACK = 3
# The level a change builds on, closing a topic (…和科技型企业在2022年的基础上实现“双倍增”).
_BASE_PHRASE = regex.compile(r"在[^，,。；;\n]{0,16}?基础上")
# A rank among the leaders a qualitative goal aims at (进入长三角20强, 跻身全国百强), like 500强.
# A quoted name (“五强”发展目标) is no rank.
_RANK = regex.compile(r"(?<![\d.“\"‘'「])(?:\d{1,3}|[一二三四五六七八九十百]{1,3})强(?![\p{Han}”\"’'」])")
# A number of years before the rate or sum counted over them (五年年均增长…, 三年累计…).
_YEARS_COUNTED = regex.compile(r"(?:\d{1,2}|[一二三四五六七八九十两]{1,2})年(?=年均|累计)")
# How far before a count its count verb may begin (培育不少于10家); and the word that makes the verb's
# object a frame the text works around (围绕建设五个中心).
COUNT_VERB_REACH = 6
AROUND = "围绕"
# How many clauses, its own first, a purpose may open before the groundwork that closes it.
PURPOSE_CLAUSES = 3
# A change's goal named right before its value, with no copula (地区生产总值预期增长目标6%左右).
GOAL_NOUN = "目标"
# Nouns of a rate that a value before them gives (6%的经济增速目标): the metric ends with them.
RATE_NOUNS = ("增速", "增长率", "增长速度")
# Characters that make 均 part of a word (年均, 人均, 户均), not "each".
SHARE_WORD_OPENERS = "年人户"
# Values that are shares of a whole, never amounts made.
SHARE_TYPES = frozenset({"percent", "fraction"})
# SPEC section 3 changes: an increase by N倍 is a multiple of N + 1 (增加两倍 -> multiply 3).
INCREASE = "increase"
MULTIPLY = "multiply"
# A field named between a count verb and its count (培育形成临港装备1个五百亿级产业集群): a short noun alone.
_FIELD_BEFORE_COUNT = regex.compile(r"(?:(?![的和与及等个项家条超])\p{Han}){2,6}")
# A noun graded by its size in money (五百亿级产业集群, 4千亿级): what such a count counts.
_GRADED_NOUN = regex.compile(r"[\d一二三四五六七八九十两百千万]{1,4}亿级")
def _names_places(words: str) -> bool:
    """Whether ``words`` name only places or parts of a region (洛阳市、南阳市; 中下游; 北京、河南), not a metric."""
    items = [words[a:b] for a, b in split_list(words, 0, len(words), pairs=True)]
    return bool(items) and all(w in marker_set("region_part") or w in marker_set("region_name")
                               or clauses.place_at(w, 0) == w and w.endswith(PLACE_ENDS) for w in items)


def _without_place(metric: str) -> str:
    """``metric`` without a provincial region's short name opening it (浙江增速 -> 增速)."""
    name = next((n for n in marker_set("region_name") if metric.startswith(n) and len(metric) > len(n)), None)
    return metric[len(name):] if name else metric


# What closes a list that stands for more of its kind (用水、用电、用油等).
LIST_END = "等"


# The endings of a place's name that no metric ends with (区 ends 园区, 街区, 小区 too).
PLACE_ENDS = ("省", "市", "县", "州", "盟", "旗", "自治区")


# What may join a multiple to a level of the same metric after it (翻一番、过500亿元; 翻番，达到2万亿元左右).
MULTIPLE_JOINTS = "、，,"


@dataclass(frozen=True)
class TargetsConfig:
    """How ``extract_targets`` reads goals.

    ``doc_year``: the year that relative anchors (今年, 用3年时间) count from
    and that tells past deadlines from future ones; None (the default) takes
    the year of the document's own number (湘政办发〔2009〕24号), else of ``meta.date``.
    ``qualitative``: also emit goals without a number (建成…世界级基地) where a
    strong anchor dates them and they name what they aim at (default on).
    ``change_comparator``: comparator of a change stated without a hedge
    (下降13.5%, 翻一番): a plan's stated change is a floor, so ``>=``.
    ``count_comparator``: comparator of a bare count goal (培育…5家): ``>=`` (SPEC).
    ``level_comparator``: comparator of a bare level with no verb (…占比30%): ``=``.
    """

    doc_year: int | None = None
    qualitative: bool = True
    change_comparator: str = ">="
    count_comparator: str = ">="
    level_comparator: str = "="


def prepare() -> None:
    """Read the tables and compile the patterns of the stage (and of extract-numbers, which it runs on a
    record without numbers), once per process: before documents flow, and before a pool forks, so its
    workers share them.  Without it they are built on first use.  Output is the same."""
    from ..numbers import prepare as prepare_numbers
    from . import anchors, clauses, comparators, roundups, tables

    prepare_numbers()
    for module in (tables, comparators, clauses, anchors, roundups):
        module.prepare()


def extract_targets(record: dict | str, config: TargetsConfig = TargetsConfig()) -> dict:
    """Return a copy of ``record`` with ``targets``; numbers are extracted first when missing."""
    record = as_record(record)
    if "numbers" not in record:
        record = extract_numbers(record)
    out = dict(record)
    out["targets"] = find_targets(record, config)
    return out


def find_targets(record: dict, config: TargetsConfig = TargetsConfig()) -> list[dict]:
    """The target facts of a record that already has ``numbers``."""
    text = record.get("text") or ""
    meta = record.get("meta") or {}
    dated = gregorian_years(text)  # the text with 民国104年 as 2015 年, for reading its times
    doc_year = config.doc_year or document_year(dated, meta.get("date")) or _roundup_year(record, dated)
    reader = _Reader(record, text, doc_year, config,
                     clauses.document_subject(meta.get("title") or _first_line(text)), dated)
    facts: list[dict] = []
    # a year's work report (or news of one): its goals frames with no time list that year's goals
    report_year = doc_year if find_marker("report_title", text) else None
    reported = latest_reported_year(dated) if doc_year is None else None
    for segment in scope_segments(dated, reader.anchors, report_year, doc_year):
        if not segment_is_future(dated, segment, doc_year, reported):
            continue
        if segment.anchor is None and not segment.frame and not _pledges_goal(text, segment):
            continue
        found = reader.quantitative(segment)
        if config.qualitative and segment.anchor is not None and segment.anchor.strong:
            found += reader.qualitative(segment, found)
        facts += found
    facts = reader.roundup_goals(facts)
    facts.sort(key=lambda f: (f["start"], f["end"]))
    return facts


def _roundup_year(record: dict, text: str) -> int | None:
    """The year of the goals a text with no year of its own lists place by place (31省份2023年GDP目标公布
    … 海南为9.5%左右): a roundup of a year's goals is written in that year."""
    if "目标" not in text:
        return None
    percents = frozenset(n["start"] for n in record.get("numbers") or [] if n.get("unit") == "%")
    items, _ = roundup_items(text, None, percents)
    years = [int(item.year) for item in items if item.year]
    return max(years) if years else None


def _pledges_goal(text: str, segment: Segment) -> bool:
    """Whether a sentence with no time stated pledges a goal: its pledge governs a verb (力争突破…,
    力争…降低4%左右) or a value is hedged as a plan hedges it.  争取增发国债项目69个 in a review says
    what was won, with an exact figure and no verb of reaching."""
    m = find_marker("pledge", text, segment.start, segment.end)
    if m is None or find_marker("goal_hedge", text, m.end(), segment.end):
        return True
    if m.group(0) not in marker_set("pledge_or_gain"):
        return True  # 力争全省建成10个二级节点: 力争, 确保 only ever pledge
    rest = strip_leading(text, m.end(), segment.end, ("auxiliary",))
    if any(text.startswith(w, rest) for w in marker_set("word")):
        return False  # 争取超长期特别国债…: a content word that begins like a verb
    return any(text.startswith(v, rest) for v in verbs())


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.split("\n") if line.strip()), "")


class _Reader:
    """Reads the targets of one document, segment by segment."""

    def __init__(self, record: dict, text: str, doc_year: int | None, config: TargetsConfig,
                 doc_subject: str | None, dated: str | None = None):
        self.record = record
        # read on ``dated`` (the text with its ROC years as Gregorian ones, same offsets); facts quote ``text``
        self.surface = text
        text = self.text = text if dated is None else dated
        self.doc_year = doc_year
        self.config = config
        self.doc_subject = doc_subject
        self.anchors = find_anchors(text, doc_year, record.get("numbers") or ())
        self.sentences = Statements(self.surface)
        self.to_source = record_map(record)  # built once: every fact maps its span through it
        self.written = written_month(text, (record.get("meta") or {}).get("date"), doc_year)
        self.outlooks = clauses.outlook_sections(text)
        self.previous_metric: tuple[str, int] | None = None  # metric and value end of the last target read
        self.previous_run: tuple[list[str], int] | None = None  # metrics and end of the last values read, any segment
        self.leading_verb: tuple[Verb, int] | None = None  # a verb before a list's first metric, and its end
        usable = [n for n in record.get("numbers") or [] if _usable(n, text)]
        self.numbers = sorted(usable + index_values(text, usable), key=lambda n: (n["start"], n["end"]))
        self.number_starts = [n["start"] for n in self.numbers]
        self.starting_levels = starting_levels(text, self.numbers)  # baselines, never goals

    # -- numbers -------------------------------------------------------------

    def quantitative(self, segment: Segment) -> list[dict]:
        text = self.text
        sentence_start = self.sentences.span_of(segment.start)[0]
        # 规模翻番的…高地: a multiple that describes a noun is no change goal
        multiples = [m for m in find_multiples(text, segment.start, segment.end)
                     if not text.startswith(ATTRIBUTIVE, m[1]) or self._names_goal(m[1] + len(ATTRIBUTIVE))]
        self.previous_metric = None
        if not (self.leading_verb is not None and segment.inherited
                and text[self.leading_verb[1]:segment.start].strip() in LIST_SEMICOLONS):
            self.leading_verb = None  # (…产值达到12.5亿元；加工业产值33亿元: it goes on past ； in its sentence)
        # a remark in brackets holds no goal, unless its own time opens it (（2030年目标规模1万亿元）)
        anchor = segment.anchor
        bracket_floor = (anchor.start if anchor is not None and segment.start <= anchor.start < segment.end
                         and anchor.start > 0 and text[anchor.start - 1] in OPENING_BRACKETS else sentence_start)
        in_segment = self.numbers[bisect.bisect_left(self.number_starts, segment.start):
                                  bisect.bisect_left(self.number_starts, segment.end)]
        candidates = [
            n for n in in_segment
            if n["end"] <= segment.end and n["type"] in VALUE_TYPES
            and not self._in_anchor(n) and not enclosed(text, n["start"], bracket_floor)
            and not any(s <= n["start"] < e for s, e, _ in multiples)
            and not ((n.get("text") or "").endswith(MAGNITUDE_CLASS) and not self._level_reached(n, segment))
            and not BASELINE_VALUE.search(text, max(segment.start, n["start"] - BASELINE_REACH), n["start"])
            and not self._counts_own_parts(n) and n["start"] not in self.starting_levels
        ]
        facts: list[dict] = []
        boundary = segment.start  # a clause also starts after 、 (及…) that follows a value
        boundaries = [boundary]
        noun_list_end = None  # end of a count goal that a 、 or a comma may continue
        i = 0
        while i < len(candidates):
            first = candidates[i]
            if first["start"] < boundary:
                i += 1  # 等12个百亿元、…: a value inside the noun of the count goal just read is part of it
                continue
            clause_from = max(boundary, clause_start(text, first["start"], segment.start))
            clause_from = self._after_multiple(segment, multiples, clause_from, first["start"])
            if self._ends_clause(first, segment):
                run = self._run(candidates, i, segment)
                i += len(run)
                made = self._clause_values(segment, run, clause_from)
                if facts:
                    made = self._stretched(facts[-1], made, clause_from, run[0])
                # 形成…产业3个，冶金、化工等2个…产业链: a count goal may go on with counts that share its verb
                noun_list_end = made[-1]["end"] if made and run[-1]["type"] == "count" else None
            elif self._after_count_verb(first, segment, noun_list_end):
                i += 1
                made = self._count_then_noun(segment, first, clause_from)
                noun_list_end = made[-1]["end"] if made else None
            elif (done := self._done_verb_after(first, segment)) is not None:
                i += 1  # 全市首批100个嵌入式服务设施建设示范社区全面建成: the verb comes after the noun
                made = self._count_then_noun(segment, first, clause_from, stop=done)
                noun_list_end = None
            else:
                i += 1
                continue
            if made:
                facts += made + self._bracketed_changes(segment, made)
                end = made[-1]["end"]
                # 跃上千亿元新台阶、财政收入…突破百亿元大关: the words closing a value go with it
                end += next((len(t) for t in marker_set("value_tail") if text.startswith(t, end)), 0)
                joiner = next((j for j in marker_set("joiner") if text.startswith(j, end)), None)
                if joiner:
                    boundary = after_spaces(text, end + len(joiner))
                    boundaries.append(boundary)
            if self._stretch_follows(self._value_end(first), segment):
                boundary = self._value_end(first)  # 确保3000台力争5000台: the higher aim is a clause of its own
                boundaries.append(boundary)
        last: list[dict] = []  # the facts of the multiple just read
        for start, end, factor in multiples:
            # the clause boundary the values before the multiple set, not one a later value set
            before = max((b for b in boundaries if b <= start), default=segment.start)
            clause_from = max(before, clause_start(text, start, segment.start))
            joint = after_spaces(text, last[-1]["end"]) if last else -1
            if last and text[joint] in MULTIPLE_JOINTS and self._only_commitment(joint + 1, start):
                # 三项主要指标翻一番、力争翻一番半: a second multiple after 、 sets the same metrics a higher aim
                last = self._multiple(segment, start, end, factor, joint + 1, [f["metric"] for f in last])
            else:
                last = self._multiple(segment, start, end, factor, clause_from)
            facts += last
        return facts

    def roundup_goals(self, facts: list[dict]) -> list[dict]:
        """``facts`` with the goals a roundup lists place by place (海南为9.5%左右，江西、新疆为7%左右):
        one per place, the goal named before the list as the metric (:mod:`.roundups`); they replace
        what the segments read from the same values."""
        if "目标" not in self.text:
            return facts
        percents = {n["start"]: n for n in self.numbers if n.get("unit") == "%"}
        items, alternatives = roundup_items(self.text, self.doc_year, frozenset(percents))
        if not items and not alternatives:
            return facts
        taken = {item.value_start for item in items} | alternatives
        out = [f for f in facts if not any(f["start"] <= v < f["end"] for v in taken)]
        for item in items:
            number = percents[item.value_start]
            ranged = number.get("low") is not None and number.get("high") is not None
            suffix = suffix_word(self.text, number["end"], number.get("text") or "")
            comparator = comparator_for(Relation(item.start, None, None, False), suffix, number.get("qualifier"),
                                        ranged, False, self.config.change_comparator, self.config.count_comparator,
                                        self.config.level_comparator, is_change=not item.is_rate)
            end = max(self._value_end(number), item.end)
            if self.text[item.value_start - 1:item.value_start] in QUOTE_PAIRS and \
                    self.text.startswith(QUOTE_PAIRS[self.text[item.value_start - 1]], end):
                end += 1  # 海南为「6%左右」: the quotes around the value are the listing's
            anchor = Anchor(item.start, item.start, item.year, False) if item.year else None
            segment = Segment(item.start, end, anchor, False, False)
            out.append(self._target(item.start, end, segment, item.start, subject=item.place,
                                    status="target", metric=item.metric, comparator=comparator,
                                    change=None if item.is_rate else INCREASE, baseline=None,
                                    value=None if ranged else number.get("value"), unit="%",
                                    low=number.get("low"), high=number.get("high"), commitment=None))
        return out

    def _bracketed_changes(self, segment: Segment, made: list[dict]) -> list[dict]:
        """The changes written with their sign in brackets right after a value just read (2026年预计达
        428GWh（+82%）): a change of the same metric over the year before, with the level's time and status."""
        text = self.text
        out = []
        for fact in made:
            m = _BRACKETED_CHANGE.match(text, fact["end"])
            if m is None or m.start("rise") != fact["end"] + 1 or fact["change"] is not None:
                continue
            i = bisect.bisect_left(self.number_starts, m.end("rise"))
            if i >= len(self.numbers) or self.numbers[i]["start"] != m.end("rise") or self.numbers[i].get("unit") != "%":
                continue
            number = self.numbers[i]
            out.append(self._target(m.start("rise"), self._value_end(number), segment, fact["start"],
                                    status=fact["status"], metric=fact["metric"], comparator=">=",
                                    change=INCREASE, baseline=None, value=number["value"], unit="%",
                                    low=None, high=None, commitment=fact["commitment"]))
        return out

    def _stretched(self, before: dict, made: list[dict], clause_from: int, number: dict) -> list[dict]:
        """A higher aim after a change goal, in its sentence, with a commitment word and nothing else
        before its value (限上固定资产投资增长20%、力争25%; 增长7%以上，力争达到8%): the same change of the
        same metric, and a floor as the goal before it is."""
        if (len(made) != 1 or made[0]["change"] is not None or before["change"] is None
                or before["unit"] != made[0]["unit"] or before["metric"] != made[0]["metric"]
                or before["start"] < self._sentence_start(clause_from)):
            return made
        start = strip_leading(self.text, clause_from, number["start"], ("commitment",))
        if start == clause_from or self.text[start:number["start"]].strip() not in ("",) + STRETCH_VERBS:
            return made
        comparator = ">=" if made[0]["comparator"] == "=" else made[0]["comparator"]
        return [dict(made[0], change=before["change"], comparator=comparator)]

    def _taken_as_goal(self, number: dict, pos: int) -> bool:
        """Whether 以 before the value and 为…目标 right after it take the value as the goal
        (全市以地区生产总值年均增长8%为目标, 闳康每年以营收成长20%为努力目标)."""
        m = marker_pattern("as_goal").match(self.text, pos)
        if m is None or not (m.end() >= len(self.text) or breaks_at(self.text, m.end())):
            return False
        return find_marker("goal_taker", self.text, clause_start(self.text, number["start"]),
                           number["start"]) is not None

    def _stretch_follows(self, pos: int, segment: Segment) -> bool:
        """Whether a commitment word and a value of its own follow ``pos`` at once (确保3000台力争5000台)."""
        m = marker_pattern("commitment").match(self.text, pos)
        return m is not None and self._number_at(after_spaces(self.text, m.end()), segment)

    def _only_commitment(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds nothing but spaces and commitment words (、力争翻一番半)."""
        return strip_leading(self.text, start, end, ("commitment",)) >= end

    def _counts_own_parts(self, number: dict) -> bool:
        """Whether a count counts the parts of the text itself or places that exist already (3方面,
        28项指标, 五区…, 十一届九次全会), not something to make."""
        if number["type"] != "count" or not number.get("unit"):
            return False
        unit_start = number["end"] - len(number["unit"])
        return (self._starts_with("own_parts", unit_start, len(self.text))
                or any(self.text.endswith(w, 0, number["start"]) for w in marker_set("own_parts_before")))

    def _not_target(self, segment: Segment, clause_from: int, value_start: int) -> str | None:
        return reason_not_target(self.text, segment, clause_from, value_start, self._sentence_start(clause_from),
                                 self.written)

    def _sentence_start(self, pos: int) -> int:
        return self.sentences.span_of(pos)[0]

    def _in_anchor(self, number: dict) -> bool:
        return any(a.start < number["end"] and number["start"] < a.end for a in self.anchors)

    def _value_end(self, number: dict) -> int:
        """End of the value with a comparator word that follows it (50%以上)."""
        suffix = suffix_word(self.text, number["end"], number.get("text") or "")
        if suffix and not (number.get("text") or "").endswith(suffix):
            return self.text.index(suffix, number["end"]) + len(suffix)
        return number["end"]

    def _ends_clause(self, number: dict, segment: Segment) -> bool:
        """Whether a value closes its clause (…突破1000亿元，) rather than modifying a noun."""
        pos = self._value_end(number)
        text = self.text
        for tail in marker_set("value_tail"):
            if text.startswith(tail, pos):
                pos += len(tail)
                break
        cited = CITATIONS.match(text, pos, timeout=PATTERN_TIMEOUT)
        if cited:
            pos = cited.end()
        # 除经济总量有望达到140兆元左右外，…; …比重降至25%左右等。: a word closing an exception or a list
        # ends the clause with the value
        pos += next((len(w) for w in marker_set("exception_end") + marker_set("list_end")
                     if text.startswith(w, pos) and (pos + len(w) >= segment.end or breaks_at(text, pos + len(w)))), 0)
        if pos < segment.end and text[pos] in CLOSING_VALUE_QUOTES and number["start"] > 0 \
                and text[number["start"] - 1] in OPENING_VALUE_QUOTES:
            pos += 1  # 预期目标「4.5%至5%」，: the quotes close round the value alone
        quoted = pos + 1 if pos < segment.end and text[pos] in CLOSING_QUOTES else pos
        if quoted > pos and (quoted >= segment.end or breaks_at(text, quoted)):
            return True  # 「今年AI普及率要到30%」，龚明鑫说: a quote closing its words with the value
        if self._starts_with("quoted_as_goal", quoted, segment.end):
            return True  # 把“…降低3%左右”作为2025年发展主要预期目标之一: what makes it a goal is another predicate
        listed = LIST_COMMA in text[clause_start(text, number["start"], segment.start):number["start"]]
        return pos >= segment.end or breaks_at(text, pos) or text[pos] in "、（()）" or self._starts_with(
            "value_end", pos, segment.end) or self._stretch_follows(pos, segment) or self._taken_as_goal(
            number, pos) or any(
            text.startswith(j, pos) and self._number_at(after_spaces(text, pos + len(j)), segment)
            for j in marker_set("joiner")
        ) or self._names_goal_after(pos, listed) or self._pair_follows(pos, segment) or self._change_after(number, segment) is not None \
            or self._metric_after(number, segment) is not None

    def _change_after(self, number: dict, segment: Segment) -> str | None:
        """The change a verb right after a percentage names when it closes the clause (保持年均6%增长,
        实现8%的增长): the value is the rate of that change."""
        if number.get("unit") != "%":
            return None
        text = self.text
        pos = self._value_end(number)
        if text.startswith(ATTRIBUTIVE, pos):
            pos += len(ATTRIBUTIVE)
            # 实现2%的微增长: a word of how much before the change changes nothing
            pos += next((len(w) for w in marker_set("change_adverb") if text.startswith(w, pos)), 0)
        verb = next((v for phrase, v in verbs_longest_first(BY) if text.startswith(phrase, pos)
                     and clause_end(text, pos, segment.end) == pos + len(phrase)), None)
        return verb.change if verb is not None else None

    def _metric_after(self, number: dict, segment: Segment) -> tuple[int, int, str | None, int] | None:
        """The metric a rate names after it when 的, the metric, a verb of change (or 增速) and perhaps
        目标 close the clause (实现25%以上的设备投资增长, 定下了6%的工业增长目标, 5%左右的经济增速目标):
        ``(metric start, metric end, change, end of the phrase)``; None for a goal named without its
        metric (完成5%左右的增长目标, 全年增长5.0%左右的预期目标)."""
        if number.get("unit") != "%":
            return None
        text = self.text
        start = self._value_end(number)
        if not text.startswith(ATTRIBUTIVE, start):
            return None
        start += len(ATTRIBUTIVE)
        end = strip_trailing(text, start, clause_end(text, start, segment.end))
        stop = end
        for word in (GOAL_NOUN, *marker_set("metric_tail")):  # …增长预期目标: 目标, then 预期
            if text.endswith(word, start, stop) and stop - len(word) > start:
                stop -= len(word)
        if text.endswith(RATE_NOUNS, start, stop):
            metric_end, change = stop, None
        else:
            verb = next((v for p, v in verbs_longest_first(BY) if text.endswith(p, start, stop)), None)
            if verb is None:
                return None
            metric_end, change = stop - len(verb.phrase), verb.change
        if not 0 < metric_end - start <= MAX_METRIC or self._number_at_or_after(start, metric_end) \
                or text[start:metric_end] in marker_set("metric_tail") + marker_set("change_adverb"):
            return None  # (实现2%的微增长: 微 says how much, it names no metric)
        return start, metric_end, change, end

    def _number_at_or_after(self, start: int, end: int) -> bool:
        """Whether a number fact starts in ``text[start:end]``."""
        i = bisect.bisect_left(self.number_starts, start)
        return i < len(self.numbers) and self.numbers[i]["start"] < end

    def _pair_follows(self, pos: int, segment: Segment) -> bool:
        """Whether 和/及/与 at ``pos`` opens another noun with its own value in the clause (打造…示范项目5个和
        双向充放电项目100个以上): the value before it closes a metric-value pair of its own."""
        text = self.text
        joiner = next((j for j in PAIR_JOINERS if text.startswith(j, pos)), None)
        if joiner is None:
            return False
        start = pos + len(joiner)
        i = bisect.bisect_left(self.number_starts, start)
        if i >= len(self.numbers) or self.numbers[i]["end"] > segment.end:
            return False
        noun = text[start:self.numbers[i]["start"]]
        return 0 < len(noun) <= MAX_PAIR_NOUN and not any(breaks_at(text, k) for k in range(start, start + len(noun)))

    def _names_goal_after(self, pos: int, listed: bool = False) -> bool:
        """Whether the value at ``pos`` ends a phrase that names a goal and ends the clause with it
        (锚定到2025年生产总值达5000亿元的发展目标，): the goal the noun names is the clause's; not a goal
        the clause only mentions (为实现全年增长5.0%左右的预期目标奠定了良好的基础)."""
        text = self.text
        named = GOAL_NAME.match(text, pos)
        if named is not None:
            pos = named.end()  # …1000亿元以上“三个千亿”目标: the goal's name in quotes before its noun
        if text.startswith(ATTRIBUTIVE, pos):
            pos += len(ATTRIBUTIVE)
        elif not self._names_goal(pos):
            return False  # 瞄准规模工业产值200亿元目标，: the goal noun may follow the value directly
        frame = find_marker("goal_frame", text, pos, min(len(text), pos + FRAME_NOUN))
        if frame is not None and frame.start() == pos:
            end = frame.end()
        elif self._names_goal(pos):
            end = pos + next(len(w) for w in marker_set("goal_heading") if text.startswith(w, pos))
        elif listed:
            # 即…增长40%、…、旅游税收同比增长10%的年度量化目标。: a few words that qualify the noun naming a listed
            # goals' kind (a single value so named restates a goal: 确定10%的增长目标，是…决定的)
            goal = text.find(GOAL_WORD, pos, min(len(text), pos + FRAME_NOUN + len(GOAL_WORD)))
            if goal < 0 or clause_end(text, pos, goal) != goal:
                return False
            end = goal + len(GOAL_WORD)
        else:
            return False
        return end >= len(text) or breaks_at(text, end)

    def _level_reached(self, number: dict, segment: Segment) -> bool:
        """Whether a verb makes the number the level to reach and it ends its clause (规模达到万亿级，),
        unlike a class naming a noun (4个五千亿级、…)."""
        c_start = clause_start(self.text, number["start"], segment.start)
        if self._ends_clause(number, segment) and read_relation(self.text, c_start, number["start"]).verb is not None:
            return True
        # 力争2020年形成200亿级产业规模: a class of scale a verb of making brings, then the scale it is of
        verb = last_marker("money_verb", self.text, max(c_start, number["start"] - COUNT_VERB_REACH), number["start"])
        return (verb is not None and self._only_hedges(verb.end(), number["start"])
                and self.text.startswith(SCALE_NOUNS, number["end"] + (self.text.startswith(ATTRIBUTIVE, number["end"]))))

    def _number_at(self, pos: int, limit: Segment | int) -> bool:
        """Whether a number starts at ``pos`` and ends within ``limit`` (a segment or a position)."""
        end = limit if isinstance(limit, int) else limit.end
        i, j = bisect.bisect_left(self.number_starts, pos), bisect.bisect_right(self.number_starts, pos)
        return any(n["end"] <= end for n in self.numbers[i:j])

    def _run(self, candidates: list[dict], i: int, segment: Segment) -> list[dict]:
        """Values listed one after another: 30%、20%和10%."""
        run = [candidates[i]]
        for n in candidates[i + 1:]:
            gap = self.text[self._value_end(run[-1]):n["start"]].strip()  # 分别增长5.2%和 6.5%
            if gap not in marker_set("joiner") or not self._ends_clause(n, segment):
                break
            run.append(n)
        return run

    def _after_count_verb(self, number: dict, segment: Segment, listed_after: int | None) -> bool:
        """A count right after a count verb (培育10家…), or listed after such a count (…、4个五千亿级); a
        measure so after a verb of capacity (基本形成45万吨磷酸铁锂正极材料、6万立方米电解液…)."""
        if number["type"] == "money" and listed_after is not None:
            # …辅导47.8万家企业、创造350亿元产值: listed after a count goal, an amount needs a verb of its own
            # (not 50亿元企业3家以上, an amount that grades the noun of the count)
            m = last_marker("count_verb", self.text, max(listed_after, number["start"] - COUNT_VERB_REACH),
                            number["start"])
            return m is not None and self._only_hedges(m.end(), number["start"]) and not self._grades_count(number)
        if number["type"] in ("measure", "money"):
            if listed_after is None:
                # 带动9,000亿元投资: an amount a verb of drawing in brings, then what it is an amount of
                role = "capacity_verb" if number["type"] == "measure" else "money_verb"
                m = last_marker(role, self.text, max(segment.start, number["start"] - COUNT_VERB_REACH),
                                number["start"])
                if m is not None and self._only_hedges(m.end(), number["start"]) and not (
                        number["type"] == "money" and self._grades_count(number)):
                    return True
                m = last_marker("amount_noun_verb", self.text, max(segment.start, number["start"] - COUNT_VERB_REACH),
                                number["start"])
                # (粮食产量达到250亿斤阶段性水平: with a metric before the verb, the noun after describes the value)
                return (m is not None and self._only_hedges(m.end(), number["start"]) and self._noun_closes(number, segment)
                        and self._metric_start(clause_start(self.text, m.start(), segment.start), m.start(), bare=False)
                        >= m.start())
        elif number["type"] != "count":
            return False
        if listed_after is not None and LISTED_COUNT.fullmatch(self.text, listed_after, number["start"],
                                                               timeout=PATTERN_TIMEOUT):
            return True
        m = last_marker("count_verb", self.text, max(segment.start, number["start"] - COUNT_VERB_REACH), number["start"])
        if m is not None and self._only_hedges(m.end(), number["start"]):
            return True  # 培育10家…, 建设不少于10个…
        if (m is not None and _GRADED_NOUN.match(self.text, number["end"], timeout=PATTERN_TIMEOUT) is not None
                and _FIELD_BEFORE_COUNT.fullmatch(self.text, m.end(), number["start"], timeout=PATTERN_TIMEOUT)):
            return True  # 培育形成临港装备1个五百亿级产业集群: the field the graded count is of, then the count
        if self.text.endswith(ATTRIBUTIVE, 0, number["start"]):  # 实施总投资35亿元的80项…
            c_start = clause_start(self.text, number["start"], segment.start)
            m = last_marker("count_verb", self.text, max(c_start, number["start"] - MAX_ATTRIBUTE), number["start"])
            return m is not None
        # 形成A、B和C等3个产业集聚带, 重庆还将加快推进成渝中线高铁等320个…, 形成硅基新材料、…及复合材料
        # 5个…产业集群: the count sums up a list that follows the verb
        if self.text.endswith(LIST_TOTAL, 0, number["start"]) or self._ends_name_list(number, segment):
            c_start = clause_start(self.text, number["start"], segment.start)
            m = last_marker("count_verb", self.text, c_start, number["start"])
            if m is not None and marker_pattern("word").match(self.text, m.start()):
                return False  # 建强用好产业、科技、服务业三支招商队伍: 建强 is no verb of making
            return m is not None and not any(m.end() <= n["start"] < number["start"] for n in self.numbers)
        return False

    def _noun_closes(self, number: dict, segment: Segment) -> bool:
        """Whether a short noun, Chinese characters only, closes the clause right after a value (达到千亿元产值)."""
        start = self._value_end(number)
        stop = clause_end(self.text, start, segment.end)
        return _SHORT_NOUN.fullmatch(self.text, start, stop) is not None

    def _grades_count(self, number: dict) -> bool:
        """Whether an amount grades the noun of a count later in its clause (引进亿元项目5个以上)."""
        end = clause_end(self.text, number["end"])
        return any(number["end"] <= n["start"] < end and n["type"] == "count" for n in self.numbers)

    def _only_hedges(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds nothing but spaces and words that hedge a count (不少于)."""
        pos = strip_leading(self.text, start, end, ("count_hedge",))
        return not self.text[pos:end].strip()

    def _ends_name_list(self, number: dict, segment: Segment) -> bool:
        """Whether a count right after a 、-list of names closes it (形成A、B、C5个…集群)."""
        c_start = clause_start(self.text, number["start"], segment.start)
        return LIST_COMMA in self.text[c_start:number["start"]] and not self.text.endswith(
            LIST_COMMA, 0, number["start"])

    def _clause_values(self, segment: Segment, run: list[dict], clause_from: int) -> list[dict]:
        text = self.text
        first = run[0]
        if self._not_target(segment, clause_from, first["start"]):
            return []
        relation = read_relation(text, clause_from, first["start"])
        named = self._metric_after(first, segment) if len(run) == 1 else None
        if named is not None:  # 实现25%以上的设备投资增长: the rate, then what grows
            if any(v.comparator in (">", "<") and p in text[clause_from:first["start"]]
                   for p, v in verbs_longest_first(LEVEL)):
                return []  # 远高于同期世界3.9%的年均增速: the rate compared with, no goal
            m_start, m_end, change, end = named
            return [self._fact(segment, clause_from, first, relation._replace(verb=None), None, text[m_start:m_end],
                               m_start, change=change, text_end=end)]
        if relation.verb is None and first["type"] == "multiple":
            relation = bound_of_reference(text, clause_from, first["start"]) or relation
        if first["type"] == "duration" and (relation.verb is None or len(run) > 1):
            return []  # 有效期2年, 用3年时间: a length of time no verb makes a level is no goal
        change = None
        verb_start = relation.start
        frame = self._frame_before(clause_from, relation.start, relation.verb.phrase if relation.verb else "")
        if frame is not None:
            verb_start = frame  # 经济增长预期目标(设定)为5%以上: the metric comes before the frame
            if relation.verb is not None and relation.verb.comparator == "=" and first.get("low") is not None:
                relation = relation._replace(verb=None)  # 增长目标介乎7至8%: the frame's verb states a range
        elif relation.verb is None and text.endswith(GOAL_NOUN, clause_from, relation.start):
            verb_start = relation.start - len(GOAL_NOUN)  # 预期增长目标6%左右: the goal of a change, named
        stated_change = change_before(text, clause_from, relation, verb_start,
                                      framed=verb_start != relation.start and relation.verb is None)
        if stated_change:
            verb_start, change_verb = stated_change
            change = change_verb.change
        elif len(run) == 1 and (change := self._change_after(first, segment)) is not None:
            # 规上工业产值保持年均6%增长, 实现8%的增长: the change after the rate decides, not 保持 before it
            relation = relation._replace(verb=None)
        baseline = read_baseline(text, clause_from, verb_start, self.numbers, deadline_year(segment.anchor))
        metric_end = read_relation(text, clause_from, baseline.start).start if baseline else verb_start  # …有望同比
        metric_end = self._before_current_base(clause_from, metric_end)
        metric_start = self._metric_start(clause_from, metric_end, bare=relation.verb is None)
        metric_end = strip_trailing(text, metric_start, metric_end)
        # 省级云上企业和省数字化试点项目各2个以上, 社会融资规模余额预期增长…, 全市GDP则预期增长…: words that
        # go with the value or the verb close the words before them, not the metric
        tail = next((w for w in sorted(marker_set("metric_tail"), key=len, reverse=True)
                     if text.endswith(w, metric_start, metric_end)), "")
        if metric_end - metric_start > len(tail):
            metric_end -= len(tail)
        # 经济成长率平均2.8%至3.6%, 经济成长率未来4年平均达3%: an adverb of the rate closes no metric (the 均
        # of 平均 may open the verb, 均达); alone it leaves the metric to the words before the time
        for w in marker_set("bare_adverb"):
            cut = next((k for k in range(len(w), 0, -1) if text.endswith(w[:k], metric_start, metric_end)
                        and text.startswith(w[k:], metric_end)), 0)
            if cut:
                metric_end -= cut
                # 轻工业产值计划平均每年递增…: a word of the verb before the adverb goes with it too
                metric_end -= next((len(a) for a in marker_set("auxiliary") if text.endswith(a, metric_start, metric_end)
                                    and metric_end - len(a) > metric_start), 0)
                break
        if text[metric_start:metric_end] in marker_set("no_metric"):
            metric_end = metric_start  # 2027年微降至2.1%, 明年也有3.54%: the metric elided
        if metric_end <= metric_start:
            metric_start, metric_end = self._metric_before_anchor(clause_from, metric_start, metric_end)
        if relation.verb is None:
            relation, metric_start = self._verb_before_metric(relation, clause_from, metric_start, metric_end)
        elif relation.verb.reading == LEVEL and relation.verb.comparator == ">=":
            # 产值达到12.5亿元；加工业产值33亿元，其中精深加工产值10亿元: the level verb goes on to the bare
            # metric-value pairs listed after its value
            self.leading_verb = (relation.verb, metric_end)
        elif metric_end > metric_start:
            # (…粮食产量计划达到三亿六千万吨，比一九八○年增长百分之十二点三；棉花三百六十万吨: a change with
            # no metric of its own goes on with the level's, and so does the level verb)
            self.leading_verb = None
        if metric_end - metric_start > MAX_METRIC or any(self._starts_with(role, metric_start, metric_end)
                                                          for role in ("basis", "comment")):
            return []
        if metric_end <= metric_start:  # …实现产值3000亿元，同比增长11%左右: the metric is elided
            if self.previous_metric is not None and run[0]["start"] - self.previous_metric[1] <= MAX_METRIC:
                metrics = [self.previous_metric[0]] * len(run)
            elif (listed := self._listed_before(run, clause_from)) is not None:
                metrics = listed
            elif (subjects := self._subjects_before(run, clause_from)) is not None:
                metrics = subjects
            elif (listed := self._list_sharing(run, clause_from)) is not None:
                metrics, run = listed, run * len(listed)
            else:
                stated = self._metric_stated_before(clause_from)
                if stated is None:
                    return []
                metrics = [stated] * len(run)
        else:
            metrics = self._distribute(metric_start, metric_end, first["start"], len(run))
            if len(run) == 1 and metrics[0] in marker_set("bare_measure"):
                # 扩增攀登企业，总数达到80家: a bare measure counts what the clause before makes
                made = self._made_before(clause_from)
                metrics = [made + metrics[0]] if made else metrics
            if len(run) == 1 and self._shares_value(metric_end, first["start"]):
                # 城镇居民人均可支配收入和农民人均纯收入均增长10%左右: one value, a goal for each metric
                items = split_list(text, metric_start, metric_end, pairs=True)
                if len(items) > 1:
                    metrics = share_head([text[a:b] for a, b in items])
                    run = run * len(metrics)
            elif len(run) == 1 and (change is not None or relation.verb is not None and relation.verb.reading == BY):
                # 社会消费品零售总额、固定资产投资增长4%左右: a change listed for whole indicators is each one's
                items = split_list(text, metric_start, metric_end)
                if len(items) == 1:
                    # 全区财政总收入和地方财政收入年均增长13%, 地区生产总值和财政一般预算收入增长10%以上: two
                    # indicators (their heads alike, or both an indicator's head) joined by 和 change each;
                    # 软件和信息技术服务业 is one noun
                    pair = split_list(text, metric_start, metric_end, pairs=True)
                    heads = tuple(marker_set("indicator_head"))
                    if (len(pair) == 2 and all(b - a >= MIN_PAIRED_METRIC for a, b in pair)
                            and (text[pair[0][1] - 2:pair[0][1]] == text[pair[1][1] - 2:pair[1][1]]
                                 or all(text.endswith(heads, a, b) for a, b in pair))):
                        items = pair
                if (len(items) > 1 and all(b - a >= MIN_LISTED_METRIC for a, b in items)
                        and ATTRIBUTIVE not in text[metric_start:metric_end]
                        and not _GROUP_COUNT.search(text, metric_start, metric_end)):  # 临港装备、…三大新兴产业产值
                    metrics = [text[a:b] for a, b in items]
                    run = run * len(metrics)
        if (len(set(id(n) for n in run)) == 1 and self.previous_metric is not None
                and run[0]["start"] - self.previous_metric[1] <= MAX_METRIC
                and (all(_names_places(m) for m in metrics) or len(run) == 1 and run[0].get("unit") == "%"
                     and metrics[0].endswith(marker_set("place_class")))):
            # …再生水利用率达到25%以上，中下游力争达到30%; …分担率不低于50%，洛阳市、南阳市不低于45%，其他…的城市
            # 不低于40%: places (or a class of them, before a share) name whose level a value is; the metric is
            # the clause before's (北京、河南皆为“5%左右”: each place's, one value shared), without the place
            # that clause named (浙江增速目标是…，北京、河南皆为…: 增速)
            metrics = [_without_place(self.previous_metric[0])] * len(run)
        self.previous_metric = (metrics[-1], run[-1]["end"])
        self.previous_run = (metrics, self._value_end(run[-1]))
        if self.leading_verb is not None:
            self.leading_verb = (self.leading_verb[0], self._value_end(run[-1]))
        if frame is not None and change is not None and relation.verb is not None \
                and relation.verb.phrase in FRAME_COPULAS:
            relation = relation._replace(verb=None)  # 能耗降低基本目标为14%: an unhedged change, via the frame
        # 分别增长8.5%和9.3%左右, 分别控制在3.9%和3%以内: a hedge closing a list of values hedges each
        last = run[-1]
        shared = suffix_word(text, last["end"], last.get("text") or "") if len(run) > 1 else None
        # 分别达1.28万亿、1.18万亿、8200亿元: a unit only the last value writes is every value's
        if len(run) > 1 and last.get("unit"):
            run = [dict(n, unit=last["unit"]) if n.get("unit") is None and n.get("type") in ("count", last.get("type"))
                   and not n.get("unit") else n for n in run]
        # 力争2025年、2030年…比例分别达到25%、30%以上: listed times spread over the values as their metrics do
        times = self._listed_times(clause_from, first["start"], len(run))
        segments = [segment._replace(anchor=a) for a in times] if times else [segment] * len(run)
        return [self._fact(seg, clause_from, number, relation, baseline, metric, metric_start, change=change,
                           shared_suffix=shared)
                for seg, number, metric in zip(segments, run, metrics)]

    def _listed_times(self, start: int, end: int, n: int) -> list | None:
        """``n`` times listed one after another (2025年、2030年) in ``text[start:end]``, before a 分别
        that spreads the values after them; else None."""
        if n < 2 or find_marker("distribute", self.text, start, end) is None:
            return None
        times = [a for a in self.anchors if start <= a.start and a.end <= end and a.deadline]
        if len(times) != n or any(self.text[a.end:b.start] not in marker_set("joiner") for a, b in zip(times, times[1:])):
            return None
        return times

    def _metric_before_anchor(self, clause_from: int, start: int, end: int) -> tuple[int, int]:
        """The metric written before a time that comes right before the verb (企业营收有望在2025年突破
        1000亿元): from the clause start to the hedge before the anchor; else ``start, end`` unchanged."""
        anchor = next((a for a in self.anchors if clause_from < a.start and a.end == start), None)
        if anchor is None:
            return start, end
        # 预计香港经济今年增长…: a forecast or pledge opening the clause is no metric either
        head_start = strip_leading(self.text, clause_from, anchor.start, ("lead", "forecast", "commitment"))
        head_end = anchor.start
        # …有望在2025年, 最有可能在今年: the hedges and forecast words before the time are no metric
        moved = True
        while moved:
            moved = False
            for role in ("time_hedge", "forecast", "commitment"):
                hedge = last_marker(role, self.text, head_start, head_end)
                if hedge is not None and hedge.end() == head_end:
                    head_end, moved = hedge.start(), True
        head_end = strip_trailing(self.text, head_start, head_end)
        # 推动电子信息、装备制造…、医药健康六大优势产业到2027年…翻一番: a list that a count sums up is
        # measured as the whole the count names
        comma = self.text.rfind(LIST_COMMA, head_start, head_end)
        whole = _GROUP_COUNT.search(self.text, comma, head_end) if comma >= 0 else None
        if whole is not None:
            head_start = whole.start("count")
        return (head_start, head_end) if head_end > head_start else (start, end)

    def _frame_before(self, clause_from: int, verb_start: int, verb: str = "") -> int | None:
        """Start of a goals frame that the verb follows, maybe after a word that sets it (预期目标设定为),
        with a metric before it, or that ends with the verb (增长目标介乎7至8%)."""
        copula = verb_start < len(self.text) and self.text[verb_start] in FRAME_COPULAS
        frame = last_marker("goal_frame", self.text, clause_from, verb_start + max(copula, len(verb)))
        if frame is None or frame.start() <= clause_from:
            return None
        setting = next((w for w in marker_set("goal_setting") if self.text.startswith(w, frame.end())), "")
        # 增长目标为6%: a frame that ends with its copula takes in the verb
        joined = frame.end() + len(setting) == verb_start or frame.start() < verb_start < frame.end()
        return frame.start() if joined else None

    def _shares_value(self, metric_end: int, value_start: int) -> bool:
        """Whether 均 or 都 between a list of metrics and its value gives each the one value (A和B均增长…,
        A和B预期增长均为12%左右); not the 均 of 年均 or 人均."""
        for m in marker_pattern("share_value").finditer(self.text, metric_end, value_start):
            if m.start() == metric_end or m.group(0) != "均" or self.text[m.start() - 1] not in SHARE_WORD_OPENERS:
                return True
        return False

    def _starts_with(self, role: str, start: int, end: int) -> bool:
        return any(self.text.startswith(w, start, end) for w in marker_set(role))

    def _verb_before_metric(self, relation: Relation, clause_from: int, metric_start: int,
                            metric_end: int) -> tuple[Relation, int]:
        """A level verb written before the metric (达到或超过经营收入550亿元，) governs it and the bare
        metric-value pairs listed after it (，商品销售总额300亿元，利润7.2亿元).  A verb right before a
        number of the metric sets a threshold that describes the counted noun (超500亿元的5个): it
        governs that number, not the value."""
        text = self.text
        verb = next((v for phrase, v in verbs_longest_first()
                     if v.reading in (LEVEL, TO) and text.startswith(phrase, metric_start, metric_end)), None)
        if verb is not None and marker_pattern("word").match(text, metric_start):
            verb = None  # 建成超充站2000座以上: 超充 is a word, not 超 + 充站
        if verb is not None and self._number_at(metric_start + len(verb.phrase), metric_end):
            verb = None
        if verb is None:  # 实现粮食播种面积3320万亩, 确保完成销售总收入17.57亿元: a lead word or a count verb that
            # is a verb of reaching governs the metric
            verb = next((v for phrase, v in verbs_longest_first(LEVEL)
                         if len(phrase) > 1 and text.endswith(phrase, clause_from, metric_start)
                         and (phrase in marker_set("lead") or phrase in marker_set("count_verb"))), None)
            if verb is not None:
                self.leading_verb = (verb, metric_end)
                return relation._replace(verb=verb), metric_start
        if verb is not None:
            self.leading_verb = (verb, metric_end)
            return relation._replace(verb=verb), strip_leading(text, metric_start + len(verb.phrase), metric_end, ())
        if (self.leading_verb is not None and SHARE_VERB not in text[metric_start:metric_end]
                and LISTED_PAIR.fullmatch(text, self.leading_verb[1], clause_from, timeout=PATTERN_TIMEOUT)):
            # (not …达到7500亿元，占全省经济总量的27% or …企业数占全市1/5: 占 is the share's own verb)
            return relation._replace(verb=self.leading_verb[0]), metric_start
        self.leading_verb = None
        return relation, metric_start

    def _listed_before(self, run: list[dict], clause_from: int) -> list[str] | None:
        """The metrics of as many values read just before, when only a separator and a new time stand
        between them and this clause (…达到300家；到2027年，达到400家左右; …分别达到600家和1000家；
        到2027年，分别达到700家和1200家): the clause sets the same metrics for the later time."""
        if self.previous_run is None:
            return None
        metrics, end = self.previous_run
        if len(metrics) != len(run) or not end < clause_from or self.text[end] not in ELIDED_AFTER:
            return None
        return metrics if self._anchor_only(end + 1, clause_from) else None

    def _subjects_before(self, run: list[dict], clause_from: int) -> list[str] | None:
        """The list a clause before opens with, when this clause spreads its values over it with 分别 and
        the clause before states no value (全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过
        90家和870家): one metric per value, as in A和B分别超过…."""
        text = self.text
        if len(run) < 2 or not self._starts_with("distribute", clause_from, run[0]["start"]):
            return None
        floor = self._sentence_start(clause_from)
        if clause_from <= floor:
            return None
        prev_start = clause_start(text, clause_from - 1, floor)
        if any(prev_start <= n["start"] < clause_from for n in self.numbers if n["type"] in VALUE_TYPES):
            return None
        base = _BASE_PHRASE.search(text, prev_start, clause_from)
        topic_end = base.start() if base else None
        if topic_end is None:
            return None
        topic_start = strip_leading(text, prev_start, topic_end, ("lead",))
        items = split_list(text, topic_start, topic_end, pairs=True)
        return [text[a:b] for a, b in items] if len(items) == len(run) else None

    def _valueless_clause_before(self, clause_from: int, types: tuple[str, ...] | None = None) -> tuple[int, int] | None:
        """The span of the clause before ``clause_from`` in its sentence, when it holds no number (of
        ``types``, when given)."""
        floor = self._sentence_start(clause_from)
        if clause_from <= floor:
            return None
        prev_start = clause_start(self.text, clause_from - 1, floor)
        prev_end = strip_trailing(self.text, prev_start, clause_from)
        if any(prev_start <= n["start"] < prev_end and (types is None or n["type"] in types) for n in self.numbers):
            return None
        return prev_start, prev_end

    def _made_before(self, clause_from: int) -> str | None:
        """What the clause before makes with a count verb and no value of its own (扩增攀登企业，…)."""
        text = self.text
        span = self._valueless_clause_before(clause_from)
        verb = last_marker("count_verb", text, *span) if span else None
        if verb is None:
            return None
        noun = text[verb.end():span[1]]
        return noun if 0 < len(noun) <= MAX_METRIC and not any(c in noun for c in "，,、") else None

    def _list_sharing(self, run: list[dict], clause_from: int) -> list[str] | None:
        """The items of a list the clause before names with no value of its own, when a share word opens
        this clause's value (包括用水、用电、用油等，都能比2007年节省10%): one metric each, one value."""
        text = self.text
        if len(run) != 1 or not self._shares_value(clause_from, run[0]["start"]):
            return None
        span = self._valueless_clause_before(clause_from, VALUE_TYPES)
        if span is None:
            return None
        start = strip_leading(text, span[0], span[1], ("lead",))
        end = span[1] - len(LIST_END) if text.endswith(LIST_END, start, span[1]) else span[1]
        items = split_list(text, start, end)
        return [text[a:b] for a, b in items] if len(items) > 1 else None

    def _metric_stated_before(self, clause_from: int) -> str | None:
        """The metric of the clause before, when that clause states a value of its own:
        2024年社会消费品零售总额规模达到48.3万亿元，2025年全年有望超过50万亿元.  A clause before
        whose metric is elided too (2010年突破1万亿元，) passes the question on to the clause before it,
        and a clause with no value there gives its topic: 广州经济总量以每年千亿速度增长，2010年突破
        1万亿元，预计今年达到12,300亿元."""
        text = self.text
        floor = self._sentence_start(clause_from)
        pos = clause_from
        for back in range(CLAUSES_BACK):
            if pos <= floor:
                return None
            prev_start = clause_start(text, pos - 1, floor)
            prev_end = strip_trailing(text, prev_start, pos)
            value = next((n for n in reversed(self.numbers) if prev_start <= n["start"] < prev_end
                          and n["type"] in VALUE_TYPES and self._ends_at(self._value_end(n), prev_end)), None)
            if value is None:  # 2025年装机236GWh（+69%），: a value followed by its change in brackets
                value = next((n for n in reversed(self.numbers) if prev_start <= n["start"] < prev_end
                              and n["type"] in VALUE_TYPES and _BRACKETED_CHANGE.fullmatch(
                                  text, self._value_end(n), prev_end)), None)
            if value is None and not back and text.endswith(GOAL_WORD, prev_start, prev_end):
                return self._goal_topic(prev_start, prev_end)  # 今年经济增长速度的宏观调控目标，定为百分之八至九
            if value is None and not back and (label := self._line_label(prev_start, pos)) is not None:
                return label  # （二）消费：预计2025年同比增长5.0%左右
            if value is None and any(text.endswith(w, prev_start, prev_end) for w in marker_set("cause_end")):
                pos = prev_start  # 2027年受结构转型深化影响，小幅降至4.5%: the clause says why, the metric is before
                continue
            if value is None:  # a clause that says how the topic moves (我市老年人口仍将持续增长，)
                moves = find_marker("topic_end", text, prev_start, prev_end) is not None
                return self._topic(prev_start, prev_end) if back or moves else None
            value = self._list_head(value, prev_start)
            # (…连续跨越了110万亿元: the clause before reports, so its verb may take 了)
            relation = read_relation(text, prev_start, value["start"] - text.endswith(PERFECTIVE, 0, value["start"]))
            if relation.verb is None:
                # 全球储能装机2025年236GWh，2026年预计达428GWh: a metric, its year and a bare value
                m = _METRIC_YEAR_VALUE.fullmatch(text, prev_start, relation.start)
                return m.group("metric") if m and len(m.group("metric")) <= MAX_METRIC else None
            baseline = read_baseline(text, prev_start, relation.start, self.numbers, None)
            metric_end = baseline.start if baseline else relation.start
            metric_start = self._metric_start(prev_start, metric_end, bare=False)
            metric_end = strip_trailing(text, metric_start, metric_end)
            if metric_end <= metric_start:
                metric_start, metric_end = self._metric_before_anchor(prev_start, metric_start, metric_end)
            if metric_end > metric_start:
                return text[metric_start:metric_end] if metric_end - metric_start <= MAX_METRIC else None
            pos = prev_start
        return None

    def _line_label(self, start: int, pos: int) -> str | None:
        """The label that opens its line at ``start`` and ends with a colon before ``pos`` (消费：|
        2.基建投资：), past a heading marker; else None."""
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        heading = heading_marker(text, line_start, pos)
        label_start = heading[1].end() if heading else line_start
        if not line_start <= start <= label_start:
            return None
        m = _LINE_LABEL.fullmatch(text, label_start, pos)
        if m is None or m.group("label").endswith(tuple(marker_set("label_end"))):
            return None
        return m.group("label")

    def _list_head(self, value: dict, floor: int) -> dict:
        """The first value of the list of values joined by 、 that ends with ``value`` (经济总量连续跨越了
        110万亿元、120万亿元、130万亿元): the verb and the metric stand before it."""
        i = bisect.bisect_left(self.number_starts, value["start"])
        while i > 0:
            before = self.numbers[i - 1]
            if before["start"] < floor or before["type"] not in VALUE_TYPES or \
                    self.text[self._value_end(before):value["start"]].strip() != LIST_COMMA:
                break
            value, i = before, i - 1
        return value

    def _goal_topic(self, start: int, end: int) -> str | None:
        """What a clause that names a goal is the goal of (今年经济增长速度的宏观调控目标: 经济增长速度), the
        words after its time up to the last 的."""
        for a in self.anchors:
            if start <= a.start < end:
                start = max(start, a.end)
        start = strip_leading(self.text, start, end, ("lead",))
        of = self.text.rfind(ATTRIBUTIVE, start, end)
        return self.text[start:of] if 0 < of - start <= MAX_METRIC else None

    def _topic(self, start: int, end: int) -> str | None:
        """The noun a clause opens with, up to the word that starts saying how it moves (以, 保持…)."""
        m = find_marker("topic_end", self.text, start, end)
        if m is None:
            return None
        topic_start = strip_leading(self.text, start, m.start(), ("lead",))
        topic_end = m.start()
        # 人均预期寿命较目前的76.34岁继续增长: the level it is compared with is no part of the topic
        than = find_marker("than", self.text, topic_start + 1, topic_end)
        if than is not None and any(n["type"] in VALUE_TYPES and than.end() <= n["start"] < topic_end
                                    for n in self.numbers):
            topic_end = than.start()
        while topic_end > topic_start and self.text[topic_end - 1] in TRAILING_ADVERBS:
            topic_end -= 1  # 我市老年人口仍将持续增长: 仍将 goes with the verb
        return self.text[topic_start:topic_end] if 0 < topic_end - topic_start <= MAX_METRIC else None

    def _ends_at(self, pos: int, end: int) -> bool:
        """Whether nothing but citation markers and spaces lie between ``pos`` and ``end``."""
        cited = CITATIONS.match(self.text, pos, end, timeout=PATTERN_TIMEOUT)
        return (cited.end() if cited else pos) >= end or not self.text[pos:end].strip()

    def _distribute(self, start: int, end: int, value_start: int, n: int) -> list[str]:
        """One metric per value: 货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%."""
        text = self.text
        m = find_marker("distribute", text, start, value_start) if n > 1 else None
        if m:
            # 能耗和二氧化碳排放分别比2020年下降14%和18%: 分别 makes A和B a list
            items = split_list(text, start, strip_trailing(text, start, min(m.start(), end)), pairs=True)
            # 城、乡居民人均可支配收入分别增长8%、9%: one-character items share the rest of the noun,
            # so each value keeps the whole metric
            if len(items) == n and all(b - a > 1 for a, b in items):
                tail = text[m.end():end] if m.end() < end else ""
                return [name + tail for name in share_head([text[a:b] for a, b in items])]
        return [text[start:end]] * n

    def _done_verb_after(self, number: dict, segment: Segment) -> int | None:
        """Where a verb of completing begins that closes the clause of a count and its noun (首批100个…
        示范社区全面建成), or None."""
        if number["type"] != "count":
            return None
        end = strip_trailing(self.text, number["end"], clause_end(self.text, number["end"], segment.end))
        m = last_marker("done_verb", self.text, number["end"], end)
        return m.start() if m is not None and m.end() == end and m.start() > number["end"] else None

    def _count_then_noun(self, segment: Segment, number: dict, clause_from: int, stop: int | None = None) -> list[dict]:
        """A count goal written verb + count + noun (打造10个“数字领航”企业), or count + noun + a verb of
        completing that ``stop`` marks (首批100个示范社区全面建成)."""
        text = self.text
        if (self._not_target(segment, clause_from, number["start"])
                or number["start"] in self.starting_levels):
            return []
        value_end = self._value_end(number)
        stop = clause_end(text, value_end, segment.end) if stop is None else stop
        taken = find_marker("as_goal", text, value_end, stop)
        if taken is not None:
            stop = taken.start()  # 以建设100个示范村为目标: the noun ends where 为目标 takes it as the goal
        metric_end = strip_trailing(text, value_end, self._noun_end(value_end, stop, segment))
        if metric_end <= value_end or metric_end - value_end > MAX_METRIC:
            return []
        if text.endswith(marker_set("plan_part"), value_end, metric_end):
            return []  # 实施三项行动, 统筹推进…三项基本任务: the parts of a plan are no goal
        if text[after_spaces(text, value_end):metric_end] in marker_set("capacity"):
            return []  # 形成年产1000颗能力: the count measures the capacity, it counts no 能力
        verb = last_marker("count_verb", text, max(clause_from, number["start"] - COUNT_VERB_REACH), number["start"])
        if verb is not None and text.endswith(AROUND, clause_from, verb.start()):
            return []  # 围绕建设五个中心…: the programme a text works around, not a goal it sets
        relation = read_relation(text, clause_from, number["start"])
        if (verb is not None and verb.end() == number["start"] and relation.verb is not None
                and relation.verb.phrase == verb.group(0) and relation.verb.comparator == ">"):
            # 突破5项关键技术: a verb of exceeding that makes the count (achieves 5) does not compare it,
            # though the numbers stage read it as the count's hedge (突破百余项 still says over, by 余)
            relation = relation._replace(verb=None)
            if not any(q.word in number["text"] for q in qualifier_words_at("inside")):
                number = dict(number, qualifier=None)
        # 新增1000处信号灯联网、累计达8000处: a clause that goes on with no metric of its own counts the same noun
        noun_start = after_spaces(text, value_end)  # 完成 120MW 风机建置: spaced as Taiwan news spaces figures
        if text.startswith(ATTRIBUTIVE, noun_start) and noun_start + len(ATTRIBUTIVE) < metric_end:
            noun_start += len(ATTRIBUTIVE)  # 形成100亿级的产业规模
        self.previous_metric = (text[noun_start:metric_end], metric_end)
        return [self._fact(segment, clause_from, number, relation, None, text[noun_start:metric_end], noun_start,
                           text_end=metric_end)]

    def _noun_end(self, start: int, stop: int, segment: Segment) -> int:
        """Where the noun counted at ``start`` ends: at a 、 or 及 that lists the next count (10个A、4个B),
        else at the first 、 that another count follows in the clause (培育10家企业、打造5个平台), else at
        the clause end ``stop``: a 、 with no count after it lists the words of the noun itself
        (3家…跨行业、跨领域综合型工业互联网平台; 新建800个智能工厂、数字化车间)."""
        text = self.text
        for i in range(start, stop):
            joiner = next((j for j in marker_set("joiner") if text.startswith(j, i)), None)
            if joiner and self._number_at(after_spaces(text, i + len(joiner)), segment):
                return i  # 形成1万辆新能源商用车及10万辆…, 建成 3 个通用机场和 70 个…
        comma = text.find("、", start, stop)
        if comma < 0:
            return stop
        i = bisect.bisect_left(self.number_starts, comma)
        return comma if i < len(self.numbers) and self.numbers[i]["start"] < stop else stop

    def _after_multiple(self, segment: Segment, multiples: list, clause_from: int, value_start: int) -> int:
        """Where the clause of a value begins when a multiple and 、 or ， stand before it in its clause
        (工业税收较2021年翻一番、过500亿元): after them, with the multiple's metric as the metric it elides."""
        text = self.text
        for start, end, factor in multiples:
            if end > value_start:
                continue
            joint = after_spaces(text, end)
            if (joint >= value_start or text[joint] not in MULTIPLE_JOINTS
                    or clause_start(text, value_start, joint + 1) != joint + 1):
                continue
            own_from = max(segment.start, clause_start(text, start, segment.start)) if start < clause_from else clause_from
            made = self._multiple(segment, start, end, factor, own_from)
            if made and made[-1]["metric"]:
                self.previous_metric = (made[-1]["metric"], joint)
                return max(clause_from, after_spaces(text, joint + 1))
        return clause_from

    def _multiple(self, segment: Segment, start: int, end: int, factor: int, clause_from: int,
                  shared: list[str] | None = None) -> list[dict]:
        """The change goals stated as a multiple: 产值较2020年翻一番; one per metric listed before it
        (旅游综合收入、文旅产业项目投资额实现倍增), or one per metric of ``shared``, those of the multiple
        just before it."""
        text = self.text
        if self._not_target(segment, clause_from, start):
            return []
        duration = next((n for n in self.numbers if n["end"] == start and n["type"] == "duration"), None)
        # 实现十年翻番: the time a multiple takes stands between it and its verb
        relation = read_relation(text, clause_from, duration["start"] if duration else start)
        baseline = read_baseline(text, clause_from, relation.start, self.numbers, deadline_year(segment.anchor))
        metric_end = self._before_current_base(clause_from, baseline.start if baseline else relation.start)
        metric_start = self._metric_start(clause_from, metric_end, bare=False)
        metric_end = strip_trailing(text, metric_start, metric_end)
        if metric_end <= metric_start:  # 推动六大优势产业到2027年翻一番: the metric comes before the time
            metric_start, metric_end = self._metric_before_anchor(clause_from, metric_start, metric_end)
        metric = text[metric_start:metric_end]
        if metric_end <= metric_start:
            # …制造业增加值年均增长27.7%，到2024年底确保在2021年基础上翻一番: the metric the clause before states
            metric = self._metric_stated_before(clause_from)
        value = {"start": start, "end": end, "text": text[start:end], "type": "multiple", "value": factor}
        if shared:
            return [self._fact(segment, clause_from, value, relation, baseline, m, start, change=MULTIPLY)
                    for m in shared]
        if not metric or len(metric) > MAX_METRIC:
            return []
        items = split_list(text, metric_start, metric_end) if metric_end > metric_start else []
        metrics = [text[a:b] for a, b in items] if (
            len(items) > 1 and all(b - a >= MIN_LISTED_METRIC for a, b in items)
            and ATTRIBUTIVE not in metric) else [metric]
        return [self._fact(segment, clause_from, value, relation, baseline, m, metric_start, change=MULTIPLY)
                for m in metrics]

    def _before_current_base(self, start: int, end: int) -> int:
        """``end`` moved before a phrase saying the change counts from the present level (产值在现有基础上
        翻一番), which is part of neither the metric nor a dated baseline."""
        m = last_marker("current_base", self.text, start, end)
        return m.start() if m is not None and not self.text[m.end():end].strip() else end

    def _names_goal(self, pos: int) -> bool:
        """Whether the noun at ``pos`` is the goal itself (翻番的目标), not a noun a multiple describes."""
        return any(self.text.startswith(w, pos) for w in marker_set("goal_heading"))

    def _metric_start(self, clause_from: int, metric_end: int, bare: bool) -> int:
        """Where the metric begins: after the anchor, hedges and function words that open the clause."""
        text = self.text
        start = clause_from
        # 到2025年深圳市…, 杭州今年的经济增长…, 中国2024年经济增长…: the metric follows the anchor (and its
        # 的), the last one before it (商业航天（2030年目标规模1万亿元）、低空经济（2030年目标规模…); what comes
        # before it is a hedge or the subject
        last = None
        for a in self.anchors:
            if a.start >= metric_end:
                break
            if start <= a.start and not (open_brackets(text, start, a.start)
                                         and not open_brackets(text, start, metric_end)):
                last = a  # not a time in a remark: 一般公共预算支出（扣除2022年灾后…支出外）增长3%以上
        if last is not None:
            start = last.end + 1 if text.startswith(ATTRIBUTIVE, last.end) else last.end
        frame = last_marker("goal_frame", text, start, metric_end)
        if frame is not None:  # 今年发展主要预期目标是经济增长…: the metric follows the frame
            start = frame.end()
            if start < metric_end and text[start] in FRAME_COPULAS:
                start += 1
        object_of = last_marker("object_marker", text, start, metric_end)
        if object_of is None:  # 天津市则将经济增长目标定在4%: 将 takes the metric the frame sets
            held = last_marker("framed_object_marker", text, start, metric_end)
            if held is not None and held.end() < metric_end and find_marker(
                    "goal_frame", text, metric_end, clause_end(text, metric_end)):
                object_of = held
        if object_of is None:  # 全市以规模以上工业增加值增长8%为目标: the first 以 takes the metric (not 以上's)
            taker = find_marker("goal_taker", text, start, metric_end)
            if taker is not None and taker.end() < metric_end and find_marker(
                    "as_goal", text, metric_end, clause_end(text, metric_end)):
                object_of = taker
        if object_of is not None:  # 政府工作报告把“单位国内生产总值能耗降低3%左右”…: the metric is what 把 takes
            start = object_of.end()
        roles = ("lead", "commitment", "forecast", "auxiliary") + (("count_verb",) if bare else ())
        start = strip_leading(text, start, metric_end, roles)
        if start < metric_end and text[start] in OPENING_QUOTES and not any(
                c in CLOSING_QUOTES for c in text[start:metric_end]):
            # 「国内生产总值增长5%左右；…: a quote that opens a list of goals is no part of the first metric
            start = strip_leading(text, start + 1, metric_end, roles)
        # 五年年均增长达到6%以上: the years a rate is counted over are no metric
        years = _YEARS_COUNTED.match(text, start)  # (the rate's words may lie past metric_end)
        if years is not None and years.end() <= metric_end:
            start = years.end()
        # 该项目预计建成后可实现年总产值…: what the project will yield follows its completion
        done = last_marker("completion", text, start, metric_end)
        if done is not None:
            start = strip_leading(text, done.end(), metric_end, roles)
        # 确保招商引资项目完成固定资产投资220亿元: what does the amount comes before its verb; the metric follows
        verb = find_marker("amount_verb", text, start + 1, min(metric_end, start + MAX_DOER + 1))
        if verb is not None and metric_end - verb.end() >= MIN_LISTED_METRIC:
            start = verb.end()
        return start

    def _fact(self, segment: Segment, clause_from: int, number: dict, relation: Relation,
              baseline: Baseline | None, metric: str, metric_start: int, change: str | None = None,
              text_end: int | None = None, shared_suffix: str | None = None) -> dict:
        text = self.text
        verb = relation.verb
        if change is None and verb is not None and verb.reading == BY:
            change = verb.change
        suffix = suffix_word(text, number["end"], number.get("text") or "") or shared_suffix
        is_range = number.get("low") is not None or number.get("high") is not None
        # 培育…5家, 完成营造林600万亩: a goal of making or doing so much is a floor, like a count
        # (not a share: 新增新开规模工业企业数占全市1/5 is the share the new ones make, a level)
        made = verb is None and number.get("type") not in SHARE_TYPES and (
            find_marker("count_verb", text, clause_from, min(metric_start, number["start"])) is not None
            # 集成电路和光电产业集群实现产值4000亿元: an amount done is a floor, its doer however long
            or find_marker("amount_verb", text, clause_from, number["start"]) is not None
            or any(text.startswith(w, metric_start) for w in marker_set("count_verb") if w in marker_set("word"))
            # 基本形成45万吨…、6万立方米电解液: a capacity verb governs the measures listed in its clause
            or number.get("type") == "measure" and find_marker(
                "capacity_verb", text, clause_start(text, number["start"], segment.start), number["start"]) is not None)
        comparator = comparator_for(relation, suffix, number.get("qualifier"), is_range,
                                    number.get("type") == "count" or made, self.config.change_comparator,
                                    self.config.count_comparator, self.config.level_comparator,
                                    is_change=change is not None)
        start = self._text_start(segment, clause_from)
        end = text_end if text_end is not None else self._value_end(number)
        start += bullet_length(text, start, end)  # ；——财政收入增长18%: the bullet of a run-in list item
        if text[start] in OPENING_QUOTES and not any(c in CLOSING_QUOTES for c in text[start:end]):
            start += 1  # 「今年AI普及率要到30%」: a quote the target's words open, not close
        value, unit = plain_value(number)
        if change == INCREASE and number.get("type") == "multiple" and isinstance(value, (int, float)):
            change, value = MULTIPLY, value + 1  # 较2020年增加两倍: three times the base, like 翻一番 twice
        commitment = (self._commitment_in(clause_from, number["start"]) or relation.commitment
                      or self._inherited_commitment(segment, clause_from, bare=verb is None))
        # 预计到2025年，…；培育…5个以上: a forecast word in the time phrase makes all it scopes forecasts
        anchor = segment.anchor
        forecast = relation.forecast or anchor is not None and find_marker("forecast", text, anchor.start, anchor.end)
        status = FORECAST if forecast else status_of(text, self._status_from(segment, clause_from, number["start"]),
                                                     number["start"])
        if status != FORECAST and any(s <= number["start"] < e for s, e in self.outlooks) and not find_marker(
                "pledge", text, self._sentence_start(clause_from), number["start"]):
            status = FORECAST  # 一、经济增长展望 … 2027年…回升至4.6%: an outlook's section forecasts
        return self._target(start, end, segment, status=status, metric=metric, comparator=comparator,
                            change=change, baseline=baseline.value if baseline else None,
                            value=None if is_range else value, unit=unit,
                            low=number.get("low"), high=number.get("high"), commitment=commitment,
                            subject_from=metric_start)

    def _status_from(self, segment: Segment, clause_from: int, value_start: int) -> int:
        """Where the words that make a value a forecast may begin: its sentence, or the stretch of it a
        later time scopes when that stretch sets goals of its own (长沙2022年预计…增长4.8%，2023年…主要预期目标
        包括…增长7%左右: the 预计 is the year before's)."""
        sentence_start = self._sentence_start(clause_from)
        if sentence_start < segment.start and find_marker("goal_frame", self.text, segment.start, value_start):
            return segment.start
        return sentence_start

    def _commitment_in(self, start: int, end: int) -> str | None:
        """The first hedge in ``text[start:end]`` that is not part of an anchor (经过5年的努力)."""
        for m in marker_pattern("commitment").finditer(self.text, start, end):
            if marker_pattern("word").match(self.text, m.start()):
                continue  # 基本医疗保险参保率: a content word that begins like a hedge
            if not any(a.start < m.start() < a.end for a in self.anchors):
                return m.group(0)
        return None

    def _inherited_commitment(self, segment: Segment, clause_from: int, bare: bool) -> str | None:
        """A hedge stated before the clause: on the anchor (力争到2025年，…、…; 力争2025年…、其中…),
        or just after an anchor that stands alone (到2020年，力争A…，B…), it covers the whole segment; in the clause before, only a clause without a verb of its own shares it
        (力争创建世界500强企业5家，“领航”企业5家)."""
        text = self.text
        if not segment.inherited and segment.start < clause_from:
            head_end = min(clause_end(text, segment.start, segment.end), clause_from)
            if self._anchor_only(segment.start, head_end) and head_end < clause_from:
                head_end = min(clause_end(text, head_end + 1, segment.end), clause_from)  # 到2020年，力争A，B
            found = self._commitment_in(segment.start, head_end)  # 力争2025年A、其中B: B shares it
            # 到2025年，全市将基本建成…体系，新材料产业产值突破2000亿元: 基本 hedges its own verb only
            if found and found not in marker_set("own_hedge"):
                return found
        if bare and clause_from > segment.start:
            previous = clause_start(text, clause_from - 1, segment.start)
            found = self._commitment_in(previous, clause_from)
            # …与经济增长基本同步，居民消费价格涨幅2%左右: 基本 hedges its own verb, not the next goal
            return None if found in marker_set("own_hedge") else found
        # 力争全市规模以上工业增加值增长6%左右，工业投资增长7%左右，…达到140家: a pledge that opens a run of
        # goal clauses, one after another with a value each, pledges them all
        end = clause_from
        for c_start in self._clauses_back(segment, clause_from):
            if not states_value(text[c_start:end]) or any(c in text[c_start:end] for c in LIST_SEMICOLONS):
                return None  # (…，确保65亿元；固定资产投资增长5%以上: a ；-item pledges only itself)
            pledge = find_marker("pledge", text, c_start, end)
            if pledge is not None:
                return pledge.group(0) if text.startswith(pledge.group(0), strip_leading(text, c_start, end, ())) else None
            end = c_start
        return None

    def _target(self, start: int, end: int, segment: Segment, subject_from: int,
                subject: str | None = None, **fields) -> dict:
        sentence_start = self.sentences.span_of(start)[0]
        subject = (subject or clauses.sentence_subject(self.text, sentence_start, subject_from)
                   or self._list_subject(segment, sentence_start) or self.doc_subject)
        source_start, source_end = self.to_source.map_span(start, end)
        return target_fact(
            self.surface[start:end], start, end,
            deadline=segment.anchor.deadline if segment.anchor else None, subject=subject,
            sentence=self.sentences.sentence_of(start, end),
            source_start=source_start, source_end=source_end, **fields,
        )

    def _text_start(self, segment: Segment, clause_from: int) -> int:
        """A target's text starts at its clause, or at its anchor when that stands alone before it."""
        for c_start in self._clauses_back(segment, clause_from):
            if not self._anchor_only(c_start, clause_from):
                break
            return segment.start
        return clause_from

    def _clauses_back(self, segment: Segment, clause_from: int) -> list[int]:
        """Starts of the clauses of ``segment`` before ``clause_from``, nearest first."""
        starts = []
        pos = clause_from
        while pos > segment.start:
            pos = clause_start(self.text, pos - 1, segment.start)
            starts.append(pos)
        return starts

    def _anchor_only(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds nothing but an anchor with its hedges (力争到2025年，)."""
        roles = ("lead", "commitment", "forecast")
        pos = strip_leading(self.text, start, end, roles)
        anchor = next((a for a in self.anchors if start <= a.start <= pos), None)
        return anchor is not None and strip_leading(self.text, anchor.end, end, roles) >= end

    def _list_subject(self, segment: Segment, sentence_start: int) -> str | None:
        """A list of subjects before the anchor: 电子信息、汽车…等4个产业，到2025年将成为万亿级产业."""
        if segment.inherited or segment.start <= sentence_start:
            return None
        c_start = clause_start(self.text, segment.start - 1, sentence_start)
        c_start = strip_leading(self.text, c_start, segment.start, ("lead",))
        phrase = self.text[c_start:strip_trailing(self.text, c_start, segment.start)]
        return phrase if "、" in phrase else None

    # -- goals without a number ------------------------------------------------

    def qualitative(self, segment: Segment, found: list[dict]) -> list[dict]:
        """Goals without a number that name what they aim at: 打造成为世界一流产业."""
        text = self.text
        out = []
        pos = segment.start
        while pos < segment.end:
            c_start, c_end = pos, clause_end(text, pos, segment.end)
            pos = c_end + 1
            if any(c_start < f["end"] <= c_end for f in found):
                continue
            goal = find_marker("goal_verb", text, c_start, c_end)
            aim = (find_marker("aspiration", text, goal.start(), c_end)
                   or _RANK.search(text, goal.start(), c_end, timeout=PATTERN_TIMEOUT)) if goal else None
            if aim is not None and self._lays_groundwork(c_start, c_end):
                continue  # 为全省如期实现碳达峰奠定坚实基础: the aim is what the goals before it are for
            if aim is not None and any(text.endswith(w, c_start, strip_trailing(text, c_start, c_end))
                                       for w in marker_set("precondition")):
                continue  # 要在全面建成小康社会、实现“第一个百年目标”的基础上，: the aim is what the goals build on
            if aim is None or self._not_target(segment, c_start, c_end):
                continue
            start, subject = self._qualitative_start(segment, c_start)
            end = strip_trailing(text, c_start, c_end)
            verb = last_marker("goal_verb", text, c_start, aim.start()) or goal
            out.append(self._target(
                start, end, segment, subject_from=c_start, subject=subject,
                status=status_of(text, self._sentence_start(c_start), c_end), metric=text[verb.end():end] or None,
                qualitative=True,
                commitment=self._commitment_in(c_start, c_end) or self._inherited_commitment(segment, c_start, bare=False),
            ))
        return out

    def _lays_groundwork(self, start: int, end: int) -> bool:
        """Whether a clause says what the goals are for (为…奠定坚实基础, 为…打下基础): it ends by laying
        groundwork, and it or one of the clauses of its sentence before it opens with a word of purpose
        (为到2035年…翻一翻，达到中等发达国家水平打好基础), so the aim it names is no goal of its own."""
        if find_marker("groundwork", self.text, start, end) is None:
            return False
        floor = self._sentence_start(start)
        pos = start
        for _ in range(PURPOSE_CLAUSES):
            if self._starts_with("purpose", strip_leading(self.text, pos, end, ()), end):
                return True
            if pos <= floor:
                return False
            pos = clause_start(self.text, pos - 1, floor)
        return False

    def _qualitative_start(self, segment: Segment, c_start: int) -> tuple[int, str | None]:
        """Take in an anchor standing alone and a 将-clause naming what the goal is for."""
        start, subject = c_start, None
        for prev in self._clauses_back(segment, c_start):
            prev_end = strip_trailing(self.text, prev, start)
            if self._anchor_only(prev, start):
                start = prev
            elif subject is None and self.text.startswith(("将", "把"), prev):
                subject = self.text[prev + 1:prev_end]
                start = prev
            else:
                break
        return start, subject


def _phrase(match) -> str | None:
    return match.group(0) if match else None


def _usable(number: dict, text: str) -> bool:
    """A number fact whose span lies in the text (facts of an older text are ignored)."""
    start, end = number.get("start"), number.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text) and "type" in number
