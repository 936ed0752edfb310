"""The matcher: an ordered alternation of branches, one pass over the text.

The grammar is an ordered alternation of named branches (fixed phrases that
are not numbers, list markers, codes, phones, dates, plan periods, percents,
fractions, ordinals, quantities with units …).  The scan goes leftmost
first, and at one position the first branch that matches wins, so a branch
listed earlier claims its text before a more general one can (``十四五`` is a
plan period before it could be a numeral; ``2023年8月`` a date before
``2023年`` a year).  Each branch has a reader that turns the match into
zero or more facts; a reader that finds the match is not a number (a lone 一
before a measure word, an invalid month) returns nothing.

For speed the alternation is never compiled whole: one search finds the next
place where a branch's entry test passes, and the first such branch is tried
there alone, compiled with plain ``re`` where it can be; only when it fails are
the branches after it tried (:class:`Branch`, :func:`matches`).  That finds
exactly what the whole alternation would (``tests/test_numbers_dispatch.py``
checks it).

Tables (units, measure words, qualifiers, fixed phrases, plan periods) come
from ``policytext/data`` through :mod:`.units` and :mod:`.dates`.
"""

from __future__ import annotations

import re
import string
import time
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterator, NamedTuple

import regex

from . import dates
from .dates import DocDate
from .numerals import (
    CHINESE_DIGITS,
    CHINESE_NUMERAL_CHARS,
    NumeralError,
    approximate_range,
    is_bare_magnitude,
    is_chinese_numeral,
    read_magnitude,
    read_numeral,
    to_json_number,
)
from .units import (
    Unit,
    approximate_pairs,
    guard_words,
    lookup_unit,
    magnitudes,
    measure_words,
    implied_units,
    not_numbers,
    number_words,
    ordinal_nouns,
    qualifier_words,
    qualifier_words_at,
    qualifier_words_ending_with,
    units,
    written_currencies,
)

# ---------------------------------------------------------------------------
# Pattern pieces


def _alternation(words) -> str:
    """Literal words as one alternation, longest first (regex tries in order)."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _words(words) -> str:
    """Literal words as one alternation, longest first, split by first character (see _by_first_char)."""
    return _by_first_char([(w, regex.escape(w)) for w in sorted(set(words), key=lambda w: (-len(w), w))])


def _first_chars(words) -> str:
    return "".join(sorted({w[0] for w in words}))


def _by_first_char(parts: list[tuple[str, str]]) -> str:
    """Alternatives ``(word, pattern)``, tried in their order, grouped by the word's first character.

    ``regex`` tries the alternatives of a list one by one, so a unit near the end of
    a list of 170 first characters (年) cost some 170 tests.  Split in halves behind a
    class of their first characters, the list takes a handful of class lookups to
    reach the words that start at a position.  Words with different first characters
    never match at the same place, so the order that matters (longest first) is kept.
    """
    groups: dict[str, list[str]] = {}
    for word, pattern in parts:
        groups.setdefault(word[0], []).append(pattern)
    return f"(?=[{''.join(regex.escape(ch) for ch in groups)}])(?:{_halves(list(groups.items()))})"


_HALVES_LEAF = 4


def _halves(groups: list[tuple[str, list[str]]]) -> str:
    def guarded(part: list[tuple[str, list[str]]]) -> str:
        return f"(?=[{''.join(regex.escape(ch) for ch, _ in part)}])(?:{_halves(part)})"

    if len(groups) > _HALVES_LEAF:
        half = len(groups) // 2
        return guarded(groups[:half]) + "|" + guarded(groups[half:])
    return "|".join(ps[0] if len(ps) == 1 else f"(?={regex.escape(ch)})(?:{'|'.join(ps)})" for ch, ps in groups)


def _not_followed_by(guard: str, key: str = "-") -> str:
    """A negative lookahead for the words of a guard in number_guards.tsv."""
    words = guard_words(guard, key)
    return f"(?!{_alternation(words)})" if words else ""


def _chars(guard: str, key: str = "-") -> str:
    """The one-character words of a guard, for a character class."""
    return "".join(regex.escape(w) for w in guard_words(guard, key) if len(w) == 1)


_D = "[0-9０-９]"
# The characters a branch's match can start with (see Branch).
_DIGITS = "0123456789０１２３４５６７８９"
_YEAR_FIRST = "12１２"
_SMALL_CN = "一二三四五六七八九十"
_CIRCLED = "".join(chr(c) for c in range(ord("①"), ord("⑳") + 1))
_SIGNS = "-－−"
_EMAIL_CHARS = string.ascii_letters + string.digits + "._%+-"
_LATIN = "A-Za-zＡ-Ｚａ-ｚ"
_SP = "[ \u3000\u00a0]?"  # one stray space, as PDF and wire text leave them (113. 2万吨, 10.4 ％)
_CN = CHINESE_NUMERAL_CHARS
# Taiwan writes an amount in two parts (4万2170美元 = 42170; 1万7,207名 = 17207; 5兆9,990亿元 = 59990亿): the part after the
# magnitude counts ones below 万, or 亿 below 兆, so the numeral is part × 10000 + rest.  Not before an
# age, a time or 个 (惠及390万65岁以上老人: two numbers).
_COMPOUND = (rf"{_D}+(?:[万萬](?:{_D}[,，]{_D}{{3}}|{_D}{{1,4}})(?![{_DIGITS},，.．·十百千万萬亿億兆]|{_SP}[岁歲年月日天周週时時个個])"
             rf"|兆(?:{_D}[,，]{_D}{{3}}|{_D}{{1,4}})(?![{_DIGITS}])(?=[亿億]))")
_ARABIC = rf"(?:{_COMPOUND}|{_D}+(?:[,，]{_D}{{3}}(?!{_D}))*(?:(?:[.．]{_SP}|[·・]){_D}+)?)"
# Chinese numerals are matched lazily where a unit must follow (so 百万千瓦 is
# 百万 × 千瓦) and greedily where nothing must (第十四届, 百分之二十一点九).
# A real numeral is short; the bound keeps a run of numeral characters in hostile
# input from costing quadratic time.
_CN_LAZY = rf"[{_CN}]{{1,16}}?(?:[点點．][零〇一二三四五六七八九]{{1,8}})?"
_CN_GREEDY = rf"[{_CN}]{{1,16}}(?:[点點．][零〇一二三四五六七八九]{{1,8}})?"
_NUM_START = (rf"(?:(?<![{_LATIN}0-9０-９.．·・_\\\-－~～])(?={_D})"
              rf"|(?<![{_CN}{_chars('not_after_numeral')}0-9０-９])(?=[{_CN}]))")
_NUM = rf"{_NUM_START}(?:{_ARABIC}|{_CN_LAZY})"
_NUM_G = rf"{_NUM_START}(?:{_ARABIC}|{_CN_GREEDY})(?![{_CN}])"
# After 第 or a range connector the numeral needs no guard on its left.
_NUM_BOUND = rf"(?:{_ARABIC}|{_CN_LAZY})"
_NUM_BOUND_G = rf"(?:{_ARABIC}|{_CN_GREEDY})(?![{_CN}])"
# 兆 is no magnitude where it opens a unit of units.tsv (324万兆瓦 is 324万 MW, not 324万兆 W)
_MAG = "(?:[十百千万亿萬億]|兆(?![瓦伏赫帕]))" + "{1,2}"
_INNER_Q = "余|餘|多"
_INNER_Q_CHARS = "余餘多"
_CONN = "——|[-–—－~～〜至到]"
# 一 typed for a dash between two percentages (增长5%一5.5%): only there, where no numeral 一 can stand
_PERCENT_DASH = "(?<=[%％])一(?=[0-9０-９])"
# Every character a numeral (_ARABIC, _CN_LAZY, _CN_GREEDY) can hold.
_NUMERAL_CHARS = _DIGITS + _CN + ",，.．·・ \u3000\u00a0点點"
_LIST_SEP = f"[{_chars('list_separators')}]"
_DATE_LIST = "、"  # 1、2月份, 8月14、15日: a list of two months or days
_YEAR4 = "(?:[12１２][0-9０-９]{3})"
_CN_YEAR = "[〇零○一二三四五六七八九]{4}"
_BARE_YEAR = "(?:19[4-9]|20[0-9]|１９[４-９]|２０[０-９])[0-9０-９]"  # 1940..2099 written alone
_MONTH = rf"(?:{_D}{{1,2}}|十[一二]?|[一二三四五六七八九十])"
_DAY = rf"(?:{_D}{{1,2}}|三十一?|[二]?十[一二三四五六七八九]?|[一二三四五六七八九十])"
_YEAR_SUFFIX = f"年(?:度|底|末|初{_not_followed_by('not_after_year_initial', '初')})?"
_DATE_SUFFIX = "(?:底|末|初|上旬|中旬|下旬)?(?:以前|之前|前后|前(?![一二三四五六七八九十两0-9０-９]))?"
_PER = "[/／]"
RANK_WORDS = guard_words("rank_words")
ORDINAL_DIGITS = guard_words("class_digits")
LONG_CODE_DIGITS = 7
# How far a number looks ahead for the unit it shares with a list (bounds the work on long lists).
SHARED_UNIT_LIST_MAX = 8


_FOLLOWED_BY_RUN = 32


def _followed_by(chars: str, *, past: str = "", gap: int = 0) -> str:
    """A lookahead a branch can test cheaply before its full pattern: one of ``chars``
    comes past the run of numeral characters (and ``past``) and at most ``gap`` more.

    It states what the branch needs anyway (a unit after the number, a connector
    in a range), so it changes no match; it spares the engine trying every
    length of the numeral, hedge and magnitude at numbers that cannot match.
    """
    run = "".join(regex.escape(ch) for ch in dict.fromkeys(_NUMERAL_CHARS + past) if ch not in chars)
    between = f"(?s:.){{0,{gap}}}?" if gap else ""
    # Past a long run the test gives up and lets the branch decide: the work stays bounded.
    return f"(?=[{run}]{{0,{_FOLLOWED_BY_RUN}}}+(?:{between}[{regex.escape(chars)}]|[{run}]))"


def _unit_words() -> list[str]:
    return [w for w in units() if w != "年"] + list(measure_words())


def _unit_alternation() -> str:
    words = _unit_words()
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        part = regex.escape(w)
        if w.isascii() and w[-1].isalpha():
            part += f"(?![{_LATIN}])"  # 5t is tonnes, 5th is not
        if w.isascii() and len(w) == 1 and w.isalpha():
            part = r"(?<![ \u3000\u00a0])" + part  # 5t, but 8 t in letter-and-digit noise is not
        part += _not_followed_by("not_after_unit", w)  # 3万亿台阶: 台 begins a word there
        parts.append((w, part))
    # 年 and its date variants go last: 年度/年底 are read as a year, 个年头 is longer
    parts.append(("年", f"{_YEAR_SUFFIX}(?!代)"))
    return _by_first_char(parts)


def _suffix_alternation() -> str:
    after = [q.word for q in qualifier_words_at("after")]
    return _by_first_char([(w, regex.escape(w) + _not_followed_by("not_after_qualifier", w))
                           for w in sorted(after, key=lambda w: -len(w))])


def _number_word_alternation() -> str:
    """一半, 半年 …, each kept out of the longer words that hold it (上半年)."""
    parts = []
    for w in sorted(number_words(), key=lambda w: (-len(w), w)):
        before = "".join(regex.escape(c) for c in guard_words("not_before_word", w))
        parts.append((f"(?<![{before}])" if before else "") + regex.escape(w) + _not_followed_by("not_after_word", w))
    return "(?:" + "|".join(parts) + ")"


def _amount_unit_alternation() -> str:
    """Units of money, measures and percent signs: after them a decimal is an amount, not a section number."""
    return _words(w for w, u in units().items()
                  if u.type in ("money", "measure") or (u.type == "percent" and not w.isalpha()))


def _within_alternation() -> str:
    """Hedges that bound a span of time (五年内): read only after a duration."""
    return _by_first_char([(q.word, regex.escape(q.word) + _not_followed_by("not_after_duration", q.word))
                           for q in qualifier_words_at("after_duration")])


@dataclass(frozen=True)
class Branch:
    """One branch of the grammar.

    starts: every character its match can start with.
    pattern: the branch, in ``regex`` syntax (alone, it is compiled with plain ``re``
        where it can be: see :func:`_plain_where_possible`).
    entry: a plain ``re`` pattern that matches wherever the branch can (what its match
        must begin with).  The scan searches for the next place where an entry
        passes, so a letter or a 中 that begins nothing costs no Python step, and
        no branch before the first whose entry passes there needs trying.
    usual: most matches at its characters are this branch's (the quantity branch).
        Where it is the first whose entry passes but does not match, the scan goes
        on with the branches after it.  Its :meth:`lean` keeps the inner groups:
        reading a match again would cost more.
    """

    starts: str
    pattern: str
    entry: str
    usual: bool = False

    @property
    def name(self) -> str:
        """The group the whole branch is (``quantity``); its reader's key."""
        return _GROUP_NAME.search(self.pattern).group(1)

    def lean(self) -> str:
        """The pattern with its inner groups made non-capturing (bar those it refers back to).

        ``regex`` saves every group's span at each choice point while it tries an
        alternation, so the hundred inner groups of all the branches made each try
        cost microseconds; the scan finds the branch with lean patterns and reads
        the groups of the one that matched with its full pattern.
        """
        if self.usual:
            return self.pattern
        keep = {self.name} | set(_BACK_REFERENCE.findall(self.pattern))
        return _GROUP_NAME.sub(lambda m: m.group() if m.group(1) in keep else "(?:", self.pattern)


