"""What one fix returns: the edits it wants, how many things it fixed, and page facts it found."""

from __future__ import annotations

from typing import NamedTuple

from ..spans import Edit


class FixResult(NamedTuple):
    edits: list[Edit]
    count: int
    meta: dict


def fixed(edits: list[Edit], count: int | None = None, meta: dict | None = None) -> FixResult:
    """A fix's result; ``count`` defaults to the number of edits."""
    return FixResult(edits, len(edits) if count is None else count, meta or {})
