"""A stand-alone HTML comment in a Markdown file (CommonMark's HTML block of type 2, to the line
that closes it) is markup a page never shows: never a line of the text. Real lines of dev
documents: LawRefBook's 「<!-- INFO END -->」 (reg-cn-price-marking-2022, batch 1) and a Sina
post's tail (news-cn-energy-saving-plan-2022, batch 1); the info block over a text that prints its
own title again (gw-cn-spc-spp-police-assault-interpretation-2025, batch 28)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.formats.markdown import read_markdown
from gui.core.furniture import classify_line
from gui.core.reading import document_from_source

REGULATION = """\
# 明码标价和禁止价格欺诈规定

2022年4月14日 国家市场监督管理总局令第56号公布

2022年7月1日 施行

<!-- INFO END -->

第一条 为了规范经营者明码标价行为，预防和制止价格欺诈，维护市场价格秩序，保护消费者、经营者合法权益和社会公共利益，根据《中华人民共和国价格法》《价格违法行为行政处罚规定》等法律、行政法规，制定本规定。
"""

SINA_TAIL = """\
<p>　　上述负责人表示，“十四五”期间，我国生态文明建设进入了以降碳为重点战略方向的关键时期。</p>

<!-- 正文下iframe -->


<!-- 正文下iframe -->

<!-- 总声明-->

<!-- 文末二维码 start -->


            <!-- 文末二维码 start -->
            <style>
            .appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;
            </style>
            <div class="clearfix appendQr_wrap">
                <div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div>
            </div>
            <!-- 文末二维码 start -->

<!-- 编辑姓名及工作代码 -->

<p class="article-editor">责任编辑：王蒙 </p>
<!-- 编辑姓名及工作代码-->
"""


def _lines(markdown: str) -> list[str]:
    return read_markdown(markdown.encode("utf-8"), Path("p.md")).text.split("\n")


def test_a_comment_line_is_not_text():
    lines = _lines(REGULATION)
    assert not any("<!--" in line for line in lines)
    assert lines[2:4] == ["2022年7月1日 施行", lines[3]] and lines[3].startswith("第一条 为了")
    decoded = read_markdown(REGULATION.encode("utf-8"), Path("p.md"))
    assert [s.heading for s in document_from_source(decoded).sections if s.heading] == ["第一条"]


def test_a_pages_comments_go_and_the_block_after_one_is_read_as_its_own():
    # (the indented 「<style>」 right under a comment line had run into it: 「<!-- … -->  .appendQr…」)
    decoded = read_markdown(SINA_TAIL.encode("utf-8"), Path("p.md"))
    lines = decoded.text.split("\n")
    assert not any("<!--" in line for line in lines)
    # (an indented <style> block is code too, marked as the format's chrome, its references kept)
    assert lines[1].startswith(".appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;")
    assert 1 in decoded.chrome
    assert lines[-2:] == ["海量资讯、精准解读，尽在新浪财经APP", "责任编辑：王蒙"]


def test_a_comment_left_open_hides_nothing():
    lines = _lines("<!-- 正文下iframe\n\n第一条 本规定自2022年7月1日起施行。\n")
    assert lines == ["<!-- 正文下iframe", "第一条 本规定自2022年7月1日起施行。"]


def test_the_text_after_a_comments_close_is_a_line_of_its_own():
    lines = _lines("<!-- INFO END -->第一条 本规定自2022年7月1日起施行。\n")
    assert lines == ["第一条 本规定自2022年7月1日起施行。"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the Sina posts' style rule, once run after a comment on its line (batch 7's
        # news-cn-shandong-h1-gdp-2022): chrome, so the page's tail under it stays furniture
        (
            ".appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125; .appendQr_normal"
            "&#123;float:left;&#125; .appendQr_normal img&#123;width:74px;&#125;",
            "chrome",
        ),
        # (a line of text that opens with Latin letters and a colon: stats-hlj-daqing-h1-economy-2016)
        ("CPI：城市居民消费价格指数为100.7，同比上涨0.7%。", None),
    ],
)
def test_a_style_sheets_rule_is_chrome(line, kind):
    assert classify_line(line) == kind


# The head of batch 28's joint interpretation (dev): the collection's info block, its mark, then
# the text's own title as the issuers printed it (wrapped lines set apart, no 「、」 between them).
INFO_BLOCK_OVER_TITLE = """\
# 最高人民法院、最高人民检察院关于办理袭警刑事案件适用法律若干问题的解释

2024年11月4日 最高人民法院审判委员会第1930次会议、2024年6月27日最高人民检察院第十四届检察委员会第三十二次会议通过

2025年1月18日 施行

<!-- INFO END -->

最高人民法院 最高人民检察院 关于办理袭警刑事案件适用法律 若干问题的解释

高检发释字〔2025〕1号
"""


def test_an_info_blocks_copy_of_the_title_is_chrome_when_the_mark_is_dropped():
    decoded = read_markdown(INFO_BLOCK_OVER_TITLE.encode("utf-8"), Path("p.md"))
    assert decoded.text.split("\n")[3].startswith("最高人民法院 最高人民检察院 关于")
    assert decoded.chrome == frozenset({0})
    doc = document_from_source(decoded)
    assert doc.title == "最高人民法院 最高人民检察院 关于办理袭警刑事案件适用法律 若干问题的解释"


@pytest.mark.parametrize(
    "markdown",
    [
        # the block over the articles, no title of the text's own (reg-cn-price-marking-2022)
        REGULATION,
        # the same block with another comment in the mark's place: no collection's mark
        INFO_BLOCK_OVER_TITLE.replace("<!-- INFO END -->", "<!-- 正文下iframe -->"),
    ],
)
def test_an_info_block_without_a_copy_under_its_mark_keeps_its_title(markdown):
    decoded = read_markdown(markdown.encode("utf-8"), Path("p.md"))
    assert 0 not in decoded.chrome
    assert document_from_source(decoded).title == decoded.text.split("\n")[0]
