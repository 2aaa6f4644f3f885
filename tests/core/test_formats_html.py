"""Saved web pages: article extraction, headings, charsets — on real files, no mocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.loading import read_source
from gui.core.reading import read_document

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"
NEWS = FORMATS / "news-gbk.html"
REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def _outline(document) -> list[tuple[int, str | None]]:
    return [(s.level, s.heading) for s in document.sections]


def test_gbk_news_page_title_outline_and_text():
    document = read_document(NEWS)
    assert document.encoding == "gb18030"
    assert document.title == "兰州高新区2021年工作总结"
    assert _outline(document) == [
        (1, None),
        (1, "一、主要工作成效"),
        (2, "出台高质量发展的政策体系。"),
        (2, "创新能力持续增强。"),
        (2, "开放水平不断提高。"),
        (1, "二、2022年工作安排"),
    ]
    text = document.text
    # a strong lead sentence stays on one line with its paragraph
    assert (
        "出台高质量发展的政策体系。围绕主导产业，制定出台了《兰州高新区促进科技创新若干措施》"
        in text
    )
    assert "加快建设生物医药产业园二期工程；\n推进兰州新区与高新区协同发展。" in text
    assert "指标 | 2021年 | 增长\n地区生产总值 | 306亿元 | 8.5%" in text
    # the text indent (full-width spaces) is page layout, not text
    assert "\n2021年，兰州高新区坚持" in text


@pytest.mark.parametrize(
    "boilerplate",
    [
        "首页",  # navigation
        "当前位置",  # breadcrumb
        "分享到微信",  # share buttons
        "热点新闻",  # sidebar
        "扫一扫关注",
        "相关文章",
        "打印本页",
        "陇ICP备",  # site footer outside the article
        "脚本写入",  # script
        "站内搜索",  # form
        "text-indent",  # style
        "_兰州高新技术产业开发区管委会",  # the site name in <title>
    ],
)
def test_news_page_boilerplate_is_dropped(boilerplate):
    assert boilerplate not in read_document(NEWS).text


def _page(body: str, head: str = '<meta charset="utf-8">', title: str = "页面") -> bytes:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>{body}</body></html>"
    )


ARTICLE = (
    "<p>　　全年实现地区生产总值三百零六亿元，比上年增长百分之八点五，经济运行稳中有进。</p>"
    "<p>　　规模以上工业增加值增长百分之十二，高技术制造业增加值增长百分之十五。</p>"
)


def test_footer_inside_the_article_is_kept_and_becomes_the_footer(tmp_path):
    body = (
        '<div class="nav"><a href="/">首页</a><a href="/x">政务公开</a></div>'
        f'<div id="content"><h1>统计公报</h1>{ARTICLE}'
        '<div class="footer"><p>兰州高新区管委会</p>'
        "<p>陇ICP备05000000号 地址：兰州市城关区雁兴路21号</p></div></div>"
        '<div class="footer"><p>网站地图 联系我们 甘公网安备62010202000000号</p></div>'
    )
    path = tmp_path / "page.html"
    path.write_text(_page(body), encoding="utf-8")
    document = read_document(path)
    assert document.title == "统计公报"
    assert document.footer is not None
    footer = document.text[document.footer.start : document.footer.end]
    assert "陇ICP备05000000号" in footer and "兰州高新区管委会" in footer
    assert "公网安备" not in document.text  # the footer outside the article is dropped


@pytest.mark.parametrize(
    ("head", "codec", "expected"),
    [
        ('<meta charset="big5">', "big5", "big5hkscs"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=GBK">', "gbk", "gb18030"),
        ("<meta charset='gb2312'>", "gb2312", "gb18030"),
        ('<meta charset="utf-8">', "utf-8", "utf-8"),
    ],
)
def test_declared_charset_is_honoured(tmp_path, head, codec, expected):
    text = "臺灣產業發展報告" if codec == "big5" else "兰州高新区产业发展报告"
    body = f"<h1>{text}</h1><p>{'本年度產業發展穩中有進，各項指標良好。' * 3}</p>"
    if codec != "big5":
        body = f"<h1>{text}</h1><p>{'本年度产业发展稳中有进，各项指标良好。' * 3}</p>"
    path = tmp_path / "page.htm"
    path.write_bytes(
        _page(body, head=head, title="報告" if codec == "big5" else "报告").encode(codec)
    )
    source = read_source(path)
    assert source.encoding == expected
    assert source.text.splitlines()[0] == text


def test_a_wrong_declaration_falls_back_to_detection(tmp_path):
    """Pages saved as GBK that still say utf-8 are common; the text must not be garbled."""
    body = f"<h1>兰州高新区</h1><p>{'全年地区生产总值增长百分之八点五。' * 4}</p>"
    path = tmp_path / "page.html"
    path.write_bytes(_page(body).encode("gbk"))
    source = read_source(path)
    assert source.encoding == "gb18030"
    assert "全年地区生产总值增长百分之八点五。" in source.text


def test_headings_h2_h3_map_to_outline_levels_and_br_splits_lines(tmp_path):
    body = (
        '<div class="article"><h1>工作报告</h1>'
        "<h2>一、总体要求</h2><p>坚持稳中求进工作总基调。<br>推动高质量发展。</p>"
        "<h3>（一）重点任务</h3><p>加快产业转型升级，培育壮大新兴产业集群。</p>"
        "<h2>二、保障措施</h2><p>加强组织领导，确保各项任务落到实处。</p></div>"
    )
    path = tmp_path / "report.html"
    path.write_text(_page(body), encoding="utf-8")
    document = read_document(path)
    assert document.title == "工作报告"
    assert _outline(document) == [(1, "一、总体要求"), (2, "（一）重点任务"), (1, "二、保障措施")]
    assert "坚持稳中求进工作总基调。\n推动高质量发展。" in document.text


def test_page_without_h1_takes_the_title_element_without_the_site_name(tmp_path):
    body = f'<div class="content">{ARTICLE}</div>'
    path = tmp_path / "p.html"
    path.write_text(_page(body, title="统计公报 - 兰州市统计局"), encoding="utf-8")
    document = read_document(path)
    assert document.title == "统计公报"
    assert document.text.startswith("统计公报\n全年实现地区生产总值")


def test_layout_table_page_reads_the_article_cell(tmp_path):
    """Older government sites lay the whole page out in tables."""
    body = (
        "<table><tr><td><a href='/'>首页</a> | <a href='/a'>机构设置</a></td></tr>"
        f"<tr><td class='zoom'><h1>通知</h1>{ARTICLE}</td><td><a href='/b'>友情链接</a></td></tr>"
        "</table>"
    )
    path = tmp_path / "t.html"
    path.write_text(_page(body), encoding="utf-8")
    document = read_document(path)
    assert document.title == "通知"
    assert "经济运行稳中有进。\n规模以上工业增加值增长" in document.text
    assert "友情链接" not in document.text and "机构设置" not in document.text


def test_html_is_sniffed_whatever_the_extension(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(_page(f"<h1>标题</h1>{ARTICLE}"), encoding="utf-8")
    source = read_source(path)
    assert source.format == "html"
    assert "<p>" not in source.text


LONG = (
    "全年实现地区生产总值三百零六亿元，比上年增长百分之八点五，经济运行稳中有进，质量效益稳步提升。"
)
SHORT = "规模以上工业增加值增长百分之十二。"


def test_article_of_divs_as_paragraphs_is_read_whole(tmp_path):
    """One long and one short <div> paragraph: the article is their parent, not the long one."""
    body = (
        f'<div class="menu"><a href="/">首页</a></div><div id="main"><h1>公报</h1>'
        f"<div>{LONG * 3}</div><div>{SHORT}</div></div>"
    )
    path = tmp_path / "divs.html"
    path.write_text(_page(body), encoding="utf-8")
    assert read_source(path).text.split("\n") == ["公报", LONG * 3, SHORT]


def test_article_laid_out_with_br_is_read_line_by_line(tmp_path):
    body = (
        "<div class='links'><a href='/a'>机构概况</a> <a href='/b'>政策文件</a></div>"
        f"<div><h1>公告</h1><div id='zoom'>{LONG}<br><br>{SHORT}<br>{LONG}</div>"
        "<div class='bottom'><a href='/c'>返回顶部</a></div></div>"
    )
    path = tmp_path / "br.html"
    path.write_text(_page(body), encoding="utf-8")
    source = read_source(path)
    assert source.text.split("\n") == ["公告", LONG, SHORT, LONG]


def test_article_title_meta_of_government_sites_is_the_title(tmp_path):
    head = (
        '<meta charset="utf-8"><meta name="ArticleTitle" content="关于促进消费的若干措施">'
        '<meta name="SiteName" content="某市人民政府">'
    )
    body = f'<div class="TRS_Editor">{ARTICLE}</div>'
    path = tmp_path / "gov.html"
    path.write_text(_page(body, head=head, title="某市人民政府门户网站"), encoding="utf-8")
    document = read_document(path)
    assert document.title == "关于促进消费的若干措施"
    assert document.text.startswith("关于促进消费的若干措施\n全年实现地区生产总值")


@pytest.mark.parametrize("name", ["research-report", "composition", "allocation-plan"])
def test_words_that_merely_contain_a_boilerplate_word_are_not_boilerplate(tmp_path, name):
    body = (
        f'<div class="content"><h1>研究报告</h1><p>{LONG}</p><p>{LONG}</p>'
        f'<div class="{name}"><p>{SHORT}</p></div></div>'
    )
    path = tmp_path / "r.html"
    path.write_text(_page(body), encoding="utf-8")
    assert read_source(path).text.split("\n") == ["研究报告", LONG, LONG, SHORT]


@pytest.mark.parametrize("name", ["search", "site-search", "position", "share_box", "nav"])
def test_boilerplate_inside_the_article_is_dropped(tmp_path, name):
    body = (
        f'<div class="content"><h1>研究报告</h1><p>{LONG}</p><p>{LONG}</p>'
        f'<div class="{name}"><p>{SHORT}</p></div></div>'
    )
    path = tmp_path / "r.html"
    path.write_text(_page(body), encoding="utf-8")
    assert read_source(path).text.split("\n") == ["研究报告", LONG, LONG]


def test_label_text_outside_a_form_is_kept_and_a_form_s_labels_go_with_it(tmp_path):
    # A Macau travel page (batch 33 dev) sets its figures in <label>s: the reader used to drop
    # them as form controls, leaving 「须持 小时内核酸阴性证明」.
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><article><p>"
        '从珠海（陆路）进入澳门，须持 <label style="color:red">48</label> 小时内核酸阴性证明<br>'
        '从内地（航空）进入澳门，须持 <label style="color:red">7 </label>日内核酸阴性证明'
        "</p><form><label>搜索</label><input name=q></form></article></body></html>",
        encoding="utf-8",
    )
    text = read_document(page).text
    assert "须持 48 小时内核酸阴性证明" in text
    assert "须持 7 日内核酸阴性证明" in text
    assert "搜索" not in text
    real = read_document(REAL / "press-mo-explore-macau-practical-information-page.html").text
    assert "须持 24 小时内核酸阴性证明" in real
