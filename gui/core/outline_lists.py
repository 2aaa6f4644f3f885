"""When numbered lines and heading-like runs are not sections: lists, tiers and contents.

- A run of sibling numbered items with nothing between them is a list inside its section
  (three or more that are sentences, or two or more that all end in 。/；: table notes).
- Numbered items are alike per tier: a long first sentence heads its paragraph only when a
  sibling under the same parent is a headline; a tier of sentences where headlines are a
  minority is a list, unless its items head a kept deeper tier.
- A table of contents (目录 and heading lines that all come again later, or lines that end in a
  leader and a page number: 「第一章 何为AI开源生态 ... 1」) is not a second set of chapters.
- Numbered labels over bullet items (「一、財務資料：」 / ●… / 「二、由合資格建築師/工料測量師草擬的」 /
  ●…) are the groups of one list, not sections.
- Numbered findings (each item's first sentence reports a measured figure) are a list.
- Format-marked headings (Markdown ``##``) that are sentences, three or more in a row with
  nothing between them, are a list of statements (a news explainer's 「疑問1：…？」…「疑問4：…？」).
- A credit line (「访谈嘉宾： 徐至行（国方创新）」, 「作者：…」) names who speaks or wrote, not a
  part: no heading, even where the page marks it as one.

``found`` is the outline's list of candidate headings per body paragraph (None: not a
heading); these functions only clear entries of it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from typing import Any

from gui.core.patterns import LazyPattern
from gui.core.sentence_openers import is_part_title_run_in, is_run_in_title
from gui.core.subheads import CONTENTS_WORDS

#: A run of this many sibling numbered sentences with nothing between them is a list.
MIN_LIST_RUN = 3
#: A run of this many headings with nothing between them, each repeated later, is a table of
#: contents.
MIN_CONTENTS_RUN = 3
#: A labelled subhead: a topic of two to eight characters, a colon, the headline.
_LABELLED = re.compile(r"[^\W\d_a-zA-Z]{2,8}[:：]\s*\S{4}")
_BULLETS = "●○■□◆◇▪▫•◎☆★►▶"
#: A contents entry's end: a leader (dots, ellipses, middle dots) and the page number.
_PAGED = re.compile(
    r"\S\s*(?:\.{3,}|…{2,}|⋯{2,}|·{3,}|．{3,}|(?:\.\s){3,}|-{4,}|_{4,})\s*(?:\d{1,4}|[ivxlcdm]{1,7})$",
    re.I,
)
_SENTENCE_END = "。！？!?"


def _is_paged(line: str) -> bool:
    """Whether ``line`` ends in a leader and a page number (the last characters first: most
    lines end in a sentence mark, or in a figure with no leader before it, and are not
    searched; the search tries every character of a line, 0.3 s on a 10 MB single line)."""
    if not line or not (line[-1].isdigit() or line[-1] in "ivxlcdmIVXLCDM"):
        return False
    return _leader_before_number(line) and _PAGED.search(line) is not None


def _leader_before_number(line: str) -> bool:
    """What every match of ``_PAGED`` has: a leader's character, then only spaces, before a
    number of up to seven letters or digits at the end (a test in a few steps)."""
    n = len(line)
    for k in range(1, min(7, n) + 1):
        if not line[n - k].isalnum():
            break
        i = n - k - 1
        while i >= 0 and line[i].isspace():
            i -= 1
        if i >= 0 and line[i] in ".…⋯·．-_":
            return True
    return False


def _drop_paged_contents(body: Sequence[Any], found: list[Any]) -> None:
    """A line that ends in a leader and a page number is a contents entry, never a heading;
    three or more in a row are a table of contents, with the 目录 line above them (whether or
    not the headings they list come in the text: a report's first part has only its first
    chapter)."""
    i = 0
    while i < len(body):
        j = i
        while j < len(body) and _is_paged(body[j].text.strip()):
            found[j] = None
            j += 1
        above = i - 1
        if j - i >= MIN_CONTENTS_RUN and above >= 0:
            if "".join(body[above].text.split()) in CONTENTS_WORDS:
                found[above] = None
        i = max(j, i + 1)


#: A credit line: who is interviewed, who wrote or edited the piece, then the name(s) only.
_CREDIT = re.compile(
    r"(?:(?:访谈|受访|对话|主讲|訪談|受訪|對話)?嘉[宾賓]|受[访訪](?:者|人)|(?:采访|访谈|採訪|訪談)对象"
    r"|主讲人|主持人|作者|撰文|撰稿|采写|採寫|整理|口述|(?:责任)?编辑|(?:責任)?編輯)"
    r"\s*[：:|｜]\s*[^。！？；;!?：:]{1,30}"
)


#: A photo's credit alone on its line: its source and 圖片 / 照片 / 截圖 / 提供 / 攝 (「美聯社圖片」,
#: 「政府新聞處照片」, 「中央台截圖」, 「奧丁丁集團提供」), or a news agency's name alone (「新華社」). A
#: page that breaks the line after every sentence sets it apart from the caption it closes
#: (「…出席活動。美聯社圖片」).
_PHOTO_CREDIT = re.compile(
    r"[^\s，,。；;：:！？!?、“”「」]{1,14}?(?:圖片|图片|照片|截圖|截图|供圖|供图|提供|攝|摄)"
    r"|(?:美聯社|美联社|新華社|新华社|路透社|法新社|中通社|中新社)(?:圖片|图片|照片)?"
)


def drop_credits(body: Sequence[Any], found: list[Any]) -> None:
    """Credit lines are no headings (docs/gold-outline.md rule 5), marked or not; nor is a
    photo's credit alone on its line."""
    for i, ln in enumerate(body):
        text = ln.text.strip()
        if found[i] is not None and (_CREDIT.fullmatch(text) or _PHOTO_CREDIT.fullmatch(text)):
            found[i] = None


