"""The real-document entity gold (tests/data/real/entities) is well formed.

Each entity file's text equals its gold file's text, every span's text is
text[start:end], types are the guideline's seven, entities are sorted and
do not overlap. Rules: /work/shared/gold/GUIDELINE.md (second edition);
checker: tests/data/real/entities/check_entities.py.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.script_modules import assert_no_problems, load_script

ENTITIES = Path(__file__).resolve().parents[1] / "data" / "real" / "entities"


def _checker():
    return load_script(ENTITIES / "check_entities.py")


def test_every_entity_gold_file_is_consistent():
    checker = _checker()
    assert checker.files()
    assert checker.check_all() == []


def test_checker_catches_a_shifted_span_an_overlap_and_a_bad_type(tmp_path):
    checker = _checker()
    path = checker.files()[0]
    data = json.loads(path.read_text(encoding="utf-8"))
    ents = data["entities"]
    ents[0]["start"] += 1
    ents.append(dict(ents[-1]))
    ents[1]["type"] = "MISC"
    broken = tmp_path / path.name
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    # the copy still names its real gold file, so only the planted faults show
    errors = checker.check(broken)
    assert any("!=" in e for e in errors)
    assert any("overlaps" in e for e in errors)
    assert any("bad type" in e for e in errors)


def _split_rows():
    lines = (ENTITIES.parent / "split.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line]


def _tool():
    """build_batch.py, the one builder of every batch's entity gold."""
    return load_script(ENTITIES / "build_batch.py", with_its_folder=True)


def _batch_builder(batch: str):
    """The builder of one batch: build_batch.py's BatchBuild for --batch N."""
    return _tool().batch(batch)


def _assert_built(builder, docs) -> None:
    """Each of ``docs`` has the entity file its batch's builder makes, annotator included."""
    for doc in sorted(docs):
        text = _tool().read_text(doc)
        ents, problems, _ = builder.gold_entities(doc, text)
        assert_no_problems(problems, doc)
        data = json.loads((ENTITIES / f"{doc}.json").read_text(encoding="utf-8"))
        same = data["entities"] == ents  # not compared in the assert: a held-out span is text
        assert same, f"{doc}: the committed entities differ from the build"
        assert data["annotator"] == builder.annotator(doc), doc


def test_every_batch1_document_and_every_annotated_batch2_document_has_entity_gold():
    # batch 1 is complete; batch 2 is annotated document by document, so only the documents
    # with a reading list in batch2_lists.py must have (and may have) a batch-2 entity file
    builder = _batch_builder("2")
    written = {p.stem for p in _checker().files()}
    rows = _split_rows()
    batch1 = {Path(r["file"]).stem for r in rows if r["batch"] == "1"}
    batch2 = {Path(r["file"]).stem for r in rows if r["batch"] == "2"}
    listed = set(builder.lists.LISTS)
    assert batch1 <= written
    assert listed <= batch2
    assert written & batch2 == listed


def test_batch2_entity_files_are_what_their_reading_lists_and_pass2_edits_build():
    builder = _batch_builder("2")
    _assert_built(builder, builder.lists.LISTS)


def test_pass2_edit_counts_tell_additions_removals_respans_and_retypes_apart():
    # the Second-pass table in README-batch2.md is made from these counts
    kinds = _tool().kinds
    e = lambda s, t, typ: {"start": s, "end": t, "type": typ, "text": "x" * (t - s)}  # noqa: E731
    before = [e(0, 2, "LOC"), e(5, 8, "ORG"), e(10, 12, "DATE"), e(20, 22, "PER")]
    after = [e(0, 2, "ORG"), e(5, 7, "ORG"), e(10, 12, "DATE"), e(30, 33, "QUANT")]
    assert kinds(before, after) == {"added": 1, "removed": 1, "re-spanned": 1, "retyped": 1}
    assert kinds(before, before) == {"added": 0, "removed": 0, "re-spanned": 0, "retyped": 0}


@pytest.mark.parametrize(
    "batch",
    [str(n) for n in range(3, 64)],
)
def test_batch_entity_files_are_exactly_what_the_reading_lists_build(batch):
    # batches 3 to 63 are annotated document by document (batch 4: held-out by two passes, dev by two
    # annotators on separate branches; batch 5: held-out by two passes, dev lists beside them): only
    # documents with a reading list have a file, each its list plus the checking reader's edits
    builder = _batch_builder(batch)
    rows = _split_rows()
    docs = {Path(r["file"]).stem for r in rows if r["batch"] == batch}
    written = {p.stem for p in _checker().files()}
    listed = set(builder.lists.LISTS)  # batch 4: held-out and dev lists together
    assert listed
    assert listed <= docs
    assert written & docs == listed
    _assert_built(builder, listed)


