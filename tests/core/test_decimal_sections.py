"""Decimal section numbers (「1 总则」 / 「1.1 编制目的」 / 「2.1.1 …」) are a numbering tier of their
own, one level per depth: standards (GB/T 1.1) and 应急预案 number their clauses so. The clause
titles are those of the 应急预案 outline of AQ/T 9002-2006 (生产经营单位安全生产事故应急预案编制导则,
as a public emergency-plan system's template lists them); the text between them is real body
text of the corpus (batch 6's dev Shanghai 公文), so only the numbers decide."""

from __future__ import annotations

import pytest

from gui.core.numbering import RANK_DECIMAL, numbered
from gui.core.reading import document_from_text
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
CLAUSES = [
    "1 总则",
    "1.1 编制目的",
    "1.2 编制依据",
    "1.3 适用范围",
    "2 生产经营单位的危险性分析",
    "2.1 生产经营单位概况",
    "2.2 危险源与风险分析",
    "3 组织机构及职责",
    "3.1 应急组织体系",
    "3.1.1 应急指挥部",
    "3.1.2 应急工作组",
    "3.2 指挥机构及职责",
    "4 附则",
]
LEVELS = [1, 2, 2, 2, 1, 2, 2, 1, 2, 3, 3, 2, 1]


def _body() -> list[str]:
    text = (REAL / "gw-sh-taxi-fare-float-rules-2021.md").read_text(encoding="utf-8")
    return [ln.strip() for ln in text.split("\n") if len(ln.strip()) > 40 and "。" in ln]


def _plan(clauses: list[str]) -> str:
    body = _body()
    lines = ["某某公司生产安全事故应急预案"]
    for n, clause in enumerate(clauses):
        lines += [clause, body[n % len(body)]]
    return "\n".join(lines)


@pytest.mark.parametrize("space", [" ", "\u3000", "  "])
def test_decimal_clauses_are_headings_one_level_per_depth(space: str):
    clauses = [c.replace(" ", space, 1) for c in CLAUSES]
    document = document_from_text(_plan(clauses))
    found = [(s.level, s.heading) for s in document.sections if s.heading]
    assert found == list(zip(LEVELS, clauses, strict=True))


def test_clauses_without_a_space_and_with_a_full_width_point():
    clauses = [c.replace(" ", "").replace(".", "．") for c in CLAUSES if "." in c]
    document = document_from_text(_plan(clauses))
    # Without the bare top clauses the depths a document uses rank it: 1.1 is level 1.
    assert [s.level for s in document.sections if s.heading] == [
        lv - 1 for c, lv in zip(CLAUSES, LEVELS, strict=True) if "." in c
    ]


@pytest.mark.parametrize(
    "line",
    [
        "1.5亿元资金已到位。",  # an amount, not a clause
        "2.5",  # a scraper's 「PM」 / 「2.5」 split
        "3.5%的增速高于全国。",
        "12 月 3 日，市交通委召开会议。",  # a bare number before a unit
        "3 家企业获批首批试点。",
    ],
)
def test_numbers_that_count_are_no_clause(line: str):
    assert numbered(line) is None or numbered(line)[0] < RANK_DECIMAL


def test_a_bare_number_heads_only_in_a_document_of_decimal_clauses():
    body = _body()
    stray = "2 市级部门联动推进。"  # (a sentence: as a clause it would head a section)
    text = "\n".join(["关于某事项的通知", body[0], stray, body[1], body[2]])
    assert [s.heading for s in document_from_text(text).sections if s.heading] == []
    clauses = document_from_text("\n".join([text, "2.1 市级部门", body[3]]))
    assert [s.heading for s in clauses.sections if s.heading] == [stray, "2.1 市级部门"]
    # Past the document's last clause number a bare number is a sentence's, not a clause.
    document = document_from_text(_plan(CLAUSES + ["12 工作组"]))
    assert (1, "12 工作组") not in [(s.level, s.heading) for s in document.sections]