def drop_contents(body: Sequence[Any], found: list[Any]) -> None:
    """A table of contents (目录) lists the headings that come later: its lines are not
    sections of their own."""
    _drop_paged_contents(body, found)
    later: dict[str, int] = {}
    for i, ln in enumerate(body):
        later["".join(ln.text.split())] = i  # the last line with this text

    def entry(k: int) -> bool:  # a heading that is its whole line, as a contents entry is
        h = found[k]
        return h is not None and h.heading_end == body[k].offset + len(body[k].text)

    i = 0
    while i < len(body):
        if not entry(i):
            i += 1
            continue
        j = i
        while j + 1 < len(body) and entry(j + 1):
            j += 1
        # The contents: the longest start of the run whose entries all come again after it
        # (the first real heading may follow the contents directly).
        contents: list[int] = []
        for k in range(i, j + 1):
            key = "".join(body[k].text.split())
            if key in CONTENTS_WORDS and not contents:
                contents.append(k)
                continue
            if later.get(key, k) <= k:
                break
            contents.append(k)
        last = contents[-1] if contents else i
        entries = [k for k in contents if "".join(body[k].text.split()) not in CONTENTS_WORDS]
        if len(entries) >= MIN_CONTENTS_RUN and all(
            later["".join(body[k].text.split())] > last for k in entries
        ):
            for k in contents:
                found[k] = None
            j = last
        i = j + 1


def sibling_groups(
    numbered: dict[int, tuple[float, str]], parts: Collection[int] = ()
) -> list[list[int]]:
    """Numbered items grouped by tier: siblings of one rank under the same parent. A part's
    label (``parts``: 「事實：」, 「繳款方式：」 standing alone) is a parent above every tier."""
    groups: dict[float, list[int]] = {}
    decided: list[list[int]] = []
    for i in sorted({*numbered, *parts}):
        if i in parts:
            decided.extend(groups.values())
            groups.clear()
            continue
        rank = numbered[i][0]
        for deeper in [r for r in groups if r > rank]:
            decided.append(groups.pop(deeper))  # a new parent closes the deeper tiers
        groups.setdefault(rank, []).append(i)
    decided.extend(groups.values())
    return decided


def decide_long_leads(found: list[Any], numbered: dict[int, tuple[float, str]]) -> None:
    """Numbered items are alike per tier: a long first sentence heads its paragraph when a
    sibling under the same parent is a headline (short line or short lead), and is a content
    sentence when none is (「一、日军遗弃化学武器是历史遗留问题，…情况复杂。」 and its siblings)."""
    for group in sibling_groups(numbered):
        # (A title run into its text is no headline sentence: its siblings' long first
        # sentences are titles run on as well, not leads.)
        headline = any(
            numbered[k][1] in ("short", "lead")
            and not (found[k] is not None and is_run_in_title(found[k]))
            for k in group
        )
        for k in group:
            if numbered[k][1] == "long-lead" and not headline:
                found[k] = None


