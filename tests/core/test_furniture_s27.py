"""Titles and furniture of news pages, round t27 (session 27): forms any news site prints, in
both scripts, written from the genre — most have no dev line yet (the round looked for the forms
new dev's pages may hold, not those dev's pages showed). Real lines where dev has them: the head
of news-tw-cts-coast-guard-ching-fu-contract-termination-2017.txt (batch 48: outlet, column, day —
the column now a section's label, the outlet still the source) and a Taiwan picture's note of
where it was taken from (batch 45). The rest invented, each with a negative that keeps the
story's own line."""

from __future__ import annotations

from pathlib import Path

from gui.core.header_titles import info_bar_at, split_title_line
from gui.core.page_residue import page_residue
from gui.core.reading import document_from_text
from gui.core.title_chrome import is_page_chrome
from tests.core.test_furniture_s25 import _marked, _read

#: An invented story (the genre's form: a headline, a lead, two paragraphs).
HEADLINE = "美韓例行軍演展開 首加入太空軍防北韓網路入侵"
LEAD = (
    "美國與韓國週一展開例行聯合軍演，首次加入太空軍。雙方表示演習屬防禦性質，"
    "並將重點放在防範北韓的網路入侵與飛彈發射，美軍太平洋司令部也派員參與規劃。"
)
MIDDLE = "北韓外務省隨即發表聲明，批評演習是戰爭預演，並警告將採取相應的反制措施，以保衛國家安全。"
LAST = "演習將持續十天，美方派出航艦參加，韓方則出動數十架戰機與多艘驅逐艦，規模為近年之最。"


def _story(*between: str, head: tuple[str, ...] = (), tail: tuple[str, ...] = ()):
    return _read(*head, HEADLINE, LEAD, MIDDLE, *between, LAST, *tail)


def _title(first: str, *rest: str) -> str | None:
    text = "\n".join((first, *rest)) + "\n\n" + LEAD + "\n\n" + MIDDLE + "\n\n" + LAST + "\n"
    return document_from_text(text, Path("page.txt")).title


def test_a_title_s_site_name_in_latin_or_after_a_full_width_bar_is_cut():
    for tail in (
        " - BBC News 中文",
        " - Yahoo奇摩新聞",
        " - RTHK",
        " | 端傳媒 Initium Media",
        " | 澎湃新闻 - The Paper",
        "｜天下雜誌",
        " - 香港經濟日報 - 即時新聞頻道 - 國際 - 美洲",
    ):
        assert _title(HEADLINE + tail) == HEADLINE, tail
    # a headline's own Latin word after a hyphen is not a site (no capital-led name alone)
    own = "蘋果發表會前瞻 - iPhone 17 將有哪些改變"
    assert _title(own) == own
    # a full-width bar inside the headline parts a kicker, not a site
    kicker = "專訪｜美韓例行軍演展開 首加入太空軍"
    assert _title(kicker) == kicker


def test_a_stamp_run_onto_the_headline_is_the_info_bar():
    assert info_bar_at(HEADLINE + " 2023-03-13 10:21") == len(HEADLINE) + 1
    assert info_bar_at(HEADLINE + " 2023/03/13") == len(HEADLINE) + 1
    assert _title(HEADLINE + " 2023-03-13 10:21") == HEADLINE
    # a date in 年月日 with no time may be the title's own (a meeting's day)
    assert info_bar_at("全國人民代表大會常務委員會會議 2023年3月13日") is None
    # a sentence's end before it: no headline
    assert info_bar_at("演習將持續十天。 2023-03-13 10:21") is None


def test_a_section_s_kicker_a_path_and_a_masthead_over_the_headline_are_chrome():
    for over in (
        "國際",
        "社会新闻",
        "兩岸",
        "新聞 | 國際",
        "國際 > 美洲",
        "自由時報",
        "南方都市报",
    ):
        assert _title(over, HEADLINE) == HEADLINE, over
    assert is_page_chrome("新聞 | 國際") and is_page_chrome("自由時報")
    # a headline with a bar in it is no path (its parts are no labels)
    assert not is_page_chrome("國際 | 美韓例行軍演展開 首加入太空軍防北韓網路入侵")
    assert not is_page_chrome("人民日报社关于2025年度报纸出版质量的报告")


