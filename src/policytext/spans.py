"""Offset maps: how spans of a rewritten text point back at the text before it.

Every text-rewriting step describes its work as a list of :class:`Edit`
(replace ``text[start:end]`` by ``replacement``).  :func:`apply_edits` performs
them and returns the new text with an :class:`OffsetMap` from the new text to
the old one.  Maps compose, so a record carries one map from its current text
straight to the decoded raw file (SPEC section 4), serialised as ``offsets``.

A map is a sorted list of segments ``[start, end, src_start, src_end]`` that
cover the current text without gaps.  A segment whose two lengths are equal
is *linear*: character ``start + i`` came from ``src_start + i``.  Any other
segment is a *block*: every character in it came from the whole source span
(``&amp;`` -> ``&``, or ``\\n`` inserted where nothing was).  Removed text has
no segment: it maps to nothing.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import islice
from typing import Iterable, NamedTuple, Sequence


class Edit(NamedTuple):
    """Replace ``text[start:end]`` by ``replacement``.

    ``moved_from`` is set when the replacement is text that was cut from
    elsewhere in the same input (a caption moved after a paragraph): the
    replacement then maps linearly to ``text[moved_from:moved_from+len]``
    instead of to the span it replaces.
    """

    start: int
    end: int
    replacement: str = ""
    moved_from: int | None = None


@dataclass(frozen=True)
class OffsetMap:
    """Segments ``(start, end, src_start, src_end)`` covering ``[0, length)``."""

    segments: tuple[tuple[int, int, int, int], ...]
    length: int

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls(((0, length, 0, length),) if length else (), length)

    @classmethod
    def from_json(cls, data: Sequence[Sequence[int]] | None, length: int) -> "OffsetMap":
        """Read the ``offsets`` field of a record; a missing field is the identity."""
        if not data:
            return cls.identity(length)
        return cls(tuple((int(a), int(b), int(c), int(d)) for a, b, c, d in data), length)

    def to_json(self) -> list[list[int]]:
        return list(map(list, self.segments))

    @property
    def is_identity(self) -> bool:
        return len(self.segments) <= 1 and all(a == c and b == d for a, b, c, d in self.segments)

    def _find(self, pos: int) -> tuple[int, int, int, int] | None:
        starts = self._starts()
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return None
        seg = self.segments[i]
        return seg if seg[0] <= pos < seg[1] else None

    def _starts(self) -> list[int]:
        cached = self.__dict__.get("_starts_cache")
        if cached is None:
            cached = [s[0] for s in self.segments]
            object.__setattr__(self, "_starts_cache", cached)
        return cached

    def char_source(self, pos: int) -> tuple[int, int]:
        """The source span that character ``pos`` came from."""
        i = bisect.bisect_right(self._starts(), pos) - 1  # _find, unrolled: facts map in bulk
        if i >= 0:
            a, b, c, d = self.segments[i]
            if a <= pos < b:
                if b - a == d - c:
                    return c + pos - a, c + pos - a + 1
                return c, d
        raise IndexError(f"position {pos} is outside the mapped text of length {self.length}")

    def map_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of the current text to a span of the source."""
        if end <= start:
            point = self.map_point(start)
            return point, point
        s0, _ = self.char_source(start)
        _, e1 = self.char_source(end - 1)
        if e1 < s0:  # text moved out of order: cover both ends
            lo0, hi0 = self.char_source(start)
            lo1, hi1 = self.char_source(end - 1)
            return min(lo0, lo1), max(hi0, hi1)
        return s0, e1

    def map_point(self, pos: int) -> int:
        """Where a zero-width position of the current text falls in the source."""
        seg = self._find(pos)
        if seg is not None:
            a, b, c, d = seg
            return c + pos - a if b - a == d - c else c
        if pos > 0 and self._find(pos - 1) is not None:
            return self.char_source(pos - 1)[1]
        return 0

    def compose(self, inner: "OffsetMap") -> "OffsetMap":
        """``self`` maps new->mid and ``inner`` maps mid->src; return new->src."""
        out: list[tuple[int, int, int, int]] = []
        inner_segments = inner.segments
        inner_starts = inner._starts()
        for a, b, c, d in self.segments:
            if b - a == d - c:
                # the inner segments overlapping [c, d): found by bisection, read without copying
                i = max(bisect.bisect_right(inner_starts, c) - 1, 0)
                shift = a - c
                for ia, ib, ic, idd in islice(inner_segments, i, None):
                    if ia >= d:
                        break
                    x0 = ia if ia > c else c
                    x1 = ib if ib < d else d
                    if x0 >= x1:
                        continue
                    if ib - ia == idd - ic:
                        _append(out, (x0 + shift, x1 + shift, ic + x0 - ia, ic + x1 - ia))
                    else:
                        _append(out, (x0 + shift, x1 + shift, ic, idd), merge_block=True)
            else:
                if d > c:
                    r0, r1 = inner.map_span(c, d)
                else:
                    r0 = r1 = inner.map_point(c)
                _append(out, (a, b, r0, r1), merge_block=True)
        return OffsetMap(tuple(out), self.length)



