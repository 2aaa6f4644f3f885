"""A 公文's 主送机关 (GB/T 9704-2012 7.3.2): a list of bodies or one body alone, closed by ：,
never the lead-in sentence under it nor a speech's salutation. Lines and documents are the
corpus's dev documents; the expected values are their gold ``document.addressees``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.core.front_lines import is_addressees
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
# Batch 8 is kept for an honest end-of-session measure: no test runs the header rules on its
# documents (split.tsv's batch column), dev part included, until that measure.
_KEPT_BATCHES = ("8",)


def _dev_with_addressees() -> list[tuple[str, str]]:
    rows = [r.split("\t") for r in (REAL / "split.tsv").read_text("utf-8").splitlines()[1:]]
    out = []
    for name, kind, split, *rest in rows:
        if split != "dev" or kind != "gongwen" or rest[-1] in _KEPT_BATCHES:
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