def test_batch5_builder_keeps_held_out_and_dev_lists_in_their_groups():
    # batch 5's dev lists (pass 1, branch issue-e5d1-s7) are built as a second group beside the held-out
    # lists: a document in the wrong group would carry the wrong annotator and the other group's pass-2 edits
    builder = _batch_builder("5")
    split = {Path(r["file"]).stem: r["split"] for r in _split_rows() if r["batch"] == "5"}
    held_out, dev = builder.groups
    assert set(held_out.lists.LISTS) == {d for d, s in split.items() if s == "heldout"}
    assert set(dev.lists.LISTS) <= {d for d, s in split.items() if s == "dev"}
    assert set(held_out.pass2.READ) <= set(held_out.lists.LISTS)
    assert set(dev.pass2.READ) <= set(dev.lists.LISTS)
    for doc in dev.lists.LISTS:
        assert builder.annotator(doc).startswith("batch 5 dev, pass 1 (branch issue-e5d1-s7)"), doc
    # the held-out files keep pass 1 + pass 2, as before the dev group was added
    for doc in held_out.lists.LISTS:
        assert builder.annotator(doc) == "batch 5, pass 1 (branch issue-c5-s7) + pass 2", doc
    with pytest.raises(AssertionError):
        _tool().BatchBuild("5", (held_out, held_out))  # one document in two groups is refused


def test_batch6_lists_cover_all_twelve_documents_and_name_their_pass():
    # batch 6 is annotated by pass 1 (branch issue-e6p1-s8) for all 12 documents, held-out and dev in one
    # group; a second pass's module (pass2_batch6.py) may only name documents pass 1 listed, and a file
    # says "+ pass 2" exactly when that pass has read it
    builder = _batch_builder("6")
    docs = {Path(r["file"]).stem for r in _split_rows() if r["batch"] == "6"}
    assert len(docs) == 12
    assert set(builder.lists.LISTS) == docs
    assert set(builder.READ) <= docs
    for doc in docs:
        expected = "batch 6, pass 1 (branch issue-e6p1-s8)"
        if doc in builder.READ:
            expected += " + pass 2"
        assert builder.annotator(doc) == expected, doc


@pytest.mark.parametrize(
    ("batch", "branch"),
    [
        ("7", "issue-e7p1-s9"),
        ("8", "issue-e8p1-s10"),
        ("9", "issue-e9p1-s11"),
        ("10", "issue-e10p1-s12"),
        ("11", "issue-e11p1-s13"),
        ("12", "issue-e12p1-s14"),
        ("13", "issue-e13p1-s14"),
        ("14", "issue-e14p1-s15"),
        ("15", "issue-e15p1-s15"),
        ("16", "issue-e16p1-s16"),
        ("17", "issue-e17p1-s17"),
        ("18", "issue-e18p1-s18"),
        ("19", "issue-e19p1-s18"),
        ("20", "issue-e20p1-s18"),
        ("21", "issue-e21p1-s19"),
        ("22", "issue-e22p1-s19"),
        ("23", "issue-e23p1-s19"),
        ("24", "issue-e24p1-s19"),
        ("25", "issue-e25p1-s19"),
        ("26", "issue-e26p1-s20"),
        ("27", "issue-e27p1-s20"),
        ("28", "issue-e28p1-s20"),
        ("29", "issue-e29p1-s20"),
        ("30", "issue-e30p1-s20"),
        ("31", "issue-e31p1-s20"),
        ("32", "issue-e32p1-s21"),
        ("33", "issue-e33p1-s21"),
        ("34", "issue-e34p1-s21"),
        ("35", "issue-e35p1-s21"),
        ("36", "issue-e36p1-s21"),
        ("37", "issue-e37p1-s21"),
        ("38", "issue-e38p1-s22"),
        ("39", "issue-e39p1-s22"),
        ("40", "issue-e40p1-s22"),
        ("41", "issue-e41p1-s22"),
        ("42", "issue-e42p1-s22"),
        ("43", "issue-e43p1-s22"),
        ("44", "issue-e44p1-s23"),
        ("45", "issue-e45p1-s23"),
        ("46", "issue-e46p1-s23"),
        ("47", "issue-e47p1-s23"),
        ("48", "issue-e48p1-s23"),
        ("49", "issue-e49p1-s24"),
        ("50", "issue-e50p1-s24"),
        ("51", "issue-e51p1-s24"),
        ("52", "issue-e52p1-s24"),
        ("53", "issue-e53p1-s25"),
        ("54", "issue-e54p1-s25"),
        ("55", "issue-e55p1-s25"),
        ("56", "issue-e56p1-s25"),
        ("57", "issue-e57p1-s26"),
        ("58", "issue-e58p1-s26"),
        ("59", "issue-e59p1-s26"),
        ("60", "issue-e60p1-s27"),
        ("61", "issue-e61p1-s27"),
        ("62", "issue-e62p1-s28"),
        ("63", "issue-e63p1-s28"),
    ],
)
def test_batch_lists_cover_all_twelve_documents_held_out_first_and_name_their_pass(batch, branch):
    # batches 7 to 63 are each annotated by pass 1 (branch named) for all their documents in one
    # group (12 with 4 held-out; batch 44: 8 with 2; batch 47: 9 with 3; batches 49, 51, 52, 56 and 57: 11
    # with 3; batch 55: 8 with 2; batch 59: 6 with 2; batches 60 and 62: 9 with 3; batches 61 and 63: 10 with 3),
    # the held-out ones first; a second pass's module (pass2_batchN.py) may only name documents
    # pass 1 listed, and a file says "+ pass 2" exactly when that pass has read it
    builder = _batch_builder(batch)
    rows = [r for r in _split_rows() if r["batch"] == batch]
    docs = {Path(r["file"]).stem for r in rows}
    held_out = [Path(r["file"]).stem for r in rows if r["split"] == "heldout"]
    assert (len(docs), len(held_out)) == {
        "44": (8, 2),
        "47": (9, 3),
        "49": (11, 3),
        "51": (11, 3),
        "52": (11, 3),
        "55": (8, 2),
        "56": (11, 3),
        "57": (11, 3),
        "59": (6, 2),
        "60": (9, 3),
        "61": (10, 3),
        "62": (9, 3),
        "63": (10, 3),
    }.get(batch, (12, 4))
    listed = list(builder.lists.LISTS)
    assert set(listed) == docs
    assert set(listed[: len(held_out)]) == set(held_out)
    assert set(builder.READ) <= docs
    for doc in docs:
        expected = f"batch {batch}, pass 1 (branch {branch})"
        if doc in builder.READ:
            expected += " + pass 2"
        group = builder.group_of(doc)
        if group.later is not None and doc in group.later.READ:
            # (a reader change's new lines, read after both passes: carry_o36.py)
            expected += group.later_who
        assert builder.annotator(doc) == expected, doc


