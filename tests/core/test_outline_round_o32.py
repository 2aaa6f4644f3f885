"""Round o32's rules (`docs/outline.md`, "Round o32"), on real lines of dev documents: an FAQ
page's Q：/A： pairs (batch 33's Taichung participatory-budget page: its questions head the
answers, no question is the title, the A： lines stay body), a page's <title> copied as the
first line with the column or site after a spaced hyphen (batch 30's 环球时报 page, batch 32's
巩义 court page), and template residue closed by ``?>`` (the Q&A page's PHP left-overs)."""

from __future__ import annotations

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
