"""Outline forms of a Taiwan administrative decision (裁處書, batch-3 dev document
decision-tw-fsc-hotai-2021): numbered points whose headline is closed by ：. Tested on the
document and on its real lines rearranged, so that the structure, not the words, decides."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
HOTAI = REAL / "decision-tw-fsc-hotai-2021.txt"

# Real lines of the dev document.
POINT = "二、貴公司給付錠嵂保經廣告費相關費用，事前未辦理評估，且事後核銷作業流於形式、核決層級形同虛設，未確實執行所定內部規章之帳務處理程序："  # noqa: E501
SUB_1 = "(一)給付費用前未辦理評估作業： 107年、108年給付錠嵂保經駐點、廣告等費用，並無事前評估之簽呈及各月發函通知活動贊助廣告費之簽呈，顯未於給付費用前，辦理評估作業。"  # noqa: E501
SUB_2 = "(二)核銷作業流於形式：核銷文件未有駐點人員或授課對象簽到紀錄、駐點辦理事項等，核銷作業未確實檢視實際辦理情形是否與費用名目相符，核銷作業流於形式。"  # noqa: E501
SUB_3 = "(三)核決層級形同虛設：依貴公司108年6月13日訂定之管理事務權責劃分表，一般費用管理，金額10萬元至100萬元係由總經理決行，100萬元至500萬元係由董事長決行，500萬元以上係由董事會決行。"  # noqa: E501
TITLE = "和泰產物保險股份有限公司辦理保險業務，核有違反保險法相關規定"


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def _text(*paragraphs: str) -> str:
    return "\n".join(paragraphs) + "\n"


def test_colon_headlines_of_a_decision_head_its_points():
    headings = _headings(read_document(HOTAI))
    assert POINT in headings
    # A (一) point is headed by its text up to the first ：, the rest is its body.
    assert "(二)核銷作業流於形式：" in headings
    assert "(一)給付費用前未辦理評估作業：" in headings
    # 四、's first ： follows 「如」: the headline is cut there.
    assert any(h.startswith("四、") and h.endswith("相關文書，如：") for h in headings)


def test_labelled_items_beside_a_plain_item_are_a_list():
    # 繳款方式: 「一、繳款期限：…」 beside 「二、請依…」 - one ： line of two is not a headline tier.
    headings = _headings(read_document(HOTAI))
    assert "繳款方式：" in headings
    assert not any(h.startswith("一、繳款期限") for h in headings)


# The decision's own header fields, real lines: they open a 公文 set out in labelled parts.
PARTY = "受處分人：和泰產物保險股份有限公司"
SUBJECT = "主旨：貴公司給付錠嵂保險經紀人股份有限公司廣告相關費用，暨以「非直接招攬費用」給付所屬業務員禮券，涉有與保險法相關法令不符情事。"  # noqa: E501


def test_colon_points_under_a_colon_headline_are_headings():
    doc = document_from_text(_text(TITLE, PARTY, SUBJECT, POINT, SUB_1, SUB_2, SUB_3))
    assert _headings(doc) == [
        POINT,
        "(一)給付費用前未辦理評估作業：",
        "(二)核銷作業流於形式：",
        "(三)核決層級形同虛設：",
    ]


def test_the_same_colon_points_alone_are_a_list():
    # With no ： headline above them and no points under them, the lines are labelled items.
    doc = document_from_text(_text(TITLE, SUB_1, SUB_2, SUB_3))
    assert not any(h.startswith("(") for h in _headings(doc))


def test_label_lines_standing_alone_head_the_decisions_parts():
    doc = read_document(HOTAI)
    levels = {s.heading: s.level for s in doc.sections if s.heading}
    # 事實： heads the 一、 points, 繳款方式： and 注意事項： (over lists) are its siblings.
    assert levels["事實："] == levels["繳款方式："] == levels["注意事項："] == 1
    assert levels[POINT] == 2 and levels["(二)核銷作業流於形式："] == 3
    # 「理由及法令依據：…」 carries its text on its line: body, not a label.
    assert not any(h.startswith("理由及法令依據") for h in levels)


def test_a_label_alone_on_its_line_heads_its_part():
    label = "事實："
    over_points = document_from_text(
        _text(TITLE, PARTY, SUBJECT, label, POINT, SUB_1, SUB_2, SUB_3)
    )
    assert [(s.level, s.heading) for s in over_points.sections if s.heading][:2] == [
        (1, label),
        (2, POINT),
    ]
    # Over body text too: the line form decides (docs/gold-outline.md, rule 4 and batch 3),
    # as 「事實及理由：」 over its paragraph in many FSC decisions.
    over_body = document_from_text(_text(TITLE, PARTY, SUBJECT, label, SUB_1[3:], SUB_2[3:]))
    assert _headings(over_body) == [label]
    # A label with its text on its line is body; so are the 正本/副本 lines at the foot.
    inline = document_from_text(
        _text(TITLE, PARTY, SUBJECT, label + SUB_1[3:], "副本：", SUB_2[3:])
    )
    assert _headings(inline) == []


def test_label_tier_and_colon_headlines_belong_to_the_labelled_parts_genre():
    # The same lines without the 受處分人/主旨 fields that open such a 公文: no label tier, and
    # the ： lines are paragraphs, as in any other genre (round 2 had made 「事實：」 level 1
    # and its points level 2 wherever a short label stood over a numbered heading).
    doc = document_from_text(_text(TITLE, "事實：", POINT, SUB_1, SUB_2, SUB_3))
    assert _headings(doc) == []
    # A label above the fields (none stand over it) is no part label either.
    above = document_from_text(_text(TITLE, "事實：", POINT, PARTY, SUBJECT, SUB_1, SUB_2))
    assert "事實：" not in _headings(above)


SUMMARY = "和泰產物保險股份有限公司辦理保險業務，核有違反保險法相關規定，依保險法規定核處罰鍰新臺幣(以下同)420萬元整。"  # noqa: E501


def test_a_decisions_summary_sentence_is_its_title():
    assert read_document(HOTAI).title == SUMMARY
    party = "受處分人：和泰產物保險股份有限公司"
    assert document_from_text(_text(SUMMARY, party, POINT, SUB_1)).title == SUMMARY
    # The same sentence over body text is a paragraph, not a title.
    assert document_from_text(_text(SUMMARY, SUB_1[3:], SUB_2[3:])).title is None
