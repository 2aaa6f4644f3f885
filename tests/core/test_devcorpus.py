"""The corpus look-up tool never reaches a held-out or fresh document (tests/data/real/devcorpus.py)."""

from __future__ import annotations

import csv
import importlib.util
import sys

from tests.conftest import DATA, FRESH_BATCHES

REAL = DATA / "real"
_spec = importlib.util.spec_from_file_location("devcorpus", REAL / "devcorpus.py")
devcorpus = importlib.util.module_from_spec(_spec)
sys.modules["devcorpus"] = devcorpus
_spec.loader.exec_module(devcorpus)


def _split() -> list[dict]:
    with (REAL / "split.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_fresh_batches_are_read_from_conftest() -> None:
    assert devcorpus.fresh_batches() == set(FRESH_BATCHES)


def test_only_dev_rows_of_scored_batches() -> None:
    rows = _split()
    heldout = {r["file"] for r in rows if r["split"] == "heldout"}
    dev = devcorpus.dev_rows()
    assert heldout and dev
    assert not heldout & {r["file"] for r in dev}
    # A batch marked fresh disappears whole, dev part included.
    closed = devcorpus.dev_rows(fresh={"30"})
    assert {r["batch"] for r in dev} - {r["batch"] for r in closed} == {"30"}
    # The validation batches are read by score only: a rule writer's look-up leaves them out.
    tuning = devcorpus.dev_rows(validation=False)
    assert {r["batch"] for r in dev} - {r["batch"] for r in tuning} == {"13", "14", "15", "16"}


def test_validation_batches_need_asking_for(capsys) -> None:
    name = next(r["file"] for r in _split() if r["split"] == "dev" and r["batch"] == "13")
    assert devcorpus.main(["show", name]) == 2
    assert devcorpus.main(["show", name, "--with-validation", "--end", "10"]) == 0


def test_show_refuses_a_heldout_document(capsys) -> None:
    name = next(r["file"] for r in _split() if r["split"] == "heldout")
    assert devcorpus.main(["show", name]) == 2
    assert capsys.readouterr().out == ""


def test_grep_prints_dev_names_only(capsys) -> None:
    # 国务院 is in most mainland documents, held-out ones included.
    assert devcorpus.main(["grep", "国务院", "--max-per-doc", "1"]) == 0
    printed = {line.split(" ", 1)[0] for line in capsys.readouterr().out.splitlines()}
    dev = {devcorpus.stem(r["file"]) for r in devcorpus.dev_rows(validation=False)}
    heldout = {devcorpus.stem(r["file"]) for r in _split() if r["split"] == "heldout"}
    assert printed and printed <= dev and not printed & heldout


def test_upto_leaves_the_later_batches_out(capsys) -> None:
    # A round that keeps the newest scored batches' dev parts as its check reads the batches before
    # them only: a later batch's dev document is refused by show and absent from list and grep.
    name = next(r["file"] for r in _split() if r["split"] == "dev" and r["batch"] == "20")
    assert devcorpus.main(["show", name, "--upto", "19"]) == 2
    assert capsys.readouterr().out == ""
    assert devcorpus.main(["show", name, "--upto", "20", "--end", "5"]) == 0
    capsys.readouterr()
    assert devcorpus.main(["list", "--upto", "19"]) == 0
    batches = {line.rsplit("\tb", 1)[1] for line in capsys.readouterr().out.splitlines()}
    assert batches and max(int(b) for b in batches) <= 19
    assert devcorpus.main(["grep", "国务院", "--max-per-doc", "1", "--upto", "12"]) == 0
    printed = [
        line.split(" [b", 1)[1].split("]", 1)[0] for line in capsys.readouterr().out.splitlines()
    ]
    assert printed and all(int(b) <= 12 for b in printed)