_GROUP_NAME = regex.compile(r"\(\?P<(\w+)>")
_BACK_REFERENCE = regex.compile(r"\(\?P=(\w+)\)")


class _Tried(NamedTuple):
    """The branches tried at one character, compiled.

    pattern: the lean alternation of all of them, in their order.
    usual: the name of the usual branch among them (see Branch), or None.
    after_usual: the lean alternation of the branches after the usual one, or None.
    """

    pattern: regex.Pattern
    usual: str | None
    after_usual: regex.Pattern | re.Pattern | None


@dataclass(frozen=True)
class _Dispatch:
    """The compiled grammar, tried by the character at each position.

    entries: finds the next place where the entry of a branch that can start with its
        character passes (see :func:`_entry_search`).
    first_of: the branch whose entry passed, by the number of the group it set.
    tried_at: for each character a branch can start with, its branches compiled.
    alone: each branch alone, with all its groups, by name.
    reread: the branches whose lean pattern lost inner groups: a match of one in an
        alternation is read again with the branch alone.
    """

    entries: re.Pattern
    first_of: tuple[str | None, ...]
    tried_at: dict[str, _Tried]
    alone: dict[str, regex.Pattern | re.Pattern]
    reread: frozenset[str]


def _entry_search(branches_at: dict[str, list[Branch]]) -> tuple[re.Pattern, tuple[str | None, ...]]:
    """One ``re`` pattern whose search finds the next place where, of the branches that
    can start with the character there, one's entry passes, and the group it set, whose
    number names (in the tuple returned) the first such branch.

    The pattern is a class of all the start characters, which ``re`` skips to
    quickly, then a look back at that character: from it, the entries of the
    branches of its kind in their order, each in a group of its own.
    """
    kinds: dict[tuple[str, ...], str] = {}  # the characters tried by the same branches
    for ch, listed in branches_at.items():
        names = tuple(branch.name for branch in listed)
        kinds[names] = kinds.get(names, "") + ch
    by_name = {branch.name: branch for listed in branches_at.values() for branch in listed}
    first_of: list[str | None] = [None]  # group 0 is the whole match
    alternatives = []
    # Most places are numbers: the kinds that hold the usual branch are looked at first.
    for names, chars in sorted(kinds.items(), key=lambda kind: not any(by_name[n].usual for n in kind[0])):
        first_of.extend(names)
        entries = "|".join(f"({by_name[name].entry})" for name in names)
        alternatives.append(f"(?=[{re.escape(chars)}])(?:{entries})")
    starts = re.escape("".join(branches_at))
    search = re.compile(f"[{starts}](?<=(?=" + "|".join(alternatives) + ")(?s:.))")
    if search.groups != len(first_of) - 1:
        raise ValueError("an entry test must not hold a group of its own")
    return search, tuple(first_of)


def _lean_alternation(listed: list[Branch]) -> regex.Pattern:
    return regex.compile("|".join(branch.lean() for branch in listed), regex.V0)


