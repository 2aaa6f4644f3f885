"""The 公文 header fields on 24 public documents outside the corpus (round 9,
`tests/data/real/fields_check/README.md`): each document's 发文机关, 发文字号 and 成文日期 as
written by hand from its text, against what the header code reads. The Markdown reader keeps
a 公文's 署名 and 成文日期 lines apart when a scraped file sets them without blank lines
between (`sh-03.md`: 「上海市交通委员会 上海海事局」 / 「2023年4月17日」 / the plan's title)."""

from __future__ import annotations

import pytest

from benchmarks.score_fields_check import DATA, FIELDS, read_table, right
from gui.core.reading import document_from_text, read_document

ROWS = read_table()


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_the_fields_written_by_hand(row):
    doc = read_document(DATA / row["file"])
    for name in FIELDS:
        assert right(name, doc.header.get(name), row[name]), (name, doc.header.get(name))


def test_a_signature_block_in_a_markdown_paragraph():
    doc = read_document(DATA / "sh-03.md")
    lines = doc.text.split("\n")
    at = lines.index("2023年4月17日")
    assert lines[at - 1] == "上海市交通委员会 上海海事局"
    assert lines[at + 1] == "上海港提高靠港船舶岸电使用率实施方案（2023年）"
    # Read back as page text, the block still gives the issuer and the date.
    again = document_from_text(doc.text)
    assert again.header.get("date") == "2023年4月17日"
    assert again.header.get("issuer") == "上海市交通委员会、上海海事局"


def test_a_date_inside_a_sentence_stays_in_its_paragraph(tmp_path):
    path = tmp_path / "wrapped.md"
    path.write_text(
        "# 关于召开会议的通知\n\n会议定于\n2023年4月17日\n在市政府召开，请准时参加。\n", "utf-8"
    )
    text = read_document(path).text
    assert "会议定于\n" not in text  # a wrapped sentence: joined
    assert "会议定于" in text
    path.write_text("# 通知\n\n特此通知。\n上海市交通委员会\n二〇二三年四月十七日\n", "utf-8")
    lines = read_document(path).text.split("\n")
    assert "上海市交通委员会" in lines and "二〇二三年四月十七日" in lines


#: Real lines of 七宝镇人民政府's 实施意见 (闵七府〔2020〕21号, the Shanghai index's
#: docs/工程建设管理/七宝镇限额以下小型建设工程管理的实施意见.md): no 关于 in the title, no number in
#: the text, the body's name only over the date.
QIBAO = (
    "七宝镇限额以下小型建设工程管理的实施意见\n\n"
    "为进一步规范七宝镇建设工程管理工作，完善我镇建筑市场管理体制和运行体制，强化建设项目全覆盖、"
    "全过程监管，结合我镇实际，制定本实施意见。\n\n"
    "1.本实施意见自发布之日起施行。\n2.本实施意见由七宝镇规划建设和环境保护办公室负责解释。\n\n"
    "闵行区七宝镇人民政府\n2020年9月27日\n"
)


def test_the_issuer_a_title_names_before_its_verb():
    doc = read_document(DATA / "sh-05.md")
    issuer = doc.header.fields["issuer"]
    assert issuer.text == "上海市人民政府办公厅"
    assert issuer.start is not None  # read on the text, not the front matter
    # 「…印发《…》的通知」: the verb and the document's title in 《》.
    text = QIBAO.replace(
        "七宝镇限额以下小型建设工程管理的实施意见\n",
        "国务院办公厅印发《国家粮食应急预案》的函\n",
        1,
    )
    assert document_from_text(text).header.get("issuer") == "国务院办公厅"


def test_a_signature_names_the_issuer_no_title_names():
    doc = document_from_text(QIBAO)
    assert doc.header.genre == "official"
    assert doc.header.get("issuer") == "闵行区七宝镇人民政府"
    # A person's name or a closing word over the date is no body's name.
    for signer in ("市长 黄伟哲", "谢谢大家"):
        text = QIBAO.replace("闵行区七宝镇人民政府\n", signer + "\n")
        assert document_from_text(text).header.get("issuer") is None
