"""Outline, title, header and furniture rules on the lines of real documents (the lines
quoted in issue #12 come from three 2026 provincial work reports, State Council documents and
news pages as scraped from their sites). Body paragraphs between them are filler: the rules
under test look at the quoted lines and at the shape around them."""

from __future__ import annotations

from gui.cli.analyze import analysis_json
from gui.core.furniture import classify_line
from gui.core.reading import document_from_text

BODY = (
    "过去一年，我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，经济运行总体平稳、"
    "稳中有进，各项工作取得新的进展。"
)
CHROME = "下载\n打印\n全屏\n收藏\n【字号： 加大 还原 减小 】"
SUBTITLE = "——2026年1月25日在北京市第十六届人民代表大会第四次会议上"


def headings(doc) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections if s.heading is not None]


def furniture_text(doc) -> list[tuple[str, str]]:
    return [(f.kind, doc.text[f.start : f.end]) for f in doc.furniture]


# -- furniture -----------------------------------------------------------------------------


def test_site_chrome_is_furniture_kept_in_the_text_and_never_the_title():
    text = f"{CHROME}\n政府工作报告\n{SUBTITLE}\n市长 张建国\n各位代表：\n{BODY}"
    doc = document_from_text(text)
    assert doc.text == text  # marked, not removed
    assert furniture_text(doc)[0] == ("chrome", CHROME)
    assert doc.title == "政府工作报告"
    assert all("下载" not in (s.heading or "") for s in doc.sections)


def test_captions_credits_and_bylines_are_furniture_not_headings():
    for line in (
        "北京中关村（图源：视觉中国）",
        "任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿",
    ):
        assert classify_line(line, around_body=False) == "caption"
    for line in ("市长 张建国", "甘肃省省长 任振鹤"):
        assert classify_line(line) == "byline"
        assert classify_line(line, around_body=False) is None  # inside the body: text
    text = (
        f"甘肃省政府工作报告\n甘肃省省长 任振鹤\n任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿\n"
        f"一、2025年工作回顾\n{BODY}\n北京中关村（图源：视觉中国）\n{BODY}\n二、2026年工作安排\n{BODY}"
    )
    doc = document_from_text(text)
    assert headings(doc) == [(1, "一、2025年工作回顾"), (1, "二、2026年工作安排")]
    kinds = [k for k, _ in furniture_text(doc)]
    assert kinds == ["byline", "caption", "caption"]
    assert doc.header.get("speaker") == "甘肃省省长 任振鹤"


def test_body_sentences_that_mention_reporters_or_dates_are_not_furniture():
    assert classify_line("他在会上接受记者采访。") is None
    assert classify_line("工作人员在现场进行拍摄") is None
    assert classify_line("2018年12月12日") is None  # a 公文's 成文日期, read by the header
    assert classify_line("（此件公开发布）") is None
    assert classify_line("2026-01-25 10:30 来源：人民网") == "news"
    assert classify_line("时间：2026年3月1日上午9时", around_body=False) is None  # a notice's


def test_news_front_and_back_matter_are_furniture_and_header_fields():
    text = (
        "首页 > 新闻中心 > 要闻\n人口普查数据发布：受教育程度明显提高\n"
        "2026-01-25 10:30 来源：新华网\n原标题：第七次人口普查主要数据发布\n"
        f"{BODY}\n{BODY}\n责任编辑：李墨轩\n版权所有：新华网\n地址：北京市宣武门西大街57号"
    )
    doc = document_from_text(text)
    assert doc.title == "人口普查数据发布：受教育程度明显提高"
    assert [k for k, _ in furniture_text(doc)] == ["chrome", "news", "news"]
    header = doc.header
    assert header.genre == "news"
    assert header.get("source") == "新华网"
    assert header.get("original_title") == "第七次人口普查主要数据发布"
    assert header.get("editor") == "李墨轩"
    # The site footer starts at 版权所有; the editor line is news furniture, not footer.
    assert doc.text[doc.footer.start :].startswith("版权所有")


def test_the_footer_takes_nothing_of_a_gongwen_body():
    text = f"国务院关于印发某某方案的通知\n国发〔2019〕5号\n{BODY}\n国务院\n2019年1月5日\n（此件公开发布）\n"
    text += "版权所有：中国政府网\n网站标识码bm01000001 京ICP备05070218号"
    doc = document_from_text(text)
    assert doc.text[doc.footer.start :].startswith("版权所有")
    assert "（此件公开发布）" in doc.text[: doc.footer.start]


