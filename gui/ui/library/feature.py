"""View → Library (Ctrl+Shift+L): the reports of the library, adding files and folders,
searching across them, and "In Other Reports…" from the reader's context menu.

The window's own :class:`~gui.core.library.Library` connection (UI thread) only lists the
reports. Indexing and searching run on pool threads (:mod:`gui.ui.background`), each with a
connection of its own (SQLite connections stay on the thread that made them; the file is in
WAL mode, so the list can be read while a report is being written). Indexing runs in a
long-lived CLI process that such a thread hands each job to (:mod:`.index_server`: it must
not share the window's interpreter lock, nor pay a process start per changed file),
``workers=1``, so one core is left to the window."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from gui.core.library import (
    IndexSummary,
    Library,
    LibraryError,
    ReportHits,
    default_library_path,
    view_rows,
)
from gui.ui.background import BackgroundJobs
from gui.ui.feature_host import FeatureHost
from gui.ui.find_all import share_a_tab
from gui.ui.library import index_server
from gui.ui.library.dock import LibraryDock
from gui.ui.library.linking import LibraryLinking
from gui.ui.library.notebook import NotebookWindow
from gui.ui.library.searching import LibrarySearching
from gui.ui.library.versions import LibraryVersions

#: Paths watched at most (folders first, then report files): inotify watches are limited.
WATCH_LIMIT = 4000
#: Delay between listing the reports and updating the watched paths.
WATCH_AFTER_LIST_MS = 250
#: Paths added to the watcher per turn of the event loop.
WATCH_SLICE = 200
#: Quiet time after a change in a watched folder before the library is brought up to date
#: (a copy of many files is one update).
WATCH_DELAY_MS = 500
#: The progress row shows the latest report at most this often while indexing.
PROGRESS_INTERVAL_MS = 250
#: Longest selection "In Other Reports…" searches for (characters).
SELECTION_CHARS = 40


class _Progress(QObject):
    """Lives on the UI thread; the indexing thread emits through it (queued)."""

    advanced = Signal(int, int, str)


def _under(path: str, folder: str) -> bool:
    return path == folder or Path(path).is_relative_to(folder)


def _note_counts() -> dict[str, int]:
    """Notes per report fingerprint (empty when the notes file cannot be read: the notes
    dock says why)."""
    from gui.core.notes.store import NoteStore, NoteStoreError, default_store_path

    try:
        with NoteStore(default_store_path()) as store:
            return store.counts_by_document()
    except NoteStoreError:
        return {}


def _same_file(a: Path | str | None, b: Path | str | None) -> bool:
    return a is not None and b is not None and Path(a).resolve() == Path(b).resolve()


class LibraryFeature(LibrarySearching, LibraryVersions, LibraryLinking, QObject):
    """The library in a window. Public: ``dock``, ``action``, ``add(paths)``,
    ``search(query)``, ``show_mentions(name, type)``, ``cancel()``, ``indexing``,
    ``searching``, ``last_summary``, ``search_results``, ``last_offer`` (notes offered from
    an earlier version of the report opened last)."""

    def __init__(self, window: FeatureHost, path: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.path = path or default_library_path()
        self._library: Library | None = None
        self._stop = threading.Event()
        #: Index in a CLI process (True), or on a pool thread of this process (False; also
        #: what happens when no CLI can be started).
        self.in_process = True
        # Quitting stops indexing after the report being read (the pool waits for its job).
        QCoreApplication.instance().aboutToQuit.connect(self._stop.set)
        QCoreApplication.instance().aboutToQuit.connect(index_server.shutdown)
        self._pending_hit: tuple[str, int, int] | None = None
        self.indexing = self.searching = False
        self.last_summary: IndexSummary | None = None
        self.search_results: list[ReportHits] = []
        self._index_jobs = BackgroundJobs(self, max_threads=1)
        self._index_jobs.done.connect(self._indexed)
        self._index_jobs.failed.connect(self._index_failed)
        self._search_jobs = BackgroundJobs(self, max_threads=1)
        self._search_jobs.done.connect(self._searched)
        self._search_jobs.failed.connect(self._search_failed)
        self._version_jobs = BackgroundJobs(self, max_threads=1)
        self._version_jobs.done.connect(self._versions_checked)
        self._version_jobs.failed.connect(self._versions_failed)
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._advanced)
        # The progress row is brought up to date at most once per interval: a new text in
        # the word-wrapped label lays the dock out again (1–23 ms a report measured, the
        # UI thread's whole share of indexing), and a quick report needs no frame of its own.
        self._latest: tuple[int, int, str] | None = None
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._show_latest)
        # Folder watching starts once the library is open (the dock was shown): a change in
        # an added folder, or to a report's file, brings the library up to date.
        self.watcher = QFileSystemWatcher(self)
        self._watch_timer = QTimer(self, singleShot=True, interval=WATCH_DELAY_MS)
        self._watch_timer.timeout.connect(self.update_from_files)
        # What the watcher named since the last job: only those are looked at (at 10,000
        # reports a stat of every file was a third of the wait for one changed report).
        self._changed: set[str] = set()
        self.watcher.directoryChanged.connect(self._file_event)
        self.watcher.fileChanged.connect(self._file_event)
        # The watched paths are brought up to date a moment after the list is shown (at
        # 6,000 reports listing the paths and the first watches cost ~0.3 s on a loaded
        # machine: they wait until the rows are painted).
        self._to_watch: list[str] = []
        self._opening = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh_list)
        self._watch_timer_list = QTimer(self, singleShot=True, interval=WATCH_AFTER_LIST_MS)
        self._watch_timer_list.timeout.connect(self._watch)

        self.dock = LibraryDock(window)
        window.add_dock(self.dock)
        self.dock.hide()
        # View lists the dock's own show/hide action (add_dock): it gets the shortcut, and
        # the window holds it too, so it works with the menu bar hidden.
        self.action: QAction = self.dock.toggleViewAction()
        self.action.setObjectName("library")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        window.addAction(self.action)
        self.action.triggered.connect(self._toggled)
        self.notebook_window: NotebookWindow | None = None
        self.notebook_action = QAction(self.tr("&Notebook…"), window)
        self.notebook_action.setObjectName("notebook")
        self.notebook_action.triggered.connect(self.open_notebook)
        view = window.menus.get("view")
        if view is not None:
            view.addAction(self.notebook_action)
        self.dock.visibilityChanged.connect(self._visibility_changed)
        d = self.dock
        d.add_files_requested.connect(self._choose_files)
        d.add_folder_requested.connect(self._choose_folder)
        d.cancel_requested.connect(self.cancel)
        d.notebook_requested.connect(self.open_notebook)
        d.open_requested.connect(self.open_report)
        d.search_requested.connect(self.search)
        d.filters_changed.connect(self._filters_changed)
        d.hit_activated.connect(self.open_at)
        d.link_requested.connect(self.ask_for_earlier_version)
        d.rebuild_requested.connect(self.ask_to_rebuild)
        hidden = window.settings.library_hidden_columns()
        if hidden is not None:
            d.set_hidden_columns(hidden)
        d.columns_changed.connect(
            lambda: window.settings.set_library_hidden_columns(d.hidden_columns())
        )
        window.signals.notes_stored.connect(self._notes_changed)
        window.signals.entity_lookup_requested.connect(self.show_mentions)
        window.signals.document_opened.connect(self._document_opened)
        window.reader.context_menu_hooks.append(self.add_reader_menu_entry)

    # -- the reports -----------------------------------------------------------------------

    def library(self) -> Library | None:
        """The UI thread's connection (opened on first use); None, with the reason shown in
        the dock, when the file cannot be opened."""
        if self._library is None:
            try:
                self._library = Library(self.path)
            except LibraryError as err:
                self.dock.show_progress(None, str(err))
        return self._library

    def open_dock(self) -> None:
        """Show the dock, its reports listed (once: showing it does not list them again),
        the search field focused."""
        self._opening = True
        try:
            self.refresh_list()
            if self.dock.isHidden():
                share_a_tab(self.window, self.dock)
            self.dock.show()
            self.dock.raise_()
        finally:
            self._opening = False
        self._refresh_timer.stop()
        self.dock.search_edit.setFocus()

    def _toggled(self, shown: bool) -> None:
        if shown:  # the toggle action has just shown it
            self.dock.hide()
            self.open_dock()

    def _visibility_changed(self, visible: bool) -> None:
        # Deferred: View → Library shows the dock, then open_dock lists the reports, which
        # cancels this (one listing per opening; at 6,000 reports each costs).
        if visible and not self._opening:
            self._refresh_timer.start()

    def refresh_list(self) -> None:
        """Read the reports again, within the dock's filters, with their notes counts: two
        queries on the UI thread, the rows kept as the library gives them (docs/library.md
        has the time at 6,000 reports)."""
        library = self.library()
        if library is None:
            return
        rows = view_rows(library, self.filters())
        self.dock.set_reports(rows, _note_counts())
        # Watching follows every report, shown or not (after the rows are painted).
        self._watch_timer_list.start()

    def _notes_changed(self) -> None:
        if self.dock.isVisible():
            self.refresh_list()

    def _filters_changed(self) -> None:
        """The dock's filters narrow the reports listed and the search."""
        self.refresh_list()
        if self.dock.search_edit.text().strip() or self.filters() is None:
            self.search(self.dock.search_edit.text())

    def _watch(self) -> None:
        """Watch the added folders, the folders their reports are in, and the report files.
        New watches are added a slice at a time between events (4,000 inotify watches took
        1.4 s in one call at 6,000 reports); a path that cannot be watched (a vanished file)
        is simply not watched, and tried again next time."""
        library = self.library()
        if library is None:
            return
        if self.in_process and not self.indexing:
            # The indexing process loads its dictionaries now, while the user looks at the
            # list, so the first changed file is indexed without that wait.
            server = index_server.server_for(self.path, displace=False)
            if server is not None and library.query("SELECT 1 FROM reports LIMIT 1"):
                server.start()
        folders = library.folders()
        paths = [row[0] for row in library.query("SELECT path FROM reports")]
        wanted = list(dict.fromkeys(folders + [os.path.dirname(p) for p in paths]))
        wanted = [p for p in wanted if any(_under(p, f) for f in folders)]
        wanted = (wanted + paths)[:WATCH_LIMIT]
        watched = set(self.watcher.directories()) | set(self.watcher.files())
        keep = set(wanted)
        if watched - keep:
            self.watcher.removePaths(sorted(watched - keep))
        self._to_watch = [p for p in wanted if p not in watched]
        self._watch_more()

    def _watch_more(self) -> None:
        batch, self._to_watch = self._to_watch[:WATCH_SLICE], self._to_watch[WATCH_SLICE:]
        if batch:
            self.watcher.addPaths(batch)
        if self._to_watch:
            QTimer.singleShot(0, self._watch_more)

    def _file_event(self, path: str) -> None:
        self._changed.add(path)
        self._watch_timer.start()

    def update_from_files(self) -> None:
        """Bring the library up to date with its files, in the background: changed files are
        indexed again, vanished ones marked missing, new files in added folders added (only
        the files and folders the watcher named, when it named any)."""
        if self.indexing:
            self._watch_timer.start()  # after the running job
            return
        changed, self._changed = sorted(self._changed), set()
        self._start_indexing(None, changed=changed or None)

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.dock, self.tr("Add Reports to the Library"))
        if files:
            self.add(files)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.dock, self.tr("Add a Folder of Reports"))
        if folder:
            self.add([folder])

    # -- indexing in the background --------------------------------------------------------

    def add(self, paths: list[str]) -> None:
        """Add files and folders (recursively) and index what is pending, in the background."""
        self._start_indexing(list(paths))

    def _start_indexing(
        self, paths: list[str] | None, rebuild: bool = False, changed: list[str] | None = None
    ) -> None:
        """Add ``paths`` (None: bring the library up to date with its files, changed and
        vanished ones, and the new files of its folders; ``rebuild``: drop the index and
        read every file again; ``changed``: only these files and folders are looked at),
        then index what is pending: in a process of its own
        (:mod:`.indexer`), watched from a pool thread; on the pool thread itself when no CLI
        can be started."""
        self._stop.clear()
        self.indexing = True
        self.dock.show_progress((0, 0), self.tr("Adding…"))
        path, stop, relay = self.path, self._stop, self._progress
        server = index_server.server_for(path) if self.in_process else None
        if rebuild:
            job: dict = {"job": "rebuild"}
        else:
            job = {"job": "add", "paths": paths} if paths else {"job": "refresh"}
            if changed:
                job["paths"] = changed

        def progress(done: int, total: int, name: str) -> None:
            relay.advanced.emit(done, total, name)

        def work(cancelled) -> IndexSummary:
            should_stop = lambda: stop.is_set() or cancelled()  # noqa: E731
            if server is not None:
                return server.run(job, progress, should_stop)
            with Library(path) as library:
                if rebuild:
                    library.rebuild()
                elif paths is None:
                    library.update_from_files(changed)
                else:
                    library.add(paths)
                # Each report committed, as the indexing server does (library_serve).
                return library.index(
                    workers=1, progress=progress, cancelled=should_stop, commit_seconds=0
                )

        self._index_jobs.start(work, describe=str)

    def cancel(self) -> None:
        """Stop indexing after the report being read; what is indexed stays, the rest stays
        pending for the next Add."""
        self._stop.set()
        self.dock.progress_label.setText(self.tr("Cancelling…"))

    def _advanced(self, done: int, total: int, path: str) -> None:
        self._latest = (done, total, path)
        if not self._progress_timer.isActive():  # else shown when the interval ends
            self._show_latest()

    def _show_latest(self) -> None:
        latest, self._latest = self._latest, None
        if latest is None or not self.indexing or self._stop.is_set():
            return
        done, total, path = latest
        text = self.tr("Indexing %1 of %2: %3")
        text = text.replace("%1", str(done)).replace("%2", str(total))
        self.dock.show_progress((done, total), text.replace("%3", Path(path).name))
        self._progress_timer.start()

    def _indexed(self, summary: IndexSummary) -> None:
        self.indexing = False
        self._progress_timer.stop()
        self.last_summary = summary
        text = self.tr("%n reports indexed", "", summary.indexed)
        if summary.failed:
            text += " · " + self.tr("%n could not be read", "", summary.failed)
        if summary.cancelled:
            text += " · " + self.tr("cancelled: the rest is indexed at the next Add")
        self.dock.show_progress(None, text)
        self.refresh_list()
        if self.dock.search_edit.text().strip():
            self.search(self.dock.search_edit.text())

    def _index_failed(self, message: str) -> None:
        self.indexing = False
        self._progress_timer.stop()
        self.dock.show_progress(None, message)
        self.refresh_list()

    # -- opening ---------------------------------------------------------------------------

    def open_report(self, path: str) -> None:
        """Open ``path`` in the reader."""
        self._pending_hit = None
        self._open(path)

    def open_at(self, path: str, start: int, end: int) -> None:
        """Open ``path`` (unless it is open) and show ``[start, end)`` of its text."""
        current = self.window.session.current
        if current is not None and _same_file(current.document.path, path):
            self._go_to(start, end)
            return
        self._pending_hit = (path, start, end)
        self._open(path)

    def _open(self, path: str) -> None:
        library = self.library()
        if library is not None:
            library.mark_opened(path)
        self.window.signals.open_requested.emit(path)

    def _document_opened(self, opened) -> None:
        self.check_versions(opened.document)
        pending, self._pending_hit = self._pending_hit, None
        if pending is not None and _same_file(opened.document.path, pending[0]):
            self._go_to(pending[1], pending[2])

    def _go_to(self, start: int, end: int) -> None:
        self.window.signals.jump_requested.emit(start)
        self.window.signals.flash_requested.emit(start, end)

    def open_notebook(self) -> None:
        """Show the notebook: every note of every report, filtered, exported."""
        if self.notebook_window is None:
            self.notebook_window = NotebookWindow(
                self.path, str(self.window.reader.script), self.window
            )
            self.notebook_window.note_activated.connect(self.open_at)
        else:
            self.notebook_window.script = str(self.window.reader.script)
            self.notebook_window.load_choices()
        self.notebook_window.show()
        self.notebook_window.raise_()

    # -- the reader's context menu ---------------------------------------------------------

    def add_reader_menu_entry(
        self, menu: QMenu, pos: int, selection: tuple[int, int] | None
    ) -> None:
        """ "In Other Reports…" on a selection: search the library for the selected text."""
        current = self.window.session.current
        if current is None or not selection or selection[1] <= selection[0]:
            return
        text = current.document.text[selection[0] : selection[1]].split("\n")[0].strip()
        if not text:
            return
        action = menu.addAction(self.tr("In &Other Reports…"))
        action.setObjectName("library_in_other_reports")
        action.triggered.connect(lambda: self.search_selection(text))

    def search_selection(self, text: str) -> None:
        """Open the dock and search the library for ``text`` as one phrase."""
        phrase = " ".join(text[:SELECTION_CHARS].replace('"', " ").split())
        self.open_dock()
        self.search(f'"{phrase}"')
