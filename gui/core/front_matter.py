"""News lines, a site's metadata table and front matter: header elements that page furniture
and file metadata carry (``gui.core.header`` reads the document's own head and tail).

- news furniture (``gui.core.furniture``): 原标题：/来源：/时间：/记者：/责任编辑： lines, web
  time stamps, bylines (reporter or speaker);
- a site's information table (gov.cn: 发文机关：/发文字号：/成文日期：…), furniture of kind
  ``meta``; front matter a Markdown reader kept as text (``title: '…'``, ``author:``, ``date:``);
- a Markdown file's own front matter (read by the format, not in the text): 文号, 发布单位 ….
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from gui.core.byline_fields import (
    BULLETS,
    HELPERS,
    MEDIA_REPORTER,
    OWN_PAPER,
    read_credit_line,
    read_media_reporter,
    read_stamp_outlet_writer,
)
from gui.core.datelines import OUTLET_END
from gui.core.document import Furniture, HeaderField
from gui.core.feed_notices import outlet_and_stamp
from gui.core.head_rows import outlet_column_day
from gui.core.news_matter import TIME_ZONE, column_writer, profile_writer
from gui.core.patterns import HAN, ORG_END, REPRINT, STAMP_BYLINE, LazyPattern
from gui.core.wire_credits import read_wire_credits

# gov.cn's information table (索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期) and
# other sites' "key：value" metadata: keys may be spaced out (标　　题：).
_META_KEYS = {
    "发文机关": "issuer",
    "發文機關": "issuer",
    "发文字号": "number",
    "發文字號": "number",
    "文号": "number",
    "文號": "number",
    "成文日期": "date",
    "标题": "title",
    "標題": "title",
    "索引号": None,
    "主题分类": None,
    "主题词": None,
    "发布日期": None,
    "公文种类": None,
    "名称": "title",
    "名稱": "title",
    "分类": None,
    "分類": None,
    "发布机构": None,
    "發布機構": None,
    "有效性": None,
    "生效日期": None,
    "废止日期": None,
    "体裁分类": None,
    "體裁分類": None,
    "组配分类": None,
    "服务对象": None,
}
_META = LazyPattern(
    r"(?P<key>(?:"
    + "|".join(r"\s*".join(k) for k in _META_KEYS)
    # (a key left empty over the next key's line, 「文号: 」 / 「发布机构: 中国平潭」: no value)
    + rf"))\s*[:：]\s*(?!{HAN}{{2,5}}\s*[:：])(?P<value>.*?)(?=\s+(?:"
    + "|".join(r"\s*".join(k) for k in _META_KEYS)
    + r")\s*[:：]|$)"
)
# A file's own metadata (Markdown front matter), read when the text does not say.
_FRONT_MATTER = {
    "文号": "number",
    "文號": "number",
    "发文字号": "number",
    "發文字號": "number",
    "发文机关": "issuer",
    "發文機關": "issuer",
    "发布单位": "issuer",
    "發布單位": "issuer",
    "成文日期": "date",
    "author": "reporter",
    "date": "time",
}
_NEWS_FIELDS = {
    "原标题": "original_title",
    "原標題": "original_title",
    "来源": "source",
    "來源": "source",
    "稿源": "source",
    # A government press release's issuing office (臺南市政府: 「發稿單位：農業局」).
    # A portal's item header: the outlet it took the story from (「发布人：-广州日报」).
    "发布人": "source",
    "發布人": "source",
    # (Round 31: a portal's 「发布者：科捷物流」 under its 发布时间, the same header's word.)
    "发布者": "source",
    "發布者": "source",
    "发稿单位": "source",
    "發稿單位": "source",
    "时间": "time",
    "時間": "time",
    "发布时间": "time",
    "發布時間": "time",
    "發佈時間": "time",
    "更新时间": "time",
    "更新時間": "time",
    "发稿时间": "time",
    "發稿時間": "time",
    "日期": "time",
    "记者": "reporter",
    "記者": "reporter",
    # …and who wrote it (「發稿人：邱姿穎、唐宜嫺」, 「發稿人員：劉一芬」).
    "发稿人": "reporter",
    "發稿人": "reporter",
    "发稿人员": "reporter",
    "發稿人員": "reporter",
    "发稿日期": "time",
    "發稿日期": "time",
    "作者": "reporter",
    "撰文": "reporter",
    "编译": "reporter",
    "編譯": "reporter",
    "责任编辑": "editor",
    "責任編輯": "editor",
    "责编": "editor",
    "責編": "editor",
    "编辑": "editor",
    "編輯": "editor",
}
#: A release's head keys, which a page may run together with no space between them
#: (「發稿單位：新聞及國際關係處發稿時間：115年8月20日發稿人員：劉一芬」, and a contact after the
#: writer: 「發稿人：國民健康科 李欣霖連絡電話：06-6357716」): a value ends where the next starts.
_GLUED_KEY = (
    r"(?:[發发]稿(?:單位|单位|時間|时间|日期|人員|人员|人)|(?:發布|发布|發佈)(?:日期|時間|时间)"
    r"|[聯連联]絡(?:人|電話)|联系(?:人|电话))"
    r"\s*[:：]"
)
_NEWS = LazyPattern(
    # (新聞來源：/资料来源： open a list of the stories drawn on, not the outlet)
    # (a Hong Kong paper's colon may be ︰: 「記者︰脫芷晴」; a 信息发布人 is a person, not the outlet)
    r"(?<!新聞)(?<!新闻)(?<!資料)(?<!资料)(?!(?<=信息)发布人)(?!(?<=資訊)發布人)(?P<key>"
    + "|".join(sorted(_NEWS_FIELDS, key=len, reverse=True))
    # (…or after a control in brackets: 「发布时间：2017-03-14【字体：大中小】来源：市环保局」)
    + rf")\s*[:：︰]\s*(?P<value>.*?)(?=\s+\S{{2,4}}\s*[:：]|{_GLUED_KEY}|(?<=[】\]])\S{{2,4}}[:：]|$)"
)
#: A paper's print edition under its story: 「《 人民日报 》（ 2024年01月18日 01 版）」 — the
#: story's source and the day it was printed.
PRINT_EDITION = LazyPattern(
    r"《\s*(?P<paper>\S{2,12})\s*》\s*[（(]\s*"
    r"(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(?:第?\s*\d{1,3}\s*版)?\s*[）)]"
)
#: A paper's own reporters named before its print edition (``PRINT_EDITION``).
_EDITION_BYLINE = LazyPattern(
    rf"\s*(?:本报|本報)(?:特派|特约|特約)?(?:记者|記者)\s*(?P<names>{HAN}{{2,4}}(?:\s+{HAN}{{2,4}}){{0,3}})\s*"
)
# (round t26: a machine's stamp in ISO form whole, 「2023-03-31T20:36:00+08:00」, batch 45)
_DATETIME = LazyPattern(
    # (round t28: a Taiwan paper's time of day before the day, 「15:31 2018/09/16」)
    r"(?:\d{1,2}:\d{2}\s+(?=\d{4}[-./]))?"
    r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
    # (…and a zone's letters before the time, RTHK's 「2018-07-02 HKT 12:58」; rounds t28, o43)
    rf"(?:(?:\s*|T)(?:{TIME_ZONE}\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    r"(?:Z|[+-]\d{2}:\d{2})?)?"
)


#: A legal database's 文号 in brackets (「【发文字号】中共中央纪委[2005]8号」, ``page_residue``).
_BRACKETED_NUMBER = LazyPattern(
    r"(?m)^\s*【(?:发文字号|發文字號|文号|文號)】\s*(?P<value>\S[^\n]*?)\s*$"
)


def read_site_table(furniture: Iterable[Furniture], text: str, fields: dict) -> None:
    for f in furniture:
        if f.kind != "meta":
            continue
        chunk = text[f.start : f.end]
        if "】" in chunk and "number" not in fields:
            n = _BRACKETED_NUMBER.search(chunk)
            if n is not None:
                at = f.start + n.start("value")
                fields["number"] = HeaderField(n["value"], at, at + len(n["value"]))
        for m in _META.finditer(chunk):
            key = re.sub(r"\s+", "", m["key"])
            name = _META_KEYS.get(key)
            value = m["value"].strip()
            if name and value and name not in fields:
                offset = chunk.find(value, m.start("value"))
                fields[name] = HeaderField(value, f.start + offset, f.start + offset + len(value))


#: (Rounds t28 and o43: the next key may be a fetch script's, in capitals, or the value ends at its
#: line: 「TITLE: …」 over 「OG: 」.)
_YAML_TITLE = LazyPattern(
    r"(?i:title):\s*(?P<q>['\"]?)(?P<title>.+?)(?P=q)(?=\s+[a-zA-Z_]+:|[ \t]*\n|\s*$)"
)
#: A quoted ``title: '…'`` ends at its closing quote, whatever follows: the next key, or a
#: piece of it a hard wrap broke off (「…上海' categorie」 / 「s:」; round 21).
_YAML_QUOTED_TITLE = LazyPattern(
    r"(?i:title):\s*(?P<q>['\"])(?P<title>(?:(?!(?P=q))[^\n])+)(?P=q)(?=\s|$)"
)
#: A quoted title a hard wrap broke: the quote opened, the line ended (round 21).
_YAML_TITLE_OPEN = LazyPattern(r"title:\s*(?P<q>['\"])(?P<title>(?:(?!(?P=q))[^\n])+)$")
#: …and its rest at the start of the next line, up to the closing quote.
_TITLE_REST = LazyPattern(r"(?P<rest>[^\n]{1,100}?)(?P<q>['\"])(?=\s|$)")


#: A feed's ``author:`` or ``date:`` value, up to the next key — which a hard wrap may break
#: (「… GMT thumbn」 / 「ail: 'https://…」; round 21). The next key may close the front matter
#: with its value on the lines below (a crawler's export: 「author: 国务院新闻办公室网站」 /
#: 「content:」, then the story).
_YAML_VALUE = LazyPattern(
    r"(?:^|\s|[^\x00-\x7f])(?P<key>author|date):\s*(?P<value>.+?)"
    r"(?=\s*[a-z](?:[a-z_]{1,20}|[a-z_]{0,20}\n[a-z_]{1,20}):(?:\s|$)|\s*$)"
)


def read_feed_front_matter(furniture: Iterable[Furniture], text: str, fields: dict) -> None:
    """A feed's ``author:`` (the outlet) and ``date:`` in front matter kept as text."""
    for f in furniture:
        if f.kind != "meta":
            continue
        chunk = text[f.start : f.end]
        for m in _YAML_VALUE.finditer(chunk):
            name = "source" if m["key"] == "author" else "time"
            value = m["value"].strip().strip("'\"")
            if value and name not in fields:
                offset = chunk.find(value, m.start("value"))
                fields[name] = HeaderField(value, f.start + offset, f.start + offset + len(value))