# -- titles ----------------------------------------------------------------------------------


def test_a_title_wrapped_over_two_lines_is_joined_above_the_number():
    text = (
        "国务院关于加快推进农业机械化和\n农机装备产业转型升级的指导意见\n国发〔2018〕42号\n"
        f"各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n{BODY}\n国务院\n2018年12月12日\n"
        "（此件公开发布）"
    )
    doc = document_from_text(text)
    assert doc.title == "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见"
    assert doc.text[doc.title_span.start : doc.title_span.end].replace("\n", "") == doc.title
    h = doc.header
    assert h.genre == "official"
    assert h.get("number") == "国发〔2018〕42号"
    assert h.get("issuer") == "国务院"
    assert h.get("date") == "2018年12月12日"
    assert h.get("signature") == "国务院"
    assert h.get("addressees") == "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"
    assert headings(doc) == []


def test_printed_order_banner_and_number_above_the_title():
    text = (
        "国务院办公厅文件\n国办发〔2019〕5号\n国务院办公厅关于印发\n某某工作方案的通知\n"
        f"各省、自治区、直辖市人民政府：\n{BODY}\n附件：某某工作方案\n国务院办公厅\n2019年1月5日\n"
        "附件\n某某工作方案\n一、总体要求\n" + BODY + "\n二、主要任务\n" + BODY
    )
    doc = document_from_text(text)
    assert doc.title == "国务院办公厅关于印发某某工作方案的通知"
    assert doc.header.get("issuer") == "国务院办公厅"
    assert doc.header.get("number") == "国办发〔2019〕5号"
    assert doc.header.get("annexes") == "附件：某某工作方案"
    assert doc.header.get("date") == "2019年1月5日"
    # The annex is a top-level section headed by its own title (docs/gold-outline.md rule 7:
    # the 「附件」 label opens the section but is not part of the heading); its own headings
    # sit under it.
    assert headings(doc) == [(1, "某某工作方案"), (2, "一、总体要求"), (2, "二、主要任务")]
    annex = doc.sections[-3]
    assert doc.text[annex.start :].startswith("附件\n某某工作方案")


def test_a_work_report_keeps_its_subtitle_occasion_date_and_speaker():
    text = f"{CHROME}\n政府工作报告\n{SUBTITLE}\n市长 张建国\n各位代表：\n{BODY}"
    header = document_from_text(text).header
    assert header.genre == "work-report"
    assert header.get("subtitle") == SUBTITLE
    assert header.get("occasion") == SUBTITLE.lstrip("—")
    assert header.get("date") == "2026年1月25日"
    assert header.get("speaker") == "市长 张建国"


# -- outline ---------------------------------------------------------------------------------

LONG_HEADING = (
    "（一）久久为功推动粤港澳大湾区建设，打造富有活力和国际竞争力的一流湾区和世界级城市群。"
)


def test_numbered_headings_of_any_length_when_body_text_follows():
    text = (
        f"广东省政府工作报告\n一、2025年工作回顾\n{BODY}\n{LONG_HEADING}\n{BODY}\n"
        f"一是联合港澳承办十五运会和残特奥会。\n{BODY}\n二是深入推进重大合作平台建设。\n{BODY}"
    )
    doc = document_from_text(text)
    assert headings(doc) == [
        (1, "一、2025年工作回顾"),
        (2, LONG_HEADING),
        (3, "一是联合港澳承办十五运会和残特奥会。"),
        (3, "二是深入推进重大合作平台建设。"),
    ]


def test_yishi_leads_inside_paragraphs_stay_body_text():
    text = (
        f"某市政府工作报告\n一、主要工作\n一是联合港澳承办十五运会和残特奥会。{BODY}\n"
        f"二是深入推进重大合作平台建设。{BODY}\n三是扎实推进民生实事。{BODY}\n"
        f"——这是我们坚持改革开放的成果。{BODY}"
    )
    assert headings(document_from_text(text)) == [(1, "一、主要工作")]


def test_a_long_run_of_numbered_sentences_is_a_list_not_sections():
    items = "\n".join(f"{n}.某某省某某市违规审批建设项目问题已整改到位。" for n in range(1, 131))
    text = f"国务院办公厅关于某某督查情况的通报\n国办发〔2025〕3号\n{BODY}\n一、典型做法\n{BODY}\n{items}\n二、问题\n{BODY}"
    doc = document_from_text(text)
    assert headings(doc) == [(1, "一、典型做法"), (1, "二、问题")]


