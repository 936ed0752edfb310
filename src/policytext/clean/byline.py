"""Bylines and page metadata leave the text for ``meta``; the title is noted in ``meta.title``.

``来源:未知 日期:2024-07-27 點擊:次`` → ``meta.date = "2024-07-27"`` (未知 is
not a source name); ``本文转自:人民网-湖南频道`` → ``meta.reposted_from``;
``(責編:常邦麗)`` → ``meta.editor``.  A line leaves the text only when it is
made of known ``label：value`` pairs and nothing else, so ``数据来源：…`` or
``主办单位：…`` stay.  A dateline widget (``西安晚报 2020-11-01 03:20 大字``)
goes whole; a machine date that opens a line of the page's head
(``date 2026-03-05 十四屆全國人大…``) goes, and the prose after it stays
(:func:`remove_date_prefixes`).
"""

from __future__ import annotations

import email.utils
import unicodedata
from functools import lru_cache

import regex

from ..spans import Edit
from ._text import NUMBERING, SPACELESS_PUNCTUATION, display_width, has_full_stop, iter_lines, simplified, whole_line_span
from .boilerplate import is_boilerplate, is_navigation
from .markup import is_bullet_line, markup_prefix_length
from .pinyin import PICTOGRAPHS, without_piles
from .config import CleanConfig
from .fix import FixResult, fixed
from .tables import alternation, mapping, words
from .whitespace import is_letter_spaced

_DATE = r"(?P<year>\d{4})\s*[-/.年]\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})"
_TIME = r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?"
_DATE_IN = regex.compile(_DATE)
_DIGIT = regex.compile(r"\d")
_TIME_IN = regex.compile(_TIME)
_DATE_LINE = regex.compile(rf"{_DATE}日?")
# A dateline widget: a date with a time, perhaps after a short label or a paper's name
# (``快讯 · 2022/09/23 13:47``, ``西安晚报 2020-11-01 03:20``, ``NBD圖數館 2018-03-20 10:33:06``);
# toolbar words may follow.
_TIMESTAMP_LINE = regex.compile(rf"(?:[\p{{Han}}A-Za-z]{{1,12}}\s*[·|｜:：]?\s*)?{_DATE}日?\s*(?:T\s*)?{_TIME}")
# A machine-written date (dashes or slashes, never 年月日) and time before prose.
_MACHINE_DATE = r"(?P<year>\d{4})\s*[-/]\s*(?P<month>\d{1,2})\s*[-/]\s*(?P<day>\d{1,2})"
# A line of nothing but a machine date and/or a time (``2019-12-26``, ``12/07/2022``, ``11:02``);
# a day-first date is dropped without being read (it could be month-first).
_BARE_STAMP = regex.compile(rf"(?:{_MACHINE_DATE}|\d{{1,2}}/\d{{1,2}}/\d{{4}})(?:\s+{_TIME})?|{_TIME}")
# A date (and time) that ends a value, perhaps before a toolbar word: 央視網 2018-03-21 19:20 內容簡介
_TRAILING_DATE = regex.compile(rf"(?:\s+|(?<=\p{{Han}})){_MACHINE_DATE}(?:\s+{_TIME})?(?P<rest>\s.*)?$")
# A journal's name and issue: 中国商论 2024年11期
_ISSUE_LINE = regex.compile(r"[\p{Han}A-Za-z]{2,12}\s*\d{4}\s*年\s*(?:第\s*)?\d{1,3}\s*期")
# Names run together after a timestamp, nothing else (no sentence can be that short and bare).
_NAMES_AFTER_STAMP = regex.compile(r"\s*\p{Han}{2,12}")
# A newspaper page's header: 2023年03月15日 第07版:国内
_PAGE_HEADER = regex.compile(rf"{_DATE}日?\s*(?:星期.)?\s*第\s*\d+\s*版(?:\s*[:：]\s*\S{{1,12}})?")
# Every byline has a label mark or a date: lines without one are not parsed at all.
_BYLINE_HINT = regex.compile(r"[:：】\d]")
# What closes every label of _label_pattern.
_LABEL_MARK = regex.compile(r"[:：】]")
# Any ``label：`` inside a value: a field this table does not know, so not a byline.
_OTHER_LABEL = regex.compile(r"\p{Han}{2,6}\s*[:：]")
_URL = regex.compile(r"(?:https?://|www\.)\S+")
_VALUE_CLUTTER = " \t\u3000\xa0|｜·/,，;；"
_BRACKETS = {"(": ")", "（": "）", "[": "]", "【": "】"}
# A byline value is a name, a date or a link, never a sentence.
_VALUE_MAX = 60
_BYLINE_MAX = 200  # a byline is a short line: longer ones are not even looked at
_SITE_PREFIX_MAX = 40
_TITLE_MAX = 100


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    return mapping("clean_byline_labels.tsv")


