"""The ``extract-numbers`` stage: every quantity, date and duration in a record's text.

Each fact (SPEC section 2) has its surface ``text``, ``start``/``end`` in the
record's text, ``source_start``/``source_end`` in the decoded raw file, its
``type``, normalised ``value`` (or ``low``/``high``), ``unit``,
``qualifier`` and ``sentence``.  The reading itself is one pass of one
ordered grammar (:mod:`.grammar`); tables come from ``policytext/data``.

Conventions where SPEC 2 is silent:

* 成 is tenths of a whole, read as a percent (五成 -> 50 %); 三分之一, 1/3 and
  一半 are fractions; 千分之三 and 3‰ are 0.3 %; a basis point (个基点) is
  0.01 ``pp``.
* Two neighbouring digits are an approximate range (两三年 -> P2Y..P3Y,
  三四百人 -> 300..400 人) with qualifier ``about``.
* An amount with a magnitude but no unit (营收20亿, 人口减少1109万) takes its
  type and unit from the nearest noun before it in its clause
  (data/implied_units.tsv), else it is a count with no unit.
* 内 after a span of time bounds it (五年内 -> P5Y ``at_most``); 最高 before an
  amount caps it (``at_most``); a hedge written in the text (近万人, 一年内)
  makes a bare magnitude or a lone 一 a real quantity.
* In a list whose last member carries the unit, the others share it
  (分别回落2.2和1.7个百分点).
* 市制 units stay as written (亩, 斤); 公顷 is 10,000 m2; 吨标准煤 is ``tce``;
  a rate keeps its denominator (50万元/人 -> 500000 ``CNY/人``).
* A magnitude level (千亿级, 500亿级, 千亿立方米级) is typed as the amount
  it names (money in CNY when no unit is written) and marked
  ``magnitude_level: true``; 三级 (a level) is an ordinal.
* A count inside a short quoted slogan (“五大中心”, “两个确立”) names a
  programme and is not reported; nor are a lone 一 or 零 before a measure
  word (一个, 一批, 零部件) or a bare magnitude before one (百家, 千年).
* A year ≥ 1900 with 年 is a date, a smaller number with 年 a duration;
  a hedge before a year (高于2016年) compares and is not its qualifier;
  前/以前 after a date is ``at_most``.
* Ranks (第3位, 前10名), plenum numbers (十二届二次全会), list markers and
  X是 enumerators are ``ordinal``; document numbers, standards (GB/T
  4754-2017), e-mails, URLs, postal and long digit codes are ``code``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..record import as_record, number_fact
from ..sentences import SentenceIndex
from ..spans import record_map
from .dates import DocDate
from . import grammar
from .grammar import ScanOptions, scan


@dataclass(frozen=True)
class NumbersConfig:
    """How ``extract_numbers`` reads numbers.

    resolve_bare_months: give a month or day written without a year
        (``1—11月``, ``8月26日``) the year nearest the document date when
        ``meta.date`` is known; otherwise (and without a document date) the
        year stays ``XXXX``.
    list_markers: report list markers (``一、``, ``（二）``, ``1.``, ``三是``)
        as ``ordinal`` facts.
    codes: report phone numbers, document numbers (``黔府发〔2024〕12号``),
        e-mail addresses, URLs and long digit codes as ``phone`` / ``code``.
    timeout: seconds the pattern may spend on one document before giving up
        with ``TimeoutError`` (the pipeline turns it into an error record).
    """

    resolve_bare_months: bool = True
    list_markers: bool = True
    codes: bool = True
    timeout: float | None = 10.0


def prepare() -> None:
    """Compile the grammar and load the tables, once per process.

    Called before documents flow (and before a pool forks, so its workers
    share them); without it they are built on first use.  Output is the same.
    """
    grammar.prepare()


def find_numbers(text: str, *, doc_date: str | DocDate | None = None,
                 config: NumbersConfig = NumbersConfig()) -> list[dict]:
    """The number facts of ``text``, without source offsets (they need a record).

    ``doc_date`` (ISO ``2023``, ``2023-09`` or ``2023-09-01``) resolves
    relative years (今年, 去年, 明年) and, per ``config``, months without a year.
    """
    options = ScanOptions(
        doc_date=DocDate.parse(doc_date),
        resolve_bare_months=config.resolve_bare_months,
        list_markers=config.list_markers,
        codes=config.codes,
        timeout=config.timeout,
    )
    sentence_of = SentenceIndex(text).sentence_of
    return [number_fact(text[f.start:f.end], f.start, f.end, f.type, f.value, f.unit, f.low, f.high, f.qualifier,
                        sentence_of(f.start, f.end), **f.extra)
            for f in scan(text, options)]


def extract_numbers(record: dict | str, config: NumbersConfig = NumbersConfig()) -> dict:
    """Return a copy of ``record`` with ``numbers``: its number facts, traceable to the raw file."""
    record = as_record(record)
    out = dict(record)
    text = record.get("text") or ""
    doc_date = (record.get("meta") or {}).get("date")
    mapping = record_map(record)
    out["numbers"] = [_with_source(fact, *mapping.map_span(fact["start"], fact["end"]))
                      for fact in find_numbers(text, doc_date=doc_date, config=config)]
    return out


def _with_source(fact: dict, source_start: int, source_end: int) -> dict:
    """The fact with its source span after ``end``, where SPEC 2 puts it; the other fields keep their order."""
    ordered = {"kind": fact["kind"], "text": fact["text"], "start": fact["start"], "end": fact["end"],
               "source_start": source_start, "source_end": source_end}
    ordered.update(fact)
    return ordered


__all__ = ["NumbersConfig", "extract_numbers", "find_numbers", "prepare"]
