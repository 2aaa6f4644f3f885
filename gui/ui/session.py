"""The open document: loading off the UI thread, and what is remembered about it.

``ReaderSession`` is the one place that knows which document is open, in which script, and
talks to :class:`gui.settings.Settings` about it. It emits on :class:`AppSignals`; it never
touches widgets.
"""

from __future__ import annotations

import gc
import importlib
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from gui.core.document import Document
from gui.core.script import Script
from gui.core.views import DocumentViews, section_heading, section_index_at
from gui.settings import Settings
from gui.ui.signals import AppSignals


@dataclass
class OpenDocument:
    """What ``AppSignals.document_opened`` carries."""

    document: Document
    views: DocumentViews
    script: Script
    position: int  # text position to put at the top


#: Modules ``read_document`` imports lazily, per file suffix. They are imported on the UI thread
#: before a load starts, after the first paint: this keeps PySide's import hook (it reads the
#: source of every newly imported module) out of the worker thread, so the worker runs only
#: plain Python while the UI thread runs Qt.
_READER_MODULES = {
    "": (
        "gui.core.reading",
        "gui.core.cleaning",
        "gui.core.outline",
        "gui.core.formats",
    ),
    ".docx": (
        "gui.core.formats.docx",
        "docx",
        "docx.opc.exceptions",
        "docx.text.paragraph",
    ),
    ".pdf": (
        "gui.core.formats.pdf",
        "pdfminer.converter",
        "pdfminer.layout",
        "pdfminer.pdfdocument",
        "pdfminer.pdfinterp",
        "pdfminer.pdfpage",
        "pdfminer.pdfparser",
        "pdfminer.pdftypes",
        "pdfminer.psexceptions",
    ),
    ".html": ("gui.core.formats.html",),
    ".htm": ("gui.core.formats.html",),
    ".md": ("gui.core.formats.markdown",),
    ".markdown": ("gui.core.formats.markdown",),
}


def preload_readers(path: str | Path) -> None:
    """Import, on the calling (UI) thread, what reading ``path`` will need."""
    suffix = Path(path).suffix.lower()
    for name in _READER_MODULES[""] + _READER_MODULES.get(suffix, ()):
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # an optional reader is missing; reading will report it


#: Start-up reads files up to this size before the first paint (a 250 KB report takes ~50 ms to
#: read and clean here, a 2 MB one ~300 ms); larger ones are read in the background while the
#: window shows.
NOW_LIMIT = 256_000


def _size(path: str) -> int:
    """The file's size, or 0 when it cannot be read (reading then reports why)."""
    try:
        return Path(path).expanduser().stat().st_size
    except OSError:
        return 0


#: Converted lines of a closed document freed per event-loop turn (a few ms).
RELEASE_LINES = 500


class _Relay(QObject):
    """Lives on the UI thread; the worker emits through it (queued across threads)."""

    done = Signal(int, object)
    failed = Signal(int, str)


def _load(path: str) -> tuple[Document, DocumentViews] | str:
    """Read ``path``: the document and its views, or the message to show."""
    # Already imported by preload_readers() on the UI thread.
    from gui.core.loading import DocumentError
    from gui.core.reading import read_document

    try:
        doc = read_document(path)
        return doc, DocumentViews(doc.text)
    except DocumentError as err:
        return str(err)
    except Exception as err:  # noqa: BLE001 - any reader failure is a bad file to the user
        return f"Cannot open {Path(path).name}: {err}"


class _LoadJob(QRunnable):
    def __init__(self, token: int, path: str, relay: _Relay):
        super().__init__()
        self.token, self.path, self.relay = token, path, relay

    def run(self) -> None:
        result = _load(self.path)
        if isinstance(result, str):
            self.relay.failed.emit(self.token, result)
        else:
            self.relay.done.emit(self.token, result)


class _WarmConverters(QRunnable):
    """Loads OpenCC's dictionaries (0.1–0.2 s each) off the UI thread, so the first switch
    to a script converts at once instead of first reading its dictionary."""

    def run(self) -> None:
        from gui.core.script import converter

        for config in ("t2s", "s2t", "s2twp", "s2hk"):
            converter(config)