@lru_cache(maxsize=1)
def _label_pattern() -> regex.Pattern:
    alt = alternation(frozenset(_labels()), spaced=True)
    return regex.compile(rf"【\s*(?P<boxed>{alt})\s*】|(?P<plain>{alt})\s*[:：]")


@lru_cache(maxsize=1)
def _date_prefix() -> regex.Pattern:
    date_labels = [label for label, field in _labels().items() if field == "date"]
    return regex.compile(
        rf"(?:(?:{alternation(date_labels, spaced=True)})\s*[:：]?\s*)?{_MACHINE_DATE}"
        rf"(?:\s+{_TIME})?\s+(?=[{PICTOGRAPHS}]*\p{{Han}})")  # a pictograph there goes later


@lru_cache(maxsize=1)
def _publication_date() -> regex.Pattern:
    """A paper's or a site's name and a date, nothing else: ``长江日报 2025年01月17日``
    (an issuer over the date it signed, ``四川省经济和信息化厅 2023年1月3日``, is a signature)."""
    suffix = alternation(words("clean_publication_suffixes.txt"))
    return regex.compile(rf"[\p{{Han}}A-Za-z]{{0,12}}(?:{suffix})\s+{_DATE}日?")


@lru_cache(maxsize=1)
def _unknown_values() -> frozenset[str]:
    return words("clean_unknown_values.txt")


def prepare() -> None:
    """Build this family's tables and patterns before documents flow."""
    _label_pattern()
    _date_prefix()
    _publication_date()
    _unknown_values()


def iso_date(value: str) -> str | None:
    """``2024-07-27``, ``2018年03月27``, ``2022- 07- 18``, ``Tue, 12 Apr 2022 02:27:27 GMT`` → ISO
    ``YYYY-MM-DD``; None if there is no valid date."""
    m = _DATE_IN.search(unicodedata.normalize("NFKC", value))
    if not m:
        # a static site's front matter (date: Tue, 12 Apr 2022 02:27:27 GMT): RFC 2822, as mail writes it
        parsed = email.utils.parsedate(value.strip())
        return f"{parsed[0]:04d}-{parsed[1]:02d}-{parsed[2]:02d}" if parsed and parsed[0] >= 1900 else None
    year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# A static site's front matter (Jekyll, Hexo): a block of `key: value` lines, and `- item` lines of a
# list, between two --- lines that open the page.
_FRONT_MATTER = regex.compile(r"\A\s*---[ \t]*\n((?:[ \t]*(?:[A-Za-z_][\w-]*[ \t]*:.*|-[ \t].*|)\n){1,60}?)---[ \t]*(?:\n|\Z)")
_FRONT_MATTER_FIELD = regex.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", regex.M)


def remove_front_matter(text: str, config: CleanConfig) -> FixResult:
    """Drop a static site's front matter (---, `title: '…'`, `date: Tue, 12 Apr 2022 …`, ---) that opens
    the page; its title and date go to ``meta``."""
    if not text.lstrip().startswith("---"):
        return fixed([])
    m = _FRONT_MATTER.match(text, timeout=config.pattern_timeout)
    if m is None:
        return fixed([])
    fields = {f["key"].lower(): f["value"].strip("'\"") for f in _FRONT_MATTER_FIELD.finditer(m.group(1))}
    meta = {}
    if fields.get("title"):
        meta["title"] = fields["title"]
    date = iso_date(fields["date"]) if fields.get("date") else None
    if date:
        meta["date"] = date
    return fixed([Edit(m.start(), m.end(), "")], meta=meta)


