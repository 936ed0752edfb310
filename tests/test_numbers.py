"""extract-numbers: table-driven cases from real sentences, numerals, properties, source offsets."""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policytext.numbers import NumbersConfig, extract_numbers, find_numbers
from policytext.numbers.numerals import read_numeral
from policytext.numbers.units import data_lines
from policytext.spans import Edit, apply_edits, rewrite

DATA = Path(__file__).parent / "data" / "numbers"
CASES = [json.loads(line) for line in (DATA / "cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
NUMERALS = [line.split("\t") for line in (DATA / "numerals.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
COMPARED = ("text", "type", "value", "unit", "low", "high", "qualifier", "magnitude_level")


def _shape(fact: dict) -> dict:
    return {k: fact.get(k) for k in COMPARED}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['source']}: {c['phenomenon']}" for c in CASES])
def test_case_table(case):
    facts = find_numbers(case["sentence"], doc_date=case.get("doc_date"))
    assert [_shape(f) for f in facts] == [_shape(f) for f in case["facts"]]


@pytest.mark.parametrize("numeral,value", NUMERALS)
def test_numerals(numeral, value):
    assert read_numeral(numeral) == Decimal(value)


NEGATIVES = ["四川", "一带一路", "5G", "8K", "F级", "二十大", "世界500强", "一流", "一批", "双碳", "统一", "唯一",
             "一体化", "一系列", "第一时间", "两会", "千家万户", "百年未有之大变局", "零部件", "三个代表", "每万人口",
             "三农", "四化同步", "十九大", "千万", "万一", "上半年", "另一半", "一次性", "三五成群", "一揽子"]


@pytest.mark.parametrize("phrase", NEGATIVES)
def test_not_numbers(phrase):
    assert find_numbers(f"我们要加快{phrase}建设。") == []


UNITS = [row for row in data_lines("units.tsv")]


@pytest.mark.parametrize("row", UNITS, ids=[row[0] for row in UNITS])
def test_every_unit_in_the_table_is_read(row):
    """12 + each unit of units.tsv is one fact of the unit's type, with the factor applied."""
    surface, type_, unit, factor = row[:4]
    facts = find_numbers(f"全年达12{surface}。")
    assert len(facts) == 1 and facts[0]["text"] == f"12{surface}", facts
    fact = facts[0]
    if surface == "日":
        assert fact["type"] == "date"  # 12日 alone is a day of the month; 30日内 is the duration
        return
    assert fact["type"] == type_
    if type_ in ("money", "percent", "measure"):
        assert fact["unit"] == unit and fact["value"] == pytest.approx(float(12 * Decimal(factor)))
    elif type_ == "duration":
        assert fact["value"].endswith(unit if unit not in ("MIN",) else "M")


def test_codes_are_not_counts_and_can_be_turned_off():
    text = "根据黔府发〔2024〕12号文件，联系电话028-86246495。"
    assert [(f["type"], f["text"]) for f in find_numbers(text)] == [("code", "黔府发〔2024〕12号"),
                                                                    ("phone", "028-86246495")]
    assert find_numbers(text, config=NumbersConfig(codes=False)) == []


def test_list_markers_are_ordinals_and_can_be_turned_off():
    text = "一、总体要求\n（二）发展目标。"
    assert [(f["type"], f["value"]) for f in find_numbers(text)] == [("ordinal", 1), ("ordinal", 2)]
    assert find_numbers(text, config=NumbersConfig(list_markers=False)) == []


def test_extract_numbers_keeps_the_record_and_accepts_a_string():
    record = {"id": "d", "source": "d.txt", "text": "产值达650亿元。", "meta": {"date": "2023-09-01"}, "x": 1}
    out = extract_numbers(record)
    assert out is not record and "numbers" not in record
    assert out["x"] == 1 and out["numbers"][0]["value"] == 65000000000
    assert extract_numbers("产值达650亿元。")["numbers"][0]["source_start"] == 3


def test_source_offsets_point_at_the_raw_digits():
    """After a rewrite (full-width digits folded, pinyin removed) facts still slice the raw text."""
    raw = "增加值增(zeng)量预计达８萬億(yi)元，增长２·４个百分点。"
    edits = [Edit(m, m + len(p)) for p in ("(zeng)", "(yi)") for m in [raw.index(p)]]
    edits += [Edit(i, i + 1, unicodedata.normalize("NFKC", ch)) for i, ch in enumerate(raw) if "０" <= ch <= "９"]
    text, step = apply_edits(raw, edits)
    record = rewrite({"id": "r", "source": "-", "text": raw}, text, step)
    facts = extract_numbers(record)["numbers"]
    assert [f["text"] for f in facts] == ["8萬億元", "2·4个百分点"]
    for fact in facts:
        raw_span = raw[fact["source_start"]:fact["source_end"]]
        digits = [unicodedata.normalize("NFKC", ch) for ch in raw_span if ch.isdigit()]
        assert digits == [ch for ch in fact["text"] if ch.isdigit()]


chinese_text = st.text(alphabet=st.sampled_from(list("0123456789０１２.·,%％-—~至到年月日号个家亿万千百十一二两三四五六七八九零第余多近约超过以上左右元美吨千瓦公里“”（）()、，。\n 是今去明翻番分之成级倍‰内半满最高和GB/周岁营收")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(chinese_text)
def test_no_crash_and_offsets_slice_the_text(text):
    for fact in find_numbers(text, doc_date="2023-06-01"):
        assert text[fact["start"]:fact["end"]] == fact["text"]
        assert fact["text"] and fact["type"]


HOSTILE = {
    "a long list sharing one unit": "1、" * 5000 + "1个",
    "a long list with no unit": "1、" * 5000,
    "a run of numeral characters": "一二三四五六七八九十" * 1000,
    "thousands groups without end": "1,234," * 3000,
    "spaced digits before a magnitude": "1 " * 5000 + "万",
    "a long list of months": "1、" * 3000 + "2月",
    "a long quoted list of slogans": "“" + "五大中心、" * 2000 + "”",
    "a chain of pairs that are not ranges": "1个到2%到" * 2000 + "3个",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_is_read_in_bounded_time(text):
    """Patterns that look ahead are bounded: 10,000 characters never take seconds (TimeoutError otherwise)."""
    for fact in find_numbers(text, config=NumbersConfig(timeout=5.0)):
        assert text[fact["start"]:fact["end"]] == fact["text"]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_no_crash_on_any_text(text):
    for fact in find_numbers(text):
        assert text[fact["start"]:fact["end"]] == fact["text"]
