"""Labels that head the parts of a notice: a page's bare 【…】 labels and its labels closed by ：.

A city government's notice sets its facts out under labels, each standing alone on its line
over the lines it labels: the smoke-free notice of a festival repeats 「【禁菸區域】」,
「【禁菸時段】」 and 「【臨時吸菸區】」 under each of its zones, its traffic page lists
「道路封閉管制：」, 「計程車排班區取消：」 and 「車輛通行管制：」 under 「西門展區交通管制」. Such a
label is a headline whatever follows it (docs/gold-outline.md rule 4: 「繳款方式：」 and
「登記方式：」 stand so over their lists): short time ranges, numbered places, one sentence.

Two forms, each only where a document sets two or more labels of it:

- a **bracketed label**: the whole line one 【…】 of two to twelve characters, no sentence or
  clause mark inside (a 【topic】 followed by a headline on the same line is
  ``gui.core.subhead_runs.topic_subheads``' form, and a 【…】 that opens a sentence is not a label);
- a **label closed by ：** under a heading the page marks (an HTML ``<h3>``, a Markdown ``##``)
  or, in plain page text where no markup is left, under a line of a subhead's form standing
  right over a label (「西門展區交通管制」 / 「道路封閉管制：」): that heading shows the page sets
  out its parts, and the labels are the parts of that part. Without one a label alone on its
  line is a 公文's addressee (「湖北省人民政府：」), a salutation (「各位代表：」) or a sentence
  leading into a list, decided elsewhere (``gui.core.subheads``); a label naming a body
  (「…政府：」, 「…局：」) is an addressee here too, and under a plain line a salutation or a
  lead-in closed by 为：/為： (「總統致詞內容為：」) is no label either.

An interview (``interview_questions``) is headed by its questions and its title; an FAQ page
(``faq_pairs``) by its Q： lines, its A： lines body.

``body`` is the outline's list of paragraphs (``gui.core.outline._Line``), ``found`` its
candidate heading per paragraph, ``numbered`` its numbered paragraphs and ``marked`` the ones
whose heading the format marks.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from gui.core.patterns import ORG_END, LazyPattern
from gui.core.subheads import MAX_CAPTION_CHARS, has_subhead_form, is_lead_in

#: A bracketed label's text: no sentence or clause mark inside.
_LABEL_STOPS = "。！？!?；;：:，,、"
MIN_BRACKETED_CHARS = 2
MAX_BRACKETED_CHARS = 12
#: A salutation (「各位代表：」, 「同志们：」) or a sentence leading into what it quotes
#: (「總統致詞內容為：」): no part's label, where no markup says it is one.
_ADDRESS_OR_LEAD = LazyPattern(r"^(?:各位|尊敬的|亲爱的|親愛的)|[们們为為]\s*[：:]$")
#: A document sets this many labels of a form before any of them counts.
MIN_LABELS = 2


def _is_bracket_label(line: str) -> bool:
    if not (line.startswith("【") and line.endswith("】") and line.count("】") == 1):
        return False
    inner = line[1:-1].strip()
    return MIN_BRACKETED_CHARS <= len(inner) <= MAX_BRACKETED_CHARS and not any(
        c in inner for c in _LABEL_STOPS
    )


def _is_colon_label(
    body: Sequence[Any], i: int, found: list[Any], numbered: Collection[int]
) -> bool:
    """A short label closed by ： alone on its line: no clause inside, two Han characters or
    more (a product's name may stand in it: 「YouBike 暫停服務：」), not a lead-in sentence."""
    if i >= len(body) or i in numbered or found[i] is not None:
        return False
    line = body[i].text.strip()
    if not 2 < len(line) <= MAX_CAPTION_CHARS or line[-1] not in "：:":
        return False
    if any(c in line[:-1] for c in _LABEL_STOPS) or is_lead_in(line):
        return False
    return sum(1 for c in line if "\u4e00" <= c <= "\u9fff") >= 2


def _labels_something(
    body: Sequence[Any], i: int, found: list[Any], numbered: Collection[int] = ()
) -> bool:
    """A line stands under label ``i`` that is not itself a heading, or a numbered item (a
    label over its list)."""
    return i + 1 < len(body) and (found[i + 1] is None or i + 1 in numbered)


def bracket_labels(body: Sequence[Any], found: list[Any], numbered: Collection[int]) -> set[int]:
    """Lines that are one bare 【label】 over lines of their own, where the document sets two or
    more of them."""
    lines = [
        i
        for i, ln in enumerate(body)
        if i not in numbered
        and found[i] is None
        and _is_bracket_label(ln.text.strip())
        and _labels_something(body, i, found, numbered)
    ]
    return set(lines) if len(lines) >= MIN_LABELS else set()


def marked_part_labels(
    body: Sequence[Any], found: list[Any], numbered: Collection[int], marked: Collection[int]
) -> set[int]:
    """Labels closed by ：, each alone on its line over a line of its own under a heading
    that the format marks, where the document sets two or more of them (a part may hold one:
    「停車管制」 over 「禁止停車：」 beside parts that hold three)."""
    labels: list[int] = []
    parent = None
    plain = False  # the part's heading is a plain line (the page read back as text)
    for i, ln in enumerate(body):
        if i in marked and found[i] is not None:
            parent, plain = i, False
            continue
        if (
            i + 1 < len(body)
            and body[i + 1].text[-1:] in "：:"
            and _plain_part_heading(body, i, found, numbered)
        ):
            parent, plain = i, True
            continue
        if parent is None or not _is_colon_label(body, i, found, numbered):
            continue
        if plain and _ADDRESS_OR_LEAD.search(ln.text.strip()):
            continue  # 「各位代表：」 over a speech, 「總統致詞內容為：」 over the words quoted
        if ORG_END.search(ln.text[:-1]) or not _labels_something(body, i, found):
            continue
        if _is_colon_label(body, i + 1, found, numbered):
            continue  # a label over a label: a form's empty fields, not parts
        labels.append(i)
    return set(labels) if len(labels) >= MIN_LABELS else set()


def _plain_part_heading(
    body: Sequence[Any], i: int, found: list[Any], numbered: Collection[int]
) -> bool:
    """A part's heading where no markup marks it (the page read back as plain text): a line of
    a subhead's form, not numbered, right over a label closed by ： (「西門展區交通管制」 over
    「道路封閉管制：」). The labels under it still count only two or more in the document."""
    if i in numbered or found[i] is not None or body[i].text.strip()[-1:] in "：:":
        return False
    return _is_colon_label(body, i + 1, found, numbered) and has_subhead_form(body, i)


#: An interview's credit line, naming the guest: 「访谈嘉宾： 徐至行（国方创新）」, 「受访者：…」.
_INTERVIEW_CREDIT = LazyPattern(
    r"(?:(?:访谈|受访|对话|訪談|受訪|對話)?嘉[宾賓]|受[访訪](?:者|人)|(?:采访|访谈|採訪|訪談)对象)"
    r"\s*[：:].{1,30}"
)
#: A question the interviewer asks, set alone on its line.
MAX_QUESTION_CHARS = 40
#: Questions that head a text naming no interviewee: this many at least.
MIN_SPREAD_QUESTIONS = 3


def interview_questions(
    body: Sequence[Any], found: list[Any], numbered: Collection[int], prose: bool = True
) -> set[int]:
    """An interview's questions head the answers under them (a report's interview chapter,
    「企业和创业团队应当如何寻求新的资源支持？」 over the guest's paragraphs): in a text that
    names its guest (「访谈嘉宾：…」), lines of one question each — closed by ？, no sentence
    end inside, up to ``MAX_QUESTION_CHARS`` — alone over a longer paragraph that is no
    question, two or more; and the line of a headline's form right above the credit, the
    interview's title. Without a credit (an expert's reading a news site sets out under its
    own questions, 「设立“统合军司令部”，美日意欲何为？」 … 「美日小动作不断，中国如何应对？」, round
    o32) the questions head only as ``MIN_SPREAD_QUESTIONS`` or more, each part under them two
    paragraphs at least, in a text whose paragraphs hold sentences (``prose``: set one sentence a
    line, a story's asking sentences stand alone too). A question elsewhere (a story's
    「为什么会这样？」) stays body."""
    credits = [
        i
        for i, ln in enumerate(body)
        if ("：" in ln.text[:8] or ":" in ln.text[:8])  # (most lines hold no label)
        and _INTERVIEW_CREDIT.fullmatch(ln.text.strip())
    ]
    questions = []
    for i in range(len(body) - 1):
        text, under = body[i].text.strip(), body[i + 1].text.strip()
        if i in numbered or found[i] is not None or found[i + 1] is not None:
            continue
        if not 4 <= len(text) <= MAX_QUESTION_CHARS or text[-1] not in "？?":
            continue
        if any(c in text[:-1] for c in "。！!") or len(under) <= len(text):
            continue
        if under[-1:] in "？?":
            continue  # a run of questions: a list of them, or the reader's own
        questions.append(i)
    if not credits:
        if not prose:
            return set()  # (one sentence a line: a story's own questions stand alone too)
        gaps = [b - a for a, b in zip(questions, questions[1:], strict=False)]
        if len(questions) >= MIN_SPREAD_QUESTIONS and min(gaps) > 2:
            return set(questions)
        return set()
    # The interview's own title right above the guest's credit (「《将开源作为工具，专注内功共渡
    # 寒冬》」 / 「访谈嘉宾： 徐至行（国方创新）」) heads the interview, one per credit.
    titles = {
        i - 1
        for i in credits
        if i > 0
        and found[i - 1] is None
        and i - 1 not in numbered
        and has_subhead_form(body, i - 1)
    }
    return titles | (set(questions) if len(questions) >= MIN_LABELS else set())


#: An FAQ page's question and answer marks, Latin Q/A (half or full width) closed by a colon.
FAQ_QUESTION = LazyPattern(r"[QＱ]\s*[:：]\s*\S")
FAQ_ANSWER = LazyPattern(r"[AＡ]\s*[:：]\s*\S")
#: A longer Q： line is a question asked in the text, not a heading.
MAX_FAQ_QUESTION_CHARS = 60


def faq_pairs(body: Sequence[Any], found: list[Any]) -> tuple[set[int], set[int]]:
    """An FAQ page's questions and answers: a line opening 「Q：」/「Ｑ：」 of one question (no
    。 inside, up to ``MAX_FAQ_QUESTION_CHARS``) right over a line opening 「A：」/「Ａ：」, two
    or more such pairs (a Taichung participatory-budget Q&A page: 「Ｑ：為什麼臺中市要推動參與式
    預算？」 over 「Ａ：透過參與式預算公共審議的機制達到三大目標」). The questions head the answers
    (gold rule of batch 27's FAQ questions, level 1); an answer line, short or not, is body.
    Returns (questions, answers) as indices of ``body``."""
    questions: set[int] = set()
    answers: set[int] = set()
    for i in range(len(body) - 1):
        text = body[i].text.strip()
        if found[i] is not None or not FAQ_QUESTION.match(text):
            continue
        if len(text) > MAX_FAQ_QUESTION_CHARS or "。" in text[:-1]:
            continue
        if FAQ_ANSWER.match(body[i + 1].text.strip()):
            questions.add(i)
            answers.add(i + 1)
    if len(questions) < MIN_LABELS:
        return set(), set()
    return questions, answers


#: An interview's turn: the speaker's label (the asking medium, 「記者」, 「問」; the answerer's name
#: or 「答」), up to eight characters with no mark, closed by a colon.
_TURN = LazyPattern(r"([^\s：:，,。、？?！!「」“”《》（）()]{1,8})\s*[:：]\s*\S")
#: Question turns that make an interview, each over its answer.
MIN_TURNS = 3


def interview_turns(body: Sequence[Any], found: list[Any]) -> tuple[set[int], set[int]]:
    """An interview printed as turns: the asker's line, labelled and one question (closed by ？,
    no sentence end inside, up to ``MAX_FAQ_QUESTION_CHARS``), right over the answerer's line
    under another label, at least twice its length (「澎湃新闻：最初为何会想到开一家免费馒头店呢？」
    over 「吴先生：2006年我大学毕业，…」), ``MIN_TURNS`` or more with the same two labels. The
    questions head the answers, as an FAQ's Q： lines do (``faq_pairs``; gold of batch 40's
    interview). A broadcast's quick exchange (「记者：不用做试验？」 over 「郎中：不用。」) is no
    interview's: its answers are short. Returns (questions, answers) as indices of ``body``."""
    turns: dict[tuple[str, str], list[int]] = {}
    for i in range(len(body) - 1):
        text, under = body[i].text.strip(), body[i + 1].text.strip()
        if found[i] is not None or text[-1:] not in "？?" or len(text) > MAX_FAQ_QUESTION_CHARS:
            continue
        if any(c in text[:-1] for c in "。！!？?") or len(under) < 2 * len(text):
            continue
        asker, answerer = _TURN.match(text), _TURN.match(under)
        if asker is None or answerer is None or asker.group(1) == answerer.group(1):
            continue
        turns.setdefault((asker.group(1), answerer.group(1)), []).append(i)
    questions = {i for run in turns.values() if len(run) >= MIN_TURNS for i in run}
    return questions, {i + 1 for i in questions}