def test_two_lead_sentences_in_a_news_story_are_not_headings():
    text = (
        "人口普查数据发布\n"
        f"先看年龄结构。{BODY}\n再看文化程度。{BODY}\n人口流动更加活跃\n{BODY}\n区域分布更加均衡\n{BODY}"
    )
    doc = document_from_text(text)
    assert headings(doc) == [(1, "人口流动更加活跃"), (1, "区域分布更加均衡")]


def test_a_split_pm_2_5_line_is_not_a_subheading():
    text = f"空气质量公报\n{BODY}\n细颗粒物PM\n2.5\n浓度持续下降，空气质量优良天数比例提高，生态环境质量持续改善。"
    assert headings(document_from_text(text)) == []


def test_analyze_json_carries_the_document_block_and_the_furniture():
    text = (
        "国务院关于加快推进农业机械化和\n农机装备产业转型升级的指导意见\n国发〔2018〕42号\n"
        f"各省、自治区、直辖市人民政府：\n{BODY}\n北京中关村（图源：视觉中国）\n{BODY}\n国务院\n"
        "2018年12月12日"
    )
    doc = document_from_text(text)
    out = analysis_json(doc)
    block = out["document"]
    assert block["genre"] == "official"
    assert block["title"] == doc.title
    number = block["number"]
    assert doc.text[number["start"] : number["end"]] == number["text"] == "国发〔2018〕42号"
    assert [f["kind"] for f in out["furniture"]] == ["caption"]
    assert doc.text[out["furniture"][0]["start"] : out["furniture"][0]["end"]] == (
        "北京中关村（图源：视觉中国）"
    )


def test_title_occasion_and_speaker_run_together_on_one_line():
    # The first line of a scraped national work report, its line breaks lost.
    first = "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理\u2002李强"
    doc = document_from_text(f"{first}\n各位代表：\n{BODY}\n一、2023年工作回顾\n{BODY}")
    assert doc.title == "政府工作报告"
    assert doc.text[doc.title_span.start : doc.title_span.end] == "政府工作报告"
    h = doc.header
    assert h.genre == "work-report"
    assert h.get("subtitle") == "——2024年3月5日在第十四届全国人民代表大会第二次会议上"
    assert h.get("date") == "2024年3月5日"
    assert h.get("speaker") == "国务院总理\u2002李强"
    assert headings(doc) == [(1, "一、2023年工作回顾")]


def test_a_numbered_headline_lead_heads_its_paragraph_and_bold_leads_under_it_do_not():
    text = (
        f"政府工作报告\n三、2024年政府工作任务\n{BODY}\n"
        f"（一）大力推进现代化产业体系建设，加快发展新质生产力。{BODY}\n"
        f"推动产业链供应链优化升级。{BODY}\n积极培育新兴产业和未来产业。{BODY}\n"
        f"深入推进数字经济创新发展。{BODY}\n"
    )
    # The lead sentences are emphasis inside （一） of a numbered hierarchy, not sections.
    assert headings(document_from_text(text)) == [
        (1, "三、2024年政府工作任务"),
        (2, "（一）大力推进现代化产业体系建设，加快发展新质生产力。"),
    ]


def test_numbered_content_sentences_are_a_list_not_headline_leads():
    # 一、二、三、 of a 通知 that state positions: content sentences, not headlines.
    text = (
        "国务院办公厅关于加强某某工作的通知\n国办发〔1996〕25号\n"
        f"一、日军遗弃化学武器是历史遗留问题，敏感性、专业性较强，情况复杂。{BODY}\n"
        f"二、要加强对日军遗弃化学武器的调查取证工作，设法查找有关文件资料。{BODY}\n"
    )
    assert headings(document_from_text(text)) == []


def test_find_leaves_furniture_and_the_footer_out():
    from gui.core.find import find_all
    from gui.core.script_views import DocumentViews

    text = (
        f"{CHROME}\n政府工作报告\n{SUBTITLE}\n市长 张建国\n{BODY}\n"
        "北京中关村（图源：视觉中国）\n北京中关村科技园区建设加快，创新主体持续增加，形成新的增长点。"
    )
    doc = document_from_text(text)
    views = DocumentViews(doc.text)
    everywhere = find_all(views, "北京中关村")
    assert len(everywhere) == 2
    kept = find_all(views, "北京中关村", doc.furniture_spans())
    assert [doc.text[h.start : h.start + 8] for h in kept] == ["北京中关村科技园"]