def front_matter_title(furniture: Iterable[Furniture], text: str) -> HeaderField | None:
    """``title: '…'`` in front matter a Markdown reader kept as text."""
    for f in furniture:
        if f.kind != "meta":
            continue
        chunk = text[f.start : f.end]
        m = _YAML_QUOTED_TITLE.search(chunk)
        wrapped = _wrapped_title(text, f) if m is None else None
        if wrapped is not None:
            return wrapped
        m = m or _YAML_TITLE.search(chunk)
        if m is not None and m["title"].strip():
            value = m["title"].strip()
            offset = chunk.find(value, m.start("title"))
            return HeaderField(value, f.start + offset, f.start + offset + len(value))
    return None


def _wrapped_title(text: str, f: Furniture) -> HeaderField | None:
    """A quoted ``title:`` a hard wrap broke at the end of the front matter's line, its rest
    and closing quote opening the next line (「title: '9.8%！前三季度GDP增速高于预期目标，」 /
    「统计局发言人：货币政策仍有较大空间' categories:」): the two pieces joined."""
    m = _YAML_TITLE_OPEN.compiled.search(text, f.start, f.end)
    line_end = text.find("\n", f.end)
    if m is None or line_end < 0 or text[f.end : line_end].strip():
        return None
    rest = _TITLE_REST.compiled.match(text, line_end + 1)
    if rest is None or rest["q"] != m["q"]:
        return None
    head = m["title"].strip()
    start = m.start("title") + m["title"].find(head)
    return HeaderField(head + rest["rest"].strip(), start, rest.end("rest"))


