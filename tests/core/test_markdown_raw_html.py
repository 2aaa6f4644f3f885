"""Raw HTML in Markdown, read as a page shows it: an HTML block keeps its blocks as lines
(``<p>``, ``<div>``, ``<table>`` rows, ``<hN>`` headings), ``<br>`` breaks a line, character
references are decoded (white space ones as the HTML reader reads them), attribute lists are
dropped and inline tags keep their text; the lines this sets apart (a promotion's link, a reply
citing an article) are read as what they are. Real lines are from dev documents of batches 1, 7,
27, 28 and 29; the rest are CommonMark's cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.formats.markdown import inline_text, read_markdown
from gui.core.furniture import classify_line
from gui.core.numbering import RANK_ARTICLE, numbered


def _read(body: str, tmp_path: Path):
    path = tmp_path / "page.md"
    path.write_text(body, encoding="utf-8")
    return read_markdown(path.read_bytes(), path)


def _lines(body: str, tmp_path: Path) -> list[str]:
    return _read(body, tmp_path).text.split("\n")


# A regulation kept as Markdown with its articles in raw HTML (batch 28 dev): every paragraph
# one 「<p>」, its sub-paragraphs set apart by 「<br>」, indented with 「&emsp;」.
REGULATION = """# 突发环境事件信息报告办法

（2011年4月18日环境保护部令第17号公布&emsp;自2011年5月1日起施行）

<p id="t2">&emsp;&emsp;<b>第二条</b>&emsp;本办法适用于环境保护主管部门对突发环境事件的信息报告。<br>
&emsp;&emsp;突发环境事件分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）四级。<br>
&emsp;&emsp;核与辐射突发环境事件的信息报告按照核安全有关法律法规执行。</p>
<p id="t16">&emsp;&emsp;<b>第十六条</b>&emsp;本办法由环境保护部解释。</p>

## 突发环境事件分级标准{align="center"}

