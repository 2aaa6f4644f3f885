"""The main window: builds the reader, docks, toolbar, menus and status bar, and connects
signals in one place. Behaviour lives in the widgets and in :class:`ReaderSession`.

It is built in two stages so that a report is on screen as early as possible:
1. ``__init__`` builds the reader alone (and restores the window's geometry and font);
2. :meth:`MainWindow.build_chrome` adds the find bar, outline dock, status bar, actions,
   menus and toolbar: at once, or after the reader's first paint (``staged=True``).

Up to the first paint, the code avoids two costs of PySide (6.11) that a bare window never
pays: a class's Python enums are created the first time the class is used, and ``Qt``'s
hundred-odd enums cost ~17 ms, a sixth of a bare window's whole start; and the first time an
object of a class PySide does not wrap reaches Python (the reader's viewport is one), PySide
creates every class of its module to find the closest, ~12 ms for QtWidgets. So stage 1 does
not use ``Qt`` (the modules stage 2 needs are imported when it runs) and does not ask for the
reader's viewport.

Features (notes, entities) see the window as a :class:`~gui.ui.feature_host.FeatureHost`,
which lists what they may use; the window keeps the features it installs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

if TYPE_CHECKING:  # imported where used, after the first paint (see above)
    from collections.abc import Callable

    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QDockWidget, QMenu

from gui.settings import Settings
from gui.ui.notifier import MessageBoxNotifier, Notifier
from gui.ui.reader_view import ReaderView
from gui.ui.reading_area import ReadingAreaHold
from gui.ui.reading_area import remember as remember_reading_area
from gui.ui.screen_fit import fit_to_screen
from gui.ui.session import OpenDocument, ReaderSession
from gui.ui.signals import AppSignals
from gui.ui.typography import DEFAULT_FONT_SIZE
from gui.ui.whole_view_titles import RetitleAfterPass

# Marked for lupdate here, translated where the dialog is built.
FILE_FILTERS = (
    QT_TRANSLATE_NOOP("MainWindow", "Reports (*.txt *.md *.html *.htm *.docx *.pdf)"),
    QT_TRANSLATE_NOOP("MainWindow", "All files (*)"),
)


class MainWindow(QMainWindow):
    """Report Reader's window. ``notifier`` shows errors (a message box unless injected)."""

    def __init__(
        self,
        settings: Settings,
        notifier: Notifier | None = None,
        defer_features: bool = False,
        staged: bool = False,
    ):
        """``defer_features``: install notes and entities after the first document is on
        screen (the app's startup), not now (tests, selftest). ``staged``: build only the
        reader now and the rest after its first paint (the app's startup)."""
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Report Reader"))
        self.setAcceptDrops(True)
        self.settings = settings
        self.notifier: Notifier = notifier or MessageBoxNotifier()
        self.signals = AppSignals(self)
        self.session = ReaderSession(self.signals, settings, self)
        self.session.recognise_ahead = defer_features  # until the entity feature is in
        self.menus: dict[str, QMenu] = {}
        self._shown: OpenDocument | None = None
        self._chrome_built = False
        self._features_installed = False
        self._defer_features = defer_features

        self.reader = ReaderView(self)
        self.reader.folds.enabled = settings.furniture_folded()
        central = QWidget(self)
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.reader, 1)
        self.setCentralWidget(central)
        self._connect_reader()
        fit_to_screen(self, self.settings.geometry())  # default size or restored, on screen
        size = self.settings.font_size(DEFAULT_FONT_SIZE)
        if size != DEFAULT_FONT_SIZE or self.settings.font_family():
            self.reader.set_font(self.settings.font_family(), size)
        # While the window is built in stages, the reading area is held where the finished
        # window will have it, so the text does not re-wrap as docks and bars arrive.
        self._hold: ReadingAreaHold | None = None
        if staged:
            if defer_features:
                self._hold = ReadingAreaHold(self, self._layout, self.reader, settings)
            self.reader.call_after_painted(self._build_chrome_in_steps, with_text=False)
        else:
            self.build_chrome()

    def _build_chrome_in_steps(self) -> None:
        from gui.ui.feature_install import chrome_steps, run_in_turns

        run_in_turns(self, chrome_steps(self), "chrome", now=False)  # not in the paint's pass

    def build_chrome(self) -> None:
        """Stage 2: the find bar, outline dock, status bar, actions, menus and toolbar (and,
        unless deferred, the notes and entity features). Idempotent."""
        if self._chrome_built:
            return
        self._chrome_built = True
        from gui.ui.find_bar import FindBar
        from gui.ui.header_card import install_header_card
        from gui.ui.language_menu import install_language_menu
        from gui.ui.outline_dock import OutlineDock
        from gui.ui.script_toggle import ScriptActions
        from gui.ui.status_bar import ReaderStatusBar
        from gui.ui.window_menus import build_actions, build_menus, build_toolbar

        self.reader.finish_setup()
        self.reader.viewport().setAcceptDrops(False)  # files dropped go to the window
        self.find_bar = FindBar(self, self.reader.top_text_pos)
        self._layout.addWidget(self.find_bar)
        self.header_card = install_header_card(self)
        self.outline = OutlineDock(self)
        self.add_dock(self.outline, "left")
        self.status = ReaderStatusBar(self)
        self.setStatusBar(self.status)
        self.scripts = ScriptActions(self)
        build_actions(self)
        build_menus(self)
        build_toolbar(self)
        self._connect_chrome()
        if not self._defer_features:
            self.install_features()  # before restoring the state, so their docks' is restored
        install_language_menu(self)
        # Deferred features fit the docks once theirs exist (_features_ready): an early fit let
        # the entity dock arrive visible after it, and the text re-wrapped on a small screen.
        self._restore_layout(fit=not self._defer_features)
        self.theme_actions[self.settings.theme()].setChecked(True)
        self.recent_menu.set_files(self.settings.recent_files())
        if self._shown is not None:
            self._show_in_chrome(self._shown)
        self.status.set_busy(self.session.loading)  # a load started before the status bar
        if self._hold is not None:
            self._hold.update()

    def install_features(self) -> None:
        """Add the notes and entity features (their docks, menus and layers). Imported here:
        together they cost more to import than the rest of the window."""
        for step in self._feature_steps():
            step()

    def _feature_steps(self) -> list[Callable[[], None]]:
        """:meth:`install_features` in steps, in order (none once installed)."""
        if self._features_installed:
            return []
        self._features_installed = True
        from gui.ui.feature_install import feature_steps

        return feature_steps(self)

    def _install_deferred_features(self) -> None:
        """The features after the first paint, a step per event-loop turn (at once, they were
        the longest stall of a 1 M-character report's start-up, ~0.4 s on a quiet machine);
        the open document is replayed to them once the last is in."""
        if self._features_installed:
            return
        from gui.ui.feature_install import run_in_turns

        # The chrome first, in a turn of its own (the features add to it; its steps may have)
        steps = [self.build_chrome, *self._feature_steps(), self._features_ready]
        run_in_turns(self, steps, "features", now=False)

    def _features_ready(self) -> None:
        self.session.recognise_ahead = False  # the entity feature hears of every report now
        self._restore_layout()  # now that their docks exist
        if self._hold is not None:
            self._hold.finish()
        if self.session.current is not None:
            # Replay the open document to the features; the reader ignores the repeat.
            self.signals.document_opened.emit(self.session.current)

    def _restore_layout(self, fit: bool = True) -> None:
        """The docks and bars as last saved, then (``fit``) fitted to this screen once the
        features' own first-start layout, queued the same way, is done."""
        from gui.ui.screen_fit import fit_docks

        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        if fit:
            QTimer.singleShot(0, self, lambda: fit_docks(self, first_start=state is None))

    # -- building -----------------------------------------------------------------------

    def add_dock(self, dock: QDockWidget, side: str = "right") -> None:
        """Add a dock on the ``"left"`` or ``"right"`` (give it an objectName so its state is
        saved) and list it in View."""
        from PySide6.QtCore import Qt

        areas = {
            "left": Qt.DockWidgetArea.LeftDockWidgetArea,
            "right": Qt.DockWidgetArea.RightDockWidgetArea,
        }
        self.addDockWidget(areas[side], dock)
        if "view" in self.menus:
            self.menus["view"].addAction(dock.toggleViewAction())

    # -- wiring -------------------------------------------------------------------------

    def _connect_reader(self) -> None:
        """Stage 1: what the reader and the session need from the start."""
        s, session, reader = self.signals, self.session, self.reader
        reader.top_position_changed.connect(s.top_position_changed)
        reader.selection_span_changed.connect(s.selection_changed)
        reader.conversion_progress.connect(s.conversion_progress)
        s.open_requested.connect(session.open)
        s.error_reported.connect(self._report_error)
        s.document_opened.connect(self._show_document)
        s.first_part_read.connect(self._show_first_part)
        s.script_change_requested.connect(session.set_script)
        s.script_changed.connect(reader.set_script)
        s.jump_requested.connect(reader.scroll_to_text_pos)
        s.flash_requested.connect(reader.flash)
        s.top_position_changed.connect(session.set_position)

    def _connect_chrome(self) -> None:
        """Stage 2: the docks, bars and menus."""
        s, session, outline, find = self.signals, self.session, self.outline, self.find_bar
        # Requests from widgets → the hub.
        self.recent_menu.open_requested.connect(s.open_requested)
        self.recent_menu.clear_requested.connect(self._clear_recent)
        self.scripts.script_requested.connect(s.script_change_requested)
        outline.jump_requested.connect(s.jump_requested)
        # The hub → behaviour.
        s.busy_changed.connect(self.status.set_busy)
        s.script_changed.connect(self.scripts.set_current)
        s.script_changed.connect(self.status.set_script)
        # The outline's headings once the whole view is converted (whole_view_titles).
        heads = outline.model
        RetitleAfterPass(s, self.reader, outline.tree, heads.refresh_headings, heads.cancel_refresh)
        s.script_changed.connect(lambda _: self._show_section(session.current_section))
        s.current_section_changed.connect(outline.set_current_section)
        s.current_section_changed.connect(self._show_section)
        s.conversion_progress.connect(self.status.set_progress)
        # Find: the bar computes hits, the reader paints them.
        find.matches_changed.connect(self._paint_matches)
        find.current_changed.connect(self._paint_current_match)
        find.closed.connect(self.reader.setFocus)

    def _show_document(self, opened: OpenDocument) -> None:
        from gui.core.decoding import readable_name

        if opened is self._shown:
            return
        self._shown = opened
        if not self._features_installed:
            # Notes and entities start after the report's first paint, never before it.
            self.reader.call_after_painted(self._install_deferred_features)
        doc = opened.document
        name = readable_name(doc.path) if doc.path else self.tr("Untitled")
        self.setWindowTitle(self.tr("%1 — Report Reader").replace("%1", name))
        self.reader.set_document(doc, opened.views, opened.script, opened.position)
        if self._chrome_built:
            self._show_in_chrome(opened)
        self.session.set_position(opened.position)

    def _show_first_part(self, first: OpenDocument) -> None:
        """A long report's first lines, shown in the reader alone until the whole report
        is read (nothing else sees them)."""
        if self._shown is None:
            self.reader.set_document(first.document, first.views, first.script, first.position)
            # Its visible lines are shown; the rest of it (and the Simplified pivot the
            # switcher warms up next) would be done on this thread, dictionaries and all,
            # for a text the whole report replaces in a moment.
            self.reader.switcher.stop()

    def _show_in_chrome(self, opened: OpenDocument) -> None:
        doc = opened.document
        self.outline.show_document(doc, self.session.section_heading)
        self.find_bar.set_views(opened.views, doc.furniture_spans())
        self.scripts.set_current(opened.script)
        self.status.set_script(opened.script)
        self.status.set_char_count(len(doc.text))
        if doc.replaced:
            # Bytes that could not be decoded are U+FFFD in the text, flagged as damaged.
            message = self.tr(
                "%n byte(s) of this file could not be decoded; they are marked as damaged text",
                "",
                doc.replaced,
            )
            self.status.showMessage(message, 30_000)
        self.recent_menu.set_files(self.settings.recent_files())
        self._show_section(self.session.current_section)

    def _show_section(self, index: int) -> None:
        self.status.set_section(self.session.section_heading(index))

    def _paint_matches(self, hits: list) -> None:
        fmt = self.reader.find_formats()["find"]
        self.reader.highlighter.set_layer("find", hits, fmt, order=900)

    def _paint_current_match(self, start: int, end: int) -> None:
        fmt = self.reader.find_formats()["current-find"]
        spans = [(start, end)] if start >= 0 else []
        self.reader.highlighter.set_layer("current-find", spans, fmt, order=901)
        if spans:
            self.reader.ensure_text_visible(start, end)

    def _report_error(self, message: str) -> None:
        self.notifier.warning(self, self.tr("Cannot open the file"), message)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self.recent_menu.set_files([])

    def open_find(self) -> None:
        """Edit → Find…: open the find bar with the selected words (a short one-line part)."""
        span = self.reader.selected_text_span()
        doc = self.reader.document_model
        text = doc.text[span[0] : span[1]] if span and doc and span[1] - span[0] < 80 else ""
        self.find_bar.open_bar(text.split("\n")[0])

    def zoom(self, step: int) -> None:
        """View → Zoom In / Out (``step`` ±1) or Reset Zoom (0); remembered. Emits
        ``AppSignals.font_changed``."""
        size = DEFAULT_FONT_SIZE if step == 0 else self.reader.font_size() + step
        self.reader.set_font(self.settings.font_family(), size)
        self.settings.set_font_size(self.reader.font_size())
        self.signals.font_changed.emit()

    def choose_font(self) -> None:
        """View → Font…: pick the reading font family and size (remembered)."""
        from PySide6.QtWidgets import QFontDialog

        ok, font = QFontDialog.getFont(self.reader.font(), self, self.tr("Reading Font"))
        if ok:
            self.set_reading_font(font.family(), font.pointSizeF())

    def set_reading_font(self, family: str, size: float) -> None:
        """Use ``family`` (then the CJK fallbacks) at ``size`` points, and remember both.
        Emits ``AppSignals.font_changed``."""
        self.reader.set_font(family, size)
        self.settings.set_font_family(family)
        self.settings.set_font_size(self.reader.font_size())
        self.signals.font_changed.emit()

    def set_theme(self, theme: str) -> None:
        """Apply and remember a theme. Emits ``AppSignals.theme_changed``."""
        from gui.ui.theme import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.theme_actions[theme].setChecked(True)
        self.settings.set_theme(theme)
        self.signals.theme_changed.emit()

    def choose_file(self) -> None:
        """File → Open: ask for a file and request it."""
        start = str(Path(self.settings.last_document() or Path.home()).parent)
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Report"), start, ";;".join(self.tr(f) for f in FILE_FILTERS)
        )
        if path:
            self.signals.open_requested.emit(path)

    # -- settings -----------------------------------------------------------------------

    def save_settings(self) -> None:
        """Write geometry, dock state and the reading position."""
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        if self._features_installed and (self._hold is None or not self._hold.holding):
            remember_reading_area(self, self.settings)
        if self.reader.views is not None:
            self.session.set_position(self.reader.top_text_pos())
        self.session.remember_position()
        self.settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        self.reader.switcher.stop()
        self.session.wait(5000)
        super().closeEvent(event)

    # -- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.signals.open_requested.emit(files[0]))
