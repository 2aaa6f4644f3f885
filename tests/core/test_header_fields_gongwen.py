"""公文 header fields of session 22's dev documents (``gui/core/header.py``; the rules:
``docs/gold-outline.md``, *Document header*): a 决定's or 解释's title naming its body gives the
issuer as the title names it, not the 题注's session-qualified body; a regulation, whose title
names none, keeps the 题注's."""

from __future__ import annotations

import pytest

from gui.core.reading import document_from_text, read_document
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


@pytest.mark.parametrize(
    ("name", "title"),
    [
        (
            "gw-cn-pboc-open-market-operations-notice-2026-6.txt",
            "中国人民银行公开市场业务公告［2026］第6号",
        ),
        (
            "gw-cn-pboc-outright-reverse-repo-tender-notice-2026-16.txt",
            "公开市场买断式逆回购招标公告 [2026]第16号",
        ),
    ],
)
def test_a_notices_title_that_carries_its_number_is_the_title(name: str, title: str):
    # (session 23: the line is the 公告's title and its 发文字号 both; it was no title before)
    document = read_document(REAL / name)
    assert document.title == title


def test_a_notices_number_line_under_a_title_stays_a_number():
    from gui.core.header_titles import is_numbered_notice_title

    # the body and kind of notice before the bracket: a title; a bare number or a 文号 with its
    # 机关代字 is none, nor a sentence that cites a notice
    assert is_numbered_notice_title("中国人民银行公告〔2020〕第1号")
    assert not is_numbered_notice_title("［2026］第6号")
    assert not is_numbered_notice_title("国发〔2026〕15号")
    assert not is_numbered_notice_title("公告［2026］第6号")
    assert not is_numbered_notice_title("根据中国人民银行公告〔2020〕第1号规定")


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


# (batch 30's LawRefBook page read as plain text: its heading, the adoption notes, then the
# interpretation's own title over its 文号)
INTERPRETATION_HEAD = [
    "最高人民法院、最高人民检察院关于办理危害税收征管刑事案件适用法律若干问题的解释",
    "2024年1月8日 最高人民法院审判委员会第1911次会议、2024年2月22日最高人民检察院第十四届检察委员会"
    "第二十五次会议通过",
    "2024年3月20日 施行",
    "最高人民法院 最高人民检察院 关于办理危害税收征管刑事案件适用法律 若干问题的解释",
    "法释〔2024〕4号",
    "为依法惩治危害税收征管犯罪，根据《中华人民共和国刑法》《中华人民共和国刑事诉讼法》的有关规定，"
    "现就办理此类刑事案件适用法律的若干问题解释如下：",
]


def test_a_title_printed_again_over_its_number_is_the_documents_own():
    document = document_from_text("\n".join(INTERPRETATION_HEAD) + "\n")
    assert document.title == INTERPRETATION_HEAD[3]
    # the page's heading over it is a copy: chrome, and the 文号 still read
    first = len(INTERPRETATION_HEAD[0])
    assert any(f.start == 0 and f.end >= first and f.kind == "chrome" for f in document.furniture)
    assert document.header.fields["number"].text == "法释〔2024〕4号"


def test_a_heading_that_differs_from_the_line_over_the_number_stays_the_title():
    # (the line over the 文号 another title: the heading is no copy of it)
    head = [
        *INTERPRETATION_HEAD[:3],
        "关于办理危害税收征管刑事案件的若干意见",
        *INTERPRETATION_HEAD[4:],
    ]
    document = document_from_text("\n".join(head) + "\n")
    assert document.title == INTERPRETATION_HEAD[0]


# (batch 42's central document as a paper prints it: its 成文日期 in brackets under the title)
_CENTRAL_TITLE = "中共中央 国务院关于实施乡村振兴战略的意见"
_CENTRAL_OPENING = (
    "实施乡村振兴战略，是党的十九大作出的重大决策部署，是决胜全面建成小康社会、全面建设社会主义"
    "现代化国家的重大历史任务，是新时代“三农”工作的总抓手。现就实施乡村振兴战略提出如下意见。"
)


