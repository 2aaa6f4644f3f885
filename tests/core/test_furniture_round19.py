"""Round 19's furniture families and title forms (`docs/history/outline-log.md`, "Round 19, session 16"):
lines of the genre the rules did not know (written from what government sites, procurement
portals, self-media platforms and Hong Kong and Taiwan papers print), the body lines each rule
must leave alone, a Markdown page's series label over its title and a Taiwan 公告's record line.
"""

from __future__ import annotations

import pytest

from gui.core.furniture import classify_line
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO, furniture_lines
from tests.core.furniture_story import BODY, TITLE, marked

REAL = REPO / "tests" / "data" / "real"
NEIHU = REAL / "plan-tw-taipei-neihu-review-2014.md"


# Lines that are furniture wherever they stand.
ANYWHERE = [
    "网站支持IPv6",
    "您是第 1234567 位访问者",
    "访问次数：1234",
    "简 | 繁 | EN",
    "无障碍阅读",
    "手机版",
    "相关公告",
    "返回搜狐，查看更多",
    "展开剩余85%",
    "点赞 在看 分享",
    "阅读 1.2万",
    "举报",
    "广告",
    "最新消息",
    "編輯推薦",
    "今日熱門",
    "立即訂閱",
    "訂閱我們的通訊",
    "【點擊圖片放大】",
    "按此看更多圖片",
    "點我下載APP",
    "海量资讯、精准解读，尽在新浪财经APP",
    "自由時報版權所有不得轉載",
    "公告信息来源：中国政府采购网",
    "特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台“网易号”用户上传并发布，"
    "本平台仅提供信息存储服务。",
    "2025-12-03 10:21 聯合報／ 記者王小明／台北即時報導",
    # (probed after the set: credits by one hand, a reprint label in brackets, Taiwan's and the
    # mainland's page controls, a size menu without its key)
    "圖/文：中央社",
    "文/圖：李明",
    "【版權聲明】本文版權歸原作者所有",
    "看更多新聞",
    "回到頂端",
    "友善列印",
    "分享此文章",
    "小 中 大",
    "A- A A+",
]
# Lines that are furniture only above the story's first paragraph or under its last.
AROUND_BODY = [
    "主办单位：北京市人民政府办公厅　承办单位：北京市大数据中心",
    "主办：广州市人民政府办公厅 承办：广州市政务服务数据管理局",
    "技术支持：数字政府建设运营中心",
    "政务服务便民热线：12345",
    "文｜李明 图｜王强",
    "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的"
    "观点或立场，澎湃新闻仅提供信息发布平台。",
]


@pytest.mark.parametrize("line", ANYWHERE)
def test_family_line_is_furniture_anywhere(line):
    assert classify_line(line, around_body=False) is not None
    middle = f"{TITLE}\n\n" + BODY.replace("\n\n", f"\n\n{line}\n\n")
    assert marked(middle, line)


@pytest.mark.parametrize("line", AROUND_BODY)
def test_family_line_is_furniture_around_the_body(line):
    assert classify_line(line, around_body=True) is not None
    assert marked(f"{line}\n\n{TITLE}\n\n{BODY}", line)
    assert marked(f"{TITLE}\n\n{BODY}\n\n{line}", line)


@pytest.mark.parametrize(
    "line",
    [
        # an event notice's own organisers and contact lines (its text, not the site's)
        "主办单位：市文化和旅游局",
        "承办单位：各区人民政府",
        "咨询电话：0571-87654321",
        # a report's own statement of its authors' views, inside the report
        "本报告观点仅代表作者本人，不代表所在机构立场。",
        # a statistics line and a sentence that mention the words
        "广告业营业收入增长百分之十二。",
        "订阅用户达到三百万户",
        "全市政务服务热线共受理群众诉求一百二十万件。",
        "大中小企业融通发展",
        "图文并茂地介绍了本市的发展成就。",
    ],
)
def test_body_lines_stay_text(line):
    assert classify_line(line, around_body=False) is None
    middle = f"{TITLE}\n\n" + BODY.replace("\n\n", f"\n\n{line}\n\n")
    assert not marked(middle, line)


