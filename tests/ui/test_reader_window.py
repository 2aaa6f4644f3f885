"""The reader window on the bundled report: outline, jumps, scripts, find, errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from gui.core.script import Script
from gui.models.outline_model import SECTION_ROLE


def _top_block(window) -> int:
    return window.reader.cursorForPosition(QPoint(0, 0)).blockNumber()


def test_default_report_outline_has_seven_body_items_and_footer(make_window, screenshot):
    window = make_window(initial=True)
    model = window.outline.model
    roles = [model.index(r, 0).data(SECTION_ROLE) for r in range(model.rowCount())]
    assert roles[:-1] == list(range(7))  # the lead section and 6 headings
    assert roles[-1] == -1  # the footer, apart at the end
    assert model.index(7, 0).data() == "Page footer"
    assert model.index(1, 0).data() == "出臺高質量發展的政策體系。"
    assert window.reader.document().blockCount() == window.reader.views.line_count
    assert "1,227" in window.status.count_label.text()
    screenshot(window, "default-report")


def test_clicking_the_fourth_item_puts_its_heading_at_the_top(make_window, qtbot):
    window = make_window()
    window.resize(700, 300)  # short enough that the heading is not already at the top
    qtbot.wait(20)
    doc = window.reader.document_model
    tree = window.outline.tree
    point = window.outline.item_rect_center(3)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    heading = doc.sections[3]
    line = window.reader.views.line_at(heading.heading_start)
    assert _top_block(window) == line
    assert window.reader.top_text_pos() == heading.heading_start
    qtbot.waitUntil(lambda: window.session.current_section == 3)
    assert window.outline.tree.currentIndex().data(SECTION_ROLE) == 3
    assert window.status.section_label.text() == "大力培育和發展科技企業。"


@pytest.mark.parametrize("script", [s for s in Script if s is not Script.ORIGINAL])
def test_each_script_keeps_the_top_paragraph_and_selection(make_window, qtbot, script, screenshot):
    window = make_window()
    window.resize(700, 300)
    qtbot.wait(20)
    reader = window.reader
    doc = reader.document_model
    target = doc.sections[4].heading_start
    window.signals.jump_requested.emit(target)
    reader.select_text_span(target + 2, target + 6)
    before_top = _top_block(window)
    window.scripts.actions[script].trigger()
    assert reader.script is script
    assert _top_block(window) == before_top
    assert reader.top_text_pos() == target
    assert reader.selected_text_span() == (target + 2, target + 6)
    reader.switcher.finish()
    assert reader.toPlainText() == reader.views.view(script).text
    qtbot.waitUntil(lambda: window.session.current_section == 4)
    assert window.status.script_label.text()
    screenshot(window, f"script-{script.value}")


@pytest.mark.parametrize("action", ["zoom_in_action", "zoom_out_action"])
def test_zoom_keeps_the_top_paragraph_like_a_script_switch(make_window, qtbot, action):
    window = make_window()
    window.resize(700, 300)
    qtbot.wait(20)
    reader = window.reader
    target = reader.document_model.sections[4].heading_start
    window.signals.jump_requested.emit(target)
    before_top = _top_block(window)
    size = reader.font_size()
    getattr(window, action).trigger()
    assert reader.font_size() != size
    assert _top_block(window) == before_top
    assert reader.top_text_pos() == target


def test_traditional_views_repair_naive_conversion(make_window):
    window = make_window()
    window.scripts.actions[Script.HANT].trigger()
    window.reader.switcher.finish()
    text = window.reader.toPlainText()
    assert "關於" in text and "示範" in text and "關係" in text
    assert "關于" not in text


def test_find_counts_agree_across_views(make_window, qtbot, screenshot):
    window = make_window()
    bar = window.find_bar
    window.find_action.trigger()
    assert bar.isVisible()
    counts = {}
    for script in Script:
        window.scripts.actions[script].trigger()
        window.reader.switcher.finish()
        for query in ("发展", "發展"):
            bar.edit.setText(query)
            bar.search()
            counts[(script, query)] = len(bar.hits)
            assert bar.count_label.text() == f"1 of {len(bar.hits)}"
    assert len(set(counts.values())) == 1 and next(iter(counts.values())) > 5
    bar.find_next()
    bar.find_next()
    assert bar.count_label.text().startswith("3 of ")
    bar.find_previous()
    assert bar.current_index == 1
    window.scripts.actions[Script.TW].trigger()
    screenshot(window, "find-active")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert list(window.reader.highlighter.layer("find").starts) == []


def test_find_again_after_closing_starts_at_the_reading_position(make_window, qtbot):
    window = make_window()
    window.resize(700, 300)
    qtbot.wait(20)
    bar, reader = window.find_bar, window.reader
    window.find_action.trigger()
    bar.edit.setText("发展")
    bar.search()
    assert bar.current_index == 0
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    late = reader.document_model.sections[5].heading_start
    window.signals.jump_requested.emit(late)
    top = reader.top_text_pos()
    window.find_action.trigger()
    window.find_next_action.trigger()  # F3
    hits = bar.hits
    first_after = next(i for i, hit in enumerate(hits) if hit.start >= top)
    assert first_after > 0  # the case in question: matches above the reading position
    assert bar.current_index == first_after
    assert bar.count_label.text() == f"{first_after + 1} of {len(hits)}"
    window.find_prev_action.trigger()
    assert bar.current_index == first_after - 1


def test_unreadable_file_reports_and_keeps_the_document(make_window, qtbot, tmp_path):
    window = make_window()
    before = window.reader.toPlainText()
    doc_before = window.session.current.document
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02\xff\xfe\x00binary" * 50)
    missing = tmp_path / "missing.txt"
    for path in (bad, missing):
        with qtbot.waitSignal(window.signals.error_reported, timeout=10000) as blocker:
            window.signals.open_requested.emit(str(path))
        assert path.name in blocker.args[0]
        assert "\n" not in blocker.args[0]
    assert [m for _, m in window.notifier.messages] == [
        m for m in (window.notifier.messages[0][1], window.notifier.messages[1][1])
    ]
    assert len(window.notifier.messages) == 2
    assert window.reader.toPlainText() == before
    assert window.session.current.document is doc_before
    assert not window.status.busy.isVisible()


def test_damaged_span_has_a_tooltip_and_footer_is_dimmed(make_window):
    window = make_window()
    reader = window.reader
    doc = reader.document_model
    damaged = doc.damaged[0]
    spans = reader.highlighter.spans_at(damaged.start)
    tips = [tip for name, *_, tip in spans if name == "damaged"]
    assert tips == ["Characters lost when this page was scraped"]
    cursor = reader.textCursor()
    cursor.setPosition(reader.view_position(damaged.start + 1))
    rect = reader.cursorRect(cursor)
    assert reader.tooltips_at(rect.center()) == tips
    # (The footer opens with an organisation: its entity layer, painted over the dimmed footer
    # by design, may or may not have arrived yet.)
    names = [name for name, *_ in reader.highlighter.spans_at(doc.footer.start)]
    assert [name for name in names if not name.startswith("entity-")] == ["footer"]


def test_context_menu_hooks_receive_text_positions(make_window):
    window = make_window()
    reader = window.reader
    doc = reader.document_model
    seen = []
    reader.context_menu_hooks.append(
        lambda menu, pos, sel: (seen.append((pos, sel)), menu.addAction("Mark as ORG…"))
    )
    start = doc.sections[2].heading_start
    reader.select_text_span(start, start + 4)
    cursor = reader.textCursor()
    cursor.setPosition(reader.view_position(start + 1))
    menu = reader.build_context_menu(reader.cursorRect(cursor).center())
    assert "Mark as ORG…" in [a.text() for a in menu.actions()]
    assert seen == [(start + 1, (start, start + 4))] or seen[0][1] == (start, start + 4)
    menu.deleteLater()


@pytest.mark.slow
def test_flash_and_jump_through_the_hub(make_window, qtbot):
    window = make_window()
    doc = window.reader.document_model
    target = doc.sections[5].heading_start
    window.signals.jump_requested.emit(target)
    window.signals.flash_requested.emit(target, target + 3)
    layer = window.reader.highlighter.layer("flash")
    assert list(layer.starts) == [target]
    qtbot.waitUntil(lambda: window.reader.highlighter.layer("flash") is None, timeout=3000)


def test_app_startup_installs_features_after_the_first_document(qtbot):
    """The app defers notes and entities until the report is on screen, then replays the
    open document to them."""
    from gui.settings import Settings
    from gui.ui.main_window import MainWindow
    from gui.ui.notifier import RecordingNotifier
    from tests.conftest import _CLOSED_WINDOWS

    window = MainWindow(Settings(), RecordingNotifier(), defer_features=True)
    _CLOSED_WINDOWS.append(window)
    window.show()
    assert not hasattr(window, "notes") and not hasattr(window, "entities")
    with qtbot.waitSignal(window.signals.document_opened, timeout=15000):
        window.session.open_initial(None)
    qtbot.waitUntil(lambda: hasattr(window, "entities") and hasattr(window, "notes"))
    qtbot.waitUntil(lambda: window.entities.doc is window.session.current.document)
    assert window.reader.document_model is window.session.current.document
    entity_feature = window.entities
    qtbot.waitUntil(lambda: not entity_feature.busy, timeout=20000)
    window.close()


def test_a_bad_file_on_the_command_line_falls_back_to_the_bundled_report(
    make_window, qtbot, tmp_path
):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    window = make_window(None)
    with qtbot.waitSignal(window.signals.document_opened, timeout=15000):
        window.session.open_initial(str(bad))
    assert window.notifier.messages[0][1].startswith("Cannot open empty.txt")
    assert window.session.current.document.path.name == "lanzhou-hi-tech-zone-2021.txt"
