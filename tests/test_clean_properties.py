"""Properties of clean on generated Chinese-ish text that mixes every kind of noise.

* idempotent: cleaning clean text changes nothing;
* traceable: every character of the cleaned text that was kept maps back to
  the same character of the raw text (or to the one it replaced: ``,`` for
  ``，``, ``５`` for ``5``, a run of NBSP for a space);
* total: no input makes it crash.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from policytext.clean import clean
from policytext.spans import record_map

# Characters of the seeds, simplified and traditional.
HAN = "德阳清洁能源装备制造基地产业集群发展国家先进中国經濟研究院業產長略綠工信厅市委书记会议强调落实央"
PINYIN = {"中": "zhong", "國": "guo", "業": "yè", "產": "chǎn", "長": "chang", "略": "lve", "綠": "lv", "工": "gong"}
NOISE = [
    "，", "。", "、", "；", "：", "“", "”", "《", "》", "（", "）",
    ",", ".", ":", ";", "(", ")", "?", "!", ",,", ",。", ",、",
    " ", "  ", "\u00a0\u00a0", "\u3000\u3000", "\t", "\n", "\n\n", "\n\u3000\u3000",
    "2023", "6.2%", "１６４６", "ＧＤＰ", "％", "1,250", "16:13:00", "4:3:3", "2024-07-27",
    "(GDP)", "(a)", "(征求意见稿)", "(2023-2030年)", "成(都)", "(上接第1版)",
    "**", "## ", "# ", "●", "• ", "- ",
    "<p>", "</p>", "<br/>", '<p style="text-align: right;">', "<strong>", "&nbsp;", "&amp;", "&lt;",
    "https://www.gov.cn/a?b=1,2", "28016831@qq.com",
    "\n图为东方电气自主研发的燃气轮机\n", "\n来源:人民资讯 发布时间:2025-01-20 16:13:00\n",
    "\n本文转自:人民网-湖南频道\n", "\n0 条\n", "\n• 我的订阅\n", "\n下载\n打印\n", "\n相关报道：\n",
    "\n请输入验证码\n", "\n中國西藏網 > 即時新聞 > 文化\n", "\n2023-07-05 08:03:00\n",
    "\u200b", "\u2028", "\r\n", "&#12288;", "<!-- ad -->", "\n(責編:常邦麗)\n", "\n【 标  题 】２０００年上半年\n",
    "\nshare_log\n", "\n快訊 ·  2022/09/23 13:47\n", "\n版權聲明:\n", "\n请输入验证码\n", "“", "《",
    "\n\n", "\n●1—11月,增长**6.2%**。\n", "\n图1 酒泉新能源装备集群专家论证会现场\n",
    ".", ". ", "1.5", "No.", "...", "“", "„2009‟", "\n date 2026-03-05 ", "\n西安晚报 2020-11-01 03:20 大字\n",
    "\n作为", "\n关于", "的通知\n", "实施方案\n", "\n中国政府网 山西省政府\n", "\n来源:德阳日报 2023-08-25\n",
    " LsMq&a-j2\n", " 6lr<\n", "\n{k7Nw\n", "\nk\n", "政 府 工 作", "\nFellow Deputies,\n", "\n名    称:",
    " 字体:【大】 【中】 【小】", "\n简体中文 English 繁體中文 Deutsch ",
    "…\n", "……", "\n  • 索引号:\n\n    ", "\n  • 发文字号:\n", "\n懷化市人民政府辦公室\n\n關于", "\n镇巴县人民政府工作规则\n",
    "⛦", "☂", "👍", "(zho", "\n2023年03月15日 第07版:国内\n", "\n2020-03-09  来源: 学习时报 作者:\n", "\n简介\n",
    "\n  • 2020-11-13 14:42\n", "\n中国商论 2024年11期\n", "\n关键词:数字经济;数字化资源\n", "官盛新区管委会\n", "\n长江日报 2025年01月17日\n",
]
FULL_TO_ASCII = {"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")", "。": "."}
MOJIBAKE = {"〔": "„", "〕": "‟"}


@st.composite
def noisy_text(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 40))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(draw(st.sampled_from(NOISE)))
        elif kind == 1:
            ch = draw(st.sampled_from(sorted(PINYIN)))
            parts.append(ch + f"({PINYIN[ch]})" * draw(st.integers(0, 3)))
        else:
            parts.append(draw(st.text(alphabet=HAN, min_size=1, max_size=12)))
    return "".join(parts)


def _same_character(ch: str, src: str) -> bool:
    """``ch`` is ``src`` or what a clean fix substitutes for it."""
    if ch == src or FULL_TO_ASCII.get(ch) == src or MOJIBAKE.get(ch) == src:
        return True
    if src == "．" and ch == ".":
        return True
    if ord(src) - 0xFEE0 == ord(ch):  # full-width digit or letter
        return True
    if ch == " " and src.isspace():
        return True
    return ch == "\n" and src in "\u2028\u2029\x0b\x0c\x85"


def assert_traceable(raw: str, record: dict) -> None:
    mapping = record_map(record)
    text = record["text"]
    for i, ch in enumerate(text):
        a, b, c, d = mapping._find(i)
        assert 0 <= c <= d <= len(raw)
        if b - a == d - c:  # a kept (or one-for-one substituted) character
            src = raw[c + i - a]
            assert _same_character(ch, src), (i, ch, src)


PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(noisy_text())
@example("，**⛦**(GDP)")  # emphasis marks around a pictograph: they go before the pictograph fix looks
@example("中**…\n，中**")  # a pair of marks split over two lines that rejoining makes one
@example("\n作为、业业,、业业\n相关报道：\n")  # a title line whose one clause mark was a doubled one
@example("，，，，，，，，，，，，，中\n⛦ 字体:【大】 【中】 【小】中")  # a byline behind an injected pictograph
def test_clean_is_idempotent(raw):
    once = clean(raw)["text"]
    assert clean(once)["text"] == once


@PROPERTY_SETTINGS
@given(noisy_text())
def test_offsets_map_kept_characters_back_to_the_raw_text(raw):
    assert_traceable(raw, clean(raw))


@PROPERTY_SETTINGS
@given(noisy_text())
def test_output_layout(raw):
    text = clean(raw)["text"]
    assert text == "" or text.endswith("\n")
    for line in text.split("\n")[:-1]:
        assert line and line == line.strip()
        assert "  " not in line


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_crashes(raw):
    record = clean(raw)
    assert isinstance(record["text"], str)
    assert_traceable(raw, record)


def test_traceable_on_a_known_page():
    raw = "• 国内\n\n　　成效,,產(chǎn)業(yè)( 邓小山)\n類別:國內 發布時間:2025-01-20 16:13:00\n"
    record = clean(raw)
    assert record["text"] == "成效，產業（邓小山）\n"
    assert_traceable(raw, record)
    start = record["text"].index("產業")
    mapping = record_map(record)
    assert raw[mapping.map_span(start, start + 2)[0]:mapping.map_span(start, start + 2)[1]] == "產(chǎn)業"