def test_markdown_series_label_over_the_title(tmp_path):
    """A plan converted to Markdown sets its series' name smaller above its one top heading
    (「### 臺北市都市計畫書」 / 「# 臺北市內湖區…案」): the top heading is the title, the label heads
    nothing; the 公告's record line under its authority gives the date, number and issuer."""
    doc = read_document(NEIHU)
    assert doc.title == "臺北市內湖區都市計畫通盤檢討（主要計畫）案"
    headings = [s.heading for s in doc.sections if s.heading]
    assert "臺北市都市計畫書" not in headings
    fields = doc.header.fields
    assert fields["date"].text == "中華民國 103 年 6 月 12 日"
    assert fields["number"].text == "府都規字第 10332006200 號"
    assert fields["issuer"].text == "臺北市政府"
    # Two headings of the top level: no single title, the label stays a heading.
    path = tmp_path / "two.md"
    path.write_text(
        "### 年度报告\n\n# 第一部分\n\n正文。\n\n# 第二部分\n\n正文。\n", encoding="utf-8"
    )
    assert read_document(path).title != "第一部分"
    # A sentence above the top heading is no label.
    path = tmp_path / "note.md"
    path.write_text(
        "### 本文根据会议录音整理，未经本人审阅。\n\n# 标题在此\n\n## 一、概况\n\n正文。\n",
        encoding="utf-8",
    )
    assert read_document(path).title != "标题在此"


def test_record_line_needs_its_form():
    """A date and a number inside a sentence of the body are no record line."""
    text = (
        "臺北市政府公告\n\n臺北市政府\n\n本府於中華民國 103 年 6 月 12 日以府都規字第 10332006200 號"
        "公告公開展覽，請查照。\n\n" + BODY
    )
    fields = document_from_text(text).header.fields
    assert "number" not in fields or fields["number"].text != "府都規字第 10332006200 號"


HK_TARIFF = REAL / "news-hk-us-tariff-escalation-2018.txt"
HK_CRASH = REAL / "news-hk-fanling-highway-fatal-crash-2018.txt"
TW_INVEST = REAL / "news-tw-owlting-stellar-investment-2024.txt"


def test_hong_kong_page_captions_under_the_stamp_and_the_story():
    """星島's page: the lead photo's caption between the stamp line and the story, the other
    captions under the story; the paper's own 「(星島日報報道)」 names the source."""
    doc = read_document(HK_CRASH)
    marked = "\n".join(furniture_lines(doc))
    for caption in ("警員在場調查及檢走死者頭盔。", "警員在場調查。", "再撼隔音屏障石牆死亡。"):
        assert caption in marked
    assert "新界北總區交通部意外調查隊正跟進調查案件" not in marked
    doc = read_document(HK_TARIFF)
    assert any(f.startswith("中國外交部發言人耿爽警告") for f in furniture_lines(doc))
    assert doc.header.fields["source"].text == "星島日報"


LEAD = (
    "43歲姓李鐵騎士與親友做節後，返家途中駛經粉嶺公路時突失事遇車禍身亡，遺下父母、妻子及"
    "一對年幼女兒。死者既是好丈夫亦好爸爸。"
)


@pytest.mark.parametrize(
    "text",
    [
        # no stamp line above: a short first paragraph stays text
        f"標題在此\n\n警員在場調查。\n\n{LEAD}\n\n事件仍在調查中。",
        # a mainland page's stamp and source line, then a short lead: the lead stays text
        f"標題在此\n\n2018-09-19 15:13 来源：新华网\n\n警員在場調查。\n\n{LEAD}",
        # a stamp line, then two sentences: a lead, not a caption
        f"標題在此\n\n2018-09-19 15:13 香港\n\n警員在場調查。死者送院不治。\n\n{LEAD}",
    ],
)
def test_short_lines_without_the_page_form_stay_text(text):
    doc = document_from_text(text)
    assert not any(f.startswith("警員在場調查") for f in furniture_lines(doc))
    assert "事件仍在調查中。" not in furniture_lines(doc)


def test_caption_closed_by_who_gave_the_photo():
    doc = read_document(TW_INVEST)
    assert any(f.endswith("奧丁丁集團提供") for f in furniture_lines(doc))
    # a paragraph that ends in a sentence about providing stays text
    assert classify_line("本次活動所需器材由主辦單位提供。", around_body=False) is None