def front_matter_around(furniture: Iterable[Furniture], start: int, end: int) -> bool:
    """Whether the line at ``start``–``end`` stands inside front matter kept as text: ``meta``
    furniture above it and under it (a category of a YAML list a hard wrap set apart:
    「title: '…' c」 / 「ategories:」 / 「金融」 / 「新浪财经」 / 「…headimg: 'https://…」)."""
    meta = [f for f in furniture if f.kind == "meta"]
    return any(f.end <= start for f in meta) and any(f.start >= end for f in meta)


def front_matter_opens(furniture: Iterable[Furniture], start: int) -> bool:
    """Whether front matter kept as text opens the text above ``start`` (``meta`` furniture
    from its first character): a title found under it is the story's text when the front
    matter names the title (a hard-wrapped lead's pieces, round 21)."""
    return any(f.kind == "meta" and f.start == 0 and f.end <= start for f in furniture)


def read_news_lines(furniture: Iterable[Furniture], text: str, fields: dict) -> None:
    furniture = tuple(furniture)
    read_wire_credits(text, furniture, fields)  # 「（譯者：陳昱婷/核稿：陳亦偉）1140123」
    read_stamp_outlet_writer(
        furniture, text, fields
    )  # 「15:31 2018/09/16」 / 「中時」 / 「謝明俊」
    writer = column_writer(text)  # 「博客 | 羅金義」 over 「【羅金義・風蕭蕭】羅金義，…」
    if writer is not None and any(f.start <= writer[1] < f.end for f in furniture):
        name, at = writer
        fields.setdefault("reporter", HeaderField(name, at, at + len(name)))
    for f in furniture:
        if f.kind not in ("news", "byline"):
            continue
        chunk = text[f.start : f.end]
        if f.kind == "byline":
            first = chunk.split("\n")[0].strip().lstrip(BULLETS).lstrip()  # (「■記者蔡少玲」)
            if first.startswith(("圖", "图", "攝影", "摄影")):
                continue  # 圖／中央社: the photographs' credit
            # 記者王大明／台北報導 → 王大明; 文／王大明 → 王大明.
            first = _PLACE_TAIL.compiled.sub("", _SLASH_ROLE.compiled.sub("", first, count=1))
            media = MEDIA_REPORTER.fullmatch(first)
            if media is not None and "reporter" not in fields:
                # (round t28: 「南方财经全媒体见习记者程浩 东莞报道」 — the outlet and the name)
                read_media_reporter(media, f.start + chunk.find(first), fields)
                continue
            word = _REPORTER_WORD.search(first)
            name = "speaker" if word is None and not _REPORTED.search(chunk) else "reporter"
            if word is not None:
                # 记者|戈振伟 → 戈振伟; 本报记者 包兴安 见习记者 杨 洁 keeps both names.
                own = word.start() == 0 or _NEWSROOM.fullmatch(first[: word.start()])
                own = own or _OUTLET_RANK.fullmatch(first[: word.start()])
                # (round t28: 「本报记者   苏雁」 → 苏雁 — the paper's own reporters named under one
                # rank; a line naming a second rank, 「本报记者 包兴安 见习记者 杨 洁」, is kept as
                # written, as batch 1's gold has it)
                if not own and first[: word.start()] in OWN_PAPER:
                    own = _REPORTER_WORD.search(first, word.end()) is None or None
                first = first[word.end() :].lstrip("|｜:： ") if own else first
                # 「澎湃新闻记者 王鑫 通讯员 陈健」: a correspondent or an intern is no reporter.
                first = HELPERS.compiled.split(first)[0].rstrip() if own else first
            if name not in fields and first:
                offset = chunk.find(first)
                fields[name] = HeaderField(first, f.start + offset, f.start + offset + len(first))
            continue
        profiled = profile_writer(chunk)  # 「周浩霖簡歷 ：」 over the writer's profile
        if profiled is not None and "reporter" not in fields:
            at = f.start + chunk.find(profiled)
            fields["reporter"] = HeaderField(profiled, at, at + len(profiled))
        rows = _lines_of(chunk)
        if "source" not in fields and outlet_column_day([row.strip() for _, row in rows]):
            outlet = rows[0][1].strip()  # 「tvbs」 / 「生活」 / 「2017/11/26」
            at = f.start + chunk.find(outlet)
            fields["source"] = HeaderField(outlet, at, at + len(outlet))
        for n, (line_start, line) in enumerate(rows):
            edition = PRINT_EDITION.search(line)
            if edition is not None:
                for name in ("paper", "date"):
                    at = f.start + line_start + edition.start(name)
                    read = HeaderField(edition[name], at, at + len(edition[name]))
                    fields.setdefault("source" if name == "paper" else "time", read)
                # (…and the paper's own reporters over it, on its line: 「本报记者  葛孟超  戴林峰
                # 《人民日报》（2025年03月01日第 01 版）」)
                staff = _EDITION_BYLINE.compiled.fullmatch(line, 0, edition.start())
                if staff is not None and "reporter" not in fields:
                    at = f.start + line_start + staff.start("names")
                    fields["reporter"] = HeaderField(staff["names"], at, at + len(staff["names"]))
            read_credit_line(
                line, f.start + line_start, fields
            )  # 「圖文／鏡週刊」, 「編輯 X 報導」
            dt = _DATETIME.match(line)
            if dt is None and _NEWS.search(line):  # 来源：人民日报 | 2024年01月18日 07:25
                dt = _DATETIME.search(line)
            if dt and "time" not in fields:
                stamp = dt[0].rstrip()
                at = f.start + line_start + dt.start()
                fields["time"] = HeaderField(stamp, at, at + len(stamp))
            # 「2024/08/12 02:47 壹 蘋新聞網 / 呂承哲 綜合報導」: the outlet and its writer.
            tail = dt.end() if dt else 0
            byline = _STAMP_BYLINE.fullmatch(line[tail:].rstrip()) if dt else None
            for key, group in (("source", "outlet"), ("reporter", "writer")):
                if byline is not None and key not in fields:
                    at = f.start + line_start + tail + byline.start(group)
                    fields[key] = HeaderField(byline[group], at, at + len(byline[group]))
            # 「2015-07-21 17:36:12 华东五金网」: the stamp and the outlet (round 21).
            pair = outlet_and_stamp(line.strip())
            lead = len(line) - len(line.lstrip())
            for key, (a, b) in zip(("source", "time"), pair or (), strict=False):
                if key not in fields:
                    at = f.start + line_start + lead + a
                    fields[key] = HeaderField(line.strip()[a:b], at, at + b - a)
            closing = f.end >= len(text.rstrip()) and _DATA_SOURCE.fullmatch(line.strip())
            if (
                closing and ORG_END.search(closing["body"]) and "source" not in fields
            ):  # 「資料來源: 衛生福利部疾病管制署」, last
                at = f.start + line_start + line.find(closing["body"])
                fields["source"] = HeaderField(closing["body"], at, at + len(closing["body"]))
            reprint = REPRINT.fullmatch(line.strip())
            if reprint is not None and "source" not in fields:  # 「（本文由「工商時報」授權轉載）」
                at = f.start + line_start + line.find(reprint["outlet"])
                fields["source"] = HeaderField(reprint["outlet"], at, at + len(reprint["outlet"]))
            for m in _NEWS.finditer(line):
                name = _NEWS_FIELDS[m["key"]]
                # Up to a scraper's comment, a bar or a closing bracket (【编辑：张三】,
                # 来源：人民日报 | 2024年01月18日 07:25), or a wide gap.
                value = _unbracketed(_VALUE_END.compiled.split(m["value"])[0].strip()).lstrip("-－")
                if name == "editor":
                    value = _STAFF_CODE.compiled.sub("", value)
                media = MEDIA_REPORTER.fullmatch(value) if name == "reporter" else None
                if media is not None:
                    # (round t28: 「（作者：南方财经全媒体记者 钟小韵 编辑：…）」 — the outlet, then
                    # the name alone)
                    offset = line_start + line.find(value, m.start("value"))
                    read_media_reporter(media, f.start + offset, fields)
                    continue
                at, where, after = line_start, line, m.start("value")
                if _NEXT_KEY.match(value):
                    continue  # 「来源：访问量：199」: the key left empty, the next one's label
                if not value and n + 1 < len(rows):  # 「来源：」, its value on the next line
                    at, where = rows[n + 1]
                    value, after = _VALUE_END.compiled.split(where.strip())[0].strip(), 0
                if value and name not in fields:
                    offset = at + where.find(value, after)
                    fields[name] = HeaderField(
                        value, f.start + offset, f.start + offset + len(value)
                    )


