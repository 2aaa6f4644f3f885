"""The heads and tails of page genres beyond the first corpus: a Hong Kong Government press
release (its row of asterisks under the title, 完 and the release time), a Macau portal's site
name and column label above the title, a provincial site's information table (名称： 分类：
发布机构：), a paper's print-edition line, and news lines whose values end at a bar or a
bracket. The lines have the forms the sites publish (info.gov.hk, gov.mo, gd.gov.cn,
people.com.cn, chinanews.com.cn)."""

from __future__ import annotations

from gui.core.furniture import classify_line
from gui.core.reading import document_from_text

HK_BODY = "　　過去一年，特區政府繼續推動各項工作，經濟穩步復蘇，市民生活逐步改善，我們會繼續努力。"
CN_BODY = (
    "　　过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，各项工作取得新的进展。"
)


def furniture(doc) -> list[tuple[str, str]]:
    return [(f.kind, doc.text[f.start : f.end]) for f in doc.furniture]


def test_a_hong_kong_press_release_row_of_asterisks_and_release_stamp():
    stars = "＊" * 16
    text = (
        f"行政長官出席粵港澳大灣區論壇（附圖）\n{stars}\n{HK_BODY}\n{HK_BODY}\n\n"
        "完\n2024年1月10日（星期三）\n香港時間18時05分\n"
    )
    doc = document_from_text(text)
    assert doc.title == "行政長官出席粵港澳大灣區論壇（附圖）"
    assert ("chrome", stars) in furniture(doc)
    assert furniture(doc)[-1] == ("news", "完\n2024年1月10日（星期三）\n香港時間18時05分")
    assert [s.heading for s in doc.sections if s.heading] == []


def test_a_portal_name_and_a_column_label_above_the_title_are_chrome():
    text = (
        "澳門特別行政區政府入口網站\n新聞\n社會文化司司長視察公立醫院急診服務\n"
        f"2024-01-05 18:30\n{HK_BODY}\n{HK_BODY}\n"
    )
    doc = document_from_text(text)
    assert doc.title == "社會文化司司長視察公立醫院急診服務"
    assert furniture(doc)[0] == ("chrome", "澳門特別行政區政府入口網站\n新聞")
    assert doc.header is not None and doc.header.get("time") == "2024-01-05 18:30"
    # Inside the story, a line that names a site is text; so is a one-word line.
    assert classify_line("广东省人民政府门户网站", around_body=False) is None
    assert classify_line("新聞", around_body=False) is None


def test_a_provincial_sites_information_table_is_meta_and_not_the_title():
    table = (
        "索引号：006939748/2024-00123\n分类：综合政务\n发布机构：广东省人民政府办公厅\n"
        "成文日期：2024-05-20\n名称：广东省人民政府办公厅关于进一步优化营商环境的通知\n"
        "文号：粤府办〔2024〕8号\n发布日期：2024-05-22"
    )
    text = (
        f"{table}\n广东省人民政府办公厅关于进一步优化营商环境的通知\n粤府办〔2024〕8号\n"
        f"各地级以上市人民政府，省政府各部门、各直属机构：\n{CN_BODY}\n一、总体要求\n{CN_BODY}\n"
        "广东省人民政府办公厅\n2024年5月20日\n"
    )
    doc = document_from_text(text)
    assert furniture(doc)[0] == ("meta", table)
    assert doc.title == "广东省人民政府办公厅关于进一步优化营商环境的通知"
    assert doc.header.get("number") == "粤府办〔2024〕8号"
    assert doc.header.get("issuer") == "广东省人民政府办公厅"
    assert [s.heading for s in doc.sections if s.heading] == ["一、总体要求"]


def test_news_values_end_at_a_bar_or_a_bracket_and_the_print_edition_is_furniture():
    edition = "《 人民日报 》（ 2024年01月18日 01 版）"
    text = (
        "我国经济回升向好\n来源：人民日报 | 2024年01月18日 07:25\n"
        f"{CN_BODY}\n{CN_BODY}\n{edition}\n"
    )
    doc = document_from_text(text)
    assert doc.header.get("source") == "人民日报"
    assert doc.header.get("time") == "2024年01月18日 07:25"
    assert ("news", edition) in furniture(doc)
    text = (
        "国家统计局：2023年GDP同比增长5.2%\n2024-01-17 10:05:32 来源：中国新闻网\n"
        f"{CN_BODY}\n{CN_BODY}\n（完）\n【编辑：张三】\n"
    )
    doc = document_from_text(text)
    assert doc.header.get("editor") == "张三"
    assert doc.header.get("source") == "中国新闻网"


def test_taiwan_and_hong_kong_bylines_and_time_keys():
    body = (
        "　　行政院今天召開會議，通過多項法案，並決定加強防疫措施，以保障民眾健康與安全，"
        "各界普遍表示支持。"
    )
    for byline in (
        "記者王大明／台北報導",
        "記者 王大明 / 台北報導",
        "王大明 台北報導",
        "文／王大明",
    ):
        doc = document_from_text(f"行政院會通過防疫條例\n{byline}\n{body}\n{body}\n")
        assert furniture(doc) == [("byline", byline)], byline
        assert doc.header.get("reporter") == "王大明", byline
    doc = document_from_text(f"行政院會通過防疫條例\n圖／中央社\n{body}\n{body}\n")
    assert furniture(doc) == [("byline", "圖／中央社")] and doc.header.get("reporter") is None
    for stamp in ("發佈時間：2021/08/16 19:30", "最後更新時間：2021/08/16 19:30"):
        assert classify_line(stamp, around_body=False) == "news"
    # A sentence that reports is text.
    assert classify_line("據中央社報導", around_body=True) is None
