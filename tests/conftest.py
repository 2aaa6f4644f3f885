"""Shared fixtures: every test gets its own data dir; Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"
DEFAULT_REPORT = REPO / "resources" / "lanzhou-hi-tech-zone-2021.txt"
SEED_GOLD = SHARED / "gold" / "lanzhou-hi-tech-zone-2021.json"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory, monkeypatch):
    """Point notes, settings and corrections at a fresh temp dir for every test."""
    from gui.core import paths

    data = tmp_path_factory.mktemp("data")
    paths.set_data_dir(data)
    monkeypatch.setenv("REPORT_READER_DATA_DIR", str(data))
    yield data
    paths.set_data_dir(None)


@pytest.fixture
def seed_gold() -> dict:
    import json

    if not SEED_GOLD.is_file():
        pytest.skip(f"shared gold not present at {SEED_GOLD}")
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))