def _plain_where_possible(pattern: str) -> re.Pattern | regex.Pattern:
    """``pattern`` compiled with plain ``re`` when it can be (it runs such patterns two to
    three times faster), else with ``regex`` (``\\p{Han}``, lookbehinds of varying width).
    Both engines backtrack the same way, so a pattern finds the same match in either
    (tests/test_numbers_dispatch.py checks the scan against one ``regex`` alternation)."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern, regex.V0)


@lru_cache(maxsize=None)
def _dispatch() -> _Dispatch:
    """Characters tried by the same branches share one compiled pattern.

    A small pattern is cheap to try: ``regex`` resets every group and repeat of a
    pattern at each position it tries, so one pattern of all the branches cost
    microseconds at every digit and numeral character of the text.
    """
    listed = branches()
    own: dict[str, tuple[int, ...]] = {}
    for ch in sorted({ch for branch in listed for ch in branch.starts}):
        own[ch] = tuple(i for i, branch in enumerate(listed) if ch in branch.starts)
    # Digits, Chinese numerals and signs share one pattern of all their branches: each
    # variant of the long quantity branch takes a tenth of a second to compile.  A branch
    # tried at a character it cannot start with fails there: the matches stay the same.
    # The entry tests (plain re, quicker to compile) are shared by each kind alone: shorter.
    for chars in (_DIGITS, _CN, _SIGNS):
        of_kind = tuple(sorted({i for ch in chars for i in own[ch]}))
        own.update((ch, of_kind) for ch in chars)
    tried_at = dict(own)
    numeral_starts = _DIGITS + _CN + _SIGNS
    shared = tuple(sorted({i for ch in numeral_starts for i in own[ch]}))
    tried_at.update((ch, shared) for ch in numeral_starts)
    alternations = {tried: _lean_alternation([listed[i] for i in tried]) for tried in set(tried_at.values())}
    compiled: dict[tuple[int, ...], _Tried] = {}
    for tried in tried_at.values():
        if tried not in compiled:
            here = [listed[i] for i in tried]
            usual = next((n for n, branch in enumerate(here) if branch.usual), None)
            if usual is None:
                compiled[tried] = _Tried(alternations[tried], None, None)
            else:
                after = here[usual + 1:]
                compiled[tried] = _Tried(alternations[tried], here[usual].name,
                                         _plain_where_possible("|".join(b.lean() for b in after)) if after else None)
    entries, first_of = _entry_search({ch: [listed[i] for i in mine] for ch, mine in own.items()})
    return _Dispatch(
        entries=entries,
        first_of=first_of,
        tried_at={ch: compiled[tried] for ch, tried in tried_at.items()},
        alone={branch.name: _plain_where_possible(branch.pattern) for branch in listed},
        reread=frozenset(branch.name for branch in listed if branch.lean() != branch.pattern),
    )


def prepare() -> None:
    """Compile the grammar and load every table its readers use, before documents flow.

    The compile takes most of a second; done once in a parent process, before a
    pool forks, its workers share it.  Without it all is built on first use.
    """
    _dispatch()
    implied_unit_pattern()
    dates.plan_periods_by_number()
    magnitudes()
    approximate_pairs()
    qualifier_words()
    for position in ("before", "inside", "after", "after_date", "after_duration"):
        qualifier_words_ending_with(position)
    lookup_unit("个")  # the measure words as count units
    written_currencies()


def match_at(text: str, pos: int, timeout: float | None = None) -> regex.Match | re.Match | None:
    """The first branch that matches at ``pos``, as in the ordered alternation of :func:`branches`."""
    dispatch = _dispatch()
    tried = dispatch.tried_at.get(text[pos:pos + 1])
    if tried is None:
        return None
    found = tried.pattern.match(text, pos, timeout=timeout)
    if found is None:
        return None
    # The branch alone retraces the path it just took within the time limit, to the
    # same end, recording its groups this time: nothing new to bound.
    if found.lastgroup in dispatch.reread:
        return dispatch.alone[found.lastgroup].match(text, pos)
    return found


def matches(text: str, timeout: float | None = None) -> Iterator[regex.Match | re.Match]:
    """Leftmost matches of the branches, each search going on where the last match ended.

    This is what one alternation of all the branches finds, tried only where the entry
    of a branch passes, and from the first such branch, alone; when it does not
    match, a later one may: those after it where it is the usual one, else the
    whole alternation of the branches at that character.  No branch matches the
    empty string.
    ``timeout`` bounds the whole text: the clock is read here, between matches, not by
    ``regex`` inside each (its ``timeout=`` costs some 2 µs a call, a tenth of the
    stage).  That is enough because the work of one match is bounded: every
    lookahead and numeral has a length limit (tests/test_numbers.py, HOSTILE).
    """
    dispatch = _dispatch()
    search, first_of, tried_at = dispatch.entries.search, dispatch.first_of, dispatch.tried_at
    alone, reread = dispatch.alone, dispatch.reread
    monotonic = time.monotonic
    deadline = None if timeout is None else monotonic() + timeout
    pos = 0
    while (passed := search(text, pos)) is not None:
        pos = passed.start()
        if deadline is not None and monotonic() >= deadline:
            raise TimeoutError("regex timed out")
        first = first_of[passed.lastindex]  # no branch before it can match here
        found = alone[first].match(text, pos)
        if found is None:
            pattern, usual, after_usual = tried_at[text[pos]]
            if first == usual:
                pattern = after_usual
            found = pattern.match(text, pos) if pattern is not None else None
            if found is None:
                pos += 1
                continue
            if found.lastgroup in reread:
                found = alone[found.lastgroup].match(text, pos)  # its groups, as in match_at
        yield found
        end = found.end()
        pos = end if end > pos else pos + 1  # never stuck, should a branch ever match nothing


def branches() -> list[Branch]:
    """The branches of the grammar, in the order they are tried."""
    unit = _unit_alternation()
    suffix = _suffix_alternation()
    within = _within_alternation()
    ordinal_unit = _words(list(ordinal_nouns()) + list(measure_words()))
    unit_starts = _first_chars(_unit_words()) + "年"
    longest_unit = max(len(w) for w in _unit_words() + ["年度"])
    # What the branches that read a numeral need past it: tested first inside each
    # branch, and as its entry (see Branch) where the branch can start at a numeral.
    connectors = "—-–－~～〜至到"
    needs_fraction_mark = _followed_by("分")
    needs_ordinal_noun = _followed_by(_first_chars(guard_words("plain_ordinal_nouns")) + "次期")
    needs_year_or_month = _followed_by("年月")
    needs_month_range = _followed_by("年" + _DATE_LIST + connectors)
    needs_day_range = _followed_by(_DATE_LIST + connectors)
    # (一 as a dash is tested apart: in the character test it would let every numeral 一 through)
    needs_connector = (f"(?:{_followed_by(connectors, past=_INNER_Q_CHARS, gap=longest_unit + 1)}"
                       rf"|(?=[0-9０-９.．]+[%％]一[0-9０-９]))")
    needs_unit = _followed_by(unit_starts, past=_INNER_Q_CHARS + _SIGNS)
    needs_level = _followed_by("级")
    needs_magnitude = _followed_by("万亿萬億", past=_INNER_Q_CHARS)
    plans = dates.plan_periods()
    long_plan_names = [n for n in plans if n.startswith("十") and len(n) == 3]
    short_plan_names = [n for n in plans if len(n) == 2]
    long_plans, short_plans = _alternation(long_plan_names), _alternation(short_plan_names)
    line_start = r"(?<=(?:^|\n)[ \t\u3000]*)"
    return [
        # Fixed phrases that hold numerals but state no quantity: skipped whole.
        Branch(_first_chars(not_numbers()), rf"(?P<not_number>{_words(not_numbers())})",
               entry=_alternation(not_numbers())),
        # Section numbers at a line start (1.1 编制目的) are headings, not decimals.
        # ... unless a magnitude or an amount's unit follows: a wrapped line may start with 1.5万亿元.
        Branch(_DIGITS, rf"{line_start}(?P<section>{_D}{{1,2}}(?:[.．]{_D}{{1,2}})+)(?=[ \t\u3000]|\p{{Han}})"
               rf"(?![十百千万亿萬億]|{_amount_unit_alternation()})",
               entry=rf"(?<![^\n \t\u3000]){_D}{{1,2}}[.．]{_D}"),
        Branch("（(" + _SMALL_CN + _DIGITS + _CIRCLED,
               rf"{line_start}(?P<list_marker>[（(](?P<lm_a>[一二三四五六七八九十]{{1,3}}|{_D}{{1,2}})[)）]"
               rf"|(?P<lm_b>[一二三四五六七八九十]{{1,3}}|{_D}{{1,2}})(?=[、．.](?!{_D}))|(?P<lm_c>[①-⑳]))",
               entry=rf"[（(][{_SMALL_CN}{_DIGITS}]|[{_SMALL_CN}]{{1,3}}[、．.]|{_D}{{1,2}}[、．.](?!{_D})|[{_CIRCLED}]"),
        Branch(_SMALL_CN, r"(?<=(?:^|[\n。；;：:，,])[ \t\u3000]*)(?P<enumerator>[一二三四五六七八九十]{1,3})(?=是)",
               entry=f"[{_SMALL_CN}]{{1,3}}是"),
        Branch("〔[［【„(（",
               rf"(?P<doc_number>[〔\[［【„(（]{_SP}(?:19|20){_D}{{2}}{_SP}[〕\]］】‟)）]{_SP}第?{_SP}{_D}{{1,4}}{_SP}号)",
               entry=rf"[〔\[［【„(（]{_SP}(?:19|20)"),
        Branch(_first_chars(guard_words("standard_prefixes")),
               rf"(?P<standard>(?<![{_LATIN}])(?:{_alternation(guard_words('standard_prefixes'))}){_SP}{_D}+(?:[.．]{_D}+)*"
               rf"(?:[-－—]{_D}{{2,4}})?)(?![0-9０-９])", entry=_alternation(guard_words("standard_prefixes"))),
        Branch(_EMAIL_CHARS,
               r"(?P<email>(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,8})",
               entry=r"[A-Za-z0-9._%+\-]{1,64}+@"),
        Branch("hw", r"(?P<url>(?:https?://|www\.)[A-Za-z0-9./_\-?=&%#:~]+)", entry=r"https?://|www\."),
        Branch("(（" + _DIGITS,
               rf"(?P<phone>(?<![0-9０-９])(?:[(（]0{_D}{{2,3}}[)）]{_SP}{_D}{{7,8}}|0{_D}{{2,3}}[-－—]{_SP}{_D}{{7,8}}"
               rf"|0{_D}{{9,11}}|1[3-9]{_D}{{9}}|400[-－]?{_D}{{3}}[-－]?{_D}{{4}}"
               rf"|{_D}{{5}}(?={_alternation(guard_words('hotline_words'))}))(?![0-9０-９]|[元亿万千百%％个家人])"
               rf"|(?<=(?:{_alternation(guard_words('phone_labels'))})[:：]?{_SP}){_D}{{5,8}}(?![0-9０-９]))",
               entry=rf"[(（]0|0{_D}{{2,3}}[-－—]|400|{_D}{{5}}"),
        Branch(_YEAR_FIRST,
               rf"(?P<iso_date>(?<![0-9０-９.．])(?P<iso_y>{_YEAR4})(?P<iso_sep>[-/.．]){_SP}(?P<iso_m>{_D}{{1,2}})"
               rf"(?P=iso_sep){_SP}(?P<iso_d>{_D}{{1,2}}))(?![0-9０-９]|[.．]{_D})", entry=rf"{_YEAR4}[-/.．]"),
        Branch(_first_chars(long_plan_names), rf"(?P<plan>(?<![{_CN}第])(?:{long_plans})(?![{_CN}个年%％]))",
               entry=long_plans),
        Branch(_first_chars(short_plan_names), rf"(?<=[“\"‘「『])(?P<plan_quoted>{short_plans})(?=[”\"’」』])",
               entry=short_plans),
        Branch("第", rf"(?P<plan_ordinal>第{_SP}(?P<plan_n>[一二三四五六七八九十]+)[个個]五年(?:规划|计划|規劃|計劃))",
               entry=rf"第{_SP}[一二三四五六七八九十]+[个個]五年"),
        Branch(_first_chars(dates.RELATIVE_YEARS),
               "(?P<relative>(?:" + "|".join(f"(?<![{_chars('not_after_relative', w)}]){w}" for w in dates.RELATIVE_YEARS) + ")"
               rf"(?:{_SP}(?P<rel_m>{_MONTH}){_SP}月(?:份)?(?:{_SP}(?P<rel_d>{_DAY}){_SP}[日号號])?)?(?P<rel_suffix>{_DATE_SUFFIX}))",
               entry=_alternation(dates.RELATIVE_YEARS)),
        Branch("百千万", rf"(?P<percent_words>(?P<pw_den>[百千万])分之{_SP}(?P<pw_n>{_NUM_G})"
               rf"(?:{_SP}(?P<pw_conn>{_CONN}){_SP}(?:[百千万]分之)?{_SP}(?P<pw_n2>{_NUM_BOUND_G}))?(?P<pw_suffix>{suffix})?)",
               entry="[百千万]分之"),
        Branch(_first_chars(number_words()),
               rf"(?P<number_word>(?P<nw_word>{_number_word_alternation()})(?:(?P<nw_suffix>{suffix})|(?P<nw_within>{within}))?)",
               entry=_alternation(number_words())),
        Branch("翻", rf"(?P<doubling>翻了?(?P<dbl_n>[一两二三四五六七八九十]|{_D}{{1,2}})?番)", entry="翻"),
        Branch(_DIGITS + _CN,
               needs_fraction_mark + rf"(?P<fraction>(?P<fr_den>{_NUM_G})分之(?P<fr_num>{_NUM_G})(?P<fr_suffix>{suffix})?)",
               entry=needs_fraction_mark),
        Branch(_DIGITS,
               rf"(?P<slash_fraction>(?<![0-9０-９/.．])(?P<sf_num>{_D}{{1,2}})[/／](?P<sf_den>{_D}{{1,3}})(?![0-9０-９/／.]))",
               entry=rf"{_D}{{1,2}}[/／]"),
        Branch("第", rf"(?P<ordinal>第{_SP}(?P<ord_n>{_NUM_BOUND_G})(?P<ord_unit>{ordinal_unit})?)",
               entry=rf"第{_SP}[{_DIGITS}{_CN}]"),
        Branch(_DIGITS + _CN,
               needs_ordinal_noun + rf"(?P<ordinal_plain>(?P<op_n>{_NUM_G})(?P<op_unit>{_alternation(guard_words('plain_ordinal_nouns'))}"
               rf"|次(?={_alternation(guard_words('session_nouns', '次'))})|期(?={_alternation(guard_words('phase_nouns', '期'))})))",
               entry=needs_ordinal_noun),
        # Dates that name a month or a day; years alone are read with the quantities below.
        # A day may leave its 日 to the day after the connector (8月14至15日, 8月14、15日).
        Branch(_DIGITS + _CN,
               needs_year_or_month + rf"(?P<date>(?:(?P<d_y1>{_YEAR4}|{_CN_YEAR}){_SP}年{_SP})?(?P<d_m1>{_MONTH}){_SP}月(?:份)?"
               rf"(?:{_SP}(?P<d_d1>{_DAY})(?:{_SP}[日号號]|(?={_SP}(?:{_CONN}|{_DATE_LIST}){_SP}{_DAY}{_SP}[日号號])))?"
               rf"(?:{_SP}(?P<d_conn>{_CONN}){_SP}(?:(?P<d_y2>{_YEAR4}){_SP}年{_SP}(?:(?P<d_m2a>{_MONTH}){_SP}月(?:份)?{_SP}(?:(?P<d_d2a>{_DAY}){_SP}[日号號])?)?"
               rf"|(?P<d_m2>{_MONTH}){_SP}月(?:份)?(?:{_SP}(?P<d_d2b>{_DAY}){_SP}[日号號])?|(?P<d_d2>{_DAY}){_SP}[日号號])"
               rf"|(?<=[0-9０-９〇一二三四五六七八九十日号號]){_SP}(?P<d_list>{_DATE_LIST}){_SP}(?P<d_d3>{_DAY}){_SP}[日号號])?"
               rf"(?P<d_suffix>{_DATE_SUFFIX}))", entry=rf"(?:{_YEAR4}{_SP}年{_SP}|{_CN_YEAR}{_SP}年{_SP})?{_MONTH}{_SP}月"),
        Branch(_DIGITS + _CN,
               needs_month_range + rf"(?P<month_range>(?:(?P<mr_y>{_YEAR4}|{_CN_YEAR}){_SP}年{_SP})?(?<![0-9０-９])(?P<mr_m1>{_MONTH}){_SP}"
               rf"(?P<mr_conn>{_CONN}|{_DATE_LIST}){_SP}(?P<mr_m2>{_MONTH}){_SP}月(?:份)?(?P<mr_suffix>{_DATE_SUFFIX}))",
               entry=rf"(?:{_YEAR4}{_SP}年{_SP}|{_CN_YEAR}{_SP}年{_SP})?{_MONTH}{_SP}(?:{_CONN}|{_DATE_LIST}){_SP}{_MONTH}{_SP}月"),
        # Only 日 closes a bare day range: 1、2号 and 1至2号 are more often lines, units, buildings.
        Branch(_DIGITS + _CN,
               needs_day_range + rf"(?P<day_range>(?<![0-9０-９])(?P<dr_d1>{_DAY}){_SP}(?P<dr_conn>{_CONN}|{_DATE_LIST}){_SP}(?P<dr_d2>{_DAY}){_SP}日"
               rf"{_not_followed_by('not_after_day', '日')})", entry=needs_day_range),
        Branch(_DIGITS,
               rf"(?P<day>(?<![0-9０-９.．月])(?P<day_d>{_D}{{1,2}}){_SP}日{_not_followed_by('not_after_day', '日')})",
               entry=rf"{_D}{{1,2}}{_SP}日"),
        # Two years with the dash between them lost, as PDF text drops it (规划期限为20262030年): a period,
        # not a count of twenty million years.
        Branch(_DIGITS,
               rf"(?P<fused_years>(?<![0-9０-９{_LATIN}.．])(?P<fy_a>{_YEAR4})(?P<fy_b>{_YEAR4}){_SP}年)",
               entry=rf"{_YEAR4}{_YEAR4}{_SP}年"),
        # A percentage with a tolerance (减量28±2%, 减量28%加减2个百分点): the range it allows.
        Branch(_DIGITS,
               rf"(?P<plus_minus>(?<![0-9０-９.．])(?P<pm_n>{_ARABIC}){_SP}(?:[%％]{_SP})?(?:±|加减){_SP}(?P<pm_d>{_ARABIC})"
               rf"{_SP}(?P<pm_u>[%％]|个百分点))",
               entry=rf"{_D}[0-9０-９.．]*{_SP}(?:[%％]{_SP})?(?:±|加减)"),
        # Quantities: a number, its hedges and magnitude, a unit; or a range of two.
        Branch(_DIGITS + _CN,
               needs_connector + rf"(?P<range>(?P<r_n1>{_NUM})(?P<r_q1>{_INNER_Q})?(?:{_SP}(?P<r_m1>{_MAG}))??(?P<r_u1>{unit})?"
               rf"{_SP}(?P<r_conn>{_CONN}|{_PERCENT_DASH}){_SP}"
               rf"(?P<r_n2>{_NUM_BOUND})(?P<r_q2>{_INNER_Q})?(?:{_SP}(?P<r_m2>{_MAG}))??(?P<r_q3>{_INNER_Q})?{_SP}(?P<r_u2>{unit})"
               rf"(?:{_PER}(?P<r_per>(?:{_MAG})?(?:{unit})))?(?:(?P<r_suffix>{suffix})|(?P<r_within>{within}))?)",
               entry=needs_connector),
        Branch(_SIGNS + _DIGITS + _CN,
               needs_unit + rf"(?P<quantity>(?P<q_sign>(?<![0-9０-９{_LATIN}])[-－−])?(?P<q_n>(?(q_sign){_ARABIC}|{_NUM}))(?P<q_q1>{_INNER_Q})?(?:{_SP}(?P<q_m>{_MAG}))??(?P<q_q2>{_INNER_Q})?"
               rf"{_SP}(?P<q_u>{unit})(?:{_PER}(?P<q_per>(?:{_MAG})?(?:{unit})))?(?P<q_level>级)?"
               rf"(?:(?P<q_suffix>{suffix})|(?P<q_date_suffix>{_DATE_SUFFIX[:-1]})|(?P<q_within>{within}))?)",
               entry=needs_unit, usual=True),
        Branch(_DIGITS + _CN,
               needs_level + rf"(?P<level>(?P<lv_n>{_NUM})(?:{_SP}(?P<lv_m>{_MAG}))??级)", entry=needs_level),
        # A number in a list whose last member carries the unit (分别回落2.16和1.66个百分点).
        Branch(_DIGITS,
               _followed_by(_chars("list_separators")) + rf"(?P<shared>(?<![{_LATIN}0-9０-９.．·・_\\\-－~～])(?P<sh_n>{_ARABIC})"
               rf"(?=(?:{_SP}(?:{_LIST_SEP}){_SP}{_ARABIC}){{1,{SHARED_UNIT_LIST_MAX}}}(?:{_SP}(?P<sh_m>{_MAG}))??{_SP}(?P<sh_u>{unit})))",
               entry=rf"{_ARABIC}{_SP}{_LIST_SEP}"),
        # An amount with a magnitude and no unit (营收20亿, 人口减少1109万): the clause gives the unit.
        Branch(_DIGITS + _CN,
               needs_magnitude + rf"(?P<bare_amount>(?P<ba_n>{_NUM})(?P<ba_q1>{_INNER_Q})?(?:{_SP}(?P<ba_m>[十百千]?[万亿萬億]{{1,2}}))"
               rf"(?P<ba_q2>{_INNER_Q})?(?![{_CN}0-9０-９{_LATIN}%％.．·]|分之)(?P<ba_suffix>{suffix})?)",
               entry=needs_magnitude),
        Branch(_DIGITS,
               rf"(?<=(?:{_alternation(guard_words('postal_labels'))})[:：]?{_SP})(?P<postal>{_D}{{6}})(?![0-9０-９])",
               entry=rf"{_D}{{6}}"),
        Branch(_DIGITS,
               rf"(?P<long_number>(?<![0-9０-９{_LATIN}])(?:{_D}{{{LONG_CODE_DIGITS},}})(?:[-/]{_D}+)*)(?![0-9０-９])",
               entry=rf"{_D}{{{LONG_CODE_DIGITS}}}"),
        Branch(_DIGITS,
               rf"(?P<year_range>(?<![0-9０-９{_LATIN}.．])(?P<yr_a>{_YEAR4}){_SP}(?P<yr_conn>{_CONN}){_SP}(?P<yr_b>{_YEAR4}))(?![0-9０-９])",
               entry=rf"{_YEAR4}{_SP}(?:{_CONN}){_SP}{_YEAR4}"),
        Branch(_YEAR_FIRST, rf"(?P<bare_year>(?<![0-9０-９{_LATIN}.．·/\-]){_BARE_YEAR})"
               rf"(?=\p{{Han}})(?![{_chars('not_after_bare_year')}]|{_words(measure_words())})", entry=_BARE_YEAR),
    ]


# ---------------------------------------------------------------------------
# Facts


@dataclass(slots=True)
class Found:
    """A number found in the text, before sentence and source offsets are added."""

    start: int
    end: int
    type: str
    value: object = None
    unit: str | None = None
    low: object = None
    high: object = None
    qualifier: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ScanOptions:
    doc_date: DocDate | None = None
    resolve_bare_months: bool = True
    list_markers: bool = True
    codes: bool = True
    timeout: float | None = None


class _Reject(Exception):
    """The match is not a number after all (a lone 一 before a measure word …)."""


def scan(text: str, options: ScanOptions = ScanOptions()) -> list[Found]:
    """All numbers in ``text``, in text order."""
    found: list[Found] = []
    read_until = 0  # a reader may read past its match (a range that starts at its second number)
    for m in matches(text, options.timeout):
        reader = _READERS.get(m.lastgroup)
        if reader is None or m.start() < read_until:
            continue
        try:
            facts = [f for f in reader(m, text, options) if not _is_slogan_count(f, text)]
        except (_Reject, NumeralError):
            continue
        for fact in facts:
            found.append(_in_written_currency(fact, text))
            if fact.end > read_until:
                read_until = fact.end
    return _bare_roc_years(found, text)


_BARE_YEARS = re.compile(r"P(\d+)Y")


def _bare_roc_years(found: list[Found], text: str) -> list[Found]:
    """Once a text writes a year of the Republic of China era (民国115年), a bare year count near it
    (115年, 114年) is a year of that era too, not a span of 115 years: 4大制造业民国115年产值将达21.73兆元
    … 报告预期115年电子资讯业产值预估突破10兆元.  A count that says it is a span (115年来, 近115年) stays."""
    eras = [int(f.value) - dates.ROC_OFFSET for f in found
            if f.type == "date" and text.startswith(dates.ROC_ERA, f.start) and str(f.value).isdigit()]
    if not eras:
        return found
    for f in found:
        m = _BARE_YEARS.fullmatch(str(f.value)) if f.type == "duration" and not f.qualifier else None
        if m is None or not text[f.start:f.end].rstrip("年").strip().isdigit():
            continue
        year = int(m.group(1))
        if min(abs(year - e) for e in eras) <= dates.ROC_NEAR and not text.startswith(dates.SPAN_AFTER, f.end):
            f.type, f.value = "date", str(year + dates.ROC_OFFSET)
    return found


def _in_written_currency(fact: Found, text: str) -> Found:
    """An amount in 元 right after the name of a currency is in that currency (新台币1000亿元 -> TWD,
    约新台币625兆元), not in yuan; 元 is the unit word of several currencies."""
    if fact.type != "money" or fact.unit != "CNY" or not text.startswith("元", fact.end - 1):
        return fact
    for name, code in written_currencies():
        if text.endswith(name, 0, fact.start):
            fact.unit = code
            break
    return fact


_OPEN_QUOTES = "“「『‘\""
_CLOSE_QUOTES = "”」』’\""
SLOGAN_MAX_CHARS = 10
# A quoted list of slogans (“四化同步、城乡融合、五区共兴”): each short item is one.
QUOTED_LIST_MAX_CHARS = 40
LIST_ITEM_MAX_CHARS = 5
_LIST_ITEM_SEPARATORS = "、，,；;"


def _is_slogan_count(found: Found, text: str) -> bool:
    """A count in a short quoted slogan (“五大中心”, “两个确立”, “10件实事”) or in a short item of a
    quoted list of them (“…、五区共兴”) names a programme, not a quantity."""
    if found.type != "count" and found.type != "duration":
        return False
    quote = _enclosing_quote(text, found.start, found.end, QUOTED_LIST_MAX_CHARS)
    if quote is None:
        return False
    inside_start, inside_end = quote
    if inside_end - inside_start <= SLOGAN_MAX_CHARS:
        return True
    item_start = max(text.rfind(c, inside_start, found.start) for c in _LIST_ITEM_SEPARATORS) + 1
    item_start = max(item_start, inside_start)
    item_ends = [i for i in (text.find(c, found.end, inside_end) for c in _LIST_ITEM_SEPARATORS) if i >= 0]
    item_end = min(item_ends) if item_ends else inside_end
    return item_end - item_start <= LIST_ITEM_MAX_CHARS


_ANY_OPEN_QUOTE = re.compile("[" + re.escape(_OPEN_QUOTES) + "]")


def _enclosing_quote(text: str, start: int, end: int, window: int) -> tuple[int, int] | None:
    """The inside of the quotation marks around ``text[start:end]`` within ``window`` characters, if any."""
    if _ANY_OPEN_QUOTE.search(text, max(0, start - window), start) is None:
        return None  # most numbers: no quote opens before them
    before = text[max(0, start - window):start]
    after = text[end:end + window]
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0 or any(q in before[opened + 1:] for q in _CLOSE_QUOTES if q != '"'):
        return None
    closes = [i for i in (after.find(q) for q in _CLOSE_QUOTES) if i >= 0]
    if not closes:
        return None
    close = min(closes)
    if any(q in after[:close] for q in _OPEN_QUOTES if q != '"'):
        return None
    return start - len(before) + opened + 1, end + close


# -- helpers ---------------------------------------------------------------


def _value(numeral: str, magnitude: str | None = None) -> Decimal:
    value = read_numeral(numeral)
    if magnitude:
        value *= read_magnitude(magnitude)
    return value


def _int(numeral: str | None) -> int | None:
    if numeral is None:
        return None
    value = read_numeral(numeral)
    if value != value.to_integral_value():
        raise _Reject()
    return int(value)




def _prefix_qualifier(text: str, start: int) -> tuple[str | None, int]:
    """A hedge before the number (超过, 近, 约 …): its qualifier and the new start if it joins the text."""
    pos = start
    if pos > 0 and text[pos - 1] in " \u3000":
        pos -= 1
    if pos == 0:
        return None, start
    for q in qualifier_words_ending_with("before").get(text[pos - 1], ()):
        w = q.word
        if pos >= len(w) and text.startswith(w, pos - len(w)):
            before = text[pos - len(w) - 1] if pos - len(w) > 0 else ""
            if before and before in guard_words("not_before_qualifier", w):
                continue
            return q.qualifier, (pos - len(w) if q.in_text else start)
    return None, start


def _suffix_qualifier(word: str | None) -> str | None:
    if not word:
        return None
    return qualifier_words()[word].qualifier


def _date_suffix_qualifier(suffix: str | None) -> str | None:
    if not suffix:
        return None
    for q in qualifier_words_at("after_date"):
        if suffix.endswith(q.word):
            return q.qualifier
    return None


def _number(value: Decimal) -> int | float:
    return to_json_number(value)


def _is_lone_one(numeral: str) -> bool:
    return numeral in ("一", "壹")


def _is_lone_zero(numeral: str) -> bool:
    return numeral in ("零", "〇", "○")


# -- readers -----------------------------------------------------------------

Reader = Callable[[regex.Match, str, ScanOptions], Iterator[Found]]


def _read_nothing(m, text, options):
    return iter(())


_LIST_MARKER_GROUPS = ("lm_a", "lm_b", "lm_c")


def _read_list_marker(m, text, options):
    if not options.list_markers:
        return
    numbers = _group_numbers(m.re, _LIST_MARKER_GROUPS)
    for name, number, s in zip(_LIST_MARKER_GROUPS, numbers, m.group(*numbers)):
        if s:
            value = ord(s) - ord("①") + 1 if name == "lm_c" else _int(s)
            yield Found(m.start(number), m.end(number), "ordinal", value)
            return


def _read_enumerator(m, text, options):
    if options.list_markers:
        yield Found(m.start(), m.end(), "ordinal", _int(m.group()))


def _read_doc_number(m, text, options):
    if not options.codes:
        return
    start = _issuer_start(text, m.start())
    yield Found(start, m.end(), "code", text[start:m.end()])




_HAN = regex.compile(r"\p{Han}")


def _issuer_start(text: str, bracket: int) -> int:
    """Include the issuer's abbreviation (黔府发, 国办发) before a document number's bracket."""
    start = bracket
    while start > 0 and bracket - start < 8 and _HAN.match(text[start - 1]) \
            and text[start - 1] not in guard_words("issuer_stop") and not text[start - 1].isspace():
        start -= 1
    return start


def _read_code(m, text, options):
    if options.codes:
        yield Found(m.start(), m.end(), "code", m.group())


def _read_phone(m, text, options):
    if options.codes:
        yield Found(m.start(), m.end(), "phone", m.group())


def _read_iso_date(m, text, options):
    year, month, day = _int(m.group("iso_y")), _int(m.group("iso_m")), _int(m.group("iso_d"))
    if not dates.is_valid_date(year, month, day):
        raise _Reject()
    yield Found(m.start(), m.end(), "date", dates.iso_date(year, month, day))


def _read_plan(m, text, options):
    low, high = dates.plan_periods()[m.group()]
    yield Found(m.start(), m.end(), "date", low=low, high=high)


def _read_plan_ordinal(m, text, options):
    years = dates.plan_periods_by_number().get(_int(m.group("plan_n")))
    if years is None:
        raise _Reject()
    yield Found(m.start(), m.end(), "date", low=years[0], high=years[1])


def _read_relative(m, text, options):
    word = m.group()[:2]
    year = dates.relative_year(word, options.doc_date)
    month, day = _int(m.group("rel_m")), _int(m.group("rel_d"))
    if year is None and month is None:
        raise _Reject()  # 今年 without a document date stays text (SPEC 2)
    if not dates.is_valid_date(year, month, day):
        raise _Reject()
    yield Found(m.start(), m.end(), "date", dates.iso_date(year, month, day),
                qualifier=_date_suffix_qualifier(m.group("rel_suffix")))


_PERCENT_DENOMINATORS = {"百": Decimal(1), "千": Decimal("0.1"), "万": Decimal("0.01")}


def _read_percent_words(m, text, options):
    factor = _PERCENT_DENOMINATORS[m.group("pw_den")]
    low = read_numeral(m.group("pw_n")) * factor
    qualifier, start = _prefix_qualifier(text, m.start())
    qualifier = _suffix_qualifier(m.group("pw_suffix")) or qualifier
    if m.group("pw_n2"):
        high = read_numeral(m.group("pw_n2")) * factor
        if high <= low:
            raise _Reject()
        yield Found(start, m.end(), "percent", unit="%", low=_number(low), high=_number(high), qualifier=qualifier)
    else:
        yield Found(start, m.end(), "percent", _number(low), "%", qualifier=qualifier)


def _read_number_word(m, text, options):
    word = number_words()[m.group("nw_word")]
    qualifier, start = _prefix_qualifier(text, m.start())
    qualifier = _suffix_qualifier(m.group("nw_suffix")) or word.qualifier or qualifier
    value = float(word.value) if word.type == "fraction" else word.value
    yield _within(Found(start, m.end(), word.type, value, word.unit, qualifier=qualifier), m, "nw_within")


def _read_doubling(m, text, options):
    times = _int(m.group("dbl_n")) if m.group("dbl_n") else 1
    yield Found(m.start(), m.end(), "multiple", 2 ** times)


def _read_fraction(m, text, options):
    den, num = read_numeral(m.group("fr_den")), read_numeral(m.group("fr_num"))
    if den <= 0 or num <= 0:
        raise _Reject()
    qualifier, start = _prefix_qualifier(text, m.start())
    qualifier = _suffix_qualifier(m.group("fr_suffix")) or qualifier
    yield Found(start, m.end(), "fraction", float(num / den), qualifier=qualifier)


def _read_slash_fraction(m, text, options):
    num, den = read_numeral(m.group("sf_num")), read_numeral(m.group("sf_den"))
    if not 0 < num < den:
        raise _Reject()
    qualifier, start = _prefix_qualifier(text, m.start())
    yield Found(start, m.end(), "fraction", float(num / den), qualifier=qualifier)


def _read_ordinal(m, text, options):
    yield Found(m.start(), m.end(), "ordinal", _int(m.group("ord_n")), m.group("ord_unit"))


def _read_ordinal_plain(m, text, options):
    numeral = m.group("op_n")
    if len(numeral) >= LONG_CODE_DIGITS and numeral.isdigit():
        yield Found(m.start(), m.end(), "code", m.group())  # 京ICP备2021034106号: a registration number
        return
    yield Found(m.start(), m.end(), "ordinal", _int(numeral), m.group("op_unit"))


def _resolve_year(month: int | None, options: ScanOptions) -> int | None:
    if not options.resolve_bare_months or month is None:
        return None
    return dates.nearest_year_for_month(month, options.doc_date)


def _year(numeral: str | None) -> int | None:
    return _int(numeral) if numeral else None


def _read_date(m, text, options):
    g = m.group
    y1, m1, d1 = _year(g("d_y1")), _int(g("d_m1")), _int(g("d_d1"))
    if not dates.is_valid_date(y1, m1, d1):
        raise _Reject()
    year = y1 if y1 is not None else _resolve_year(m1, options)
    qualifier = _date_suffix_qualifier(g("d_suffix"))
    if g("d_list"):
        yield from _date_list(m, "d_list", dates.iso_date(year, m1, d1), dates.iso_date(year, m1, _int(g("d_d3"))),
                              d1 is not None and _int(g("d_d3")) == d1 + 1)
        return
    if not g("d_conn"):
        yield Found(m.start(), m.end(), "date", dates.iso_date(year, m1, d1), qualifier=qualifier)
        return
    y2 = _year(g("d_y2"))
    m2 = _int(g("d_m2a") or g("d_m2"))
    d2 = _int(g("d_d2a") or g("d_d2b") or g("d_d2"))
    if y2 is None:
        y2 = year
        if m2 is None:
            m2 = m1
    if d1 is None and d2 is not None and m2 is None:
        raise _Reject()
    if not dates.is_valid_date(y2, m2, d2):
        raise _Reject()
    low = dates.iso_date(year, m1, d1)
    high = dates.iso_date(y2, m2, d2)
    yield Found(m.start(), m.end(), "date", low=low, high=high, qualifier=qualifier)


def _read_month_range(m, text, options):
    year = _year(m.group("mr_y"))
    m1, m2 = _int(m.group("mr_m1")), _int(m.group("mr_m2"))
    if not (dates.is_valid_date(year, m1, None) and dates.is_valid_date(year, m2, None)) or m1 >= m2:
        raise _Reject()
    if year is None:
        year = _resolve_year(m2, options)
    if m.group("mr_conn") == _DATE_LIST:
        yield from _date_list(m, "mr_conn", dates.iso_date(year, m1), dates.iso_date(year, m2), m2 == m1 + 1)
        return
    yield Found(m.start(), m.end(), "date", low=dates.iso_date(year, m1), high=dates.iso_date(year, m2),
                qualifier=_date_suffix_qualifier(m.group("mr_suffix")))


def _read_day_range(m, text, options):
    d1, d2 = _int(m.group("dr_d1")), _int(m.group("dr_d2"))
    if not (dates.is_valid_date(None, None, d1) and dates.is_valid_date(None, None, d2)) or d1 >= d2:
        raise _Reject()
    low, high = dates.iso_date(None, None, d1), dates.iso_date(None, None, d2)
    if m.group("dr_conn") == _DATE_LIST:
        yield from _date_list(m, "dr_conn", low, high, d2 == d1 + 1)
        return
    yield Found(m.start(), m.end(), "date", low=low, high=high)


def _date_list(m: regex.Match, separator: str, first: str, second: str, consecutive: bool) -> Iterator[Found]:
    """1、2月份: two neighbouring months (or days) are the span they cover; 3、5月份 are two dates."""
    if consecutive:
        yield Found(m.start(), m.end(), "date", low=first, high=second)
        return
    yield Found(m.start(), m.start(separator), "date", first)
    after = m.end(separator)
    while m.string[after] in " \u3000\u00a0":
        after += 1
    yield Found(after, m.end(), "date", second)


def _read_day(m, text, options):
    day = _int(m.group("day_d"))
    if not dates.is_valid_date(None, None, day):
        raise _Reject()
    yield Found(m.start(), m.end(), "date", dates.iso_date(None, None, day))


@dataclass(slots=True)
class _Side:
    """One side of a quantity: numeral, hedge, magnitude, unit."""

    numeral: str
    magnitude: str | None
    unit_word: str | None
    inner: str | None = None
    per: str | None = None
    inner_before_magnitude: bool = False

    def __post_init__(self) -> None:
        # A Chinese numeral runs on into the magnitude (一万二 + 千 is 一万二千) unless
        # a hedge stands between them (两千余万: 两千 × 万).
        if self.magnitude and is_chinese_numeral(self.numeral) and not self.inner_before_magnitude \
                and not any(p in self.numeral for p in "点點．"):
            self.numeral += self.magnitude
            self.magnitude = None


@lru_cache(maxsize=1024)
def _unit_of(word: str) -> Unit:
    if word.startswith("年"):
        return units()["年"]
    found = lookup_unit(word)
    if found is None:
        raise _Reject()
    return found


def _is_year_unit(word: str | None) -> bool:
    return bool(word) and word.startswith("年")


@lru_cache(maxsize=1024)
def _per_unit(per: str | None) -> str | None:
    """The denominator of a rate (万元/人 -> 人, 台/万人 -> 万人), as written."""
    if not per:
        return None
    stripped = per.lstrip("十百千万亿萬億")
    if stripped != per:
        return per  # a magnitude in the denominator (每万人) is part of its meaning
    found = lookup_unit(per)
    return found.unit if found and found.type != "count" else per


def _reads_as_year(numeral: str) -> bool:
    """2000 and 二〇〇〇 name a year; 两千 (with a magnitude character) counts years (两千年来)."""
    return not is_chinese_numeral(numeral) or all(ch in CHINESE_DIGITS for ch in numeral)


@lru_cache(maxsize=1024)
def _hedge_inside_unit(surface: str) -> str | None:
    """The qualifier of a hedge written inside a unit word (三个多月: over)."""
    for q in qualifier_words_at("inside"):
        if q.word in surface:
            return q.qualifier
    return None


def _quantity(side: _Side, start: int, end: int, *, qualifier: str | None, level: bool = False,
              date_suffix: str | None = None, number_start: int | None = None,
              hedge_in_text: bool = False, made: bool = False) -> Found:
    """Type, normalised value and unit of one number with its unit.

    ``start`` includes a hedge written before the number (近4年); ``number_start``
    is where the number itself starts, the start of a date.  ``hedge_in_text``: a
    hedge word is part of the number's text (一年内, 近一年), so 一 is a real one.
    ``made``: a verb of making stands right before a bare magnitude (打造千家…), so it counts.
    """
    type_, value, unit, qualifier = _reading(side.numeral, side.magnitude, side.unit_word, side.inner, side.per,
                                             qualifier, date_suffix, hedge_in_text, made)
    if type_ == "date":
        return Found(start if number_start is None else number_start, end, type_, value, qualifier=qualifier)
    extra = {"magnitude_level": True} if level and type_ != "multiple" else {}
    return Found(start, end, type_, value, unit, qualifier=qualifier, extra=extra)


@lru_cache(maxsize=4096)
def _reading(numeral: str, magnitude: str | None, unit_word: str | None, inner: str | None, per: str | None,
             qualifier: str | None, date_suffix: str | None, hedge_in_text: bool,
             made: bool = False) -> tuple[str, object, str | None, str | None]:
    """Type, value, unit and qualifier of :func:`_quantity`; cached, as a document repeats its quantities (2023年, 5%)."""
    unit = _unit_of(unit_word)
    value = _value(numeral, magnitude)
    unit_hedge = _hedge_inside_unit(unit.surface)
    hedged = bool(qualifier or inner or unit_hedge)
    if unit.type in ("count", "duration") and _is_lone_one(numeral) and not magnitude \
            and not (hedge_in_text or inner or unit_hedge):
        raise _Reject()  # 一个, 一批, 一年: articles and idioms, not quantities, unless hedged (一年内, 一个多月)
    if _is_lone_zero(numeral):
        raise _Reject()  # 零部件, 零售, 零差错: words and slogans
    if is_bare_magnitude(numeral) and unit.type in ("count", "duration") and not hedged and not made:
        raise _Reject()  # 百家, 千年, 万人: idioms unless hedged (百余家, 近万人); 万亿元 is an amount
    if inner:
        qualifier = qualifier or qualifier_words()[inner].qualifier
    qualifier = qualifier or unit_hedge
    if _is_year_unit(unit_word) and dates.is_calendar_year(value) and not magnitude \
            and not inner and _reads_as_year(numeral):
        # a hedge before a year compares (高于2016年), it does not qualify the date
        return "date", str(int(value)), None, _date_suffix_qualifier(date_suffix)
    if unit.type == "duration":
        return "duration", dates.iso_duration(value * unit.factor, unit.unit), None, qualifier
    if unit.type == "multiple":
        return "multiple", _number(value), None, qualifier
    number = _number(value * unit.factor)
    unit_name = unit.unit
    per = _per_unit(per)
    if per:
        unit_name = f"{unit_name}/{per}"
    return unit.type, number, unit_name, qualifier


_GROUP_NUMBERS: dict[tuple[str, tuple[str, ...]], tuple[int, ...]] = {}


def _group_numbers(pattern: regex.Pattern | re.Pattern, names: tuple[str, ...]) -> tuple[int, ...]:
    """The numbers of groups in a pattern: ``regex`` looks a name up far slower than a number.

    Kept by the pattern's source, which numbers its groups the same in ``re`` and
    ``regex`` and hashes at once (a compiled ``re`` pattern hashes its whole program).
    """
    key = (pattern.pattern, names)
    numbers = _GROUP_NUMBERS.get(key)
    if numbers is None:
        index = pattern.groupindex
        numbers = _GROUP_NUMBERS[key] = tuple(index[name] for name in names)
    return numbers


_QUANTITY_GROUPS = ("q_n", "q_q1", "q_m", "q_q2", "q_u", "q_per", "q_level", "q_suffix", "q_date_suffix",
                    "q_within", "q_sign")


def _read_quantity(m, text, options):
    numeral, q1, magnitude, q2, unit_word, per, level, suffix, date_suffix, within, sign = m.group(
        *_group_numbers(m.re, _QUANTITY_GROUPS))
    side = _Side(numeral, magnitude, unit_word, q1 or q2, per, inner_before_magnitude=bool(q1))
    number_start = m.start()
    qualifier, start = _prefix_qualifier(text, number_start)
    end = m.end()
    if within and _unit_of(side.unit_word).type == "duration":
        suffix = within
    qualifier = _suffix_qualifier(suffix) or qualifier
    pair = approximate_range(side.numeral)
    if pair:
        # 两三年, 三四百人: a range, hedged by its nature
        found = _range(replace(side, numeral=pair[0]), replace(side, numeral=pair[1]), start, end,
                       qualifier or "about", number_start=number_start)
    else:
        found = _quantity(side, start, end, qualifier=qualifier, level=bool(level),
                          date_suffix=date_suffix, number_start=number_start,
                          hedge_in_text=bool(suffix) or start < number_start,
                          made=_made_count(text, number_start, side))
    era_end = len(text[:number_start].rstrip(" \u3000"))
    if found.type == "duration" and _is_year_unit(side.unit_word) and not side.magnitude \
            and text.endswith(dates.ROC_ERA, 0, era_end):
        roc = _value(side.numeral)
        if roc == roc.to_integral_value() and 1 <= roc <= dates.LAST_ROC_YEAR:
            # 民国104年: a year of the Republic of China era, counted from 1912 (民国元年)
            found = Found(era_end - len(dates.ROC_ERA[0]), found.end, "date", str(int(roc) + dates.ROC_OFFSET),
                          qualifier=_date_suffix_qualifier(date_suffix))
    if date_suffix and found.type != "date":
        found.end = m.start("q_date_suffix")  # 3年前 is a duration; 前 belongs to the next words
    if found.type == "count":
        before = text[number_start - 1:number_start]
        if before == "每":
            raise _Reject()  # 每一千人: the base of a rate, not a count
        if found.unit in RANK_WORDS and before == "前":
            found.type, found.qualifier = "ordinal", None  # 前10名 is a rank
        elif side.numeral in ORDINAL_DIGITS:
            found.type = "ordinal"  # 二类, 二级: a count says 两 (两类); 二 before a measure word names a class
    if sign and isinstance(found.value, (int, float)):
        found.value = -found.value
    return (_within(found, m, "q_within") if within else found,)


def _read_shared(m, text, options):
    """2.16 of 2.16和1.66个百分点: the unit (and magnitude) written after the list's last number."""
    side = _Side(m.group("sh_n"), m.group("sh_m"), m.group("sh_u"))
    found = _quantity(side, m.start(), m.end(), qualifier=None)
    if found.type == "duration":
        raise _Reject()  # 12、13日, 3、5年: days of a month, alternatives rather than a list
    yield found


