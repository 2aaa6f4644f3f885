"""A reply's issuer (round 8, `docs/history/outline-log.md`): a 答复/复函 whose answering body opens the title
with its name and 对 (「国务院办公厅对全国政协十届四次会议第4626号提案的答复」) and signs the letter,
the signature followed by an entity the page left undecoded (「国务院办公厅 &bsp;」).

Real lines: the dev document `gw-cn-cppcc-proposal-reply-2006.html` (batch 8), and the titles of
two replies that are not in the corpus, as their bodies publish them: 延安市医疗保障局's
「延安市医疗保障局对市政协六届三次会议第212号提案的答复函」 (延医保函〔2024〕212号) and 武汉市住房和
城市更新局's 「市住房和城市更新局对市政协十四届四次会议第20250688号提案的答复」 (zgj.wuhan.gov.cn,
2025-10-14)."""

from __future__ import annotations

from gui.core.front_lines import is_addressees
from gui.core.head_lines import same_body, without_entities
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REPLY = REPO / "tests" / "data" / "real" / "gw-cn-cppcc-proposal-reply-2006.html"
BODY = (
    "您提出的《关于设立总理热线电话的提案》收悉。经研究，答复如下：\n"
    "推进政务公开，实行科学民主决策是政府工作的一项基本制度。"
    "目前，国务院通过建立多种途径来落实这一要求。\n"
    "感谢您对政府工作的关心与支持。"
)


def fields(doc) -> dict[str, str]:
    return {k: v.text for k, v in doc.header.fields.items()}


def reply(title: str, number: str, signature: str, date: str = "二〇〇六年十月十八日") -> str:
    return f"{title}\n{number}\n王超斌委员：\n{BODY}\n{signature}\n{date}"


def test_the_dev_reply_names_its_issuer_and_addressee():
    doc = read_document(REPLY)
    got = fields(doc)
    assert got["issuer"] == "国务院办公厅"
    assert got["signature"] == "国务院办公厅"  # without the page's 「 &bsp;」
    assert got["addressees"] == "王超斌委员"
    assert got["number"] == "国办函〔2006〕82号"
    issuer = doc.header.fields["issuer"]
    assert doc.text[issuer.start : issuer.end] == "国务院办公厅"
    assert issuer.start < doc.text.index("第4626号")  # read on the title, not the signature


def test_other_replies_read_their_issuer_from_the_title():
    doc = document_from_text(
        reply(
            "延安市医疗保障局对市政协六届三次会议第212号提案的答复函",
            "延医保函〔2024〕212号",
            "延安市医疗保障局",
            "2024年8月20日",
        )
    )
    assert fields(doc)["issuer"] == "延安市医疗保障局"
    assert doc.header.fields["issuer"].start == 0
    # The title may leave out the city the signature names.
    title = "市住房和城市更新局对市政协十四届四次会议第20250688号提案的答复"
    doc = document_from_text(reply(title, "武房函〔2025〕88号", "武汉市住房和城市更新局"))
    assert fields(doc)["issuer"] == "市住房和城市更新局"
    assert doc.header.fields["issuer"].start == 0


def test_the_title_counts_only_where_the_signature_agrees():
    title = "国务院办公厅对全国政协十届四次会议第4626号提案的答复"
    doc = document_from_text(reply(title, "国办函〔2006〕82号", "国家信访局"))
    issuer = doc.header.fields["issuer"]
    assert issuer.text == "国家信访局"
    assert issuer.start > doc.text.index("感谢")  # the signature's, not the title's


def test_undecoded_entities_after_a_signature():
    for line in ("国务院办公厅 &bsp;", "国务院办公厅&nbsp;", "国务院办公厅 &#160; &nbsp;"):
        assert without_entities(line) == "国务院办公厅"
    assert without_entities("国务院办公厅") == "国务院办公厅"
    assert without_entities("A&B公司；") == "A&B公司；"  # no entity: kept
    assert same_body("市住房和城市更新局", "武汉市住房和城市更新局")
    assert not same_body("国务院办公厅", "国家信访局")


def test_a_member_or_deputy_addressed_by_name():
    assert is_addressees("王超斌委员：")
    assert is_addressees("李明代表：")
    assert not is_addressees("各位委员：")  # a speech's salutation
    assert not is_addressees("各位代表：")
    assert not is_addressees("代表们：")
