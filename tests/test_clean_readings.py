"""pinyin.readings looks readings up in pypinyin's tables: the same as ``pinyin(ch, heteronym=True)``."""

from pypinyin import Style, pinyin
from pypinyin.constants import PINYIN_DICT

from policytext.clean.pinyin import canonical_syllable, readings


def _through_pypinyin(ch: str) -> frozenset[str]:
    found = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    return frozenset(canonical_syllable(r) for group in found for r in group)


def test_every_character_pypinyin_knows_reads_the_same():
    chars = [chr(code) for code in PINYIN_DICT]
    assert len(chars) > 20000
    assert [ch for ch in chars if readings.__wrapped__(ch) != _through_pypinyin(ch)] == []


def test_readings_of_real_hosts():
    assert readings("中") == {"zhong"}
    assert readings("行") >= {"xing", "hang"}
    assert readings("略") == {"lue"}  # lüè
    assert readings("(") == frozenset() == _through_pypinyin("(")
    assert readings("a") == frozenset() == _through_pypinyin("a")
