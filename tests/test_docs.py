"""The documentation cannot drift: the CLI reference is regenerated and compared; the examples run."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENTRY_POINT = shutil.which("policytext", path=str(Path(sys.executable).parent)) or "policytext"


def load_generator():
    spec = importlib.util.spec_from_file_location("generate_cli_docs", ROOT / "docs" / "generate_cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_up_to_date():
    expected = load_generator().render()
    actual = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/cli.md is out of date: run uv run python docs/generate_cli_docs.py"


def test_cli_reference_documents_every_subcommand_and_option():
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in ("clean", "convert", "segment", "extract-numbers", "extract-targets", "extract", "eval"):
        assert f"## policytext {command}\n" in text
    assert text.count("--jobs N") == 6 and text.count("--shard K/N") == 6


def test_readme_gives_the_two_commands_exit_statuses_and_every_subcommand():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "uv run policytext extract seeds/*.txt" in readme
    assert "uv run pytest" in readme
    for status in ("**0**", "**1**", "**2**"):
        assert status in readme
    for command in ("clean", "convert", "segment", "extract-numbers", "extract-targets", "extract", "eval"):
        assert re.search(rf"uv run policytext {command}(\s|$)", readme, re.M), f"the tour does not show {command}"


def test_the_shell_pipeline_example_runs(tmp_path):
    seeds = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").glob("*.txt"))[:2]
    done = subprocess.run(["bash", "examples/pipeline.sh", *seeds], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "POLICYTEXT": ENTRY_POINT, "OUT": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in (tmp_path / "records.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == [Path(s).stem for s in seeds]
    assert all("numbers" in r and "targets" in r for r in records)
    with open(tmp_path / "facts.csv", encoding="utf-8") as f:
        facts = list(csv.DictReader(f))
    n_facts = sum(len(r["numbers"]) + len(r["targets"]) for r in records)
    assert len(facts) == n_facts
    shards = [line for p in sorted((tmp_path / "shards").glob("shard-*.jsonl")) for line in p.read_text("utf-8").splitlines()]
    assert len(shards) == n_facts
    targets = (tmp_path / "targets.tsv").read_text("utf-8").splitlines()
    assert len(targets) == sum(1 for r in records for t in r["targets"] if t["deadline"])


def test_the_plotting_example_writes_a_png(tmp_path):
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    done = subprocess.run([sys.executable, "examples/plot_targets.py", "seeds/"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    png = ROOT / "examples" / "out" / "targets_by_deadline.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_readme_python_example_prints_what_the_readme_says(capsys, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"## Python API.*?```python\n(.*?)```", readme, re.S).group(1)
    expected = [line[2:] for line in example.splitlines() if line.startswith("# ")]
    monkeypatch.chdir(ROOT)
    exec(compile(example, "README.md", "exec"), {})
    assert capsys.readouterr().out.splitlines() == expected
