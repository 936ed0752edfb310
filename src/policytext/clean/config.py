"""The one configuration object of the clean stage."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class CleanConfig:
    """Which fix families run.  Every default is what the gold files expect.

    remove_pinyin: drop pinyin readings injected after characters (``中(zhong)``)
        and the punctuation doubled by the same injection (``成效,,产业``).
    remove_markup: drop HTML tags and entities, markdown headings and bold,
        and leading bullets.
    normalise_punctuation: full-width digits and Latin letters become
        half-width; ASCII ``, : ; ( ) ? !`` in Chinese context become full-width.
    remove_boilerplate: drop page furniture: navigation and toolbars,
        share/comment widgets, page-jump markers, page numbers, disclaimers and everything
        from a tail marker (related articles, copyright footer) to the end.
    extract_bylines: move source/date/editor/repost lines out of the text
        into ``meta``; note the title in ``meta.title`` (it stays in the text).
    rejoin_paragraphs: rejoin paragraphs broken by page, column or hard line
        wraps; a caption or sidebar that interrupted one moves after it.
    normalise_whitespace: one paragraph per line, single spaces, no blank
        lines, no indentation; the text ends with one newline.
    pattern_timeout: seconds any one pattern may run on a document before
        the stage gives up with ``TimeoutError`` (an error record, not a hang).
    """

    remove_pinyin: bool = True
    remove_markup: bool = True
    normalise_punctuation: bool = True
    remove_boilerplate: bool = True
    extract_bylines: bool = True
    rejoin_paragraphs: bool = True
    normalise_whitespace: bool = True
    pattern_timeout: float = 2.0

    def __hash__(self) -> int:
        # every cached line check hashes its config: the fields are hashed once
        cached = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(tuple(getattr(self, f.name) for f in fields(self)))
            object.__setattr__(self, "_hash", cached)
        return cached