# Lines are judged alone, and the headline, byline and date-prefix fixes judge the same lines.
@lru_cache(maxsize=8192)
def parse_byline(content: str, config: CleanConfig) -> tuple[tuple[str, str, int], ...] | None:
    """``((label, value, value_start), …)`` when the line is only known ``label：value`` pairs, else None."""
    if not _LABEL_MARK.search(content):
        return None  # every label ends on a colon or a closing 】 (folding changes Chinese characters only)
    folded = simplified(content)
    pattern = _label_pattern()
    # • 索引号:, and ⛦ 字体: as injected pictographs leave it before they are removed
    lo, hi = markup_prefix_length(content) if is_bullet_line(content) else _pictograph_prefix(content), len(folded)
    if not pattern.match(folded, lo, timeout=config.pattern_timeout) and hi - lo >= 2 and _BRACKETS.get(folded[lo]) == folded[-1]:
        lo, hi = lo + 1, hi - 1  # a byline in brackets: (責編:常邦麗)
    found = list(pattern.finditer(folded, lo, hi, timeout=config.pattern_timeout))
    labels = ["".join((m["boxed"] or m["plain"]).split()) for m in found]
    strong = sum(not _weak(label) for label in labels)
    if found and len(found) == 1 and _labels().get(labels[0]) == "date" and iso_date(folded[found[0].end():hi]):
        strong = 2  # 中國產業經濟信息網 時間：2021-04-21: a site's name over one dated field will do
    if not found or (found[0].start() != lo and not _site_prefix(folded[lo:found[0].start()], strong)):
        return None
    fields = [("", content[lo:found[0].start()], lo)] if found[0].start() != lo else []  # the site prefix
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else hi
        raw = content[m.end():end]
        value = raw.strip(_VALUE_CLUTTER)
        # judged as the value will read once piled-up marks are repaired and spaces settled
        settled = "".join(without_piles(value).strip(_VALUE_CLUTTER).split())
        if (len(settled) > _VALUE_MAX and not _URL.fullmatch(value)) or any(c in "。！？，" for c in settled):
            return None
        if m["plain"] and _OTHER_LABEL.search(simplified(value), timeout=config.pattern_timeout):
            return None  # a field the table does not know: not a byline line
        label = "".join((m["boxed"] or m["plain"]).split())
        fields.append((label, value, m.end() + len(raw) - len(raw.lstrip(_VALUE_CLUTTER))))
    return tuple(fields)


def _site_prefix(prefix: str, labels: int) -> bool:
    """A site name, an address or a timestamp before a byline of several fields
    (``河南省人民政府门户网站 www.henan.gov.cn 时间:…``, ``2021-05-19 18:00:17 来源:…``)."""
    settled = "".join(_TIME_IN.sub("", without_piles(prefix)).split())
    # set apart from the first label by a space (or by a full-width mark, beside which spaces go)
    apart = prefix[-1:].isspace() or prefix[-1:] in SPACELESS_PUNCTUATION
    return (labels >= 2 and len(settled) <= _SITE_PREFIX_MAX and apart
            and not any(c in "，。；！？,;:：" for c in settled))


def _record(meta: dict, field: str, value: str, config: CleanConfig) -> None:
    if field not in ("date", "url"):
        trailing = _TRAILING_DATE.search(value, timeout=config.pattern_timeout)
        if trailing and (not trailing["rest"] or is_navigation(trailing["rest"], config)):  # 来源:德阳日报 2023-08-25
            _record(meta, "date", trailing.group(), config)
            value = value[:trailing.start()].strip(_VALUE_CLUTTER)
    if field == "date":
        iso = iso_date(value)
        if iso:
            meta.setdefault("date", iso)
    elif field == "url":
        m = _URL.search(value)
        if m:
            meta.setdefault("url", m.group())
    elif value and simplified(value) not in _unknown_values():
        meta.setdefault(field, value)


