"""A Taiwan administrative decision (裁處書) read by its genre's form (``gui.core.decision_form``):
its header, its summary title, its 發文機關/發文日期/發文字號 and its labelled parts.

Tested on a real FSC decision (tests/data/decision_forms/, the record as the public repository
stores it; not one of the corpus's documents) in the two forms the corpus assembles such records
(plain text; HTML from the record's own markup), and on its real lines rearranged into the other
forms the genre takes in the FSC's published decisions: the header's party split over lines, a
half-width colon, spaced-out labels, a summary's numbered fields, the letterhead or the 發文日期
line or the party right under the summary, a part's label alone on its line or run on with its
text."""

from __future__ import annotations

import html
import json

import pytest

from gui.core.decision_form import header_end, is_header_line, is_summary_title
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

RECORD = json.loads(
    (REPO / "tests" / "data" / "decision_forms" / "fsc-202102030001.json").read_text("utf-8")
)
TITLE = RECORD["title"]
LINES = [ln.strip() for ln in RECORD["description"].split("\n")]
LETTERHEAD, ADDRESSEE, DATE, NUMBER, PARTY = LINES[:5]
SUBJECT = next(ln for ln in LINES if ln.startswith("主旨"))
FACTS = next(ln for ln in LINES if ln.startswith("事實及理由"))
POINT_1 = next(ln for ln in LINES if ln.startswith("一、未建立"))
POINT_2 = next(ln for ln in LINES if ln.startswith("二、未落實"))
BASIS = next(ln for ln in LINES if ln.startswith("法令依據"))
COPY = LINES[-1]


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _outline(doc) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections if s.heading]


def test_the_header_lines_of_the_genre():
    for line in (LETTERHEAD, ADDRESSEE, DATE, NUMBER, PARTY, SUBJECT):
        assert is_header_line(line), line
    # The forms the FSC's decisions also take: a bare or qualified party, spaced labels,
    # a half-width colon, a 裁罰 summary's numbered fields, a later form's 相對人.
    party = PARTY.split("：", 1)[1]
    for label in ("受處分人", "受處分人名稱", "受 處 分 人", "相對人", "二、受裁罰之對象"):
        assert is_header_line(f"{label}：{party}"), label
    assert is_header_line(SUBJECT.replace("：", ":", 1))
    assert is_header_line(SUBJECT.replace("主旨", "主　　旨", 1))
    assert is_header_line("七、" + SUBJECT)
    assert is_header_line(LETTERHEAD.replace("\u3000", ""))
    # Body lines, the parts' labels and the foot's fields are not.
    for line in (FACTS, POINT_1, BASIS, COPY, "事實：", "繳款方式：", "地址：同上", TITLE):
        assert not is_header_line(line), line


def test_the_header_ends_with_its_subject():
    lines = [TITLE, *LINES]
    assert header_end(lines) == lines.index(SUBJECT)
    # A party split over lines (its name and address under 「受處分人：」), values under labels.
    split = [
        TITLE,
        "受處分人：",
        "名稱：花旗(台灣)商業銀行股份有限公司",
        "地址：",
        "臺北市信義區松智路1號12樓",
    ]
    assert header_end([*split, SUBJECT, FACTS]) == len(split)
    # Without a 主旨 the block ends with its last field line.
    assert header_end([TITLE, DATE, NUMBER, PARTY, "地址：同上", POINT_1]) == 4
    assert header_end([TITLE, POINT_1, POINT_2]) is None


@pytest.mark.parametrize("form", ["txt", "html"])
def test_a_real_decision_in_both_corpus_forms(tmp_path, form):
    path = tmp_path / f"decision.{form}"
    if form == "txt":
        path.write_text(TITLE + "\n" + RECORD["description"], encoding="utf-8")
    else:
        markup = f"<h1>{html.escape(TITLE)}</h1>\n{RECORD['description_html']}\n"
        path.write_text(markup, encoding="utf-8")
    doc = read_document(path)
    # The summary sentence is the title, 165 characters long and ending in 。.
    assert doc.title == TITLE
    fields = {k: v.text for k, v in doc.header.fields.items()}
    assert fields["issuer"] == "金融監督管理委員會"
    assert fields["date"] == "中華民國110年2月2日"
    assert fields["number"] == "金管銀外字第11002702842號"
    for name in ("issuer", "date"):
        f = doc.header.fields[name]
        assert doc.text[f.start : f.end] == f.text  # offsets in the text, for the header card
    # 「事實及理由：…」 runs on with its text (body), so its ： points are top level; the labels
    # alone on their lines head the other parts, and their items are lists.
    assert _outline(doc) == [
        (1, "一、未建立妥適資料報送作業之內部控管機制："),
        (1, "二、未落實執行內部稽核之查核作業："),
        (1, "繳款方式："),
        (1, "注意事項："),
    ]


def test_the_summary_is_the_title_over_any_first_header_line():
    for first in (LETTERHEAD, ADDRESSEE, DATE, PARTY, "一、裁罰時間：110年2月2日"):
        assert is_summary_title([TITLE, first]), first
        doc = document_from_text(_text(TITLE, first, SUBJECT, POINT_1, POINT_2))
        assert doc.title == TITLE, first
    # Over body text the same sentence is a paragraph (too long and closed by 。 for a title).
    assert document_from_text(_text(TITLE, POINT_1, POINT_2)).title is None
    assert not is_summary_title([TITLE, FACTS])


