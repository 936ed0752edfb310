"""The numbers grammar tries at each position only the branches that can start there;
it must find exactly what one ordered alternation of all the branches finds."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from policytext.numbers.grammar import branches, matches

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "clean" / "corpus").glob("*.txt"))

# Characters the branches are made of, with some that end or break them.
ALPHABET = ("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零〇第年月日号个元人次届级期"
            "%％‰.．·,，、和至到-—~～/（）()“”〔〕 \n余多近超约内以上前后分之点成倍番翻半"
            "今去明十四五中国世界强财富过過①②【［„GBTkmtWwhp@:：电话邮编")

# Pieces the branches begin with, so that generated text reaches every branch.
PIECES = ["中国500强", "世界五百强", "财富500强", "第一时间", "一体化", "https://www.gov.cn/a_1", "www.", "http:",
          "info@gov.cn", "x.y-z@", "（一）", "(2)", "（0731）", "〔2023〕12号", "【2024】", "„2022‟", "GB/T 4754-2017",
          "ISO 9001", "今年", "去年3月", "明年", "过半", "過半", "半年", "一半", "翻一番", "翻了两番", "-3.5%",
          "－2个", "①", "⑳", "\n一、", "十四五", "“十五”", "第十四个五年规划", "百分之二十", "电话：", "邮编"]
TEXTS = st.one_of(st.text(alphabet=ALPHABET, max_size=60),
                  st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(ALPHABET)), max_size=12).map("".join))


@lru_cache(maxsize=None)
def _one_alternation() -> regex.Pattern:
    return regex.compile("|".join(branch.pattern for branch in branches()), regex.V0)


def _found(found) -> list[tuple[tuple[int, int], str, dict]]:
    """Each match's span, branch and the spans of the groups it set (what the readers use)."""
    return [(m.span(), m.lastgroup, {name: m.span(name) for name, value in m.groupdict().items() if value is not None})
            for m in found]


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_dispatch_finds_what_one_alternation_finds_in_real_documents(path):
    text = path.read_text(encoding="utf-8")
    expected = _found(_one_alternation().finditer(text))
    assert expected, "the document holds numbers"
    assert _found(matches(text)) == expected


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_dispatch_finds_what_one_alternation_finds(text):
    assert _found(matches(text)) == _found(_one_alternation().finditer(text))


def test_each_branch_starts_and_entry_admit_every_place_it_matches():
    """Checked branch by branch, since at one character the entries of all its branches are tried together."""
    texts = [path.read_text(encoding="utf-8") for path in DOCUMENTS[:8]]
    for branch in branches():
        pattern = regex.compile(branch.pattern, regex.V0)
        entry = re.compile(branch.entry) if branch.entry else None
        places = [(text, pos) for text in texts for pos in range(len(text)) if pattern.match(text, pos)]
        for text, pos in places:
            assert text[pos] in branch.starts, (branch.name, text[pos:pos + 20])
            assert entry is None or entry.match(text, pos), (branch.name, text[pos:pos + 20])
