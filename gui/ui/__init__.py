"""Widgets, docks and the main window (Qt)."""

from gui.ui.none_refcount import keep_none_alive

keep_none_alive()  # before any Qt call: see gui/ui/none_refcount.py
