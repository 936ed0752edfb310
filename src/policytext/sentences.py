"""Sentence boundaries in Chinese text, shared by the extraction stages."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

# A sentence ends at 。！？ (and ；, which ends a clause-level statement in plans),
# plus any closing quotes or brackets that follow, or at a line end.  Plain ``re``:
# the run stops exactly where the ending matches, so there is nothing to backtrack.
_SENTENCE = re.compile(r"[^。！？；!?\n]*(?:[。！？；!?]+[”’」』）)]*|\n|$)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``, without surrounding whitespace."""
    return list(_sentence_spans(text))


def trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` without the whitespace at its ends; None if nothing else is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


# The numbers and targets stages both cut the same text: cut it once.
@lru_cache(maxsize=2)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for m in _SENTENCE.finditer(text):
        span = trimmed(text, m.start(), m.end())
        if span is not None:
            spans.append(span)
    return tuple(spans)


class SentenceIndex:
    """Find the sentence that holds a span, in O(log n).

    ``spans`` defaults to :func:`sentence_spans`; a stage that cuts finer
    (targets cut at inline list bullets too) passes its own.
    """

    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None):
        self.text = text
        self.spans = sentence_spans(text) if spans is None else spans
        self._starts = [s for s, _ in self.spans]

    def span_of(self, start: int, end: int | None = None) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0:
            return (0, 0)
        s, e = self.spans[i]
        if end is not None and end > e:  # a fact that crosses a boundary: widen
            j = bisect.bisect_left(self._starts, end) - 1
            e = max(e, self.spans[j][1])
        return s, e

    def sentence_of(self, start: int, end: int | None = None) -> str:
        s, e = self.span_of(start, end)
        return self.text[s:e]
