"""convert: script detection, exact t2s on the gold, simplified text untouched, offsets back to the raw text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policytext.convert import (
    MIXED, SIMPLIFIED, TRADITIONAL, ConvertConfig, conversion_edits, convert, convert_text, detect_script, line_script,
)
from policytext.spans import apply_edits, source_span

DATA = Path(__file__).resolve().parent / "data"
CASES = [json.loads(line) for line in (DATA / "convert" / "cases.jsonl").read_text("utf-8").splitlines() if line]
MIXED_REPOST = (DATA / "convert" / "13_futunn_mixed_script.txt").read_text("utf-8")
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
GOLD_IDS = sorted(p.stem for p in (DATA / "gold" / "convert").glob("*.txt"))


@pytest.mark.parametrize("case", CASES, ids=[c["note"] for c in CASES])
def test_case(case):
    record = convert(case["text"])
    assert record["text"] == case["expected"]
    assert record["script"] == case["script"]
    assert detect_script(case["text"]) == case["script"]


@pytest.mark.parametrize("doc_id", GOLD_IDS)
def test_gold_clean_to_convert_is_exact(doc_id):
    clean_text = (DATA / "gold" / "clean" / f"{doc_id}.txt").read_text("utf-8")
    expected = (DATA / "gold" / "convert" / f"{doc_id}.txt").read_text("utf-8")
    record = convert({"id": doc_id, "source": "gold", "text": clean_text})
    assert record["text"] == expected
    changed = sum(a != b for a, b in zip(clean_text, expected))
    if changed:
        assert record["script"] == TRADITIONAL
        assert record["changes"] == [{"stage": "convert", "fix": "t2s", "count": changed}]
    else:
        assert record["script"] == SIMPLIFIED
        assert "changes" not in record and "offsets" not in record


@pytest.mark.parametrize("doc_id", GOLD_IDS)
def test_clean_then_convert_on_the_seeds_reproduces_the_gold(doc_id):
    from policytext.clean import clean
    from policytext.io.read import iter_inputs

    seed = SEEDS / f"{doc_id}.txt"
    (record,) = list(iter_inputs([str(seed)]))
    record = convert(clean(record))
    assert record["text"] == (DATA / "gold" / "convert" / f"{doc_id}.txt").read_text("utf-8")
    # every converted character still points at its traditional original in the raw seed
    raw = seed.read_text("utf-8")
    if record["script"] == TRADITIONAL:
        start = record["text"].index("新质生产")
        s, e = source_span(record, start, start + 4)
        assert raw[s:e] == "新質生產"


def test_mixed_repost_converts_only_the_traditional_lines():
    record = convert(MIXED_REPOST)
    assert record["script"] == MIXED
    lines = record["text"].splitlines()
    # the simplified headline is left alone; its traditional twin is converted to the same words
    assert lines[2] == "工信部:重点培育的25个先进制造业集群主导产业产值近10万亿元"
    assert lines[4] == lines[2]
    assert "依托优势开发区" in record["text"] and "利润总额占全国比重近45%" in record["text"]
    assert "集羣" not in record["text"] and "譯文" not in record["text"]


def test_line_scripts_of_the_mixed_repost():
    lines = MIXED_REPOST.splitlines()
    assert line_script(lines[2]) == SIMPLIFIED
    assert line_script(lines[4]) == TRADITIONAL
    assert line_script("share_log") is None


def test_a_single_stray_character_does_not_make_a_document_mixed():
    text = "擁有國家級技術創新載體1700余家。\n培育創建了170余家國家級單項冠軍企業。\n发"
    assert detect_script(text) == TRADITIONAL


def test_simplified_lines_of_a_mixed_text_are_never_converted_even_when_opencc_would_change_them():
    # 乾 is ambiguous; in a simplified line it must survive (t2s alone would make it 干)
    text = "乾隆年间的发展历史\n發展規劃與產業佈局"
    out = convert_text(text)
    assert out.script == MIXED
    assert out.text.splitlines() == ["乾隆年间的发展历史", "发展规划与产业布局"]


def test_offsets_slice_back_to_the_traditional_characters():
    raw = (DATA / "gold" / "clean" / f"{GOLD_IDS[1]}.txt").read_text("utf-8")
    record = convert({"id": "x", "source": "-", "text": raw})
    start = record["text"].index("新质生产力聚集地")
    s, e = source_span(record, start, start + len("新质生产力聚集地"))
    assert raw[s:e] == "新質生產力聚集地"


def test_offsets_compose_with_an_earlier_rewrite():
    raw = "share_log\n\n據工信微報公眾號"
    earlier = {"id": "x", "source": "-", "text": "據工信微報公眾號", "offsets": [[0, 8, 11, 19]]}
    record = convert(earlier)
    assert record["text"] == "据工信微报公众号"
    s, e = source_span(record, 1, 3)
    assert raw[s:e] == "工信"
    s, e = source_span(record, 0, 8)
    assert raw[s:e] == "據工信微報公眾號"


def test_a_length_changing_conversion_maps_as_a_block():
    edits = conversion_edits("abXYcd", "abZcd")
    text, step = apply_edits("abXYcd", edits)
    assert text == "abZcd"
    assert step.map_span(2, 3) == (2, 4)
    assert step.map_span(3, 5) == (4, 6)


def test_s2t_converts_only_the_simplified_lines():
    text = "发展规划\n產業佈局"
    out = convert(text, ConvertConfig(config="s2t"))
    assert out["text"] == "發展規劃\n產業佈局"
    assert out["changes"] == [{"stage": "convert", "fix": "s2t", "count": 3}]


def test_simplified_text_is_converted_only_when_asked():
    text = "建立覆盖生物医药企业成长全周期的专业化融资服务体系"
    assert convert(text, ConvertConfig(config="s2t"))["text"] == "建立覆蓋生物醫藥企業成長全週期的專業化融資服務體系"
    assert convert(text, ConvertConfig(config="t2s", convert_all=True))["text"] == text


def test_config_names_with_and_without_json_suffix():
    assert ConvertConfig(config="hk2s.json").config == "hk2s"
    assert convert("集羣", ConvertConfig(config="hk2s.json"))["text"] == "集群"
    with pytest.raises(ValueError, match="unknown OpenCC configuration"):
        ConvertConfig(config="t2x")


def test_record_fields_are_kept_and_the_input_is_not_mutated():
    record = {"id": "a", "source": "s.txt", "text": "產業", "meta": {"title": "t"},
              "changes": [{"stage": "clean", "fix": "whitespace", "count": 1}]}
    out = convert(record)
    assert out["meta"] == {"title": "t"} and out["id"] == "a" and out["source"] == "s.txt"
    assert out["changes"][-1] == {"stage": "convert", "fix": "t2s", "count": 2}
    assert record["changes"] == [{"stage": "clean", "fix": "whitespace", "count": 1}]
    assert record["text"] == "產業" and "script" not in record


def test_plain_string_input_is_wrapped():
    out = convert("產業")
    assert out == {"id": "text", "source": "-", "text": "产业", "script": TRADITIONAL,
                   "changes": [{"stage": "convert", "fix": "t2s", "count": 2}]}


_CJK_SAMPLE = "產業發展國家規劃集羣覆蓋干部面積后來发展覆盖产业国家乾隆台灣里余的了和在是，。、\n 12%"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(_CJK_SAMPLE)) | st.characters(), max_size=60))
def test_convert_never_crashes_keeps_length_maps_every_char_and_is_idempotent(text):
    out = convert(text)
    assert out["script"] in (SIMPLIFIED, TRADITIONAL, MIXED)
    one_to_one = len(out["text"]) == len(text)
    for i in range(len(out["text"])):
        s, e = source_span(out, i, i + 1)
        assert 0 <= s < e <= len(text)
        if one_to_one:
            assert e - s == 1
    again = convert(out)
    assert again["text"] == out["text"]
