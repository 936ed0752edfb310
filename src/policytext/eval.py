"""Score facts against a gold directory (SPEC section 5).

A gold directory holds ``<doc>.jsonl`` files of number and target facts.
Matching is one-to-one within a document, in text order, required gold
items first:

* a number matches when ``type``, ``value`` (or ``low``/``high``) and
  ``unit`` agree and one surface text contains the other;
* a target matches when ``status``, ``deadline``, ``comparator``, ``change``,
  ``value`` (or ``low``/``high``) and ``unit`` agree and the metrics overlap;
  a qualitative target matches on ``deadline`` and an overlapping text.

That is the *lenient* score, the one the project's floors use.  The *strict*
score also wants the same surface text and, for numbers, the same
``qualifier``; for targets, the same ``commitment``.

Gold items marked ``"optional": true`` are neither missed nor false
positives, and neither is an unmatched prediction that overlaps one.
Predicted ``ordinal``, ``phone`` and ``code`` numbers are never false
positives: they are not quantities and the gold does not list them all.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

KINDS = ("number", "target")
NOT_QUANTITIES = ("ordinal", "phone", "code")


def _norm(s: str | None) -> str:
    return unicodedata.normalize("NFKC", s or "").replace(" ", "")


def _same_value(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) or isinstance(b, str):
        a, b = str(a), str(b)
        if "XXXX" in a:  # a year the gold leaves open: any resolved year matches
            return len(a) == len(b) and a[4:] == b[4:]
        return a == b
    return math.isclose(float(a), float(b), rel_tol=1e-3, abs_tol=1e-6)


def _overlap(g: dict, p: dict) -> bool:
    a, b = _norm(g.get("text")), _norm(p.get("text"))
    return bool(a) and bool(b) and (a in b or b in a)


def _is_range(fact: dict) -> bool:
    return fact.get("low") is not None or fact.get("high") is not None


def number_match(g: dict, p: dict, strict: bool = False) -> bool:
    if g.get("type") != p.get("type") or (g.get("unit") or None) != (p.get("unit") or None):
        return False
    if _is_range(g):
        ok = _same_value(g.get("low"), p.get("low")) and _same_value(g.get("high"), p.get("high"))
    else:
        ok = _same_value(g.get("value"), p.get("value"))
    if not ok:
        return False
    if strict:
        return _norm(g.get("text")) == _norm(p.get("text")) and g.get("qualifier") == p.get("qualifier")
    return _overlap(g, p)


def _metric_overlap(gm: str, pm: str) -> bool:
    if not gm or not pm:
        return False
    return gm in pm or pm in gm or len(set(gm) & set(pm)) >= 0.6 * len(set(gm))


def target_match(g: dict, p: dict, strict: bool = False) -> bool:
    if str(g.get("deadline")) != str(p.get("deadline")):
        return False
    if g.get("status", "target") != p.get("status", "target"):
        return False
    if strict and (_norm(g.get("text")) != _norm(p.get("text")) or g.get("commitment") != p.get("commitment")):
        return False
    if g.get("qualitative"):
        return bool(p.get("qualitative")) and _overlap(g, p)
    if g.get("comparator") != p.get("comparator") or (g.get("unit") or None) != (p.get("unit") or None):
        return False
    if (g.get("change") or None) != (p.get("change") or None):
        return False
    if g.get("comparator") == "between":
        if not (_same_value(g.get("low"), p.get("low")) and _same_value(g.get("high"), p.get("high"))):
            return False
    elif not _same_value(g.get("value"), p.get("value")):
        return False
    return _metric_overlap(_norm(g.get("metric")), _norm(p.get("metric")))


def _category(fact: dict, kind: str) -> str:
    if kind == "number":
        return fact.get("type") or "number"
    return "qualitative" if fact.get("qualitative") else "quantitative"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Score:
    kind: str
    strict: bool
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    misses: list[tuple[str, dict]] = field(default_factory=list)
    false_positives: list[tuple[str, dict]] = field(default_factory=list)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in self.by_type.values():
            total.tp += c.tp
            total.fp += c.fp
            total.fn += c.fn
        return total

    def to_dict(self, errors: bool = False) -> dict:
        out = {"kind": self.kind, "mode": "strict" if self.strict else "lenient",
               "overall": self.overall.to_dict(),
               "by_type": {t: c.to_dict() for t, c in sorted(self.by_type.items())}}
        if errors:
            out["misses"] = [{"doc": d, **f} for d, f in self.misses]
            out["false_positives"] = [{"doc": d, **f} for d, f in self.false_positives]
        return out


def doc_id(fact: dict) -> str:
    """The document a fact belongs to: its ``doc`` (or ``id``) without directories or suffix."""
    d = str(fact.get("doc") or fact.get("id") or "")
    name = d.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if name.endswith((".txt", ".jsonl")) else name


def load_gold(gold_dir: str | Path) -> dict[str, list[dict]]:
    """``<doc>.jsonl`` files of a gold directory, by document id."""
    gold: dict[str, list[dict]] = {}
    for path in sorted(Path(gold_dir).glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            gold[path.stem] = [json.loads(line) for line in f if line.strip()]
    return gold


def load_facts(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip().startswith("{")]


def score(gold: dict[str, list[dict]], predictions: Iterable[dict], kind: str = "number",
          strict: bool = False) -> Score:
    """Score ``predictions`` of one ``kind`` against ``gold`` (documents without gold are ignored)."""
    match = number_match if kind == "number" else target_match
    result = Score(kind, strict)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for p in predictions:
        if p.get("kind") == kind:
            by_doc[doc_id(p)].append(p)
    for doc, facts in gold.items():
        golds = [g for g in facts if g.get("kind") == kind]
        preds = by_doc.get(doc, [])
        used = [False] * len(preds)
        for g in sorted(golds, key=lambda g: bool(g.get("optional"))):
            hit = next((i for i, p in enumerate(preds) if not used[i] and match(g, p, strict)), None)
            if hit is not None:
                used[hit] = True
                if not g.get("optional"):
                    result.by_type[_category(g, kind)].tp += 1
            elif not g.get("optional"):
                result.by_type[_category(g, kind)].fn += 1
                result.misses.append((doc, g))
        for i, p in enumerate(preds):
            if used[i] or any(g.get("optional") and _overlap(g, p) for g in golds):
                continue
            if kind == "number" and p.get("type") in NOT_QUANTITIES:
                continue
            result.by_type[_category(p, kind)].fp += 1
            result.false_positives.append((doc, p))
    return result


def format_score(s: Score, errors: bool = False) -> str:
    lines = [f"{s.kind} ({'strict' if s.strict else 'lenient'})"]
    for t, c in sorted(s.by_type.items()):
        lines.append(f"  {t:14s} tp={c.tp:4d} fp={c.fp:4d} fn={c.fn:4d}  P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}")
    o = s.overall
    lines.append(f"  {'overall':14s} tp={o.tp:4d} fp={o.fp:4d} fn={o.fn:4d}  P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f}")
    if errors:
        for doc, g in s.misses:
            lines.append(f"  MISS  {doc}  {_describe(g)}")
        for doc, p in s.false_positives:
            lines.append(f"  FALSE {doc}  {_describe(p)}")
    return "\n".join(lines)


def _describe(f: dict) -> str:
    if f.get("kind") == "target":
        val = f.get("value") if f.get("comparator") != "between" else f"{f.get('low')}..{f.get('high')}"
        return (f"{f.get('text')!r} deadline={f.get('deadline')} metric={f.get('metric')!r} "
                f"{f.get('change') or ''}{f.get('comparator') or ''} {val} {f.get('unit') or ''} status={f.get('status')}")
    val = f.get("value") if not _is_range(f) else f"{f.get('low')}..{f.get('high')}"
    return f"{f.get('text')!r} {f.get('type')} {val} {f.get('unit') or ''}"