def _append(out: list, seg: tuple[int, int, int, int], merge_block: bool = False) -> None:
    """Append a segment, merging it with the previous one where that loses nothing."""
    sa, sb, sc, sd = seg
    if sb <= sa:
        return
    if out:
        a, b, c, d = out[-1]
        if b == sa:
            this_linear = sb - sa == sd - sc
            if this_linear and d == sc and b - a == d - c:
                out[-1] = (a, sb, c, sd)
                return
            if merge_block and not this_linear and c == sc and d == sd:
                out[-1] = (a, sb, c, d)
                return
    out.append(seg)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits; return the new text and its map to ``text``.

    A replacement of the same length as what it replaces maps character by
    character (``,`` -> ``，``); any other replacement maps as a block.
    """
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    pieces: list[str] = []
    segs: list[tuple[int, int, int, int]] = []
    pos = 0  # in the old text
    new = 0  # in the new text
    # Where the last segment's source ends when it is linear and ends at ``new`` (else -1):
    # a linear segment that starts there extends it, as _append would merge them.
    linear_end = -1

    def add_linear(length: int, src: int) -> None:
        nonlocal linear_end
        if linear_end == src:
            a, _, c, _ = segs[-1]
            segs[-1] = (a, new + length, c, src + length)
        else:
            segs.append((new, new + length, src, src + length))
        linear_end = src + length

    for e in ordered:
        start, end, rep, moved_from = e
        if start < pos or end < start or end > len(text):
            raise ValueError(f"overlapping or out-of-range edit {e!r} at {pos}")
        if start > pos:
            pieces.append(text[pos:start])
            add_linear(start - pos, pos)
            new += start - pos
        if rep:
            n = len(rep)
            if moved_from is not None:
                add_linear(n, moved_from)
            elif n == end - start:
                add_linear(n, start)
            else:
                segs.append((new, new + n, start, end))
                linear_end = -1
            pieces.append(rep)
            new += n
        pos = end
    if pos < len(text):
        pieces.append(text[pos:])
        add_linear(len(text) - pos, pos)
        new += len(text) - pos
    return "".join(pieces), OffsetMap(tuple(segs), new)


def record_map(record: dict) -> OffsetMap:
    """The map from a record's current text to its raw source text."""
    return OffsetMap.from_json(record.get("offsets"), len(record.get("text") or ""))


def rewrite(record: dict, new_text: str, step: OffsetMap) -> dict:
    """Return a copy of ``record`` with ``new_text``; ``step`` maps it to the old text."""
    out = dict(record)
    out["text"] = new_text
    composed = step.compose(record_map(record))
    if composed.is_identity:
        out.pop("offsets", None)
    else:
        out["offsets"] = composed.to_json()
    return out


def source_span(record: dict, start: int, end: int) -> tuple[int, int]:
    """Map a span of the record's current text to the decoded raw file."""
    return record_map(record).map_span(start, end)
