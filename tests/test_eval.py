"""policytext.eval scores exactly as the reference scorer (tests/data/score_reference.py, SPEC section 5)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policytext.cli import app
from policytext.cli.app import _register
from policytext.eval import load_gold, score
from policytext.extract import extract, facts
from policytext.io import read_inputs

DATA = Path(__file__).resolve().parent / "data"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _reference():
    spec = importlib.util.spec_from_file_location("score_reference", DATA / "score_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def predictions() -> list[dict]:
    out = []
    for record in read_inputs([str(SEEDS), str(DATA / "heldout" / "raw")]):
        out += facts(extract(record))
    return out


@pytest.mark.parametrize("gold_dir", ["gold/facts", "heldout/gold"])
@pytest.mark.parametrize("kind", ["number", "target"])
def test_eval_counts_what_the_reference_counts(gold_dir, kind, predictions):
    reference = _reference()
    ref_per, ref_misses, ref_extras = reference.score(reference.load_gold(str(DATA / gold_dir), kind), predictions, kind)
    ours = score(load_gold(DATA / gold_dir), predictions, kind)
    assert {t: tuple(c) for t, c in ref_per.items()} == {t: (c.tp, c.fp, c.fn) for t, c in ours.by_type.items()}
    assert len(ref_misses) == len(ours.misses) and len(ref_extras) == len(ours.false_positives)


def test_eval_command_reports_and_holds_a_floor(tmp_path, predictions):
    facts_file = tmp_path / "facts.jsonl"
    facts_file.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in predictions), encoding="utf-8")
    _register()
    runner = CliRunner()
    ok = runner.invoke(app, ["eval", str(DATA / "gold" / "facts"), str(facts_file), "--min-f1", "0.95"])
    assert ok.exit_code == 0 and "number (lenient)" in ok.stdout and "target (strict)" in ok.stdout
    too_high = runner.invoke(app, ["eval", str(DATA / "gold" / "facts"), str(facts_file), "--kind", "target",
                                   "--min-f1", "1.01", "--json"])
    assert too_high.exit_code == 1
    lenient = json.loads(too_high.stdout)[0]
    assert lenient["kind"] == "target" and lenient["overall"]["f1"] == 1.0
