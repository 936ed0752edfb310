"""OpenCC on any Python string.

OpenCC's binding encodes its input as strict UTF-8, so a lone surrogate
(``"\\ud800"``, which a JSON record may carry as an escape, or a caller pass)
makes it raise.  Its tables map runs of Chinese characters only, so the
stretches between surrogates convert alone as they would in place, and the
surrogates themselves stay as they are.
"""

from __future__ import annotations

import re

# Runs of lone surrogates (a grouped pattern, so split keeps them).
LONE_SURROGATES = re.compile("([\ud800-\udfff]+)")


def opencc_convert(converter, text: str) -> str:
    """``converter.convert(text)``, leaving lone surrogates untouched instead of raising."""
    if not LONE_SURROGATES.search(text):
        return converter.convert(text)
    parts = LONE_SURROGATES.split(text)  # the odd items are the surrogate runs
    return "".join(part if i % 2 else converter.convert(part) for i, part in enumerate(parts))
