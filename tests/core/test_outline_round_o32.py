"""Round o32's rules (`docs/outline.md`, "Round o32"), on real lines of dev documents: an FAQ
page's Q：/A： pairs (batch 33's Taichung participatory-budget page: its questions head the
answers, no question is the title, the A： lines stay body), a page's <title> copied as the
first line with the column or site after a spaced hyphen (batch 30's 环球时报 page, batch 32's
巩义 court page), and template residue closed by ``?>`` (the Q&A page's PHP left-overs)."""

from __future__ import annotations

import re

from gui.core.furniture import classify_line
from gui.core.outline_heads import numbered_lead_end
from gui.core.reading import document_from_text

# report-tw-taichung-participatory-budget-qa-page.html, its first three pairs.
QA_PAGE = (
    "Ｑ：為什麼臺中市要推動參與式預算？\n"
    "Ａ：透過參與式預算公共審議的機制達到三大目標\n"
    "政府公開化： 參與式預算透過公共審議的機制將決策權力交給人民，促使政府提高透明度，"
    "將一部分預算的使用模式攤開於全體人民之前，落實開放政府。\n"
    "Ｑ：臺中市參與式預算辦理精神為何？\n"
    "Ａ：參與式預算辦理秉持五大原則\n"
    "公民培力：市民才是決定預算分配的主體。\n"
    "公開透明：資訊開放，各項資訊公開大眾檢視。\n"
    "Q：住民會議怎麼開？\n"
    "A：住民會議開放給16 歲（含）以上設籍臺中市的市民參與，採取審議民主的精神，大家帶著自己的"
    "提案，坐下來和大家分享、彼此交流、相互聆聽，提升提案的公益性，讓議題更能夠貼合大家的需求。\n"
)


def headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading is not None]


def test_an_faq_pages_questions_head_its_answers_and_none_is_the_title() -> None:
    doc = document_from_text(QA_PAGE)
    assert doc.title is None
    assert headings(doc) == [
        "Ｑ：為什麼臺中市要推動參與式預算？",
        "Ｑ：臺中市參與式預算辦理精神為何？",
        "Q：住民會議怎麼開？",
    ]
    assert {s.level for s in doc.sections if s.heading is not None} == {1}


def test_one_question_and_answer_is_no_faq() -> None:
    # A lone Q：/A： pair: nothing shows the page is set out as questions.
    doc = document_from_text("\n".join(QA_PAGE.splitlines()[-2:]) + "\n")
    assert not any(h.startswith("Q：") for h in headings(doc))


def test_template_residue_closed_by_a_php_tag_is_chrome() -> None:
    assert classify_line("Q：question)?>") == "chrome"
    assert classify_line("answer)?>") == "chrome"
    assert classify_line("為什麼投票要分兩階段進行？") is None


# news-cn-camp-david-summit-reactions-2023.txt and report-cn-gongyi-court-trial-reference-page-2025.md:
# a page's <title> as the first line, its column or site after a spaced hyphen.
CAMP_DAVID = (
    "美日韩对戴维营峰会仍有温差！韩媒：更多的是担忧 - 国际频道\n"
    "美国总统拜登、日本首相岸田文雄、韩国总统尹锡悦18日在美国戴维营举行会谈，"
    "会后发表了联合声明。\n"
)


def test_a_page_titles_column_after_a_spaced_hyphen_is_not_the_title() -> None:
    doc = document_from_text(CAMP_DAVID)
    assert doc.title == "美日韩对戴维营峰会仍有温差！韩媒：更多的是担忧"


def test_a_hyphen_between_figures_or_latin_words_stays_in_the_title() -> None:
    doc = document_from_text(
        "2021 - 2025年发展规划纲要\n为推动全市经济社会高质量发展，制定本纲要。\n"
    )
    assert doc.title == "2021 - 2025年发展规划纲要"


def test_a_digests_last_item_with_its_source_note_is_no_lead() -> None:
    # news-cn-xwlb-tanzania-state-visit-20221103.md: the day's list of items, the last one
    # closed by 。 and the programme's note, not by ； — an item, no headline over text.
    last = "18.【大美中国】世界文化遗产。（《新闻联播》 20221103 19:00）"
    assert numbered_lead_end(last, 3) is None
    other = "17.【大美中国】湿地之韵。（《新闻联播》 20221020 19:00）"  # (its 20221020 day file)
    assert numbered_lead_end(other, 3) is None
    # A numbered lead over its text keeps its head (gw-sh-chongming-checkup-2021, batch 1).
    lead = "（一）生态宜居。反映城市的大气、水、绿地等各类生态环境要素保护情况，城市资源集约节约利用情况。"
    assert numbered_lead_end(lead, 3) == lead.index("。") + 1


