"""Round o42: 公文 read as they are received — a fetch script's header lines over the page's text
(「TITLE: …」 / 「URL: …」 / a date line), article numbers padded with spaces, an annex's own title
wrapped under its 「附件」 label (docs/outline.md, *Sections* and *Document header*). Real lines of
dev documents (batches 27, 40, 45); the fetch header is invented (no dev document has one: its
Chinese form, a county crawl's 「标题: …」 / 「原文链接: …」 block, is in batches 38–51)."""

from __future__ import annotations

from gui.core.reading import document_from_text

# gw-cn-jiangxi-infant-care-services-implementing-opinions-2020 (batch 40): its head.
JIANGXI_TITLE = "江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见"
JIANGXI_HEAD = (
    JIANGXI_TITLE,
    "各市、县（区）人民政府，省政府各部门：",
    "为促进全省婴幼儿照护服务事业健康发展，根据《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》"
    "（国办发〔2019〕15号）精神，经省政府同意，结合我省实际，制定本实施意见。",
    "一、总体要求",
)


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def test_a_fetch_scripts_header_lines_are_furniture_and_name_the_title():
    for key in ("TITLE", "Title"):
        doc = document_from_text(
            _text(
                f"{key}: {JIANGXI_TITLE}",
                "URL: https://www.jiangxi.gov.cn/art/2020/2/21/art_1.html",
                "DATE: 2020-02-21",
                "",
                *JIANGXI_HEAD,
            )
        )
        assert doc.title == JIANGXI_TITLE
        kinds = {doc.text[f.start : f.end].split(":")[0]: f.kind for f in doc.furniture}
        assert kinds.get(key) == "meta" and kinds.get("DATE") == "meta"
        assert _headings(doc) == ["一、总体要求"]
        # (the text's own copy of the title stays the title's line: the 公文's head under it)
        assert doc.header.fields["issuer"].text == "江西省人民政府办公厅"
        assert doc.header.fields["addressees"].text == "各市、县（区）人民政府，省政府各部门"


def test_a_fetch_header_alone_names_the_title():
    doc = document_from_text(
        _text(f"TITLE: {JIANGXI_TITLE}", "URL: https://x.example/1", *JIANGXI_HEAD[1:])
    )
    assert doc.title == JIANGXI_TITLE


def test_a_latin_key_in_the_body_stays_text():
    # (invented: a line of the body that opens with a capitalised key is no furniture)
    lines = list(JIANGXI_HEAD) + [
        "Deliverable: 每个设区市至少建成1个具有示范效应的婴幼儿照护服务机构。",
        "到2025年，婴幼儿照护服务的政策法规体系和标准规范体系基本健全。",
    ]
    doc = document_from_text(_text(*lines))
    assert not any(doc.text[f.start : f.end].startswith("Deliverable") for f in doc.furniture)
