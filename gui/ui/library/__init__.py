"""The library in the window (issue 18): :func:`install_library` adds View → Library and its
dock; the Qt-free library itself is :mod:`gui.core.library`."""

from __future__ import annotations

from gui.ui.feature_host import FeatureHost
from gui.ui.library.feature import LibraryFeature


def install_library(window: FeatureHost) -> LibraryFeature:
    """Add View → Library (Ctrl+Shift+L), its dock and "In Other Reports…" to ``window``;
    the window keeps the result."""
    return LibraryFeature(window)
