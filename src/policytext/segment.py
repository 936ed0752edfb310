"""Word segmentation with pkuseg (default) or jieba, plus industrial-policy terms.

The engine only proposes token boundaries; this module owns what comes out:

* traditional lines are segmented after OpenCC t2s (pkuseg was trained on
  simplified text: ~11 F1 points better on CityU) and the tokens are mapped
  back, so they are slices of the record's own text;
* terms from the shipped domain dictionary (and the user's) become single
  tokens: merged where they line up with the engine's boundaries, and, from
  3 characters on, kept whole where the engine cut through them (2-character
  terms never split a word the model found); general-text accuracy stays
  where it was (benchmarks/segment_bench.py);
* ``"".join(tokens)`` is always the record text without its whitespace.

The model is loaded lazily, once per process (:func:`load_model`); load it
before forking workers and they share it copy-on-write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from pathlib import Path
from types import ModuleType
from typing import Iterable, Protocol

from .convert import ConvertConfig, convert_text, has_traditional
from .errors import DocumentError, InputError, PolicytextError
from .record import as_record
from .spans import OffsetMap

ENGINES = ("pkuseg", "jieba")

Span = tuple[int, int]

_WHITESPACE = re.compile(r"\s")


class SegmenterUnavailable(PolicytextError):
    """The chosen engine (or its model) is not installed."""


@dataclass(frozen=True)
class SegmentConfig:
    """How ``segment`` splits the text into words.

    ``engine``: ``pkuseg`` (default; its bundled general model, no download)
    or ``jieba`` (``pip install 'policytext[jieba]'``: ~7x faster, ~1/6 of
    the memory, ~12 F1 points less on SIGHAN PKU; see benchmarks/).
    ``pkuseg_model``: ``default`` for pkuseg's bundled model, or the directory
    of another pkuseg model (spacy-pkuseg loads the same directories).
    ``domain_terms``: merge the shipped industrial-policy terms
    (``data/domain_terms.txt``).
    ``user_dict``: a file of extra terms, one per line (pkuseg's format:
    ``term`` or ``term<TAB>tag``; the tag is ignored).
    ``user_terms``: extra terms given directly.
    ``force_min_chars``: terms this long or longer are kept whole even where
    the engine's boundaries cut through them; shorter ones are merged only
    where they line up with the engine's boundaries.  0: never force.
    ``convert_traditional``: segment traditional lines after t2s conversion.
    """

    engine: str = "pkuseg"
    pkuseg_model: str = "default"
    domain_terms: bool = True
    user_dict: str | None = None
    user_terms: tuple[str, ...] = ()
    force_min_chars: int = 3
    convert_traditional: bool = True

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"unknown segmentation engine {self.engine!r}; one of {', '.join(ENGINES)}")
        object.__setattr__(self, "user_terms", tuple(self.user_terms))


class Segmenter(Protocol):
    """An engine: words whose concatenation is ``text`` without its whitespace."""

    name: str

    def cut(self, text: str) -> list[str]: ...


def engine_module(engine: str) -> ModuleType:
    """Import the package behind ``engine`` (cheap: no model is loaded), or say how to install it."""
    if engine == "jieba":
        try:
            import jieba
        except ImportError:
            raise SegmenterUnavailable(
                "the jieba engine needs the jieba package: pip install 'policytext[jieba]'") from None
        return jieba
    try:
        import pkuseg
    except ImportError:
        pass
    else:
        return pkuseg
    try:
        import spacy_pkuseg
    except ImportError:
        raise SegmenterUnavailable("the pkuseg engine needs the pkuseg (or spacy-pkuseg) package") from None
    return spacy_pkuseg


class PkusegSegmenter:
    """pkuseg, or anything with pkuseg's ``cut`` (spacy-pkuseg's ``pkuseg`` class)."""

    name = "pkuseg"

    def __init__(self, model: object):
        self.model = model

    @classmethod
    def load(cls, model: str = "default") -> "PkusegSegmenter":
        module = engine_module("pkuseg")
        if model != "default" and not Path(model).is_dir():
            raise SegmenterUnavailable(f"pkuseg model directory not found: {model}")
        # pkuseg's own user_dict forces its matches whatever the context; domain
        # terms go through TermMerger instead (engine-independent, boundary-safe).
        return cls(module.pkuseg(model_name=model))

    def cut(self, text: str) -> list[str]:
        return self.model.cut(text)


class JiebaSegmenter:
    """jieba's default dictionary with its HMM for unknown words."""

    name = "jieba"

    def __init__(self, tokenizer: object):
        self.tokenizer = tokenizer

    @classmethod
    def load(cls) -> "JiebaSegmenter":
        import logging

        jieba = engine_module("jieba")

        jieba.setLogLevel(logging.WARNING)  # it logs its dictionary loading at INFO
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        return cls(tokenizer)

    def cut(self, text: str) -> list[str]:
        return list(self.tokenizer.cut(text, HMM=True))


