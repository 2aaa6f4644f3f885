"""Bookmarks in the window: Add Bookmark (Ctrl+B), the Bookmarks menu and dock, jump,
rename, delete. Adding, renaming and deleting are undoable, on the notes' stack (Edit → Undo):
one undo history for everything the user keeps with a report.

Bookmarks live in the notes database (:mod:`gui.core.notes.bookmarks`), through a store of
their own on the same file (SQLite's WAL lets both connections write), so the feature needs
nothing from the notes feature. A bookmark is kept in text coordinates: it shows at the same
place in every script view, and is re-anchored when the report is opened again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from gui.core.notes import NoteStore, NoteStoreError, default_store_path
from gui.core.notes.bookmarks import (
    Bookmark,
    delete_bookmark,
    load_bookmarks,
    new_bookmark,
    save_bookmark,
)
from gui.core.notes.store_opening import StoreOpening
from gui.core.script_views import section_index_at
from gui.ui.feature_host import FeatureHost
from gui.ui.reading_progress import progress_percent

BOOKMARK_ROLE = Qt.ItemDataRole.UserRole + 1


class BookmarksDock(QDockWidget):
    """The open document's bookmarks in reading order (orphans last).

    Signals:
        jump_requested(object): go to this :class:`Bookmark` (click, Enter).
        rename_requested(object): rename this bookmark (F2, context menu).
        delete_requested(object): delete this bookmark (Delete, context menu).
    """

    jump_requested = Signal(object)
    rename_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bookmarks"), parent)
        self.setObjectName("bookmarks_dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.list = QListWidget(body)
        self.list.setObjectName("bookmarks_list")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_menu)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.list)
        self.setWidget(body)
        for key, signal in (
            (QKeySequence.StandardKey.Delete, self.delete_requested),
            (QKeySequence(Qt.Key.Key_F2), self.rename_requested),
        ):
            action = QAction(self.list)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, s=signal: self._emit_current(s))
            self.list.addAction(action)

    def set_bookmarks(self, rows: list[tuple[Bookmark, str, str]]) -> None:
        """``rows``: ``(bookmark, label, tooltip)`` in the order shown."""
        current = self.current_bookmark()
        self.list.clear()
        for mark, label, tip in rows:
            item = QListWidgetItem(label, self.list)
            item.setData(BOOKMARK_ROLE, mark)
            item.setToolTip(tip)
            if current is not None and mark.id == current.id:
                self.list.setCurrentItem(item)
        if not rows:
            item = QListWidgetItem(self.tr("No bookmarks yet: Ctrl+B marks the place you read."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)

    def current_bookmark(self) -> Bookmark | None:
        item = self.list.currentItem()
        return item.data(BOOKMARK_ROLE) if item is not None else None

    def _activated(self, item: QListWidgetItem) -> None:
        mark = item.data(BOOKMARK_ROLE)
        if mark is not None:
            self.jump_requested.emit(mark)

    def _emit_current(self, signal) -> None:
        mark = self.current_bookmark()
        if mark is not None:
            signal.emit(mark)

    def build_menu(self, item: QListWidgetItem | None) -> QMenu | None:
        """The context menu of a bookmark row (None elsewhere)."""
        mark = item.data(BOOKMARK_ROLE) if item is not None else None
        if mark is None:
            return None
        menu = QMenu(self)
        go = menu.addAction(self.tr("&Go to Bookmark"))
        go.triggered.connect(lambda: self.jump_requested.emit(mark))
        rename = menu.addAction(self.tr("&Rename…"))
        rename.setObjectName("bookmark_rename")
        rename.triggered.connect(lambda: self.rename_requested.emit(mark))
        delete = menu.addAction(self.tr("&Delete"))
        delete.setObjectName("bookmark_delete")
        delete.triggered.connect(lambda: self.delete_requested.emit(mark))
        return menu

    def _show_menu(self, pos) -> None:
        menu = self.build_menu(self.list.itemAt(pos))
        if menu is not None:
            menu.exec(self.list.viewport().mapToGlobal(pos))
            menu.deleteLater()


class BookmarksFeature(QObject):
    """Bookmarks in a window. Public: ``dock``, ``menu``, ``add_action``, ``bookmarks()``;
    ``ask_name(parent, title, label, text) -> str | None`` may be replaced (tests)."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.store: NoteStore | None = None
        self._opening: StoreOpening | None = None  # opened off the UI thread while reading
        self.document = None
        self._marks: list[Bookmark] = []
        self.ask_name = _ask_name
        self.dock = BookmarksDock(window)
        window.add_dock(self.dock)
        self.dock.hide()  # shown when the first bookmark is added or from the menu
        self.add_action = QAction(self.tr("Add &Bookmark"), window)
        self.add_action.setObjectName("add_bookmark")
        self.add_action.setShortcut(QKeySequence("Ctrl+B"))
        self.add_action.setToolTip(self.tr("Bookmark the place you are reading (Ctrl+B)"))
        self.add_action.triggered.connect(self.add_here)
        window.addAction(self.add_action)
        self.menu = QMenu(self.tr("&Bookmarks"), window)
        self.menu.setObjectName("bookmarks_menu")
        self.menu.aboutToShow.connect(self._fill_menu)
        window.menus["bookmarks"] = self.menu
        help_menu = window.menus.get("help")
        window.menuBar().insertMenu(help_menu.menuAction() if help_menu else None, self.menu)
        self._fill_menu()
        s = window.signals
        s.document_opened.connect(lambda opened: self.load(opened.document))
        s.busy_changed.connect(self._open_store_ahead)
        self._open_store_ahead(window.session.loading)  # installed while the report is read
        s.script_changed.connect(lambda _s: self._show())
        s.bookmarks_changed.connect(self.reload)
        self.dock.jump_requested.connect(self.go_to)
        self.dock.rename_requested.connect(self.rename)
        self.dock.delete_requested.connect(self.delete)
        window.reader.context_menu_hooks.append(self.add_reader_menu_entry)
        window.installEventFilter(self)

    def add_reader_menu_entry(
        self, menu: QMenu, pos: int, selection: tuple[int, int] | None
    ) -> None:
        """The reader's context menu: Add Bookmark Here (at the selection, else where the
        pointer is)."""
        if self.document is None:
            return
        at = selection[0] if selection and selection[1] > selection[0] else pos
        action = menu.addAction(self.tr("Add Bookmark &Here"))
        action.setObjectName("bookmark_here")
        action.triggered.connect(lambda _=False, p=at: self.add_at(p))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Close and self.store:
            # The window goes (quit, or rebuilt for another language): release the database;
            # an in-memory stand-in (unwritable data dir) is shared with the notes and kept.
            if not self.store.is_in_memory:
                self.store.close()
            self.store = None
        if watched is self.window and event.type() == QEvent.Type.Close and self._opening:
            self._opening.discard()
            self._opening = None
        return False

    def bookmarks(self) -> list[Bookmark]:
        """The open document's bookmarks in reading order, orphans last."""
        return list(self._marks)

    # -- storage ------------------------------------------------------------------------

    def _open_store_ahead(self, busy: bool) -> None:
        """A report is being read: open the database on a thread meanwhile (the file's
        check took 60-80 ms of the UI thread when its bookmarks were loaded)."""
        if busy and self.store is None and self._opening is None:
            self._opening = StoreOpening(default_store_path())

    def _store(self) -> NoteStore:
        if self.store is None:
            opening, self._opening = self._opening, None
            if opening is None:
                self.store = NoteStore.open()
            else:
                self.store = opening.take()
                if self.store.set_aside is not None:
                    self.store.salvage_set_aside()  # as NoteStore.open() does
        return self.store

    def _try(self, change) -> None:
        try:
            change(self._store())
        except NoteStoreError as err:
            if not err.kept_in_memory:
                self.window.notifier.warning(self.window, self.tr("Bookmarks"), str(err))

    def load(self, document) -> None:
        """Load (and re-anchor) ``document``'s bookmarks (a turn later, if the database is
        still being opened off the UI thread)."""
        self.document = document
        self._open_store_ahead(True)
        if self._opening is not None and not self._opening.done():
            QTimer.singleShot(5, self, lambda: self.document is document and self.load(document))
            return
        try:
            self._marks = load_bookmarks(self._store(), document)
        except NoteStoreError as err:
            self._marks = []
            self.window.notifier.warning(self.window, self.tr("Bookmarks"), str(err))
        self._show()

    def reload(self) -> None:
        """Read the open document's bookmarks again (they were imported with notes)."""
        if self.document is not None:
            self.load(self.document)

    # -- changes (each an undoable command on the window's undo stack) --------------------

    def add_here(self) -> Bookmark | None:
        """Bookmark the start of the selection, else the top of the reader."""
        reader = self.window.reader
        span = reader.selected_text_span()
        return self.add_at(span[0] if span else reader.top_text_pos())

    def add_at(self, position: int, name: str = "") -> Bookmark | None:
        """Add a bookmark at ``position`` (text coordinates), named after its section
        unless ``name`` is given; undoable."""
        if self.document is None or not self.document.text:
            return None
        mark = new_bookmark(self.document, position, name)
        self._push(_BookmarkChange(self, None, mark, self.tr("Add Bookmark")))
        self.dock.show()
        self.window.statusBar().showMessage(
            self.tr("Bookmark added: %1").replace("%1", mark.name), 4000
        )
        return mark

    def rename(self, mark: Bookmark, name: str | None = None) -> Bookmark | None:
        """Rename ``mark`` (asks when ``name`` is None); undoable."""
        if name is None:
            name = self.ask_name(
                self.window, self.tr("Rename Bookmark"), self.tr("Name:"), mark.name
            )
        name = " ".join((name or "").split())
        if not name or name == mark.name:
            return None
        renamed = replace(mark, name=name)
        self._push(_BookmarkChange(self, mark, renamed, self.tr("Rename Bookmark")))
        return renamed

    def delete(self, mark: Bookmark) -> None:
        """Delete ``mark``; undoable (Edit → Undo brings it back)."""
        self._push(_BookmarkChange(self, mark, None, self.tr("Delete Bookmark")))
        self.window.statusBar().showMessage(
            self.tr("Bookmark “%1” deleted (Edit → Undo brings it back)").replace("%1", mark.name),
            4000,
        )

    def _push(self, command: QUndoCommand) -> None:
        # push() runs the command's redo(): the change is made and stored now.
        self.window.undo_stack.push(command)

    def put(self, before: Bookmark | None, after: Bookmark | None) -> None:
        """Make one state change: ``before`` (None: not there) becomes ``after`` (None:
        deleted), in the database and in the dock. The undo commands call this both ways."""
        if after is not None:
            self._try(lambda store: save_bookmark(store, after))
        elif before is not None:
            self._try(lambda store: delete_bookmark(store, before.id))
        gone = {m.id for m in (before, after) if m is not None}
        marks = [m for m in self._marks if m.id not in gone]
        if after is not None:
            marks.append(after)
        self._marks = sorted(marks, key=lambda b: (b.orphaned, b.start, b.created))
        self._show()

    def go_to(self, mark: Bookmark) -> None:
        """Put the bookmark's line at the top of the reader (nothing for orphans)."""
        if mark.orphaned:
            return
        self.window.signals.jump_requested.emit(mark.start)
        self.window.signals.flash_requested.emit(mark.anchor.start, mark.anchor.end)

    # -- showing ------------------------------------------------------------------------

    def _rows(self) -> list[tuple[Bookmark, str, str]]:
        doc = self.document
        rows = []
        for mark in self._marks:
            if mark.orphaned:
                where = self.tr("not found in this version")
            else:
                percent = progress_percent(mark.start, len(doc.text))
                where = self.tr("%1%").replace("%1", str(percent))
            label = f"{mark.name}  ·  {where}"
            section = section_index_at(doc.sections, mark.start) if doc else -1
            heading = self.window.session.section_heading(section) if section >= 0 else ""
            tip = "\n".join(t for t in (mark.name, heading, "“" + mark.anchor.exact + "…”") if t)
            rows.append((mark, label, tip))
        return rows

    def _show(self) -> None:
        self.dock.set_bookmarks(self._rows() if self.document is not None else [])

    def _fill_menu(self) -> None:
        menu = self.menu
        menu.clear()
        menu.addAction(self.add_action)
        menu.addAction(self.dock.toggleViewAction())
        placed = [row for row in self._rows() if not row[0].orphaned]
        if placed:
            menu.addSeparator()
        for mark, label, tip in placed[:20]:
            action = menu.addAction(label)
            action.setToolTip(tip)
            action.triggered.connect(lambda _=False, m=mark: self.go_to(m))
        menu.setToolTipsVisible(True)


class _BookmarkChange(QUndoCommand):
    """Add (``before`` None), delete (``after`` None) or rename a bookmark, as one step of
    Edit → Undo. The command holds the whole bookmark, anchor included, so an undone delete
    puts back the same bookmark (same id, place and name), not a new one."""

    def __init__(
        self, feature: BookmarksFeature, before: Bookmark | None, after: Bookmark | None, text
    ) -> None:
        super().__init__(text)
        self.feature, self.before, self.after = feature, before, after

    def redo(self) -> None:
        self.feature.put(self.before, self.after)

    def undo(self) -> None:
        self.feature.put(self.after, self.before)


def _ask_name(parent: QWidget, title: str, label: str, text: str) -> str | None:
    name, ok = QInputDialog.getText(parent, title, label, text=text)
    return name if ok else None


def install_bookmarks(window: FeatureHost) -> BookmarksFeature:
    """Add bookmarks to ``window`` (after its menus exist); the window keeps the result."""
    return BookmarksFeature(window)
