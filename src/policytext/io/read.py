"""Turn command-line inputs (files, directories, globs, ``-``) into records.

A ``.txt`` file (or any non-JSONL file) becomes one record: ``id`` is the
stem, ``source`` the path as given.  A ``.jsonl`` file yields a record per
line.  Problems with one input never stop the others: they come out as
error records (see :func:`policytext.record.error_record`) in input order.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import InputError
from ..record import error_record, make_record
from ..spans import Edit, apply_edits
from .encoding import decode_bytes

TEXT_SUFFIXES = {".txt", ".text", ".md", ".gbk", ".big5"}
# One text file is one document, read whole: refuse a file past this size rather than
# load it (a document this large is a dump to split, not a page). JSONL is streamed.
MAX_TEXT_BYTES = 64 * 1024 * 1024
DIR_SUFFIXES = (".txt", ".jsonl")


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Paths in a stable order: directories walked recursively, globs expanded."""
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            found = [
                os.path.join(root, name)
                for root, _, names in os.walk(item)
                for name in names
                if name.endswith(DIR_SUFFIXES)
            ]
            yield from sorted(found)
        elif not os.path.exists(item) and glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            yield from matches if matches else [item]
        else:
            yield item


def normalise_newlines(text: str) -> tuple[str, list[Edit]]:
    """CRLF and lone CR become LF; the edits say where."""
    if "\r" not in text:
        return text, []
    edits = []
    i = text.find("\r")
    while i != -1:
        if text.startswith("\r\n", i):
            edits.append(Edit(i, i + 1, ""))
        else:
            edits.append(Edit(i, i + 1, "\n"))
        i = text.find("\r", i + 1)
    return text, edits


def text_record(data: bytes, source: str, id: str) -> dict:
    """One record from the bytes of a text file."""
    raw, encoding = decode_bytes(data, source)
    _, edits = normalise_newlines(raw)
    record = make_record(id, source, raw, meta={"encoding": encoding})
    if edits:
        text, step = apply_edits(raw, edits)
        record["text"] = text
        record["offsets"] = step.to_json()
    return record


def jsonl_records(lines: Iterable[bytes], source: str, stem: str) -> Iterator[dict]:
    """Records from JSONL lines; a bad line becomes an error record naming ``file:line``."""
    for n, line in enumerate(lines, 1):
        where = f"{source}:{n}"
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8-sig" if n == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield error_record(f"{stem}#{n}", where, "read", f"not UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        except json.JSONDecodeError as exc:
            yield error_record(f"{stem}#{n}", where, "read", f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield error_record(f"{stem}#{n}", where, "read", "a JSONL line must be an object")
            continue
        if "error" not in record and not isinstance(record.get("text"), str):
            yield error_record(record.get("id") or f"{stem}#{n}", where, "read", "record has no \"text\" string")
            continue
        record.setdefault("id", f"{stem}#{n}")
        record.setdefault("source", source)
        yield record


def _looks_like_jsonl(data: bytes) -> bool:
    head = data.lstrip()[:1]
    return head == b"{"


def read_stream(stream: BinaryIO, source: str = "-", stem: str = "stdin") -> Iterator[dict]:
    """Records from a byte stream: JSONL when the first character is ``{``, else one text record."""
    first = stream.readline()
    while first and not first.strip():
        first = stream.readline()
    if not first:
        yield error_record(stem, source, "read", "empty input")
        return
    if _looks_like_jsonl(first):
        def lines() -> Iterator[bytes]:
            yield first
            yield from stream
        yield from jsonl_records(lines(), source, stem)
        return
    try:
        yield text_record(first + stream.read(), source, stem)
    except InputError as exc:
        yield error_record(stem, source, "read", exc.message)


def read_path(path: str) -> Iterator[dict]:
    """Records from one path; errors come out as error records."""
    stem = Path(path).stem or path
    if path.endswith(".jsonl"):
        try:
            with open(path, "rb") as f:
                yield from jsonl_records(f, path, stem)
        except OSError as exc:
            yield error_record(stem, path, "read", exc.strerror or str(exc))
        return
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_TEXT_BYTES:
                yield error_record(stem, path, "read", f"text file of {size / 2**20:.0f} MB is larger than one "
                                   f"document can be ({MAX_TEXT_BYTES // 2**20} MB); split it or give it as JSONL")
                return
            data = f.read()
    except OSError as exc:
        yield error_record(stem, path, "read", (exc.strerror or str(exc)).lower())
        return
    try:
        yield text_record(data, path, stem)
    except InputError as exc:
        yield error_record(stem, path, "read", exc.message)


def iter_inputs(inputs: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[dict]:
    """Every record from every input, in order; stdin is read for ``-``."""
    for path in expand_inputs(inputs):
        if path == "-":
            yield from read_stream(stdin or sys.stdin.buffer)
        else:
            yield from read_path(path)


def read_inputs(inputs: Iterable[str]) -> list[dict]:
    """All records of ``inputs`` as a list (the Python API's convenience)."""
    return list(iter_inputs(inputs))
