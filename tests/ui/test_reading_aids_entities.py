"""The dictionary pop-up names the entity type when the looked-up word is (inside) a
recognised entity, read from the reader's entity highlights (real window, real recogniser);
screenshots of that pop-up, light and dark, English and 简体中文."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPainter, QTextCursor

from tests.conftest import SCREENSHOTS
from tests.ui.test_entities_highlights import wait_entities
from tests.ui.test_reading_aids_window import _cursor_to


def _shown_text(reader, span) -> str:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.view_position(span.start))
    cursor.setPosition(reader.view_position(span.end, end=True), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def _look_up(window, needle: str):
    _cursor_to(window.reader, needle)
    window.reading_aids.look_up_action.trigger()
    popup = window.reading_aids.popup
    assert popup is not None and popup.isVisible()
    return popup


def _entity_containing(window, needle: str):
    """The recognised entity that holds the first occurrence of ``needle`` in the reader."""
    reader = window.reader
    found = reader.document().find(needle)
    start = reader.text_pos_at(found.selectionStart())
    end = reader.text_pos_at(found.selectionEnd(), end=True)
    spans = [s for s in window.entities.spans if s.start <= start and end <= s.end]
    assert spans, needle
    return spans[0]


def test_popup_names_the_entity_of_the_word(make_window, qtbot):
    from gui.ui.entities.style import type_name

    window = make_window()
    wait_entities(window, qtbot)
    popup = _look_up(window, "蘭州高新區")  # 蘭州 is the word; the zone is the entity
    assert popup.match.word == "蘭州"
    span = _entity_containing(window, "蘭州高新區")
    whole = _shown_text(window.reader, span)
    assert len(whole) > len("蘭州")
    assert popup.entity_label.isVisible()
    assert popup.entity_label.text() == f"Part of {type_name(span.type)}: {whole}"

    # A word in no entity: no line.
    popup = _look_up(window, "加快")
    assert popup.match.word == "加快" and not popup.entity_label.isVisible()

    # The type's highlights turned off: the pop-up says what the text shows, nothing.
    window.entities.set_type_shown(span.type, False)
    qtbot.wait(20)
    popup = _look_up(window, "蘭州高新區")
    assert not popup.entity_label.isVisible()
    window.entities.set_type_shown(span.type, True)
    qtbot.wait(20)
    popup = _look_up(window, "蘭州高新區")
    assert popup.entity_label.isVisible()


def test_popup_names_an_entity_that_is_the_word_itself(make_window, qtbot):
    from gui.ui.entities.style import type_name

    window = make_window()
    entities = wait_entities(window, qtbot)
    dictionary = window.reading_aids.dictionary()
    reader = window.reader
    # The first entity that is one dictionary word exactly (a pattern of the text, not a
    # fixed string: whichever the recogniser found).
    for span in entities.spans:
        text = _shown_text(reader, span)
        match = dictionary.word_at(text, 0)
        if match is not None and match.word == text and text in reader.document().toPlainText():
            break
    else:
        pytest.fail("no entity is a single dictionary word")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.view_position(span.start))
    reader.setTextCursor(cursor)
    window.reading_aids.look_up_action.trigger()
    popup = window.reading_aids.popup
    assert popup.match.word == text
    assert popup.entity_label.text() == type_name(span.type)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_entity_popup_screenshots(make_window, qtbot, qapp, theme, language):
    from gui import i18n

    if language != "en":
        i18n.compile_translations()  # the .qm from the current catalog
    assert i18n.install_translator(qapp, language) == language
    try:
        window = make_window()
        window.resize(1100, 700)
        window.set_theme(theme)
        wait_entities(window, qtbot)
        popup = _look_up(window, "蘭州高新區")
        qtbot.waitExposed(popup)
        label = popup.entity_label.text()
        assert label.startswith("属于" if language == "zh_CN" else "Part of ")
        image = window.grab()
        painter = QPainter(image)
        painter.drawPixmap(window.mapFromGlobal(popup.pos()), popup.grab())
        painter.end()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = f"reading-aids-popup-entity-{language}-{theme}.png"
        assert image.save(str(SCREENSHOTS / name))
    finally:
        i18n.install_translator(qapp, "en")
