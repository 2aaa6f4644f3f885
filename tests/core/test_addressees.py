"""A 公文's 主送机关 (GB/T 9704-2012 7.3.2): a list of bodies or one body alone, closed by ：,
never the lead-in sentence under it nor a speech's salutation. Lines and documents are the
corpus's dev documents; the expected values are their gold ``document.addressees``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.core.front_lines import addressees_end, is_addressees
from gui.core.reading import document_from_text, read_document
from tests.conftest import FRESH_BATCHES, REPO

REAL = REPO / "tests" / "data" / "real"


def _dev_with_addressees() -> list[tuple[str, str]]:
    rows = [r.split("\t") for r in (REAL / "split.tsv").read_text("utf-8").splitlines()[1:]]
    out = []
    for name, kind, split, *rest in rows:
        if split != "dev" or kind != "gongwen" or rest[-1] in FRESH_BATCHES:
            continue
        gold = json.loads((REAL / "gold" / f"{Path(name).stem}.json").read_text("utf-8"))
        addressees = (gold.get("document") or {}).get("addressees")
        if addressees:
            out.append((name, addressees))
    return out


@pytest.mark.parametrize(("name", "addressees"), _dev_with_addressees())
def test_dev_gongwen_addressees(name: str, addressees: str):
    field = read_document(REAL / name).header.fields.get("addressees")
    assert field is not None and field.text == addressees


def test_there_are_single_and_listed_addressees():
    values = [a for _, a in _dev_with_addressees()]
    assert any("、" in a for a in values) and any("、" not in a and "，" not in a for a in values)


@pytest.mark.parametrize(
    "line",
    [
        "各有关单位：",  # one body, the Shanghai notices' usual form
        "湖北省人民政府：",  # a 批复's one addressee
        "马万祺副主席：",  # a 复函 to a person by office
        "各区人民政府，市政府有关委、办、局，各有关单位：",
        "各相关部门、单位：",
    ],
)
def test_addressee_lines(line: str):
    assert is_addressees(line)


@pytest.mark.parametrize(
    "line",
    [
        # The lead-in under 「各相关单位：」 (batch 6 dev): a sentence, a title in 《》.
        "根据《国务院办公厅关于深化出租汽车行业健康发展的指导意见》（国办发〔2016〕58号）精神，"
        "为进一步深化出租车运价改革，具体通知如下：",
        "经研究，市政府决定成立南北通道工程建设指挥部（以下简称“指挥部”），其组成人员如下：",
        "各位代表：",  # a work report's salutation
        "同志们：",
        "一、实施原则：",  # a numbered point
        "主要内容：",  # a label, no body named
    ],
)
def test_lines_that_are_not_addressees(line: str):
    assert not is_addressees(line)


def test_names_run_into_the_first_paragraph_with_a_levels_alternatives_in_brackets():
    # The first paragraph of a dev 四川 notice (batch 27) a page ran onto its 主送机关.
    line = (
        "各市（州）、县（市、区）人民政府，省政府各部门、各直属机构：现将《国务院关于对稳增长"
        "促改革调结构惠民生政策措施落实情况开展全面督查的通知》（国发明电〔2014〕1号）转发你们。"
    )
    assert addressees_end(line) == line.index("：")
    # Controls: a bracket that holds no level's alternatives is a date's or a time's, no name.
    assert (
        addressees_end("2月26日(四)開幕日及假日，自 16：00起開放參觀，請各界人士踴躍前往參觀。")
        is None
    )
    assert (
        addressees_end("各市（一）、县（市、区）人民政府：现将有关事项通知如下，请认真贯彻执行。")
        is None
    )


def test_a_run_in_list_is_read_under_a_heading_that_names_no_genre_only_as_a_gongwen_opens():
    names = "各市（州）、县（市、区）人民政府，省政府各部门、各直属机构"
    opening = (
        "现将《国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知》转发你们。"
    )
    doc = document_from_text(f"接访信息详情\n{names}：{opening}\n特此通知。")
    assert doc.header.fields["addressees"].text == names
    # Control: a list of names that opens a paragraph of another kind is not read.
    other = document_from_text(f"接访信息详情\n{names}：大家辛苦了，今年的工作做得很好。\n谢谢。")
    assert "addressees" not in other.header.fields