@lru_cache(maxsize=8192)
def _dateline(content: str, config: CleanConfig) -> str | None:
    """The date of a dateline widget line (``西安晚报 2020-11-01 03:20 大字``, a newspaper page's
    header, a bare timestamp), else None.  ``content`` is a line of at most ``_BYLINE_MAX`` characters."""
    normal = unicodedata.normalize("NFKC", content[markup_prefix_length(content):])  # • 2020-11-13 14:42
    # a byline's length bounds the work of these patterns (no nested repetition): no timeout
    stamp = _TIMESTAMP_LINE.match(normal)
    if not stamp:
        whole = (_PAGE_HEADER.fullmatch(normal) or _BARE_STAMP.fullmatch(normal) or _ISSUE_LINE.fullmatch(normal)
                 or _publication_date().fullmatch(normal))
        return whole.group() if whole else None
    rest = normal[stamp.end():]
    # what may follow: a toolbar (大字, 大 中 小) or the authors' names (16:36张跃魏强李文标)
    if not rest.strip() or is_navigation(rest, config) or _NAMES_AFTER_STAMP.fullmatch(rest):
        return stamp.group()
    return None


def _pictograph_prefix(content: str) -> int:
    """The length of the pictographs and spaces a line opens with."""
    m = _PICTOGRAPH_PREFIX.match(content)
    return m.end() if m else 0


_PICTOGRAPH_PREFIX = regex.compile(f"(?:[{PICTOGRAPHS}]\\s*)+")


def _could_be_byline(content: str) -> bool:
    return bool(content) and len(content) <= _BYLINE_MAX and bool(_BYLINE_HINT.search(content))


def _weak(label: str) -> bool:
    """A label that makes a byline only among other bylines (名称 in a portal's metadata table)."""
    return _labels().get(label, "").startswith("~")


def _is_strong(fields: tuple[tuple[str, str, int], ...] | None) -> bool:
    return bool(fields) and not all(_weak(label) for label, _, _ in fields)


def is_byline(content: str, config: CleanConfig) -> bool:
    """The whole line leaves the text as a byline or a dateline (judged alone: weak labels do not count)."""
    if not _could_be_byline(content):
        return False
    if _dateline(content, config):
        return True
    fields = parse_byline(content, config)
    return _is_strong(fields) and not (len(fields) == 1 and _labels().get(fields[0][0]) == "keep")


def extract_bylines(text: str, config: CleanConfig) -> FixResult:
    """Move byline and page-metadata lines (and bare timestamps) out of the text into meta."""
    labels = _labels()
    edits = []
    meta: dict = {}
    lines = [line for line in iter_lines(text) if line.hi > line.lo]
    parsed = []
    for line in lines:
        content = text[line.lo:line.hi]
        if not _could_be_byline(content):
            parsed.append(None)
            continue
        date = _dateline(content, config)
        if date:
            _record(meta, "date", date, config)
            edits.append(Edit(*whole_line_span(text, line), ""))
            parsed.append(None)
            continue
        parsed.append(parse_byline(content, config))
    values = _values_below_labels(text, lines, parsed, config)
    in_table = _metadata_table(parsed)
    for k, (line, fields) in enumerate(zip(lines, parsed)):
        if not fields or k not in in_table:
            continue  # 名称：… alone is a line of the text; in a metadata table it is the table's
        if len(fields) == 1 and labels.get(fields[0][0]) == "keep":
            edits.append(Edit(line.lo, line.lo + fields[0][2], ""))
            continue
        if k in values:
            value_line = lines[k + 1]
            fields = fields[:-1] + ((fields[-1][0], text[value_line.lo:value_line.hi], 0),)
            edits.append(Edit(*whole_line_span(text, value_line), ""))
        for label, value, _ in fields:
            field = labels.get(label, "-").lstrip("~") if label else "site"
            if field == "site":
                date = _DATE_IN.search(value)
                if date:  # 2020-03-09  来源: 学习时报 作者:
                    _record(meta, "date", date.group(), config)
                continue
            if field not in ("-", "keep"):
                _record(meta, field, value, config)
        edits.append(Edit(*whole_line_span(text, line), ""))
    return fixed(edits, meta=meta)


