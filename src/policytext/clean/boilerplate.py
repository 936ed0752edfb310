"""Page furniture: navigation and toolbars, link bars, widgets, disclaimers, page-jump markers, the page's tail."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

from ..spans import Edit
from ._text import (CJK_PUNCTUATION, SENTENCE_PUNCTUATION, converted_text, is_han, iter_lines, simplified, simplified_text,
                    whole_line_span)
from .config import CleanConfig
from .fix import FixResult, fixed
from .pinyin import without_piles
from .tables import alternation, rows, words

_TOKEN = regex.compile(r"[\p{Han}A-Za-z0-9_]+")  # linear time: no timeout
_OPENING_CLUTTER = regex.compile(r"[\s【\[（(《<●•·▶▷►■◆*#]+")
_BREADCRUMB_SEPARATOR = regex.compile(r"\s*(?:>>|»|›|＞|>)\s*")
_BREADCRUMB_MARKS = (">", "»", "›", "＞")  # what every _BREADCRUMB_SEPARATOR holds
_LINK_SEPARATOR = regex.compile(r"[\s|｜]+")
# Any character of _LINK_SEPARATOR, in a fast scan (the stdlib's \s takes in every space the pattern's does).
_ANY_LINK_SEPARATOR = re.compile(r"[\s|｜]")
_ANY_SPACE = re.compile(r"\s")  # a space that may set tokens (_MENU_TOKEN) apart
_MENU_TOKEN = regex.compile(r"\S+")
_HOME = ("首页", "主页", "您的位置", "你的位置", "当前位置", "您现在的位置", "现在位置")
# The longest line a disclaimer or a widget takes; longer lines are prose.
_FURNITURE_MAX = 200
_DISCLAIMER_MAX = 120
_BREADCRUMB_SEGMENT_MAX = 20
_ARTICLE_MIN = 40  # characters of text before a tail marker can end the article


@lru_cache(maxsize=1)
def _nav_words() -> frozenset[str]:
    return words("clean_nav_words.txt")


@lru_cache(maxsize=1)
def _site_suffix() -> regex.Pattern:
    return regex.compile(rf"(?:{alternation(words('clean_site_suffixes.txt'))})$")


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    return frozenset(name.casefold() for name in words("clean_language_names.txt"))


@lru_cache(maxsize=1)
def _any_language_name() -> re.Pattern:
    return re.compile(alternation(_language_names()))


@lru_cache(maxsize=1)
def _longest_language_name() -> int:
    return max(map(len, _language_names()))


# Alternations of plain words cannot backtrack: the stdlib engine scans them faster.
@lru_cache(maxsize=1)
def _phrases() -> re.Pattern:
    return re.compile(alternation(words("clean_boilerplate_phrases.txt")))


@lru_cache(maxsize=1)
def _tail_markers() -> re.Pattern:
    return re.compile(alternation(words("clean_tail_markers.txt")))


@lru_cache(maxsize=1)
def _footer_lines() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{row[1]})" for row in rows("clean_footer_lines.tsv")), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _furniture_lines() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{row[1]})" for row in rows("clean_furniture_lines.tsv")))


@lru_cache(maxsize=1)
def _inline_furniture() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{row[1]})" for row in rows("clean_inline_furniture.tsv")))


@lru_cache(maxsize=1)
def _page_numbers() -> tuple[re.Pattern, regex.Pattern]:
    """(whole-line, inline) page-number patterns of ``clean_page_numbers.tsv``, which read 页 in
    either script; a whole line is matched with its newline.  The whole-line one is bounded and
    anchored at line starts, so it takes the stdlib engine, which scans for them four times faster."""
    table = rows("clean_page_numbers.tsv")

    def either_script(pattern: str) -> str:
        return pattern.replace("页", "[页頁]")
    line = "|".join(f"(?:{either_script(row[2])})" for row in table if row[1] == "line")
    inline = "|".join(f"(?:{either_script(row[2])})" for row in table if row[1] == "inline")
    return (re.compile(rf"^[^\S\n]*(?:{line})[^\S\n]*(?:\n|$)", re.MULTILINE),
            regex.compile(rf"(?<=^|\s|[。；！？.;!?])(?:{inline})(?=\s|$)[^\S\n]*", regex.MULTILINE))


def remove_page_numbers(text: str, config: CleanConfig) -> FixResult:
    """Drop the page numbers of a paged document flattened to text: a line that is only one
    (``— 4 —``, ``第3页 共21页``), so the paragraph the page broke can be rejoined, and a sharing
    site's viewer marker wherever it stands (``…28户。页面⏎1 /⏎21 到2022年，…``)."""
    whole, inline = _page_numbers()
    edits = [Edit(m.start(), m.end(), "") for m in whole.finditer(text)]
    taken = [(e.start, e.end) for e in edits]
    if "页面" in text or "頁面" in text:
        for m in inline.finditer(text, timeout=config.pattern_timeout):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                edits.append(Edit(m.start(), m.end(), ""))
    return fixed(sorted(edits, key=lambda e: e.start))