class TermMerger:
    """Make dictionary terms single tokens, over the engine's token spans.

    A term whose first and last characters already sit on the engine's token
    boundaries is merged (the engine split it into words: 专精特 + 新).  A term
    of at least ``force_min_chars`` characters is kept whole even where the
    engine cut through it (株潭特 + 高压 -> 株潭 + 特高压): a string that long
    from the dictionary is far likelier the term than a chance sequence.
    Shorter terms are never forced (链主 must not come out of 产业链主要).
    Matches are leftmost, then longest; they never cross whitespace.
    """

    def __init__(self, terms: Iterable[str], force_min_chars: int = 0):
        self.terms = frozenset(t for t in terms if len(t) > 1 and not any(c.isspace() for c in t))
        self.force_min_chars = force_min_chars
        by_start: dict[str, list[str]] = {}  # keyed by the first two characters
        for term in self.terms:
            by_start.setdefault(term[:2], []).append(term)
        self._by_start = {k: sorted(ts, key=len, reverse=True) for k, ts in by_start.items()}
        first_chars = sorted({k[0] for k in by_start})
        self._first_chars = re.compile("[" + "".join(map(re.escape, first_chars)) + "]" if first_chars else "(?!)")

    def __len__(self) -> int:
        return len(self.terms)

    def occurrences(self, text: str, spans: list[Span]) -> list[Span]:
        """The term occurrences to make tokens: aligned with ``spans``, or long enough to force."""
        if not self.terms:
            return []
        boundaries: tuple[set[int], set[int]] | None = None  # token starts and ends, built on demand
        force = self.force_min_chars or len(text) + 1
        by_start = self._by_start
        found: list[Span] = []
        pos = 0
        for m in self._first_chars.finditer(text):  # jump to where a term could start
            i = m.start()
            if i < pos:
                continue
            for term in by_start.get(text[i:i + 2], ()):
                end = i + len(term)
                if not text.startswith(term, i):
                    continue
                if len(term) < force:
                    if boundaries is None:
                        boundaries = {s for s, _ in spans}, {e for _, e in spans}
                    if i not in boundaries[0] or end not in boundaries[1]:
                        continue
                found.append((i, end))
                pos = end
                break
        return found

    def merge(self, text: str, spans: list[Span]) -> list[Span]:
        """``spans`` (the engine's tokens of ``text``) with every term occurrence made one token."""
        tokens = set(spans)
        found = [o for o in self.occurrences(text, spans) if o not in tokens]
        if not found:
            return spans
        cuts = {p for span in spans for p in span}
        for start, end in found:
            cuts.difference_update(range(start + 1, end))
            cuts.update((start, end))
        ordered = sorted(cuts)
        return [(a, b) for a, b in zip(ordered, ordered[1:]) if not text[a:b].isspace() and text[a:b]]


def parse_terms(text: str) -> list[str]:
    """Terms of a dictionary file: one per line, ``#`` comments, an optional tab-separated tag."""
    terms = []
    for line in text.splitlines():
        term = line.split("\t", 1)[0].strip()
        if term and not line.startswith("#"):
            terms.append(term)
    return terms


@lru_cache(maxsize=1)
def domain_terms() -> tuple[str, ...]:
    """The shipped industrial-policy terms (``data/domain_terms.txt``)."""
    return tuple(parse_terms(resources.files("policytext.data").joinpath("domain_terms.txt").read_text("utf-8")))


@lru_cache(maxsize=8)
def _user_dict_terms(path: str) -> tuple[str, ...]:
    try:
        return tuple(parse_terms(Path(path).read_text(encoding="utf-8-sig")))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the user dictionary: {exc}") from None


