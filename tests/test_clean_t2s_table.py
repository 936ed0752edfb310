"""clean_t2s_characters.txt holds a character of every key opencc's t2s tables change, so
clean may skip opencc for a text without one (policytext.clean._text.simplified)."""

import json
import subprocess
from pathlib import Path

import opencc
import pytest

from policytext.clean import _text
from policytext.clean.tables import rows

OPENCC_DATA = Path(opencc.__file__).parent / "clib"
TABLE = frozenset("".join(row[0] for row in rows("clean_t2s_characters.txt")))
ROOT = Path(__file__).parent.parent


def _dictionary_files(node) -> list[str]:
    """The ``file`` of every dictionary a conversion config names."""
    if isinstance(node, dict):
        found = [node["file"]] if "file" in node else []
        return found + [f for value in node.values() for f in _dictionary_files(value)]
    if isinstance(node, list):
        return [f for value in node for f in _dictionary_files(value)]
    return []


def _changing_keys(tmp_path: Path) -> list[str]:
    tool = OPENCC_DATA / "bin" / "opencc_dict"
    if not tool.exists():
        pytest.skip("opencc_dict is not shipped with this opencc")
    share = OPENCC_DATA / "share" / "opencc"
    keys = []
    for name in _dictionary_files(json.loads((share / "t2s.json").read_text("utf-8"))):
        dumped = tmp_path / f"{name}.txt"
        subprocess.run([str(tool), "-i", str(share / name), "-o", str(dumped), "-f", "ocd2", "-t", "text"], check=True)
        for line in dumped.read_text("utf-8").splitlines():
            key, values = line.split("\t", 1)
            if values.split(" ")[0] != key:  # opencc writes the first value
                keys.append(key)
    return keys


def test_every_key_that_converts_holds_a_character_of_the_table(tmp_path):
    keys = _changing_keys(tmp_path)
    assert len(keys) > 5000
    assert [key for key in keys if TABLE.isdisjoint(key)] == []


def test_the_table_leaves_out_simplified_characters():
    assert TABLE.isdisjoint("中华人民共和国国务院关于印发制造业高质量发展的通知")
    assert {"國", "務", "關", "發", "業"} <= TABLE


def _real_lines() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/data/clean/corpus").glob("*.txt"))
    return [line for path in paths for line in path.read_text("utf-8", errors="replace").splitlines() if line.strip()]


def test_simplified_folds_real_lines_as_opencc_does():
    converter = _text._t2s()
    lines = _real_lines()
    assert len(lines) > 500
    for line in lines:
        folded = converter.convert(line)
        assert _text.simplified(line) == (folded if len(folded) == len(line) else line)
    traditional = [line for line in lines if _text.simplified(line) != line]
    assert traditional  # the corpus has traditional reposts: the check saw conversions too