NOTICE_MD = """---
标题: 上海市交通委员会关于印发《上海市低空飞行服务管理能力建设实施方案》的通知
文号: 沪交空〔2024〕870号
发布单位: 上海市交通委员会
---

> 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅；以官方链接发布版本为准。

# 上海市交通委员会关于印发《上海市低空飞行服务管理能力建设实施方案》的通知

各相关部门、单位：

{body}

特此通知。

上海市交通委员会

2024年11月 21日

上海市低空飞行服务管理能力建设实施方案

{body}

一、重点任务

（一）健全低空飞行服务管理体系

{body}
"""


def test_a_notice_in_markdown_front_matter_issued_plan_and_scraper_note(tmp_path):
    from gui.core.reading import read_document

    path = tmp_path / "notice.md"
    path.write_text(NOTICE_MD.format(body=BODY), encoding="utf-8")
    doc = read_document(path)
    # The one top heading under a scraper's note is the title; the note is furniture.
    assert doc.title.startswith("上海市交通委员会关于印发")
    assert [k for k, _ in furniture_text(doc)] == ["chrome"]
    h = doc.header
    assert h.genre == "official"
    assert h.get("number") == "沪交空〔2024〕870号"  # only in the front matter
    assert h.fields["number"].start is None
    assert h.get("date") == "2024年11月 21日"
    assert h.get("signature") == h.get("issuer") == "上海市交通委员会"
    # The plan the notice issues, after its date, is a top-level section.
    assert headings(doc) == [
        (1, "上海市低空飞行服务管理能力建设实施方案"),
        (2, "一、重点任务"),
        (3, "（一）健全低空飞行服务管理体系"),
    ]
    assert analysis_json(doc)["document"]["number"] == {
        "text": "沪交空〔2024〕870号",
        "start": None,
        "end": None,
    }


def test_release_end_marks_times_rules_and_table_captions_are_furniture():
    # Forms of Hong Kong / mainland press releases and statistical communiqués.
    assert classify_line("完") == classify_line("（完）") == "news"
    assert classify_line("香港時間16時30分") == "news"
    assert classify_line("2024年1月5日（星期五）") == "news"
    assert classify_line("＊＊＊＊＊＊＊") == "chrome"
    assert classify_line("表1 2025年规模以上工业增加值主要数据", around_body=False) == "caption"
    assert classify_line("完善制度") is None


# -- on dev documents of the real corpus (tests/data/real, split.tsv "dev") --------------------

REAL = __import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "real"


def real(name: str):
    from gui.core.reading import read_document

    return read_document(REAL / name)


def test_a_table_of_contents_is_not_a_second_set_of_chapters():
    doc = real("reg-sh-historic-towns-2025.txt")
    chapters = [h for level, h in headings(doc) if h.startswith("第") and "章" in h[:4]]
    assert len(chapters) == 5 and len(set(chapters)) == 5  # each chapter once, not twice
    # The contents lines stay in the text, as body of the lead section.
    assert doc.text.count("第一章　总　　则") == 2


def test_front_matter_kept_as_text_gives_the_title_and_is_furniture():
    doc = real("stats-cn-industrial-profits-2021.md")
    assert doc.title == "1-11月份全国规模以上工业企业利润同比增长38.0% 两年平均增长18.9%"
    assert doc.text[doc.title_span.start : doc.title_span.end] == doc.title
    kinds = [f.kind for f in doc.furniture]
    assert kinds[0] == "meta" and "chrome" in kinds  # the <!-- … --> lines
    first_meta = doc.furniture[0]
    assert "headimg:" in doc.text[first_meta.start : first_meta.end]
    assert doc.header.get("editor") == "王蒙"  # without the scraper's comment


def test_the_document_a_pizhuan_notice_carries_is_a_top_level_section():
    doc = real("gw-sh-jingan-relics-2018.md")
    top = [h for level, h in headings(doc) if level == 1]
    # Wrapped over two lines: joined without the break, as a wrapped document title is.
    assert top == ["关于进一步加强静安区文物保护工作的实施意见"]
    assert headings(doc)[1] == (2, "一、基本原则")


def test_a_press_release_deck_is_not_a_section_and_a_long_title_is_a_title():
    doc = real("press-tw-human-rights-press-awards-2024.txt")
    assert doc.title.startswith("出席2024人權新聞獎頒獎典禮　總統：")
    assert headings(doc) == []  # 總統出席「2024人權新聞獎頒獎典禮」 is the deck