#: A field's label and colon where its value should be: the field was left empty.
_NEXT_KEY = LazyPattern(rf"{HAN}{{2,5}}\s*[:：]")
_STAMP_BYLINE = LazyPattern(rf"\s*{STAMP_BYLINE}")
_REPORTER_WORD = LazyPattern(r"记者|記者|通讯员|通訊員")
# (a paper's 「文/图 本报特派记者刘新宇 天津报道」: the writer took the photographs too)
_SLASH_ROLE = LazyPattern(r"^(?:文\s*[／/]\s*(?:图|圖)\s+|(?:文|撰文|撰稿|記者|记者)\s*[／/]\s*)")
#: A page's closing 資料來源 line naming one body: the release's issuer, as a reposted piece's
#: closing 来源 line (a 资料来源 over a list of stories or under a table names no outlet).
_DATA_SOURCE = LazyPattern(rf"(?:資料|资料)(?:來源|来源)\s*[:：]\s*(?P<body>{HAN}{{2,24}})")
#: The outlet and the writer's rank before 记者 (「澎湃新闻资深记者」, 「新京报首席记者」).
_OUTLET_RANK = LazyPattern(
    rf"(?!本)(?:{HAN}|[A-Za-z·]){{1,10}}?{OUTLET_END}(?:资深|資深|首席|特约|特約|全媒体|全媒體|融媒体)?"
)
_NEWSROOM = LazyPattern(r"(?:本报|本報|本网|本網|本台)(?:特派|特约|特約|驻\S{1,3}|駐\S{1,3})")
_PLACE_TAIL = LazyPattern(r"\s*[／/\s]\s*[^\W\d_a-zA-Z]{2,4}(?:綜合)?(?:報導|报道)$")
_REPORTED = LazyPattern(r"報導|报道|^\s*(?:文|撰文|撰稿)\s*[／/]")
#: An editor's work code after the name (a portal's 「责任编辑：张恒星 SF142」, its source
#: comment says 编辑姓名及工作代码): the staff number, not part of the name.
_STAFF_CODE = LazyPattern(r"(?<=[^\W\d_a-zA-Z])\s+[A-Z]{1,4}\d{2,6}$")
#: (…or a phone number: 「發稿人：勞工局職訓就服中心 電話06-6330820」, 「…中心電話06-5892322」.)
_VALUE_END = LazyPattern(
    r"<!--|\s*[|｜【】\[\]]|\s{2,}|\u3000|\s*(?:[聯連联]絡)?(?:電話|电话)(?=[:：\s]*[(（]?\d)"
    # (round t28: a page's controls after the value, 「来源：中国平潭网 附件下载」)
    r"|\s+(?:附件下载|附件下載|打印本页|打印本頁|打印|列印|关闭窗口|關閉窗口|关闭|關閉|分享到)(?=\s|$)"
)