def prepare() -> None:
    """Build this family's tables and patterns before documents flow."""
    _page_numbers()
    _nav_words()
    _site_suffix()
    _any_language_name()
    _longest_language_name()
    _phrases()
    _tail_markers()
    _footer_lines()
    _furniture_lines()
    _inline_furniture()


@lru_cache(maxsize=8192)
def _opens_tail(content: str, config: CleanConfig) -> bool:
    """The line opens with a tail marker (after bullets and brackets) or is a footer line."""
    clutter = _OPENING_CLUTTER.match(content)
    opening = simplified(content[clutter.end():] if clutter else content)
    return bool(_tail_markers().match(opening)
                or _footer_lines().search(opening, timeout=config.pattern_timeout))


def cut_tail_furniture(text: str, config: CleanConfig) -> FixResult:
    """Drop everything from the first tail marker (``相关报道``, ``版权声明``, a snapshot note…)
    or footer line (an ICP licence number, ``All Rights Reserved``) to the end.

    Only once some article has been read: a punctuated text of some length.
    (Counted over all lines so far, not per line: joining lines later must
    not change the decision.)
    """
    folded = simplified_text(text)
    # a line that opens the tail holds a marker or a footer: a text with neither has no tail
    if not (_tail_markers().search(folded)
            or _footer_lines().search(folded, timeout=config.pattern_timeout)):
        return fixed([])
    read = 0
    punctuated = False
    for line in iter_lines(text):
        content = text[line.lo:line.hi]
        if not content:
            continue
        if punctuated and read >= _ARTICLE_MIN and len(content) <= _FURNITURE_MAX and _opens_tail(content, config):
            return fixed([Edit(line.start, len(text), "")], 1)
        read += len(content)
        # an ASCII . counts too: it may become 。 later, and a second run must decide the same
        punctuated = punctuated or not SENTENCE_PUNCTUATION.isdisjoint(content) or "." in content
    return fixed([])


def _is_breadcrumb(content: str) -> bool:
    if not any(mark in content for mark in _BREADCRUMB_MARKS):
        return False  # no separator: one segment
    segments = _BREADCRUMB_SEPARATOR.split(content)
    if len(segments) < 2 or any(len(s) > _BREADCRUMB_SEGMENT_MAX for s in segments):
        return False
    if not SENTENCE_PUNCTUATION.isdisjoint(content):
        return False
    return len(segments) >= 3 or any(h in segments[0] for h in _HOME)


def _is_link_bar(content: str) -> bool:
    """Links to other sites side by side: ``中国政府网 山西省政府 忻州市政府``."""
    if not _ANY_LINK_SEPARATOR.search(content):
        return False  # one segment
    segments = [s for s in _LINK_SEPARATOR.split(content) if s]
    if len(segments) < 2 or any(len(s) > _BREADCRUMB_SEGMENT_MAX for s in segments):
        return False
    return all(_site_suffix().search(s) for s in segments) and any(s.endswith("网") for s in segments)


def _is_nav_token(token: str) -> bool:
    return token in _nav_words() or token.endswith(_HOME[0])


def is_navigation(content: str, config: CleanConfig) -> bool:
    """Menus, toolbars, widgets, breadcrumbs, counters: a line with no words of the article."""
    return len(content) <= _FURNITURE_MAX and _is_navigation_folded(simplified(content), config)


@lru_cache(maxsize=8192)
def _is_navigation_folded(folded: str, config: CleanConfig) -> bool:
    """:func:`is_navigation` of a line already folded to simplified script."""
    # read token by token: the first word of the article settles it (most lines open with one)
    first = _TOKEN.search(folded)
    if first is None:
        return True  # only symbols: ``】``, ``———``, ``***``
    if _is_nav_token(first.group()) and all(_is_nav_token(m.group()) for m in _TOKEN.finditer(folded, first.end())):
        return True  # …首页: a site's home link
    if SENTENCE_PUNCTUATION.isdisjoint(folded) and _furniture_lines().fullmatch(folded, timeout=config.pattern_timeout):
        return True  # (furniture is no sentence: a punctuated line is not matched)
    return _is_breadcrumb(folded) or _is_link_bar(folded)


