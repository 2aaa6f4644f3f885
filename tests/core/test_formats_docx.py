"""Word .docx reports built with python-docx: heading styles, outline levels, tables."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from gui.core.decoding import DocumentError
from gui.core.loading import read_source
from gui.core.reading import read_document


def _outline_level(paragraph, value: int) -> None:
    paragraph._p.get_or_add_pPr().append(_level_element(value))


@pytest.fixture
def report(tmp_path) -> Path:
    document = docx.Document()
    document.add_paragraph("兰州高新区2022年政府工作报告", style="Title")
    document.add_paragraph("各位代表：现在，我代表管委会向大会报告工作，请予审议。")
    document.add_heading("一、2021年工作回顾", level=1)
    document.add_paragraph("过去一年，全区地区生产总值达到306亿元，增长8.5%。")
    document.add_heading("（一）产业发展", level=2)
    document.add_paragraph("生物医药产业加快集聚，新增规上企业12家。")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([["指标", "2021年", "增长"], ["工业增加值", "120亿元", "12.1%"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    # a heading made by an outline level on a plain paragraph (no heading style)
    _outline_level(document.add_paragraph("（二）数字经济"), 1)
    document.add_paragraph("新建5G基站800个，数字经济核心产业增加值增长20%。")
    # a localized heading style name, as Chinese Word writes it
    localized = document.styles.add_style("标题 1", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("二、2022年工作安排", style=localized)
    # a style that inherits its outline level from its base style
    base = document.styles.add_style("Report Section", WD_STYLE_TYPE.PARAGRAPH)
    base.element.get_or_add_pPr().append(_level_element(1))
    derived = document.styles.add_style("Report Section Blue", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = base
    document.add_paragraph("（一）扩大有效投资", style=derived)
    paragraph = document.add_paragraph("全年计划实施重点项目120个，")
    paragraph.add_run("总投资超过500亿元。")
    path = tmp_path / "report.docx"
    document.save(str(path))
    return path


def _level_element(value: int):
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), str(value))
    return level


def test_docx_title_outline_and_text(report):
    document = read_document(report)
    assert document.title == "兰州高新区2022年政府工作报告"
    assert [(s.level, s.heading) for s in document.sections] == [
        (1, None),
        (1, "一、2021年工作回顾"),
        (2, "（一）产业发展"),
        (2, "（二）数字经济"),
        (1, "二、2022年工作安排"),
        (2, "（一）扩大有效投资"),
    ]
    text = document.text
    assert "指标 | 2021年 | 增长\n工业增加值 | 120亿元 | 12.1%" in text
    # the table sits between its neighbours, in document order
    assert (
        text.index("新增规上企业12家") < text.index("指标 | 2021年") < text.index("（二）数字经济")
    )
    # runs of one paragraph make one line
    assert "全年计划实施重点项目120个，总投资超过500亿元。" in text


def test_docx_heading_map_and_format(report):
    source = read_source(report)
    lines = source.text.split("\n")
    assert source.format == "docx"
    assert lines[source.title_line] == "兰州高新区2022年政府工作报告"
    assert {lines[i]: level for i, level in source.headings.items()} == {
        "一、2021年工作回顾": 1,
        "（一）产业发展": 2,
        "（二）数字经济": 2,
        "二、2022年工作安排": 1,
        "（一）扩大有效投资": 2,
    }


def test_docx_without_heading_styles_is_outlined_from_its_text(tmp_path):
    """Many Chinese .docx reports number their headings by hand; the outline then works
    exactly as for .txt."""
    document = docx.Document()
    for line in [
        "关于加快发展数字经济的实施意见",
        "一、总体要求",
        "坚持创新驱动，推动数字经济和实体经济深度融合。",
        "二、重点任务",
        "（一）建设数字基础设施",
        "加快5G网络和数据中心建设。",
    ]:
        document.add_paragraph(line)
    path = tmp_path / "plain.docx"
    document.save(str(path))
    result = read_document(path)
    assert read_source(path).headings is None
    assert result.title == "关于加快发展数字经济的实施意见"
    assert [(s.level, s.heading) for s in result.sections] == [
        (1, "一、总体要求"),
        (1, "二、重点任务"),
        (2, "（一）建设数字基础设施"),
    ]


def test_deleted_revisions_are_not_text_and_inserted_ones_are(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("保留")
    deleted = OxmlElement("w:del")
    run = OxmlElement("w:r")
    removed = OxmlElement("w:delText")
    removed.text = "删除的文字"
    run.append(removed)
    deleted.append(run)
    inserted = OxmlElement("w:ins")
    run = OxmlElement("w:r")
    added = OxmlElement("w:t")
    added.text = "插入的文字"
    run.append(added)
    inserted.append(run)
    paragraph._p.append(deleted)
    paragraph._p.append(inserted)
    document.add_paragraph("第二段。")
    path = tmp_path / "revisions.docx"
    document.save(str(path))
    assert read_source(path).text == "保留插入的文字\n第二段。"


def test_a_zip_that_is_not_a_word_file_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(DocumentError, match="without a Word document"):
        read_source(path)


def test_a_damaged_word_file_is_refused_in_one_line(tmp_path):
    import zipfile

    path = tmp_path / "damaged.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><unclosed>")
    with pytest.raises(DocumentError, match="damaged Word file") as err:
        read_source(path)
    assert "\n" not in str(err.value)
