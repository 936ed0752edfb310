"""Robustness on 20 real scraped pages (tests/data/clean/corpus, noise described in MANIFEST.tsv)
and on the seeds in every encoding the reader accepts.

No page may fail; none may keep a pinyin annotation; every legitimate bracket
listed in corpus_brackets.tsv survives; clean is idempotent and traceable on
each; the GBK originals clean to the same text as their UTF-8 copies.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import regex
from pypinyin import Style, pinyin

from policytext.clean import clean
from policytext.io.read import read_path
from policytext.record import is_error

from test_clean_properties import assert_traceable

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "clean" / "corpus"
CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".gbk"))
SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
BRACKETS = [
    tuple(line.split("\t"))
    for line in (DATA / "clean" / "corpus_brackets.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
ANNOTATION = regex.compile(r"(\p{Han})[(（]\s*([A-Za-z\u00C0-\u024F\u0300-\u036F]+)\s*[)）]")


def _syllable(s: str) -> str:
    s = unicodedata.normalize("NFD", s.lower()).replace("u\u0308", "v")
    return "".join(c for c in s if not unicodedata.combining(c)).replace("u", "v")


def pinyin_residue(text: str) -> list[str]:
    """Bracketed Latin letters that read the character before them (checked with pypinyin, independently of clean)."""
    found = []
    for m in ANNOTATION.finditer(text):
        readings = {_syllable(r) for style in (Style.NORMAL, Style.TONE) for r in pinyin(m[1], style=style, heteronym=True)[0]}
        if _syllable(m[2]) in readings:
            found.append(m.group())
    return found


@pytest.fixture(scope="module")
def cleaned() -> dict[str, tuple[dict, dict]]:
    out = {}
    for path in CORPUS_FILES + SEEDS:
        record = next(read_path(str(path)))
        out[path.name] = (record, clean(record))
    return out


def _raw(path: Path, record: dict) -> str:
    data = path.read_bytes()
    codec = {"utf-8-sig": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}.get(record["meta"]["encoding"], record["meta"]["encoding"])
    return data.decode(codec)


def test_corpus_is_all_here():
    assert len(CORPUS_FILES) == 22  # 20 pages, 2 of them also as GBK originals


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name[:40])
def test_page_cleans_idempotently_and_traceably(cleaned, path):
    record, result = cleaned[path.name]
    assert not is_error(record) and not is_error(result)
    assert result["text"].strip()
    assert clean(result["text"])["text"] == result["text"]
    assert_traceable(_raw(path, record), result)


@pytest.mark.parametrize("name", [p.name for p in CORPUS_FILES + SEEDS], ids=lambda n: n[:40])
def test_no_pinyin_residue(cleaned, name):
    assert pinyin_residue(cleaned[name][1]["text"]) == []


def test_the_residue_check_sees_annotations():
    assert pinyin_residue("中(zhong)國(guó)產(chǎn)略(lve)") == ["中(zhong)", "國(guó)", "產(chǎn)", "略(lve)"]
    assert pinyin_residue("成（都）地区生产总值（GDP）天然气(页岩气)") == []


@pytest.mark.parametrize(("name", "inside"), BRACKETS, ids=lambda v: v[:20])
def test_legitimate_brackets_survive(cleaned, name, inside):
    text = cleaned[name][1]["text"]
    assert f"（{inside}）" in text or f"({inside})" in text


@pytest.mark.parametrize("stem", ["03_hainan-economy-2000H1_fudan-corpus", "04_nbs-april-economy-xinhua_fudan-corpus"])
def test_gbk_original_cleans_like_its_utf8_copy(cleaned, stem):
    gbk_record, gbk = cleaned[f"{stem}.GBK-original.gbk"]
    _, utf8 = cleaned[f"{stem}.txt"]
    assert gbk_record["meta"]["encoding"] == "gb18030"
    assert gbk["text"] == utf8["text"]


def test_corpus_pages_give_their_facts_to_meta(cleaned):
    meta = {name: result.get("meta", {}) for name, (_, result) in cleaned.items()}
    assert meta["01_hebei-gov-work-report-2026_scraped-nav.txt"] | {"title": "2026年河北省政府工作报告", "source_name": "河北日报", "date": "2026-02-02"} == meta["01_hebei-gov-work-report-2026_scraped-nav.txt"]
    assert meta["12_tyjgjz_45-national-clusters-peoples-daily_trad-breadcrumb-footer.txt"]["editor"] == "常邦麗"
    assert meta["18_jj-gov_jiaojiang-2021-economy-analysis_gov-metadata-ratio-colon.txt"]["date"] == "2022-07-18"
    assert meta["25_laodongfa_shanxi-income-growth-plan_inline-html-tags-metadata.txt"]["date"] == "2018-03-27"
    assert "title" not in meta["19_askci_231-industrial-clusters_stripped-tables-source-captions.txt"]  # starts at a numbered section


def test_page_furniture_is_gone(cleaned):
    text = {name: result["text"] for name, (_, result) in cleaned.items()}
    assert not text["01_hebei-gov-work-report-2026_scraped-nav.txt"].startswith("下载")
    assert "相关报道" not in text["01_hebei-gov-work-report-2026_scraped-nav.txt"]
    assert "驗證碼" not in text["08_17nai_anhui-ten-emerging-industries_pinyin-tone-captcha.txt"]
    assert "本站观点" not in text["11_lyzhhy_yangtze-delta-cluster-alliance_injected-site-names.txt"]
    assert "版權聲明" not in text["12_tyjgjz_45-national-clusters-peoples-daily_trad-breadcrumb-footer.txt"]
    assert "share_log" not in text["13_futunn_25-clusters-10-trillion_dual-script-mt-disclaimer.txt"]
    assert "Copyright" not in text["14_hnmdtv_shanghai-manufacturing-3yr-plan_simplified-footer.txt"]
    assert "<p" not in text["25_laodongfa_shanxi-income-growth-plan_inline-html-tags-metadata.txt"]
    assert "利润总额0.75亿元" in text["03_hainan-economy-2000H1_fudan-corpus.txt"]  # a number split by a hard wrap
    assert "１" not in text["04_nbs-april-economy-xinhua_fudan-corpus.txt"]


def _variants(text: str) -> dict[str, bytes]:
    crlf = text.replace("\n", "\r\n")
    return {
        "utf-8-sig": crlf.encode("utf-8-sig"),
        "utf-16-le": text.encode("utf-16"),
        "gb18030": crlf.encode("gb18030"),
    }


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_seed_in_every_encoding_matches_gold(tmp_path, seed):
    text = seed.read_text(encoding="utf-8")
    gold = (DATA / "gold" / "clean" / seed.name).read_text(encoding="utf-8")
    variants = _variants(text)
    if seed.stem.startswith("001"):
        variants["big5"] = text.replace("\n", "\r\n").encode("big5")
    for label, data in variants.items():
        path = tmp_path / f"{seed.stem}.{label}.txt"
        path.write_bytes(data)
        record = next(read_path(str(path)))
        assert not is_error(record), label
        result = clean(record)
        assert result["text"] == gold, label
        assert_traceable(_raw(path, record), result)
