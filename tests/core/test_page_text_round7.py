"""Dev documents read back as page text (round 7, `docs/history/outline-log.md`): the app's own text of a
Markdown page, with no format marks, as a page's text would come. A scraper's disclaimer over
the page is never the body's first paragraph (so the title printed twice under it is one
title), and a first-line headline may ask a question."""

from __future__ import annotations

import pytest

from gui.core.furniture import classify_line
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


@pytest.mark.parametrize("name", ["gw-sh-bim-acceptance-2026.md", "gw-sh-fire-inspection-2025.md"])
def test_a_title_printed_twice_under_a_disclaimer_is_one_title(name: str):
    page = read_document(REAL / name)
    plain = document_from_text(page.text)
    assert plain.title == page.title
    assert plain.header.get("number") == page.header.get("number")
    # The disclaimer and the first copy are chrome; the second copy is the title.
    first = plain.text.index(page.title)
    assert plain.is_furniture(0, 10) and plain.is_furniture(first, first + len(page.title))
    assert plain.title_span.start > first


def test_a_headline_that_asks_is_the_title():
    page = read_document(REAL / "news-hk-palace-museum-funding-2017.md")
    assert page.title == "西九故宮疑團再問\u3000馬會點批35億？"
    assert document_from_text(page.text).title == page.title


@pytest.mark.parametrize(
    "first",
    [
        # A sentence, not a headline: too long, or a 。 inside it.
        "馬會撥予慈善項目的錢來自市民大眾。為何審批程序至今仍未向公眾交代，又有誰應負責監察馬會的撥款決定？",
        "疑團未解。馬會點批35億？",
    ],
)
def test_a_question_that_is_no_headline(first: str):
    body = (
        "西九興建故宮文化博物館的爭議，其中一個疑問是馬會有否按既定程序，審批撥款35億元予這個項目。"
    )
    assert document_from_text(f"{first}\n{body}\n{body}\n").title is None


def test_a_gongwen_without_its_number_names_its_issuer_in_its_title():
    # The page text of a dev 公文 whose 文号 was only in the page's metadata: the title's
    # 「XX关于」 over a 主送机关 gives the issuer, and the document is a 公文.
    page = read_document(REAL / "gw-sh-jingan-relics-2018.md")
    plain = document_from_text(page.text)
    assert plain.header.get("number") is None
    assert plain.header.get("addressees") == "区政府各委、办、局，各街道办事处、彭浦镇政府"
    assert plain.header.get("issuer") == "上海市静安区人民政府"
    assert plain.header.genre == "official"
    # A title of that form over no 主送机关 (a news story about the notice) names no issuer.
    body = page.text.split("\n")[3]
    story = document_from_text(f"{plain.title}\n{body}\n{body}\n")
    assert story.header is None or story.header.get("issuer") is None


def test_a_scrapers_note_on_the_text_it_kept_is_chrome():
    # The digest's page text opens with the scraper's note, then the programme line (the
    # title), then the items: the note is chrome, so the programme line is the title.
    page = read_document(REAL / "news-cn-xwlb-digest-2026.md")
    plain = document_from_text(page.text)
    note = "《新闻联播》2026年6月19日 全部 12 条文字稿，原文完整保留。"
    at = plain.text.index(note)
    assert plain.is_furniture(at, at + len(note))
    assert plain.title == page.title == "《新闻联播》 20260619 19:00"
    # The same words about a relic, not the text, are no note.
    relic = "该建筑群的原貌完整保留至今，是研究清代民居的重要实物资料，已列入市级文物保护单位名录。"
    assert classify_line(relic) is None


@pytest.mark.parametrize("name", ["news-cn-xwlb-digest-2026.md", "news-cn-xwlb-digest-20260628.md"])
def test_a_digests_tagged_items_head_it_in_page_text(name: str):
    page = read_document(REAL / name)
    plain = document_from_text(page.text)
    items = [s.heading for s in page.sections if s.heading]
    assert [s.heading for s in plain.sections if s.heading] == items
    assert max(len(h) for h in items) > 45  # (over a sibling subhead's length)


def test_tagged_lines_alone_or_in_sentences_are_no_items():
    page = read_document(REAL / "news-cn-xwlb-digest-2026.md").text.split("\n")
    item = next(ln for ln in page if ln.startswith("[视频]") and len(ln) > 45)
    story = next(ln for ln in page if ln.startswith("央视网消息"))
    # One such line, or two, is no digest.
    two = document_from_text("\n".join(["标题", story, item, story, item, story]) + "\n")
    assert item not in [s.heading for s in two.sections]
    # A tagged sentence is body.
    sentence = "[视频]习近平总书记指出，爱国主义始终是激昂的主旋律。"
    three = document_from_text("\n".join(["标题", *[f"{sentence}\n{story}"] * 3]) + "\n")
    assert sentence not in [s.heading for s in three.sections]
