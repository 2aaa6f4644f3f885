"""Fit the window to the screen it opens on: the default size, a restored geometry, the docks.

A fixed default (1100×760 plus the title bar) cut the status bar off on a 768-pixel screen and
did not fit at all on 1024×600, 800×600 or a 1366×768 screen at 200 % (683×384 logical
pixels). The window therefore takes its size from the screen's *available* geometry (without
panels and docks of the desktop), a restored geometry is clamped into it, and on a narrow
screen the docks give the text room: on a first start the right-hand docks (notes, entities,
pinyin) start hidden below :data:`RIGHT_DOCKS_MIN_WIDTH` and every dock below
:data:`ANY_DOCK_MIN_WIDTH`; View brings them back. Docks that stay get at most a fraction of
the width, so the text column keeps a readable line length. On a screen with room for the
default window, nothing about the docks changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

#: The window's size on a screen with room for it (logical pixels, without the frame).
DEFAULT_SIZE = QSize(1100, 760)
#: What the window manager's frame and title bar take (not known before the window shows):
#: generous, so the bottom edge and the status bar stay on the screen.
FRAME_ALLOWANCE = QSize(16, 48)
#: From this available width up, a first start keeps the docks as they come.
ROOMY_WIDTH = 1200
#: Below these available widths the right-hand docks, then all docks, start hidden.
RIGHT_DOCKS_MIN_WIDTH = 1000
ANY_DOCK_MIN_WIDTH = 700
#: The part of the window's width one dock column may take on a first start.
DOCK_WIDTH_SHARE = 0.2
#: The splitter between a dock and the reading area.
DOCK_SEPARATOR = 6
#: A restored layout that leaves the reading area fewer characters a line than this (of the
#: reader's font) on a narrow screen is fitted like a first start.
READABLE_CHARACTERS = 16


def available_geometry(window: QMainWindow) -> QRect:
    """The available geometry of the screen the window is on (else the primary screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def room(available: QRect) -> QSize:
    """The largest window (without its frame) that fits in ``available``."""
    return QSize(
        max(1, available.width() - FRAME_ALLOWANCE.width()),
        max(1, available.height() - FRAME_ALLOWANCE.height()),
    )


def fit_to_screen(window: QMainWindow, geometry: QByteArray | None = None) -> None:
    """Give ``window`` the default size, or restore ``geometry`` (``saveGeometry()`` bytes),
    and clamp the result into the screen's available geometry."""
    available = available_geometry(window)
    window.resize(DEFAULT_SIZE.boundedTo(room(available)))
    if geometry is not None:
        window.restoreGeometry(geometry)
    clamp_to_screen(window)


def clamp_to_screen(window: QMainWindow) -> None:
    """Shrink and move ``window`` so that it lies inside the available geometry (a geometry
    saved on a larger screen, or under another scale factor)."""
    if window.isMaximized() or window.isFullScreen():
        return
    available = available_geometry(window)
    most = room(available)
    size = window.size()
    if size.width() > most.width() or size.height() > most.height():
        window.resize(size.boundedTo(most))
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    width, height = window.width() + extra_w, window.height() + extra_h
    x = min(max(frame.x(), available.left()), available.left() + max(0, available.width() - width))
    y = min(max(frame.y(), available.top()), available.top() + max(0, available.height() - height))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def fit_docks(window: QMainWindow, first_start: bool) -> None:
    """On a first start, hide the docks a narrow screen has no room for and cap the width of
    the rest. A restored layout is kept as the user left it, unless the window cannot fit on
    this screen with it or, on a screen without room for the default window, its docks leave
    the text a column of a few characters (a layout saved on a wide monitor): then the same
    rule as on a first start applies. On a first start the
    right-hand docks share one tab group, the first added (notes) in front, so that the column
    does not force a tall minimum window height."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    if first_start:
        share_a_tab(window, Qt.DockWidgetArea.RightDockWidgetArea)
    available = available_geometry(window)
    most = room(available)
    least = window.minimumSizeHint()
    fits = least.width() <= most.width() and least.height() <= most.height()
    width = available.width()
    if fits and not first_start and width < ROOMY_WIDTH:
        window.layout().activate()  # the restored docks' widths, before measuring
        text = getattr(window, "reader", None) or window.centralWidget()  # its font
        em = text.fontMetrics().horizontalAdvance("中")
        fits = window.centralWidget().width() >= READABLE_CHARACTERS * em
    if fits and (not first_start or width >= ROOMY_WIDTH):
        return
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    docks = [d for d in window.findChildren(QDockWidget) if not d.isFloating()]
    for dock in docks:
        on_left = window.dockWidgetArea(dock) == left
        if width < ANY_DOCK_MIN_WIDTH or (width < RIGHT_DOCKS_MIN_WIDTH and not on_left):
            dock.hide()
    shown = [d for d in docks if not d.isHidden()]
    if shown:
        share = max(120, int(window.width() * DOCK_WIDTH_SHARE))
        window.resizeDocks(shown, [share] * len(shown), Qt.Orientation.Horizontal)
    # The docks' minimum sizes may have made the window grow past the screen; once the
    # layout has taken the hidden docks out, it can shrink again.
    window.layout().activate()
    clamp_to_screen(window)


def share_a_tab(window: QMainWindow, area) -> None:
    """Tabify the visible, docked dock widgets of ``area`` into one group, the first in front."""
    from PySide6.QtWidgets import QDockWidget

    docks = [
        d
        for d in window.findChildren(QDockWidget)
        if window.dockWidgetArea(d) == area and not d.isFloating() and not d.isHidden()
    ]
    for other in docks[1:]:
        window.tabifyDockWidget(docks[0], other)
    if docks:
        docks[0].raise_()


def first_start_margins(window: QMainWindow, roomy: tuple[int, int, int, int]):
    """Where a first start's finished window will have the reading area (distances from the
    window's left, top, right and bottom edges), given where the default layout has it on a
    screen with room (``roomy``): the docks :func:`fit_docks` hides take no room, the outline
    its share of the width. The staged start-up holds the text there from the first paint."""
    width = available_geometry(window).width()
    if width >= ROOMY_WIDTH:
        return roomy
    left, top, right, bottom = roomy
    outline = max(120, int(window.width() * DOCK_WIDTH_SHARE)) + DOCK_SEPARATOR
    if width < ANY_DOCK_MIN_WIDTH:
        return (0, top, 0, bottom)
    if width < RIGHT_DOCKS_MIN_WIDTH:
        return (outline, top, 0, bottom)
    return (outline, top, right, bottom)