def test_an_outlet_column_day_head_keeps_its_outlet_when_the_column_is_a_section():
    # news-tw-cts-coast-guard-ching-fu-contract-termination-2017.txt (batch 48)
    text = (
        "屢次展延無法交貨 洋巡總局與慶富解約.求償\n華視\n政治\n2017/11/26\n"
        "海洋巡防總局28艘100噸巡防艇建造案，於102年由慶富船廠承造，近日因出工率持續下滑。\n\n"
        "已逾完工期限90天，符合契約解約要件。\n"
    )
    doc = document_from_text(text, Path("page.txt"))
    assert doc.header.fields["source"].text == "華視"
    assert _marked(doc, "政治")


def test_credits_of_a_feature_a_video_and_a_picture_are_news_furniture():
    for line in (
        "策划：林明 统筹：王强 设计：李丽",
        "採訪、撰文：陳大文",
        "責任編輯/陳大文",
        "民視新聞／王大明、李小明 台北報導",
        "（视频来源：央视新闻）",
        "影片來源：YouTube",
        "（示意圖／翻攝自Pixabay）",
    ):
        assert _marked(_story(tail=(line,)), line), line
    # news-tw-setn-xindian-man-falls-after-quarrel-2018 (batch 45) prints 「（圖／翻攝畫面）」 after
    # its caption; the note alone is a credit
    assert _marked(_story(tail=("（圖／翻攝畫面）",)), "（圖／翻攝畫面）")
    # a plan's 设计 line inside the text stays the text's
    line = "设计：由市规划设计研究院承担方案设计，年底前完成施工图。"
    assert not _marked(_story(line), line)


def test_comment_reaction_and_picked_for_you_boxes_are_chrome():
    for line in (
        "全部评论",
        "评论（0）",
        "留言 0",
        "写评论",
        "登录后参与评论",
        "点赞 收藏 转发",
        "举报/反馈",
        "分享此文",
        "为你推荐",
        "你可能也會喜歡",
        "按此閱讀全文",
        "点击“阅读原文”了解更多",
        "請繼續往下閱讀...",
        "视频加载中...",
        "您的浏览器不支持video标签",
        "人气：1234",
        "觀看次數：1,234",
        "ADVERTISEMENT",
    ):
        assert _marked(_story(line), line), line
    # a sentence about comments is the story's
    line = "評論指出，演習規模為近年最大。"
    assert not _marked(_story(line), line)


def test_prompts_warnings_and_long_reprint_notes_are_furniture():
    for line in (
        "已經是會員？登入",
        "喜歡這篇文章嗎？",
        "不用抽 不用搶 現在用APP看新聞 保證天天中獎",
        "本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，"
        "否则将追究法律责任。",
    ):
        assert _marked(_story(tail=(line,)), line), line
    assert page_residue("飲酒過量 有害健康") == "news"
    assert page_residue("【警語】禁止酒駕，飲酒過量有害健康") == "news"
    assert page_residue("未滿18歲禁止飲酒") == "news"
    # a sentence on drinking's harm is no warning
    assert page_residue("研究顯示飲酒過量有害健康，且會增加肝病風險。") is None


def test_split_title_line_cuts_the_stamp():
    from gui.core.head_lines import HeadLine

    line = HEADLINE + " 2023-03-13 10:21"
    field = split_title_line(HeadLine(0, 0, line), {})
    assert field is not None and field.text == HEADLINE


def test_a_site_s_reminder_more_links_and_portal_statements_are_furniture():
    for line in (
        "《TVBS》提醒您：因應新冠肺炎疫情，疾管署持續加強疫情監測與邊境檢疫措施。",
        "更多 TVBS 報導",
        "看更多 ETtoday 新聞",
        "※ 本文由 天下雜誌 授權轉載",
        "文字記者：王大明",
        "小編推薦",
        "【圖輯】",
        "特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。",
        "声明：本文转载仅仅是出于传播信息的需要，并不意味着代表本网站观点或证实其内容的真实性。",
    ):
        assert _marked(_story(tail=(line,)), line), line
    # a story quoting a reminder names no site in 《》
    line = "疾管署提醒您：出入醫院請全程佩戴口罩，並落實手部衛生，以降低感染風險，保護自己與家人。"
    assert not _marked(_story(line), line)
    # a sentence that a view is not the ministry's is the story's
    line = "外交部表示，該名學者的文章不代表政府立場，但尊重言論自由，將持續關注後續發展與影響。"
    assert not _marked(_story(line), line)