def remove_navigation_lines(text: str, config: CleanConfig) -> FixResult:
    """Drop whole lines of navigation, toolbar and widget words, breadcrumbs and counters."""
    folded = simplified_text(text)
    edits = []
    for line in iter_lines(text):
        if line.lo < line.hi <= line.lo + _FURNITURE_MAX and _is_navigation_folded(folded[line.lo:line.hi], config):
            edits.append(Edit(*whole_line_span(text, line), ""))
    return fixed(edits)


@lru_cache(maxsize=8192)
def is_boilerplate(content: str, config: CleanConfig) -> bool:
    """A short line that carries a site disclaimer or widget phrase."""
    return 0 < len(content) <= _DISCLAIMER_MAX and bool(_phrases().search(simplified(content)))


def remove_boilerplate_lines(text: str, config: CleanConfig) -> FixResult:
    """Drop short lines that carry a site disclaimer or widget phrase (``请输入验证码``, ``不代表本站观点``)."""
    if not _phrases().search(simplified_text(text)):
        return fixed([])  # a line with a phrase is in the text: a text without one has no such line
    edits = []
    for line in iter_lines(text):
        if is_boilerplate(text[line.lo:line.hi], config):
            edits.append(Edit(*whole_line_span(text, line), ""))
    return fixed(edits)


_MENU_MIN_LANGUAGES = 3


@lru_cache(maxsize=8192)
def _language_menu_end(content: str) -> int | None:
    """Where a language-switcher menu that opens ``content`` ends (the line's length when it
    is all menu), or None when the line does not open with one.

    The menu is language names and other words with no Chinese in them
    (``简体中文 English 繁體中文 Deutsch Corsu…``); the text begins at the
    first Chinese word that is not a language's name, even glued to the
    menu's last word (``…bosanski galego据工信微报``).
    """
    names = _language_names()
    longest = _longest_language_name()
    languages = 0
    for m in _MENU_TOKEN.finditer(content):
        token = m.group()
        # folding keeps the length and case folding never shortens: a longer word is no name
        if len(token) <= longest and simplified(token).casefold() in names:
            languages += 1
            continue
        han = next((k for k, c in enumerate(token) if is_han(c)), None)
        if han is None and not any(c in SENTENCE_PUNCTUATION or c in CJK_PUNCTUATION for c in token):
            continue  # a language name in another script: Corsu, हें, Hmoob
        return m.start() + (han or 0) if languages >= _MENU_MIN_LANGUAGES else None
    return len(content) if languages >= _MENU_MIN_LANGUAGES else None


def remove_language_menus(text: str, config: CleanConfig) -> FixResult:
    """Drop a language-switcher menu: the whole line, or up to the text glued to it."""
    # a menu's names are words of the text, as they stand or converted (a word converts as it does
    # alone); most texts have nothing to convert, and their words are looked for once
    folded = converted_text(text)
    if not (_any_language_name().search(text.casefold())
            or (folded != text and _any_language_name().search(folded.casefold()))):
        return fixed([])
    edits = []
    for line in iter_lines(text):
        content = text[line.lo:line.hi]
        end = _language_menu_end(content) if content else None
        if end == len(content):
            edits.append(Edit(*whole_line_span(text, line), ""))
        elif end:
            edits.append(Edit(line.lo, line.lo + end, ""))
    return fixed(edits)


# A word or a number as prose writes them, with the punctuation around them (People's,
# U.S., 2006., (GDP), 18.23%): anything else of printable ASCII may be an anti-copy code.
_PROSE_TOKEN = regex.compile(
    r"[(\[\"'“‘]*(?:[A-Za-z]+(?:['’.\-][A-Za-z]+)*\.?|\d+(?:[.,:/\-]\d+)*%?|[A-Za-z]+\d+|\d+[A-Za-z]+)"
    r"[)\]\"'”’.,;:!?]*")
_JAMMER_TOKEN_MAX = 12
_JAMMER_LINE_WORD_MAX = 8  # a lone short ASCII word on its own line in a jammed page is a code too (k, +)
_JAMMED_LINES_MIN = 4
_JAMMED_SHARE = 0.25


def _is_jammer_token(token: str) -> bool:
    """``LsMq&a-j2``, ``6lr<``, ``(f"LD8MJ/``: printable ASCII that is neither a word nor a number."""
    return (len(token) <= _JAMMER_TOKEN_MAX and token.isascii() and token.isprintable()
            and any(c.isalnum() for c in token) and not _PROSE_TOKEN.fullmatch(token))


