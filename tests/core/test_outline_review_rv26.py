"""Review rv26 of round o41 (``gui/core/list_tiers.py``): two forms its rules read that they did
not name, left by the review as strict xfail tests and made to pass by task fx26 (a 令 known by
its letterhead, ``decision_form.is_order``; a lead-in is no label, ``list_tiers.is_label_alone``).
Real lines of dev documents (batches 3, 27, 41 and 52), rearranged where the form needs it."""

from __future__ import annotations

import random
from types import SimpleNamespace

from gui.core import decision_form, list_tiers
from gui.core.reading import document_from_text
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _headings(text: str) -> list[str]:
    return [s.heading for s in document_from_text(text).sections if s.heading]


def test_a_decision_whose_header_lacks_its_subject_keeps_its_fact_headlines():
    # decision-tw-fsc-hotai-2021 (batch 3) without its 主旨 line (a scrape that lost it, or a
    # 裁處書 set out 受處分人 / 事實 / 理由 with no subject): its 事實 points are a decision's
    # ： headlines, not a 令's provisions. Main before o41 (123e5737) headed its fourteen
    # points; with o41 none is left (the header has no 主旨, so the points read as a 令's).
    lines = (REAL / "decision-tw-fsc-hotai-2021.txt").read_text(encoding="utf-8").splitlines()
    text = "\n".join(ln for ln in lines if not ln.startswith("主旨：")) + "\n"
    headings = _headings(text)
    assert "(二)核銷作業流於形式：" in headings
    assert any(h.startswith("二、貴公司給付錠嵂保經廣告費相關費用") for h in headings)


# gw-tw-fsc-insurer-public-offering-exemption-order-2012 (batch 52): the 令's header.
ORDER_HEAD = (
    "行政院金融監督管理委員會令：依據「保險法」第136條第5項規定，訂定保險公司得申請免辦理股票公開發行之條件，自即日生效",
    "行政院金融監督管理委員會令",
    "中華民國101年4月5日",
    "金管保理字第10102540661號",
)


def test_an_orders_lead_in_written_without_a_comma_heads_nothing():
    # The order's own lead-ins with their commas left out (invented): still sentences that
    # lead into their lists (下列, subheads.is_lead_in), not labels like 「四、補助原則：」.
    points = (
        "一、保險公司得依本令申請免辦理股票公開發行。",
        "二、保險公司符合下列條件之一者得申請免辦理股票公開發行：",
        "(一)經營艱困、財務狀況特殊或併購後需要下市或撤銷公開發行。",
        "(二)單一股東。",
        "三、保險公司依前點規定申請時應檢附下列證明文件：",
        "(一)經濟部核發之營業登記事項卡影本。",
        "(二)股東名冊。",
    )
    headings = _headings("\n".join((*ORDER_HEAD, *points)) + "\n")
    assert not [h for h in headings if h.endswith("：")]


def test_with_their_commas_the_same_lead_ins_head_nothing_already():
    # (The form the order has: the negative of the test above, passing as the code is.)
    points = (
        "一、保險公司得依本令申請免辦理股票公開發行。",
        "二、保險公司符合下列條件之一者，得申請免辦理股票公開發行：",
        "(一)經營艱困、財務狀況特殊或併購後需要下市或撤銷公開發行。",
        "(二)單一股東。",
        "三、保險公司依前點規定申請時，應檢附下列證明文件：",
        "(一)經濟部核發之營業登記事項卡影本。",
        "(二)股東名冊。",
    )
    headings = _headings("\n".join((*ORDER_HEAD, *points)) + "\n")
    assert not [h for h in headings if h.endswith("：")]


