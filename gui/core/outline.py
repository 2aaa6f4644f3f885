"""The section outline of a report, inferred from its text.

Heading styles, from the outermost: Markdown ``#``; 第X编/篇, 第X章, 第X节, 第X条; 一、;
（一）/(一); 1./1、; （1）/(1); lead sentences (a paragraph opening with a short sentence that
ends in 。, when consecutive paragraphs do so); unnumbered subheadings (a short standalone line
with no sentence-final punctuation between body paragraphs). Levels are the ranks of the styles
a document actually uses, so a report numbered only with 一、 and （一） gets levels 1 and 2.

Structure, not length, decides (see docs/outline.md): a numbered line that is one sentence
heads a section whatever its length when body text follows it, while a run of three or more
sibling numbered sentences with nothing between them is a list inside its section; a
stand-alone ``一是…。`` line above body text is a headline, an ``一是…`` or ``——这是…`` lead
inside a paragraph is body text; ``附件``/``附表``/``附录`` open top-level annex sections with their
titles (``gui.core.outline_annexes``); lead sentences head only in runs (``gui.core.lead_runs``);
furniture lines (captions, bylines, chrome: ``gui.core.furniture``) and header lines
(``gui.core.header``) are never headings.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from gui.core.appendix import announced_appendices, table_appendices
from gui.core.colon_heads import colon_headlines, enumerated_points
from gui.core.decision_form import is_order, is_run_on_label
from gui.core.document import Section, Span, SpanIndex
from gui.core.front_lines import is_adoption_note
from gui.core.fused_lines import split_fused_lines
from gui.core.headline_lines import headline_sentences, is_ordinal_headline
from gui.core.item_lists import drop_list_entries
from gui.core.label_heads import (
    bracket_labels,
    faq_pairs,
    interview_questions,
    interview_turns,
    marked_part_labels,
)
from gui.core.label_tiers import labelled_tiers
from gui.core.layout_siblings import layout_subheads
from gui.core.lead_runs import head_lead_runs, lead_sentence_end
from gui.core.line_layout import join_wrapped_lines, joined, paragraphs_hold_sentences
from gui.core.list_tiers import (
    decide_colon_leads,
    drop_contact_tiers,
    drop_letter_points,
    drop_order_colon_leads,
    drop_orphan_tiers,
)
from gui.core.numbering import CN_NUM as _CN_NUM
from gui.core.numbering import (
    RANK_ARTICLE,
    RANK_BARE,
    bare_section_parents,
    chapter_article_cut,
)
from gui.core.numbering import numbered as _numbered
from gui.core.outline_annexes import (
    drop_table_articles,
    issued_titles,
    labelled_annex,
    titled_annex,
)
from gui.core.outline_heads import Heading as _Heading
from gui.core.outline_heads import Line as _Line
from gui.core.outline_heads import numbered_heading as _numbered_heading_of
from gui.core.outline_levels import RANK_ANNEX as _RANK_ANNEX
from gui.core.outline_levels import RANK_LABEL as _RANK_LABEL
from gui.core.outline_levels import RANK_ORDINAL as _RANK_ORDINAL
from gui.core.outline_levels import RANK_SUBHEADING as _RANK_SUBHEADING
from gui.core.outline_levels import heading_levels, is_deck, outer_ranks_shown
from gui.core.outline_lists import (
    decide_long_leads,
    drop_bullet_groups,
    drop_contents,
    drop_credits,
    drop_empty_tiers,
    drop_findings,
    drop_lists,
    drop_marked_lists,
    drop_marked_sentences,
    drop_sentence_tiers,
    nest_labelled_subheads,
)
from gui.core.paragraph_pieces import blank_parted, drop_paragraph_pieces, parted_alone
from gui.core.patterns import LazyPattern, paragraphs
from gui.core.sentence_lines import drop_list_tiers, listed_runs, sentence_shapes
from gui.core.speech_points import stopped_points
from gui.core.subhead_runs import bold_subheads, sibling_subheads, tagged_items, topic_subheads
from gui.core.subheads import (
    has_subhead_form,
    is_list_caption,
    is_section_label,
    is_split_subheading,
    is_subheading,
    labelled_parts_from,
    part_labels,
)
from gui.core.title_inference import MARKDOWN, RELEASE_KEY, first_line_is_title, repeats_title

# Leads that open a paragraph of body text, never a heading of their own.
_BODY_LEAD = LazyPattern(rf"[{_CN_NUM}]+是|——|—|第[{_CN_NUM}]+[，,]|首先|其次|再次|最后")
_POSTER = LazyPattern(r"(?:发布人|發布人)\s*[:：]")
_BODY_LEAD_FIRST = _CN_NUM + "—第首其再最"


@dataclass(frozen=True)
class Outline:
    title: str | None
    title_span: Span | None
    sections: tuple[Section, ...]


def build_outline(
    text: str,
    body_end: int | None = None,
    headings: Mapping[int, int] | None = None,
    title_line: int | None = None,
    title_lines: Sequence[int] | None = None,
    skip_lines: Collection[int] = (),
    furniture: Sequence[Span] = (),
    annex_lines: Collection[int] = (),
    list_items: Collection[int] = (),
    bold_lines: Collection[int] = (),
    boxes: Sequence[tuple[int, int]] = (),
) -> Outline:
    """Find the title and sections of ``text[:body_end]``.

    ``headings`` (line number → level) and ``title_line`` come from formats that mark their
    structure (HTML, DOCX); the text's own numbered headings are still recognised.
    ``title_lines`` (a title wrapped over several lines, found by ``gui.core.header``) wins
    over ``title_line``; ``skip_lines`` (header lines: 发文字号, 署名 …) are never headings,
    paragraphs inside ``furniture`` are neither headings nor the start of the body; ``annex_lines`` (the
    title of a document issued by a 印发 notice, after its date) head top-level sections;
    ``list_items`` (a bullet list's items, marked by the format) head none; ``bold_lines``
    (set wholly in bold by the format) head their paragraphs when they have a subhead's form;
    ``boxes`` (line ranges a format sets apart: a Markdown container) rank their headings apart."""
    body_end = len(text) if body_end is None else body_end
    lines = _split_lines(text, body_end, plain=headings is None)
    lines, issued = issued_titles(text, lines, annex_lines)
    lines = _chapter_article_runs(lines)
    if not lines:
        return Outline(None, None, ())

    title: list[_Line] = []
    inside = SpanIndex(furniture)
    if title_lines:
        wanted = set(title_lines)
        # (Not a piece of the line that is furniture: a font-size menu run into the title.)
        title = [ln for ln in lines if ln.index in wanted and not inside(ln.offset)]
    elif title_line is not None:
        title = [ln for ln in lines if ln.index == title_line]
    elif headings is None:
        candidates = [ln for ln in lines if ln.index not in skip_lines and not inside(ln.offset)]
        release = RELEASE_KEY.search(text) is not None
        if first_line_is_title([ln.text for ln in candidates], release):
            title = candidates[:1]
    dropped = {id(ln) for ln in title}
    body = [
        rest
        for ln in lines
        if id(ln) not in dropped and (rest := _after_furniture(text, ln, inside)) is not None
    ]
    body_start = body[0].start if body else body_end
    body = [ln for ln in body if ln.index not in skip_lines]
    if len(title) == 1 and body and repeats_title(body[0].text, title[0].text):
        body = body[1:]  # (the article's own copy of the title, under the page's)

    found = _find_headings(body, headings, annex_lines, issued, bold_lines, list_items)
    found = drop_table_articles(found, RANK_ARTICLE)
    if body:
        last = body[: _NOTE_LINES + 1][-1].offset
        above = [ln for ln in lines if ln.offset <= last]
        found = drop_provisions(above, found)
    if headings is None:  # (a plain text's paragraph parted by blank lines: its pieces)
        found = drop_paragraph_pieces(text, body, found)
    found = [h for h in found if h.line.index not in list_items]
    found = drop_list_entries(body, found, list_items, headings)
    # (…or a portal's: the deck under the item header that names who posted it (发布人：),
    # a paragraph under it; a digest's items under its front lines are sections)
    front = (
        bool(title and body)
        and _POSTER.compiled.search(text, title[-1].start, body[0].start) is not None
    )
    front = front and (len(found) < 2 or len(body) < 2 or found[1].line is not body[1])
    if title and found and (is_deck(found, body) or (front and is_deck(found[:1], body))):
        if not _names_the_carried(found[0], title):
            found = found[1:]
        else:  # (a carried document's title heads it as an annex's does: its parts under it)
            h = found[0]
            found[0] = _Heading(h.line, _RANK_ANNEX, h.heading_start, h.heading_end, h.text)
    levels = heading_levels(found, outer_ranks_shown(body, found), boxes)

    sections: list[Section] = []
    if not found or found[0].line.start > body_start:
        sections.append(Section(body_start, body_end, 1, None, None, None))
    for h, level in zip(found, levels, strict=True):
        sections.append(
            Section(
                h.line.start,
                body_end,  # fixed below
                level,
                # An annex heading spans its title line: the newline reads as a space.
                h.text or _heading_text(text[h.heading_start : h.heading_end], h),
                h.heading_start,
                h.heading_end,
            )
        )
    sections = _close_sections(sections, body_end)
    title_text = None
    title_span = None
    if title:
        first = title[0]
        if first.text.startswith("#"):
            title_text = first.text.lstrip("#").strip()
            title_span = Span(first.offset + first.text.find(title_text), first.end)
        else:
            # A title wrapped over lines is one title: joined without the line breaks.
            title_text = "".join(ln.text for ln in title)
            title_span = Span(first.offset, title[-1].offset + len(title[-1].text))
    return Outline(title_text, title_span, tuple(sections))


def _split_lines(text: str, body_end: int, plain: bool = True) -> list[_Line]:
    found = paragraphs(text, body_end)
    if plain:  # (a plain text's lines may be a hard wrap's: its paragraphs, joined; or a
        # scraper's, run into one: cut back at their numbered headings)
        found = split_fused_lines(join_wrapped_lines(text, found))
    return [_Line(index, start, end, stripped, start) for index, start, end, stripped in found]


def _chapter_article_runs(lines: list[_Line]) -> list[_Line]:
    """``lines`` with a 章's (编's, 节's) heading and the first article that runs on from it
    cut apart (``numbering.chapter_article_cut``): each heads its own section."""
    out: list[_Line] = []
    for ln in lines:
        cut = chapter_article_cut(ln.text) if ln.text.startswith("第") else None
        if cut is None:
            out.append(ln)
            continue
        head = ln.text[:cut].rstrip()
        out.append(_Line(ln.index, ln.start, ln.offset + len(head), head, ln.offset))
        at = ln.offset + cut
        out.append(_Line(ln.index, at, ln.end, ln.text[cut:], at))
    return out


def _heading_text(span: str, h: _Heading) -> str:
    """A heading's text: an annex heading spans its title line, the newline read as a space;
    a heading a hard wrap broke over lines is joined as the paragraph was written."""
    if "\n" not in h.line.text:
        return span.replace("\n", " ")
    return joined(span)


def _after_furniture(text: str, ln: _Line, inside: SpanIndex) -> _Line | None:
    """``ln`` where no furniture opens it; the text after the furniture where furniture opens
    it and text follows (a caption a scraper ran into the lead); None for a furniture line."""
    cut = inside.end_at(ln.offset)
    if cut == ln.offset:
        return ln
    end = ln.offset + len(ln.text)
    while cut < end and text[cut].isspace():
        cut += 1
    return _Line(ln.index, cut, ln.end, text[cut:end], cut) if cut < end else None


_PROVISION = re.compile("[一二三四五六七八九十]{1,3}、")


def _find_headings(
    body: list[_Line],
    hints: Mapping[int, int] | None,
    annex_lines: Collection[int] = (),
    issued: Collection[int] = (),
    bold_lines: Collection[int] = (),
    list_items: Collection[int] = (),
) -> list[_Heading]:
    found: list[_Heading | None] = [None] * len(body)
    numbered: dict[int, tuple[float, str]] = {}  # body index -> (rank, shape)
    lead_candidates: list[int] = []
    consumed: set[int] = set()  # annex title lines, inside the annex heading
    marked: set[int] = set()  # headings the format marks (HTML/DOCX levels, Markdown #)
    # A Taiwan 公文 set out in labelled parts (受處分人 / 主旨 … 事實： over 一、…): its label
    # tier and its points' ： headlines; None for every other genre.
    parts_from = labelled_parts_from(body)
    header = -1 if parts_from is None else parts_from  # a decision's header: no headings
    parents = bare_section_parents([ln.text for ln in body])
    for i, ln in enumerate(body):
        if i in consumed or i <= header:
            continue
        if hints is not None and ln.index in hints:
            # A level from the format: rank it before every inferred style.
            found[i] = _Heading(ln, hints[ln.index], ln.offset, ln.offset + len(ln.text))
            marked.add(i)
            continue
        md = MARKDOWN.match(ln.text)
        if md:
            found[i] = _Heading(
                ln, len(md.group(1)), ln.offset + md.end(), ln.offset + len(ln.text)
            )
            marked.add(i)
            continue
        if ln.offset in issued:  # (a notice's issued title run in after its date)
            found[i] = _Heading(ln, _RANK_ANNEX, ln.offset, ln.offset + len(ln.text))
            continue
        if ln.index in annex_lines:
            found[i] = titled_annex(body, i, i, annex_lines, consumed)
            continue
        if (
            ln.text[0] == "附"
            and (annex := labelled_annex(body, i, annex_lines, consumed)) is not None
        ):
            found[i] = annex
            continue
        number = _numbered(ln.text)
        if number is not None and number[0] == RANK_BARE and ln.text.split()[0] not in parents:
            number = None  # 「3 家企业…」: a sentence where no clause 3.1 follows
        if number is not None:
            rank, number_len = number
            colon_leads = parts_from is not None and i > parts_from
            numbered_heading, shape = _numbered_heading_of(ln, rank, number_len, colon_leads)
            numbered[i] = (rank, shape)
            if numbered_heading is not None:
                found[i] = numbered_heading
            continue
        if ln.text[0] in _BODY_LEAD_FIRST and _BODY_LEAD.match(ln.text):
            continue  # 一是…。 / ——这是…: body text (a stand-alone 一是 line: see below)
        if lead_sentence_end(ln.text) is not None:
            lead_candidates.append(i)
    decide_long_leads(found, numbered)
    if parts_from is not None and is_order([ln.text for ln in body[: parts_from + 1]]):
        drop_order_colon_leads(found, numbered)  # (a 令: its letterhead, then its 字號)
    drop_sentence_tiers(found, numbered)
    prose = paragraphs_hold_sentences(body)
    if not prose:
        # One sentence a line: a long numbered sentence alone on its line may have run on into
        # the lines under it, so it heads only as a long lead does (a sibling is a headline).
        decide_long_leads(found, sentence_shapes(body, numbered))
    parts = part_labels(body, numbered, parts_from)
    drop_contact_tiers(body, found, numbered)
    decide_colon_leads(body, found, numbered, parts)
    drop_letter_points(body, found, numbered, parts, parts_from)
    before_lists = list(found)
    drop_lists(body, found, numbered)
    if not prose:
        drop_list_tiers(body, found, numbered, listed_runs(before_lists, found, numbered))
    drop_findings(body, found, numbered)
    drop_bullet_groups(body, found, numbered)
    drop_marked_lists(body, found, marked)
    drop_marked_sentences(body, found, marked)
    if parts_from is None:  # (a decision in labelled parts: decide_colon_leads above)
        labelled_tiers(body, found, numbered)
    # Lead sentences head sections only when a run of consecutive paragraphs opens so and
    # nothing else structures the text (``gui.core.lead_runs``).
    head_lead_runs(body, found, lead_candidates, hints)
    # 一是/二是 … standing alone above body text: headlines under the heading they sit in.
    for i, ln in enumerate(body):
        if prose and found[i] is None and i not in consumed and i not in numbered:
            if is_ordinal_headline(body, i, found):
                found[i] = _Heading(ln, _RANK_ORDINAL, ln.offset, ln.offset + len(ln.text))
    for i in headline_sentences(body, found, numbered):
        found[i] = _Heading(body[i], _RANK_ORDINAL, body[i].offset, body[i].end)
    # (「第一，…：」 closed by a colon is no sentence a page's layout set alone: in every text)
    points = enumerated_points(body, found, numbered)
    # (「第一，…。」 alone: a headline where paragraphs hold sentences or blank lines part them)
    if prose:
        points |= stopped_points(body, found, numbered)
    elif blank_parted(body):
        points |= stopped_points(body, found, numbered, lambda i: parted_alone(body, i))
    for i in sorted(points):
        found[i] = _Heading(body[i], _RANK_ORDINAL, body[i].offset, body[i].end)
    labels = [i for i in range(len(body)) if is_section_label(body, i, found, numbered, parts_from)]
    captions: list[int] = []
    # A notice's labels (【禁菸區域】, 「道路封閉管制：」) head its parts' parts; a subhead may
    # stand right over the first of them (「花博展區」 over 「【禁菸區域】」).
    notice_labels = bracket_labels(body, found, numbered) | marked_part_labels(
        body, found, numbered, marked
    )
    faq_questions, faq_answers = faq_pairs(body, found)
    asked, answered = interview_turns(body, found)
    faq_questions, faq_answers = faq_questions | asked, faq_answers | answered
    plain_siblings = sibling_subheads(body, found, numbered)
    siblings = (
        plain_siblings
        | (colon_headlines(body, found, numbered) if len(plain_siblings) >= 2 else set())
        | topic_subheads(body, found, numbered)
        | tagged_items(body, found, numbered)
        | interview_questions(body, found, numbered, prose)
        | notice_labels
        | faq_questions
        | bold_subheads(body, found, numbered, bold_lines)
    )
    for i, ln in enumerate(body):
        if found[i] is not None or i in consumed or i in numbered or i in labels:
            continue
        if i in faq_answers:
            continue  # an FAQ's 「A：…」 line is its answer, body
        if i <= header:
            continue  # (its party's name under 「受處分人：」 is no subhead either)
        if parts_from is not None and is_run_on_label(ln.text):
            continue  # (「依　　據：…」 with its text: body, as 「主旨：…」 is)
        if (
            i in siblings
            or is_subheading(body, i, found)
            or is_list_caption(body, i, found, numbered, list_items)
            or (i + 1 in notice_labels and has_subhead_form(body, i))
        ):
            found[i] = _Heading(ln, _RANK_SUBHEADING, ln.offset, ln.offset + len(ln.text))
            captions += [i] if ln.text[-1] in "：:" or i in notice_labels else []
        elif i + 1 not in siblings and is_split_subheading(body, i, found, numbered):
            # One subhead set over two lines: one heading spanning both, its halves joined
            # by one space in the outline (not the feed's 「　　」 or a line break).
            nxt = body[i + 1]
            end = nxt.offset + len(nxt.text)
            joined = f"{ln.text} {nxt.text}"
            found[i] = _Heading(ln, _RANK_SUBHEADING, ln.offset, end, joined)
            consumed.add(i + 1)
    for i in layout_subheads(body, found, numbered, _RANK_SUBHEADING) - set(labels) - consumed:
        found[i] = _Heading(body[i], _RANK_SUBHEADING, body[i].offset, body[i].end)
    # Labels that head numbered tiers rank above them; the document's other labels over
    # lists (繳款方式：, 注意事項：) are their siblings.
    for i in labels + (captions if labels else []):
        found[i] = _Heading(
            body[i], _RANK_LABEL, body[i].offset, body[i].offset + len(body[i].text)
        )
    kept = [h is not None for h in found]
    drop_empty_tiers(found, numbered)
    drop_orphan_tiers(found, numbered)
    # (A caption over items that turned out to head nothing: 「學歷：」 over its 一、二、.)
    for i in range(len(body) - 1):
        if not kept[i + 1] or found[i + 1] is not None or i in labels or i in consumed:
            continue
        if is_list_caption(body, i, found, numbered, list_items):
            end = body[i].offset + len(body[i].text)
            rank = _RANK_LABEL if labels else _RANK_SUBHEADING  # (as the captions above)
            found[i] = _Heading(body[i], rank, body[i].offset, end)
            captions.append(i)
    nest_labelled_subheads(found, _RANK_SUBHEADING, captions)
    ranks = [None if h is None else h.rank for h in found]
    tables, rows = table_appendices([ln.text for ln in body], ranks)
    for first, last, rank in announced_appendices([ln.text for ln in body], ranks) + tables:
        title = "".join(ln.text for ln in body[first : last + 1])  # (a wrapped title)
        found[first] = _Heading(body[first], rank, body[first].offset, body[last].end, title)
    for k in rows:
        found[k] = None  # (a table's row groups)
    drop_contents(body, found)
    drop_credits(body, found)
    return [h for h in found if h is not None]


def _names_the_carried(heading: _Heading, title: list[_Line]) -> bool:
    """Whether the first heading is the title of the document the title names in 《》 (「我市出台
    《关于促进房地产市场平稳健康发展的若干措施》」 over the measures' own title, batch 53's 宿州
    release): the carried document's title (docs/gold-outline.md rule 7), no deck. Round o43."""
    words = "".join(ln.text for ln in title)
    if "《" not in words:
        return False
    return f"《{heading.line.text.strip()}》" in words


#: Lines of the body an adoption note may stand in (a text the header read no title of).
_NOTE_LINES = 4


def drop_provisions(front: list[_Line], found: list[_Heading]) -> list[_Heading]:
    """A legislative text (its adoption note, 题注, in its ``front`` lines, above the body or first in it: a people's
    congress's 决定, a regulation) numbers its provisions 「一、本市行政区域内的网约房经营者…，应当遵守
    本决定的规定。」 as a regulation numbers its articles: a provision that holds a sentence is no
    heading (session 22, task o34: batch 40's two people's-congress decisions)."""
    texts = [ln.text for ln in front]
    # (the note may be broken over two lines: 「（2022年1月9日三都水族自治县第十七届人民代表」 / 「大会…批准）」)
    if not any(
        map(is_adoption_note, texts + [a + b for a, b in zip(texts, texts[1:], strict=False)])
    ):
        return found
    return [h for h in found if not (_PROVISION.match(h.line.text) and "。" in h.line.text)]


def _close_sections(sections: list[Section], body_end: int) -> list[Section]:
    """Each section ends where the next section of the same or a higher level starts."""
    ends = [body_end] * len(sections)
    open_sections: list[int] = []  # indices, levels strictly increasing
    for i, s in enumerate(sections):
        while open_sections and sections[open_sections[-1]].level >= s.level:
            ends[open_sections.pop()] = s.start
        open_sections.append(i)
    return [
        Section(s.start, end, s.level, s.heading, s.heading_start, s.heading_end)
        for s, end in zip(sections, ends, strict=True)
    ]
