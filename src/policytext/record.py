"""The record and fact shapes of SPEC.md, in one place.

Records and facts are plain dicts so that they round-trip through JSONL
unchanged; the functions here build them with the fields in SPEC order.
"""

from __future__ import annotations

from typing import Any

RECORD_FIELDS = ("id", "source", "text", "meta", "changes", "offsets", "script", "tokens", "numbers", "targets")

NUMBER_TYPES = ("money", "percent", "count", "measure", "fraction", "multiple", "date", "duration", "ordinal", "phone", "code")
QUALIFIERS = ("about", "over", "at_least", "under", "at_most")
COMPARATORS = (">", ">=", "=", "~", "<=", "<", "between")


def make_record(id: str, source: str, text: str, **fields: Any) -> dict:
    record = {"id": id, "source": source, "text": text}
    record.update(fields)
    return record


def error_record(id: str | None, source: str, stage: str, message: str) -> dict:
    """A record that stands for a document or input that failed; stages pass it on."""
    return {"id": id, "source": source, "error": {"stage": stage, "message": message}}


def is_error(record: dict) -> bool:
    return "error" in record


def add_change(record: dict, stage: str, fix: str, count: int, **detail: Any) -> None:
    """Note in ``changes`` that ``fix`` changed something ``count`` times (never zero)."""
    if count:
        entry = {"stage": stage, "fix": fix, "count": count}
        entry.update(detail)
        record.setdefault("changes", []).append(entry)


def number_fact(
    text: str,
    start: int,
    end: int,
    type: str,
    value: Any = None,
    unit: str | None = None,
    low: Any = None,
    high: Any = None,
    qualifier: str | None = None,
    sentence: str | None = None,
    **extra: Any,
) -> dict:
    fact = {
        "kind": "number",
        "text": text,
        "start": start,
        "end": end,
        "type": type,
        "value": value,
        "unit": unit,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "sentence": sentence,
    }
    fact.update(extra)
    return fact


def target_fact(
    text: str,
    start: int,
    end: int,
    *,
    status: str = "target",
    deadline: str | None = None,
    subject: str | None = None,
    metric: str | None = None,
    comparator: str | None = None,
    change: str | None = None,
    baseline: dict | None = None,
    value: Any = None,
    unit: str | None = None,
    low: Any = None,
    high: Any = None,
    qualitative: bool = False,
    commitment: str | None = None,
    sentence: str | None = None,
    **extra: Any,
) -> dict:
    fact = {
        "kind": "target",
        "status": status,
        "text": text,
        "start": start,
        "end": end,
        "deadline": deadline,
        "subject": subject,
        "metric": metric,
        "comparator": comparator,
        "change": change,
        "baseline": baseline,
        "value": value,
        "unit": unit,
        "low": low,
        "high": high,
        "qualitative": qualitative,
        "commitment": commitment,
        "sentence": sentence,
    }
    fact.update(extra)
    return fact


def as_record(value: dict | str) -> dict:
    """A record as is, or a plain string wrapped as one (the Python API takes both)."""
    if isinstance(value, str):
        return make_record("text", "-", value)
    return value
