"""Shared fixtures: paths to the project's own copies of the seeds and gold."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = DATA / "gold"


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    return SEEDS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return GOLD
