"""The two layers stay apart: stages are pure and never reach for the CLI, the terminal or files."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "src" / "policytext"
STAGE_MODULES = ["clean", "convert.py", "segment.py", "numbers", "targets", "spans.py", "record.py", "sentences.py", "extract.py"]
FORBIDDEN = {"typer", "rich", "sys", "policytext.cli", "policytext.io"}


def _stage_files() -> list[Path]:
    files = []
    for name in STAGE_MODULES:
        path = PKG / name
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return [f for f in files if f.exists()]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the package
                parts = path.relative_to(PKG.parent).with_suffix("").parts[: -node.level]
                base = ".".join(parts)
                names.add(f"{base}.{node.module}" if node.module else base)
            elif node.module:
                names.add(node.module)
    return names


@pytest.mark.parametrize("path", _stage_files(), ids=lambda p: str(p.relative_to(PKG)))
def test_stage_modules_do_not_import_the_cli_layer(path):
    bad = {name for name in _imports(path) for f in FORBIDDEN if name == f or name.startswith(f + ".")}
    assert not bad, f"{path.name} imports {sorted(bad)}: stages must stay pure (no CLI, terminal or I/O layer)"


def test_stage_modules_do_not_print_or_open_files():
    for path in _stage_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in {"print", "open", "input"}, f"{path.name} calls {node.func.id}()"
