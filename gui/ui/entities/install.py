"""Entities in the window: the feature object that holds the entities' pieces (recognition,
the dock, the user's corrections, the result shown) and runs recognition when a document is
shown. Its other jobs live beside it: the menu and toggles (:mod:`.actions`), painting the
layers and counts (:mod:`.painting`), corrections from the context menu
(:mod:`.corrections_menu`).

Nothing here imports the recogniser at launch: :mod:`gui.ui.entities.recognition` imports it
when the first document has been shown.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from gui.core.entity_pass import EntityGroup
from gui.core.entity_spans import SpanPairs, SpanTable
from gui.ui.entities.actions import EntityActions
from gui.ui.entities.corrections_menu import CorrectionActions
from gui.ui.entities.dock import EntityDock
from gui.ui.entities.painting import EntityPainting, layer_name
from gui.ui.entities.recognition import (
    Recognition,
    RecognitionResult,
    in_child,
    preload_steps,
    shutdown_process_pool,
)
from gui.ui.entities.user_corrections import UserCorrections
from gui.ui.feature_host import FeatureHost
from gui.ui.ui_turns import STOP, run_in_turns

#: The entity feature's name among the UI thread's tickers (gui.ui.ui_turns).
TICKER = "entities"
#: A result of at most this many spans is handed over in one turn (~20 ms of the UI thread,
#: most of it the dock's rows); a larger one in a turn per step.
ONE_TURN_SPANS = 1000


class EntityFeature(EntityActions, EntityPainting, CorrectionActions, QObject):
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
        self.spans = SpanTable()  # read as a list of EntitySpan, sorted by start
        self.result: RecognitionResult | None = None
        self._by_type: dict[str, SpanPairs] = {}
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
        # The library answers (its dock): entities know nothing of it.
        dock.others_requested.connect(
            lambda group: self.window.signals.entity_lookup_requested.emit(
                group.key, group.type, self.shown_text(group)
            )
        )
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
        self.spans, self.result = SpanTable(), None
        self._cycle, self._shown_cache = {}, {}
        self.dock.model.set_groups([])
        self.window.outline.model.set_counts("entities", {})
        # After the document is on screen and its first paint is done: the recogniser then
        # does not compete with the first paint for the GIL. Its modules are imported first,
        # one per event-loop turn (see preload_steps).
        self._start_token += 1
        self._pending = True
        # A short text goes to the recogniser's child when it has the recogniser loaded (after
        # a long report): then this process imports none of it.
        steps = preload_steps(in_child(len(self.doc.text)))
        token = self._start_token

        def step(run):
            # Each import, then the request, in a turn of its own (gui.ui.ui_turns), unless
            # another document came meanwhile.
            return lambda: STOP if token != self._start_token else run()

        run_in_turns(self, TICKER, [step(s) for s in [*steps, self.recognise]], now=False)

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
        skip = [(s.start, s.end) for s in doc.furniture_spans()]
        if not self.recognition.request(
            doc.fingerprint,
            doc.text,
            self.user.corrections.for_report(doc.fingerprint),
            sections,
            skip,
        ):
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
        # report never blocks the UI for long: the dock, then the layers, then counts.
        self._apply_token += 1
        token = self._apply_token
        steps = [lambda: self._adopt(result), self._paint_layers]
        steps += [self._paint_counts, lambda: self._finish(result)]
        if len(result.spans) <= ONE_TURN_SPANS:
            # A few milliseconds in all; each in a turn of its own waited for the turns
            # between (~0.15 s for the bundled report's nine steps).
            steps = [lambda whole=steps: [run() for run in whole]]

        def step(run):
            return lambda: STOP if token != self._apply_token else run()

        # Each in a turn of its own among the UI thread's tickers (gui.ui.ui_turns).
        run_in_turns(self, TICKER, [step(s) for s in steps])

    def _adopt(self, result: RecognitionResult) -> None:
        self.spans = result.spans  # its .starts serve lookups: no list of them is made
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
            i = bisect_left(group.spans.starts(), top)
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
