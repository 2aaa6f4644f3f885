"""Furniture a page sets under its text, round t25 (session 25): a copy of the title named from
its 关于 on or wrapped above the text, a machine's time stamp in the page's tail, a caption closed
by the site the picture came from, a copy of a printed record's running head away from its page
number, a link to the next article after its verb. Real lines of dev documents (batches 20,
28, 41, 45, 49, 51); the negatives keep a 公文's date, a signature over its date and the text's
own sentences."""

from __future__ import annotations

from pathlib import Path

from gui.core.captions import caption_or_byline
from gui.core.reading import document_from_text
from gui.core.site_chrome import is_control_line

#: gw-sh-five-new-cities-approval-delegation-2023.md (batch 20): title, number, addressees, text,
#: and the page's copy of the title, its issuer written otherwise (「…交通委员关于…」).
FIVE_CITIES = (
    "上海市交通委员会关于授权下放“五个新城”相关市级交通建设审批权限的通知",
    "沪交建〔2023〕884号",
    "嘉定区、松江区、青浦区、奉贤区交通委：",
    "为更好地服务“五个新城”建设，按照市委、市政府深化行政审批制度改革工作精神，"
    "经充分研究相关区需求，我委决定授权下放部分市级交通建设审批权限。",
    "一、授权下放具体内容",
    "将交通建设项目合同信息报送、质量报监、施工许可等共14个行政权力事项授权区交通委实施。",
)
FIVE_CITIES_COPY = "上海市交通委员关于授权下放“五个新城”相关市级交通建设审批权限的通知"
#: gw-cn-spc-spp-police-assault-interpretation-2025.md (batch 28): a judicial 解释 and its copy.
ASSAULT = (
    "最高人民法院、最高人民检察院关于办理袭警刑事案件适用法律若干问题的解释",
    "高检发释字〔2025〕1号",
    "为依法惩治袭警犯罪，保障人民警察依法执行职务，保护人民警察人身安全，"
    "维护国家法律权威和社会秩序，根据《中华人民共和国刑法》的规定，制定本解释。",
    "第十三条 本解释自2025年1月18日起施行。",
)
#: news-hk-hket-rugby-sevens-women-team-defeats-2023.txt (batch 45): headline, stamp, text.
RUGBY = (
    "【七欖比賽】女子港隊2戰惜敗市民撐「爭氣」　旅客大讚解除防疫觀賽氣氛佳",
    "香港國際七人欖球賽女子隊賽事，紅衫加拿大對藍衫港隊，最終20比5，港隊輸第二場，"
    "但獲市民到場打氣。",
    "有旅客表示，解除防疫措施後觀賽氣氛好，會再來香港看比賽。",
)
RUGBY_STAMP = "2023-03-31T20:36:00+08:00"


def _read(*lines: str):
    return document_from_text("\n\n".join(lines) + "\n", Path("page.txt"))


def _marked(doc, line: str) -> bool:
    at = doc.text.rindex(line)
    covered = sum(max(0, min(f.end, at + len(line)) - max(f.start, at)) for f in doc.furniture)
    return covered * 2 > len(line)


def test_a_title_s_copy_under_the_text_is_chrome():
    assert _marked(_read(*FIVE_CITIES, FIVE_CITIES_COPY), FIVE_CITIES_COPY)
    assert _marked(_read(*ASSAULT, ASSAULT[0]), ASSAULT[0])
    # the copy signed over a date is the issuer's signature (invented, the 公文's form)
    doc = _read(*FIVE_CITIES, FIVE_CITIES_COPY, "2023年12月29日")
    assert not _marked(doc, FIVE_CITIES_COPY)
    # a sentence naming the notice is the text's
    line = "关于授权下放“五个新城”相关市级交通建设审批权限的通知已于今日印发。"
    assert not _marked(_read(*FIVE_CITIES, line), line)


def test_a_machine_time_stamp_under_the_text_is_chrome_but_a_date_is_not():
    assert _marked(_read(*RUGBY, RUGBY_STAMP), RUGBY_STAMP)
    # a 公文's date closing it is the header's 成文日期, not furniture
    doc = _read(*FIVE_CITIES, "上海市交通委员会", "2023年12月29日")
    assert not _marked(doc, "2023年12月29日")


def test_a_caption_closed_by_the_site_the_picture_came_from():
    # news-cn-xinhuanet-university-museums-2025.md (batch 51)
    line = "清华大学艺术博物馆《现代的回望：非洲艺术展》现场。清华大学艺术博物馆网站图片"
    assert caption_or_byline(line, around_body=True) == "caption"
    # invented: the words in a sentence of the text
    assert caption_or_byline("博物馆的网站图片已全部更新。", around_body=True) is None


def test_a_running_head_s_copy_away_from_its_page_number():
    # wr-hk-budget-speech-2013-legco-record-opening.txt (batch 41): a printed record's pages
    head = "立法會  ─  2013年 2月 27日"
    speech = (
        "主席：財政司司長，請你發言。財政司司長今天提交的預算案，"
        "是本屆政府的第一份財政預算案，涵蓋來年的公共開支和收入建議。"
    )
    pages = []
    for number in (5145, 5146, 5147):
        pages += [head, str(number), speech]
    doc = _read(*pages, speech, head)
    assert _marked(doc, head)
    assert not _marked(doc, speech)


def test_a_link_to_the_next_article_after_its_verb():
    # news-cn-xinhuanet-li-qiang-waic-2025-opening.txt (batch 49), beside 「上一篇：…」 of others
    assert is_control_line("阅读下一篇：")
    assert is_control_line("上一篇：关于开展公共充电设施自查抽查工作的通知")
    # invented: the words in a sentence, no link's colon
    assert not is_control_line("阅读下一篇报道前，读者可先了解会议的背景。")
