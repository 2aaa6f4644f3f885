"""A news page's update stamp alone on its line (「1900更新」, a Taiwan page's HHMM; 「19:00更新」;
a date and time with the update in brackets) is news furniture, on the real page of a dev
document (news-tw-afghanistan-withdrawal-2021, a Taiwan news page as fed); 「更新」 in the
text of the dev documents (「城市更新」, 「应当及时予以更新」) is not."""

from __future__ import annotations

import csv
import json

import pytest

from gui.core.furniture import classify_line
from gui.core.reading import document_from_text, read_document
from tests.conftest import FRESH_BATCHES, REPO

REAL = REPO / "tests" / "data" / "real"
PAGE = REAL / "news-tw-afghanistan-withdrawal-2021.txt"


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


@pytest.mark.parametrize(
    "stamp", ["1900更新", "19:00更新", "（19:00 更新）", "2021/08/16 19:00（8/16 19:30 更新）"]
)
def test_an_update_stamp_under_the_headline_is_furniture(stamp):
    original = read_document(PAGE)
    lines = original.text.split("\n")
    doc = document_from_text("\n".join([lines[0], stamp, *lines[1:]]))
    at = doc.text.index(stamp)
    assert doc.is_furniture(at, at + len(stamp))
    assert doc.title == original.title
    assert _headings(doc) == _headings(original)


def _body_lines(gold: dict) -> list[str]:
    """The lines of a gold text outside the furniture the gold marks (a page's own stamp line,
    「發佈時間：… 更新時間：…」, is furniture, not text)."""
    furniture = [tuple(span) for span in gold.get("furniture", [])]
    lines, at = [], 0
    for line in gold["text"].split("\n"):
        if not any(a <= at < b for a, b in furniture):
            lines.append(line.strip())
        at += len(line) + 1
    return lines


def test_update_in_the_text_of_the_dev_documents_is_not_a_stamp():
    split = (REAL / "split.tsv").read_text(encoding="utf-8").splitlines()
    rows = list(csv.DictReader(split, delimiter="\t"))
    golds = (
        REAL / "gold" / (row["file"].rsplit(".", 1)[0] + ".json")
        for row in rows
        # a fresh batch is kept for an end-of-session measure (tests/conftest.py FRESH_BATCHES)
        if row["split"] == "dev" and row["batch"] not in FRESH_BATCHES
    )
    lines = [
        line
        for path in golds
        if path.is_file()
        for line in _body_lines(json.loads(path.read_text(encoding="utf-8")))
        if "更新" in line
    ]
    assert len(lines) >= 10  # 城市更新, 应当及时予以更新, 持续更新国家安全资讯 …
    assert [line for line in lines if classify_line(line) == "news"] == []
