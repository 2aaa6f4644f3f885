"""Rules for the genres the corpus's third batch brought, on its dev documents
(tests/data/real, batch 3, dev only): a Taiwan city's press-release header."""

from __future__ import annotations

import pytest

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("press-tw-tainan-agriculture-review-2025.txt", "農業局"),
        ("press-tw-tainan-typhoon-relief-2025.txt", "新聞及國際關係處"),
    ],
)
def test_a_releases_issuing_office_is_its_source(name, office):
    doc = read_document(REAL / name)
    assert doc.header.get("source") == office
    start = doc.text.index("發稿單位：")
    assert doc.is_furniture(start, start + len("發稿單位："))  # a header line, out of the body


def test_the_office_line_is_read_in_simplified_script_too():
    # The release's real header lines, converted: 发稿单位 is the same field.
    text = "丹娜丝风灾住屋毁损慰助金申请已逾万户\n\n发稿单位：新闻及国际关系处\n发稿时间：114年7月23日\n\n台南市政府今（23）日上午召开记者会，秘书长尤天厚代表市长向大众说明最新进度。\n"  # noqa: E501
    assert document_from_text(text).header.get("source") == "新闻及国际关系处"
