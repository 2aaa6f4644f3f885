"""The real-document entity gold (tests/data/real/entities) is well formed.

Each entity file's text equals its gold file's text, every span's text is
text[start:end], types are the guideline's seven, entities are sorted and
do not overlap. Rules: /work/shared/gold/GUIDELINE.md (second edition);
checker: tests/data/real/entities/check_entities.py.
"""

import importlib.util
import json
from pathlib import Path

import pytest

ENTITIES = Path(__file__).resolve().parents[1] / "data" / "real" / "entities"


def _checker():
    spec = importlib.util.spec_from_file_location("check_entities", ENTITIES / "check_entities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def _batch2_builder():
    spec = importlib.util.spec_from_file_location("build_batch2", ENTITIES / "build_batch2.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_batch1_document_and_every_annotated_batch2_document_has_entity_gold():
    # batch 1 is complete; batch 2 is annotated document by document, so only the documents
    # with a reading list in batch2_lists.py must have (and may have) a batch-2 entity file
    builder = _batch2_builder()
    written = {p.stem for p in _checker().files()}
    rows = _split_rows()
    batch1 = {Path(r["file"]).stem for r in rows if r["batch"] == "1"}
    batch2 = {Path(r["file"]).stem for r in rows if r["batch"] == "2"}
    listed = set(builder.batch2_lists.LISTS)
    assert batch1 <= written
    assert listed <= batch2
    assert written & batch2 == listed


def test_batch2_entity_files_are_what_their_reading_lists_and_pass2_edits_build():
    builder = _batch2_builder()
    for doc in sorted(builder.batch2_lists.LISTS):
        text = builder.read_text(doc)
        ents, problems, _ = builder.gold_entities(doc, text)
        assert problems == [], doc
        data = json.loads((ENTITIES / f"{doc}.json").read_text(encoding="utf-8"))
        assert data["entities"] == ents, doc
        assert data["annotator"] == builder.annotator(doc), doc


def test_pass2_edit_counts_tell_additions_removals_respans_and_retypes_apart():
    # the Second-pass table in README-batch2.md is made from these counts
    kinds = _batch2_builder().pass2_batch2.kinds
    e = lambda s, t, typ: {"start": s, "end": t, "type": typ, "text": "x" * (t - s)}  # noqa: E731
    before = [e(0, 2, "LOC"), e(5, 8, "ORG"), e(10, 12, "DATE"), e(20, 22, "PER")]
    after = [e(0, 2, "ORG"), e(5, 7, "ORG"), e(10, 12, "DATE"), e(30, 33, "QUANT")]
    assert kinds(before, after) == {"added": 1, "removed": 1, "re-spanned": 1, "retyped": 1}
    assert kinds(before, before) == {"added": 0, "removed": 0, "re-spanned": 0, "retyped": 0}


def _batch_builder(batch: str):
    name = f"build_batch{batch}"
    spec = importlib.util.spec_from_file_location(name, ENTITIES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("batch", ["3", "4", "5", "6", "7", "9"])
def test_batch_entity_files_are_exactly_what_the_reading_lists_build(batch):
    # batches 3 to 7 and 9 are annotated document by document (batch 4: held-out by two passes, dev by two
    # annotators on separate branches; batch 5: held-out by two passes, dev lists beside them): only
    # documents with a reading list have a file, each its list plus the checking reader's edits
    builder = _batch_builder(batch)
    rows = _split_rows()
    docs = {Path(r["file"]).stem for r in rows if r["batch"] == batch}
    written = {p.stem for p in _checker().files()}
    listed = set(builder.BATCH.lists.LISTS)  # batch 4: held-out and dev lists together
    assert listed
    assert listed <= docs
    assert written & docs == listed
    for doc in sorted(listed):
        text = builder.read_text(doc)
        ents, problems = builder.gold_entities(doc, text)
        assert problems == [], doc
        data = json.loads((ENTITIES / f"{doc}.json").read_text(encoding="utf-8"))
        assert data["entities"] == ents, doc
        assert data["annotator"] == builder.annotator(doc), doc


def test_batch5_builder_keeps_held_out_and_dev_lists_in_their_groups():
    # batch 5's dev lists (pass 1, branch issue-e5d1-s7) are built as a second group beside the held-out
    # lists: a document in the wrong group would carry the wrong annotator and the other group's pass-2 edits
    builder = _batch_builder("5")
    split = {Path(r["file"]).stem: r["split"] for r in _split_rows() if r["batch"] == "5"}
    held_out, dev = builder.GROUPS
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
        builder._Batches((held_out, held_out))  # one document in two groups is refused


def test_batch6_lists_cover_all_twelve_documents_and_name_their_pass():
    # batch 6 is annotated by pass 1 (branch issue-e6p1-s8) for all 12 documents, held-out and dev in one
    # group; a second pass's module (pass2_batch6.py) may only name documents pass 1 listed, and a file
    # says "+ pass 2" exactly when that pass has read it
    builder = _batch_builder("6")
    docs = {Path(r["file"]).stem for r in _split_rows() if r["batch"] == "6"}
    assert len(docs) == 12
    assert set(builder.BATCH.lists.LISTS) == docs
    assert set(builder.BATCH.pass2.READ) <= docs
    for doc in docs:
        expected = "batch 6, pass 1 (branch issue-e6p1-s8)"
        if doc in builder.BATCH.pass2.READ:
            expected += " + pass 2"
        assert builder.annotator(doc) == expected, doc


def test_batch7_lists_cover_all_twelve_documents_held_out_first_and_name_their_pass():
    # batch 7 is annotated by pass 1 (branch issue-e7p1-s9) for all 12 documents in one group, the four
    # held-out ones first; a second pass's module (pass2_batch7.py) may only name documents pass 1 listed,
    # and a file says "+ pass 2" exactly when that pass has read it
    builder = _batch_builder("7")
    rows = [r for r in _split_rows() if r["batch"] == "7"]
    docs = {Path(r["file"]).stem for r in rows}
    held_out = [Path(r["file"]).stem for r in rows if r["split"] == "heldout"]
    assert len(docs) == 12 and len(held_out) == 4
    listed = list(builder.BATCH.lists.LISTS)
    assert set(listed) == docs
    assert set(listed[:4]) == set(held_out)
    assert set(builder.BATCH.pass2.READ) <= docs
    for doc in docs:
        expected = "batch 7, pass 1 (branch issue-e7p1-s9)"
        if doc in builder.BATCH.pass2.READ:
            expected += " + pass 2"
        assert builder.annotator(doc) == expected, doc


def test_batch8_lists_cover_all_twelve_documents_held_out_first_and_name_their_pass():
    # batch 8 is annotated by pass 1 (branch issue-e8p1-s10) for all 12 documents in one group, the four
    # held-out ones first; a second pass's module (pass2_batch8.py) may only name documents pass 1 listed,
    # and a file says "+ pass 2" exactly when that pass has read it
    builder = _batch_builder("8")
    rows = [r for r in _split_rows() if r["batch"] == "8"]
    docs = {Path(r["file"]).stem for r in rows}
    held_out = [Path(r["file"]).stem for r in rows if r["split"] == "heldout"]
    assert len(docs) == 12 and len(held_out) == 4
    listed = list(builder.BATCH.lists.LISTS)
    assert set(listed) == docs
    assert set(listed[:4]) == set(held_out)
    assert set(builder.BATCH.pass2.READ) <= docs
    for doc in docs:
        expected = "batch 8, pass 1 (branch issue-e8p1-s10)"
        if doc in builder.BATCH.pass2.READ:
            expected += " + pass 2"
        assert builder.annotator(doc) == expected, doc


def test_batch9_lists_cover_all_twelve_documents_held_out_first_and_name_their_pass():
    # batch 9 is annotated by pass 1 (branch issue-e9p1-s11) for all 12 documents in one group, the four
    # held-out ones first; a second pass's module (pass2_batch9.py) may only name documents pass 1 listed,
    # and a file says "+ pass 2" exactly when that pass has read it
    builder = _batch_builder("9")
    rows = [r for r in _split_rows() if r["batch"] == "9"]
    docs = {Path(r["file"]).stem for r in rows}
    held_out = [Path(r["file"]).stem for r in rows if r["split"] == "heldout"]
    assert len(docs) == 12 and len(held_out) == 4
    listed = list(builder.BATCH.lists.LISTS)
    assert set(listed) == docs
    assert set(listed[:4]) == set(held_out)
    assert set(builder.BATCH.pass2.READ) <= docs
    for doc in docs:
        expected = "batch 9, pass 1 (branch issue-e9p1-s11)"
        if doc in builder.BATCH.pass2.READ:
            expected += " + pass 2"
        assert builder.annotator(doc) == expected, doc


def test_batch4_builder_names_every_document_without_a_list_and_keeps_each_list_in_its_group():
    # the dev lists of annotators A and B live on separate branches until merged: the builder must
    # say which batch-4 documents have no list rather than pass over them in silence
    builder = _batch_builder("4")
    split = builder.batch4_documents()
    assert len(split) == 12 and sorted(split.values()).count("heldout") == 4
    listed = set(builder.BATCH.lists.LISTS)
    assert {d for d, s in split.items() if s == "heldout"} <= listed
    lines = builder.coverage()
    for doc in split:
        missing = doc not in listed
        assert any(line.startswith("NO LIST " + doc + " ") for line in lines) == missing, doc
    # every document belongs to exactly one group, and the held-out files keep their pass-2 annotator
    for doc in listed:
        assert sum(doc in g.docs for g in builder.GROUPS) == 1, doc
    for doc in (d for d, s in split.items() if s == "heldout"):
        assert builder.annotator(doc).endswith("+ pass 2 (branch issue-e4b-s6)"), doc


def test_batch4_review_modules_only_read_documents_of_the_list_they_review():
    # a review names the documents it has read; naming a held-out document or the reviewer's own would
    # silently relabel files the review never covered
    builder = _batch_builder("4")
    split = builder.batch4_documents()
    dev = {d for d, s in split.items() if s == "dev"}
    held_out, dev_a, dev_b = builder.GROUPS
    assert held_out.edits is not None and set(held_out.edits.READ) <= set(split) - dev
    for group, other in ((dev_a, dev_b), (dev_b, dev_a)):
        if group.edits is not None:
            assert set(group.edits.READ) <= dev - other.docs, group.edits_name
