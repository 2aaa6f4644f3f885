"""Entity corrections (#16): undo and redo like notes, Forget Correction under the pointer
without a selection, and corrections for this report only or for every report."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from gui.core.entities import load_corrections
from tests.conftest import DEFAULT_REPORT
from tests.ui.test_entities_corrections import _action, _after_correction, _menu_at, _texts
from tests.ui.test_entities_highlights import wait_entities
from tests.ui.ui_language import ui_language


def test_forget_correction_without_selecting_the_word(make_window, qtbot):
    window = make_window()
    feature = wait_entities(window, qtbot)
    text = window.reader.document_model.text
    start = text.index("中牧股份")
    reject = _action(_menu_at(window, start + 1), "entity_reject")
    _after_correction(feature, qtbot, reject.trigger)
    assert "中牧股份" not in _texts(feature)
    # No highlight and no selection: the pointer on the word is enough.
    window.reader.select_text_span(start, start)
    assert window.reader.selected_text_span() is None
    forget = _action(_menu_at(window, start + 2), "entity_forget")
    assert forget is not None and "中牧股份" in forget.text()
    _after_correction(feature, qtbot, forget.trigger)
    assert "中牧股份" in _texts(feature, "ORG")
    # Elsewhere, no correction is offered.
    assert _action(_menu_at(window, text.index("實現總產值")), "entity_forget") is None


def test_corrections_undo_and_redo_like_notes(make_window, qtbot, isolated_data_dir):
    window = make_window()
    feature = wait_entities(window, qtbot)
    text = window.reader.document_model.text
    start = text.index("生物醫藥", text.index("》,推動"))
    window.reader.select_text_span(start, start + 4)
    mark = _action(_menu_at(window, start + 1), "mark_as_TERM")
    _after_correction(feature, qtbot, mark.trigger)
    assert "生物醫藥" in _texts(feature, "TERM")
    undo = window.notes.undo_action  # Edit → Undo
    assert undo.text() == "&Undo Mark “生物醫藥” as Term"
    _after_correction(feature, qtbot, undo.trigger)
    assert "生物醫藥" not in _texts(feature, "TERM")
    assert load_corrections(isolated_data_dir / "corrections.json").is_empty()
    _after_correction(feature, qtbot, window.notes.redo_action.trigger)
    assert "生物醫藥" in _texts(feature, "TERM")
    assert load_corrections(isolated_data_dir / "corrections.json").marks == {"生物医药": "TERM"}


def test_a_correction_for_this_report_only_leaves_the_others(
    make_window, qtbot, tmp_path, isolated_data_dir
):
    window = make_window()
    feature = wait_entities(window, qtbot)
    doc = window.reader.document_model
    start = doc.text.index("中牧股份")
    here = _action(_menu_at(window, start + 1), "entity_reject_here")
    assert here.text() == "“中牧股份” Is Not an Entity in This Report"
    _after_correction(feature, qtbot, here.trigger)
    assert "中牧股份" not in _texts(feature)
    saved = load_corrections(isolated_data_dir / "corrections.json")
    assert not saved.not_entities and saved.reports[doc.fingerprint].not_entities == {"中牧股份"}
    window.close()
    # Another report (another fingerprint) with the same company: still an organisation.
    other = tmp_path / "other.txt"
    other.write_text(DEFAULT_REPORT.read_text(encoding="utf-8") + "\n附：另一份報告。\n", "utf-8")
    second = make_window(other)
    feature = wait_entities(second, qtbot)
    assert "中牧股份" in _texts(feature, "ORG")
    # Marked for every report instead, it changes this one too.
    start = second.reader.document_model.text.index("中牧股份")
    reject = _action(_menu_at(second, start + 1), "entity_reject")
    _after_correction(feature, qtbot, reject.trigger)
    assert "中牧股份" not in _texts(feature)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_corrections_menu_screenshots(make_window, qapp, qtbot, screenshot, theme, language):
    with ui_language(qapp, language):
        window = make_window()
        window.set_theme(theme)
        feature = wait_entities(window, qtbot)
        text = window.reader.document_model.text
        start = text.index("中牧股份")
        feature.reject("中牧股份")
        qtbot.waitUntil(lambda: "中牧股份" not in _texts(feature), timeout=30000)
        window.reader.select_text_span(start, start + 4)
        menu = _menu_at(window, start + 1)
        if language == "zh_CN":
            assert _action(menu, "entity_forget").text().startswith("清除")
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitExposed(menu)
        screenshot(menu, f"entity-corrections-menu-{theme}-{language}")
        sub = menu.findChild(QMenu, "entity_mark_here_menu")
        sub.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitExposed(sub)
        screenshot(sub, f"entity-mark-here-menu-{theme}-{language}")
        sub.hide()
        menu.hide()