def drop_sentence_tiers(found: list[Any], numbered: dict[int, tuple[float, str]]) -> None:
    """A tier of three or more numbered items, each a whole sentence or a sentence's lead, where
    headlines (short lines, short leads) are a minority, is a list of statements, not sections
    (docs/gold-outline.md, rule 3; batch 20's 通知: 「（一）…交通委应加强专业队伍建设，…有序推进。」,
    「（二）市交通委承担行业指导和监督职责。同时，…」, 「（三）…开展专项检查。」)."""
    # Deeper tiers first: a tier whose items head a kept deeper tier is sections.
    for group in sorted(sibling_groups(numbered), key=lambda g: -numbered[g[0]][0]):
        shapes = [numbered[k][1] for k in group]
        if len(group) < MIN_LIST_RUN or "sentence" not in shapes:
            continue
        # (A part's title run into its text heads by its own form and vouches for no sibling:
        # a tier of statements with some run-in titles stays a list, its titles kept — p25.)
        heads = sum(
            shape in ("short", "lead") and not is_part_title_run_in(found[k])
            for k, shape in zip(group, shapes, strict=True)
        )
        if not 0 < heads * 2 < len(group) or any(
            sh not in ("short", "lead", "sentence") for sh in shapes
        ):
            continue
        rank = numbered[group[0]][0]
        end = min((k for k in numbered if k > group[-1] and numbered[k][0] <= rank), default=None)
        inner = [k for k in numbered if group[0] < k < (end or len(found)) and found[k] is not None]
        if any(numbered[k][0] > rank for k in inner):
            continue
        for k in group:
            # (A part's title run into its text stays: a statement never opens on a title.
            # Its siblings whose end no word tells go: round o40.)
            if not is_part_title_run_in(found[k]):
                found[k] = None


def sibling_runs(n: int, numbered: dict[int, tuple[float, str]]) -> Iterator[range]:
    """The runs of numbered lines of one rank with nothing between them, in order, over lines
    0 to ``n`` - 1 (``numbered``: line → (rank, shape))."""
    i = 0
    while i < n:
        if i not in numbered:
            i += 1
            continue
        rank = numbered[i][0]
        j = i
        while j + 1 < n and j + 1 in numbered and numbered[j + 1][0] == rank:
            j += 1
        yield range(i, j + 1)
        i = j + 1


def drop_lists(
    body: Sequence[Any], found: list[Any], numbered: dict[int, tuple[float, str]]
) -> None:
    """Numbered sentences are list items, not headings, when they come in a run of siblings
    with nothing between them (three or more of any shape, or two or more that are all
    sentences ending in 。 or ；); a long one-sentence item heads a section only when body text
    (not the next item) follows it."""
    n = len(body)
    for run in sibling_runs(n, numbered):
        i, rank = run[0], numbered[run[0]][0]
        shapes = [numbered[k][1] for k in run]
        # A ： headline kept by decide_colon_leads heads its paragraph, like a lead.
        items = [
            k
            for k in run
            if numbered[k][1] != "lead"
            and not (numbered[k][1] == "colon-lead" and found[k] is not None)
        ]
        ended = [k for k in items if body[k].text[-1] in "。；;！!"]
        if len(run) >= MIN_LIST_RUN and len(items) * 2 > len(run):
            if ended or "sentence" in shapes:
                for k in run:
                    if not is_part_title_run_in(found[k]):
                        found[k] = None  # (a run-in title stays: drop_sentence_tiers)
            elif (
                "lead" not in shapes
                and not any(found[k] is None for k in run)
                and not _said_again(body, run)  # a table of contents: drop_contents
            ):
                # Three short items in a row that head nothing: the tier is a list, its
                # later items too though they have lines under them (a release's 1.–11.
                # events, the first three bare, the rest with 日期：/地點： lines).
                for k in _tier(numbered, i):
                    found[k] = None
        elif len(run) >= 2 and len(ended) == len(run):
            # Two or more sentences in a row (1．…。 2．…。 under a table, 注：): notes.
            for k in run:
                found[k] = None
        for k in run:
            if numbered[k][1] != "sentence" or found[k] is None:
                continue
            follower = k + 1
            if follower >= n or (follower in numbered and numbered[follower][0] <= rank):
                found[k] = None  # nothing of its own under it


