"""Convert between Chinese scripts with OpenCC, touching only the text that needs it.

Reposts mix scripts: a simplified headline over a Hong Kong traditional body
is common.  So the script is detected per line first, and only the lines
written in the configuration's *source* script are converted (for ``t2s``,
the traditional lines); simplified text is never run through a converter.

OpenCC maps almost every character one to one, so the offsets stay linear;
where a converted piece changes length it maps back as a block (SPEC 4).

Either ``opencc`` module works: the official binding (``OpenCC("t2s")`` or
``"t2s.json"``, 25-50x faster) or the pure-Python re-implementation
(``OpenCC("t2s")``); both install a module named ``opencc``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .opencc_text import opencc_convert
from .record import add_change, as_record
from .spans import Edit, OffsetMap, apply_edits, rewrite

SIMPLIFIED = "simplified"
TRADITIONAL = "traditional"
MIXED = "mixed"

# OpenCC configurations by the script they read: ``s2*`` read simplified
# text, all the others (t2s, tw2s, hk2s, t2tw, tw2t, t2jp, ...) traditional.
OPENCC_CONFIGS = (
    "t2s", "tw2s", "hk2s", "tw2sp", "hk2sp", "s2t", "s2tw", "s2hk", "s2twp", "s2hkp",
    "t2tw", "t2hk", "tw2t", "hk2t", "t2jp", "jp2t",
)

# A document counts as mixed only when each script has at least this many
# marker characters in lines of its own: one stray character is not a repost.
MIN_MARKERS_FOR_MIXED = 2

# The CJK blocks whose characters vote on the script: the BMP ones, which
# hold every character in common use (and keep the character class compact).
_CJK_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000))


@dataclass(frozen=True)
class ConvertConfig:
    """How ``convert`` rewrites the text.

    ``config``: the OpenCC configuration (``t2s`` by default; ``tw2s``,
    ``hk2s``, ``s2t``, ``s2tw``, ``s2hk``, … see :data:`OPENCC_CONFIGS`;
    a ``.json`` suffix is accepted).
    ``convert_all``: convert every line whatever its detected script, as the
    ``opencc`` command does.  Off by default, so that text already in the
    target script is left exactly as it is.
    """

    config: str = "t2s"
    convert_all: bool = False

    def __post_init__(self) -> None:
        stem = config_stem(self.config)
        if stem not in OPENCC_CONFIGS:
            raise ValueError(f"unknown OpenCC configuration {self.config!r}; one of {', '.join(OPENCC_CONFIGS)}")
        object.__setattr__(self, "config", stem)


class Conversion(NamedTuple):
    """What converting a text did: the new text, its map to the old, the detected script, chars changed."""

    text: str
    step: OffsetMap
    script: str
    count: int


def config_stem(name: str) -> str:
    """``t2s.json`` and ``t2s`` name the same configuration."""
    return name[:-5] if name.endswith(".json") else name


def source_script(config: str) -> str:
    """The script a configuration reads: ``s2*`` simplified, every other traditional."""
    return SIMPLIFIED if config_stem(config).startswith("s2") else TRADITIONAL


@lru_cache(maxsize=None)
def opencc_converter(config: str):
    """An OpenCC converter for ``config``, built once per process."""
    import opencc

    stem = config_stem(config)
    try:
        return opencc.OpenCC(stem)
    except (RuntimeError, OSError, ValueError):
        # Official bindings before 1.1.7 want the file name of the configuration.
        return opencc.OpenCC(stem + ".json")


@lru_cache(maxsize=1)
def _ambiguous_chars() -> frozenset[str]:
    text = resources.files("policytext.data").joinpath("script_ambiguous_chars.txt").read_text("utf-8")
    return frozenset("".join(line.strip() for line in text.splitlines() if not line.startswith("#")))


@lru_cache(maxsize=1)
def script_markers() -> tuple[frozenset[str], frozenset[str]]:
    """Characters that only one script uses: ``(traditional, simplified)``.

    Derived from OpenCC's own character tables, so detection agrees with what
    conversion would do: a character is traditional-only when t2s changes it
    and it is not itself a simplified form (and the reverse), less the
    characters standard in both scripts (``script_ambiguous_chars.txt``).
    """
    chars = [chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi)]
    joined = "\n".join(chars)
    to_simp = opencc_converter("t2s").convert(joined).split("\n")
    to_trad = opencc_converter("s2t").convert(joined).split("\n")
    changed_by_t2s = {c for c, s in zip(chars, to_simp) if s != c}
    changed_by_s2t = {c for c, t in zip(chars, to_trad) if t != c}
    simplified_forms = {s for c, s in zip(chars, to_simp) if s != c}
    traditional_forms = {t for c, t in zip(chars, to_trad) if t != c}
    ambiguous = _ambiguous_chars()
    traditional = changed_by_t2s - simplified_forms - changed_by_s2t - ambiguous
    simplified = changed_by_s2t - traditional_forms - changed_by_t2s - ambiguous
    return frozenset(traditional), frozenset(simplified)


@lru_cache(maxsize=1)
def _marker_patterns() -> tuple[re.Pattern, re.Pattern]:
    # A character class is matched in C: counting stays cheap next to segmentation.
    return tuple(re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]") for chars in script_markers())


def marker_counts(text: str) -> tuple[int, int]:
    """How many traditional-only and simplified-only characters ``text`` holds."""
    traditional, simplified = _marker_patterns()
    return len(traditional.findall(text)), len(simplified.findall(text))


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds any traditional-only character (a fast test before converting)."""
    return _marker_patterns()[0].search(text) is not None


