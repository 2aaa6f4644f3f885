"""Thin Qt item models over core objects."""

from gui.ui.none_refcount import keep_none_alive

keep_none_alive()  # before any Qt call: see gui/ui/none_refcount.py