#: A measured figure: an amount with its unit, a percentage, a change in points (not a year
#: or a date: 2016年, 6月; not an ordinal: 第1个).
_FIGURE = re.compile(
    r"(?<![第\d.．])\d+(?:[.．]\d+)?\s*(?:%|％|‰|个百分点|個百分點|倍|"
    r"[万萬亿億千百十]?(?:元|吨|噸|亩|畝|公顷|公頃|平方米|千瓦时|千瓦時|人次|人|户|戶|家|辆|輛|台|件|项|項|个|個))"
)


def reports_figure(sentence: str) -> bool:
    """Whether a sentence reports a measured figure (``_FIGURE``): a finding that states data
    (「煤炭消费同比减少83.46万吨。」), not a headline naming a trend."""
    return _FIGURE.search(sentence) is not None


def drop_findings(
    body: Sequence[Any], found: list[Any], numbered: dict[int, tuple[float, str]]
) -> None:
    """Numbered findings are a list: a tier of two or more items whose first sentences each
    report a measured figure (「1、公共财政预算收入完成58.2亿元，同比下降2.9%。」 beside
    「2、政府性基金收入完成3.1亿元，同比下降65.7%。」 in a statistics office's analysis) states
    data, not the names of parts — a headline names a trend (「六、财政收入降幅同比大幅收窄」)."""
    for group in sibling_groups(numbered):
        if len(group) < 2 or any(found[k] is None for k in group):
            continue
        firsts = [re.split(r"[。！？!?]", body[k].text, maxsplit=1)[0] for k in group]
        if all(map(reports_figure, firsts)):
            for k in group:
                found[k] = None


def drop_empty_tiers(found: list[Any], numbered: dict[int, tuple[float, str]]) -> None:
    """Short numbered items in a row with nothing under any of them, the last one either (a
    heading or the text's end follows it): the names of a list (「1、MAJI集食行樂商場吸菸區」 /
    「2、花博公園中山北路入口處（近圓山派出所）」 under their label 【臨時吸菸區】), not sections —
    docs/gold-outline.md rule 3, a tier whose items head no text. Decided once every other
    heading is known, so that the heading after the last item counts."""
    for run in sibling_runs(len(found), numbered):
        if (
            len(run) >= 2
            and all(numbered[k][1] == "short" and found[k] is not None for k in run)
            and _heads_nothing(found, numbered, run[-1])
        ):
            for k in run:
                found[k] = None


def _heads_nothing(found: list[Any], numbered: dict[int, tuple[float, str]], last: int) -> bool:
    """Nothing stands under numbered item ``last``: the text ends, or a heading follows that
    is not a deeper numbered item."""
    follower = last + 1
    if follower >= len(found):
        return True
    if found[follower] is None:
        return False
    return follower not in numbered or numbered[follower][0] <= numbered[last][0]


def _tier(numbered: dict[int, tuple[float, str]], first: int) -> list[int]:
    """``first`` and its later siblings: numbered items of its rank until one of an outer
    rank (a new parent)."""
    rank = numbered[first][0]
    tier = []
    for k in sorted(i for i in numbered if i >= first):
        if numbered[k][0] < rank:
            break
        if numbered[k][0] == rank:
            tier.append(k)
    return tier


def _said_again(body: Sequence[Any], run: range) -> bool:
    """Whether a line of ``run`` comes again after it (as a contents entry's heading does)."""
    keys = {"".join(body[k].text.split()) for k in run}
    return any("".join(ln.text.split()) in keys for ln in body[run[-1] + 1 :])