def test_a_bracketed_date_under_a_gongwen_title_is_its_date_and_the_title_names_the_issuer():
    text = f"{_CENTRAL_TITLE}\n（2018年1月2日）\n{_CENTRAL_OPENING}\n"
    header = document_from_text(text).header
    assert header.genre == "official"
    assert header.fields["date"].text == "2018年1月2日"
    assert header.fields["issuer"].text == "中共中央 国务院"
    assert (
        read_document(REAL / "gw-cn-central-rural-revitalization-opinions-2018-part.txt")
        .header.fields["date"]
        .text
        == "2018年1月2日"
    )


def test_a_bracketed_date_under_a_headline_that_names_no_genre_is_no_gongwen_date():
    text = f"实施乡村振兴战略\n（2018年1月2日）\n{_CENTRAL_OPENING}\n"
    assert "date" not in document_from_text(text).header.fields


# (batch 30's joint 解释 as LawRefBook prints it: the 题注 over the document's own title copy)
_JOINT_HEAD = (
    "最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释",
    "2024年1月8日 最高人民法院审判委员会第1911次会议、2024年7月23日最高人民检察院第十四届检察委员会"
    "第三十四次会议通过",
    "2024年12月1日 施行",
    "最高人民法院 最高人民检察院 关于办理拒不执行判决、裁定刑事案件 适用法律若干问题的解释",
    "法释〔2024〕13号",
    "为依法惩治拒不执行判决、裁定犯罪，确保人民法院判决、裁定依法执行，切实维护当事人合法权益。",
)


@pytest.mark.parametrize(
    ("name", "dates"),
    [
        ("gw-cn-spc-spp-refusal-to-execute-interpretation-2024.md", "2024年1月8日 2024年7月23日"),
        ("gw-cn-spc-spp-police-assault-interpretation-2025.md", "2024年11月4日 2024年6月27日"),
    ],
)
def test_a_joint_interpretations_note_gives_every_adoption_date(name: str, dates: str):
    document = read_document(REAL / name)
    date = document.header.fields["date"]
    assert date.text == dates  # (in reading order, as joint issuers are joined)
    first, last = dates.split()
    assert document.text[date.start : date.end].startswith(first)
    assert document.text[date.start : date.end].endswith(last)


def test_only_a_note_of_several_adoptions_is_read_so():
    head = list(_JOINT_HEAD)
    assert document_from_text("\n".join(head) + "\n").header.fields["date"].text == (
        "2024年1月8日 2024年7月23日"
    )
    # One body's adoption alone over the title copy is no joint note (its 题注 under a title is
    # read as before); a sentence citing the meetings is none either.
    head[1] = "2024年1月8日 最高人民法院审判委员会第1911次会议通过"
    assert "date" not in document_from_text("\n".join(head) + "\n").header.fields
    head[1] = "该解释经2024年1月8日最高人民法院审判委员会第1911次会议、2024年7月23日会议讨论通过。"
    assert "date" not in document_from_text("\n".join(head) + "\n").header.fields


def test_a_banner_run_onto_the_number_names_the_issuer_of_a_title_that_opens_with_guanyu():
    # (batch 47's 山东 notice as its PDF's text: the whole head on one line, 版头 「…文件」, 文号,
    # a title opening with 关于, the addressees closed by a half-width colon)
    fields = read_document(
        REAL / "gw-sd-medical-insurance-center-maternity-settlement-notice-2020.txt"
    ).header.fields
    assert fields["issuer"].text == "山东省医疗保险事业中心"
    assert fields["number"].text == "鲁医保中心发〔2020〕11号"
    assert fields["addressees"].text == "各省直医疗保险参保单位，各有关定点医疗机构"
    # A title right after the 文号 with no 版头 before the code names no issuer.
    line = "鲁医保中心发〔2020〕11号关于做好省直生育保险待遇联网结算工作的通知各省直医疗保险参保单位:根据工作要求，现通知如下。"
    assert "issuer" not in document_from_text(line).header.fields