&emsp;&emsp;按照突发事件严重性和紧急程度，突发环境事件分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）四级。
<p>&emsp;&emsp;1、<b>特别重大（Ⅰ级）</b>突发环境事件。<br>
&emsp;&emsp;凡符合下列情形之一的，为特别重大突发环境事件：<br>
&emsp;&emsp;（1）因环境污染直接导致10人以上死亡或100人以上中毒的；<br>
</p>
"""


def test_a_regulations_raw_html_articles_are_lines_of_their_own(tmp_path):
    source = _read(REGULATION, tmp_path)
    lines = source.text.split("\n")
    assert lines == [
        "突发环境事件信息报告办法",
        "（2011年4月18日环境保护部令第17号公布 自2011年5月1日起施行）",
        "第二条 本办法适用于环境保护主管部门对突发环境事件的信息报告。",
        "突发环境事件分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）四级。",
        "核与辐射突发环境事件的信息报告按照核安全有关法律法规执行。",
        "第十六条 本办法由环境保护部解释。",
        "突发环境事件分级标准",
        "按照突发事件严重性和紧急程度，突发环境事件分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）"
        "和一般（Ⅳ级）四级。",
        "1、特别重大（Ⅰ级）突发环境事件。",
        "凡符合下列情形之一的，为特别重大突发环境事件：",
        "（1）因环境污染直接导致10人以上死亡或100人以上中毒的；",
    ]
    # The attribute list is gone from the heading, which keeps its level.
    assert source.headings == {6: 2}
    assert source.title_line == 0


def test_a_reply_indented_with_references_opens_each_line_with_its_words(tmp_path):
    # A ministry's reply kept as Markdown (batch 28 dev): paragraphs indented with 「&emsp;」.
    lines = _lines(
        "# 关于恶臭气体超标排放违法行为法律适用问题的复函\n\n"
        "&emsp;&emsp;第九十九条规定：“违反本法规定，有下列行为之一的，由县级以上人民政府生态环境"
        "主管部门责令改正或者限制生产、停产整治……”\n\n&emsp;&emsp;特此函复。\n",
        tmp_path,
    )
    assert lines[1].startswith("第九十九条规定：")
    assert lines[2] == "特此函复。"


def test_a_pages_template_reads_block_by_block_at_any_indent(tmp_path):
    # A city's page kept as a site generator's Markdown (batch 29 dev): indented HTML, list
    # items and paragraphs, and <br> inside a paragraph.
    page = (
        "# 市長簡介\n\n"
        '        <div class="row">\n'
        '          <div class="col-md-9 mb-30">\n'
        "            <p>姓名：林智堅</p>\n"
        "            <p>出生地：新竹</p>\n"
        "            <p>學歷：<br>\n"
        "              一、中華大學科技管理研究所碩士<br>\n"
        "              二、中華大學企業管理系<br>\n"
        "            </p>\n"
        "          </div>\n"
        "        </div>\n"
    )
    assert _lines(page, tmp_path)[1:] == [
        "姓名：林智堅",
        "出生地：新竹",
        "學歷：",
        "一、中華大學科技管理研究所碩士",
        "二、中華大學企業管理系",
    ]


def test_a_scrapers_div_of_paragraphs_is_one_line_per_paragraph(tmp_path):
    # A news page's body copied as its HTML (batch 1 dev): no blank line between the <p>s.
    page = (
        "# “十四五”节能减排综合工作方案出炉\n\n<div>   \n"
        "<p>　　原标题：“十四五”节能减排综合工作方案出炉 部署十大重点工程</p>\n"
        "<p>　　本报记者 包兴安 见习记者 杨 洁</p>\n"
        "<p>　　1月24日，国务院发布《“十四五”节能减排综合工作方案》（以下简称《方案》）。</p>\n"
        "</div>\n"
    )
    assert _lines(page, tmp_path)[1:] == [
        "原标题：“十四五”节能减排综合工作方案出炉 部署十大重点工程",
        "本报记者 包兴安 见习记者 杨 洁",
        "1月24日，国务院发布《“十四五”节能减排综合工作方案》（以下简称《方案》）。",
    ]


def test_kramdown_attribute_lists_after_links_are_dropped(tmp_path):
    # A directory page (batch 27 dev): every link carries 「{:target="_top"}」.
    lines = _lines(
        "# 部门集\n\n"
        '*\t1 [人大](#1-全国人民代表大会){:target="_top"}　🟥\n'
        '*\t3.1 八个民主党派、 3.2 八个[人民团体](#3.2){:target="_top"}、 3.3 [其他社会团体]'
        '(#3.1){:target="_top"}\n',
        tmp_path,
    )
    assert lines[1:] == ["1 人大　🟥", "3.1 八个民主党派、 3.2 八个人民团体、 3.3 其他社会团体"]


def test_html_headings_in_a_block_are_headings(tmp_path):
    source = _read(
        "# 年度报告\n\n<h2>第一章 总则</h2>\n<p>第一段。</p>\n\n<h3>一、目标</h3>\n\n正文。\n",
        tmp_path,
    )
    assert source.text.split("\n") == ["年度报告", "第一章 总则", "第一段。", "一、目标", "正文。"]
    assert source.headings == {1: 2, 3: 3}


def test_an_html_table_is_one_line_per_row(tmp_path):
    page = (
        "# 公报\n\n<table><caption>表1 主要指标</caption>\n"
        "<tr><td>总计</td><td>1143083.8</td></tr>\n<tr><td>制造业</td><td>1008476.2</td></tr>\n"
        "</table>\n"
    )
    assert _lines(page, tmp_path)[1:] == ["表1 主要指标", "总计 | 1143083.8", "制造业 | 1008476.2"]


def test_the_block_runs_to_the_blank_line_then_markdown_resumes(tmp_path):
    # CommonMark: an HTML block's lines are HTML (no emphasis read in them) up to a blank line.
    lines = _lines("# 标题\n\n<div>\n*第一段*\n</div>\n\n**第二段**\n", tmp_path)
    assert lines == ["标题", "*第一段*", "第二段"]


def test_a_tag_inside_a_line_is_inline_and_a_br_breaks_the_paragraph(tmp_path):
    lines = _lines(
        '# 标题\n\n<span style="color:red">红色</span>的<font size="3">文字</font>和'
        "<strong>重点</strong><br/>下一行<br />\n再下一行\n",
        tmp_path,
    )
    assert lines == ["标题", "红色的文字和重点", "下一行", "再下一行"]


@pytest.mark.parametrize(
    "markdown, text",
    [
        ("&amp; &copy; &AElig; &#35; &#1234; &#X22;", '& © Æ # Ӓ "'),  # CommonMark 25, 26, 27
        ("&#42;不是强调&#42;", "*不是强调*"),  # a reference is never markup (CommonMark 37)
        ("&lt;p&gt;是文字", "<p>是文字"),
        ("&copy 与 &MadeUpEntity; 照原样", "&copy 与 &MadeUpEntity; 照原样"),  # (28)
        ("甲&nbsp;乙&ensp; &#12288;丙", "甲 乙 丙"),  # white space references: one space
        ("&emsp;&emsp;开头", "开头"),
        ("{site.imgurl} 与 {{< video >}} 是文字", "{site.imgurl} 与 {{< video >}} 是文字"),
        ('图片![图](a.png){width="5.6in" height="1.4in"}', "图片图"),
        ("段落 {: .lead}", "段落"),
        ("章节 {#sec-1 .unnumbered}", "章节"),
    ],
)
def test_inline_references_and_attribute_lists(markdown, text):
    assert inline_text(markdown) == text


def test_a_style_blocks_references_stay_as_written(tmp_path):
    # A raw <style> block is code: marked, and its lines kept as the file has them.
    source = _read(
        "# 标题\n\n正文。\n\n<style>\n.appendQr_wrap&#123;border:1px solid #E6E6E6;&#125;\n</style>\n",
        tmp_path,
    )
    assert ".appendQr_wrap&#123;border:1px solid #E6E6E6;&#125;" in source.text


# What the lines the raw HTML now keeps apart need from the rules.


@pytest.mark.parametrize(
    "line",
    [
        # A Sina post's promotions under the story (batches 7 and 1 dev): a link's label and arrow.
        "股民福利来了！十大金股送给你，带你掘金“黄金坑”！点击查看>>",
        "你的专属投资礼包！更有百元京东卡、188元现金红包等你拿，100%中奖>>",
        "更多>>",
    ],
)
def test_a_promotions_link_closing_its_line_is_chrome(line):
    assert classify_line(line, around_body=False) == "chrome"


@pytest.mark.parametrize(
    "line", ["详情请点击查看附件。", "第三季度产值比上季度增长12.1%，排名升至全省第2。"]
)
def test_a_sentence_is_no_link(line):
    assert classify_line(line, around_body=False) is None


def test_a_sentence_citing_an_article_heads_nothing():
    # A ministry's reply quoting a law (batch 28 dev): 「第九十九条规定：」 opens a sentence.
    assert numbered("第九十九条规定：“违反本法规定，有下列行为之一的，…”") is None
    assert numbered("第一百一十八条第一款规定：“违反本法规定，排放油烟的…”") is None
    # The document's own articles still head theirs, spaced or not.
    assert numbered("第十六条 本办法由环境保护部解释。") == (RANK_ARTICLE, 4)
    assert numbered("第一条为了规范突发环境事件信息报告工作") == (RANK_ARTICLE, 3)
