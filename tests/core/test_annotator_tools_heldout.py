"""The annotators' tools (entities/build_batch.py, gold/compare_outline_pass.py, entities/agree.py
--mismatches) print a batch's held-out documents only while the batch is fresh or when an annotator
the lead names asks (``--heldout-of-scored-batch``); otherwise dev documents alone, and one line says
so; entities/revisions.py shows a held-out change by its offsets (docs/development.md, "Tests that
read the corpus").

Batch 36 is scored (tests/conftest.py FRESH_BATCHES), so its held-out part is closed to rule
writers. The tools' output goes to a string, never to pytest's captured output, and only document
ids and line kinds are compared: a failure here names ids, never a line of held-out text."""

from __future__ import annotations

import contextlib
import csv
import io

import pytest

from tests.conftest import DATA
from tests.script_modules import load_script

REAL = DATA / "real"
BATCH = "36"
FLAG = "--heldout-of-scored-batch"


def _split() -> dict[str, str]:
    """Batch 36's document ids and their split (dev / heldout), from split.tsv."""
    with (REAL / "split.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {r["file"].rsplit(".", 1)[0]: r["split"] for r in rows if r["batch"] == BATCH}


def _run(main, *args, **kwargs) -> tuple[object, list[str]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = main(*args, **kwargs)
    return result, out.getvalue().splitlines()


def _ids_with(lines: list[str], keep) -> set[str]:
    """The documents of batch 36 that lines kept by ``keep`` begin with."""
    split = _split()
    return {doc for line in lines if keep(line) and (doc := line.split(" ", 1)[0]) in split}


def _is_verdict(line: str) -> bool:
    return line.endswith((" OK", " ERR"))


def _build_batch():
    return load_script(REAL / "entities" / "build_batch.py", with_its_folder=True)


def _one_of_each() -> list[str]:
    """A dev and a held-out document of batch 36 with reading lists (the build is per document)."""
    listed = _build_batch().batch(BATCH).lists.LISTS
    split = _split()
    return [min(d for d in listed if split[d] == part) for part in ("dev", "heldout")]


def test_the_entity_builder_shows_a_scored_batchs_held_out_documents_by_their_verdict_alone():
    dev, heldout = _one_of_each()
    status, lines = _run(_build_batch().main, ["--batch", BATCH, "--check", dev, heldout])
    assert status == 0
    # every document is still checked: one verdict each
    assert _ids_with(lines, _is_verdict) == {dev, heldout}
    # the dev document's own lines (its counts, its self-check) are printed, the held-out one's not
    assert _ids_with(lines, lambda line: not _is_verdict(line)) == {dev}
    notes = [line for line in lines if line.startswith("build_batch.py: batch 36 is scored")]
    assert len(notes) == 1 and "1 held-out" in notes[0] and FLAG in notes[0]


@pytest.mark.parametrize(("flag", "fresh"), [((FLAG,), set()), ((), {BATCH})])
def test_the_entity_builder_shows_held_out_documents_to_their_annotators(flag, fresh):
    dev, heldout = _one_of_each()
    args = ["--batch", BATCH, "--check", *flag, dev, heldout]
    status, lines = _run(_build_batch().main, args, fresh=fresh)
    assert status == 0
    assert _ids_with(lines, lambda line: not _is_verdict(line)) == {dev, heldout}
    assert not any(line.startswith("build_batch.py:") for line in lines)


def _compare():
    return load_script(REAL / "gold" / "compare_outline_pass.py", "compare_outline_pass_heldout")


def _compared(lines: list[str]) -> set[str]:
    """The documents a comparison printed a line for (``<id>: title …``)."""
    split = _split()
    return {doc for line in lines if (doc := line.split(":", 1)[0]) in split}


def _documents_line(lines: list[str]) -> int:
    return int(next(line for line in lines if line.endswith(" documents")).split()[0])


def test_the_outline_comparison_of_a_scored_batch_reads_its_dev_documents_alone():
    split = _split()
    dev = {d for d, part in split.items() if part == "dev"}
    _, lines = _run(_compare().main, ["--batch", BATCH, "-v"])
    assert _compared(lines) == dev
    assert _documents_line(lines) == len(dev)
    held_out = len(split) - len(dev)
    assert lines[0].startswith("compare_outline_pass.py: batch 36 is scored")
    assert f"{held_out} held-out" in lines[0] and FLAG in lines[0]
    # asked for the held-out part alone, it compares nothing and says so
    _, lines = _run(_compare().main, ["--batch", BATCH, "--split", "heldout", "-v"])
    assert _compared(lines) == set() and _documents_line(lines) == 0


@pytest.mark.parametrize(("flag", "fresh"), [((FLAG,), set()), ((), {BATCH})])
def test_the_outline_comparison_reads_held_out_documents_for_their_annotators(flag, fresh):
    _, lines = _run(_compare().main, ["--batch", BATCH, *flag], fresh=fresh)
    assert _compared(lines) == set(_split())
    assert not any(line.startswith("compare_outline_pass.py:") for line in lines)


def _agree():
    return load_script(REAL / "entities" / "agree.py", with_its_folder=True)


def _mismatched(lines: list[str]) -> set[str]:
    """The documents ``--mismatches`` printed a span of (``<id>\\t<side>\\t<type>\\t…``)."""
    split = _split()
    return {doc for line in lines if (doc := line.split("\t", 1)[0]) in split and "\t" in line}


@pytest.mark.parametrize(
    ("flag", "fresh", "parts"),
    [((), None, {"dev"}), ((FLAG,), set(), {"dev", "heldout"}), ((), {BATCH}, {"dev", "heldout"})],
)
def test_the_agreement_lists_a_scored_batchs_held_out_mismatches_only_when_asked(
    flag, fresh, parts
):
    status, lines = _run(_agree().main, ["--batch", BATCH, "--mismatches", *flag], fresh=fresh)
    assert status == 0
    split = _split()
    assert {split[d] for d in _mismatched(lines)} == parts
    said = [line for line in lines if line.startswith("agree.py --mismatches: batch 36 is scored")]
    assert len(said) == (parts == {"dev"})


def test_a_gold_revision_of_a_held_out_document_is_shown_by_offsets_alone():
    revisions = load_script(REAL / "entities" / "revisions.py", with_its_folder=True)
    span = {"start": 3, "end": 7, "type": "ORG", "text": "人民日报"}
    assert revisions._show(span) == "ORG '人民日报' [3, 7)"
    assert revisions._show(span, quote=False) == "ORG [3, 7)"
