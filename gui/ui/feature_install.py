"""The window's features (notes, entities, reading aids, reader tools, library) built in
steps, so that the app's start-up can take them one event-loop turn at a time.

Together they were the longest stall of a long report's start-up (~0.4 s on a quiet machine
for the 1 M-character benchmark report, 1.8 s on a loaded one): each step imports its
feature's modules and builds its docks and menus. The window keeps what each step installs
(see ``gui.ui.feature_host``); the steps run in this order, as :meth:`install_features` of
the window always ran them. The largest imports go in steps of their own before the step that
needs them (``gui.core.notes``, ~0.2 s under load, before the notes' own modules; the
library's core before its dock), each a whole package: a module inside a package imports the
package's ``__init__`` first, which for these imports the rest.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from gui.core.deferred_imports import import_steps
from gui.ui import ui_turns

#: The modules of the window's chrome (stage 2), imported one per turn before it is built:
#: together they were most of its ~0.25 s turn under load (the find bar alone ~0.1 s).
CHROME_MODULES = (
    "gui.ui.find_bar",
    "gui.ui.header_card",
    "gui.ui.language_menu",
    "gui.ui.outline_dock",
    "gui.ui.script_toggle",
    "gui.ui.status_bar",
    "gui.ui.window_menus",
)


def run_in_turns(
    owner: QObject, steps: list[Callable[[], None]], ticker: str, now: bool = True
) -> None:
    """Run ``steps`` one per turn of ``ticker`` among the UI thread's tickers
    (:data:`gui.ui.ui_turns.TURNS`: never in the pass of another's slice or the pass after
    it), the first now if ``now`` and the turn is free; the rest are dropped if ``owner`` is
    deleted first."""
    ui_turns.run_in_turns(owner, ticker, list(steps), now)


def chrome_steps(window: Any) -> list[Callable[[], None]]:
    """The steps that build ``window``'s chrome (a ``MainWindow``) after the first paint, to
    run from the pass after the paint's: the chrome's imports, the reader's deferred setup
    (``ReaderView.finish_setup``: PySide's ``Qt`` namespace, created at its first use, ~10 ms,
    a third of the build's turn), then ``MainWindow.build_chrome``."""
    return [*import_steps(CHROME_MODULES), window.reader.finish_setup, window.build_chrome]


def feature_steps(window: Any) -> list[Callable[[], None]]:
    """Steps that install the features on ``window`` (a ``MainWindow``, not imported here:
    it imports this module), in order; each sets the window's attributes for its features."""

    def notes() -> None:
        from gui.ui.notes import install_notes

        window.notes = install_notes(window)
        window.undo_stack = window.notes.undo_stack  # Edit → Undo/Redo act on notes' stack

    def entities() -> None:
        from gui.ui.entities import install_entities
        from gui.ui.reading_aids import install_reading_aids

        window.entities = install_entities(window)
        window.reading_aids = install_reading_aids(window)

    def tools() -> None:
        from gui.ui.essentials import install_essentials
        from gui.ui.reader_tools import install_reader_tools

        window.progress, window.bookmarks, window.find_all = install_reader_tools(window)
        window.essentials = install_essentials(window, window.notes.controller.notes)

    def library() -> None:
        from gui.ui.library import install_library

        window.library = install_library(window)

    return [
        # The standard modules the notes' package needs first (its __init__ imports every
        # module of it at once), then the package.
        *import_steps(["uuid", "datetime", "sqlite3", "csv", "html.entities", "gui.core.notes"]),
        notes,
        entities,
        *import_steps(["gui.ui.printing", "gui.ui.reader_tools"]),
        tools,
        *import_steps(["gui.core.library", "subprocess"]),
        library,
        # PySide's import hook reads the source of every module imported after it into
        # linecache, and Python keeps it: megabytes held for the whole session that nothing
        # reads (a traceback reads its files again).
        linecache.clearcache,
    ]
