"""Reading aids in the window: the dictionary pop-up (at the pointer, for the selection, or
stepping word by word), copying the pinyin of a selection, and the word list with its CSV
export. :func:`install_reading_aids` adds it all with one line in the window; the dictionary
itself (``gui.core.reading_aids``) is imported on the first look-up, never at start-up."""

from __future__ import annotations

from gui.ui.reading_aids.feature import ReadingAidsFeature, install_reading_aids

__all__ = ["ReadingAidsFeature", "install_reading_aids"]
