"""Entities in the window: background recognition, highlight layers, the View → Entities menu,
the entity dock, per-section counts, and corrections from the reader's context menu.

Nothing here imports the recogniser at launch: :mod:`gui.ui.entities.recognition` imports it
when the first document has been shown.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from gui.core.entity_pass import EntityGroup
from gui.ui.entities.corrections_menu import CorrectionActions
from gui.ui.entities.dock import EntityDock
from gui.ui.entities.recognition import (
    CHUNK_CHARS,
    EntitySpan,
    Recognition,
    RecognitionResult,
    preload_steps,
    shutdown_process_pool,
)
from gui.ui.entities.style import TYPES, entity_formats, legend_icon, type_name
from gui.ui.entities.user_corrections import UserCorrections
from gui.ui.feature_host import FeatureHost

#: Highlight layers are named ``entity-ORG`` …; they paint above structure, below find hits.
LAYER_PREFIX = "entity-"
LAYER_ORDER = 500
#: Recognition starts this long after a document is shown.
START_DELAY_MS = 0


def layer_name(entity_type: str) -> str:
    return LAYER_PREFIX + entity_type


class EntityFeature(CorrectionActions, QObject):
    """Everything entities add to a :class:`~gui.ui.main_window.MainWindow`.

    Public pieces: ``dock``, ``menu``, ``show_action`` (Ctrl+E), ``type_actions``,
    ``export_action``, ``import_action``, ``recognition``, ``user`` (the corrections).

    Signals:
        entities_changed(): new entities are painted and listed (after a pass or a toggle).
    """

    entities_changed = Signal()

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.recognition = Recognition(self)
        self.user = UserCorrections()
        self.doc = None
        self.spans: list[EntitySpan] = []
        self.result: RecognitionResult | None = None
        self._starts: list[int] = []
        self._by_type: dict[str, list[tuple[int, int]]] = {}
        self._section_counts: dict[str, dict[int, int]] = {}
        self._apply_token = 0
        self._start_token = 0
        self._pending = False
        self._cycle: dict[tuple[str, str], int] = {}
        self._shown_cache: dict[tuple[str, str], str] = {}
        self._warned_unreadable = False
        self.shown = window.settings.entities_shown()
        self.hidden_types = window.settings.hidden_entity_types()
        self.dock = EntityDock(window)
        # "Entities ▸ Entities" would read oddly in the View menu.
        self.dock.toggleViewAction().setText(self.tr("Entity &Panel"))
        window.add_dock(self.dock)
        self._build_actions()
        self._connect()
        self._refresh_style()
        self._sync_toggles()

    # -- building -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        self.show_action = QAction(self.tr("Show &Entities"), w)
        self.show_action.setObjectName("show_entities")
        self.show_action.setCheckable(True)
        self.show_action.setShortcut(QKeySequence("Ctrl+E"))
        self.show_action.setToolTip(self.tr("Highlight organisations, places, dates… (Ctrl+E)"))
        self.show_action.toggled.connect(self.set_shown)
        w.addAction(self.show_action)  # the shortcut works with the menu bar hidden
        self.type_actions: dict[str, QAction] = {}
        self._type_group = QActionGroup(self)
        self._type_group.setExclusive(False)
        for entity_type in TYPES:
            action = QAction(type_name(entity_type), self._type_group)
            action.setObjectName(f"show_entity_{entity_type}")
            action.setCheckable(True)
            action.toggled.connect(lambda on, t=entity_type: self.set_type_shown(t, on))
            self.type_actions[entity_type] = action
        self.menu = QMenu(self.tr("&Entities"), w)
        self.menu.setObjectName("entities_menu")
        self.menu.addAction(self.show_action)
        self.menu.addSeparator()
        for action in self.type_actions.values():
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.dock.toggleViewAction())
        w.menus["entities"] = self.menu
        view = w.menus.get("view")
        if view is not None:
            view.addSeparator()
            view.addMenu(self.menu)

        self.export_action = QAction(self.tr("Export Entity &Corrections…"), w)
        self.export_action.setObjectName("export_entity_corrections")
        self.export_action.triggered.connect(self.choose_export)
        self.import_action = QAction(self.tr("Import Entity C&orrections…"), w)
        self.import_action.setObjectName("import_entity_corrections")
        self.import_action.triggered.connect(self.choose_import)
        file_menu = w.menus.get("file")
        if file_menu is not None:
            quit_action = getattr(w, "quit_action", None)
            before = quit_action if quit_action in file_menu.actions() else None
            file_menu.insertAction(before, self.export_action)
            file_menu.insertAction(before, self.import_action)
            file_menu.insertSeparator(before)

    def _connect(self) -> None:
        s, dock = self.window.signals, self.dock
        s.document_opened.connect(self._on_document)
        s.script_changed.connect(self._on_script)
        s.theme_changed.connect(self._refresh_style)
        self.window.reader.installEventFilter(self)
        self.window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(shutdown_process_pool)
        self.window.reader.context_menu_hooks.append(self.add_reader_menu_entries)
        self.recognition.finished.connect(self._on_recognised)
        self.recognition.failed.connect(self._on_failed)
        dock.entity_activated.connect(self.next_occurrence)
        dock.type_toggled.connect(self.set_type_shown)
        dock.master_toggled.connect(self.set_shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window.reader and event.type() == QEvent.Type.PaletteChange:
            QTimer.singleShot(0, self, self._refresh_style)  # a system theme switch
        elif watched is self.window and event.type() == QEvent.Type.Close:
            self.recognition.cancel()  # a pass still running stops at its next check
        return False

    # -- recognition --------------------------------------------------------------------

    def _on_document(self, opened) -> None:
        self.doc = opened.document
        self._apply_token += 1
        self.spans, self.result, self._starts = [], None, []
        self._cycle, self._shown_cache = {}, {}
        self.dock.model.set_groups([])
        self.window.outline.model.set_counts("entities", {})
        # After the document is on screen and its first paint is done: the recogniser then
        # does not compete with the first paint for the GIL. Its modules are imported first,
        # one per event-loop turn (see preload_steps).
        self._start_token += 1
        self._pending = True
        steps = preload_steps(len(self.doc.text) > CHUNK_CHARS)
        token = self._start_token
        QTimer.singleShot(START_DELAY_MS, self, lambda: self._start_after(token, steps))

    def _start_after(self, token: int, steps: list) -> None:
        """Run the next of ``steps`` (imports), or, when none is left, :meth:`recognise`;
        unless another document came meanwhile."""
        if token != self._start_token:
            return
        if steps:
            steps.pop(0)()
            QTimer.singleShot(0, self, lambda: self._start_after(token, steps))
        else:
            self.recognise()

    def recognise(self) -> None:
        """(Re)run recognition on the open document with the current corrections."""
        doc = self.doc
        if doc is None:
            return
        message = self.user.load()
        if message and not self._warned_unreadable:
            self._warned_unreadable = True
            self._warn(
                self.tr("Entity corrections not loaded"),
                self.tr("%1\nThe file is kept as it is until you make a new correction.").replace(
                    "%1", message
                ),
            )
        self._pending = True
        sections = [(s.start, s.end) for s in doc.sections]
        if not self.recognition.request(doc.fingerprint, doc.text, self.user.corrections, sections):
            self.dock.set_status(self.tr("Recognising entities…"))

    @property
    def busy(self) -> bool:
        """True from a (re)recognition request until its highlights are painted."""
        return self._pending

    def _on_recognised(self, fingerprint: str, result: RecognitionResult) -> None:
        doc = self.doc
        if doc is None or fingerprint != doc.fingerprint:
            return
        # Hand the result over in small steps, one per event-loop turn, so that a large
        # report never blocks the UI for long: the dock, then each type's layer, then counts.
        self._apply_token += 1
        token = self._apply_token
        steps = [lambda: self._adopt(result)]
        steps += [lambda t=t: self._paint_type(t) for t in TYPES]
        steps += [self._paint_counts, lambda: self._finish(result)]

        def run() -> None:
            if token != self._apply_token or not steps:
                return
            steps.pop(0)()
            if steps:
                QTimer.singleShot(0, self, run)  # dropped if the window goes first

        run()

    def _adopt(self, result: RecognitionResult) -> None:
        self.spans = result.spans
        self._starts = [s.start for s in result.spans]
        self._by_type = result.by_type
        self._section_counts = result.section_counts
        self._cycle = {}
        self.dock.model.set_shown_text(self.shown_text)
        self.dock.model.set_groups(result.groups)

    def _finish(self, result: RecognitionResult) -> None:
        self.result = result
        self._pending = False
        status = self.tr("%n entities", "", len(self.spans))
        if result.chunks > 1:
            status += self.tr(" (recognised in %1 parts)").replace("%1", str(result.chunks))
        self.dock.set_status(status)
        self.entities_changed.emit()

    def _on_failed(self, message: str) -> None:
        self._pending = False
        self.dock.set_status(self.tr("Entity recognition failed: %1").replace("%1", message))

    # -- painting -----------------------------------------------------------------------

    def is_visible(self, entity_type: str) -> bool:
        """Whether ``entity_type`` is highlighted now (master toggle and its own)."""
        return self.shown and entity_type not in self.hidden_types

    def _paint_type(self, entity_type: str) -> None:
        highlighter = self.window.reader.highlighter
        name = layer_name(entity_type)
        spans = self._by_type.get(entity_type, []) if self.is_visible(entity_type) else []
        if spans:
            fmt = entity_formats(self._palette())[entity_type]
            order = LAYER_ORDER + TYPES.index(entity_type)
            highlighter.set_layer(name, spans, fmt, self._tooltip, order=order)
        elif highlighter.layer(name) is not None:
            highlighter.clear_layer(name)

    def _paint_counts(self) -> None:
        counts: dict[int, int] = {}
        for entity_type, per_section in self._section_counts.items():
            if self.is_visible(entity_type):
                for i, n in per_section.items():
                    counts[i] = counts.get(i, 0) + n
        self.window.outline.model.set_counts("entities", counts)
        self.dock.model.set_disabled_types({t for t in TYPES if not self.is_visible(t)})

    def entity_at(self, pos: int) -> EntitySpan | None:
        """The highlighted entity containing text position ``pos``."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self.spans[i].start <= pos < self.spans[i].end:
            span = self.spans[i]
            return span if self.is_visible(span.type) else None
        return None

    def _tooltip(self, start: int, end: int) -> str:
        i = bisect_left(self._starts, start)
        if i >= len(self.spans) or self.spans[i].start != start:
            return ""
        span = self.spans[i]
        tip = type_name(span.type)
        if self.user.correction_of(span.key):
            tip += self.tr(" (your correction)")
        return tip

    def _palette(self) -> QPalette:
        # The application's palette for the reader: right even while the reader's own
        # palette-change event is still on its way after a theme switch.
        return QApplication.palette(self.window.reader)

    def _refresh_style(self) -> None:
        palette = self._palette()
        icons = {t: legend_icon(t, palette) for t in TYPES}
        self.dock.set_icons(icons)
        for entity_type, action in self.type_actions.items():
            action.setIcon(icons[entity_type])
        formats = entity_formats(palette)
        highlighter = self.window.reader.highlighter
        for entity_type in TYPES:
            if highlighter.layer(layer_name(entity_type)) is not None:
                highlighter.set_layer_format(layer_name(entity_type), formats[entity_type])

    # -- toggles ------------------------------------------------------------------------

    def set_shown(self, on: bool) -> None:
        """The master toggle (View → Entities → Show Entities, Ctrl+E); remembered."""
        on = bool(on)
        if on != self.shown:
            self.shown = on
            self.window.settings.set_entities_shown(on)
            self._repaint_types(list(TYPES))
        self._sync_toggles()

    def set_type_shown(self, entity_type: str, on: bool) -> None:
        """Show or hide one type's highlights; remembered."""
        if (entity_type in self.hidden_types) == bool(on):
            if on:
                self.hidden_types.discard(entity_type)
            else:
                self.hidden_types.add(entity_type)
            self.window.settings.set_hidden_entity_types(self.hidden_types)
            self._repaint_types([entity_type])
        self._sync_toggles()

    def _repaint_types(self, types: list[str]) -> None:
        for entity_type in types:
            self._paint_type(entity_type)
        self._paint_counts()
        self.entities_changed.emit()

    def _sync_toggles(self) -> None:
        for action in [self.show_action, *self.type_actions.values()]:
            action.blockSignals(True)
        self.show_action.setChecked(self.shown)
        for entity_type, action in self.type_actions.items():
            action.setChecked(entity_type not in self.hidden_types)
            action.setEnabled(self.shown)
            self.dock.set_type_checked(entity_type, entity_type not in self.hidden_types)
        for action in [self.show_action, *self.type_actions.values()]:
            action.blockSignals(False)
        self.dock.set_master_checked(self.shown)

    # -- the dock -----------------------------------------------------------------------

    def shown_text(self, group: EntityGroup) -> str:
        """An entity as the reader writes it in the current script."""
        script = str(self.window.reader.script)
        if script == "original":
            return group.original
        k = (group.key, script)
        if k not in self._shown_cache:
            from gui.core.script import convert_fragment

            self._shown_cache[k] = convert_fragment(group.key, script)
        return self._shown_cache[k]

    def _on_script(self, _script: str) -> None:
        self.dock.model.set_shown_text(self.shown_text)

    def next_occurrence(self, group: EntityGroup) -> tuple[int, int] | None:
        """Jump to the next occurrence of ``group`` and flash it: the first one at or after the
        top of the reader, then, on each further call, the one after (wrapping)."""
        if not group.spans:
            return None
        k = (group.type, group.key)
        last = self._cycle.get(k)
        if last is None:
            top = self.window.reader.top_text_pos()
            i = bisect_left([s for s, _ in group.spans], top)
            i = i if i < len(group.spans) else 0
        else:
            i = (last + 1) % len(group.spans)
        self._cycle[k] = i
        start, end = group.spans[i]
        self.window.signals.jump_requested.emit(start)
        self.window.signals.flash_requested.emit(start, end)
        total = len(group.spans)
        self.dock.set_status(
            self.tr("%1: occurrence %2 of %3")
            .replace("%1", self.shown_text(group))
            .replace("%2", str(i + 1))
            .replace("%3", str(total))
        )
        return start, end

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def _warn(self, title: str, message: str) -> None:
        self.window.notifier.warning(self.window, title, message)


def install_entities(window: FeatureHost) -> EntityFeature:
    """Add entity highlighting, the entity dock and corrections to ``window``; the window
    keeps the returned feature."""
    return EntityFeature(window)


__all__ = ["EntityFeature", "install_entities", "layer_name"]
