"""Page chrome over a title (gui/core/title_chrome.py, session 24): stamps and labels an unread
site sets over the title are skipped and marked chrome; a headline's first part, one of joint
issuers and a short title keep their place. Real lines of dev documents' gold (furniture, titles)."""

from __future__ import annotations

from pathlib import Path

from gui.core.header_titles import is_title_text
from gui.core.reading import document_from_text
from gui.core.title_chrome import chrome_lead, is_label, is_stamp, other_scripts

#: Gold furniture over dev documents' titles: stamps (batches 39, 45, 48) and labels (29, 37, 1).
STAMPS = ("2008年01月09日", "2023-03-29T00:00:00", "19:04 2023/08/25", "2020年8月14日")
STAMPS_MORE = ("2023-03-31T20:36:00+08:00", "2023/8/23 15:06（8/23 15:31 更新）")
LABELS = ("市政府介紹", "產業觀光", "直击峰会全过程", "金融", "新浪财经", "_光明网")
#: gw-sh-bim-acceptance-2026.md's title (batch 3), wr-cn-2024.txt's (batch 1) and a paragraph.
BIM_TITLE = "上海市住房和城乡建设管理委员会关于开展BIM辅助综合竣工验收的通知"
WORK_REPORT = "政府工作报告"
PARAGRAPH = (
    "根据《上海市全面推进建筑信息模型技术深化应用的实施意见》（沪住建规范联〔2023〕14号）要求，"
    "本市在房屋建筑工程已推行BIM辅助施工图审查，提升了施工图审查效率和质量。"
)
#: news-hk-hkej-mainland-transit-resumption-cabin-crew-2020.html's headline (batch 48).
HEADLINE = "內地客經港轉機恢復 空服員憂播毒"


def _read(*lines: str):
    return document_from_text("\n".join(lines) + "\n", Path("page.txt"))


def test_a_date_or_time_alone_is_a_stamp_and_no_title():
    for line in (*STAMPS, *STAMPS_MORE):
        assert is_stamp(line) and not is_title_text(line), line
    # a title that holds a date is no stamp (news-cn-xwlb-digest-20260628.md, batch 3)
    assert not is_stamp("《新闻联播》 20260628 19:00")
    assert not is_stamp("日期：2025年2月26日星期三")  # (a keyed date: the info rows read it)


def test_labels_are_short_unmarked_and_no_title_s_first_line():
    for line in LABELS:
        assert is_label(line), line
    # a genre word, a body's name, one of joint issuers, a connective: a title's piece
    for line in (WORK_REPORT, "国务院办公厅", "中共中央", "上海市人民政府关于"):
        assert not is_label(line), line
    assert other_scripts("市政府介紹", WORK_REPORT) and not other_scripts("金融", WORK_REPORT)


def test_stamps_and_labels_over_a_whole_title_are_chrome():
    doc = _read(STAMPS[0], HEADLINE, PARAGRAPH)
    assert doc.title == HEADLINE
    assert any(doc.text[f.start : f.end].strip() == STAMPS[0] for f in doc.furniture)
    doc = _read("19:04 2023/08/25", "金融", "新浪财经", BIM_TITLE, PARAGRAPH)
    assert doc.title == BIM_TITLE
    # a menu (news-hk-hkcnews-front-page-2018.html's, batch 35) over a headline of its script
    menu = ("新聞類別", "眾聞", "經濟", "社會", "生活", "政治", "國際")
    assert is_label("社會")  # (a column's name, though 會 ends a body's name)
    assert _read(*menu, HEADLINE, PARAGRAPH).title == HEADLINE
    # a label of the other script is not joined to a title as its wrapped first line
    assert _read("市政府介紹", WORK_REPORT, PARAGRAPH).title == WORK_REPORT
    assert _read("產業觀光", BIM_TITLE, PARAGRAPH).title == BIM_TITLE


def test_a_headline_s_first_part_joint_issuers_and_short_titles_keep_their_place():
    # news-cn-a-share-delistings-speed-up-2026.txt (batch 28): the headline's parts on two lines
    lines = ["市场出清提速", "今年以来20家A股公司退市或锁定退市", PARAGRAPH]
    assert chrome_lead(lines, is_title_text) == 0
    # gw-cn-central-rural-revitalization-opinions-2018-part.txt (batch 42): joint issuers
    lines = ["中共中央", "国务院关于实施乡村振兴战略的意见", PARAGRAPH]
    assert chrome_lead(lines, is_title_text) == 0
    # tw-taipei-lantern-traffic-measures-2026.html (outline_check): a short title, a subhead
    assert chrome_lead(["交通管制措施", "西門展區交通管制", PARAGRAPH], is_title_text) == 0


def test_the_script_pairs_are_opencc_s_own_conversions():
    # title_chrome keeps a small table of common characters written differently in the two
    # scripts (cheap at reading time, where OpenCC's tables are not loaded yet); each pair must
    # be one OpenCC itself converts, both ways.
    from gui.core import title_chrome
    from gui.core.script import converter

    pairs = title_chrome._PAIRS  # noqa: SLF001
    trad, simp = pairs[0::2], pairs[1::2]
    assert len(trad) == len(simp) > 80
    assert converter("t2s").convert(trad)[0] == simp
    assert converter("s2twp").convert(simp)[0] == trad  # 為 as Taiwan writes it (OpenCC s2t: 爲)