def test_short_paragraphs_and_list_items_of_a_regulation_are_not_headings():
    doc = real("reg-cn-price-marking-2022.md")
    found = [h for _, h in headings(doc)]
    assert all(h.startswith("第") and h.endswith("条") for h in found)
    assert "经营者提供服务应当标示服务项目、服务内容和价格或者计价方法。" not in found


def test_feed_and_site_residue_is_furniture():
    # Lines of the corpus's Sina, RTHK and 眾新聞 pages (dev documents).
    for line in (
        "<!-- 文末二维码 start -->  .appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;",
        "&#123;text-align: center;padding: 20px 0;&#125; .app-kaihu-qr span",
        "原始網址：https://news.rthk.hk/rthk/ch/component/k2/1799093-20250407.htm",
        "電子郵件: cnews@rthk.hk",
        "© rthk.hk",
        "月費訂戶 網址：hkcnews.com/aboutus/#subscribe",
    ):
        assert classify_line(line, around_body=False) == "chrome", line
    for line in (
        "鍾麗玲表示，早前開展的循規審查發現，機構一般都有安全風險意識。（商台片段截圖）",
        "林鄭月娥早在前年12月，就西九故宮項目接觸馬會主席葉錫安（左二），取得正面回應。網上圖片",
    ):
        assert classify_line(line, around_body=False) == "caption", line
    assert classify_line("本报记者 包兴安 见习记者 杨 洁") == "byline"
    assert classify_line("记者|戈振伟") == "byline"


def test_a_feeds_raw_html_paragraphs_are_lines_and_its_tail_furniture():
    # The feed's body is raw HTML <p>s with no blank line between them: since session 21 each is
    # a line of its own (it was one long line the outline took apart), a subhead included.
    doc = real("news-cn-q3-gdp-nbs-2021.md")
    found = [h for _, h in headings(doc)]
    assert "三季度GDP增速放缓至4.9%" in found
    heading = next(s for s in doc.sections if s.heading == "三季度GDP增速放缓至4.9%")
    assert doc.text[heading.heading_start : heading.heading_end] == heading.heading
    assert "\n三季度GDP增速放缓至4.9%\n" in doc.text
    # The page's style sheet under the last paragraph is furniture, the paragraph is not (the
    # scraper's 「<!-- 正文下iframe -->」 markers above it are no text since session 22).
    assert "<!--" not in doc.text
    style = doc.text.index(".appendQr_wrap&#123;")
    assert doc.is_furniture(style) and not doc.is_furniture(style - 5)


def test_a_regulation_promulgation_line_gives_issuer_number_and_date():
    h = real("reg-cn-price-marking-2022.md").header
    assert h.get("number") == "国家市场监督管理总局令第56号"
    assert h.get("issuer") == "国家市场监督管理总局"
    assert h.get("date") == "2022年4月14日"


def test_notes_of_a_statistical_release_are_a_top_level_part_with_alike_siblings():
    # The 附注 of an NBS release: a long run-in headline counts because its siblings are
    # headlines (siblings alike), and 附注 heads the notes like an annex.
    text = (
        f"规模以上工业企业利润\n{BODY}\n附注：\n一、指标解释及相关说明\n{BODY}\n"
        f"二、规模以上工业企业利润总额、营业收入等指标的增速均按可比口径计算。{BODY}\n"
        f"三、统计范围\n{BODY}"
    )
    assert headings(document_from_text(text)) == [
        (1, "附注："),
        (2, "一、指标解释及相关说明"),
        (2, "二、规模以上工业企业利润总额、营业收入等指标的增速均按可比口径计算。"),
        (2, "三、统计范围"),
    ]


def test_a_regulation_adopted_by_a_congress_is_a_regulation_with_its_issuer_and_date():
    h = real("reg-sh-historic-towns-2025.txt").header
    assert h.genre == "regulation"
    assert h.get("issuer") == "上海市第十六届人民代表大会常务委员会"
    assert h.get("date") == "2025年12月30日"


def test_news_front_matter_fields_from_a_feed_page():
    h = real("news-cn-energy-saving-plan-2022.md").header
    assert h.genre == "news"
    assert h.get("original_title") == "“十四五”节能减排综合工作方案出炉 部署十大重点工程"
    assert h.get("reporter") == "本报记者 包兴安 见习记者 杨 洁"
    assert h.get("editor") == "王蒙"
    assert h.get("source") == "新浪财经"  # the kept front matter's author:
    assert h.get("time") == "Mon, 24 Jan 2022 23:40:04 GMT"
    assert real("news-cn-shenzhen-work-report-2022.md").header.get("reporter") == "戈振伟"
