"""benchmarks/score_heldout_pooled.py: the pooled held-out figure is the sum of its batches'
parts, counted once each (batch 1 only: the part every session has already published)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pooled():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "score_heldout_pooled", ROOT / "benchmarks" / "score_heldout_pooled.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_one_batch_pooled_is_that_batch(pooled):
    outline = pooled.outline_rows(upto=1)
    assert list(outline) == ["batch 1", "pooled"]
    assert outline["pooled"] == outline["batch 1"]
    assert outline["pooled"]["documents"] == 11
    entities = pooled.entity_rows(upto=1)
    assert entities["pooled"] == entities["batch 1"]
    assert entities["pooled"]["documents"] == 11
    assert 0.0 < entities["pooled"]["F1"] <= 1.0


def test_the_cli_prints_both_tables(pooled, capsys):
    assert pooled.main(["--upto", "1"]) == 0
    out = capsys.readouterr().out
    assert "outline, held-out" in out and "entities, held-out, strict" in out
    assert out.count("pooled") == 2
