"""Levels when a top family is missed (``gui.core.outline_levels.outer_ranks_shown``, round
20): a scraper's lines run into one leave a work report's 「一、2024年政府工作任务…」 run on into its
text, and its （一） children found under it stay level 2 — the text still shows the 一、 family
over them (since round 26 the work report's 一、 part titles are found in it too, at level 1).
Tested on a dev work report (batch 2) with its lines run together, and on the same headings
with no 一、 over them (level 1)."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REPORT = REPO / "tests" / "data" / "real" / "wr-cn-2024.txt"


def _fused(path) -> str:
    # Every line run into one, as a scraper that dropped the line breaks gives it.
    return "".join(ln.strip() for ln in read_document(path).text.split("\n"))


def _numbered(doc, mark: str) -> list[tuple[str, int]]:
    return [(s.heading, s.level) for s in doc.sections if s.heading and s.heading[0] == mark]


def test_children_of_a_run_on_family_keep_their_level():
    text = _fused(REPORT)
    doc = document_from_text(text)
    assert "。一、2023年工作回顾过去一年" in text  # the 一、 family is in the text, run on
    # (Round 26: a work report's part titles run into their text head their parts, level 1.)
    assert _numbered(doc, "一") == [("一、2023年工作回顾", 1)]
    assert _numbered(doc, "三") == [("三、2024年政府工作任务", 1)]
    children = _numbered(doc, "（")
    assert len(children) >= 3
    assert {level for _, level in children} == {2}
    assert read_document(REPORT).sections  # (the file itself reads as before)
    gold_levels = {h: lv for h, lv in _numbered(read_document(REPORT), "（")}
    assert all(gold_levels.get(h) == lv for h, lv in children)  # as the file ranks them


def test_without_the_family_in_the_text_the_children_are_top_level():
    # The same fused text with the 一、/二、/三、 numbers gone: nothing shows a family over the
    # （一） headings, so they are the outline's first level.
    text = _fused(REPORT)
    for number in "一二三四五六七八九十":
        text = text.replace(f"。{number}、", "。")
    doc = document_from_text(text)
    children = _numbered(doc, "（")
    assert len(children) >= 3
    assert {level for _, level in children} == {1}
