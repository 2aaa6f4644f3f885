"""Importing ahead of need: only what is not imported yet, and a missing module is no error."""

from __future__ import annotations

import sys

from gui.core.deferred_imports import import_all, import_steps


def test_steps_cover_only_modules_not_yet_imported(monkeypatch):
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    steps = import_steps(["sys", "colorsys", "no_such_module_for_report_reader"])
    assert len(steps) == 2
    for step in steps:
        step()  # the missing module is ignored here; its user reports it
    assert "colorsys" in sys.modules
    assert "no_such_module_for_report_reader" not in sys.modules
    assert import_steps(["sys", "colorsys"]) == []


def test_import_all(monkeypatch):
    monkeypatch.delitem(sys.modules, "this", raising=False)
    monkeypatch.setattr(sys, "stdout", open("/dev/null", "w"))  # 'this' prints the Zen
    import_all(["this", "no_such_module_for_report_reader"])
    sys.stdout.close()
    assert "this" in sys.modules