def _unbracketed(value: str) -> str:
    """``value`` up to a closing bracket it did not open: the end of a credit the page set in
    brackets (「(發稿人：勞工局職訓就服中心)」), not a bracket inside a name (「局（處）」)."""
    depth = 0
    for i, c in enumerate(value):
        if c in "(（":
            depth += 1
        elif c in ")）":
            if depth == 0:
                return value[:i].rstrip()
            depth -= 1
    return value


def _lines_of(chunk: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for raw in chunk.split("\n"):
        out.append((pos, raw))
        pos += len(raw) + 1
    return out


def read_file_metadata(metadata: Mapping[str, str] | None, fields: dict) -> None:
    """Fill what the text did not say from a file's own front matter (no offsets)."""
    for key, value in (metadata or {}).items():
        name = _FRONT_MATTER.get(key.strip().lower())
        if name and value.strip():
            fields.setdefault(name, HeaderField(value.strip(), None, None))


# A regulation's commencement article: 「本规定自2017年10月1日起施行。」
_COMMENCEMENT = LazyPattern(
    r"本(?:规定|規定|条例|條例|办法|辦法|细则|細則|规则|規則|决定|決定|法)\s*自\s*"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起\s*(?:施行|实施|實施|生效)"
)


def read_commencement(text: str, body_end: int, fields: dict) -> None:
    """A regulation's ``effective`` date: the last commencement article of its text."""
    found = list(_COMMENCEMENT.finditer(text[:body_end]))
    if found and "effective" not in fields:
        m = found[-1]
        fields["effective"] = HeaderField(m["date"], m.start("date"), m.end("date"))
