"""Session 21's people the recogniser missed on the least-tuned dev text (issue #13, task e38):
the speakers' labels of a meeting record (陳其邁：…), a name between a role and a verb
(客座研究员陈洋|展开), a name between two titles (主任王长希教授), and a dotted foreign name's
last part later on (萨米娅·苏卢胡·哈桑 … 哈桑). Real lines of dev documents (batches 3, 4, 11,
30-32), in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans

# dev b31, report-tw-ly-interior-committee-referendum-act-2012: the chair's label ends its line
MEETING = (
    "本院紅樓202會議室\n主席：陳其邁\n\n"
    "陳其邁：第三案是已經進入到逐條討論的公民投票法部分條文修正草案。條文已經宣讀完畢，我們就開始進行審議。\n\n"
    "版本，大家要考慮一下。\n\n陳其邁：請邱委員文彥發言。\n\n"
    "邱文彥：主席、各位列席官員、各位同仁。"
)


def test_a_name_between_a_role_and_a_verb_counts_for_its_bare_repeats():
    # dev b30, news-cn-us-japan-joint-forces-command-2024
    text = (
        "实真是如此吗？中新网特邀辽宁大学日本研究中心客座研究员陈洋展开深入解读。\n"
        "设立“统合军司令部”，美日意欲何为？\n"
        "陈洋认为，在此次美日“2+2”会谈期间，美国方面宣布将重新调整驻日美军，新设“统合军司令"
    )
    assert of_type(text, "PER") == ["陈洋", "陈洋"], spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev b3, news-hk-ombudsman-police-complaints-2019: 全權 "full powers" after a role
        "昨回覆查詢時表示，趙慧賢「已委派副申訴專員全權處理對警務處的投訴，她本人沒有處理。」",
        # dev b4, news-hk-officials-dual-nationality-2021: 時才 "only when"
        "一直到她在2007年出任發展局局長時才放棄英國國籍，惟她至今未有交代家人是否仍持",
        # dev b11, press-tw-president-orchid-show-2026: 祝福 "wishes"
        "總統祝福今年蘭展盛況空前、成果豐碩，也讓業者生意更加興隆",
    ],
)
def test_a_word_between_a_role_and_a_verb_is_no_name_unless_it_recurs_as_one(text):
    assert of_type(text, "PER") == [], spans(text)


def test_a_name_between_two_titles_is_whole_though_its_middle_is_a_word_character():
    # dev b32, news-cn-sysu-organ-donation-lecture-2014
    text = (
        "中山大学附属第一医院器官移植科主任王长希教授\n"
        "王长希：希望通过借助多方力量带动器官捐献\n"
        "言人，谁是器官捐献的最佳代言人？王长希教授说，曾志伟先生的爱心和号召力应当仁不让"
    )
    assert of_type(text, "PER")[:3] == ["王长希", "王长希", "王长希"], spans(text)
    same_in_every_view(text)


def test_a_name_after_a_label_s_title_ends_at_the_line_s_end():
    assert of_type(MEETING, "PER").count("陳其邁") == 3, spans(MEETING)
    same_in_every_view(MEETING)


# The same record without its chair's line: only the turns name the speakers.
TURNS = (
    "陳其邁：第三案是已經進入到逐條討論的公民投票法部分條文修正草案。\n\n"
    "版本，大家要考慮一下。\n\n陳其邁：請邱委員文彥發言。\n\n"
    "邱文彥：主席、各位列席官員、各位同仁。"
)


def test_the_labels_opening_the_lines_of_a_record_of_turns_are_its_speakers():
    found = of_type(TURNS, "PER")
    assert found.count("陳其邁") == 2 and found[-1] == "邱文彥", spans(TURNS)
    same_in_every_view(TURNS)


def test_a_field_label_of_a_form_is_no_speaker():
    # Written for the test (no dev document repeats such labels): 时 and 单 are surnames too,
    # but 时间 and 单位 are words, not a surname and a given name.
    text = "时间：2026年3月1日\n单位：澳门\n时间：2026年3月2日\n单位：氹仔\n"
    assert of_type(text, "PER") == [], spans(text)


def test_a_dotted_foreign_name_is_named_by_its_last_part_later_on():
    # dev b32, news-cn-xwlb-tanzania-state-visit-20221103
    text = (
        "厅举行仪式，欢迎坦桑尼亚联合共和国总统萨米娅·苏卢胡·哈桑对我国进行国事访问。"
        "军乐团奏坦中两国国歌。哈桑在习近平陪同下检阅中国人民解放军仪仗队。"
        "两国元首回到检阅台观看仪仗队分列式。哈桑是应习近平的邀请对我国进"
    )
    people = of_type(text, "PER")
    assert people == ["萨米娅·苏卢胡·哈桑", "哈桑", "习近平", "哈桑", "习近平"], spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev b33, news-hk-court-gallery-elderly-supporter-2021: 伯伯 "uncle", an address
        "【銀髮後援】老友記探監師陪家人探手足：「何以要把苦難帶給年輕人？」\n王伯伯鼓勵大家別放棄為公義發聲。",
        "誠然，社會運動推動政制改革，不會一蹴而就。王伯伯說要與香港人一起堅持下去：",
    ],
)
def test_a_surname_with_a_kin_address_is_the_person_by_the_surname(text):
    assert of_type(text, "PER") == ["王"], spans(text)
    same_in_every_view(text)


def test_a_king_s_title_after_a_foreign_name_marks_the_name():
    # dev b30, report-cn-xi-g20-extraordinary-summit-speech-2020; the country before the title
    # (沙特国王) stays a place.
    text = "尊敬的萨勒曼国王，各位同事：　　大家好！首先，我谨对萨勒曼国王和沙特方面为这次会议所做的大量沟"
    assert of_type(text, "PER") == ["萨勒曼", "萨勒曼"], spans(text)
    assert of_type(text, "LOC") == ["沙特"], spans(text)
    same_in_every_view(text)


def test_a_japanese_name_is_named_later_by_its_two_character_family_name_and_a_title():
    # dev b33, press-tw-president-office-santo-akiko-audience-2026
    text = (
        "感謝高市早苗首相自去年上任以來，持續在各種國際場合表達重視臺海和平穩定，"
        "現在高市首相已經組成第二次內閣，相信將對印太"
    )
    assert of_type(text, "PER") == ["高市早苗", "高市"], spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # dev b33, report-cn-gaotie-second-team-party-congress-reflections
        ("下面是部分同志的感想：\n党总支书记  邓  艳\n", "邓  艳"),
        ("为车队和客运段做出自己应有的贡献。\n副队长   李  辉\n此次党代会学习氛围很浓", "李  辉"),
    ],
)
def test_a_name_spaced_wide_after_a_title_in_a_list_of_speakers_is_one_name(text, name):
    assert of_type(text, "PER") == [name], spans(text)
    same_in_every_view(text)
