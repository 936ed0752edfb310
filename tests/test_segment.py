"""segment: domain terms as single tokens, traditional text via t2s, tokens that rebuild the text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policytext.pipeline import map_records
from policytext.segment import (
    SegmentConfig, SegmenterUnavailable, TermMerger, domain_terms, load_model, parse_terms, segment, segment_text,
    token_spans,
)

DATA = Path(__file__).resolve().parent / "data"
CASES = [json.loads(line) for line in (DATA / "segment" / "cases.jsonl").read_text("utf-8").splitlines() if line]
GOLD_CONVERT = sorted((DATA / "gold" / "convert").glob("*.txt"))
GOLD_CLEAN = sorted((DATA / "gold" / "clean").glob("*.txt"))


@pytest.fixture(scope="session")
def engine():
    """pkuseg loads once for the whole session (~3 s, ~800 MB)."""
    return load_model(SegmentConfig())


def without_whitespace(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("case", CASES, ids=[c["note"] for c in CASES])
def test_case(engine, case):
    tokens = segment(case["text"])["tokens"]
    assert "".join(tokens) == without_whitespace(case["text"])
    for token in case["include"]:
        assert token in tokens
    for token in case["exclude"]:
        assert token not in tokens
    if "tokens" in case:
        assert tokens == case["tokens"]


def test_negative_cases_are_exactly_the_engine_tokens(engine):
    for case in CASES:
        if case["note"].startswith("negative: general vocabulary"):
            assert segment(case["text"])["tokens"] == engine.cut(case["text"])


def test_the_listed_domain_terms_are_single_tokens_on_the_seeds(engine):
    tokens = set()
    for path in GOLD_CONVERT:
        tokens.update(segment(path.read_text("utf-8"))["tokens"])
    for term in ("先进制造业集群", "专精特新", "“小巨人”", "规模以上工业增加值", "新质生产力", "碳达峰",
                 "世界500强", "链主", "首台（套）", "智改数转", "集群化配套率", "清洁能源装备"):
        assert term in tokens, term


@pytest.mark.parametrize("path", GOLD_CLEAN, ids=lambda p: p.stem)
def test_tokens_rebuild_the_text_of_every_seed(engine, path):
    text = path.read_text("utf-8")
    tokens = segment({"id": path.stem, "source": str(path), "text": text})["tokens"]
    assert "".join(tokens) == without_whitespace(text)
    assert all(tokens) and not any(any(c.isspace() for c in t) for t in tokens)


def test_traditional_text_segments_like_its_conversion(engine):
    traditional = (DATA / "gold" / "clean" / "001_bfa20a8dddea1322.txt").read_text("utf-8")
    simplified = (DATA / "gold" / "convert" / "001_bfa20a8dddea1322.txt").read_text("utf-8")
    trad_tokens = segment(traditional)["tokens"]
    simp_tokens = segment(simplified)["tokens"]
    assert [len(t) for t in trad_tokens] == [len(t) for t in simp_tokens]
    assert "新質生產力" in trad_tokens and "新质生产力" in simp_tokens


def test_without_conversion_traditional_text_is_segmented_as_is(engine):
    text = "2024年酒泉新能源裝備國家先進制造業集群專家論證會在京順利召開"
    tokens = segment(text, SegmentConfig(convert_traditional=False, domain_terms=False))["tokens"]
    assert tokens == engine.cut(text)
    assert tokens != segment(text)["tokens"]


def test_whitespace_never_ends_up_in_tokens_and_terms_do_not_merge_across_it(engine):
    text = "　　国家级先进制造业\n集群启动建设，\t专精特新 “小巨人”企业\r\n"
    tokens = segment(text)["tokens"]
    assert "".join(tokens) == without_whitespace(text)
    assert "先进制造业集群" not in tokens
    assert "专精特新" in tokens and "“小巨人”" in tokens


def test_user_dictionary_file_and_terms(engine, tmp_path):
    text = "同时向甘肃省、酒泉市及酒泉经开区等有关部门征求意见"
    assert "酒泉经开区" not in segment(text)["tokens"]
    user_dict = tmp_path / "terms.txt"
    user_dict.write_text("# my terms\n酒泉经开区\tns\n\n", encoding="utf-8")
    assert "酒泉经开区" in segment(text, SegmentConfig(user_dict=str(user_dict)))["tokens"]
    assert "酒泉经开区" in segment(text, SegmentConfig(user_terms=("酒泉经开区",)))["tokens"]


def test_a_two_character_user_term_never_splits_an_engine_word(engine):
    text = "发挥创新中心作用，鼓励“链主”企业建设世界一流"
    tokens = segment(text, SegmentConfig(user_terms=("主”", "心作")))["tokens"]
    assert tokens == segment(text)["tokens"]


def test_missing_user_dictionary_is_an_input_error(engine, tmp_path):
    from policytext.errors import InputError

    with pytest.raises(InputError, match="cannot read the user dictionary"):
        segment("产业", SegmentConfig(user_dict=str(tmp_path / "missing.txt")))


def test_model_is_loaded_once_per_process(engine):
    assert load_model(SegmentConfig()) is engine
    assert load_model(SegmentConfig(user_terms=("酒泉经开区",))) is engine


def test_record_fields_are_kept_and_a_plain_string_is_wrapped(engine):
    record = {"id": "a", "source": "s", "text": "推动碳达峰", "meta": {"title": "t"}, "script": "simplified"}
    out = segment(record)
    assert out == {**record, "tokens": ["推动", "碳达峰"]}
    assert "tokens" not in record
    assert segment("推动碳达峰") == {"id": "text", "source": "-", "text": "推动碳达峰", "tokens": ["推动", "碳达峰"]}


def test_empty_and_whitespace_only_text(engine):
    assert segment("")["tokens"] == []
    assert segment(" \n\u3000")["tokens"] == []


def test_workers_share_the_model_and_give_the_same_tokens(engine):
    records = [{"id": str(i), "source": "-", "text": p.read_text("utf-8")[:300]} for i, p in enumerate(GOLD_CONVERT)]
    serial = [r["tokens"] for r in map_records(segment, records, jobs=1)]
    parallel = [r["tokens"] for r in map_records(segment, records, jobs=2, initializer=load_model)]
    assert parallel == serial


def test_jieba_missing_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "jieba", None)
    with pytest.raises(SegmenterUnavailable, match=r"pip install 'policytext\[jieba\]'"):
        load_model(SegmentConfig(engine="jieba"))


def test_jieba_engine_when_installed():
    pytest.importorskip("jieba")
    text = "全省新增专精特新“小巨人”企业107户 累计达到"
    tokens = segment(text, SegmentConfig(engine="jieba"))["tokens"]
    assert "".join(tokens) == without_whitespace(text)
    assert "专精特新" in tokens and "“小巨人”" in tokens


def test_unknown_engine_is_rejected():
    with pytest.raises(ValueError, match="unknown segmentation engine"):
        SegmentConfig(engine="thulac")


# --- the merger and the helpers, without a model -------------------------------------------------

def spans_of(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text = "".join(words)
    return text, token_spans(text, words)


def test_merger_prefers_the_longest_aligned_term():
    merger = TermMerger(["先进制造业", "先进制造业集群"])
    text, spans = spans_of(["国家级", "先进", "制造业", "集群", "启动"])
    assert [text[s:e] for s, e in merger.merge(text, spans)] == ["国家级", "先进制造业集群", "启动"]


def test_merger_forces_long_terms_only():
    text, spans = spans_of(["衡长", "株潭特", "高压", "产业", "链主", "要"])
    forced = TermMerger(["特高压", "链主要"], force_min_chars=3)
    assert [text[s:e] for s, e in forced.merge(text, spans)] == ["衡长", "株潭", "特高压", "产业", "链主要"]
    two_chars = TermMerger(["潭特", "业链"], force_min_chars=3)
    assert two_chars.merge(text, spans) == spans
    never = TermMerger(["特高压"], force_min_chars=0)
    assert never.merge(text, spans) == spans


def test_token_spans_skip_whitespace_and_reject_words_not_in_the_text():
    assert token_spans(" 产业 链\n", ["产业", "链"]) == [(1, 3), (4, 5)]
    assert token_spans("产业 链", ["产业", " ", "链"]) == [(0, 2), (3, 4)]
    from policytext.errors import DocumentError

    with pytest.raises(DocumentError):
        token_spans("产业链", ["产业", "连"])
    with pytest.raises(DocumentError):
        token_spans("产业链", ["产业"])


def test_parse_terms_reads_the_pkuseg_user_dictionary_format():
    assert parse_terms("# comment\n链主\tn\n\n 专精特新 \n") == ["链主", "专精特新"]


def test_domain_dictionary_is_a_few_hundred_terms_in_both_scripts():
    terms = set(domain_terms())
    assert len(terms) >= 300
    assert {"专精特新", "專精特新", "先进制造业集群", "先進製造業集群", "首台(套)", "“小巨人”"} <= terms
    # general vocabulary is left to the model (see the file's header)
    assert not {"国内生产总值", "固定资产投资", "龙头企业", "产业链供应链"} & terms


_ALPHABET = list("国家级先进制造业集群专精特新小巨人產業發展規劃集羣，。、“”()（）0123456789% \n\u3000\t")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET) | st.characters(), max_size=40))
def test_tokens_always_rebuild_the_text(text):
    load_model()
    spans = segment_text(text)
    assert "".join(text[s:e] for s, e in spans) == without_whitespace(text)
    assert all(e > s for s, e in spans)
    assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:]))
