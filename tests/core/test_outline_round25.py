"""Round 25's rules (`docs/outline.md`, "Round 25"), on real lines of batch 20's dev part: a
plan carried by a 印发 notice, its title wrapped over two lines before the bracketed years it
covers, and its four numbered tiers inside the annex, where levels stop at 4; a 通知's title under a
heading that drops a character; its duty paragraphs, a tier of sentences with one headline: a list."""

from __future__ import annotations

from gui.core.header_titles import wrapped_title
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO
from tests.core.test_gongwen_banner import head

REAL = REPO / "tests" / "data" / "real"
PLAN = REAL / "gw-sh-yangpu-waterfront-heritage-plan-2024.md"

TITLE_LINES = ["上海杨浦生活秀带国家文物保护利用示范区", "深化建设三年行动计划（2024—2026年）"]
TIERS = [
    "四、主要任务",
    "（二）重点落实五张清单",
    "1.落实规划保护清单，持续推进全方面摸底，筑牢文物事业“强基石”",
    "（1）全面实施新修订法律法规。深入学习贯彻习近平总书记关于文物工作重要论述和重要指示批示精神。",
    "（2）加快资源摸底认定。结合第四次全国文物普查工作，加强价值挖掘，摸清底数。",
]


def _levels(doc) -> dict[str, int]:
    return {s.heading: s.level for s in doc.sections if s.heading}


def test_a_carried_plans_title_wrapped_before_its_years_is_one_annex_heading():
    levels = _levels(read_document(PLAN))
    assert levels["".join(TITLE_LINES)] == 1
    assert TITLE_LINES[0] not in levels and TITLE_LINES[1] not in levels
    assert levels["一、指导思想"] == 2


def test_a_line_ending_in_years_but_no_genre_word_does_not_continue_a_title():
    assert wrapped_title(head(*TITLE_LINES, "为深入贯彻习近平文化思想。"), 0) == [0, 1]
    # The same years after a word that names no document: the first line stands alone.
    assert wrapped_title(head(TITLE_LINES[0], "深化建设三年（2024—2026年）"), 0) == [0]


def test_the_plans_fourth_tier_shares_level_4_with_its_parents():
    levels = _levels(read_document(PLAN))
    assert levels["1.落实规划保护清单，持续推进全方面摸底，筑牢文物事业“强基石”"] == 4
    assert levels["（1）全面实施新修订法律法规。"] == 4
    assert levels["（16）激发多元力量参与。"] == 4
    assert max(levels.values()) == 4


def test_four_tiers_outside_an_annex_keep_levels_1_to_4():
    doc = document_from_text("\n\n".join(TIERS) + "\n")
    assert [s.level for s in doc.sections if s.heading] == [1, 2, 3, 4, 4]


NOTICE = REAL / "gw-sh-five-new-cities-approval-delegation-2023.md"
OWN_TITLE = "上海市交通委员会关于授权下放“五个新城”相关市级交通建设审批权限的通知"


def test_the_pages_own_title_under_a_heading_that_drops_a_character_is_the_title():
    doc = read_document(NOTICE)
    assert doc.title == OWN_TITLE
    assert doc.header.fields["issuer"].text == "上海市交通委员会"


def test_a_heading_over_another_title_keeps_its_title():
    heading = "# 上海市交通委员关于授权下放“五个新城”相关市级交通建设审批权限的通知"
    rest = "\n\n沪交建〔2023〕884号\n\n嘉定区、松江区、青浦区、奉贤区交通委：\n"
    # A line that is not the heading's fuller copy (another notice's title) is no title.
    other = "上海市交通委员会关于进一步加强交通建设工程审批管理的通知"
    doc = document_from_text(f"{heading}\n\n{other}{rest}", REAL / "x.md")
    assert doc.title == heading[2:]


def _paragraphs(path) -> list[str]:
    return [ln.strip() for ln in path.read_text("utf-8").split("\n") if ln.strip()]


def _notice_lines() -> list[str]:
    return _paragraphs(NOTICE)


def test_duty_paragraphs_with_one_headline_of_three_are_a_list():
    headings = [s.heading for s in read_document(NOTICE).sections if s.heading]
    assert headings == ["一、授权下放具体内容", "二、具体要求", "授权下放“五个新城”审批事项清单"]


def test_the_same_tier_with_headlines_in_the_majority_stays_headings():
    # The plan's own （一）–（四） subheads under 五、 beside the notice's duty sentences: short
    # headlines are most of the tier, so it heads its paragraphs.
    duties = [ln for ln in _notice_lines() if ln.startswith(("（一）", "（二）", "（三）"))]
    plan = _paragraphs(PLAN)
    under = [plan[plan.index(head) + 1] for head in ("（二）聚力队伍建设", "（三）多元资金投入")]
    tier = [
        "二、具体要求",
        duties[0],
        "（二）聚力队伍建设",
        under[0],
        "（三）多元资金投入",
        under[1],
    ]
    headings = [s.heading for s in document_from_text("\n\n".join(tier) + "\n").sections]
    assert "（二）聚力队伍建设" in headings and "（三）多元资金投入" in headings


def test_duty_paragraphs_over_a_kept_tier_of_subheads_stay_headings():
    # The same three duties with the plan's stand-alone 1.–2. subheads (each over its
    # paragraph) under the first: a tier that heads a kept tier is sections.
    duties = [ln for ln in _notice_lines() if ln.startswith(("（一）", "（二）", "（三）"))]
    plan = _paragraphs(PLAN)
    subs = ["1.滨江南段", "2.滨江中北段"]
    inner = [x for head in subs for x in (head, plan[plan.index(head) + 1])]
    text = "\n\n".join(["二、具体要求", duties[0], *inner, *duties[1:]]) + "\n"
    headings = [s.heading for s in document_from_text(text).sections if s.heading]
    assert subs[0] in headings and subs[1] in headings
    assert headings[1].startswith("（一）")
