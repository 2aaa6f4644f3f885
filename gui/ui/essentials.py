"""The reader's basics beside the features: Print and PDF, Copy with Citation, Help and Full
Screen, installed by the window with one call. Each lives in its own module and uses the
window only through :class:`~gui.ui.feature_host.FeatureHost`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from gui.core.notes import Note
from gui.ui.citation import CitationActions, install_citation
from gui.ui.feature_host import FeatureHost
from gui.ui.full_screen import FullScreen, install_full_screen
from gui.ui.help import HelpMenu, install_help
from gui.ui.printing import ReportPrinting, install_printing


@dataclass(frozen=True)
class Essentials:
    """What :func:`install_essentials` added (the window keeps it)."""

    printing: ReportPrinting
    citation: CitationActions
    full_screen: FullScreen
    help: HelpMenu


def install_essentials(window: FeatureHost, notes: Callable[[], list[Note]]) -> Essentials:
    """Add File → Print… / Export as PDF…, Edit → Copy with Citation, View → Full Screen
    and the Help menu. ``notes()`` gives the open document's notes (for print and PDF)."""
    return Essentials(
        printing=install_printing(window, notes),
        citation=install_citation(window),
        full_screen=install_full_screen(window),
        help=install_help(window),
    )
