"""A list's caption over numbered items that head nothing (session 24's o38): the caption test
runs before ``drop_empty_tiers`` has found that short items with nothing under them are a list,
so a caption over such items (「學歷：」 over 「一、中華大學科技管理研究所碩士」 /
「二、中華大學企業管理系」, a Hsinchu mayor's profile page, batch 29) is looked at again once
they are. Its sibling 「經 歷：」, over items that are sentences, was a caption already."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO, heading_texts

PROFILE = REPO / "tests" / "data" / "real" / "press-tw-hsinchu-mayor-profile-page.md"


def test_a_caption_over_items_that_head_nothing_heads_its_list():
    doc = read_document(PROFILE)
    assert heading_texts(doc) == ["學歷：", "經 歷："]
    assert {s.level for s in doc.sections if s.heading} == {1}


def test_the_page_read_back_as_plain_text_keeps_both_captions():
    doc = read_document(PROFILE)
    again = document_from_text(doc.text, PROFILE.with_suffix(".txt"))
    assert heading_texts(again)[-2:] == ["學歷：", "經 歷："]
