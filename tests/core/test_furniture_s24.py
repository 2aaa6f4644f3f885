"""Session 24: furniture wherever a page sets it — a photo's credit closing its caption, an
issue's editor, a reporter's print credit, a crawler's header and notes, a picture widget's
controls — under the story as well as between its paragraphs; and a site footer set under a
document that takes none of the document's last lines with it. Lines from dev documents of
tests/data/real (batches 20, 26, 42, 43, 44 and the news pages named at each test).
"""

from __future__ import annotations

import pytest

from gui.core.cleaning import find_footer
from gui.core.furniture import classify_line
from gui.core.reading import document_from_text

# news-hk-hkcnews-admiralty-overnight-protesters-persuade-police-2019 (batch 43): the headline
# and two of the story's paragraphs.
TITLE = "反送中徹夜留守　示威者2度勸退警方　早上10時主動撤離夏愨道"
FIRST = (
    "約7時15分，談判專家帶同逾五十名軍裝警員從夏愨道天橋（中環方向）步向示威者，示威者此時已"
    "主動棄守龍和道，全部集中到夏愨道，但亦不過約百人。示威者與談判專家持續對話，雙方雖然不斷重申"
    "立場，最終仍能在沒有任何正面衝突下，警方宣布撤退。"
)
LAST = (
    "早上10時許，示威者經商討後決定撤出夏愨道，退守添美道一帶，其後主動搬走路障、清理垃圾，"
    "移至立法會「煲底」。龍和道、夏愨道此時已經可以通車。"
)

# Dev lines of the families, each from a page of its own.
PLACED_ANYWHERE = [
    # a caption closed by the agency's photo (batch 43's 眾新聞 page)
    "示威者清晨清理夏愨道上的垃圾。美聯社照片",
    # …by a source's picture or frame (news-hk-qianhai-plan-chief-executive-column-2021)
    "深港兩地政府曾規劃以鐵路連接前海和洪水橋。維基百科照片",
    "副總理韓正9月18日在深圳接見特首林鄭月娥。中央台截圖",
    # …by a Facebook page's picture (news-hk-hkcnews-cotton-tree-children-magazine-closure-2019)
    "在「沒有共產黨就沒有新中國」一章中提到文革的部分。小國民大講堂Facebook圖片",
    # …by a photographer named in Latin letters (news-hk-court-gallery-elderly-supporter-2021)
    "堅守香港人的核心價值。Samson Huang攝",
    # …by 圖／ with a full-width slash (news-tw-pts-us-space-force-korea-drill-explainer-2023)
    "今年8月11日於ISRS部隊啟用儀式上揭曉的隊徽。（圖／USSF）",
    # …by the court that gave it (news-cn-chongqing-jiangjin-yangtze-oil-dumping-verdict-2021)
    "庭审现场。来源：江津法院供图",
    # an issue's editor (news-cn-shishi-free-bun-shop-closes-2021)
    "本期资深编辑 邢潭",
    # the reporters and the paper's print edition (news-cn-rmrb-shanxi-major-projects-year-2025)
    "本报记者  刘鑫焱  付明丽《人民日报》（2025年03月01日第 01 版）",
    # a crawler's header (gw-cn-state-council-emergency-system-plan-notice-2026, batch 34)
    "=== [gov_cn] 国务院关于印发《现代化应急体系建设“十五五”规划》的通知 (15638字) ===",
    # a transcript archive's note on a lost page and its link bar (batch 42)
    "（正文缺失：原文字稿网页已失效，仅存标题。）",
    "共 15 条新闻 · 央视网《新闻联播》2002年10月1日播出 · ← 2002 年目录 · 首页",
    # a picture widget's controls (news-hk-hkej-mainland-transit-resumption-cabin-crew-2020)
    "放大圖片 / 顯示原圖",
]


@pytest.mark.parametrize("line", PLACED_ANYWHERE)
def test_the_line_is_furniture_inside_the_body_as_around_it(line: str) -> None:
    assert classify_line(line, around_body=False) is not None
    assert classify_line(line, around_body=True) is not None


def _furniture_lines(text: str) -> list[str]:
    doc = document_from_text(text)
    return [doc.text[f.start : f.end].strip() for f in doc.furniture_spans()]


@pytest.mark.parametrize("line", PLACED_ANYWHERE)
def test_the_line_set_under_the_story_is_furniture(line: str) -> None:
    found = _furniture_lines(f"{TITLE}\n{FIRST}\n{LAST}\n{line}\n")
    assert any(line in chunk for chunk in found)
    assert not any(LAST in chunk for chunk in found)


def test_a_document_line_that_names_photos_stays_text() -> None:
    # (a list item asking for photos, reg-ly-dog-keeping-2010, batch 2; a release's sentence
    # about them, press-tw-tainan-typhoon-relief-2025, batch 3)
    for line in (
        "（四）犬只照片两张；",
        "例如，有民眾未攜帶屋損狀況的照片，工作人員拿出自身手機翻拍並協助印出；",
    ):
        assert classify_line(line, around_body=False) is None
        assert classify_line(line, around_body=True) is None


# A licence line a page sets under the text opens the site footer; a short line above it is
# the publisher's only when it names a body or a site.
LICENCE = "京ICP备05060933号"
CLAUSE = (
    "律师应要求发行人的董事（筹委会成员）、主承销商及其他相关中介机构仔细阅读验证笔录，"
    "并在验证笔录上签字、盖章。"
)


@pytest.mark.parametrize(
    "last",
    [
        # a 公文's blank date form (gw-cn-csrc-verification-record-rules-1998, batch 26)
        "年\u3000月\u3000日",
        # a table's last cell (gw-sh-five-new-cities-approval-delegation-2023, batch 20)
        "行政检查",
        # an annex's title in book marks (gw-gd-foshan-talent-housing-policy-guide-2019, batch 44)
        "《关于进一步完善人才住房政策的补充通知》",
        # a contact's address (report-tw-taichung-participatory-budget-qa-page, batch 33)
        "empower.tccentral@gmail.com",
    ],
)
def test_a_licence_line_under_the_text_takes_no_line_of_the_document(last: str) -> None:
    text = f"{CLAUSE}\n{last}\n{LICENCE}"
    span = find_footer(text)
    assert span is not None and text[span.start : span.end] == LICENCE


def test_a_publisher_over_the_licence_line_opens_the_footer() -> None:
    text = f"{CLAUSE}\n中国证券监督管理委员会\n{LICENCE}"
    span = find_footer(text)
    assert span is not None and text[span.start : span.end].startswith("中国证券监督管理委员会")
