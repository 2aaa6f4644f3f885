"""Corrections from the reader's context menu: Mark As on a selection, Not an Entity on a
highlight, Forget; applied to every occurrence, kept in <data dir>/corrections.json (a new
window sees them), exported and imported; a bad file is a clear message and loses nothing."""

from __future__ import annotations

import json

from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from gui.core.entities import load_corrections
from tests.ui.test_entities_highlights import wait_entities


def _menu_at(window, pos: int) -> QMenu:
    """The reader's context menu with the mouse over text position ``pos``."""
    reader = window.reader
    window.signals.jump_requested.emit(pos)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.view_position(pos) + 1)
    point = reader.cursorRect(cursor).center()
    point.setX(point.x() - 2)  # on the character before the cursor
    return reader.build_context_menu(point)


def _action(menu: QMenu, name: str) -> QAction | None:
    for action in menu.findChildren(QAction):
        if action.objectName() == name:
            return action
    return None


def _texts(feature, entity_type: str | None = None) -> list[str]:
    text = feature.window.reader.document_model.text
    return [text[s.start : s.end] for s in feature.spans if entity_type in (None, s.type)]


def _after_correction(feature, qtbot, trigger) -> None:
    with qtbot.waitSignal(feature.entities_changed, timeout=30000):
        trigger()


def test_mark_as_applies_to_every_occurrence_and_persists(
    make_window, qtbot, isolated_data_dir, screenshot
):
    window = make_window()
    feature = wait_entities(window, qtbot)
    text = window.reader.document_model.text
    assert "生物醫藥" not in _texts(feature)
    start = text.index("生物醫藥", text.index("》,推動"))  # a standalone occurrence
    window.reader.select_text_span(start, start + 4)
    menu = _menu_at(window, start + 1)
    mark = _action(menu, "mark_as_TERM")
    assert mark is not None and mark.text() == "Term"
    sub = menu.findChild(QMenu, "entity_mark_menu")
    assert sub.title() == "Mark “生物醫藥” As"
    menu.popup(window.mapToGlobal(window.rect().center()))
    sub.popup(window.mapToGlobal(window.rect().center()))
    qtbot.wait(30)
    screenshot(menu, "entities-context-menu")
    screenshot(sub, "entities-mark-as-menu")
    sub.hide()
    menu.hide()
    _after_correction(feature, qtbot, mark.trigger)

    terms = _texts(feature, "TERM").count("生物醫藥")
    in_titles = sum(1 for t in _texts(feature, "DOC") if "生物醫藥" in t)
    assert terms >= 4 and terms + in_titles == text.count("生物醫藥")
    saved = json.loads((isolated_data_dir / "corrections.json").read_text(encoding="utf-8"))
    assert saved["marks"] == [{"text": "生物医药", "type": "TERM"}]
    span = next(s for s in feature.spans if text[s.start : s.end] == "生物醫藥")
    tips = [t for _, _, _, t in window.reader.highlighter.spans_at(span.start) if t]
    assert "Term (your correction)" in tips
    window.close()

    again = make_window()  # same data dir: the correction is still there
    feature = wait_entities(again, qtbot)
    assert _texts(feature, "TERM").count("生物醫藥") == terms


def test_not_an_entity_and_forget(make_window, qtbot, isolated_data_dir):
    window = make_window()
    feature = wait_entities(window, qtbot)
    text = window.reader.document_model.text
    n = _texts(feature, "ORG").count("中牧股份")
    assert n == text.count("中牧股份") >= 2
    menu = _menu_at(window, text.index("中牧股份") + 1)
    reject = _action(menu, "entity_reject")
    assert reject is not None and "中牧股份" in reject.text()
    assert _action(menu, "entity_forget") is None
    _after_correction(feature, qtbot, reject.trigger)
    assert "中牧股份" not in _texts(feature)  # every occurrence
    assert load_corrections(isolated_data_dir / "corrections.json").not_entities == {"中牧股份"}

    # No highlight now: select it to get "Forget Correction".
    start = text.index("中牧股份")
    window.reader.select_text_span(start, start + 4)
    menu = _menu_at(window, start + 1)
    forget = _action(menu, "entity_forget")
    assert forget is not None
    _after_correction(feature, qtbot, forget.trigger)
    assert _texts(feature, "ORG").count("中牧股份") == n
    assert load_corrections(isolated_data_dir / "corrections.json").is_empty()


