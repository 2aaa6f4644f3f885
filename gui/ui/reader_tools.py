"""The reader's everyday tools, installed with one line in the window: reading progress in
the status bar (:mod:`.reading_progress`), bookmarks (:mod:`.bookmarks`) and Find All
(:mod:`.find_all`). Each is a feature of its own, using the window only through
:class:`~gui.ui.feature_host.FeatureHost`."""

from __future__ import annotations

from gui.ui.bookmarks import BookmarksFeature, install_bookmarks
from gui.ui.feature_host import FeatureHost
from gui.ui.find_all import FindAllFeature, install_find_all
from gui.ui.reading_progress import ReadingProgress, install_reading_progress


def install_reader_tools(
    window: FeatureHost,
) -> tuple[ReadingProgress, BookmarksFeature, FindAllFeature]:
    """Add progress, bookmarks and Find All to ``window`` (after the notes: their actions
    join its Edit menu); the window keeps the three."""
    return install_reading_progress(window), install_bookmarks(window), install_find_all(window)
