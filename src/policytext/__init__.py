"""policytext: clean Chinese industrial-policy text and extract traceable facts.

The Python API is the same pure functions the CLI calls.  Each takes a
record (a dict, see SPEC.md) or a plain string and returns a new record::

    from policytext import clean, convert, extract_numbers, extract_targets, extract, facts
    record = extract("力争到2025年，清洁能源装备制造产业产值突破1000亿元。")
    record["targets"][0]["deadline"]   # '2025'

``segment`` loads its model (pkuseg, ~820 MB) on first call, not on import.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .clean import CleanConfig, clean
from .convert import ConvertConfig, convert, detect_script
from .eval import load_gold, score
from .extract import ExtractConfig, extract, facts
from .io.read import read_inputs
from .numbers import NumbersConfig, extract_numbers, find_numbers
from .segment import SegmentConfig, segment
from .targets import TargetsConfig, extract_targets


__all__ = [
    "CleanConfig", "ConvertConfig", "ExtractConfig", "NumbersConfig", "SegmentConfig", "TargetsConfig",
    "clean", "convert", "detect_script", "extract", "extract_numbers", "extract_targets", "facts",
    "find_numbers", "load_gold", "read_inputs", "score", "segment",
]
