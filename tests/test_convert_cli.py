"""``policytext convert`` end to end: files in, JSONL records out, the OpenCC configuration chosen by flag."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import policytext.cli.convert  # noqa: F401  (registers the command)
from policytext.cli.app import app

DATA = Path(__file__).resolve().parent / "data"
runner = CliRunner()


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_convert_gold_clean_files(tmp_path):
    paths = sorted((DATA / "gold" / "clean").glob("*.txt"))
    result = runner.invoke(app, ["convert", "--jobs", "1", *map(str, paths)])
    assert result.exit_code == 0, result.output
    out = records(result.stdout)
    assert [r["id"] for r in out] == [p.stem for p in paths]
    for record, path in zip(out, paths):
        assert record["text"] == (DATA / "gold" / "convert" / path.name).read_text("utf-8")
    assert [r["script"] for r in out].count("traditional") == 1


def test_convert_mixed_repost_with_hk_config(tmp_path):
    path = DATA / "convert" / "13_futunn_mixed_script.txt"
    result = runner.invoke(app, ["convert", "--jobs", "1", "--config", "hk2s.json", str(path)])
    assert result.exit_code == 0, result.output
    (record,) = records(result.stdout)
    assert record["script"] == "mixed"
    assert record["changes"][0]["fix"] == "hk2s"
    assert "集羣" not in record["text"]


def test_unknown_config_is_a_usage_error():
    result = runner.invoke(app, ["convert", "--config", "t2x", "-"], input="產業\n")
    assert result.exit_code == 2
    assert "t2x" in result.output
