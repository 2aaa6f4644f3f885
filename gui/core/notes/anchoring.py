"""Put notes back on a document whose text may have changed.

The order follows the W3C Web Annotation robust-anchoring practice:

1. **position** — the stored range still holds the quote (with its context): nothing moved;
2. **exact** — the quote occurs elsewhere: take the occurrence whose prefix/suffix agree best,
   nearest the old position on a tie;
3. **fuzzy** — the quote was edited: bounded edit distance (≤ 25 % of its length), scored the
   same way (see :mod:`gui.core.notes.fuzzy`);
4. **simplified** — the text is now in another script (a Simplified copy of a Traditional
   report, or the reverse): search the Simplified quote in the Simplified pivot of the text;
5. **orphan** — nothing fits: the note is kept, flagged ``orphaned``, with its old anchor, for
   the user to re-attach. Notes are never dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property

from gui.core.document import Document
from gui.core.notes.fuzzy import fuzzy_find
from gui.core.notes.model import Note, NoteAnchor, make_anchor, now_iso, quote_context
from gui.core.offsets import OffsetMap
from gui.core.script import ScriptView, convert_fragment, to_pivot

#: Occurrences of a quote considered; a quote that occurs more often than this is a word,
#: not a passage, and the nearest occurrences are the ones that matter.
MAX_OCCURRENCES = 2000
#: A perfect agreement of prefix and suffix is worth 64 points; being at the old position is
#: worth this much (so context beats proximity, proximity breaks ties).
PROXIMITY_WEIGHT = 8.0


class AnchorStatus(StrEnum):
    POSITION = "position"
    EXACT = "exact"
    FUZZY = "fuzzy"
    SIMPLIFIED = "simplified"
    ORPHAN = "orphan"


@dataclass(frozen=True)
class AnchorResult:
    """A note after re-anchoring; ``changed`` says whether it differs from the stored one (so
    only those need saving)."""

    note: Note
    status: AnchorStatus
    changed: bool


class AnchorTarget:
    """The text notes are anchored on, with what is worth computing once for many notes
    (section lookup, the Simplified pivot, built only if some note needs it)."""

    def __init__(self, target: Document | str):
        self.document = target if isinstance(target, Document) else None
        self.text = target.text if isinstance(target, Document) else target
        self._pivot: tuple[str, OffsetMap] | None = None
        sections = self.document.sections if self.document else ()
        self._sections = sections
        self._starts = [s.start for s in sections]

    @cached_property
    def looks_simplified(self) -> bool:
        """Whether the text is (mostly) in Simplified already, judged from samples: then its
        pivot adds nothing and is not worth building (about 2 s per million characters)."""
        text = self.text
        size = 2000
        samples = [text[i : i + size] for i in range(0, len(text), max(size, len(text) // 4))]
        sample = "".join(samples[:4])
        if not sample:
            return True
        converted = convert_fragment(sample, "hans")
        changed = sum(a != b for a, b in zip(sample, converted, strict=False))
        return changed + abs(len(sample) - len(converted)) <= len(sample) // 100

    @property
    def pivot(self) -> tuple[str, OffsetMap]:
        if self._pivot is None:
            self._pivot = to_pivot(self.text)
        return self._pivot

    def section_path(self, pos: int) -> tuple[str, ...] | None:
        """Headings containing ``pos`` (as ``Document.section_path``), or ``None`` without a
        document. Walks back from the nearest section start: only ancestors can contain it."""
        if self.document is None:
            return None
        path = []
        level = None
        for i in range(bisect_right(self._starts, pos) - 1, -1, -1):
            section = self._sections[i]
            if section.end > pos and (level is None or section.level < level):
                path.append(section.heading or "")
                level = section.level
                if level <= 1:
                    break
        return tuple(reversed(path))


def _agreement(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """Characters of ``prefix`` before ``start`` and of ``suffix`` after ``end`` that agree,
    counted outward from the quote."""
    score = 0
    for a, b in zip(
        reversed(prefix), reversed(text[max(0, start - len(prefix)) : start]), strict=False
    ):
        if a != b:
            break
        score += 1
    for a, b in zip(suffix, text[end : end + len(suffix)], strict=False):
        if a != b:
            break
        score += 1
    return score


def _proximity(pos: int, old: int, length: int) -> float:
    return PROXIMITY_WEIGHT * (1.0 - min(1.0, abs(pos - old) / max(length, 1)))


def _find_exact(
    text: str, exact: str, prefix: str, suffix: str, old: int
) -> tuple[int, int] | None:
    best: tuple[float, int] | None = None
    at = text.find(exact)
    seen = 0
    while at != -1 and seen < MAX_OCCURRENCES:
        score = _agreement(text, at, at + len(exact), prefix, suffix) + _proximity(
            at, old, len(text)
        )
        if best is None or score > best[0]:
            best = (score, at)
        seen += 1
        at = text.find(exact, at + 1)
    return (best[1], best[1] + len(exact)) if best else None


def _find_fuzzy(
    text: str, exact: str, prefix: str, suffix: str, old: int
) -> tuple[int, int] | None:
    best: tuple[float, int, int] | None = None
    for match in fuzzy_find(text, exact, hint=old):
        score = (
            _agreement(text, match.start, match.end, prefix, suffix)
            + _proximity(match.start, old, len(text))
            - 2.0 * match.distance
        )
        if best is None or score > best[0]:
            best = (score, match.start, match.end)
    return (best[1], best[2]) if best else None


def locate(note: Note, target: AnchorTarget) -> tuple[int, int, AnchorStatus] | None:
    """Where ``note`` belongs in ``target`` and how it was found, or ``None`` (an orphan)."""
    a = note.anchor
    text = target.text
    if not a.exact:
        return None
    if text[a.start : a.end] == a.exact:
        if quote_context(text, a.start, a.end) == (a.prefix, a.suffix):
            return a.start, a.end, AnchorStatus.POSITION
    found = _find_exact(text, a.exact, a.prefix, a.suffix, a.start)
    if found:
        status = AnchorStatus.POSITION if found == (a.start, a.end) else AnchorStatus.EXACT
        return (*found, status)
    found = _find_fuzzy(text, a.exact, a.prefix, a.suffix, a.start)
    if found:
        # Simplified and Traditional share most characters, so a copy of the report in the
        # other script often matches fuzzily; if it is the same passage, say so.
        if a.exact_hans and convert_fragment(text[found[0] : found[1]], "hans") == a.exact_hans:
            return (*found, AnchorStatus.SIMPLIFIED)
        return (*found, AnchorStatus.FUZZY)
    # Only a text in the other script than the quote can hold it in a way the stages above
    # missed; the same script would give the same answer again, slowly.
    if a.exact_hans and (a.exact == a.exact_hans) != target.looks_simplified:
        pivot, pivot_map = target.pivot
        hint = pivot_map.to_b(a.start)
        found = _find_exact(pivot, a.exact_hans, a.prefix_hans, a.suffix_hans, hint)
        found = found or _find_fuzzy(pivot, a.exact_hans, a.prefix_hans, a.suffix_hans, hint)
        if found:
            start, end = pivot_map.span_to_a(*found)
            if end > start:
                return start, end, AnchorStatus.SIMPLIFIED
    return None


def reanchor(note: Note, target: AnchorTarget | Document | str) -> AnchorResult:
    """Place one note on ``target`` (a document, its text, or a shared :class:`AnchorTarget`).

    A placed note gets a fresh anchor quoting the current text, the document's fingerprint
    and section path (when a document is given) and ``orphaned=False``; an unplaceable note
    keeps its anchor and gets ``orphaned=True``."""
    if not isinstance(target, AnchorTarget):
        target = AnchorTarget(target)
    where = locate(note, target)
    if where is None:
        updated = note if note.orphaned else replace(note, orphaned=True)
        return AnchorResult(updated, AnchorStatus.ORPHAN, updated != note)
    start, end, status = where
    anchor = note.anchor
    if status is not AnchorStatus.POSITION or _context_changed(target.text, anchor):
        anchor = _requote(target.text, start, end, anchor)
    changes: dict = {"anchor": anchor, "orphaned": False}
    path = target.section_path(start)
    if path is not None:
        changes["section_path"] = path
    if target.document is not None:
        changes["fingerprint"] = target.document.fingerprint
    updated = replace(note, **changes)
    return AnchorResult(updated, status, updated != note)


def _requote(text: str, start: int, end: int, old: NoteAnchor) -> NoteAnchor:
    """A fresh anchor for ``text[start:end]``, reusing the old Simplified strings where the
    original ones did not change (converting is the costly part when many notes moved)."""
    exact = text[start:end]
    prefix, suffix = quote_context(text, start, end)
    if (exact, prefix, suffix) == (old.exact, old.prefix, old.suffix):
        return replace(old, start=start, end=end)
    if exact != old.exact:
        return make_anchor(text, start, end)
    return NoteAnchor(
        start=start,
        end=end,
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        exact_hans=old.exact_hans,
        prefix_hans=old.prefix_hans if prefix == old.prefix else convert_fragment(prefix, "hans"),
        suffix_hans=old.suffix_hans if suffix == old.suffix else convert_fragment(suffix, "hans"),
    )


def _context_changed(text: str, anchor: NoteAnchor) -> bool:
    return quote_context(text, anchor.start, anchor.end) != (anchor.prefix, anchor.suffix)


def reanchor_all(notes: Iterable[Note], target: Document | str) -> list[AnchorResult]:
    """Re-anchor many notes on one document; the results keep the input order."""
    shared = AnchorTarget(target)
    return [reanchor(note, shared) for note in notes]


def reattach(note: Note, start: int, end: int, text: Document | str) -> Note:
    """Attach ``note`` (typically an orphan) to ``text[start:end]`` chosen by the user."""
    target = AnchorTarget(text)
    changes: dict = {"anchor": make_anchor(target.text, start, end), "orphaned": False}
    path = target.section_path(start)
    if path is not None:
        changes["section_path"] = path
    if target.document is not None:
        changes["fingerprint"] = target.document.fingerprint
    return replace(note, modified=now_iso(), **changes)


def view_span(note: Note, view: ScriptView) -> tuple[int, int]:
    """The note's range in a script view (code points; the GUI converts to UTF-16)."""
    return view.to_view(note.start, note.end)
