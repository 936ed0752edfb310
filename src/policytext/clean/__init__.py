"""The ``clean`` stage: scraped page text in, prose out, one paragraph per line.

Conventions of the output (those of the gold files, generalised):

* one paragraph per line; no blank lines; no indentation or trailing spaces;
  the text ends with exactly one newline (empty input gives ``""``);
* a run of spaces inside a line (NBSP, ideographic, tabs) is one ASCII
  space, and there is none beside full-width punctuation (``（邓小山）``);
* ``, : ; ( ) ? !`` in Chinese context are full-width, and so is a ``.``
  that ends a Chinese sentence; numbers, times, ratios, URLs, file names and
  e-mail addresses keep ASCII; full-width digits, Latin letters and ``％``
  are half-width; a converter's ``„2009‟`` is ``〔2009〕`` again;
* pinyin readings injected after characters are gone (with the pictographs
  injected beside them and a reading the excerpt cut off), real brackets
  stay; forum anti-copy codes at line ends are gone;
* markup, navigation, link bars, language menus, widgets, disclaimers,
  page descriptions that repeat the opening, and the page's tail are gone;
  a letter-spaced heading (``政 府 工 作 报 告``) closes up;
  bylines are gone from the text and their values are in ``meta``
  (``source_name``, ``date`` as ISO ``YYYY-MM-DD``, ``author``, ``editor``,
  ``reposted_from``, ``url``, ``doc_number``), metadata tables and datelines
  too; values that say nothing (``来源：未知``) are not recorded;
* the title stays as the first line and is also ``meta.title``; a headline
  or a document title that the layout wrapped is one line again, and a title
  is never joined to the paragraph under it;
* paragraphs broken by page, column or hard wraps are whole again, a caption
  or sidebar that interrupted one follows it;
* the wording of the prose never changes.

Each fix is a small pure function ``fix(text, config) -> FixResult`` that
says which edits it wants (:class:`policytext.spans.Edit`); :func:`clean`
runs them in the order of :data:`FIXES`, applies their edits, composes the
offset maps so every kept character still points at the raw file, and notes
each fix that changed something in ``changes``.  The order matters: markup
and injected pinyin go before lines are judged; a wrapped headline is
joined while the byline under it still marks it; furniture and bylines go
before paragraphs are rejoined; paragraphs and document titles are rejoined
in rounds until neither finds more; rejoining reads indentation and bullets, so
bullets and whitespace go after it; punctuation is converted once lines are
whole, and piled-up marks are repaired after every fix that can bring two
marks together.  Running clean on its output changes nothing.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, NamedTuple

from ..errors import DocumentError
from ..record import add_change, as_record, is_error
from ..spans import OffsetMap, apply_edits, record_map
from . import _text, boilerplate, byline, markup, pinyin, punctuation, reflow, title, whitespace
from .config import CleanConfig
from .fix import FixResult

STAGE = "clean"


class Fix(NamedTuple):
    name: str  # the ``fix`` of its ``changes`` entry
    run: Callable[[str, CleanConfig], FixResult]
    switch: str  # the CleanConfig field that turns it on
    # Run again on its own output (with the repeating fixes next to it) until
    # none finds anything more: a join can make a line that an earlier
    # decision (made before the join) would have joined.
    repeat: bool = False


_MAX_REPEATS = 8


FIXES: tuple[Fix, ...] = (
    Fix("front_matter", byline.remove_front_matter, "extract_bylines"),
    Fix("escaped_markup", markup.decode_escaped_markup, "remove_markup"),
    Fix("html_tag", markup.remove_html_tags, "remove_markup"),
    Fix("html_entity", markup.decode_html_entities, "remove_markup"),
    Fix("markdown_heading", markup.remove_markdown_headings, "remove_markup"),
    Fix("latex_math", markup.unwrap_inline_math, "remove_markup"),
    Fix("line_separator", whitespace.normalise_line_separators, "normalise_whitespace"),
    Fix("invisible_character", whitespace.remove_invisible_characters, "normalise_whitespace"),
    Fix("jammer_code", boilerplate.remove_jammer_codes, "remove_boilerplate"),
    Fix("pinyin_annotation", pinyin.remove_pinyin_annotations, "remove_pinyin"),
    Fix("bracket_mojibake", punctuation.restore_mojibake_brackets, "normalise_punctuation"),
    Fix("tail_furniture", boilerplate.cut_tail_furniture, "remove_boilerplate"),
    Fix("inline_furniture", boilerplate.remove_inline_furniture, "remove_boilerplate"),
    Fix("page_number", boilerplate.remove_page_numbers, "remove_boilerplate"),
    Fix("language_menu", boilerplate.remove_language_menus, "remove_boilerplate"),
    Fix("letter_spacing", whitespace.close_letter_spacing, "normalise_whitespace"),
    Fix("split_headline", title.rejoin_split_headline, "rejoin_paragraphs"),
    Fix("byline", byline.extract_bylines, "extract_bylines"),
    Fix("navigation", boilerplate.remove_navigation_lines, "remove_boilerplate"),
    Fix("boilerplate", boilerplate.remove_boilerplate_lines, "remove_boilerplate"),
    Fix("date_prefix", byline.remove_date_prefixes, "extract_bylines"),
    Fix("teaser", boilerplate.remove_teasers, "remove_boilerplate"),
    Fix("markdown_emphasis", markup.remove_markdown_emphasis, "remove_markup"),
    Fix("injected_pictograph", pinyin.remove_injected_pictographs, "remove_pinyin"),
    Fix("cut_reading", pinyin.remove_cut_off_reading, "remove_pinyin"),
    Fix("broken_paragraph", reflow.rejoin_broken_paragraphs, "rejoin_paragraphs", repeat=True),
    Fix("split_title", title.rejoin_split_document_titles, "rejoin_paragraphs", repeat=True),
    # a pair of marks split over two lines (中**…\n，中**) is one pair once the lines are rejoined
    Fix("rejoined_emphasis", markup.remove_markdown_emphasis, "remove_markup"),
    Fix("fullwidth_alphanumeric", punctuation.normalise_fullwidth_alphanumerics, "normalise_punctuation"),
    Fix("latin_zero_in_year", punctuation.restore_zeros_in_years, "normalise_punctuation"),
    Fix("stray_quote", punctuation.remove_stray_quotes, "normalise_punctuation"),
    Fix("spaced_decimal_point", punctuation.close_spaced_decimal_points, "normalise_punctuation"),
    Fix("spaced_digits", punctuation.close_spaced_digits, "normalise_punctuation"),
    Fix("ascii_punctuation", punctuation.convert_ascii_punctuation, "normalise_punctuation"),
    Fix("ascii_full_stop", punctuation.convert_sentence_final_periods, "normalise_punctuation"),
    Fix("bullet", markup.remove_leading_bullets, "remove_markup"),
    Fix("doubled_punctuation", pinyin.repair_doubled_punctuation, "remove_pinyin"),
    Fix("whitespace", whitespace.normalise_whitespace, "normalise_whitespace"),
    Fix("repeated_line", whitespace.remove_repeated_lines, "normalise_whitespace"),
)


@lru_cache(maxsize=16)
def _groups(config: CleanConfig) -> tuple[tuple[Fix, ...], ...]:
    """The fixes ``config`` turns on, in order, each alone except repeating fixes next to each
    other, which run as one round.  Worked out once per configuration, not per document."""
    groups: list[tuple[Fix, ...]] = []
    for fix in FIXES:
        if not getattr(config, fix.switch):
            continue
        if fix.repeat and groups and groups[-1][-1].repeat:
            groups[-1] += (fix,)
        else:
            groups.append((fix,))
    return tuple(groups)


def _place_offsets(out: dict, offsets: OffsetMap) -> None:
    """Keep the ``offsets`` field where :func:`policytext.spans.rewrite` would: none while the map
    is the identity, appended when it stops being one (its value is written at the end)."""
    if offsets.is_identity:
        out.pop("offsets", None)
    else:
        out.setdefault("offsets", None)


def prepare() -> None:
    """Build every table and pattern the fixes use, once per process.

    Called before documents flow (and before a pool forks, so its workers
    share them); without it they are built on first use.  Output is the same.
    """
    for family in (_text, boilerplate, byline, markup, punctuation, reflow, title):
        family.prepare()


def clean(record: dict | str, config: CleanConfig = CleanConfig()) -> dict:
    """Return a cleaned copy of ``record`` (or of a plain string wrapped as one).

    ``text`` is rewritten, ``offsets`` map it back to the raw input,
    ``changes`` lists the fixes that changed something, and ``meta`` gains
    what the bylines and the title said (values already there are kept).
    """
    record = as_record(record)
    if is_error(record):
        return record
    text = record.get("text")
    if not isinstance(text, str):
        raise DocumentError("record has no text to clean")
    out = dict(record)
    if "changes" in out:
        out["changes"] = list(out["changes"])
    # The map from the current text to the raw file is kept in hand and written out once.
    offsets = record_map(record)
    rewritten = False
    found: dict = {}
    for group in _groups(config):
        counts: dict[str, int] = {}  # of the fixes that changed something
        for _ in range(_MAX_REPEATS if group[0].repeat else 1):
            changed = False
            for fix in group:
                result = fix.run(text, config)
                for key, value in result.meta.items():
                    found.setdefault(key, value)
                edits = [e for e in result.edits if e.moved_from is not None or text[e.start:e.end] != e.replacement]
                if not edits:
                    continue
                text, step = apply_edits(text, edits)
                offsets = step.compose(offsets)
                rewritten = True
                _place_offsets(out, offsets)
                count = result.count if len(edits) == len(result.edits) else len(edits)
                counts[fix.name] = counts.get(fix.name, 0) + count
                changed = True
            if not changed:
                break
        for fix in group:
            if fix.name in counts:
                add_change(out, STAGE, fix.name, counts[fix.name])
    if rewritten:
        out["text"] = text
        if "offsets" in out:
            out["offsets"] = offsets.to_json()
    if config.extract_bylines:
        title = byline.find_title(text)
        if title:
            found.setdefault("title", title)
    if found:
        meta = dict(out.get("meta") or {})
        for key, value in found.items():
            meta.setdefault(key, value)
        out["meta"] = meta
    return out


__all__ = ["FIXES", "CleanConfig", "Fix", "clean", "prepare"]