def test_a_correction_made_on_traditional_text_holds_in_every_script(make_window, qtbot):
    from gui.core.script import Script
    from tests.ui.test_entities_highlights import check_placement

    window = make_window()
    feature = wait_entities(window, qtbot)
    _after_correction(feature, qtbot, lambda: feature.mark("生物醫藥", "TERM"))  # as shown
    assert feature.user.corrections.marks == {"生物医药": "TERM"}  # kept by its pivot
    n = _texts(feature, "TERM").count("生物醫藥")
    assert n >= 4
    for script in (Script.HANS, Script.HK):
        window.scripts.actions[script].trigger()
        window.reader.switcher.finish()
        assert check_placement(window, script) == len(feature.spans)
    loc = feature.dock.model.index_for_type("TERM")
    shown = [
        feature.dock.model.index(r, 0, loc).data() for r in range(feature.dock.model.rowCount(loc))
    ]
    assert "生物醫藥" in shown  # 港 view


def test_export_import_round_trip(make_window, qtbot, tmp_path, isolated_data_dir):
    window = make_window()
    feature = wait_entities(window, qtbot)
    _after_correction(feature, qtbot, lambda: feature.mark("生物医药", "TERM"))
    _after_correction(feature, qtbot, lambda: feature.reject("中牧股份"))
    exported = tmp_path / "mine.json"
    assert feature.export_corrections(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "report-reader-corrections"
    assert data["marks"] == [{"text": "生物医药", "type": "TERM"}]
    assert data["not_entities"] == ["中牧股份"]

    _after_correction(feature, qtbot, lambda: feature.forget("生物医药"))
    _after_correction(feature, qtbot, lambda: feature.forget("中牧股份"))
    assert "中牧股份" in _texts(feature)
    other = tmp_path / "colleague.json"
    other.write_text(
        json.dumps(
            {
                "format": "report-reader-corrections",
                "version": 1,
                "marks": [{"text": "甘肅省科學院", "type": "ORG"}],
                "not_entities": [],
            }
        ),
        encoding="utf-8",
    )
    _after_correction(feature, qtbot, lambda: feature.import_corrections(exported))
    _after_correction(feature, qtbot, lambda: feature.import_corrections(other))  # merged
    assert "中牧股份" not in _texts(feature) and "生物醫藥" in _texts(feature, "TERM")
    saved = load_corrections(isolated_data_dir / "corrections.json")
    assert saved.marks == {"生物医药": "TERM", "甘肃省科学院": "ORG"}
    assert saved.not_entities == {"中牧股份"}
    assert window.notifier.messages == []
    assert window.statusBar().currentMessage() == "Entity corrections imported: 1."


def test_malformed_import_is_a_message_and_loses_nothing(
    make_window, qtbot, tmp_path, isolated_data_dir
):
    window = make_window()
    feature = wait_entities(window, qtbot)
    _after_correction(feature, qtbot, lambda: feature.reject("中牧股份"))
    user_file = isolated_data_dir / "corrections.json"
    before = user_file.read_bytes()
    spans = list(feature.spans)
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"marks": [', encoding="utf-8")
    wrong_type = tmp_path / "wrong.json"
    wrong_type.write_text('{"marks": [{"text": "兰州", "type": "CITY"}]}', encoding="utf-8")
    for path, words in ((bad_json, "not valid JSON"), (wrong_type, "unknown type 'CITY'")):
        assert not feature.import_corrections(path)
        title, message = window.notifier.messages[-1]
        assert title == "Cannot import entity corrections"
        assert words in message and "Your corrections have not changed." in message
        assert "Traceback" not in message
    assert not feature.import_corrections(tmp_path / "missing.json")
    assert len(window.notifier.messages) == 3
    qtbot.wait(100)
    assert user_file.read_bytes() == before and feature.spans == spans
    assert feature.user.corrections.not_entities == {"中牧股份"}


def test_unreadable_user_file_is_reported_and_kept(make_window, qtbot, isolated_data_dir):
    user_file = isolated_data_dir / "corrections.json"
    user_file.write_text("{broken", encoding="utf-8")
    window = make_window()
    feature = wait_entities(window, qtbot)
    assert len(feature.spans) >= 50  # recognition goes on without corrections
    title, message = window.notifier.messages[0]
    assert title == "Entity corrections not loaded" and "not valid JSON" in message
    _after_correction(feature, qtbot, lambda: feature.reject("中牧股份"))
    kept = list(isolated_data_dir.glob("corrections.unreadable-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{broken"
    assert load_corrections(user_file).not_entities == {"中牧股份"}
