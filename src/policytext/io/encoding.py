"""Detect the encoding of a text file: UTF-8 (BOM or not), UTF-16 with BOM, GB18030/GBK, Big5."""

from __future__ import annotations

import codecs
from functools import lru_cache
from importlib import resources

from ..errors import InputError

# (byte-order mark, codec that drops it, the name the record reports)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    text = resources.files("policytext.data").joinpath("common_chars.txt").read_text("utf-8")
    return frozenset("".join(line for line in text.splitlines() if not line.startswith("#")))


def _plausibility(text: str) -> float:
    """Share of CJK characters that are common ones: high for a right decoding."""
    common = _common_chars()
    cjk = [c for c in text if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"]
    if not cjk:
        return 0.0
    return sum(c in common for c in cjk) / len(cjk)


def decode_bytes(data: bytes, where: str) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)``. The BOM is dropped.

    Raises :class:`InputError` for empty, binary or undecodable input rather
    than guessing: a wrong guess would be silent mojibake.
    """
    if not data.strip():
        raise InputError(where, "empty input")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError as exc:
                raise InputError(where, f"starts with a {label} byte-order mark but does not decode ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data:
        raise InputError(where, "binary input (NUL bytes and no UTF-16 byte-order mark)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for name in ("gb18030", "big5"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), name, text))
    if not candidates:
        raise InputError(where, "not UTF-8, UTF-16, GB18030 or Big5: cannot decode without guessing")
    score, name, text = max(candidates, key=lambda c: c[0])
    if score < 0.2 or _control_share(text) > 0.01:
        raise InputError(where, f"decodes as {name} only into unlikely text (binary or an unsupported encoding)")
    return text, name


def _control_share(text: str) -> float:
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0xE000 <= ord(c) <= 0xF8FF)
    return bad / max(len(text), 1)
