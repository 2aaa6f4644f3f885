"""A county site's crawl (平潭, batches 38 and 47, round o37): over the page it saved, the crawler
writes the page's fields (标题: / 发布时间: / 文号: / 发布机构: / 栏目: / 原文链接: / 本地目录:), a note
naming the file beside it and a rule labelling the text under it. All of it is page furniture,
never the title. Real lines of dev documents, with controls."""

from __future__ import annotations

import pytest

from gui.core.furniture import classify_line
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
NOTICE = REAL / "gw-cn-pingtan-public-hospitals-renaming-notice-2015.txt"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("页面链接与图片详见 links.tsv(同目录)", "chrome"),
        ("==================== 正文 ====================", "chrome"),
        ("栏目: 统计公报", "meta"),
        (
            "本地目录: zwgk/tjxx/tjgb/202210/37663_2015年平潭综合实验区国民经济和社会发展统计公报",
            "meta",
        ),
        # Controls: a sentence that sends the reader to an annex, a heading between rules.
        ("具体名单详见附件。", None),
        ("一、综 合", None),
    ],
)
def test_a_crawls_own_lines(line: str, kind: str | None):
    assert classify_line(line) == kind


def test_the_crawled_notice_takes_its_title_from_the_page():
    doc = read_document(NOTICE)
    assert doc.title == "平潭综合实验区管委会办公室关于我区两家公立医院更名的通知"
    moved = "\n".join(doc.text[f.start : f.end] for f in doc.furniture)
    assert "页面链接与图片详见 links.tsv(同目录)\n=====" in moved
    assert "栏目: 区管委会办公室文件" in moved
