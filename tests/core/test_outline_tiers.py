"""Levels of numbered hierarchies that are not a Taiwan 公文's labelled parts: a short label
closed by ： right above a numbered heading (a work report's 「各位代表：」, a 通知's 主送机关
「各有关单位：」) is an address, not a tier above GB/T 9704's 一、 > （一） > 1. > （1）. Built
from real lines of dev documents of batch 1 (wr-cn-2024, gw-sh-transport-oversize-2025),
set so that the label stands right over the first numbered heading, as a scraped page may
leave them when the sentence between is lost or run into the heading's line."""

from __future__ import annotations

import pytest

from gui.core.reading import document_from_text
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _lines(name: str) -> list[str]:
    return [ln.strip() for ln in (REAL / name).read_text(encoding="utf-8").splitlines()]


def _line(lines: list[str], prefix: str) -> str:
    """The document's line that opens with ``prefix`` (exactly one)."""
    found = [ln for ln in lines if ln.startswith(prefix)]
    assert len(found) == 1, prefix
    return found[0]


def _levels(text: str) -> list[tuple[int, str]]:
    doc = document_from_text(text)
    return [(s.level, s.heading) for s in doc.sections if s.heading]


def test_work_report_address_over_its_first_heading_keeps_gbt_ranks():
    wr = _lines("wr-cn-2024.txt")
    text = "\n".join(
        [
            wr[0],  # the title line with its occasion
            "各位代表：",
            _line(wr, "一、2023年工作回顾"),
            _line(wr, "过去一年，是全面贯彻党的二十大精神的开局之年"),
            _line(wr, "三、2024年政府工作任务"),
            _line(wr, "（一）大力推进现代化产业体系建设"),
            _line(wr, "（二）深入实施科教兴国战略"),
            _line(wr, "（三）着力扩大国内需求"),
        ]
    )
    levels = _levels(text + "\n")
    assert [h for _, h in levels if h.startswith("各位代表")] == []
    assert levels[0] == (1, "一、2023年工作回顾")
    assert (1, "三、2024年政府工作任务") in levels
    assert (2, "（一）大力推进现代化产业体系建设，加快发展新质生产力。") in levels
    assert (2, "（三）着力扩大国内需求，推动经济实现良性循环。") in levels


def test_notices_addressees_over_its_first_heading_keep_gbt_ranks():
    gw = _lines("gw-sh-transport-oversize-2025.md")
    text = "\n".join(
        [
            _line(gw, "# 上海市交通委员会"),
            _line(gw, "各有关单位："),
            _line(gw, "一、适用范围及部门职责"),
            _line(gw, "（一）适用事项范围。"),
            _line(gw, "（二）部门工作职责。"),
            _line(gw, "二、重点任务"),
            _line(gw, "（一）优化业务流程。"),
            _line(gw, "（二）优化改造系统。"),
        ]
    )
    levels = _levels(text + "\n")
    assert levels[:3] == [
        (1, "一、适用范围及部门职责"),
        (2, "（一）适用事项范围。"),
        (2, "（二）部门工作职责。"),
    ]
    assert (1, "二、重点任务") in levels
    assert not any(h == "各有关单位：" for _, h in levels)


DEV_PLAIN_TEXTS = [
    "wr-cn-2024.txt",
    "wr-guizhou-2026.txt",
    "wr-shaanxi-2026.txt",
    "gw-sh-jingan-relics-2018.md",
    "gw-sh-chongming-checkup-2021.md",
    "gw-sh-transport-oversize-2025.md",
]


@pytest.mark.parametrize("name", DEV_PLAIN_TEXTS)
def test_an_address_over_the_first_heading_moves_no_level(name):
    # Each dev document with a GB/T hierarchy, as text, then with a work report's address
    # line set right over its first 一、 heading: every heading keeps its level.
    text = (REAL / name).read_text(encoding="utf-8")
    before = _levels(text)
    first = next(h for _, h in before if h.startswith("一、"))
    at = text.index(first)
    after = _levels(text[:at] + "各位代表：\n" + text[at:])
    assert after == before
