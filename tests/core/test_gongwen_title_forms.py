"""公文 titles wrapped over lines in the forms gov.cn prints them, and the issuer each names:
the dev 国务院办公厅 documents' own lines (number, addressees, body, signature, date) under
titles of the same office wrapped as its pages wrap them — where a line ends in 「…文件」, opens
with 「关于」 and names a leader, or relays another body's request (「…转发国家教委」)."""

from __future__ import annotations

from pathlib import Path

from gui.core.furniture import classify_line
from gui.core.reading import document_from_text, read_document

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def lines_of(name: str) -> list[str]:
    return read_document(REAL / name).text.split("\n")


def test_a_title_wrapped_after_its_wenjian_is_no_banner():
    # 「XX文件」 is a 版头 only when XX is a body's name: 「国务院办公厅关于…行政规范性文件」
    # is the first half of a title (国办发〔2018〕115号 prints it so).
    dev = lines_of("gw-cn-gov-new-media-2018.html")
    title = ["国务院办公厅关于全面推行行政规范性文件", "合法性审核机制的指导意见"]
    doc = document_from_text("\n".join(title + ["国办发〔2018〕115号"] + dev[3:]))
    assert doc.title == "".join(title)
    assert doc.header.get("issuer") == "国务院办公厅"
    assert doc.header.get("number") == "国办发〔2018〕115号"
    # The banner itself still names the issuer.
    banner = document_from_text("\n".join(["国务院办公厅文件"] + dev))
    assert banner.header.get("issuer") == "国务院办公厅"


def test_a_title_line_opening_with_guanyu_is_no_byline():
    # 「关于湖北省在温家宝总理考察工作时」: an office and what looks like a name, but the line
    # opens with the title's 关于 (国办函〔2004〕25号, a 函 to 湖北省 like the dev 复函).
    line = "关于湖北省在温家宝总理考察工作时"
    assert classify_line(line) is None
    assert classify_line("国务院总理 李强") == "byline"
    dev = lines_of("gw-cn-badong-geohazard-reply-2004.html")
    title = ["国务院办公厅", line, "所提问题和建议办理情况的函"]
    doc = document_from_text("\n".join(title + ["国办函〔2004〕25号"] + dev[3:]))
    assert doc.title == "".join(title)
    assert not doc.furniture or doc.furniture[0].start > len("\n".join(title))


def test_a_relaying_title_names_its_issuer_before_the_verb():
    dev = lines_of("gw-cn-gov-new-media-2018.html")
    title = ["国务院办公厅转发国家教委", "关于内地西藏班（校）扩大规模", "有关问题请示的通知"]
    body = dev[3:-3]  # without its signature: the issuer is read from the title alone
    doc = document_from_text("\n".join(title + ["国办发〔1996〕32号"] + body + [dev[-2]]))
    assert doc.title == "".join(title)
    issuer = doc.header.fields["issuer"]
    assert issuer.text == "国务院办公厅"
    assert doc.text[issuer.start : issuer.end] == "国务院办公厅"
