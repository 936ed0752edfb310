"""The numbers grammar tries at each position only the branches that can start there;
it must find exactly what one ordered alternation of all the branches finds."""

from __future__ import annotations

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
            "今去明十四五中国世界强GBTkmtWwh@:：电话邮编")


@lru_cache(maxsize=None)
def _one_alternation() -> regex.Pattern:
    return regex.compile("|".join(branch.pattern for branch in branches()), regex.V0)


def _found(found) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.lastgroup) for m in found]


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_dispatch_finds_what_one_alternation_finds_in_real_documents(path):
    text = path.read_text(encoding="utf-8")
    expected = _found(_one_alternation().finditer(text))
    assert expected, "the document holds numbers"
    assert _found(matches(text)) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_dispatch_finds_what_one_alternation_finds(text):
    assert _found(matches(text)) == _found(_one_alternation().finditer(text))


def test_every_branch_says_where_it_can_start():
    for branch in branches():
        assert branch.starts, branch.pattern[:40]
