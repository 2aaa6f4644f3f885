"""Channels of the media: a news organisation's channel is named by the organisation and the
channel's own name (界面新闻大湾区频道, 央视新闻频道), one body of the media, not the outlet alone.

Anchored on 频道 and 广播电台, which are rare, and read back to a known body (orgs_media.txt,
known_orgs.txt). Since session 26 also the outlets a news page names by its frames, whether a
list knows them or not: a dateline's outlet (红星新闻北京6月12日电), the members of a source field
(来源：华商报), a website cited after 据 (据中国天气网，), and 港台 where the sentence makes it the Hong
Kong broadcaster (港台未有回应)."""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer

Candidate = tuple[int, int, str, int]

# The channel's own name: a few name characters, no function character (新闻的频道 is a phrase).
_CHANNEL_NAME = re.compile(
    "[^\\W\\d的地得了和与及或在是为对把被从向于等各每个这那其之以而也都就还又将已]{0,6}"
)
_REACH = 14  # longest outlet + channel name looked at before 频道
# A radio station's frequencies are named after it (中央人民广播电台中国之声, …环球资讯广播): bodies
# of their own, as the gold has them; and the members of a list that goes on from a channel or
# a frequency (综合频道、新闻频道、4K超高清频道; 中国之声、大湾区之声) are its siblings.
_FREQUENCY = re.compile("[\u4e00-\u9fff]{2,6}?(?:之声|资讯广播|经济广播|交通广播|音乐广播)")
_SIBLING = re.compile("、([A-Za-z0-9\u4e00-\u9fff]{1,8}?(?:频道|之声|广播))(?=[、，。；等和及]|$)")
# A station's numbered channel right after the station's name, which ends in 台 (香港电台|第一台,
# 港台|第二台); the station itself is looked up among the listed bodies in ``channels``.
_NUMBERED_CHANNEL = re.compile("第(?<=台第)[一二三四五六七八九十]台")
#: An outlet's relation to a channel it owns is no part of the channel's name (中央广播电视总台
#: 所属|央视综合频道: the channel is named by the nearer outlet).
_RELATIONS = ("所属", "旗下")