_CLAUSE_ENDS = "，,。；;：:！!？?\n"


def _read_bare_amount(m, text, options):
    g = m.group
    numeral = g("ba_n")
    if is_chinese_numeral(numeral) and not any(ch in CHINESE_DIGITS for ch in numeral) \
            and not _reached_magnitude(text, m.start(), numeral, g("ba_m")):
        raise _Reject()  # 千万 (by all means), 万一 (in case), 上万: words, not amounts
    if text[m.start() - 1:m.start()] == "每":
        raise _Reject()  # 每10万: the base of a rate
    side = _Side(numeral, g("ba_m"), None, g("ba_q1") or g("ba_q2"), inner_before_magnitude=bool(g("ba_q1")))
    qualifier, start = _prefix_qualifier(text, m.start())
    qualifier = _suffix_qualifier(g("ba_suffix")) or qualifier
    if side.inner:
        qualifier = qualifier or qualifier_words()[side.inner].qualifier
    clause_start = max(text.rfind(ch, 0, m.start()) for ch in _CLAUSE_ENDS) + 1
    unit = _implied_unit(text[clause_start:m.start()])
    value = _number(_value(side.numeral, side.magnitude))
    yield Found(start, m.end(), unit.type if unit else "count", value, unit.unit if unit else None,
                qualifier=qualifier)