def _metadata_table(parsed: list) -> set[int]:
    """The lines that leave as bylines: those with a strong label, and lines of weak labels
    next to them, line by line through a table (名称, 格式, 页数 under 文号 or 上传时间)."""
    accepted = {k for k, fields in enumerate(parsed) if _is_strong(fields)}
    frontier = sorted(accepted)
    while frontier:
        k = frontier.pop()
        for j in (k - 1, k + 1):
            if 0 <= j < len(parsed) and parsed[j] and j not in accepted:
                accepted.add(j)
                frontier.append(j)
    return accepted


def _values_below_labels(text: str, lines: list, parsed: list, config: CleanConfig) -> set[int]:
    """Lines of a metadata table that end on a label with no value (``• 索引号:``) and have it on
    the next line (``6107280000/2024-001005``).

    Only inside a table (another such line within two lines), and only a
    value that reads as one: indented under its label (a heading after the
    table is not), short, no sentence, no numbered heading.
    """
    label_only = {k for k, fields in enumerate(parsed) if fields and not fields[-1][1]}
    found = set()
    for k in sorted(label_only):
        if k + 1 >= len(lines) or parsed[k + 1] is not None or not any(j in label_only for j in (k - 2, k - 1, k + 1, k + 2)):
            continue
        label_line, value_line = lines[k], lines[k + 1]
        value = text[value_line.lo:value_line.hi]
        if (display_width(text[value_line.start:value_line.lo]) > display_width(text[label_line.start:label_line.lo])
                and len(value) <= _VALUE_MAX and not any(c in "。！？，；" for c in value) and not NUMBERING.match(value)
                and not is_byline(value, config)):
            found.add(k)
    return found


def remove_date_prefixes(text: str, config: CleanConfig) -> FixResult:
    """A machine date that opens a line of the page's head (before any full stop) goes to
    ``meta.date``; the prose after it stays: ``date 2026-03-05 十四屆全國人大…``.

    Runs after furniture lines are gone, so that the head is the same on a second run.
    """
    edits = []
    meta: dict = {}
    for line in iter_lines(text):
        content = text[line.lo:line.hi]
        # the date's digits are looked for first: a line without one holds no date (and costs no timed match)
        prefix = _date_prefix().match(content, timeout=config.pattern_timeout) if _DIGIT.search(content) else None
        rest = content[prefix.end():] if prefix else ""
        # the rest is prose: no byline fields, nor furniture that a second run would then drop
        if (prefix and not _label_pattern().match(simplified(rest), timeout=config.pattern_timeout)
                and parse_byline(rest, config) is None and not is_navigation(rest, config) and not is_boilerplate(rest, config)
                and not is_letter_spaced(rest, config)):
            _record(meta, "date", prefix.group(), config)
            edits.append(Edit(line.lo, line.lo + prefix.end(), ""))
        if has_full_stop(content):
            break
    return fixed(edits, meta=meta)


def find_title(text: str) -> str | None:
    """The first line, when it reads as a title: short, and not a sentence, label-value pairs or a date."""
    first = next((text[line.lo:line.hi] for line in iter_lines(text) if line.hi > line.lo), "")
    if not (2 <= len(first) <= _TITLE_MAX):
        return None
    if "。" in first or first[-1] in "：:，,；;" or sum(c in "：:" for c in first) > 1:
        return None
    if _DATE_LINE.fullmatch(unicodedata.normalize("NFKC", first)):
        return None
    if NUMBERING.match(first):
        return None  # a numbered section heading: the page starts inside the article
    return first
