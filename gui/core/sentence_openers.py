"""A numbered part title run into its text with no mark between, where the text opens with
a sentence opener or with the first item of the tier under the title.

A page whose line breaks were dropped inside a section (a scraper that joined a heading line
and its paragraph, a Markdown reader that ran them into one) sets a 公文's part title straight
before its first sentence: 「二、绪言本节由律师对绪言中所载重要信息进行验证，…」, 「五、执行时间本操作
指南自《…》发布之日起施行。」, 「二、分步实现生育保险待遇联网结算2020年11月底前，…」, or before the
first item of its list: 「三、生育保险待遇联网结算流程(一)生育联网备案。」. The first sentence of such
a part opens, in the genre's grammar, with words no title ends on: the document or the place as
its subject (本节, 本方案, 本市 — not followed by 的: 「其他违反本办法的行为」), the date it
reports (2020年11月底前, 2015年，), or the tier's first number (（一）, 1.). The title is the run
before the first such opener: two characters at least after the number, no clause mark, bracket
or digit in it (a title of clauses is left to the rules that read its marks), opening with no
preposition, holding no modal (应, 须: a sentence's subject and verb), not ending on a word
that binds it to what follows (的, 和, 在 …) nor on a verb the opener is the object of (违反, 执行
…); and the text after it goes on to a sentence end — a paragraph, not a title that holds the
word. A preposition (按照, 根据, 针对) or 各X opens a sentence after its subject as well
(「（九）其他部门按照各自职责，…」): no opener of this kind.

Round o40 adds two forms whose title tells it is no subject: a task title that opens with the
verb of its task (「（二）加强不可移动文物保护力度全面完成…」, 「（七）健全信息系统依托…」: 加强, 健全 …),
before a framing preposition, an adverb of duty or the bodies it charges (根据, 依托, 积极, 全面,
各区 …); and a part named by a noun phrase before a framing preposition (「一、事前监管审批针对区文物
保护单位…」), unless the phrase names who acts (…单位, …部门: ``_AGENT_END``) or defines (是指).
A run-in title of a part stays when its tier is read as a list of statements
(``is_part_title_run_in``).
"""

from __future__ import annotations

from typing import Any

from gui.core.patterns import LazyPattern

#: The opener of a part's first sentence: the document or the place as its subject (本节,
#: 本方案, 本市), or the date the part reports (2015年，, 2020年11月底).
_OPENER = (
    r"本(?:节|節|章|方案|通知|办法|辦法|规定|規定|意见|意見|指南|操作指南|指导意见|指導意見"
    r"|规程|規程|细则|細則|公告|决定|決定|要点|要點)"
    r"|本(?:市|区|區|县|縣|省|镇|鎮)"
    r"|(?:19|20)\d{2}年(?:[，,]|\d{1,2}月(?:\d{1,2}日|底|初|中旬|上旬|下旬))"
)
#: A title ends on none of these: a word that binds it to what follows (的, 和, 在 …), a
#: modal or a copula (应, 须, 是 …: the subject of a sentence), a preposition (以, 于).
_BINDS = "的之和与與及或等在对對为為把将將向从從、应應须須需要可由是经經请請以于於自非"
#: A title opens with no preposition (「1.以开展第四次…」, 「六、对…」: a sentence).
_PREPOSITIONS = "以为為对對在把将將按由从從向于於自"
#: A title holds no modal and no verb of duty (「城市体检结果应反映本区…」, 「领导小组负责统筹、
#: 协调全区…」: a sentence's subject and verb).
_MODALS = LazyPattern("[应應须須需]|负责|負責")
#: …nor a verb whose object the opener's words are (「指导全市…」, 「十八、违反本决定第九条规定的…」:
#: a provision, 本决定 the object of its verb).
_VERB_END = (
    "(?:鼓励|鼓勵|支持|指导|指導|开展|開展|推动|推動|组织|組織|加强|加強|做好|督促|负责|負責"
    "|落实|落實|完善|引导|引導|推进|推進|动员|動員|覆盖|覆蓋|面向|涉及"
    "|违反|違反|遵守|适用|適用|依照|按照|根据|根據|实施|實施|制定|印发|印發|执行|執行)"
)
#: The first item of the tier under the title (「二、关于理顺黄金工业投资渠道问题（一）从1996年起…」,
#: 「1.适用范围（1）使用财政…」): its list run on where the title's line ended.
_FIRST_ITEM = r"(?:[（(][一1１][）)]|[1１][.．、](?![\d０-９]))"
#: A part number of the 一、 （一） 1. 1.1 families, then the title and the opener.
_RUN_ON = LazyPattern(
    r"(?P<number>[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}(?:\.\d{1,2})*[.．、](?!\d)|\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s*)"
    r"(?P<title>[^\s，,。；;：:！？!?（）()“”\"「」《》\d](?:[ \u3000]?[^\s，,。；;：:！？!?（）()“”\"「」《》\d]){1,29}?)"
    rf"(?<![{_BINDS}])(?<!{_VERB_END})(?=(?:{_OPENER})(?![的之])|{_FIRST_ITEM})"
)
_OPENS_AT = LazyPattern(_OPENER)
#: A 公文's task title opens with the verb of its task (加强, 落实, 完善 …: 「（一）加强组织领导」,
#: 「（三）严格转让出租管理」): a verb and its object, a title, never the subject of a sentence
#: (「（九）其他部门按照各自职责，…」 opens with its subject and stays whole).
_TASK_VERB = (
    "(?:加强|加強|强化|強化|完善|落实|落實|建立|健全|严格|嚴格|推进|推進|推动|推動|深化|优化|優化"
    "|提升|保障|重视|重視|聚力|拓展|丰富|豐富|构建|構建|编制|編制|提高|加快|加大|做好|抓好|规范|規範"
    "|夯实|夯實|筑牢|築牢|统筹|統籌|压实|壓實|扩大|擴大|促进|促進|增强|增強|培育|创新|創新)"
)
#: The first words of a task's text after such a title: a preposition that frames its first
#: clause (根据, 依托, 围绕 …; not 按照, which follows who acts as well: 「（一）加强组织领导临港新片区
#: 按照…」), an adverb of manner that opens a duty (积极, 切实, 进一步 …), or the bodies it
#: charges (各区, 各部门, 市、区).
_TASK_OPENER = (
    r"(?:根据|根據|依据|依據|依托|針對|针对|结合|結合|围绕|圍繞|对照|對照|通过|通過|为了|為了"
    r"|积极|積極|切实|切實|进一步|進一步|大力|着力|著力|深入|认真|認真|充分|不断|不斷|全面|持续|持續"
    r"|各(?:区|區|镇|鎮|地|级|級|部门|部門|单位|單位|街镇|街鎮|有关|有關|相关|相關|县|縣|市)"
    r"|市、区|市、區)"
)
#: A preposition that frames a sentence's first clause (「针对区文物保护单位…」, 「结合新片区实际，…」):
#: the text of a part whose title (a noun phrase: 「一、事前监管审批」, 「（二）专项体检」) names no one
#: who acts — 「（九）其他部门按照各自职责，…」 is the subject before its preposition
#: (``_AGENT_END``). A preposition frames a clause with its object: closed by ： it is a noun, the
#: label's last word (「二、修正依據：護理人員法第五十六條。」, a 公告's basis; round p25).
_FRAME = r"(?:依据|依據|针对|針對|结合|結合|围绕|圍繞|对照|對照|通过|通過)"
_COPULA = LazyPattern("[是係]")
_FRAMED_RUN_ON = LazyPattern(
    r"(?P<number>[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)])"
    r"(?P<title>[^\s，,。；;：:！？!?（）()“”\"「」《》\d、]{2,14}?)"
    rf"(?<![{_BINDS}])(?<!{_VERB_END})(?={_FRAME}(?![：:]))"
)
_TASK_RUN_ON = LazyPattern(
    r"(?P<number>[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)])"
    rf"(?P<title>{_TASK_VERB}[^\s，,。；;：:！？!?（）()“”\"「」《》\d、]{{2,14}}?)"
    rf"(?<![{_BINDS}])(?<!{_VERB_END})(?={_TASK_OPENER}(?![：:]))"
)
_SENTENCE_END = "。！？!?"
#: The text after the opener runs this long at least before its sentence ends.
MIN_SENTENCE_CHARS = 6


