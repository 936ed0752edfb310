"""Offset maps: edits, composition, and mapping spans back to the raw text."""

from __future__ import annotations

from hypothesis import given, strategies as st

from policytext.spans import Edit, OffsetMap, apply_edits, rewrite, source_span

RAW = "中(zhong)(zhong)國,產業&amp;X"


def test_apply_edits_deletes_replaces_and_maps_each_kept_char():
    new, m = apply_edits(RAW, [Edit(1, 15), Edit(16, 17, "，"), Edit(19, 24, "&")])
    assert new == "中國，產業&X"
    sources = [RAW[slice(*m.char_source(i))] for i in range(len(new))]
    assert sources == ["中", "國", ",", "產", "業", "&amp;", "X"]


def test_compose_maps_through_two_rewrites_to_the_raw_text():
    mid, m1 = apply_edits(RAW, [Edit(1, 15), Edit(16, 17, "，"), Edit(19, 24, "&")])
    new, m2 = apply_edits(mid, [Edit(0, 0, "\n"), Edit(2, 3, "")])
    assert new == "\n中國產業&X"
    composed = m2.compose(m1)
    assert RAW[slice(*composed.map_span(1, 5))] == "中(zhong)(zhong)國,產業"
    assert RAW[slice(*composed.map_span(5, 6))] == "&amp;"
    assert composed.char_source(0) == (0, 0)  # the inserted newline came from nowhere


def test_moved_text_maps_to_where_it_was_cut():
    text = "段落前半图注段落后半"
    new, m = apply_edits(text, [Edit(4, 6, ""), Edit(10, 10, "图注", moved_from=4)])
    assert new == "段落前半段落后半图注"
    assert text[slice(*m.map_span(8, 10))] == "图注"


def test_rewrite_keeps_record_fields_and_composes_offsets():
    record = {"id": "a", "source": "a.txt", "text": "ab\ncd", "offsets": [[0, 2, 0, 2], [2, 5, 3, 6]], "meta": {"x": 1}}
    new, step = apply_edits(record["text"], [Edit(2, 3, "")])
    out = rewrite(record, new, step)
    assert out["text"] == "abcd" and out["meta"] == {"x": 1}
    assert source_span(out, 2, 4) == (4, 6)
    assert record["text"] == "ab\ncd"  # the input record is not changed


def test_identity_rewrite_drops_offsets():
    record = {"id": "a", "text": "abc"}
    out = rewrite(record, "abc", OffsetMap.identity(3))
    assert "offsets" not in out


@st.composite
def edits_of(draw):
    text = draw(st.text(alphabet="ab,中国 ", min_size=0, max_size=40))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits, last = [], 0
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a >= last:
            edits.append(Edit(a, b, draw(st.sampled_from(["", "，", "XY", "甲"]))))
            last = b
            if a == b:
                last = b + 1
    return text, edits


@given(edits_of(), edits_of())
def test_every_kept_char_maps_back_to_itself(first, second):
    text, edits = first
    mid, m1 = apply_edits(text, edits)
    _, edits2 = second
    edits2 = [e for e in edits2 if e.end <= len(mid)]
    new, m2 = apply_edits(mid, edits2)
    composed = m2.compose(m1)
    assert composed.length == len(new)
    for i, ch in enumerate(new):
        s, e = composed.char_source(i)
        assert 0 <= s <= e <= len(text)
        if ch not in "，XY甲":  # a kept character maps to exactly itself
            assert text[s:e] == ch
