"""The notes of the open document as a tree: one group per section in reading order, the
notes of that section under it, then the "Orphans" group (notes whose passage was not found).

A thin adapter: the notes, their sections and their quotes are computed in core; the model
only filters (:func:`gui.core.notes.note_matches`) and groups. Quotes and headings are shown
in the current script through callables, so the model never converts text itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QFont

from gui.core.document import Document
from gui.core.notes import Note, NoteKind, note_matches, reading_order_key, section_of_note
from gui.models.grouped import GroupedItemModel
from gui.models.turns import TurnGate

#: The :class:`Note` of a note row (``None`` on group rows).
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
#: ``(start, end)`` in text coordinates of a placed note (``None`` for orphans and groups).
SPAN_ROLE = Qt.ItemDataRole.UserRole + 2
#: The note's colour name (``"yellow"`` …).
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 3
#: Group key: section index, :data:`OUTSIDE` or :data:`ORPHANS` (on group rows).
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4

OUTSIDE = -1
ORPHANS = -2
#: Rows announced as changed per event-loop turn after a refresh (see NotesModel.refresh).
NOTIFY_ROWS = 40
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(eq=False)
class _Group:
    key: int
    row: int
    notes: list[_Item] = field(default_factory=list)


@dataclass(eq=False)
class _Item:
    note: Note
    group: _Group
    row: int


class NotesModel(GroupedItemModel):
    """Groups (sections, then orphans) of notes; one column.

    ``set_notes`` and ``set_filter`` reset the model (a few thousand rows at most)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._doc: Document | None = None
        self._notes: list[Note] = []
        self._groups: list[_Group] = []
        self._heading: Callable[[int], str] = lambda i: ""
        self._quote: Callable[[Note], str] = lambda n: n.anchor.exact
        self._colour: Callable[[str], QColor] = QColor
        self._filter: tuple[str, tuple[str, ...], tuple[str, ...]] = ("", (), ())
        # Rows views have yet to hear of after a refresh: (group or None for the groups'
        # own rows, first row, last row).
        self._pending: list[tuple[_Group | None, int, int]] = []
        self._notify_timer = QTimer(self, singleShot=True, interval=0)
        self._notify_timer.timeout.connect(self._announce_pending)
        #: Shares the event loop's passes with the reader's own slices (see share_turns).
        self._turns: TurnGate | None = None

    def share_turns(self, turns: TurnGate | None) -> None:
        """Announce a slice only in a pass ``turns`` gives to the notes list: after a
        switch the reader replaces its blocks a slice per pass too, and a slice of each in
        one pass was one long freeze."""
        self._turns = turns

    # -- content ------------------------------------------------------------------------

    def set_notes(
        self,
        document: Document | None,
        notes: Iterable[Note],
        heading: Callable[[int], str] | None = None,
        quote: Callable[[Note], str] | None = None,
    ) -> None:
        """Show ``notes`` of ``document``; ``heading(section_index)`` and ``quote(note)``
        give the text to display in the current script."""
        self._doc = document
        self._notes = sorted(notes, key=reading_order_key)
        if heading is not None:
            self._heading = heading
        if quote is not None:
            self._quote = quote
        self._rebuild()

    def set_swatch_colours(self, colour: Callable[[str], QColor]) -> None:
        """``colour(name)`` gives the swatch colour for the current theme."""
        self._colour = colour
        self.refresh()

    def set_filter(self, text: str = "", tags: Iterable[str] = (), colours: Iterable[str] = ()):
        """Show only notes matching (see :func:`gui.core.notes.note_matches`)."""
        self._filter = (text.strip(), tuple(tags), tuple(colours))
        self._rebuild()

    def refresh(self) -> None:
        """Script or theme changed: repaint every row.

        Views hear of it in slices of :data:`NOTIFY_ROWS` rows, one slice per event-loop
        turn: a tree view with rows of differing heights measures every changed row again,
        which asks for its text, and so converts its quote to the new script — about
        0.1–0.3 ms a row, a quarter of a second for a thousand notes at once. Rows on
        screen show the new text at the next paint anyway (painting asks ``data()``). The
        first slice goes on the next turn too, not in the caller's."""
        # A group's own row one by one: a range of group rows would cover the (expanded)
        # notes between them too, and the view measures every row in between.
        self._pending = []
        for group in self._groups:
            self._pending.append((None, group.row, group.row))
            if group.notes:
                self._pending.append((group, 0, len(group.notes) - 1))
        # Not even the first slice in the caller's turn: a switch's turn already replaces
        # and repaints the reader's visible text (~40 rows here were 15-25 ms more of it).
        self._notify_timer.start()

    def cancel_refresh(self) -> None:
        """Drop the rows not yet announced (a newer refresh is coming)."""
        self._pending = []
        self._notify_timer.stop()

    def _announce_pending(self) -> None:
        if not self._pending:
            return
        turns = self._turns
        if turns is not None and not turns.may_run("notes"):
            self._notify_timer.start()  # the next pass
            return
        budget = NOTIFY_ROWS
        while self._pending and budget > 0:
            group, first, last = self._pending[0]
            end = min(last, first + budget - 1)
            rows = self._groups if group is None else group.notes
            self.dataChanged.emit(
                self.createIndex(first, 0, rows[first]), self.createIndex(end, 0, rows[end])
            )
            budget -= end - first + 1
            if end == last:
                self._pending.pop(0)
            else:
                self._pending[0] = (group, end + 1, last)
        if turns is not None:
            turns.ran("notes")
        if self._pending:
            self._notify_timer.start()

    def notes(self) -> list[Note]:
        """Every note (filtered or not), in reading order."""
        return list(self._notes)

    def visible_notes(self) -> list[Note]:
        return [item.note for group in self._groups for item in group.notes]

    def all_tags(self) -> list[str]:
        return sorted({tag for note in self._notes for tag in note.tags})

    def index_for_note(self, note_id: str) -> QModelIndex:
        for group in self._groups:
            for item in group.notes:
                if item.note.id == note_id:
                    return self.createIndex(item.row, 0, item)
        return QModelIndex()

    def index_for_group(self, key: int) -> QModelIndex:
        for group in self._groups:
            if group.key == key:
                return self.createIndex(group.row, 0, group)
        return QModelIndex()

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._pending = []  # a reset repaints everything; these rows are gone
        self._notify_timer.stop()
        text, tags, colours = self._filter
        doc = self._doc
        index_of = {s: i for i, s in enumerate(doc.sections)} if doc else {}
        groups: dict[int, _Group] = {}
        order: list[int] = []
        for note in self._notes:
            if not note_matches(note, text, tags, colours):
                continue
            if note.orphaned or doc is None:
                key = ORPHANS
            else:
                section = section_of_note(doc, note)
                key = index_of.get(section, OUTSIDE) if section is not None else OUTSIDE
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group(key, 0)
                order.append(key)
            group.notes.append(_Item(note, group, len(group.notes)))
        # Notes come in reading order, so groups do too; orphans always last.
        order = [k for k in order if k != ORPHANS] + [k for k in order if k == ORPHANS]
        self._groups = [groups[k] for k in order]
        for row, group in enumerate(self._groups):
            group.row = row
        self.endResetModel()

    # -- QAbstractItemModel -------------------------------------------------------------

    def _top_nodes(self) -> list:
        return self._groups

    def _child_nodes(self, node) -> list | None:
        return node.notes if isinstance(node, _Group) else None

    def _parent_node(self, node):
        return node.group if isinstance(node, _Item) else None

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Notes")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = index.internalPointer()
        if isinstance(node, _Group):
            return self._group_data(node, role)
        return self._note_data(node.note, role)

    def _group_title(self, group: _Group) -> str:
        if group.key == ORPHANS:
            return self.tr("Orphans (passage not found)")
        if group.key == OUTSIDE:
            return self.tr("Outside the sections")
        return self._heading(group.key) or self.tr("(untitled section)")

    def _group_data(self, group: _Group, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._group_title(group)}  ({len(group.notes)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            if group.key == ORPHANS:
                return self.tr(
                    "Notes whose passage was not found in this version of the document. "
                    "Select a passage in the reader and choose Re-attach to selection."
                )
            return self._group_title(group)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == GROUP_ROLE:
            return group.key
        return None

    def _note_data(self, note: Note, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(note)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [self._quote(note)]
            if note.body.strip():
                parts.append(note.body)
            if note.tags:
                parts.append(" ".join(f"#{t}" for t in note.tags))
            return "\n\n".join(parts)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._colour(note.colour)
        if role == NOTE_ROLE:
            return note
        if role == SPAN_ROLE:
            return None if note.orphaned else (note.start, note.end)
        if role == COLOUR_ROLE:
            return note.colour
        return None

    def _display(self, note: Note) -> str:
        quote = " ".join(self._quote(note).split())
        if len(quote) > 60:
            quote = quote[:59] + "…"
        if note.kind == NoteKind.SECTION.value:
            first = self.tr("Section: %1").replace("%1", quote)
        else:
            first = f"「{quote}」"
        second = " ".join(note.body.split())
        if len(second) > 80:
            second = second[:79] + "…"
        tags = " ".join(f"#{t}" for t in note.tags)
        second = "  ".join(p for p in (second, tags) if p)
        return f"{first}\n{second}" if second else first
