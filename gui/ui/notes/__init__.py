"""Notes in the window: highlights and notes on passages and sections, the notes dock,
export and import. :func:`install_notes` adds it all to the main window."""

from __future__ import annotations

from gui.ui.notes.install import NotesFeature, install_notes

__all__ = ["NotesFeature", "install_notes"]