def test_an_order_is_known_by_its_letterhead_over_its_number():
    # The gazette's 令 (batch 52), a joint 令 with its first authority letter-spaced (batch 39:
    # gw-tw-moi-doh-visually-impaired-massage-regulations-repeal-2008), and what is none.
    assert decision_form.is_order(ORDER_HEAD[1:])
    joint = ("內　  政  　部", "行政院衛生署令", "中華民國97年3月5日", "台內社字第0970026185號")
    assert decision_form.is_order(joint)
    # decision-tw-fsc-hotai-2021's header, its 主旨 left out: a 裁處書's fields, no 令.
    decision = ("受處分人：和泰產物保險股份有限公司", "營利事業統一編號：略", "地址：略")
    assert not decision_form.is_order(decision)
    # (invented) a 公告's letterhead over the same fields, and a 令's letterhead with no 字號.
    assert not decision_form.is_order(("行政院金融監督管理委員會公告", *ORDER_HEAD[2:]))
    assert not decision_form.is_order((ORDER_HEAD[1], ORDER_HEAD[2], "修正「保險法施行細則」。"))


def _alone(line: str) -> bool:
    text = SimpleNamespace(text=line, offset=100)
    return list_tiers.is_label_alone(SimpleNamespace(line=text, heading_end=100 + len(line)))


def test_a_label_alone_is_short_and_announces_no_list():
    # gw-tw-hakka-council-academic-subsidy-rules-2010 (batch 27): the rules' label heads.
    assert _alone("四、補助原則：")
    # gw-tw-moea-overseas-taiwanese-business-association-subsidy-points-2007 (batch 41):
    # lead-ins with no comma, gold heads none of them.
    assert not _alone("二、本要點之補助對象如下：")
    assert not _alone("五、申請人應檢附下列文件向本部提出申請：")
    # (invented) 左列, and a long line with no lead-in word: a sentence, no label.
    assert not _alone("三、申請人應備左列文件：")
    assert not _alone("六、經許可免辦理股票公開發行之保險公司重新申請時：")
    assert _alone("(十二)申請補助應備文件：")


def _orphan_tiers_scanning_back(found: list, numbered: dict) -> None:
    """Round o41's ``drop_orphan_tiers`` as it was written: a scan back from each item."""
    for k in sorted(numbered):
        if found[k] is None:
            continue
        rank = numbered[k][0]
        for j in range(k - 1, -1, -1):
            if j in numbered:
                if numbered[j][0] < rank:
                    if found[j] is None and numbered[j][1] in list_tiers._ITEM_SHAPES:
                        found[k] = None
                    break
            elif found[j] is not None:
                break


def test_drop_orphan_tiers_in_one_pass_reads_as_the_scan_back_did():
    # (Review rv26 made it one pass; the same answer on every arrangement of tiers, shapes,
    # other headings and lines heading nothing: 3,000 random texts of up to 40 lines.)
    rng = random.Random(26)
    shapes = ("short", "sentence", "colon-lead", "lead", "paragraph", "long-lead")
    for _ in range(3000):
        n = rng.randint(1, 40)
        numbered = {
            i: (rng.choice((13, 20, 21, 22, 23)), rng.choice(shapes))
            for i in range(n)
            if rng.random() < 0.6
        }
        found = [object() if rng.random() < 0.6 else None for _ in range(n)]
        expected = list(found)
        _orphan_tiers_scanning_back(expected, numbered)
        list_tiers.drop_orphan_tiers(found, numbered)
        assert found == expected


def test_an_order_letterhead_over_a_subject_is_no_order():
    # (invented) the 令's head over a 主旨 line: a 公告's or a letter's subject, whose points
    # head by their tier (tests/core/test_outline_colon_tiers_o41.py).
    subject = "主　　旨：公告保險公司得申請免辦理股票公開發行之條件。"
    assert not decision_form.is_order((*ORDER_HEAD[1:], subject))


def test_a_decision_whose_header_closes_early_keeps_its_fact_headlines():
    # decision-tw-fsc-hotai-2021 (batch 3) with an 附件 field whose value runs over three lines
    # (invented) above its 主旨: the header block closes at 附件 (``header_end``), so its 主旨
    # falls below it; still a decision, no 令.
    lines = (REAL / "decision-tw-fsc-hotai-2021.txt").read_text(encoding="utf-8").splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.startswith("主旨："))
    annex = ("附件：甲、修正條文對照表", "乙、總說明一份", "丙、相關函文影本")
    text = "\n".join((*lines[:at], *annex, *lines[at:])) + "\n"
    headings = _headings(text)
    assert "(二)核銷作業流於形式：" in headings
