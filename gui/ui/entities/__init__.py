"""Entity highlighting in the window: coloured, toggleable highlights, the entity dock,
per-section counts and corrections. :func:`install_entities` adds it all to the main window;
the recogniser itself is imported only when the first document has been shown."""

from __future__ import annotations

from gui.ui.entities.install import EntityFeature, install_entities

__all__ = ["EntityFeature", "install_entities"]
