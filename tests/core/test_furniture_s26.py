"""Titles and furniture of news pages, round t26 (session 26): a box of other stories' headlines
under the story with no label over it, a site's card for its own video show, a sponsor's link to
more stories, a wire's name alone under a reprint, and a feature's headline after its dateline's
题：. Real lines of dev documents (batches 45, 51, 52); the negatives (invented, the genres' forms)
keep a release's closing lines, a single short line under a story and a lead's dateline."""

from __future__ import annotations

from pathlib import Path

from gui.core.datelines import feature_title_at
from gui.core.page_residue import page_residue
from tests.core.test_furniture_s25 import _marked, _read

#: news-tw-chinatimes-power-bank-explosion-replacement-2023.html (batch 45): the story's last two
#: paragraphs, the box of three other stories, the hashtags.
POWER_BANK = (
    "另外，特殊色「奶油黃」為聯名限量色，尚需等待45到50天的生產工作天；而特殊色「奶茶色」則是因為"
    "原物料已停產，故無法另行生產，將以燕麥奶替代換新。",
    "事實上，墨子科技今日上午就發布公告，由於目前尚未得知產品檢測結果、產品批次號碼，為避用戶的使用"
    "疑慮，墨子科技將直接免費提供一台全新的產品更換給用戶。",
)
POWER_BANK_BOX = (
    "網紅推薦「行動電源爆炸」她遭火吻差點沒命 業者回應了",
    "網紅行動電源爆炸險釀火災 業者赴金門道歉",
    "網紅激推行動電源爆炸 3C達人教購買6原則",
)
POWER_BANK_TAGS = "#墨子科技 #行動電源 #充電器 #網紅行動電源 #網紅"
#: news-tw-ettoday-50lan-nine-year-old-menu-2025.txt (batch 52): the headline, the story's lead
#: and the box of stories each led by a pointer.
MENU = (
    "50嵐「9年前菜單」被挖出！當年1品項夯爆　一票擁護者喊：求回歸",
    "儘管新的手搖飲店不斷崛起，老字號手搖飲品牌「50嵐」仍深受消費者喜愛。一名女網友日前整理房間時，"
    "意外翻出9年前的飲料單，其中當年超夯的「抹茶拿鐵」勾起了一票粉絲的回憶。",
)
MENU_BOX = (
    "►LINE「6選項」最好關閉！　3C達人勸世：避免被盜",
    "►80歲爺「飲水機按不出水」被陌生女飆罵：3歲小孩都會　他目睹傻眼",
    "►超知名粉專「高雄點」無預警消失！萬人震驚　IG全黑圖嘆：滿可笑",
)
#: news-tw-ettoday-ug-tea-brand-meicun-road-2025.txt (batch 52): the site's card for its show and
#: the sponsor's link to more stories.
EPISODE = "《地產詹哥老實說》EP251／別再亂看實價登錄！　5大錯誤用法當心「買貴賣便宜」"
SPONSOR_MORE = "信義房屋更多相關新聞"


def test_a_box_of_other_stories_under_the_story_is_news_furniture():
    doc = _read(
        "網紅行動電源爆炸 舊換新影響25萬人 業者緊急公告再道歉",
        *POWER_BANK,
        *POWER_BANK_BOX,
        POWER_BANK_TAGS,
    )
    assert all(_marked(doc, line) for line in POWER_BANK_BOX)
    assert not _marked(doc, POWER_BANK[1])
    doc = _read(*MENU, *MENU_BOX)
    assert all(_marked(doc, line) for line in MENU_BOX)
    assert not _marked(doc, MENU[1])


def test_one_headline_under_a_story_or_a_release_s_closing_lines_stay():
    # one line is no box (a story's last line may be short)
    doc = _read(*POWER_BANK, POWER_BANK_BOX[1])
    assert not _marked(doc, POWER_BANK_BOX[1])
    # a release's contacts and its office, two lines a space parts (invented)
    closing = ("新聞聯絡人 王小明 0912345678", "新竹市政府 產業發展處")
    doc = _read(*POWER_BANK, *closing)
    assert not any(_marked(doc, line) for line in closing)
    # …and a box between the story's paragraphs is the story's (its subheads)
    doc = _read(*MENU[:1], POWER_BANK[0], *POWER_BANK_BOX, POWER_BANK[1])
    assert not any(_marked(doc, line) for line in POWER_BANK_BOX)


def test_a_show_s_card_and_a_sponsor_s_link_to_more_stories():
    assert page_residue(EPISODE, around_body=False) == "news"
    assert page_residue(SPONSOR_MORE) == "news"
    assert page_residue("更多相关新闻") == "news"
    # a book's title with its chapter and a sentence about more news are text (invented)
    assert page_residue("《红楼梦》第五回，贾宝玉神游太虚境") is None
    assert page_residue("我们将发布更多新闻。") is None


#: reg-cn-ancient-famous-trees-protection-2025.md (batch 51): a paper's reprint of a 条例, the
#: wire's name alone under its last article.
TREES = (
    "古树名木保护条例",
    "第一条  为了加强古树名木保护，传承中华民族优秀传统文化，推进生态文明建设，制定本条例。",
    "本条例自2025年3月15日起施行。",
)