def test_a_label_alone_puts_the_points_under_it():
    label, text = FACTS.split("：", 1)
    doc = document_from_text(
        _text(TITLE, *LINES[:10], SUBJECT, label + "：", text, POINT_1, POINT_2, BASIS, COPY)
    )
    assert _outline(doc) == [
        (1, "事實及理由："),
        (2, "一、未建立妥適資料報送作業之內部控管機制："),
        (2, "二、未落實執行內部稽核之查核作業："),
    ]


def test_header_fields_above_the_subject_are_never_part_labels():
    # 「受處分人：」 and 「地址：」 alone on their lines (values on the next) are the header's.
    doc = document_from_text(
        _text(
            TITLE,
            LETTERHEAD,
            DATE,
            "受處分人：",
            "花旗(台灣)商業銀行股份有限公司",
            "地址：",
            "臺北市信義區松智路1號12樓",
            SUBJECT,
            "事實及理由：",
            POINT_1,
            POINT_2,
        )
    )
    headings = [h for _, h in _outline(doc)]
    assert "受處分人：" not in headings and "地址：" not in headings
    assert headings[0] == "事實及理由："
    assert doc.header.fields["date"].text == "中華民國110年2月2日"


def test_a_letterhead_alone_does_not_make_a_decision_of_other_text():
    # The genre's fields, not a word, decide: a mainland 公文 line citing a 处分书 is body.
    doc = document_from_text(
        _text("关于加强行政处罚工作的通知", "各区人民政府：", POINT_1, POINT_2)
    )
    assert (
        "issuer" not in doc.header.fields
        or doc.header.fields["issuer"].text != "金融監督管理委員會"
    )
    assert not is_header_line("请各单位依法送达行政处分书。")


def test_a_disposition_header_with_empty_fields_gives_no_headings():
    # A 處分書's longer header (速別, an empty 附件 field, the party as 相對人): none of its
    # lines heads anything, 「附件：」 included (elsewhere 附件 opens an annex).
    party = PARTY.split("：", 1)[1]
    doc = document_from_text(
        _text(
            TITLE,
            LETTERHEAD.replace("裁處書", "處分書"),
            ADDRESSEE,
            DATE,
            NUMBER,
            "速別：普通件",
            "附件：",
            f"相對人：{party}",
            SUBJECT,
            "事實及理由：",
            POINT_1,
            POINT_2,
        )
    )
    assert doc.title == TITLE
    assert [h for _, h in _outline(doc)][0] == "事實及理由："
    assert not any(h.startswith(("附件", "相對人")) for _, h in _outline(doc))


def test_a_summary_in_numbered_fields_heads_its_parts_with_them():
    # The FSC's 裁罰 summary form: the header's fields numbered 一、…四、主旨, then the parts
    # numbered on: 「五、事實：」 runs its text on and heads the (一)(二) points; the parts' own
    # items (繳款期限 beside 請依…) are a list.
    party = PARTY.split("：", 1)[1]
    facts = FACTS.split("：", 1)[1]
    doc = document_from_text(
        _text(
            TITLE,
            "一、裁罰時間：110年2月2日",
            f"二、受裁罰之對象：{party}",
            "三、地址：同上",
            "四、" + SUBJECT,
            "五、事實：" + facts,
            "(一)" + POINT_1[2:],
            "(二)" + POINT_2[2:],
            "六、繳款方式：",
            "(一)繳款期限：自本處分送達之次日起10日內繳納。",
            "(二)請依本會銀行局檢附之繳款單注意事項辦理繳納。",
            "七、注意事項：",
            *(
                "(" + ln[0] + ")" + ln[2:]
                for ln in LINES
                if ln.startswith(("一、受處分人", "二、受處分人"))
            ),
        )
    )
    assert doc.title == TITLE
    assert _outline(doc) == [
        (1, "五、事實："),
        (2, "(一)未建立妥適資料報送作業之內部控管機制："),
        (2, "(二)未落實執行內部稽核之查核作業："),
        (1, "六、繳款方式："),
        (1, "七、注意事項："),
    ]


# gw-tw-mac-councillor-appointment-rules-amendment-2005.txt (batch 35): a gazette 令 whose
# regulation prints its history under its title — records of earlier orders (沿革).
_ORDER_WITH_HISTORY = (
    "行政院大陸委員會令：修正「行政院大陸委員會顧問遴聘辦法」",
    "行政院大陸委員會令",
    "中華民國94年1月3日",
    "陸人字第0930022638號",
    "修正「行政院大陸委員會顧問遴聘辦法」。",
    "附「行政院大陸委員會顧問遴聘辦法」一份。",
    "主任委員　吳釗燮",
    "行政院大陸委員會顧問遴聘辦法",
    "民國81年1月24日（81）陸法字第0311號令發布",
    "民國94年1月3日陸人字第0930022638號令修正發布",
    "第　一　條",
    "本辦法依行政院大陸委員會組織條例第十九條規定訂定之。",
)


def test_an_orders_own_date_and_number_win_over_the_history_of_what_it_carries():
    fields = document_from_text("\n".join(_ORDER_WITH_HISTORY) + "\n").header.fields
    assert fields["issuer"].text == "行政院大陸委員會"
    assert fields["date"].text == "中華民國94年1月3日"
    assert fields["number"].text == "陸人字第0930022638號"
    # Without the letterhead's fields, the first record line still gives date and number.
    bare = _ORDER_WITH_HISTORY[7:]
    fields = document_from_text("\n".join(bare) + "\n").header.fields
    assert fields["date"].text == "民國81年1月24日"
    assert fields["number"].text == "（81）陸法字第0311號"
