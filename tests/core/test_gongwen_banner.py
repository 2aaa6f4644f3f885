"""A 公文 printed under its 版头 as GB/T 9704-2012 prints it (7.2.2): the 发文机关标志 — the
issuer's name with 「文件」, or the name alone — one name a line for joint issuers, then the
发文字号, then the title, then the 主送机关. The 版头 names the issuer(s); the title is the line
after the number, never an issuer's name. Real lines: batch 11's joint NDRC / tax administration
通知 (发改办财金规〔2019〕860号), whose addressees, body and signature the made-up forms reuse."""

from __future__ import annotations

from pathlib import Path

from gui.core.head_lines import HeadLine, banner_issuer, banner_lines
from gui.core.reading import document_from_text, read_document

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
JOINT = "gw-cn-ndrc-tax-credit-2019.txt"
TITLE = "关于加强个人所得税纳税信用建设的通知"


def body_lines() -> list[str]:
    """The real notice from its 主送机关 on (addressees, body, signature, date)."""
    lines = read_document(REAL / JOINT).text.split("\n")
    at = lines.index(TITLE)
    assert lines[at + 1].endswith("：")
    return lines[at + 1 :]


def head(*texts: str) -> list[HeadLine]:
    out, start = [], 0
    for i, t in enumerate(texts):
        out.append(HeadLine(i, start, t))
        start += len(t) + 1
    return out


def test_the_real_joint_notice_takes_its_title_after_the_number():
    doc = read_document(REAL / JOINT)
    assert doc.text.split("\n")[:2] == ["发展改革委办公厅  文件", "税务总局办公厅"]
    assert doc.title == TITLE
    assert doc.header.get("number") == "发改办财金规〔2019〕860号"
    issuer = doc.header.fields["issuer"]
    assert issuer.text == "发展改革委办公厅 税务总局办公厅"
    # The span runs from the first name to the last, over the 「文件」 between them.
    assert doc.text[issuer.start : issuer.end].startswith("发展改革委办公厅")
    assert doc.text[issuer.start : issuer.end].endswith("税务总局办公厅")
    assert (doc.header.get("addressees") or "").startswith("各省、自治区、直辖市")
    # The 版头 is a header element: body text, neither furniture nor a heading.
    assert not any(f.start < len("发展改革委办公厅  文件\n税务总局办公厅") for f in doc.furniture)
    assert {0, 1, 2} <= set(doc.header.lines)
    assert all("办公厅" not in s.heading for s in doc.sections if s.heading)


def test_a_single_issuer_with_wenjian():
    doc = document_from_text("\n".join(["国务院文件", "国发〔2019〕5号", TITLE] + body_lines()))
    assert doc.title == TITLE
    assert doc.header.get("issuer") == "国务院"
    assert doc.header.get("number") == "国发〔2019〕5号"


def test_joint_issuers_with_wenjian_beside_the_last_name_or_on_its_own_line():
    names = ["中共中央办公厅", "国务院办公厅"]
    for banner in (
        [names[0], names[1] + "  文件"],
        [names[0], names[1], "文  件"],
        ["国家发展改革委", "国家税务总局", "中国人民银行 文件"],
    ):
        doc = document_from_text("\n".join(banner + ["厅字〔2019〕12号", TITLE] + body_lines()))
        assert doc.title == TITLE, banner
        issuer = doc.header.get("issuer")
        want = [b.replace("文件", "").strip() for b in banner if b.replace(" ", "") != "文件"]
        assert issuer == " ".join(want), banner
        assert doc.header.get("number") == "厅字〔2019〕12号"


def test_a_banner_of_the_name_alone_over_a_number_with_brackets():
    # GB/T 9704 lets the 发文机关标志 be the name without 「文件」 (the 信函 form).
    doc = document_from_text(
        "\n".join(
            ["国务院办公厅", "国办函〔2004〕25号", "关于同意建立个人所得税纳税信用工作机制的函"]
            + body_lines()
        )
    )
    assert doc.title == "关于同意建立个人所得税纳税信用工作机制的函"
    assert doc.header.get("issuer") == "国务院办公厅"
    assert doc.header.get("number") == "国办函〔2004〕25号"


def test_what_is_no_banner():
    number = "国办函〔2004〕25号"
    # A name alone is a 版头 only with a title (its genre word) after the number...
    assert banner_lines(head("国务院办公厅", number, TITLE), 1) == [0]
    assert banner_lines(head("国务院办公厅", number, "各省、自治区、直辖市人民政府："), 1) == []
    # ...and only when nothing else stands above the number.
    assert banner_lines(head("首页", "国务院办公厅", number, TITLE), 2) == []
    # A title wrapped over the number's lines is no 版头, even when a line names a body.
    assert banner_lines(head("国务院办公厅", "关于湖北省在温家宝总理考察工作时", number), 2) == []
    assert banner_lines(head("国务院办公厅关于全面推行行政规范性文件", number), 1) == []
    # 「文件」 alone names nobody.
    assert banner_lines(head("文件", number, TITLE), 1) == []
    run = banner_lines(head("发展改革委办公厅  文件", "税务总局办公厅", number, TITLE), 2)
    assert run == [0, 1]
    field = banner_issuer(head("发展改革委办公厅  文件", "税务总局办公厅"), run)
    assert field.text == "发展改革委办公厅 税务总局办公厅"
    assert (field.start, field.end) == (0, len("发展改革委办公厅  文件\n税务总局办公厅"))