def test_site_appeal_above_the_title():
    appeal = (
        "請加入成為眾新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的「每周時事」通訊。"
    )
    assert marked(f"{appeal}\n\n{TITLE}\n\n{BODY}", appeal)
    # a headline that asks to join is no appeal: no sentence's end
    assert classify_line("歡迎市民加入成為會員", around_body=True) is None
    # inside the story the same words are the story's
    assert not marked(f"{TITLE}\n\n" + BODY.replace("\n\n", f"\n\n{appeal}\n\n"), appeal)


NOTICE_BODY = (
    "各区人民政府，市政府各委、办、局：\n\n现将有关事项通知如下。各区各部门要切实提高政治站位，"
    "压实工作责任，确保各项任务落地见效，为全面建设社会主义现代化国家作出新的更大贡献。\n\n特此通知。\n\n"
)


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("上海市人民政府\n2025-12-03", "2025-12-03"),
        ("上海市人民政府\n2025-12-03 10:21", "2025-12-03"),
        ("上海市人民政府\n2025年12月3日 10:21", "2025年12月3日"),
        ("上海市人民政府\n（2025年12月3日）", "2025年12月3日"),
        ("上海市人民政府\n2025/12/3", "2025/12/3"),
        ("上海市人民政府\n二〇二五年十二月三日", "二〇二五年十二月三日"),
    ],
)
def test_signing_date_in_page_form(tail, date):
    """A 公文's 成文日期 as the page printed it under the 落款."""
    doc = document_from_text(
        f"上海市人民政府关于做好冬季安全生产工作的通知\n\n{NOTICE_BODY}{tail}\n"
    )
    assert doc.header.fields["date"].text == date
    assert doc.header.fields["signature"].text == "上海市人民政府"


def test_page_stamp_under_a_story_is_no_signing_date():
    """A news story's last line naming a body, then the page's stamp: no 公文, no 成文日期."""
    text = (
        "城市更新项目启动\n\n本市城市更新项目今日正式启动，首批涉及十二个街区，预计三年内完成改造，"
        "惠及居民两万余户，改造资金由市区两级财政共同承担。\n\n上海市住房和城乡建设管理委员会\n\n"
        "2025-12-03 10:21\n"
    )
    assert "date" not in document_from_text(text).header.fields


def test_volume_label_over_the_title_in_plain_text():
    """The cover's label (「臺北市都市計畫書」) over the plan's title in page text: the title is
    the line under it; a label whose kind the next line does not name leaves the title alone."""
    text = (
        "臺北市都市計畫書\n臺北市內湖區都市計畫通盤檢討（主要計畫）案\n臺北市政府\n\n"
        "內湖區位於臺北市東側，東、西、北三面環山，南臨基隆河中央低窪平原，形成內陸湖沼，故名內湖，"
        "隨著臺北都會區的擴散而密集發展。\n"
    )
    assert document_from_text(text).title == "臺北市內湖區都市計畫通盤檢討（主要計畫）案"
    other = text.replace(
        "臺北市內湖區都市計畫通盤檢討（主要計畫）案", "內湖區交通改善方案說明會紀錄"
    )
    assert document_from_text(other).title != "內湖區交通改善方案說明會紀錄"


def test_release_deck_naming_the_act_is_the_subtitle():
    """The Presidential Office's release: the headline, then the deck naming the act
    (「總統出席「…」」): the subtitle, and the release is no work report."""
    doc = read_document(REAL / "press-tw-228-memorial-2024.txt")
    assert doc.header.fields["subtitle"].text == "總統出席「二二八事件77周年中樞紀念儀式」"
    assert doc.header.genre != "work-report"
    # a line naming an act further down, or a sentence, is no deck
    text = f"{TITLE}\n\n{BODY}\n\n總統出席「國慶大會」\n"
    assert "subtitle" not in document_from_text(text).header.fields
    text = f"標題在此\n\n總統出席「國慶大會」並致詞，強調團結的重要。\n\n{LEAD}"
    assert "subtitle" not in document_from_text(text).header.fields