def test_batch4_builder_names_every_document_without_a_list_and_keeps_each_list_in_its_group():
    # the dev lists of annotators A and B live on separate branches until merged: the builder must
    # say which batch-4 documents have no list rather than pass over them in silence
    builder = _batch_builder("4")
    split = builder.documents()
    assert len(split) == 12 and sorted(split.values()).count("heldout") == 4
    listed = set(builder.lists.LISTS)
    assert {d for d, s in split.items() if s == "heldout"} <= listed
    lines = builder.coverage()
    for doc in split:
        missing = doc not in listed
        assert any(line.startswith("NO LIST " + doc + " ") for line in lines) == missing, doc
    # every document belongs to exactly one group, and the held-out files keep their pass-2 annotator
    for doc in listed:
        assert sum(doc in g.docs for g in builder.groups) == 1, doc
    for doc in (d for d, s in split.items() if s == "heldout"):
        assert builder.annotator(doc).endswith("+ pass 2 (branch issue-e4b-s6)"), doc


def test_batch4_review_modules_only_read_documents_of_the_list_they_review():
    # a review names the documents it has read; naming a held-out document or the reviewer's own would
    # silently relabel files the review never covered
    builder = _batch_builder("4")
    split = builder.documents()
    dev = {d for d, s in split.items() if s == "dev"}
    held_out, dev_a, dev_b = builder.groups
    assert held_out.edits is not None and set(held_out.edits.READ) <= set(split) - dev
    for group, other in ((dev_a, dev_b), (dev_b, dev_a)):
        if group.edits is not None:
            assert set(group.edits.READ) <= dev - other.docs, group.edits_name


def _run(*args):
    return subprocess.run(
        [sys.executable, str(ENTITIES / "build_batch.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


@pytest.mark.parametrize(
    "batch",
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16"],
)
def test_the_one_builder_rebuilds_every_batch_as_committed(batch):
    # `build_batch.py --batch N --check` builds every reading list of the batch in memory and compares it
    # with the committed file: exit 0 and one OK line per listed document, none ERR
    assert batch in _tool().GROUPS
    done = _run("--batch", batch, "--check")
    assert done.returncode == 0, done.stdout[-2000:]
    verdicts = [
        line.rsplit(" ", 1) for line in done.stdout.splitlines() if line.endswith((" OK", " ERR"))
    ]
    assert sorted(doc for doc, _ in verdicts) == sorted(_batch_builder(batch).lists.LISTS)
    assert {v for _, v in verdicts} == {"OK"}