def opener_title_end(line: str) -> int | None:
    """Where a numbered part title run into a first sentence that opens with a sentence
    opener ends (「十三、股本本节由律师对…。」 → after 股本), or None."""
    found = _RUN_ON.compiled.match(line) or _TASK_RUN_ON.compiled.match(line)
    if found is None:
        found = _FRAMED_RUN_ON.compiled.match(line)
        if found is not None and (
            found["title"].endswith(_AGENT_END) or _COPULA.compiled.search(found["title"])
        ):
            return None  # (who acts, or a definition: 「（一）保养维护工程是指针对…」)
    if found is None:
        return None
    end = found.end()
    title = found["title"]
    if (
        title[0] in _PREPOSITIONS
        or _MODALS.compiled.search(title) is not None
        or _OPENS_AT.compiled.search(title) is not None
    ):
        return None  # (the title opens with a preposition, or holds an opener itself)
    stop = next((i for i, c in enumerate(line[end:], end) if c in _SENTENCE_END), None)
    if stop is None or stop - end < MIN_SENTENCE_CHARS:
        return None
    return end


#: A run-in title stops on none of these (a lead sentence stops on its 。).
_RUN_IN_NOT_AFTER = "。！？!?，,；;：:、"


def is_run_in_title(heading: Any) -> bool:
    """Whether ``heading`` (an outline ``Heading``) is a title run into its line's text: it
    stops before the line's end, on no stop and no clause mark (「二、绪言」 of
    「二、绪言本节由律师对…。」)."""
    line = heading.line
    end = heading.heading_end - line.offset
    return 0 < end < len(line.text) and line.text[end - 1] not in _RUN_IN_NOT_AFTER


#: A title that names who acts (「二、建设单位」, 「（一）各单位」 of 「（一）各单位于每月5日前，…」): the
#: subject of its line's sentence rather than a part's title, whatever rule cut it.
_AGENT_END = tuple("单位 單位 部门 部門 机关 機關 机构 機構 人员 人員 企业 企業 公司 政府".split())


def is_part_title_run_in(heading: Any) -> bool:
    """Whether ``heading`` is a title run into its line's text (``is_run_in_title``) that names
    a part, not who acts: such a title stays when its tier is read as a list of statements
    (``outline_lists.drop_sentence_tiers``, ``drop_lists``) — a statement never opens on a
    title; its siblings whose end no word tells go as before (round o40)."""
    if heading is None or not is_run_in_title(heading):
        return False
    line = heading.line
    title = line.text[: heading.heading_end - line.offset]
    return not title.endswith(_AGENT_END)