# The bare magnitudes a verb of making may count (百家, 千家); 百亿县 names a class of county, not a count.
MADE_MAGNITUDES = ("百", "千")


def _made_count(text: str, start: int, side: "_Side") -> bool:
    """Whether a bare magnitude before a measure word (百家, 千家) is what a verb of making right before it
    makes (创建百家具有示范引领作用的规范企业): a count, not an idiom."""
    end = start + len(side.numeral) + len(side.unit_word or "")
    return (side.numeral in MADE_MAGNITUDES and side.magnitude is None and _unit_of(side.unit_word).type == "count"
            and text.endswith(guard_words("count_after"), 0, start)
            and not text.startswith(guard_words("not_after_count"), end))


def _reached_magnitude(text: str, start: int, numeral: str, magnitude: str) -> bool:
    """Whether a bare magnitude of 亿 or more (千亿, 万亿) is an amount a verb of reaching names
    (突破万亿, 经济总量过千亿, 迈上“万亿”台阶): not 千万 or 上万, which are words."""
    if not is_bare_magnitude(numeral) or _value(numeral, magnitude) < Decimal(10) ** 8:
        return False
    before = text[:start].rstrip("“\"‘'「")
    return before.endswith(guard_words("amount_after"))


def _implied_unit(clause: str) -> Unit | None:
    """The unit of the implied-unit noun nearest the end of ``clause`` (营收 -> CNY)."""
    best = None
    for found in implied_unit_pattern().finditer(clause):
        best = found
    return implied_units()[best.group()] if best else None


