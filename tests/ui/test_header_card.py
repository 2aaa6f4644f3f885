"""The header card above the reader and the dimmed page furniture, in a real window: shown in
every script view, hidden for a document without a header; find leaves furniture out.
Screenshots in light and dark, English and 简体中文 (test-artifacts/screenshots/)."""

from __future__ import annotations

import pytest

from gui import i18n
from gui.core.script import Script
from tests.conftest import DEFAULT_REPORT

BODY = (
    "农业机械化和农机装备是转变农业发展方式、提高农村生产力的重要基础，是实施乡村振兴战略的"
    "重要支撑。现就加快推进农业机械化和农机装备产业转型升级提出以下意见。"
)
# A State Council document as its page is scraped: chrome, the title wrapped over two lines,
# the number under it, a photo caption in the body.
OFFICIAL = (
    "下载\n打印\n全屏\n收藏\n【字号： 加大 还原 减小 】\n"
    "国务院关于加快推进农业机械化和\n农机装备产业转型升级的指导意见\n国发〔2018〕42号\n"
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    f"{BODY}\n一、总体要求\n{BODY}\n北京中关村（图源：视觉中国）\n二、主要任务\n{BODY}\n"
    "国务院\n2018年12月12日\n（此件公开发布）\n"
)


@pytest.fixture
def official(tmp_path):
    path = tmp_path / "guofa-2018-42.txt"
    path.write_text(OFFICIAL, encoding="utf-8")
    return path


def test_the_card_shows_issuer_number_date_and_addressees_in_every_script(make_window, official):
    window = make_window(official)
    card = window.header_card
    assert card.isVisible()
    shown = card.values_label.text()
    assert shown.split(" · ")[:3] == ["国务院", "国发〔2018〕42号", "2018年12月12日"]
    assert "各省、自治区、直辖市人民政府" in shown
    window.signals.script_change_requested.emit(Script.HANT.value)
    assert window.reader.script is Script.HANT
    assert card.values_label.text().startswith("國務院 · 國發〔2018〕42號")
    # The card sits above the text, and the reader keeps the rest of the window.
    assert card.geometry().bottom() <= window.reader.geometry().top()


def test_no_card_for_a_report_without_a_header(make_window):
    window = make_window(DEFAULT_REPORT)
    assert not window.header_card.isVisible()


def test_furniture_is_dimmed_and_find_leaves_it_out(make_window, official):
    window = make_window(official)
    doc = window.reader.document_model

    def layers_at(pos: int) -> list[str]:
        # An entity's highlight may lie over furniture too (it is left out of the dock's groups
        # and counts, not unpainted), and whether the pass has answered yet is a race: a warm
        # recogniser child left by an earlier long report answers within the window's start.
        names = [name for name, *_ in window.reader.highlighter.spans_at(pos)]
        return [name for name in names if not name.startswith("entity-")]

    assert layers_at(doc.text.index("北京中关村")) == ["furniture"]
    assert layers_at(doc.text.index("全屏")) == ["furniture"]
    find = window.find_bar
    find.open_bar("北京中关村")
    find.search()
    assert find.hits == []  # only in the caption
    find.edit.setText("农机装备")
    find.search()
    hits = find.hits
    assert hits and all(not doc.is_furniture(h.start, h.end) for h in hits)
    assert len(hits) == doc.text.count("农机装备")  # none of them in furniture
    # The outline leaves furniture out: no heading is a chrome or caption line.
    assert [s.heading for s in doc.sections if s.heading] == ["一、总体要求", "二、主要任务"]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_header_card_screenshots(
    make_window, official, qapp, qtbot, screenshot, theme, language, english_afterwards
):
    i18n.install_translator(qapp, language)
    window = make_window(official)
    window.resize(1100, 620)
    window.set_theme(theme)
    qtbot.wait(50)
    card = window.header_card
    expected = "公文" if language == "zh_CN" else "Official document"
    assert card.genre_label.text() == expected
    screenshot(window, f"header-card-{theme}-{language}")


NEWS = (
    "首页 > 新闻中心 > 要闻\n人口普查数据发布：受教育程度明显提高\n"
    "2026-01-25 10:30 来源：新华网\n原标题：第七次人口普查主要数据发布\n"
    f"{BODY}\n北京中关村（图源：视觉中国）\n{BODY}\n责任编辑：李墨轩\n"
)


def test_news_card_in_the_hong_kong_view_screenshot(make_window, tmp_path, qtbot, screenshot):
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    window = make_window(path)
    window.resize(1100, 620)
    window.signals.script_change_requested.emit(Script.HK.value)
    qtbot.wait(50)
    text = window.header_card.values_label.text()
    assert text.startswith("Source: 新華網 · 2026-01-25 10:30")
    assert "責任編輯" not in text and "Editor: 李墨軒" in text
    screenshot(window, "header-card-news-hk")
