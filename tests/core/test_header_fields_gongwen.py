"""公文 header fields of session 22's dev documents (``gui/core/header.py``; the rules:
``docs/gold-outline.md``, *Document header*): a 决定's or 解释's title naming its body gives the
issuer as the title names it, not the 题注's session-qualified body; a regulation, whose title
names none, keeps the 题注's."""

from __future__ import annotations

import pytest

from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        ("gw-cn-suqian-online-rentals-minors-decision-2024.md", "宿迁市人民代表大会常务委员会"),
        ("gw-cn-spp-criminal-law-article12-notice-1997.md", "最高人民检察院"),
    ],
)
def test_the_title_names_the_body_its_note_names_with_its_session(name: str, issuer: str):
    assert read_document(REAL / name).header.fields["issuer"].text == issuer


def test_a_regulation_keeps_its_notes_body():
    # (batch 3's 上海 regulation: its title names no body)
    document = read_document(REAL / "reg-sh-historic-towns-2025.txt")
    assert document.header.fields["issuer"].text == "上海市第十六届人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("name", "issuer", "date"),
    [
        # 「2010年1月4日 最高人民法院审判委员会第1482次会议通过」: the session in figures
        (
            "gw-cn-spc-railway-personal-injury-interpretation-2010.md",
            "最高人民法院",
            "2010年1月4日",
        ),
        # the page's heading, its own title wrapped under it, the 题注 wrapped over two lines
        (
            "gw-cn-sandu-fishery-regulation-amendment-decision-2022.md",
            "三都水族自治县人民代表大会",
            "2022年1月9日",
        ),
    ],
)
def test_the_adoption_note_under_the_title_gives_issuer_and_date(name: str, issuer: str, date: str):
    document = read_document(REAL / name)
    fields = document.header.fields
    assert (fields["issuer"].text, fields["date"].text) == (issuer, date)
    assert document.text[fields["date"].start : fields["date"].end] == date


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("gw-cn-pboc-open-market-operations-notice-2026-6.txt", "［2026］第6号"),
        ("gw-cn-pboc-outright-reverse-repo-tender-notice-2026-16.txt", "[2026]第16号"),
    ],
)
def test_a_notices_title_before_its_bracketed_year_is_no_agency_code(name: str, number: str):
    document = read_document(REAL / name)
    field = document.header.fields["number"]
    assert field.text == number == document.text[field.start : field.end]


def test_an_office_that_signs_a_notice_naming_no_body_is_its_issuer():
    document = read_document(REAL / "gw-cn-treasury-cash-term-deposit-tender-notice-2026-14.txt")
    assert document.header.fields["issuer"].text == "中央国库现金管理操作室"


def test_a_site_key_left_empty_takes_no_value_from_the_next_keys_line():
    # (batch 38's archive page: 「文号: 」 over 「发布机构: 中国平潭」)
    document = read_document(REAL / "gw-cn-pingtan-public-hospitals-renaming-notice-2015.txt")
    assert document.text.index("文号: \n发布机构: 中国平潭") > 0
    number = document.header.fields.get("number")
    assert number is None or "发布机构" not in number.text


def test_a_year_in_chinese_numerals_typed_with_the_figure_zero_dates_the_signature():
    # (batch 34's 中纪委 notice: 「中共中央纪委」 over 「二00五年六月十六日」)
    fields = read_document(
        REAL / "gw-cn-ccdi-patriotic-education-tourism-notice-2005.md"
    ).header.fields
    assert (fields["date"].text, fields["issuer"].text) == ("二00五年六月十六日", "中共中央纪委")


def test_a_joint_orders_letter_spaced_authority_is_the_first_issuer():
    # (batch 39's gazette record: 「內　  政  　部」 over 「行政院衛生署令」)
    name = "gw-tw-moi-doh-visually-impaired-massage-regulations-repeal-2008.txt"
    issuer = read_document(REAL / name).header.fields["issuer"].text
    assert issuer == "內\u3000  政  \u3000部 行政院衛生署"