def test_a_click_to_link_alone_on_its_line_is_chrome() -> None:
    # press-mo-explore-macau-practical-information-page.html (batch 33): the page's links.
    assert classify_line("点击查询所有巴士路线信息") == "chrome"
    assert classify_line("点击查询澳门对中国内地各城市的防疫政策") == "chrome"
    # The box titles and the advice under them stay the page's text.
    assert classify_line("防疫信息") is None
    assert (
        classify_line("从内地（航空）进入澳门，须持 7 日内核酸阴性证明，并进行三天两次核酸检测")
        is None
    )


# news-cn-us-japan-joint-forces-command-2024.txt (batch 30): an expert's reading under its questions.
US_JAPAN = (
    "小动作不断！美日同盟“70年来最大升级”意图何在？\n"
    "中新网7月30日电(孟湘君 郑云天)7月28日，美日外长防长“2＋2”会议在东京举行，在会后发表的联合声明中，美日确认驻日美军将设立“统合军司令部”。\n"
    "设立“统合军司令部”，美日意欲何为？\n"
    "陈洋认为，在此次美日“2+2”会谈期间，美国方面宣布将重新调整驻日美军，新设“统合军司令部”，一个最主要的目的，是配合日本在2025年春季之前设立的统一指挥陆海空自卫队的常设机构“统合作战司令部”。\n"
    "“相较以往，驻日美军司令部主要是负责行政职能，而调整后将升级为‘联合部队总部’，统领全军种，可以说职权上升了。与此同时，美方的这一设置，也是为了与日本自卫队的‘统合作战司令部’对等衔接，从而提升效率。”陈洋表示。\n"
    "“重大改进”，自卫队或将“从属”美军？\n"
    "按照美国防长奥斯汀在美日“2+2”会谈后的表态，设立“统合军司令部”是“驻日美军创设以来，最大的变化，也是(美国)与日本70年军事关系的重大改进之一。”\n"
    "陈洋表示，在设立之前，驻日美军司令部没有指挥美军作战的权力，这一权力由位于夏威夷的美军印太司令部掌握。换句话说，一旦发生战事，驻日美军司令部如何调动美军作战，需要听从美军印太司令部的指示，这就出现了时差和距离的问题，容易贻误战机。同时，美军印太司令部不在日本，也难以完全了解具体的战事情况，容易出现误判或错判。\n"
    "美日小动作不断，中国如何应对？\n"
    "7月29日，中国外交部发言人林剑主持例行记者会时，针对“美国和日本在东京‘2+2’会谈后发表了声明，表示中国的外交政策‘谋求以损人利己的方式来重塑国际秩序’。中方对此有何评论”的问题指出，日美联合声明罔顾事实，颠倒黑白，恶毒攻击中国对外政策，粗暴干涉中国内政，在涉海问题上对中国进行攻击抹黑，对中国正常的军事发展和国防政策说三道四，渲染鼓噪“中国威胁”，炒作地区紧张\n"
)


def test_an_expert_reading_set_out_under_three_questions_is_headed_by_them() -> None:
    doc = document_from_text(US_JAPAN)
    found = headings(doc)
    for question in (
        "设立“统合军司令部”，美日意欲何为？",
        "“重大改进”，自卫队或将“从属”美军？",
        "美日小动作不断，中国如何应对？",
    ):
        assert question in found


def test_two_questions_in_a_story_stay_body() -> None:
    # The same lines without the last part: two questions are a story's, not its plan.
    text = "".join(US_JAPAN.splitlines(keepends=True)[:-2])
    found = headings(document_from_text(text))
    assert "设立“统合军司令部”，美日意欲何为？" not in found


def test_questions_in_a_text_set_one_sentence_a_line_stay_body() -> None:
    # The same lines cut one sentence a line (the stress benchmark's sentences form): a story's
    # own questions stand alone there too, so nothing shows they head its parts.
    text = re.sub(r"(?<=[。？])(?=[^\n”])", "\n", US_JAPAN)
    found = headings(document_from_text(text))
    assert "美日小动作不断，中国如何应对？" not in found
