"""The open document: loading off the UI thread, and what is remembered about it.

``ReaderSession`` is the one place that knows which document is open, in which script, and
talks to :class:`gui.settings.Settings` about it. It emits on :class:`AppSignals`; it never
touches widgets.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QTimer, Slot

from gui.core import structure
from gui.core.decoding import DecodedSource
from gui.core.deferred_imports import import_all
from gui.core.document import Document
from gui.core.paths import encodes_as_utf8
from gui.core.script import Script
from gui.core.script_views import DocumentViews, section_heading, section_index_at
from gui.core.switch_interval import short_switch_interval, wait_for_release
from gui.settings import Settings
from gui.ui.background import BackgroundJobs
from gui.ui.signals import AppSignals
from gui.ui.ui_turns import TURNS


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
    import_all(_READER_MODULES[""] + _READER_MODULES.get(suffix, ()))


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
#: OpenCC's dictionaries are loaded this long after the first report is shown (ms), and once
#: the UI thread's tickers (gui.ui.ui_turns) have been quiet for WARM_IDLE_S (looked at every
#: WARM_POLL_MS).
WARM_AFTER_MS = 400
WARM_IDLE_S = 0.25
WARM_POLL_MS = 100


def _read(
    path: str, decoded: DecodedSource | None = None, recognise_ahead: bool = False
) -> tuple[Document, DocumentViews]:
    """Read ``path`` (or its ``decoded`` source, already read): the document and its views
    (raises on a bad file). ``recognise_ahead``: start a long report's entity pass in the
    recogniser's child as soon as its text is read (see ``ReaderSession.recognise_ahead``).

    On a worker thread, with a short switch interval: a long report is ~1 s of Python, run
    while the UI thread builds the window's chrome and paints (see gui.core.switch_interval)."""
    with short_switch_interval():
        return _read_now(path, decoded, recognise_ahead)


def _read_now(
    path: str, decoded: DecodedSource | None, recognise_ahead: bool
) -> tuple[Document, DocumentViews]:
    # Already imported by preload_readers() on the UI thread.
    from gui.core.cleaning import remove_pinyin
    from gui.core.document import fingerprint_text
    from gui.core.loading import read_source
    from gui.core.reading import document_from_source

    if decoded is None:
        decoded = read_source(Path(path))
    cleaned = remove_pinyin(decoded.text)
    if recognise_ahead:
        # The pass needs the cleaned text only: started now, the child recognises while
        # this thread finds the report's outline, furniture and header (~1 s of CPU on a
        # million characters), not after.
        from gui.core.entity_pass import start_ahead

        start_ahead(cleaned.text, fingerprint_text(cleaned.text))
    # The rest is ~1 s of Python on a million characters: not beside the window's first
    # paint (the first part's layout), whose UI thread it kept waiting for the GIL.
    wait_for_release()
    doc = document_from_source(decoded, Path(path), cleaned)
    views = DocumentViews(doc.text)
    # Read here, off the UI thread: the reader's first highlighted line asks for it
    # (a sample of 60,000 characters, ~30 ms, in the turn the report's first screen goes in).
    views.variant  # noqa: B018
    # The reader's headings and other static spans, here rather than on the UI thread.
    structure.prepare(doc, views)
    return doc, views


def _failure_message(path: str, err: Exception) -> str:
    """The one line the user sees when ``path`` could not be read."""
    from gui.core.decoding import DocumentError

    if isinstance(err, DocumentError):
        return str(err)
    return f"Cannot open {Path(path).name}: {err}"  # any reader failure is a bad file


def _load(path: str) -> tuple[Document, DocumentViews] | str:
    """Read ``path``: the document and its views, or the message to show."""
    try:
        return _read(path)
    except Exception as err:  # noqa: BLE001 - any reader failure is a bad file to the user
        return _failure_message(path, err)


