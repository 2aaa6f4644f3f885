"""A whole text run into one line (a county site's crawl, a 公文 in one CSV record: batches 44
and 47), where a numbered head runs into its text with no mark between (``fused_lines.head_end``):
the head stands on a line of its own where the text's first words tell where it ends. Real lines
of dev documents, with controls."""

from __future__ import annotations

import pytest

from gui.core.fused_lines import fused_cuts, head_end, split_fused_lines
from gui.core.patterns import paragraphs
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _pieces(name: str) -> list[str]:
    text = read_document(REAL / name).text
    return [piece for *_, piece in split_fused_lines(list(paragraphs(text)))]


def test_a_county_bulletins_part_titles_stand_apart_from_their_text():
    pieces = _pieces("stats-fj-pingtan-2015-statistical-bulletin.txt")
    for head in (
        "一、综 合",  # (after the page's chrome and a space: 「微信 微博 QQ空间 一、综 合全年…」)
        "二、农 业",
        "三、工业、建筑业",
        "四、固定资产投资",
        "五、交通、邮电",
        "九、科技、文化、体育",
        "十一、人口、人民生活",
        "十二、安全生产",
    ):
        assert head in pieces


def test_a_notices_heads_stand_apart_after_its_opening_colon_and_before_a_year():
    pieces = _pieces("gw-sd-medical-insurance-center-maternity-settlement-notice-2020.txt")
    assert "一、分批实现生育保险待遇联网结算" in pieces  # (after 「现将有关事项通知如下:」)
    assert "二、分步实现生育保险待遇联网结算" in pieces
    assert "二、时间地点" in _pieces("gw-sd-poverty-group-revitalization-meeting-notice-2021.txt")


@pytest.mark.parametrize(
    ("piece", "end"),
    [
        ("二、农 业2015年，全区完成农林牧渔业总产值68.04亿元，比增3.5%。", 5),
        ("二、时间地点2021年1月17日19:30，济南市南郊宾馆俱乐部礼堂。", 6),
        ("七、对外经济、旅游全区新批准外资企业数", 9),
        # Controls: a provision's subject and its preposition (batches 6 and 40), a head
        # whose text tells nothing of where it ends (batch 44).
        ("六、本通知自2022年1月15日起实施。", None),
        ("十、本决定自2024年8月30日起施行。", None),
        ("三、与会人员省委、省政府分管领导同志;省扶贫开发领导小组各成员单位主要负责同志;", None),
    ],
)
def test_where_a_run_in_head_ends(piece: str, end: int | None):
    assert head_end(piece) == end


def test_a_colon_or_a_space_opens_only_the_first_top_item():
    # Real clauses of a dev 公文 (batch 47), padded to a fused line's length: 1. after a
    # colon is an enumeration inside a sentence; 一、 after one opens the body.
    pad = "根据省直医疗保障经办服务流程再造工作要求，" * 15
    assert fused_cuts(pad + "结算标准如下:1.分娩住院顺产2700元。2.阴式手术产3100元。") == []
    line = pad + "现将有关事项通知如下:一、分批实现生育保险待遇联网结算2020年11月底前。"
    assert fused_cuts(line) == [line.index("一、")]


def test_an_articles_items_run_into_its_text_stay_one_paragraph():
    # Batch 44's 伦理规范 page: under 「第三条」, six principles each a short head sentence going
    # on as prose, in one paragraph of 616 characters.
    text = read_document(REAL / "reg-cn-ai-ethics-norms-release-2021.txt").text
    parts = list(paragraphs(text))
    at = next(i for i, part in enumerate(parts) if part[3].startswith("人工智能各类活动应遵循"))
    assert parts[at - 1][3] == "第三条"
    assert len(fused_cuts(parts[at][3])) == 6  # (what the grammar alone would cut)
    assert split_fused_lines(parts[at - 1 : at + 1]) == parts[at - 1 : at + 1]
    # Control: the same paragraph under no article number is cut.
    assert len(split_fused_lines(parts[at : at + 1])) == 7
