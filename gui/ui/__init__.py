"""Widgets, docks and the main window (Qt)."""
