"""App-wide requests and notifications in one QObject.

Widgets emit their own signals; the main window connects them to these (and these to widget
slots) in one block, so no widget calls a sibling. Later features (entities, notes) connect here
too: e.g. ``document_opened`` to load their data, ``jump_requested`` to move the reader.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """The hub. Positions are text coordinates (Python indices into ``Document.text``)."""

    #: A file should be opened (menu, drag and drop, recent files, command line).
    open_requested = Signal(str)
    #: A document finished loading: ``(OpenDocument)``; see :mod:`gui.ui.session`.
    document_opened = Signal(object)
    #: A long report's first lines, to show while the whole report is read at start-up:
    #: ``(OpenDocument)`` of a document of those lines only (see ``gui.core.first_part``);
    #: ``document_opened`` follows with the whole report.
    first_part_read = Signal(object)
    #: A document could not be opened; the argument is one line for the user.
    error_reported = Signal(str)
    #: Loading started (True) or ended (False); drives the busy indicator.
    busy_changed = Signal(bool)

    #: The user picked a script (``Script`` value as str).
    script_change_requested = Signal(str)
    #: The reader now shows this script (visible part converted).
    script_changed = Signal(str)
    #: Background conversion progress: ``(lines done, lines total)``.
    conversion_progress = Signal(int, int)

    #: Put this text position at the top of the reader.
    jump_requested = Signal(int)
    #: Briefly highlight ``[start, end)`` in text coordinates.
    flash_requested = Signal(int, int)
    #: The text position at the top of the viewport changed (scrolling, jumps).
    top_position_changed = Signal(int)
    #: The section at the top changed: index into ``Document.sections`` or -1.
    current_section_changed = Signal(int)
    #: The selection changed: ``(start, end)`` in text coordinates (equal when empty).
    selection_changed = Signal(int, int)

    #: The open document's bookmarks changed in the store (an import): read them again.
    bookmarks_changed = Signal()

    #: Notes of the open document were added to the store elsewhere (carried over from an
    #: earlier version by the library): read them again.
    notes_stored = Signal()
    #: Which reports of the library mention this entity: ``(key, type, shown)``, the key
    #: its Simplified form, ``shown`` as the reader writes it (the entity panel's "In Other
    #: Reports…"; the library answers in its dock).
    entity_lookup_requested = Signal(str, str, str)

    #: Font size or family changed (reader typography).
    font_changed = Signal()
    #: The colour scheme changed; formats that depend on the palette should be rebuilt.
    theme_changed = Signal()
