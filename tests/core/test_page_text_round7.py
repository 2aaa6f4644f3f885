"""Dev documents read back as page text (round 7, `docs/outline.md`): the app's own text of a
Markdown page, with no format marks, as a page's text would come. A scraper's disclaimer over
the page is never the body's first paragraph (so the title printed twice under it is one
title), and a first-line headline may ask a question."""

from __future__ import annotations

import pytest

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