def _majority(trad: int, simp: int) -> str | None:
    if trad > simp:
        return TRADITIONAL
    if simp > trad:
        return SIMPLIFIED
    return None


def line_script(text: str) -> str | None:
    """The script of one line, or None when it has no telling characters (or a tie)."""
    return _majority(*marker_counts(text))


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        spans.append((start, end))
        start = end
    return spans


def _classify(text: str) -> tuple[str, list[tuple[int, int, str | None]]]:
    """The document's script and each line's ``(start, end, script)``."""
    lines = []
    evidence = {TRADITIONAL: 0, SIMPLIFIED: 0}
    for start, end in _line_spans(text):
        trad, simp = marker_counts(text[start:end])
        script = _majority(trad, simp)
        if script == TRADITIONAL:
            evidence[TRADITIONAL] += trad
        elif script == SIMPLIFIED:
            evidence[SIMPLIFIED] += simp
        lines.append((start, end, script))
    trad, simp = evidence[TRADITIONAL], evidence[SIMPLIFIED]
    if trad >= MIN_MARKERS_FOR_MIXED and simp >= MIN_MARKERS_FOR_MIXED:
        return MIXED, lines
    return (TRADITIONAL if trad > simp else SIMPLIFIED), lines


def detect_script(text: str) -> str:
    """``simplified``, ``traditional`` or ``mixed`` (lines in both scripts).

    Text with no character particular to either script counts as simplified:
    there is nothing to convert in it.
    """
    return _classify(text)[0]


def conversion_edits(piece: str, converted: str, offset: int = 0) -> list[Edit]:
    """Edits that turn ``piece`` into ``converted``: per character where lengths agree, else per differing block."""
    if len(piece) == len(converted):
        edits, i = [], 0
        while i < len(piece):
            if piece[i] == converted[i]:
                i += 1
                continue
            j = i
            while j < len(piece) and piece[j] != converted[j]:
                j += 1
            edits.append(Edit(offset + i, offset + j, converted[i:j]))
            i = j
        return edits
    matcher = difflib.SequenceMatcher(None, piece, converted, autojunk=False)
    return [Edit(offset + i1, offset + i2, converted[j1:j2])
            for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def prepare(config: ConvertConfig = ConvertConfig()) -> None:
    """Load the OpenCC converter and the script tables, once per process (before a pool forks, so its
    workers share them); without it they load on first use.  Output is the same."""
    opencc_converter(config.config)
    _ambiguous_chars()
    script_markers()
    _marker_patterns()


def convert_text(text: str, config: ConvertConfig = ConvertConfig()) -> Conversion:
    """Convert the lines of ``text`` that are in the configuration's source script.

    In a document wholly in the source script every line is converted; in a
    mixed one only the lines detected as the source script, so that lines in
    the target script (and lines with no telling character) stay untouched.
    """
    script, lines = _classify(text)
    wanted = source_script(config.config)
    if config.convert_all:
        chosen = [(s, e) for s, e, _ in lines]
    elif script == wanted:
        chosen = [(s, e) for s, e, line in lines if line in (wanted, None)]
    elif script == MIXED:
        chosen = [(s, e) for s, e, line in lines if line == wanted]
    else:
        chosen = []
    converter = opencc_converter(config.config)
    edits: list[Edit] = []
    for start, end in chosen:
        piece = text[start:end]
        edits.extend(conversion_edits(piece, opencc_convert(converter, piece), start))
    if not edits:
        return Conversion(text, OffsetMap.identity(len(text)), script, 0)
    new_text, step = apply_edits(text, edits)
    count = sum(max(e.end - e.start, len(e.replacement)) for e in edits)
    return Conversion(new_text, step, script, count)


def convert(record: dict | str, config: ConvertConfig = ConvertConfig()) -> dict:
    """Set ``script`` (as detected before converting) and convert the text (``t2s`` by default)."""
    record = as_record(record)
    conversion = convert_text(record.get("text") or "", config)
    if conversion.count:
        out = rewrite(record, conversion.text, conversion.step)
        out["changes"] = list(record.get("changes") or [])
        add_change(out, "convert", config.config, conversion.count)
    else:
        out = dict(record)
    out["script"] = conversion.script
    return out


__all__ = [
    "MIXED", "OPENCC_CONFIGS", "SIMPLIFIED", "TRADITIONAL", "Conversion", "ConvertConfig",
    "config_stem", "convert", "convert_text", "detect_script", "has_traditional", "line_script", "source_script",
]
