"""A government site's other controls and notices as page text keeps them (round 9,
`docs/history/outline-log.md`): a QR code's prompt, an accessibility toolbar's instruction, browser advice,
a size menu of sizes alone, the site's own link bar, its licence numbers and its copyright notice
wherever a scraper put them, a 主办：/承办： footer line, a page's 信息发布人.

Real lines: a 市中区环境保护局 page as a public 行政处罚 NER data set quotes it (「…发布时间：
2017-03-14【字体：大中小】来源：市环保局【打印本页】【关闭窗口】附件：…」); the lines two public
cleaners of government and tender pages delete (「【返回顶部】【打印本页】【关闭窗口】」,
「按回车键…导盲模式。」, 「扫一扫…关注…公众号」, 「建议使用…浏览器」, 「最佳分辨率：」,
「网站地图 |」, 「关于我们 | 联系我们」, 「【大 中 小】」, 「信息发布人：」, 「主办单位：」, 「ICP备」,
「网站标识码」); the footers of the 宜春 and 万载 government pages in the corpus (batch 4, 赣ICP备 and
赣公网安备 lines). Each is set into a real dev document's text, before its body, in its middle
and after it, and must be furniture there and leave the document's headings as they were.
"""

from __future__ import annotations

import pytest

from gui.core.cleaning import find_footer
from gui.core.furniture import classify_line
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

DEV = REPO / "tests" / "data" / "real" / "gw-sh-fire-inspection-2025.md"

CHROME = [
    "【返回顶部】【打印本页】【关闭窗口】",
    "按回车键在当前窗口打开，按CTRL+回车键在新窗口打开，进入导盲模式。",
    "扫一扫关注官方微信公众号",
    "手机扫描二维码",
    "扫描二维码 关注我们",
    "请用微信扫描二维码查看手机版",
    "建议使用IE9以上浏览器，最佳分辨率：1366×768",
    "网站地图 | 关于我们 | 联系我们",
    "关于我们 | 联系我们 | 网站声明",
    "无障碍浏览",
    "长者模式",
    "【大 中 小】",
    "赣ICP备05005098号",
    "赣公网安备 36090202000101号",
    "网站标识码：3609000001",
    "版权所有：宜春市人民政府",
    "本网站版权所有，未经许可不得转载。",
]
#: Lines of the same words that are the document's text.
TEXT = [
    "扫码办事更便捷",  # a headline: no code, no account, no page to open
    "扫码即可办理社保业务，方便快捷。",
    "政务微信",
    "关于我们的承诺",
    "建议使用公共交通工具出行。",
    "读屏软件",
]


def headings(doc) -> list[str]:
    return [doc.text[s.heading_start : s.heading_end] for s in doc.sections if s.heading]


@pytest.fixture(scope="module")
def dev_text() -> str:
    return read_document(DEV).text


@pytest.mark.parametrize("line", CHROME)
def test_chrome_anywhere_in_a_real_document(dev_text, line):
    assert classify_line(line, around_body=False) == "chrome"
    paragraphs = dev_text.split("\n\n")
    middle = len(paragraphs) // 2
    base = headings(document_from_text(dev_text))
    for text in (
        line + "\n\n" + dev_text,
        "\n\n".join([*paragraphs[:middle], line, *paragraphs[middle:]]),
        dev_text.rstrip("\n") + "\n\n" + line + "\n",
    ):
        doc = document_from_text(text)
        at = doc.text.index(line)
        marked = any(f.start <= at < f.end for f in doc.furniture) or (
            doc.footer is not None and doc.footer.start <= at
        )
        assert marked, line
        assert headings(doc) == base


@pytest.mark.parametrize("line", TEXT)
def test_the_same_words_as_text(line):
    assert classify_line(line, around_body=False) is None
    assert classify_line(line, around_body=True) is None


def test_host_lines_end_the_page():
    body = "本实施意见自发布之日起施行。各相关部门应按照相关规章、制度，落实专人，明确职责，做好工程项目管理的相关工作。\n"
    text = body + "主办：万载县人民政府 承办：万载县人民政府办公室\n"
    footer = find_footer(text)
    assert footer is not None and text[footer.start :].startswith("主办：")
    # An event's organiser inside the text is the text's.
    event = "活动地点：南瀛天文馆\n主办单位：臺南市南瀛科學教育館\n报名方式：现场报名\n" + body
    assert find_footer(event) is None


def test_a_pages_meta_and_controls_run_together():
    line = "发布时间：2017-03-14【字体：大中小】来源：市环保局【打印本页】【关闭窗口】"
    title = "市中区环境保护局关于对四川德元药业集团有限公司的环境行政处罚决定书"
    doc = document_from_text(f"{title}\n{line}\n\n" + read_document(DEV).text)
    assert doc.header.get("source") == "市环保局"
    assert classify_line("信息发布人：张三", around_body=False) == "news"
