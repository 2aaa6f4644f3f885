"""A line set right under a title that is no piece of it (gui/core/header_titles.py, round 22):
a page's subhead or a document's own name under the title stays out of the title, where a
wrapped title's pieces still join. Real lines of dev documents (batches 1–5)."""

from __future__ import annotations

from gui.core.head_lines import HeadLine
from gui.core.header_titles import find_title_lines
from gui.core.reading import document_from_text
from tests.core.test_gongwen_banner import head as _lines


def _head(texts: list[str]) -> list[HeadLine]:
    return _lines(*texts)


#: gw-sh-bim-acceptance-2026.md's title and 文号 (batch 3).
BIM_TITLE = "上海市住房和城乡建设管理委员会关于开展BIM辅助综合竣工验收的通知"
BIM_NUMBER = "沪建建管〔2026〕293号"
#: A subhead of news-cn-xwlb-digest-20260628.md (batch 3).
SUBHEAD = "[视频]各地开展主题党日活动迎“七一”"
#: gw-sh-jiading-renewal-2023.md's title (batch 1), as a page wraps it.
JIADING = ("上海市嘉定区人民政府关于印发《", "关于推进嘉定区城市更新工作的实施意见》的通知")
#: A paragraph under a title (gw-sh-bim-acceptance-2026.md).
PARAGRAPH = (
    "根据《上海市全面推进建筑信息模型技术深化应用的实施意见》（沪住建规范联〔2023〕14号）要求，"
    "本市在房屋建筑工程已推行BIM辅助施工图审查，提升了施工图审查效率和质量。"
)


def test_a_whole_title_above_its_number_leaves_a_subhead_out():
    head = _head([BIM_TITLE, SUBHEAD, BIM_NUMBER, PARAGRAPH])
    assert find_title_lines(head, 2) == [0]
    # A title wrapped above its number still joins, and so does a part in brackets.
    head = _head([*JIADING, "嘉府发〔2023〕20号", PARAGRAPH])
    assert find_title_lines(head, 2) == [0, 1]
    head = _head(["上海市乡镇渡口管理办法", "（试行）", BIM_NUMBER, PARAGRAPH])
    assert find_title_lines(head, 2) == [0, 1]


def test_a_documents_own_name_under_a_headline_is_no_piece_of_it():
    # news-cn-diamond-cooling-2026.txt's title (batch 4) over a name of gw-sh-ferry-measures-
    # extension-2025.md (batch 5); the digest's programme line (news-cn-xwlb-digest-2026.md,
    # batch 2) over the title of gw-cn-badong-geohazard-reply-2004.html (batch 3).
    for title, name in (
        ("金刚石散热：“概念炒作”还是“量产前夜”", "上海市乡镇渡口管理办法"),
        ("《新闻联播》 20260619 19:00", "关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告"),
    ):
        doc = document_from_text("\n".join([title, name, PARAGRAPH]))
        assert doc.title == title


def test_an_issuer_over_its_title_and_a_wrapped_title_still_join():
    # gw-sh-transport-oversize-2025.md (batch 1): joint issuers, the second opening the title.
    first, second = (
        "上海市交通委员会",
        "上海市公安局关于印发《高效办成大件运输“一件事”实施方案》的通知",
    )
    assert find_title_lines(_head([first, second, PARAGRAPH]), None) == [0, 1]
    assert find_title_lines(_head(["上海市交通委员会", "关于" + second[8:], PARAGRAPH]), None) == [
        0,
        1,
    ]
    assert find_title_lines(_head([*JIADING, PARAGRAPH]), None) == [0, 1]