def nest_labelled_subheads(found: list[Any], rank: float, captions: Sequence[int] = ()) -> None:
    """Subheads of one labelled form (「关于能源供应：能源供应偏紧是阶段性的…」, 「关于经济走势：…」),
    two or more after a plain subhead (「热点问题一一回应」) with no plain one among them, are a
    tier under it: their rank (``rank``, the subheads') goes half a step down. So does a list's caption (``captions``:
    「登記方式：」 over its ● items) in a plain subhead's section (「登記條件和方式」): it names
    a part of that section, not of the document."""
    subs = [i for i, h in enumerate(found) if h is not None and h.rank == rank]
    for i in captions:
        plain = [k for k in subs if k < i and k not in captions]
        if plain and found[i] is not None and found[i].rank == rank:
            found[i] = replace(found[i], rank=rank + 0.5)
    subs = [i for i, h in enumerate(found) if h is not None and h.rank == rank]
    labelled = [i for i in subs if _LABELLED.match(found[i].line.text)]
    if len(labelled) < 2 or not any(i < labelled[0] and i not in labelled for i in subs):
        return
    if any(labelled[0] < i < labelled[-1] and i not in labelled for i in subs):
        return  # plain and labelled subheads in turn: a news page's headlines, all alike
    for i in labelled:
        h = found[i]
        found[i] = replace(h, rank=rank + 0.5)


def drop_bullet_groups(
    body: Sequence[Any], found: list[Any], numbered: dict[int, tuple[float, str]]
) -> None:
    """Sibling numbered items that each stand over bullet items only (●…), at least half of
    them labels closed by ：, are the groups of one list: none of them heads a section. A
    label is a name for what its bullets list (「一、財務資料：」), and its siblings are alike
    per tier, a label that lost its colon (「二、由合資格建築師/工料測量師草擬的」) too."""
    n = len(body)
    i = 0
    while i < n:
        if i not in numbered:
            i += 1
            continue
        rank = numbered[i][0]
        items: list[int] = []
        k = i
        while k < n and k in numbered and numbered[k][0] == rank:
            bullets = 0
            j = k + 1
            while j < n and j not in numbered and body[j].text[:1] in _BULLETS:
                bullets += 1
                j += 1
            if not bullets:
                break
            items.append(k)
            k = j
        labels = [k for k in items if body[k].text[-1] in "：:"]
        if len(items) >= 2 and labels and len(labels) * 2 >= len(items):
            for k in items:
                found[k] = None
        i = max(i + 1, k)


def drop_marked_lists(body: Sequence[Any], found: list[Any], marked: set[int]) -> None:
    """Three or more marked headings of one level in a row, nothing between them, each a
    sentence (a question or a statement, not a name): a list the page set as headings
    (「疑問1：為何…？…討論？」 … 「疑問4：…？」) — none heads a section of its own."""
    i = 0
    n = len(body)
    while i < n:
        if i not in marked or found[i] is None:
            i += 1
            continue
        j = i
        while j + 1 < n and j + 1 in marked and found[j + 1] is not None:
            if found[j + 1].rank != found[i].rank:
                break
            j += 1
        run = range(i, j + 1)
        if len(run) >= MIN_LIST_RUN and all(_is_sentence(body[k].text) for k in run):
            for k in run:
                found[k] = None
        i = j + 1


def _is_sentence(line: str) -> bool:
    return any(c in _SENTENCE_END for c in line)


# Round 29: a line the page marks as a heading that is a sentence with a clause closed by 。,
# or several sentences (眾新聞's pull quotes set as ####: 「在軍事政變以來，中國努力在緬甸改善形象的
# 進展可謂一筆勾銷。」, a paragraph of four sentences): emphasis, not a headline naming a part
# (a headline may close with ？ or ！, never with a clause and a full stop). Numbered lines
# (「（一）…，…。」) keep their own rule.
_NUMBER_FIRST = LazyPattern(r"[（(]?[一二三四五六七八九十百零〇\d]+[)）、．.]|第")


def drop_marked_sentences(body: Sequence[Any], found: list[Any], marked: Collection[int]) -> None:
    """Marked headings that are statements (see above) head nothing."""
    for i in marked:
        h = found[i]
        if h is None:
            continue
        text = body[i].text[h.heading_start - body[i].offset : h.heading_end - body[i].offset]
        text = text.strip(" *\u3000").rstrip("」”』’")  # (a quotation may close it)
        if text.endswith("。") and ("，" in text or "。" in text[:-1]):
            if _NUMBER_FIRST.match(text) is None:
                found[i] = None
