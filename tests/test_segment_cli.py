"""``policytext segment`` end to end: JSONL records with tokens, a user dictionary, the engine flag."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import policytext.cli.segment  # noqa: F401  (registers the command)
from policytext.cli.app import app
from policytext.segment import SegmentConfig, load_model

DATA = Path(__file__).resolve().parent / "data"
runner = CliRunner()


@pytest.fixture(scope="session")
def engine():
    return load_model(SegmentConfig())


def test_segment_a_file_with_a_user_dictionary(engine, tmp_path):
    doc = tmp_path / "jiuquan.txt"
    doc.write_text("同时向甘肃省、酒泉市及酒泉经开区等有关部门征求意见\n推动碳达峰、碳中和目标如期实现\n", encoding="utf-8")
    terms = tmp_path / "terms.txt"
    terms.write_text("酒泉经开区\n", encoding="utf-8")
    result = runner.invoke(app, ["segment", "--jobs", "1", "--user-dict", str(terms), str(doc)])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["id"] == "jiuquan"
    assert "酒泉经开区" in record["tokens"] and "碳达峰" in record["tokens"]
    assert "".join(record["tokens"]) == "".join(record["text"].split())


def test_missing_user_dictionary_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["segment", "--user-dict", str(tmp_path / "nope.txt"), "-"], input="产业\n")
    assert result.exit_code == 2


def test_jieba_engine_without_jieba_installed_is_a_usage_error(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "jieba", None)
    doc = tmp_path / "a.txt"
    doc.write_text("推动碳达峰", encoding="utf-8")
    result = runner.invoke(app, ["segment", "--jobs", "1", "--engine", "jieba", str(doc)])
    assert result.exit_code == 2
    assert "policytext[jieba]" in result.output and result.stdout == ""
