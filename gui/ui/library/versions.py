"""Versions in the window: when a report opens whose earlier version the library knows, the
notes of that version that the reader can place in it are offered ("Add them?"); those it
cannot place are listed and stay with their version. A report that a newer version revises
says so in the status bar.

A mix-in of :class:`~gui.ui.library.feature.LibraryFeature` (one job of it, kept apart): it uses
the feature's ``window``, ``path`` and ``_version_jobs``. The check runs on a pool thread with
connections of its own; it is skipped when there is no library file yet (opening a report must
not create one). Strings are translated in the feature's context."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gui.core.library import Library, OfferedNotes, adopt_notes, later_versions, offer_notes
from gui.core.notes.store import NoteStore, NoteStoreError, default_store_path

# Quotes of unplaced notes named in the question (the rest are counted).
LISTED_QUOTES = 5
# Characters of each listed quote.
QUOTE_CHARS = 24
# How long the status bar says that a newer version exists (ms).
NEWER_MESSAGE_MS = 15000


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


class LibraryVersions:
    """Notes offered from earlier versions; newer versions named (see the module docstring)."""

    #: The newest offer made (None before any; tests read it).
    last_offer: OfferedNotes | None = None

    def check_versions(self, document) -> None:
        """Look up ``document``'s versions in the background (after it opened)."""
        if not Path(self.path).exists():
            return
        path = self.path

        def work(cancelled):
            with Library(path) as library:
                newer = [
                    row[0]
                    for fingerprint in later_versions(library, document.fingerprint)
                    for row in library.query(
                        "SELECT path FROM reports WHERE fingerprint = ?", (fingerprint,)
                    )
                ]
                with NoteStore(default_store_path()) as store:
                    offered = offer_notes(library, store, document)
            return document.fingerprint, offered, newer

        self._version_jobs.start(work, describe=str)

    def _versions_checked(self, result) -> None:
        fingerprint, offered, newer = result
        current = self.window.session.current
        if current is None or current.document.fingerprint != fingerprint:
            return  # another report was opened meanwhile
        self.last_offer = offered
        bar = self.window.statusBar()
        if newer:
            text = QCoreApplication.translate(
                "LibraryFeature", "A newer version of this report is in the library: %1"
            )
            bar.showMessage(text.replace("%1", Path(newer[0]).name), NEWER_MESSAGE_MS)
        if not offered.placed:
            return  # unplaced notes alone stay where they are: nothing to ask each time
        title = QCoreApplication.translate("LibraryFeature", "Notes from an Earlier Version")
        n = len(offered.placed)
        question = QCoreApplication.translate(
            "LibraryFeature",
            "Notes of an earlier version that can be placed in this report: %n.",
            "",
            n,
        )
        if offered.unplaced:
            m = len(offered.unplaced)
            lost = QCoreApplication.translate(
                "LibraryFeature",
                "Notes that cannot be placed (they stay with the earlier version): %n",
                "",
                m,
            )
            quotes = [f"“{_quote(note.anchor.exact)}”" for note in offered.unplaced]
            listed = quotes[:LISTED_QUOTES] + (["…"] if len(quotes) > LISTED_QUOTES else [])
            question += "\n\n" + lost + "\n" + "\n".join(listed)
        question += "\n\n" + QCoreApplication.translate("LibraryFeature", "Add them?")
        if not self.window.notifier.question(self.window, title, question):
            return
        try:
            with NoteStore(default_store_path()) as store:
                added = adopt_notes(store, offered)
        except NoteStoreError as err:
            self.window.notifier.warning(self.window, title, str(err))
            return
        self.window.signals.notes_stored.emit()
        done = QCoreApplication.translate("LibraryFeature", "Notes added: %n", "", added)
        bar.showMessage(done, NEWER_MESSAGE_MS)

    def _versions_failed(self, message: str) -> None:
        # A library or notes file that cannot be read is said where it is used (the dock,
        # the notes); opening a report goes on without the offer.
        self.last_offer = None
