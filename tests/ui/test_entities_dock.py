"""The entity dock: grouped by type with counts in the current script, a filter, click → next
occurrence (cycling), the model through qtmodeltester, and per-section counts in the outline."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.core.script import Script
from gui.models.entity_model import COUNT_ROLE, KEY_ROLE, TYPE_ROLE
from gui.models.outline_model import COUNTS_ROLE
from gui.ui.entities.style import TYPES
from tests.ui.test_entities_highlights import wait_entities


def _row_of(model, parent, text: str) -> int:
    for r in range(model.rowCount(parent)):
        if model.index(r, 0, parent).data() == text:
            return r
    raise AssertionError(f"{text} not in the dock")


def test_dock_groups_by_type_with_counts(make_window, qtbot):
    window = make_window()
    feature = wait_entities(window, qtbot)
    model = feature.dock.model
    types = [model.index(r, 0).data(TYPE_ROLE) for r in range(model.rowCount())]
    assert types == [t for t in TYPES if any(s.type == t for s in feature.spans)]
    assert model.index(0, 0).data() == "Organisation"
    total = sum(model.index(r, 0).data(COUNT_ROLE) for r in range(model.rowCount()))
    doc = window.reader.document_model
    # Entities in the site footer (its publisher, its address) are highlighted, not counted.
    in_footer = [s for s in feature.spans if doc.is_furniture(s.start, s.end)]
    assert len(in_footer) == 2
    assert total == len(feature.spans) - len(in_footer)
    loc = model.index_for_type("LOC")
    row = _row_of(model, loc, "蘭州高新區")
    text = window.reader.document_model.text
    n = sum(1 for s in feature.spans if s.type == "LOC" and text[s.start : s.end] == "蘭州高新區")
    assert model.index(row, 1, loc).data() == str(n) and n >= 5
    assert model.index(row, 0, loc).data(KEY_ROLE) == "兰州高新区"
    # Shown in the current script.
    window.scripts.actions[Script.HANS].trigger()
    assert model.index(row, 0, loc).data() == "兰州高新区"
    window.scripts.actions[Script.ORIGINAL].trigger()
    assert model.index(row, 0, loc).data() == "蘭州高新區"


def test_filter_box(make_window, qtbot):
    window = make_window()
    feature = wait_entities(window, qtbot)
    dock, model = feature.dock, feature.dock.model
    dock.filter_edit.setText("大學")  # (QTest cannot type CJK: it aborts on non-Latin-1 keys)
    assert model.rowCount() == 1  # only organisations have 大學
    org = model.index(0, 0)
    names = [model.index(r, 0, org).data() for r in range(model.rowCount(org))]
    assert names and all("大學" in n for n in names)
    dock.filter_edit.setText("兰州大学")  # the Simplified key matches too
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) >= 1
    dock.filter_edit.clear()
    qtbot.keyClicks(dock.filter_edit, "Document")  # a type name keeps the whole type
    assert [model.index(r, 0).data(TYPE_ROLE) for r in range(model.rowCount())] == ["DOC"]
    dock.filter_edit.clear()
    assert model.rowCount() >= 6


def test_clicking_cycles_through_occurrences(make_window, qtbot):
    window = make_window()
    window.resize(900, 400)
    feature = wait_entities(window, qtbot)
    dock, model, reader = feature.dock, feature.dock.model, window.reader
    dock.show()
    dock.raise_()
    loc = model.index_for_type("LOC")
    row = _row_of(model, loc, "蘭州高新區")
    group = model.group(model.index(row, 0, loc))
    assert len(group.spans) >= 5
    window.signals.jump_requested.emit(0)
    dock.tree.scrollTo(model.index(row, 0, loc))
    point = dock.item_rect_center(row, loc)
    flashes = []
    window.signals.flash_requested.connect(lambda s, e: flashes.append((s, e)))
    for _ in range(len(group.spans) + 1):
        qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert flashes == group.spans + group.spans[:1]  # in order, then wrapping to the first
    text = reader.document_model.text
    assert all(text[s:e] == "蘭州高新區" for s, e in flashes)
    start, end = flashes[-1]
    assert reader.views.line_at(reader.top_text_pos()) == reader.views.line_at(start)
    assert list(reader.highlighter.layer("flash").starts) == [start]
    assert "1 of" in dock.status_label.text()


def test_first_click_goes_to_the_next_occurrence_after_the_reading_position(make_window, qtbot):
    window = make_window()
    window.resize(900, 300)
    feature = wait_entities(window, qtbot)
    loc = feature.dock.model.index_for_type("LOC")
    row = _row_of(feature.dock.model, loc, "蘭州高新區")
    group = feature.dock.model.group(feature.dock.model.index(row, 0, loc))
    doc = window.reader.document_model
    target = doc.sections[4].heading_start
    window.signals.jump_requested.emit(target)
    top = window.reader.top_text_pos()
    start, _ = feature.next_occurrence(group)
    assert start == min(s for s, _ in group.spans if s >= top)


def test_outline_shows_entity_counts_per_section(make_window, qtbot):
    window = make_window()
    feature = wait_entities(window, qtbot)
    outline = window.outline.model
    doc = window.reader.document_model
    for i, section in enumerate(doc.sections):
        want = sum(
            1
            for s in feature.spans
            if section.start <= s.start < section.end
            and not any(j > i and d.start <= s.start < d.end for j, d in enumerate(doc.sections))
        )
        got = (outline.index_for_section(i).data(COUNTS_ROLE) or {}).get("entities", 0)
        assert got == want, i
    assert "entities" in outline.index(1, 1).data()
    assert "entities" in outline.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_model_passes_qtmodeltester(make_window, qtbot, qtmodeltester):
    window = make_window()
    feature = wait_entities(window, qtbot)
    # One check: the tester then keeps watching every reset and change below.
    qtmodeltester.check(feature.dock.model, force_py=True)
    feature.dock.filter_edit.setText("蘭州")
    window.scripts.actions[Script.HANS].trigger()
    feature.set_type_shown("ORG", False)
    feature.dock.filter_edit.clear()
