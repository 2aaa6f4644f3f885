"""A feed's front matter kept as text and hard-wrapped (round 21): the quoted ``title:`` still
names the title when the wrap breaks the key after it (「…上海' categorie」 / 「s:」) or the title
itself (「title: '9.8%！前三季度GDP增速高于预期目标，」 / 「统计局发言人：…空间' categories:」), and a
category of its list (「金融」) set apart by the wrap is no title. Tested on the real front matter
of two batch-1 and batch-7 dev documents (新浪财经 feeds) read as plain text."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
GDP = read_document(REAL / "news-cn-q3-gdp-nbs-2021.md").text
SHANDONG = read_document(REAL / "news-cn-shandong-h1-gdp-2022.md").text
GDP_TITLE = "9.8%！前三季度GDP增速高于预期目标，统计局发言人：货币政策仍有较大空间"
SHANDONG_TITLE = "山东商报：山东找回信心，GDP增量罕见全国第一，财政收入反超上海"


def test_the_front_matter_as_text_names_the_title():
    assert GDP.startswith(f"title: '{GDP_TITLE}' categories:\n金融\n")
    assert document_from_text(GDP).title == GDP_TITLE


def test_a_wrap_that_breaks_the_key_after_the_title():
    # An 80-column wrap: 「…' c」 / 「ategories:」, and 「…' categorie」 / 「s:」.
    broken = GDP.replace("' categories:", "' c\nategories:", 1)
    assert document_from_text(broken).title == GDP_TITLE
    broken = SHANDONG.replace("' categories:", "' categorie\ns:", 1)
    assert document_from_text(broken).title == SHANDONG_TITLE


def test_a_wrap_that_breaks_the_quoted_title():
    at = GDP.index("统计局发言人")
    doc = document_from_text(GDP[:at] + "\n" + GDP[at:])
    assert doc.title == GDP_TITLE
    assert doc.title_span is not None
    assert doc.text[doc.title_span.start : doc.title_span.end] == (
        "9.8%！前三季度GDP增速高于预期目标，\n统计局发言人：货币政策仍有较大空间"
    )


def test_an_unquoted_title_is_read_as_before():
    # (No quote: the value runs to the next key, as before round 21.)
    text = SHANDONG.replace(f"'{SHANDONG_TITLE}'", SHANDONG_TITLE, 1)
    assert document_from_text(text).title == SHANDONG_TITLE


def test_a_title_line_above_the_front_matter_stays_the_title():
    # Only a line standing between pieces of the front matter gives way to its title key.
    assert document_from_text(f"{SHANDONG_TITLE}\n{GDP}").title == SHANDONG_TITLE


def test_a_wrap_that_breaks_the_key_after_the_date():
    # 「date: Mon, 18 Oct 2021 04:55:24 GMT thumbn」 / 「ail: 'https://…'」
    assert " GMT thumbnail: " in GDP
    assert document_from_text(GDP).header.get("time") == "Mon, 18 Oct 2021 04:55:24 GMT"
    broken = GDP.replace(" GMT thumbnail: ", " GMT thumbn\nail: ", 1)
    assert document_from_text(broken).header.get("time") == "Mon, 18 Oct 2021 04:55:24 GMT"