@lru_cache(maxsize=None)
def implied_unit_pattern() -> regex.Pattern:
    return regex.compile(_alternation(implied_units()))


def _read_level(m, text, options):
    """千亿级, 500亿级: a scale of output (money) rather than an amount; 三级 is an ordinal level."""
    numeral, magnitude = m.group("lv_n"), m.group("lv_m")
    value = _value(numeral, magnitude)
    if not magnitude and not is_bare_magnitude(numeral):
        yield Found(m.start(), m.end(), "ordinal", _int(numeral), "级")
        return
    if value < Decimal(10) ** 8:
        raise _Reject()  # 千万级: of what is not said
    yield Found(m.start(), m.end(), "money", _number(value), "CNY", extra={"magnitude_level": True})


def _read_range(m, text, options):
    g = m.group
    try:
        yield _range_of(m, text)
        return
    except (_Reject, NumeralError):
        pass
    # Not one range (5家到2025年): read each side on its own.
    low_side = _Side(g("r_n1"), g("r_m1"), g("r_u1"), g("r_q1"), inner_before_magnitude=bool(g("r_q1")))
    if low_side.unit_word:
        qualifier = _suffix_qualifier(g("r_suffix")) or _prefix_qualifier(text, m.start())[0]
        try:
            yield _quantity(low_side, m.start("r_n1"), m.end("r_u1"), qualifier=qualifier)
        except (_Reject, NumeralError):
            pass
    # The second number may start a range of its own (下调25个基点到2%至2.25%); one step only,
    # so a chain of such pairs costs no recursion.
    rest = match_at(text, m.start("r_n2"), timeout=options.timeout)
    if rest is not None and rest.lastgroup == "range" and rest.end() > m.end():
        try:
            yield _range_of(rest, text)
            return
        except (_Reject, NumeralError):
            pass
    high_side = _Side(g("r_n2"), g("r_m2"), g("r_u2"), g("r_q2") or g("r_q3"), g("r_per"),
                      inner_before_magnitude=bool(g("r_q2")))
    high = _quantity(high_side, m.start("r_n2"), m.end(), qualifier=_suffix_qualifier(g("r_suffix")))
    yield _within(high, m, "r_within")


