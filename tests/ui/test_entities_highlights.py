"""Entity highlights in the reader: exactly over the entity characters in every script and
after CJK Extension B characters, tooltips with the type name, toggles, themes, screenshots."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from gui.core.script import Script, convert_fragment
from gui.models.outline_model import COUNTS_ROLE
from gui.ui.entities.install import layer_name
from gui.ui.entities.style import TYPES, entity_formats, tint, type_name

EXT_B = (
    "𠀀𠀀甘肅省工作報告\n"
    "一、𠀀發展概況\n"
    "𠀀2021年,𠀀蘭州高新區與蘭州大學簽約,𠀀投資140億元,發布《關於加快發展的措施》。\n"
    "二、下一步\n"
    "𠀀𠀀推進“揭榜掛帥”,蘭州高新區新增企業200家。"
)


def wait_entities(window, qtbot, timeout: int = 30000):
    feature = window.entities
    qtbot.waitUntil(lambda: feature.result is not None and not feature.busy, timeout=timeout)
    return feature


def u16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def u16_slice(s: str, a: int, b: int) -> str:
    return s.encode("utf-16-le")[2 * a : 2 * b].decode("utf-16-le")


def applied_ranges(reader, block, name: str) -> list[tuple[int, int]]:
    """UTF-16 ranges of layer ``name`` as applied to ``block`` (the overlay the reader paints,
    or the block layout's formats when the layer is painted by QSyntaxHighlighter)."""
    hl = reader.highlighter
    if hasattr(hl, "overlay_ranges") and not hl.layer(name).static:
        return sorted((a, b) for layer, a, b in hl.overlay_ranges(block) if layer.name == name)
    colour = hl.layer(name).fmt.background().color()
    return sorted(
        (r.start, r.start + r.length)
        for r in block.layout().formats()
        if r.format.background().color() == colour
    )


def check_placement(window, script: Script) -> int:
    """Every entity's highlight covers exactly the view characters of the entity."""
    feature, reader = window.entities, window.reader
    views, qdoc = reader.views, reader.document()
    text = reader.document_model.text
    checked = 0
    for entity_type in TYPES:
        spans = [s for s in feature.spans if s.type == entity_type]
        if not spans:
            assert reader.highlighter.layer(layer_name(entity_type)) is None
            continue
        by_line: dict[int, list] = {}
        for s in spans:
            by_line.setdefault(views.line_at(s.start), []).append(s)
        for line, items in by_line.items():
            block = qdoc.findBlockByNumber(line)
            got = applied_ranges(reader, block, layer_name(entity_type))
            assert len(got) == len(items), (entity_type, block.text())
            for (a, b), span in zip(got, sorted(items, key=lambda s: s.start), strict=True):
                original = text[span.start : span.end]
                want = original if script is Script.ORIGINAL else convert_fragment(original, script)
                assert u16_slice(block.text(), a, b) == want
                checked += 1
    return checked


@pytest.mark.parametrize("script", [Script.ORIGINAL, Script.HANS, Script.HANT, Script.TW])
def test_highlights_cover_exactly_the_entities(make_window, qtbot, script):
    window = make_window()
    feature = wait_entities(window, qtbot)
    assert len(feature.spans) >= 50
    window.scripts.actions[script].trigger()
    window.reader.switcher.finish()
    assert check_placement(window, script) == len(feature.spans)


@pytest.mark.parametrize("script", list(Script))
def test_highlights_after_extension_b_characters(make_window, qtbot, tmp_path, script):
    path = tmp_path / "ext-b.txt"
    path.write_text(EXT_B, encoding="utf-8")
    window = make_window(path)
    feature = wait_entities(window, qtbot)
    found = {(s.type, window.reader.document_model.text[s.start : s.end]) for s in feature.spans}
    assert ("ORG", "蘭州大學") in found and ("LOC", "蘭州高新區") in found
    assert ("QUANT", "140億元") in found and ("DATE", "2021年") in found
    window.scripts.actions[script].trigger()
    window.reader.switcher.finish()
    assert check_placement(window, script) == len(feature.spans) >= 8
    # And by hand for one: 蘭州大學 on line 2 sits after two 𠀀 (two UTF-16 units each).
    block = window.reader.document().findBlockByNumber(2)
    shown = (
        "蘭州大學" if script in (Script.ORIGINAL, Script.HANT, Script.TW, Script.HK) else "兰州大学"
    )
    i = block.text().index(shown)
    assert (u16(block.text()[:i]), u16(block.text()[:i]) + 4) in applied_ranges(
        window.reader, block, layer_name("ORG")
    )
    assert u16(block.text()[:i]) == i + 2


def test_tooltip_names_the_type(make_window, qtbot):
    window = make_window()
    feature = wait_entities(window, qtbot)
    for entity_type in ("ORG", "LOC", "DATE", "QUANT", "DOC", "TERM"):
        span = next(s for s in feature.spans if s.type == entity_type)
        tips = [t for _, _, _, t in window.reader.highlighter.spans_at(span.start) if t]
        assert type_name(entity_type) in tips
    assert type_name("ORG") == "Organisation" and type_name("LOC") == "Place"
    # Through the widget: a help event at the entity's position shows it.
    reader = window.reader
    span = next(s for s in feature.spans if s.type == "ORG")
    window.signals.jump_requested.emit(span.start)
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.view_position(span.start + 1))
    point = reader.cursorRect(cursor).center()
    assert "Organisation" in reader.tooltips_at(point)