class ReaderSession(QObject):
    """Opens documents and remembers script and position per document.

    Emits on ``signals``: busy_changed, document_opened, error_reported, script_changed."""

    def __init__(self, signals: AppSignals, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.signals = signals
        self.settings = settings
        self.current: OpenDocument | None = None
        self._section = -2
        self._fallbacks: list[str] = []
        self._warmed = False
        self._token = 0
        self.loading = False  # a file is being read in the background
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_loaded)
        self._relay.failed.connect(self._on_failed)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def open(self, path: str | Path) -> None:
        """Load ``path`` in the background; the current document stays until it succeeds."""
        self._token += 1
        self.loading = True
        self.signals.busy_changed.emit(True)
        preload_readers(path)
        self.pool.start(_LoadJob(self._token, str(Path(path).expanduser()), self._relay))

    def open_initial(self, path: str | None, now: bool = False) -> None:
        """Startup: ``path`` if given, else the last document, else the bundled report. If
        the one asked for cannot be opened, the message is shown and the next one is tried,
        so the window never starts empty.

        ``now``: read files up to ``NOW_LIMIT`` bytes on this thread before returning, so
        that the window's first paint already shows the report (the app's start-up);
        larger ones load in the background as usual."""
        from gui.core.paths import default_report

        candidates = [path] if path else []
        last = self.settings.last_document()
        if last and Path(last).is_file():
            candidates.append(last)
        candidates.append(str(default_report()))
        while now and candidates and _size(candidates[0]) <= NOW_LIMIT:
            candidate = str(Path(candidates.pop(0)).expanduser())
            preload_readers(candidate)
            self._token += 1
            result = _load(candidate)
            if isinstance(result, str):
                self.signals.error_reported.emit(result)
                continue
            self._on_loaded(self._token, result)
            return
        if candidates:
            self._fallbacks = candidates[1:]
            self.open(candidates[0])

    @Slot(int, object)
    def _on_loaded(self, token: int, result: tuple[Document, DocumentViews]) -> None:
        if token != self._token:
            return  # a later open superseded this one
        self.loading = False
        self.signals.busy_changed.emit(False)
        doc, views = result
        self.remember_position()
        retired = self.current
        fp = doc.fingerprint
        try:
            script = Script(self.settings.script(fp) or Script.ORIGINAL)
        except ValueError:
            script = Script.ORIGINAL
        position = min(self.settings.position(fp), len(doc.text))
        self.current = OpenDocument(doc, views, script, position)
        self._fallbacks = []
        self._section = -2
        if doc.path is not None:
            path = str(Path(doc.path).resolve())
            self.settings.set_last_document(path)
            self.settings.add_recent_file(path)
        self.signals.document_opened.emit(self.current)
        if retired is not None and retired.views is not views:
            self._release_views(retired.views)
        # A large report is millions of long-lived objects (offset maps, line views); moved
        # out of the collector's view, a full collection no longer stalls the UI for 100 ms+.
        gc.freeze()
        if not self._warmed:
            self._warmed = True
            # After the first paint, so the warm-up does not compete with it for the GIL.
            QTimer.singleShot(400, self, lambda: self.pool.start(_WarmConverters()))

    def _release_views(self, views: DocumentViews) -> None:
        """Free the old document's converted lines a slice per event-loop turn: freed all at
        once, by whichever listener dropped the last reference, a 1 M-character report's
        lines stalled the UI for ~40 ms while the next report opened."""
        if not views.release(RELEASE_LINES):
            QTimer.singleShot(0, self, lambda: self._release_views(views))

    @Slot(int, str)
    def _on_failed(self, token: int, message: str) -> None:
        if token != self._token:
            return
        self.loading = False
        self.signals.busy_changed.emit(False)
        self.signals.error_reported.emit(message)
        if self.current is None and self._fallbacks:
            self.open(self._fallbacks.pop(0))

    def set_script(self, script: str) -> None:
        """Switch script and remember it for this document. Emits ``script_changed``."""
        script = Script(script)
        if self.current is not None:
            self.current.script = script
            self.settings.set_script(self.current.document.fingerprint, str(script))
        self.signals.script_changed.emit(str(script))

    def set_position(self, pos: int) -> None:
        """The top of the reader moved; remembered on exit and when another file opens.
        Emits ``current_section_changed`` when the section at the top changes."""
        if self.current is None:
            return
        self.current.position = pos
        index = section_index_at(self.current.document.sections, pos)
        if index != self._section:
            self._section = index
            self.signals.current_section_changed.emit(index)

    @property
    def current_section(self) -> int:
        """Index of the section at the top of the reader, or -1."""
        return max(self._section, -1)

    def section_heading(self, index: int) -> str:
        """Heading of section ``index`` in the current script ("" when none)."""
        cur = self.current
        if cur is None or not 0 <= index < len(cur.document.sections):
            return ""
        return section_heading(cur.document, cur.views, index, cur.script)

    def remember_position(self) -> None:
        if self.current is not None:
            self.settings.set_position(self.current.document.fingerprint, self.current.position)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until loading finished (tests, selftest, shutdown)."""
        return self.pool.waitForDone(msecs)
