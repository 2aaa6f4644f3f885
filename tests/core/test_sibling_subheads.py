"""A document's subheads are alike (``gui.core.subhead_runs.sibling_subheads``): a line of their
form longer than a lone subhead may be heads its paragraph when the document sets other lines
so. Tested on real lines of two batch-3/4 dev releases (Tainan city: plain headlines and 【】
headlines) and on the same lines without their siblings."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
AGRICULTURE = REAL / "press-tw-tainan-agriculture-review-2025.txt"
COUNCIL = REAL / "press-tw-tainan-council-replies-2026.txt"


def _paragraphs(path):
    return [ln.strip() for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


LINES = _paragraphs(AGRICULTURE)
LONG = next(ln for ln in LINES if ln.startswith("推動「永續漁業產業三支箭」"))  # 29 characters
SHORT = next(ln for ln in LINES if ln.startswith("臺南好農力"))  # 11 characters
OTHER = next(ln for ln in LINES if ln.startswith("強化動物疫病防疫"))


def _body_after(line: str) -> str:
    return LINES[LINES.index(line) + 1]


def test_a_long_headline_among_its_siblings_heads_its_paragraph():
    assert len(LONG) > 25  # over a lone subhead's length
    assert LONG in _headings(read_document(AGRICULTURE))
    doc = document_from_text(
        "\n".join([LINES[0], SHORT, _body_after(SHORT), LONG, _body_after(LONG)]) + "\n"
    )
    assert _headings(doc) == [SHORT, LONG]


def test_a_long_line_alone_is_not_a_subhead():
    # Without a sibling the same line between paragraphs is no heading: it may be a caption,
    # a slogan or a sentence that lost its stop.
    doc = document_from_text(
        "\n".join([LINES[0], _body_after(SHORT), LONG, _body_after(LONG)]) + "\n"
    )
    assert _headings(doc) == []


def test_a_long_line_over_a_shorter_paragraph_is_not_a_sibling():
    short_body = _body_after(LONG)[: len(LONG) - 5]
    doc = document_from_text(
        "\n".join([LINES[0], SHORT, _body_after(SHORT), OTHER, _body_after(OTHER), LONG])
        + "\n"
        + short_body
        + "\n"
    )
    assert LONG not in _headings(doc)
    assert _headings(doc) == [SHORT, OTHER]


def test_a_long_bracketed_headline_among_bracketed_siblings():
    headings = _headings(read_document(COUNCIL))
    longest = max(headings, key=len)
    assert len(longest) > 40 and longest.startswith("【") and longest.endswith("】")
    assert sum(h.startswith("【") for h in headings) >= 3


def test_a_feed_caption_opening_with_a_bracketed_name_is_no_sibling():
    # A Macau feed's 「【旅遊局】…」 line under the title names the issuer and repeats the
    # headline: a caption, even in a release whose subheads are many (batch-4 dev).
    doc = read_document(REAL / "press-mo-tourism-expo-closing-2026.html")
    headings = _headings(doc)
    assert len(headings) >= 5
    assert not any(h.startswith("【旅遊局】") for h in headings)