def test_a_wire_s_name_alone_under_the_text_is_news_furniture():
    doc = _read(*TREES, "（新华社电）")
    assert _marked(doc, "（新华社电）")
    # …not a bracketed name between the paragraphs (invented)
    doc = _read(*TREES[:2], "（新华社电）", TREES[2])
    assert not _marked(doc, "（新华社电）")


#: news-cn-xinhuanet-university-museums-2025.md (batch 51): a feature's dateline, 题： and its
#: headline on one line, the byline and the lead under it.
MUSEUMS = (
    "新华网北京4月9日电 题：高校博物馆：大学里的“大学”",
    "新华网记者钱芳",
    "近年来，随着文博热持续升温，原本服务于大学教研的高校博物馆，也随着对社会开放力度加大，"
    "逐步走出“深闺”，展品展陈频频“出圈”，“能见度”越来越高。",
)


def test_a_feature_s_headline_follows_its_dateline_s_title_key():
    doc = _read(*MUSEUMS)
    assert doc.title == "高校博物馆：大学里的“大学”"
    assert doc.header.get("source") == "新华网"
    assert doc.header.get("time") == "4月9日"
    assert feature_title_at(MUSEUMS[0]) is not None
    # a lead's dateline with no 题： and a 题： with no dateline are not (invented)
    assert feature_title_at("新华社北京3月5日电 记者张三报道，今天…") is None
    assert feature_title_at("题：春天里的奋斗") is None
    assert feature_title_at("新华社电 题：春天里的奋斗") is None


#: news-cn-gmw-camp-david-small-circle-analysis-2023 (batch 34): the headline of a page's <title>
#: (there 「…稳定_光明网」) and the lead; set here in the other common <title> forms.
CAMP_DAVID = "国际识局：美日韩搞“小圈子” 戴维营峰会危及东亚地区稳定"
CAMP_DAVID_LEAD = (
    "中新网8月18日电(陈彩霞)当地时间18日，美日韩三国领导人在美国戴维营举行峰会，"
    "这是三国领导人首次举行单独峰会。"
)


def test_a_site_s_name_after_an_unspaced_hyphen_closes_the_page_title():
    for suffix in ("-光明网", "--中国新闻网", "－人民网(people.com.cn)", "-新华网"):
        doc = _read(CAMP_DAVID + suffix, CAMP_DAVID_LEAD)
        assert doc.title == CAMP_DAVID
        assert _marked(doc, suffix)
    # a subtitle after a dash stays the title's, an outlet named or not (invented)
    for title in ("网络强国建设迈出新步伐——访问新华网", "奋斗的青春最美丽——记全国优秀共青团员张三"):
        assert _read(title, CAMP_DAVID_LEAD).title == title


#: Batch 34's 中国石化报 page (its title line 「张玉卓到集团公司驻河北企业调研来源：中国石化报 发布时间：
#: 2020-12-11」, tests/core/test_header_fields_news.py): the info bar set here opening with its time
#: or its author after a space.
SINOPEC = "张玉卓到集团公司驻河北企业调研"


def test_an_info_bar_opening_with_its_time_or_author_is_cut_from_the_title():
    for bar in ("时间：2020-12-11 来源：中国石化报", "作者：张三 来源：中国石化报"):
        doc = _read(f"{SINOPEC} {bar}", CAMP_DAVID_LEAD)
        assert doc.title == SINOPEC
        assert _marked(doc, bar)
    # a title that names a time (no space before the key, no second key) stays whole (invented)
    title = "关于调整办公时间：2020年12月11日起执行"
    assert _read(title, CAMP_DAVID_LEAD).title == title


#: news-hk-hkej-mainland-transit-resumption-cabin-crew-2020.html (batch 48): the page's date and
#: the column's path over the headline its HTML marks, the lead, the note that the piece is cut.
HKEJ = (
    "<html><body><p>2020年8月14日</p><p>紀曉風獨眼香江_肺炎襲港</p>"
    "<h1>內地客經港轉機恢復 空服員憂播毒</h1>"
    "<p>本港新冠肺炎疫情反覆，昨日新增69宗確診。機管局宣布機場明天（15日）起恢復內地客經港轉機。</p>"
    "<p>（節錄）</p></body></html>"
)


def test_chrome_over_a_marked_title_and_an_excerpt_note_are_furniture():
    from gui.core.formats.html import read_html
    from gui.core.reading import document_from_source

    doc = document_from_source(read_html(HKEJ.encode("utf-8"), Path("page.html")))
    assert doc.title == "內地客經港轉機恢復 空服員憂播毒"
    for line in ("2020年8月14日", "紀曉風獨眼香江_肺炎襲港", "（節錄）"):
        assert _marked(doc, line)
    assert not _marked(doc, "內地客經港轉機恢復 空服員憂播毒")
    # a sentence's own brackets are the text's (invented)
    doc = _read(*TREES[:2], "（节录自《古树名木保护条例》释义）")
    assert not _marked(doc, "（节录自《古树名木保护条例》释义）")