@lru_cache(maxsize=8192)
def _jammer_start(content: str) -> int | None:
    """Where the anti-copy codes at the end of ``content`` start (None if it ends in none).

    A short Latin word between Chinese text and the codes is one of them
    (``…全文 Zwtz )ZII``).
    """
    if not _ANY_SPACE.search(content):
        return None  # no space: one token, the line's words
    tokens = list(_MENU_TOKEN.finditer(content))
    k = len(tokens)
    while k > 1 and _is_jammer_token(tokens[k - 1].group()):
        k -= 1
    if k == len(tokens):
        return None
    word = tokens[k - 1]
    if k > 1 and word.group().isascii() and len(word.group()) <= _JAMMER_LINE_WORD_MAX:
        before = content[:word.start()].rstrip()
        if before and (is_han(before[-1]) or before[-1] in CJK_PUNCTUATION):
            k -= 1
    return tokens[k].start()


def _is_jammer_line(content: str) -> bool:
    """A line of nothing but a code: ``{k7Nw``, ``k``, ``+``."""
    return (" " not in content and content.isascii() and len(content) <= _JAMMER_TOKEN_MAX
            and (_is_jammer_token(content) or len(content) <= _JAMMER_LINE_WORD_MAX))


def remove_jammer_codes(text: str, config: CleanConfig) -> FixResult:
    """Drop the random codes that forum software hides after each line against copying
    (``政 府 工 作 报 告 LsMq&a-j2``), and lines of them.

    Only on a page where many lines end in one: a single odd token (``C++``)
    at the end of a line is left alone.
    """
    lines = [line for line in iter_lines(text) if line.hi > line.lo]
    # a code is printable ASCII: a line that ends in anything else ends in no code, and a page
    # with too few lines that end in ASCII at all is not read further
    may_end_in_code = ["!" <= text[line.hi - 1] <= "~" for line in lines]
    if sum(may_end_in_code) < max(_JAMMED_LINES_MIN, _JAMMED_SHARE * len(lines)):
        return fixed([])
    ends = [_jammer_start(text[line.lo:line.hi]) if ascii_end else None
            for line, ascii_end in zip(lines, may_end_in_code)]
    jammed = sum(e is not None for e in ends)
    if jammed < _JAMMED_LINES_MIN or jammed < _JAMMED_SHARE * len(lines):
        return fixed([])
    edits = []
    for line, start in zip(lines, ends):
        content = text[line.lo:line.hi]
        if _is_jammer_line(content):
            edits.append(Edit(*whole_line_span(text, line), ""))
        elif start is not None:
            edits.append(Edit(line.lo + len(content[:start].rstrip()), line.hi, ""))
    return fixed(edits)


_ELLIPSIS_END = regex.compile(r"(?:…+|\.{3,}|。{3,})$")
_ELLIPSES = ("…", "...", "。。。")  # what a line _ELLIPSIS_END finds in ends with
_TEASER_MIN = 10  # characters a teaser repeats before its ellipsis
_TEASER_LOOKAHEAD = 6  # lines read for the text it repeats


def _comparable(s: str) -> str:
    """``s`` without spaces and with its marks in one width, as later fixes will leave both copies."""
    return "".join(without_piles(unicodedata.normalize("NFKC", s)).split()).replace("。", ".")


def remove_teasers(text: str, config: CleanConfig) -> FixResult:
    """Drop a summary line that repeats the start of what follows it and breaks off with an
    ellipsis: a page's description printed above the article
    (``…实施方案的通知 各区(市)县政府(管委会…`` over the title and ``各区(市)县政府(管委会),…``)."""
    lines = [line for line in iter_lines(text) if line.hi > line.lo]
    edits = []
    for k, line in enumerate(lines):
        content = text[line.lo:line.hi]
        ellipsis = content.endswith(_ELLIPSES) and _ELLIPSIS_END.search(content)
        if not ellipsis:
            continue
        teaser = _comparable(content[:ellipsis.start()])
        if len(teaser) < _TEASER_MIN:
            continue
        following = "".join(_comparable(text[n.lo:n.hi]) for n in lines[k + 1:k + 1 + _TEASER_LOOKAHEAD])
        if following.startswith(teaser):
            edits.append(Edit(*whole_line_span(text, line), ""))
    return fixed(edits)


def remove_inline_furniture(text: str, config: CleanConfig) -> FixResult:
    """Drop page-jump markers (``(上接第1版)``) and image placeholders inside lines."""
    folded = converted_text(text)
    if len(folded) != len(text):
        folded = text  # as simplified() leaves a text whose length the conversion changes
    edits = [Edit(m.start(), m.end(), "") for m in _inline_furniture().finditer(folded, timeout=config.pattern_timeout)]
    return fixed(edits)
