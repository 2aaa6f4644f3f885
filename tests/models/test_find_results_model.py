"""The Find All results model, through qtmodeltester."""

from __future__ import annotations

from gui.core.document import Span
from gui.core.find import find_all
from gui.core.script import Script
from gui.core.script_views import DocumentViews
from gui.models.find_results_model import CONTEXT_ROLE, HIT_ROLE, FindResultsModel


def test_modeltester_rows_roles_and_script_switch(qtmodeltester):
    text = "總則\n關于發展的意見：發展是第一要務。\n結語"
    views = DocumentViews(text)
    model = FindResultsModel()
    qtmodeltester.check(model)  # empty
    hits = find_all(views, "发展")
    model.set_results(views, Script.ORIGINAL, hits, lambda pos: f"at {pos}")
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    first = model.index(0)
    assert first.data(HIT_ROLE) == (hits[0].start, hits[0].end)
    assert first.data(CONTEXT_ROLE)[1] == "發展"
    assert first.data() == "關于發展的意見：發展是第一要務。"
    assert first.data(0x0003) == f"at {hits[0].start}"  # ToolTipRole
    changed = []
    model.dataChanged.connect(lambda *a: changed.append(a))
    model.set_script(Script.HANS)
    assert changed and model.index(1).data(CONTEXT_ROLE)[1] == "发展"
    assert model.index(0).data().startswith("关于发展")
    model.set_results(None, Script.HANS, [Span(0, 1)])
    assert model.rowCount() == 0


def test_appending_rows_keeps_the_model_consistent(qtmodeltester):
    views = DocumentViews("發展\n發展，再發展")
    hits = find_all(views, "发展")
    model = FindResultsModel()
    model.set_results(views, Script.ORIGINAL, hits[:1])
    qtmodeltester.check(model)
    model.append(hits[1:])
    qtmodeltester.check(model)
    assert [model.index(r).data(HIT_ROLE) for r in range(3)] == [(h.start, h.end) for h in hits]
