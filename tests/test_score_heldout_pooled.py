"""benchmarks/score_heldout_pooled.py: the pooled held-out figure is the sum of its batches'
parts, counted once each (batch 1 only: the part every session has already published)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmark_modules import load_benchmark

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pooled():
    return load_benchmark("score_heldout_pooled")


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
