"""A document's notes loaded in steps (``document_notes_steps``) for a window that runs one
per event-loop turn: the same notes, anchors and writes as the one-call load."""

from __future__ import annotations

import random

from gui.core.notes import NoteStore, load_document_notes, new_passage_note
from gui.core.notes.document_notes import document_notes_steps
from gui.core.reading import document_from_text


def _stores(tmp_path, doc, count: int):
    """Two stores holding the same ``count`` notes on ``doc``."""
    rng = random.Random(7)
    notes = []
    for _ in range(count):
        start = rng.randrange(0, len(doc.text) - 20)
        notes.append(new_passage_note(doc, start, start + rng.randint(2, 12)))
    stores = (NoteStore(tmp_path / "a.db"), NoteStore(tmp_path / "b.db"))
    for store in stores:
        store.add_many(notes)
    return stores


def _run(steps):
    """Run ``steps`` to the end as the window would, a step a turn: ``(turns, its value)``."""
    turns = 0
    while True:
        try:
            next(steps)
            turns += 1
        except StopIteration as done:
            return turns, done.value


def test_steps_give_what_one_call_gives(tmp_path):
    text = "\n".join(f"第{i}段：兰州高新区推进创新平台建设，完善产业体系。" for i in range(400))
    edited = document_from_text(text)
    one, stepped = _stores(tmp_path, edited, 90)
    expected = load_document_notes(one, edited)
    steps = document_notes_steps(stepped, edited, per_step=20)
    turns, got = _run(steps)
    # The query, every 20 rows made notes, the read done, then every 20 notes re-anchored.
    assert turns == 1 + 90 // 20 + 1 + 90 // 20
    assert [(r.note.id, r.note.start, r.note.end, r.status) for r in got] == [
        (r.note.id, r.note.start, r.note.end, r.status) for r in expected
    ]
    assert len(got) == 90
    fp = edited.fingerprint
    saved = sorted((n.id, n.start) for n in stepped.notes_for(fp))
    assert saved == sorted((n.id, n.start) for n in one.notes_for(fp))


def test_the_stepped_read_gives_the_stores_notes_in_its_order(tmp_path):
    from gui.core.notes.document_notes import notes_for_steps

    text = "\n".join(f"第{i}段：兰州高新区推进创新平台建设。" for i in range(300))
    doc = document_from_text(text)
    store, _ = _stores(tmp_path, doc, 70)
    steps = notes_for_steps(store, doc.fingerprint, per_step=25)
    turns, got = _run(steps)
    assert turns == 1 + 70 // 25  # the query, then every 25 rows
    assert got == store.notes_for(doc.fingerprint)