@lru_cache(maxsize=8)
def _merger(domain: bool, user_dict: str | None, user_terms: tuple[str, ...], force_min_chars: int) -> TermMerger:
    terms = list(domain_terms()) if domain else []
    if user_dict:
        terms.extend(_user_dict_terms(user_dict))
    terms.extend(user_terms)
    return TermMerger(terms, force_min_chars)


def term_merger(config: SegmentConfig = SegmentConfig()) -> TermMerger:
    """The merger for the config's dictionaries, built once per process."""
    return _merger(config.domain_terms, config.user_dict, config.user_terms, config.force_min_chars)


_ENGINES: dict[tuple[str, str], Segmenter] = {}


def load_model(config: SegmentConfig = SegmentConfig()) -> Segmenter:
    """The engine for ``config``, loaded on first use and then kept for the process.

    Also builds the term dictionary and the script tables, so that a parent
    that calls this before forking leaves nothing for the workers to load.
    """
    key = (config.engine, config.pkuseg_model if config.engine == "pkuseg" else "")
    engine = _ENGINES.get(key)
    if engine is None:
        engine = PkusegSegmenter.load(config.pkuseg_model) if config.engine == "pkuseg" else JiebaSegmenter.load()
        _ENGINES[key] = engine
    term_merger(config)
    if config.convert_traditional:
        has_traditional("")  # builds the script tables
    return engine


def token_spans(text: str, words: Iterable[str]) -> list[Span]:
    """Where each of the engine's ``words`` sits in ``text`` (whitespace between them skipped)."""
    words = list(words)
    if "".join(words) == text and not _WHITESPACE.search(text):  # the common case
        ends = list(accumulate(map(len, words)))
        return list(zip([0] + ends[:-1], ends))
    spans: list[Span] = []
    pos, n = 0, len(text)
    for word in words:
        if not text.startswith(word, pos) or word.isspace() or not word:
            spans.extend(_spans_of_pieces(text, word, pos))
            pos = spans[-1][1] if spans else pos
            continue
        spans.append((pos, pos + len(word)))
        pos += len(word)
        while pos < n and text[pos].isspace():
            pos += 1
    while pos < n and text[pos].isspace():
        pos += 1
    if pos != n:
        raise DocumentError(f"the segmenter dropped text from position {pos}")
    return spans


def _spans_of_pieces(text: str, word: str, pos: int) -> list[Span]:
    """An engine word with whitespace around or inside it (jieba), or after skipped whitespace."""
    spans = []
    for piece in word.split():
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(piece, pos):
            raise DocumentError(f"segmenter word {piece!r} does not match the text at {pos}")
        spans.append((pos, pos + len(piece)))
        pos += len(piece)
    return spans


def segment_text(text: str, config: SegmentConfig = SegmentConfig()) -> list[Span]:
    """Token spans of ``text``: engine boundaries, domain terms merged, traditional lines via t2s."""
    engine = load_model(config)
    conversion = None
    if config.convert_traditional and has_traditional(text):
        conversion = convert_text(text, ConvertConfig(config="t2s"))
    seg_text = conversion.text if conversion and conversion.count else text
    spans = term_merger(config).merge(seg_text, token_spans(seg_text, engine.cut(seg_text)))
    if seg_text is text:
        return spans
    return _map_back(spans, conversion.step)


def _map_back(spans: list[Span], step: OffsetMap) -> list[Span]:
    """Spans of the converted text as spans of the text before conversion.

    t2s is one to one almost everywhere; where a block changed length, tokens
    that fall inside it are joined into one so that spans never overlap.
    """
    out: list[Span] = []
    for start, end in spans:
        s, e = step.map_span(start, end)
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def segment(record: dict | str, config: SegmentConfig = SegmentConfig()) -> dict:
    """Add ``tokens``: the words of the text, whose concatenation is the text without whitespace."""
    record = as_record(record)
    text = record.get("text") or ""
    out = dict(record)
    out["tokens"] = [text[s:e] for s, e in segment_text(text, config)]
    return out


__all__ = [
    "ENGINES", "JiebaSegmenter", "PkusegSegmenter", "SegmentConfig", "Segmenter", "SegmenterUnavailable",
    "TermMerger", "domain_terms", "engine_module", "load_model", "parse_terms", "segment", "segment_text", "term_merger",
    "token_spans",
]
