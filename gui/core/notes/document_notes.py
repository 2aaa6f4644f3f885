"""Loading the notes of a document when it is opened.

A document is found by the fingerprint of its cleaned text. When the file has been edited, its
fingerprint changes; its earlier versions are found through the path they were last seen at,
and their notes are re-anchored onto the new text and move to the new fingerprint — but only
if most of them can be placed: a different report saved under the same name must not take
over another report's notes."""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import replace

from gui.core.document import Document
from gui.core.notes.anchoring import AnchorResult, AnchorStatus, AnchorTarget, reanchor
from gui.core.notes.model import Note, reading_order_key
from gui.core.notes.schema import COLUMNS, row_note
from gui.core.notes.store import NoteStore, NoteStoreError

#: Share of an earlier version's notes that must be placed for the new text to adopt them.
ADOPT_MIN_PLACED = 0.5
#: Notes re-anchored per step of :func:`document_notes_steps` (~0.2 ms each on a long report).
REANCHOR_PER_STEP = 200


def load_document_notes(store: NoteStore, document: Document) -> list[AnchorResult]:
    """The notes of ``document``, re-anchored on its text, in reading order (orphans last).

    Notes whose anchor changed (moved, re-quoted, orphaned, adopted from an earlier version
    of the same file) are saved back in one transaction. If the store can no longer write to
    disk it switches to memory and sets ``store.warning`` (check it after the call); any other
    store failure raises :class:`~gui.core.notes.store.NoteStoreError`."""
    steps = document_notes_steps(store, document)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def document_notes_steps(
    store: NoteStore, document: Document, per_step: int = REANCHOR_PER_STEP
) -> Generator[None, None, list[AnchorResult]]:
    """:func:`load_document_notes` in steps, for a caller that runs one per event-loop turn:
    it yields after reading the store and after every ``per_step`` notes re-anchored; the
    generator's return value is the function's."""
    target = AnchorTarget(document)
    fingerprint = document.fingerprint
    stored = yield from notes_for_steps(store, fingerprint, per_step)
    yield
    results = []
    for n, note in enumerate(stored, 1):
        results.append(reanchor(note, target))
        if n % per_step == 0:
            yield
    if document.path is not None:
        for earlier in store.fingerprints_at_path(document.path):
            if earlier == fingerprint:
                continue
            adopted = [reanchor(note, target) for note in store.notes_for(earlier)]
            placed = sum(r.status is not AnchorStatus.ORPHAN for r in adopted)
            if adopted and placed >= ADOPT_MIN_PLACED * len(adopted):
                results += [_adopt(r, fingerprint) for r in adopted]
    changed = [r.note for r in results if r.changed]
    _keep_going(lambda: store.remember_document(fingerprint, document.path, document.title))
    if changed:
        _keep_going(lambda: store.update_many(changed))
    return sorted(results, key=lambda r: reading_order_key(r.note))


def notes_for_steps(
    store: NoteStore, fingerprint: str, per_step: int = REANCHOR_PER_STEP
) -> Generator[None, None, list[Note]]:
    """``store.notes_for(fingerprint)`` in steps: it yields after the query and after every
    ``per_step`` rows made notes (1,000 notes were one ~25 ms turn, 60-140 ms on a busy
    machine); the generator's return value is ``notes_for``'s."""
    rows = store.read(
        f"SELECT {COLUMNS} FROM notes WHERE fingerprint = ? ORDER BY start", (fingerprint,)
    )
    yield
    notes = []
    for n, row in enumerate(rows, 1):
        notes.append(row_note(row))
        if n % per_step == 0 and n < len(rows):
            yield
    notes.sort(key=reading_order_key)
    return notes


def _adopt(result: AnchorResult, fingerprint: str) -> AnchorResult:
    note = replace(result.note, fingerprint=fingerprint)
    return AnchorResult(note, result.status, True)


def _keep_going(write: Callable[[], object]) -> None:
    """Run a write; a switch to memory (the change was kept there) is not a failure here."""
    try:
        write()
    except NoteStoreError as err:
        if not err.kept_in_memory:
            raise
