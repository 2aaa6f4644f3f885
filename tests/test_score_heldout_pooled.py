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
    assert "outline, heldout" in out and "entities, heldout, strict" in out
    assert out.count("pooled") == 2


def test_genre_rows_sum_to_the_pool(pooled):
    """Rows per genre family partition the same documents the batch rows do (batches 1-2)."""
    by_batch = pooled.entity_rows(upto=2)
    by_genre = pooled.entity_rows(upto=2, by_genre=True)
    sums = {"pooled", pooled.TARGET}
    assert by_genre["pooled"] == by_batch["pooled"]
    assert sum(r["documents"] for k, r in by_genre.items() if k not in sums) == 16
    assert set(by_genre) - sums <= {*pooled.GENRES.values(), "other"}
    outline = pooled.outline_rows(upto=2, by_genre=True)
    assert outline["pooled"]["documents"] == 16
    assert sum(r["documents"] for k, r in outline.items() if k not in sums) == 16
    # The target row pools the families the reader is for: the pool less the "other" reports.
    for rows in (by_genre, outline):
        other = rows.get("other", {"documents": 0})["documents"]
        assert rows[pooled.TARGET]["documents"] == 16 - other
    assert pooled.TARGET not in by_batch


def test_the_target_row_leaves_the_other_reports_out(pooled):
    """On the dev pool (which holds "other" reports), the target row's counts are the pool's
    less the "other" row's: headings found and gold, documents."""
    rows = pooled.outline_rows(upto=None, by_genre=True, split="dev")
    other, target, pool = rows["other"], rows[pooled.TARGET], rows["pooled"]
    assert other["documents"] > 0
    for key in ("documents", "headings_found", "headings_gold"):
        assert target[key] == pool[key] - other[key]


def test_every_kind_of_split_tsv_has_a_family(pooled):
    """A kind split.tsv uses but GENRES does not name would fall to "other" unseen."""
    used = {
        row.split("\t")[1]
        for row in (ROOT / "tests/data/real/split.tsv").read_text("utf-8").splitlines()[1:]
    }
    assert used - set(pooled.GENRES) == {"report"}


def test_dev_pool_reads_the_dev_parts(pooled, capsys):
    assert pooled.main(["--upto", "1", "--dev"]) == 0
    out = capsys.readouterr().out
    assert "outline, dev" in out and "entities, dev, strict" in out
    assert pooled.entity_rows(upto=1, split="dev")["pooled"]["documents"] > 11


def test_dev_pool_leaves_the_fresh_batches_out(pooled):
    # A tuning figure never counts a fresh batch's dev part (tests/conftest.py FRESH_BATCHES); the
    # held-out measure, the lead's, leaves nothing out. Counts only: no document is named.
    from tests.conftest import FRESH_BATCHES

    closed = pooled.closed_batches("dev")
    assert closed == {int(b) for b in FRESH_BATCHES}
    assert pooled.closed_batches("heldout") == set()
    if closed:
        first = min(closed)
        upto_before = pooled.entity_rows(upto=first - 1, split="dev")["pooled"]["documents"]
        with_fresh = pooled.entity_rows(upto=first, split="dev")["pooled"]["documents"]
        assert with_fresh == upto_before


def test_from_keeps_only_the_later_batches(pooled):
    # --from N pools batches N and later: the outline and entity rows name no earlier batch, and a
    # range of two batches holds exactly the documents of those two (counts only, dev parts).
    outline = pooled.outline_rows(upto=4, split="dev", since=3)
    assert {k for k in outline if k.startswith("batch ")} == {"batch 3", "batch 4"}
    both = pooled.entity_rows(upto=4, split="dev", since=3)["pooled"]["documents"]
    third = pooled.entity_rows(upto=3, split="dev", since=3)["pooled"]["documents"]
    fourth = pooled.entity_rows(upto=4, split="dev", since=4)["pooled"]["documents"]
    assert third > 0 and fourth > 0 and both == third + fourth