def _range_of(m: regex.Match, text: str) -> Found:
    """The range a ``range`` match states, or _Reject when its sides do not make one."""
    g = m.group
    low_side = _Side(g("r_n1"), g("r_m1"), g("r_u1"), g("r_q1"), inner_before_magnitude=bool(g("r_q1")))
    high_side = _Side(g("r_n2"), g("r_m2"), g("r_u2"), g("r_q2") or g("r_q3"), g("r_per"),
                      inner_before_magnitude=bool(g("r_q2")))
    qualifier, start = _prefix_qualifier(text, m.start())
    qualifier = _suffix_qualifier(g("r_suffix")) or qualifier
    return _within(_range(low_side, high_side, start, m.end(), qualifier, number_start=m.start()), m, "r_within")


def _within(found: Found, m: regex.Match, group: str) -> Found:
    """内 after a duration bounds it (五年内: at most five years); after anything else it is not ours."""
    word = m.group(group)
    if word:
        if found.type == "duration":
            found.qualifier = _suffix_qualifier(word)
        else:
            found.end = m.start(group)  # 2025年内: the date is 2025年
    return found


def _range(low_side: _Side, high_side: _Side, start: int, end: int, qualifier: str | None,
           number_start: int) -> Found:
    if low_side.unit_word is None:
        low_side.unit_word = high_side.unit_word
        # 10-20万元 is 10万 to 20万, 两千至三千万元 is 两千万 to 三千万
        shared = high_side.magnitude or _trailing_big_magnitude(high_side.numeral)
        if shared and not low_side.magnitude and not _trailing_big_magnitude(low_side.numeral):
            if is_chinese_numeral(low_side.numeral) and not any(p in low_side.numeral for p in "点點．"):
                low_side.numeral += shared  # (四点七六至五点三亿吨: a decimal takes it as a magnitude)
            else:
                low_side.magnitude = shared
    elif _unit_of(low_side.unit_word).type != _unit_of(high_side.unit_word).type:
        raise _Reject()
    low_side.per = high_side.per
    if _is_lone_one(low_side.numeral):
        low_side.numeral = "1"  # 一至两年: in a range 一 is a plain one
    low = _quantity(low_side, start, end, qualifier=None)
    high = _quantity(high_side, start, end, qualifier=None)
    if low.type != high.type or low.unit != high.unit:
        raise _Reject()
    low_v, high_v = low.value, high.value
    if low.type == "duration":
        if _duration_amount(low_v) >= _duration_amount(high_v):
            raise _Reject()
    elif not (isinstance(low_v, str) or low_v < high_v) or (isinstance(low_v, str) and low_v >= high_v):
        raise _Reject()
    if low.type == "date":
        return Found(number_start, end, "date", low=low_v, high=high_v)
    return Found(start, end, low.type, None, low.unit, low=low_v, high=high_v, qualifier=qualifier,
                 extra=low.extra)