#: news-tw-cts-coast-guard-ching-fu-contract-termination-2017.txt (batch 48): a file photo's note
#: run into the story between a sentence and the next point.
COAST_GUARD = (
    "海巡署表示，已依約終止與慶富公司之契約，並採取下列應處作為，確保機關最大權益。(資料照片) "
    "一、書面通知慶富船廠解除契約，並將其列為不良廠商。"
)


def test_a_file_photo_s_note_run_into_the_story_is_a_caption():
    doc = _read("海巡署終止慶富合約", COAST_GUARD)
    assert _marked(doc, "(資料照片)")
    assert not _marked(doc, "確保機關最大權益。")
    # the words inside a sentence are the text's (invented)
    doc = _read("海巡署終止慶富合約", "海巡署表示，資料照片(資料照片)已經公開。")
    assert not _marked(doc, "(資料照片)")


#: gw-cn-pingtan-public-hospitals-renaming-notice-2015.txt (batch 38): the notice's last words,
#: signature and date, and the portal's bar a crawl ran on after them.
PINGTAN = (
    "请平潭县医院、平潭县中医院按通知要求及时办理变更手续，各相关部门务必支持配合。"
    "平潭综合实验区管委会办公室2015年9月10日 来源：中国平潭 附件下载"
)


def test_a_portal_s_source_bar_run_on_after_the_text_is_chrome():
    doc = _read("关于平潭县医院更名的通知", PINGTAN)
    assert _marked(doc, "来源：中国平潭 附件下载")
    assert not _marked(doc, "平潭综合实验区管委会办公室2015年9月10日")
    # a sentence that names its source, with no control after it, is the text's (invented)
    line = "各相关部门务必支持配合，数据 来源：平潭综合实验区统计局"
    assert not _marked(_read("关于平潭县医院更名的通知", line), "来源：平潭综合实验区统计局")


def test_a_machine_s_stamp_under_the_headline_is_news_furniture():
    # (batch 45: 經濟日報's headline, its stamp, the story; RUGBY of test_furniture_s25)
    from tests.core.test_furniture_s25 import RUGBY, RUGBY_STAMP

    doc = _read(RUGBY[0], RUGBY_STAMP, *RUGBY[1:])
    assert _marked(doc, RUGBY_STAMP)
    assert doc.title == RUGBY[0]
    # a 公文's date alone (no time of day) stays the header's (invented)
    doc = _read(*TREES, "2025年1月12日")
    assert not _marked(doc, "2025年1月12日")


def test_a_site_s_notice_that_the_story_is_past_its_time_or_gone():
    # news-tw-cna-pingzhen-tyre-shop-fire-2016.html (batch 50): under the story's last paragraph
    from gui.core.page_notices import page_notice

    notice = "您所瀏覽的新聞已過查詢時效。建議您加入中央社付費會員找尋您要的新聞。"
    assert page_notice(notice, around_body=True) == "chrome"
    assert _marked(_read("平鎮輪胎行火警 1死", "女子逃生不及，命喪火窟。" * 3, notice), notice)
    assert page_notice("抱歉，您访问的页面不存在！", around_body=False) == "chrome"
    # a sentence to the reader about what they read is the text's (invented)
    assert page_notice("您所浏览的文章介绍了本市的古树名木。", around_body=True) is None


#: news-tw-cna-new-taipei-pork-sold-as-mutton-inspection-2023.html (batch 43): the story's last
#: paragraph, its hashtags, the box 「延伸閱讀」 whose cards ran together (two headlines on one line,
#: a tag's name under each).
PORK = "根據中華民國刑法255條規定，意圖欺騙他人，而就商品之原產國或品質，為虛偽標記或其他表示者，處1年以下有期徒刑。"
PORK_BOX = (
    "巴沙魚究竟是什麼？不肖業者冒充鱈魚多利魚、過期改標牟利高檔餐廳鴨肝假冒鵝肝 "
    "主廚逆轉判無罪越南茶假冒台灣茶參賽獲評比轉售 女茶農遭起訴",
    "林金富",
    "食藥署專案稽查異國料理 即食或生菜沙拉列重點",
)


def test_a_links_box_to_the_page_s_end_under_its_label_alone():
    doc = _read(
        "新北攤商涉用豬肉混充羊肉 最重可罰400萬加坐牢",
        PORK,
        "#林金富",
        "#食藥署",
        "延伸閱讀",
        *PORK_BOX,
    )
    assert all(_marked(doc, line) for line in ("延伸閱讀", *PORK_BOX))
    assert not _marked(doc, PORK)
    # a sentence under the label is the text's: no box to the end (invented)
    closing = "食藥署表示，將持續抽驗市售羊肉製品。"
    doc = _read("新北攤商涉用豬肉混充羊肉", PORK, "延伸閱讀", PORK_BOX[1], PORK_BOX[0], closing)
    assert not _marked(doc, closing)
    assert not _marked(doc, PORK_BOX[0])