def test_master_and_type_toggles_remove_and_restore_layers(make_window, qtbot):
    window = make_window()
    feature = wait_entities(window, qtbot)
    hl = window.reader.highlighter
    assert window.outline.model.index(1, 0).data(COUNTS_ROLE)["entities"] > 0
    n_org = sum(1 for s in feature.spans if s.type == "ORG")
    assert len(hl.layer(layer_name("ORG")).starts) == n_org

    feature.type_actions["ORG"].trigger()  # View → Entities → Organisation off
    assert hl.layer(layer_name("ORG")) is None
    assert hl.layer(layer_name("LOC")) is not None
    assert not feature.dock.type_buttons["ORG"].isChecked()
    assert check_placement_hidden(window) == 0
    feature.dock.type_buttons["ORG"].click()  # back on from the legend
    assert len(hl.layer(layer_name("ORG")).starts) == n_org
    assert feature.type_actions["ORG"].isChecked()

    qtbot.keyClick(window.reader, "e", modifier=qtbot_ctrl())  # Ctrl+E: all off
    assert not feature.show_action.isChecked()
    assert not [n for n in hl.layer_names() if n.startswith("entity-")]
    assert "entities" not in (window.outline.model.index(1, 0).data(COUNTS_ROLE) or {})
    feature.show_action.trigger()
    assert sorted(n for n in hl.layer_names() if n.startswith("entity-")) == sorted(
        layer_name(t) for t in {s.type for s in feature.spans}
    )


def check_placement_hidden(window) -> int:
    """How many ORG ranges are still applied anywhere."""
    reader = window.reader
    hl = reader.highlighter
    if not hasattr(hl, "overlay_ranges"):
        return 0
    qdoc = reader.document()
    return sum(
        1
        for n in range(qdoc.blockCount())
        for layer, _, _ in hl.overlay_ranges(qdoc.findBlockByNumber(n))
        if layer.name == layer_name("ORG")
    )


def qtbot_ctrl():
    from PySide6.QtCore import Qt

    return Qt.KeyboardModifier.ControlModifier


def test_toggles_are_remembered(make_window, qtbot):
    window = make_window()
    wait_entities(window, qtbot)
    window.entities.set_type_shown("QUANT", False)
    window.entities.set_shown(False)
    window.save_settings()
    window.close()
    again = make_window()
    feature = again.entities
    assert not feature.shown and "QUANT" in feature.hidden_types
    assert not feature.show_action.isChecked() and not feature.type_actions["QUANT"].isChecked()
    wait_entities(again, qtbot)
    assert not [n for n in again.reader.highlighter.layer_names() if n.startswith("entity-")]
    feature.set_shown(True)
    assert again.reader.highlighter.layer(layer_name("QUANT")) is None
    assert again.reader.highlighter.layer(layer_name("ORG")) is not None


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_colours_readable_in_both_themes_and_screenshots(make_window, qtbot, screenshot, theme):
    window = make_window()
    feature = wait_entities(window, qtbot)
    window.set_theme(theme)
    qtbot.waitUntil(
        lambda: (
            (window.reader.palette().color(QPalette.ColorRole.Base).lightness() < 128)
            == (theme == "dark")
        )
    )
    qtbot.wait(20)
    palette = window.reader.palette()
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    assert dark == (theme == "dark")
    formats = entity_formats(palette)
    text_colour = palette.color(QPalette.ColorRole.Text)
    backgrounds = set()
    for entity_type in TYPES:
        bg = formats[entity_type].background().color()
        assert _contrast(bg, text_colour) >= 4.5, (theme, entity_type)
        backgrounds.add(bg.name())
        layer = window.reader.highlighter.layer(layer_name(entity_type))
        if layer is not None:  # the layer was rebuilt for this theme
            assert layer.fmt.background().color() == tint(entity_type, palette)
    assert len(backgrounds) == len(TYPES)
    styles = {formats[t].underlineStyle() for t in TYPES}
    assert len(styles) == len(TYPES)  # a second cue besides colour
    window.resize(1280, 800)
    window.entities.dock.show()
    window.entities.dock.raise_()
    qtbot.wait(100)
    screenshot(window, f"entities-{theme}")
    feature.menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.wait(50)
    screenshot(feature.menu, f"entities-menu-{theme}")
    feature.menu.hide()
    window.set_theme("light")
