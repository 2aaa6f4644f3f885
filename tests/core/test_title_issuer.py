"""A 公文 title that opens with its 关于 names no issuer (gui/core/head_lines.TITLE_ISSUER): the
issuer is then the 署名 the text signs, not the file's metadata — real lines of a dev document
of batch 17 (gw-sh-fengxian-relic-renovation-2024.md)."""

from __future__ import annotations

from gui.core.head_lines import TITLE_ISSUER
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
TITLE = "关于印发《奉贤区文物保护单位（文物保护点）居民装修项目审批管理办法》的通知"


def test_a_title_opening_with_guanyu_names_no_issuer():
    assert TITLE_ISSUER.match(TITLE) is None
    m = TITLE_ISSUER.match("上海市奉贤区文物局" + TITLE)
    assert m is not None and m["issuer"] == "上海市奉贤区文物局"


def test_the_signature_names_the_issuer_over_the_files_metadata():
    doc = read_document(REAL / "gw-sh-fengxian-relic-renovation-2024.md")
    assert doc.title == TITLE
    issuer = doc.header.fields["issuer"]
    assert issuer.text == "上海市奉贤区文物局"  # the 署名; the front matter says 文化和旅游局
    assert issuer.start is not None and doc.text[issuer.start : issuer.end] == issuer.text


def test_a_title_opening_with_guanyu_under_the_scrapers_notes_is_the_title():
    from gui.core.title_forms import official_title_after_notes

    notes = [
        "本文正文由脚本自上海市官方公开页面提取，仅供检索查阅；以官方链接发布版本为准。",
        "依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。",
    ]
    assert official_title_after_notes([*notes, TITLE]) == [2]
    assert official_title_after_notes([*notes, "各街镇、开发区："]) == []