def channels(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for a known outlet's named channel (央视新闻频道)."""
    out: list[Candidate] = []
    at = masked.find("频道")
    while at >= 0:
        for k in range(max(0, at - _REACH), at - 1):
            outlet = gaz.org_re.match(masked, k, at)
            if not outlet:
                continue
            name = _CHANNEL_NAME.match(masked, outlet.end(), at)
            if name and name.end() == at and not masked.startswith(_RELATIONS, outlet.end()):
                out.append((k, at + 2, "ORG", 0))
                out += _siblings(masked, at + 2)
                break
        at = masked.find("频道", at + 2)
    # A station's numbered channel (香港电台第一台, 港台第二台): one body with the station.
    for m in _NUMBERED_CHANNEL.finditer(masked):
        for k in range(max(0, m.start() - _REACH), m.start() - 1):
            outlet = gaz.org_re.match(masked, k, m.start())
            if outlet and outlet.end() == m.start():
                out.append((k, m.end(), "ORG", 0))
                break
    at = masked.find("广播电台")
    while at >= 0:
        frequency = _FREQUENCY.match(masked, at + 4)
        if frequency and at >= 2 and masked[at - 1] not in "的和与及、，。":  # a station's name
            out.append((at + 4, frequency.end(), "ORG", 0))
            out += _siblings(masked, frequency.end())
        at = masked.find("广播电台", at + 4)
    return out


def _siblings(masked: str, end: int) -> list[Candidate]:
    """The channels or frequencies listed right after one that ends at ``end``."""
    out: list[Candidate] = []
    while m := _SIBLING.match(masked, end):
        out.append((m.start(1), m.end(1), "ORG", 0))
        end = m.end()
    return out


# What a paper's or an agency's name ends in, in title marks (《众新闻》, 《经济学人资讯社》,
# 《商报》, 《信报》): any …报 is a newspaper but the documents named …报 (公报, 学报 of a journal,
# 年报, 简报, 情报, 汇报, 画报 of a magazine). A magazine in title marks is a title, the
# guideline's DOC, even where the list knows its publisher (《中国新闻周刊》, 《求是》杂志).
_MEDIA_ENDS = ("新闻", "资讯社", "通讯社", "报", "新闻网")
_NOT_PAPERS = tuple("公报 学报 简报 年报 月报 季报 画报 情报 汇报 快报 通报 电报".split())
_MAGAZINES = ("周刊", "杂志", "月刊", "期刊", "季刊")


def is_paper(name: str, known: bool) -> bool:
    """Whether ``name`` (the words in 《》; ``known``: a body of the lists) names a newspaper, a
    news agency or a news site."""
    if name.endswith(_MAGAZINES):
        return False
    return known or (
        2 <= len(name) <= 10 and name.endswith(_MEDIA_ENDS) and not name.endswith(_NOT_PAPERS)
    )


# A photo or a clip credited in brackets to its source (（港台圖片）, （新華社資料圖片）, （商台片段截圖）):
# Hong Kong news credits the outlet or agency that took it, which is a body. Words for where a
# picture comes from that are no body (網上圖片, 資料圖片, 示意圖片) are left out.
_CREDIT = re.compile("[（(]([\u4e00-\u9fff]{2,6}?)(?:资料)?(?:图片|相片|照片|截图|片段截图)[）)]")
_NO_SOURCE = frozenset(
    "网上 网络 互联网 示意 视频 新闻 档案 现场 航拍 受访者 读者 市民 手机 官方 本报 本台 网民 网友"
    " 资料 图片 相片 截图 片段".split()
)


# A news dateline names the outlet that filed the story, then where and when (中国经济网北京6月12日讯,
# 科技日报兰州6月11日电, 中新网7月30日电): at a line's start, an outlet's name ending in a word of the
# media, an optional place, the masked date and 电 or 讯. The outlet is a body whether or not a list
# knows it; the house's own 本报, 本网, 本台 are none.
_DATELINE_DATE = re.compile("\x00\x00*[电讯]")  # \x00+: a literal first, searched at C speed
_DATELINE_OUTLET = re.compile(
    "([\u4e00-\u9fff]{1,8}?(?:网|社|日报|晚报|时报|报|新闻|电视台|电台|客户端))([\u4e00-\u9fff]{0,6}?)"
)
_DATELINE_OPENS = "\n\u3000 】"  # what stands before a dateline: a line's start, a space, a bracket
_HOUSE = frozenset("本报 本网 本台 本社 本刊".split())


def datelines(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for the outlet that opens a news dateline: the words between a line's start
    (or a space, or 】) and the masked date before 电 or 讯, an outlet's name and a place."""
    if "电" not in masked and "讯" not in masked:
        return []
    out: list[Candidate] = []
    for m in _DATELINE_DATE.finditer(masked):
        d = m.start()
        lo = max(0, d - 15)
        b = max(masked.rfind(c, lo, d) for c in _DATELINE_OPENS) + 1
        if b == 0 and lo > 0:
            continue  # no line start near: the date is inside a sentence
        words = _DATELINE_OUTLET.fullmatch(masked, b, d)
        if not words:
            continue
        outlet, where = words.group(1), words.group(2)
        if outlet in _HOUSE or len(outlet) < 2:
            continue
        if where and not gaz.place_re.fullmatch(where):
            continue  # only a place stands between the outlet and the date
        out.append((words.start(1), words.end(1), "ORG", 1))
    return out


# Radio Television Hong Kong by the short name its city's press gives it, 港台, where the sentence
# makes it a broadcaster that speaks, is asked or airs a programme: a programme's title right
# after it (港台《铿锵集》), its staff or building, a speech verb (港台：…, 港台未有回应, 港台表示)
# or a verb of asking or respecting before it (向港台查询, 尊重港台有权…). Elsewhere 港台 is Hong
# Kong and Taiwan, two places (港台明星, 港台地区: ``abbreviation_runs``).
_RTHK = re.compile(  # (港台 first, the words before it looked back on: re skips to 港台)
    "港台(?:(?<=向港台)|(?<=联络港台)|(?<=批评港台)|(?<=投诉港台)|(?<=尊重港台)|(?<=要求港台)|(?<=促港台))"
    "|港台(?=《|[：:]|表示|回应|发言人|未有|有权|近日|多个|管理层|高层|员工|广播处长"
    "|顾问|电视大厦|广播大厦|总部|声明|承认|否认|指出|解释|澄清|称)"
)


def rthk(masked: str) -> list[Candidate]:
    """ORG candidates for 港台 as the Hong Kong broadcaster (see ``_RTHK``)."""
    if "港台" not in masked:
        return []
    return [(m.start(), m.end(), "ORG", 1) for m in _RTHK.finditer(masked)]


# A page's or a picture's source field names the outlet or the body it comes from (来源：华商报,
# 资料来源: 卫生福利部疾病管制署, 照片来源：城大编委Facebook, 来源：江津法院供图): each member of
# the field, Chinese or Latin, up to the field's end (a space, a line's end, the next field: 发布时间,
# 作者, 附件下载) is a body. Not the house itself or the net (本网, 网络, 网友), nor a reporter.
_SOURCE_WORDS = ("来源", "稿源")  # with what may stand before 来源: 资料, 数据, 图片, 照片, 信息
_SOURCE_MEMBER = re.compile(
    "([\u4e00-\u9fff]{2,14}?|[A-Za-z][A-Za-z0-9.&]{1,20})(?:供图|供稿|提供)?"
    "(?=[ \u3000\n]|$|[、，,/／|｜]|[A-Za-z]|发布|时间|日期|作者|编辑|责任|访问|浏览|点击|附件|链接)"
)
_SOURCE_NOT_BODIES = frozenset(
    "本网 本站 本报 本台 本社 网络 网上 网友 互联网 综合 整理 受访者 作者 官方 资料 图片 视频"
    " 网页 转载 原创 自媒体 记者 摄影 截图 不详 未知 其他".split()
)


#: Characters of a phrase, not of a name (推荐来源：上周已推送的大额项目).
_PHRASE_CHARACTERS = frozenset("的了已但或是将被把")


def _source_fields(masked: str) -> list[int]:
    """Where the value of each source field starts (after 来源： and its spaces; not 新闻来源,
    which introduces a headline)."""
    starts = []
    for word in _SOURCE_WORDS:
        p = masked.find(word)
        while p >= 0:
            q = p + 2
            if masked[q : q + 1] in ("：", ":") and not (
                word == "来源" and masked[p - 1 : p] == "新"
            ):
                q += 1
                while masked[q : q + 1] in (" ", "\u3000"):
                    q += 1
                starts.append(q)
            p = masked.find(word, p + 2)
    return sorted(starts)


def sources(masked: str) -> list[Candidate]:
    """ORG candidates for the members of a source field (see ``_source_fields``)."""
    if "源" not in masked:
        return []
    out: list[Candidate] = []
    for at in _source_fields(masked):
        for _ in range(4):  # a field names a few sources at most (人民网、人民日报)
            m = _SOURCE_MEMBER.match(masked, at)
            if not m:
                break
            name = m.group(1)
            if (
                name not in _SOURCE_NOT_BODIES
                and not name.endswith(("记者", "通讯员"))
                and not _PHRASE_CHARACTERS.intersection(name)
            ):
                out.append((m.start(1), m.end(1), "ORG", 1))
            at = m.end()
            if at < len(masked) and masked[at] in "、，,/／":
                at += 1
            elif not (at < len(masked) and masked[at].isascii() and masked[at].isalpha()):
                break
    return out


# A website or a monitoring network cited as the source of a report (据中国天气网，…, 据经济观察网，…,
# 据上海有色网最新报价, 据中国地震台网测定): after 据, a name ending in 网, then a comma or a verb
# of reporting or measuring. The net of a phrase (据互联网, 据电网) is no site.
_CITED_SITE = re.compile(
    "([\u4e00-\u9fff]{2,10}?网)"
    "(?=[，,]|报道|报导|消息|测定|数据|显示|最新|统计|发布|介绍|监测|称|透露|公布|预测|预计)"
)
_NO_SITES = frozenset("互联网 电网 管网 物联网 网 因特网 局域网 官网".split())


def cited_sites(masked: str) -> list[Candidate]:
    """ORG candidates for a website cited right after 据 (see ``_CITED_SITE``)."""
    out: list[Candidate] = []
    p = masked.find("据")
    while p >= 0:
        m = _CITED_SITE.match(masked, p + 1)
        if m and m.group(1) not in _NO_SITES and not m.group(1).endswith(("互联网", "物联网")):
            out.append((m.start(1), m.end(1), "ORG", 1))
        p = masked.find("据", p + 1)
    return out


def credits(masked: str) -> list[Candidate]:
    """ORG candidates for the source named in a bracketed picture credit."""
    if "图" not in masked and "片" not in masked:
        return []
    return [
        (m.start(1), m.end(1), "ORG", 1)
        for m in _CREDIT.finditer(masked)
        if m.group(1) not in _NO_SOURCE
    ]
