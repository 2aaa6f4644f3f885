"""A member or participant list's entries — a name and the office held (「王训国 市规划资源局副局长」,
「总   指   挥：张小宏 副市长」) — are never headings, however few of them stand between body
paragraphs. The document is batch 6's dev 公文 that sets up a 指挥部 and lists its members; a
short list of one or two entries is the same list cut down (a 公文 naming a leader and a deputy)."""

from __future__ import annotations

import pytest

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

PAGE = REPO / "tests" / "data" / "real" / "gw-sh-north-south-corridor-hq-2025.md"


def _lines() -> tuple[list[str], int, int]:
    source = PAGE.read_text(encoding="utf-8")
    body = source[source.index("# 上海市人民政府办公厅") :].replace("# ", "", 1)
    lines = [ln for ln in body.split("\n") if ln.strip()]
    first = next(i for i, ln in enumerate(lines) if ln.startswith("总"))
    after = next(i for i, ln in enumerate(lines) if ln.startswith("指挥部下设"))
    return lines, first, after


def test_the_real_member_list_heads_nothing():
    document = read_document(PAGE)
    assert [s.heading for s in document.sections if s.heading] == []


@pytest.mark.parametrize("keep", [1, 2])
@pytest.mark.parametrize("end", ["first", "last"])
def test_a_short_member_list_heads_nothing(keep: int, end: str):
    lines, first, after = _lines()
    members = lines[first:after]
    kept = members[:keep] if end == "first" else members[-keep:]
    document = document_from_text("\n".join(lines[:first] + kept + lines[after:]))
    assert [s.heading for s in document.sections if s.heading] == []


def test_a_subhead_over_the_same_paragraphs_still_heads_them():
    # The form decides, not the place: a headline there (a real one of batch 6's Hong Kong
    # page) is a heading, and the same line ending in an office is an entry.
    lines, first, after = _lines()
    for line, heads in [("民政專員拉隊離場", True), ("肖 辉 市交通委副主任", False)]:
        document = document_from_text("\n".join(lines[:first] + [line] + lines[after:]))
        assert (line in [s.heading for s in document.sections]) is heads
