"""Round 16's rules (`docs/outline.md`, "Round 16, session 15"): headings of plain text nobody
tuned on, on the lines of the outline check sets read back as text and of dev documents:

- levels follow the numbering systems' order of first appearance where it contradicts their
  usual ranks (a survey's 「一. 报告背景」 over 「3.1. 受访者特征」 over 「3.1.1 …」);
- a hard-wrapped text (every paragraph broken into lines of one width, as a PDF page or a mail
  is copied out) is read by its paragraphs: a piece of a wrapped line heads nothing.
"""

from __future__ import annotations

from pathlib import Path

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
CHECK2 = REAL / "outline_check2"


def _as_text(path: Path):
    """The file read as the app reads it, then its text read back as plain page text."""
    return document_from_text(read_document(path).text, path.with_suffix(".txt"))


def _levels(doc) -> dict[str, int]:
    return {s.heading: s.level for s in doc.sections if s.heading}


def test_a_numbering_system_first_seen_under_another_nests_under_it():
    levels = _levels(_as_text(CHECK2 / "assoc-cn-kaiyuanshe-oss-report-2023-survey.md"))
    assert levels["一. 报告背景"] == levels["三. 问卷分析"] == 1
    assert levels["3.1. 受访者特征"] == 2
    assert levels["3.1.1 年龄、性别、学历、城市"] == 3
    assert levels["受访者特征"] == 2  # (a plain subhead under 二. as before)


def test_a_part_number_listed_under_a_clause_nests_under_it():
    levels = _levels(_as_text(CHECK2 / "assoc-cn-kaiyuanshe-oss-report-2025-data.md"))
    assert levels["一、数据篇概览"] == 1
    assert levels["1.2 指标体系与数据来源"] == 2
    assert levels["1.2.1 第一层：活跃度（Activity）"] == 3
    assert levels["第四部分：开源专题分析"] == 3  # (under 「1.3 数据篇整体结构」)


def test_systems_in_their_usual_order_keep_their_ranks():
    # A regulation's chapters over its articles, an article's 一、 points under it: the usual
    # order, whichever comes first (a chapter may hold articles before a section appears).
    text = "\n".join(
        [
            "第一章 总则",
            "第一条 为了规范管理，制定本办法。",
            "第二章 管理",
            "第一节 一般规定",
            "第二条 本办法所称单位是指依法设立的机构，应当遵守下列规定。",
            "一、依法经营",
            "单位应当依法经营，接受监督，如实报告有关情况，不得弄虚作假，不得拖延。",
        ]
    )
    levels = _levels(document_from_text(text))
    assert levels["第一章 总则"] == levels["第二章 管理"] == 1
    assert levels["第一节 一般规定"] == 2
    assert levels["第一条"] == levels["第二条"] == 3