def _trailing_big_magnitude(numeral: str) -> str | None:
    """万 of 三千万, 万亿 of 五万亿: the big magnitude a Chinese numeral ends with."""
    if not is_chinese_numeral(numeral):
        return None
    m = _TRAILING_BIG_MAGNITUDE.search(numeral)
    return m.group() if m else None


_TRAILING_BIG_MAGNITUDE = re.compile("[万亿萬億]+$")
_NOT_AMOUNT = re.compile(r"[^0-9.]")


def _duration_amount(iso: str) -> Decimal:
    return Decimal(_NOT_AMOUNT.sub("", iso))


def _read_year_range(m, text, options):
    yield _period(m, _int(m.group("yr_a")), _int(m.group("yr_b")), YEAR_RANGE_MAX)


def _period(m, first: int, last: int, longest: int) -> Found:
    """The period from year ``first`` to year ``last``, read at ``m``; no more than ``longest`` years long."""
    if not (dates.is_valid_date(first, None, None) and dates.is_valid_date(last, None, None)) or not 0 < last - first <= longest:
        raise _Reject()
    return Found(m.start(), m.end(), "date", low=str(first), high=str(last))


# The longest period two years joined by a dash may name (2000—2100年).
YEAR_RANGE_MAX = 100


def _read_fused_years(m, text, options):
    yield _period(m, _int(m.group("fy_a")), _int(m.group("fy_b")), FUSED_PERIOD_MAX)


# The longest period two fused years may name (a five-year plan, a 2035 vision, a fifty-year lease).
FUSED_PERIOD_MAX = 50


def _read_bare_year(m, text, options):
    yield Found(m.start(), m.end(), "date", str(_int(m.group())))


def _read_plus_minus(m, text, options):
    """28±2%: a percentage and the tolerance around it, read as the range they allow."""
    middle, spread = read_numeral(m.group("pm_n")), read_numeral(m.group("pm_d"))
    yield Found(m.start(), m.end(), "percent", None, "%", low=_number(middle - spread), high=_number(middle + spread))


_READERS: dict[str, Reader] = {
    "not_number": _read_nothing,
    "plus_minus": _read_plus_minus,
    "section": _read_nothing,
    "list_marker": _read_list_marker,
    "enumerator": _read_enumerator,
    "doc_number": _read_doc_number,
    "standard": _read_code,
    "email": _read_code,
    "url": _read_code,
    "phone": _read_phone,
    "iso_date": _read_iso_date,
    "plan": _read_plan,
    "plan_quoted": _read_plan,
    "plan_ordinal": _read_plan_ordinal,
    "relative": _read_relative,
    "percent_words": _read_percent_words,
    "number_word": _read_number_word,
    "doubling": _read_doubling,
    "fraction": _read_fraction,
    "slash_fraction": _read_slash_fraction,
    "ordinal": _read_ordinal,
    "ordinal_plain": _read_ordinal_plain,
    "date": _read_date,
    "month_range": _read_month_range,
    "day_range": _read_day_range,
    "day": _read_day,
    "range": _read_range,
    "quantity": _read_quantity,
    "level": _read_level,
    "shared": _read_shared,
    "bare_amount": _read_bare_amount,
    "postal": _read_code,
    "long_number": _read_code,
    "year_range": _read_year_range,
    "fused_years": _read_fused_years,
    "bare_year": _read_bare_year,
}