class _WarmConverters(QRunnable):
    """Loads OpenCC's dictionaries (0.1–0.2 s each) off the UI thread, so the first switch
    to a script converts at once instead of first reading its dictionary. ~0.6 s of Python
    (building the matchers' tables), with a short switch interval: whatever the UI thread
    does meanwhile (the entity highlights' hand-over, a paint) takes the GIL back within
    1 ms instead of Python's 5, each of the many times it lets it go."""

    def run(self) -> None:
        from gui.core.script import warm_up

        with short_switch_interval():
            warm_up()


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
        self.loading = False  # a file is being read in the background
        #: Start a long report's entity pass as soon as the background load has read it.
        #: The app's start-up sets it: the entity feature is installed only after the report
        #: is on screen, and a pass that waited for it finished seconds later.
        self.recognise_ahead = False
        self.jobs = BackgroundJobs(self, max_threads=1)
        self.jobs.done.connect(self._on_loaded)
        self.jobs.failed.connect(self._on_failed)
        self.pool = self.jobs.pool  # also warms OpenCC's converters

    def open(self, path: str | Path, decoded: DecodedSource | None = None) -> None:
        """Load ``path`` (its ``decoded`` source when already read) in the background; the
        current document stays until it succeeds."""
        self.loading = True
        self.signals.busy_changed.emit(True)
        preload_readers(path)
        path = str(Path(path).expanduser())
        ahead = self.recognise_ahead
        self.jobs.start(
            lambda cancelled: _read(path, decoded, ahead), lambda err: _failure_message(path, err)
        )

    def open_initial(self, path: str | None, now: bool = False) -> None:
        """Startup: ``path`` if given, else the last document, else the bundled report. If
        the one asked for cannot be opened, the message is shown and the next one is tried,
        so the window never starts empty.

        ``now``: read files up to ``NOW_LIMIT`` bytes on this thread before returning, so
        that the window's first paint already shows the report (the app's start-up); a
        larger one is read in the background, and its first lines are shown meanwhile
        (``first_part_read``, see :mod:`gui.core.first_part`)."""
        from gui.core.paths import default_report

        candidates = [path] if path else []
        last = self.settings.last_document()
        if last and Path(last).is_file():
            candidates.append(last)
        candidates.append(str(default_report()))
        while now and candidates and _size(candidates[0]) <= NOW_LIMIT:
            candidate = str(Path(candidates.pop(0)).expanduser())
            preload_readers(candidate)
            self.jobs.cancel()  # a background load still running is superseded
            result = _load(candidate)
            if isinstance(result, str):
                self.signals.error_reported.emit(result)
                continue
            self._on_loaded(result)
            return
        if candidates:
            self._fallbacks = candidates[1:]
            decoded = self._show_first_part(candidates[0]) if now else None
            self.open(candidates[0], decoded)

    def _show_first_part(self, path: str) -> DecodedSource | None:
        """Read ``path``'s source and announce its first lines (``first_part_read``) if it
        is a long report; the source, or None when it cannot be read (the background load
        then reports why)."""
        from gui.core.first_part import read_first_part
        from gui.core.loading import read_plain_source

        path = str(Path(path).expanduser())
        preload_readers(path)
        try:
            # (A PDF, Word, HTML or Markdown file is parsed in the background, as before.)
            decoded = read_plain_source(path)
            if decoded is None:
                return None
            part = read_first_part(decoded, Path(path), self.settings.position)
        except Exception:  # noqa: BLE001 - the load in the background gives the message
            return None
        if part is not None:
            try:
                script = Script(self.settings.script(part.fingerprint) or Script.ORIGINAL)
            except ValueError:
                script = Script.ORIGINAL
            doc = part.document
            first = OpenDocument(doc, DocumentViews(doc.text), script, part.position)
            self.signals.first_part_read.emit(first)
        return decoded

    @Slot(object)
    def _on_loaded(self, result: tuple[Document, DocumentViews]) -> None:
        """The newest load finished (earlier ones are dropped by ``self.jobs``)."""
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
        if doc.path is not None and encodes_as_utf8(str(doc.path)):
            # A name that is not valid UTF-8 cannot go through QSettings (Qt would store
            # another name); such a file is opened, just not remembered.
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
            QTimer.singleShot(WARM_AFTER_MS, self, self._warm_converters)

    def _warm_converters(self) -> None:
        """Load OpenCC's dictionaries on the pool's thread once the UI thread's tickers have
        been quiet for WARM_IDLE_S: a long report's start-up is then done (the text streamed
        in, the outline expanded, the features installed, the notes listed). Started 400 ms
        after the report, the warm-up's ~0.4-0.6 s of Python took the GIL from those slices
        (session 11's traces: the UI thread asleep up to 0.3 s of a 0.55 s gap). Not later
        than that: a switch finds the dictionaries loaded (one made before loads its own)."""
        if time.monotonic() - TURNS.last_slice < WARM_IDLE_S:
            QTimer.singleShot(WARM_POLL_MS, self, self._warm_converters)
            return
        self.pool.start(_WarmConverters())

    def _release_views(self, views: DocumentViews) -> None:
        """Free the old document's converted lines a slice per event-loop turn: freed all at
        once, by whichever listener dropped the last reference, a 1 M-character report's
        lines stalled the UI for ~40 ms while the next report opened."""
        if not views.release(RELEASE_LINES):
            QTimer.singleShot(0, self, lambda: self._release_views(views))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
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
        """Block until loading finished (the self-test, shutdown); False on timeout."""
        return self.pool.waitForDone(msecs)
