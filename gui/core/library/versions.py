"""Versions: a revised copy of a report is linked to its earlier text, and inherits its notes.

A link joins two texts (fingerprints), never two files: an edited file keeps its path but not
its text. Links are made three ways: the same path indexed again with another text
(``same-path``), a new file whose text nearly equals an indexed one (``similar``, from the
sketches in :mod:`gui.core.library.indexing`), or the user (``user``). The notes of earlier
versions are offered to the newer one re-anchored by their quotes
(:mod:`gui.core.notes.anchoring`); those that no version can place are listed, and stay on
their own version: nothing is lost.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, replace

from gui.core.document import Document
from gui.core.library.store import Library, LibraryError
from gui.core.notes.anchoring import AnchorResult, AnchorStatus, AnchorTarget, reanchor
from gui.core.notes.importing import copied_note_id, note_identity
from gui.core.notes.model import Note
from gui.core.notes.schema import stamp
from gui.core.notes.store import NoteStore


@dataclass(frozen=True)
class OfferedNotes:
    """Notes of earlier versions for a document: ``placed`` (copies re-anchored on it, with
    their own ids) and ``unplaced`` (the originals, which no version can place)."""

    placed: tuple[AnchorResult, ...]
    unplaced: tuple[Note, ...]


def link_versions(library: Library, newer: str, older: str) -> None:
    """The user's link: the report at path ``newer`` revises the one at ``older`` (both
    indexed). Raises :class:`LibraryError` otherwise."""
    fingerprints = []
    for path in (newer, older):
        report = library.report(path)
        if report is None or report.fingerprint is None:
            raise LibraryError(f"{path} is not an indexed report of the library")
        fingerprints.append(report.fingerprint)
    if fingerprints[0] == fingerprints[1]:
        raise LibraryError("the two files hold the same text")
    now = stamp()
    library._write(
        lambda c: c.execute(
            "INSERT OR REPLACE INTO versions VALUES (?, ?, 'user', ?)", (*fingerprints, now)
        )
    )


def earlier_versions(library: Library, fingerprint: str) -> list[tuple[str, str]]:
    """Texts ``fingerprint`` revises, directly or through others, nearest first, with how
    each link was made: ``[(fingerprint, how), ...]``."""
    seen = {fingerprint}
    out = []
    queue = deque([fingerprint])
    while queue:
        current = queue.popleft()
        rows = library.query(
            "SELECT older, how FROM versions WHERE newer = ? ORDER BY linked DESC", (current,)
        )
        for older, how in rows:
            if older not in seen:
                seen.add(older)
                out.append((older, how))
                queue.append(older)
    return out


def later_versions(library: Library, fingerprint: str) -> list[str]:
    """Texts that revise ``fingerprint`` directly ("a newer version exists")."""
    return [
        r[0] for r in library.query("SELECT newer FROM versions WHERE older = ?", (fingerprint,))
    ]


def offer_notes(library: Library, store: NoteStore, document: Document) -> OfferedNotes:
    """The notes of ``document``'s earlier versions that it does not hold yet, re-anchored
    on its text. The nearest version that places a note wins; a note copied before (by an
    earlier offer or an import) is not offered again."""
    target = AnchorTarget(document)
    have = {n.id for n in store.notes_for(document.fingerprint)}
    placed: dict[str, AnchorResult] = {}
    unplaced: dict[str, Note] = {}
    for older, _how in earlier_versions(library, document.fingerprint):
        for note in store.notes_for(older):
            copy_id = copied_note_id(note.id, document.fingerprint)
            if note.id in have or copy_id in have or note.id in placed:
                continue
            result = reanchor(note, target)
            if result.status is AnchorStatus.ORPHAN:
                unplaced.setdefault(note.id, note)
                continue
            unplaced.pop(note.id, None)
            copy = replace(result.note, id=copy_id, fingerprint=document.fingerprint)
            placed[note.id] = AnchorResult(copy, result.status, True)
    return OfferedNotes(tuple(placed.values()), tuple(unplaced.values()))


def adopt_notes(store: NoteStore, offered: OfferedNotes) -> int:
    """Save the placed notes of an offer (one transaction); return how many were added."""
    notes = [r.note for r in offered.placed]
    return len(store.add_missing(notes, note_identity)) if notes else 0
