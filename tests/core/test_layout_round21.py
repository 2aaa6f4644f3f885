"""Round 21 (docs/history/outline-log.md): headings in the layouts real text arrives in.

- A hard wrap is the text's widest line, not its commonest width: a news digest wrapped at 80
  columns holds as many lines of one shorter width that nothing wrapped (each item's link,
  all one length), and its paragraphs are still joined (``line_layout.wrap_width``).
- In a text that sets one sentence a line, a numbered sentence alone on its line is its
  paragraph's lead, and a tier with a list in it is a list (``gui.core.sentence_lines``).

The documents are the corpus's dev documents, read in the stress benchmark's forms
(``benchmarks/stress_outline.py``).
"""

from __future__ import annotations

import pytest

from gui.core.line_layout import columns, wrap_width
from gui.core.reading import document_from_text, read_document
from tests.benchmark_modules import load_benchmark
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
stress = load_benchmark("stress_outline")

DIGESTS = [
    "news-hk-rthk-local-digest-2025.md",
    "news-hk-rthk-greater-china-digest-2025.md",
    "news-hk-rthk-digest-2025.md",
]


def _keys(doc) -> set[str]:
    return {"".join(s.heading.split()) for s in doc.sections if s.heading}


def _as_text(name: str, form=lambda text: text):
    path = REAL / name
    return document_from_text(form(read_document(path).text), path.with_suffix(".txt"))


@pytest.mark.parametrize("name", DIGESTS)
def test_a_digest_wrapped_at_80_columns_is_read_as_wrapped_at_80(name):
    # Its links (「原始網址：https://news.rthk.hk/rthk/ch/component/k2/1800742-20250417.htm」)
    # are 72 columns each, more of them than full lines: the commonest width was 72 (or 76),
    # every full line "wider" than the wrap, and the text was read as not wrapped at all.
    text = stress.wrap(read_document(REAL / name).text, 80)
    widths = [columns(line) for line in text.split("\n")]
    assert widths.count(72) >= 12  # (the premise: a spike of one width under the wrap)
    assert wrap_width(widths) in (80, 81)  # (81: a character a font sets one column wide)


@pytest.mark.parametrize("name", DIGESTS)
def test_a_digest_wrapped_at_80_columns_heads_as_its_plain_text(name):
    # On main the first line of a story's wrapped paragraph headed a section (「今年6月30日是
    # 香港國安法實施五周年，民政及青年事務局局長麥美娟表示，18區民政事務」: 5 in the local digest).
    plain = _as_text(name)
    wrapped = _as_text(name, lambda text: stress.wrap(text, 80))
    assert _keys(wrapped) == _keys(plain)
    assert len(_keys(plain)) >= 5


def test_lines_of_one_width_with_wider_lines_over_them_are_no_wrap():
    # A text whose long lines are paragraphs of their own: its commonest width is no wrap when
    # more than a few lines are wider (the widest width first, none with enough full lines).
    text = read_document(REAL / "wr-guizhou-2026.txt").text
    assert wrap_width([columns(line) for line in text.split("\n")]) is None


def _sentences(name: str):
    return _as_text(name, stress.one_sentence_per_line)


def test_numbered_content_sentences_one_a_line_head_nothing():
    # 「一、日军遗弃化学武器是历史遗留问题，敏感性、专业性较强，情况复杂。」 (32 characters after its
    # number) and its two siblings, longer: each the first sentence of its paragraph, the rest
    # on the lines under it. Alone on its line the first read as a short heading line and made
    # its siblings headlines' siblings: all three headed sections on main.
    name = "gw-cn-chemical-weapons-1996.html"
    assert not [k for k in _keys(_sentences(name)) if k[:2] in ("一、", "二、", "三、")]
    assert not [k for k in _keys(_as_text(name)) if k[:2] in ("一、", "二、", "三、")]


def test_a_tier_with_a_list_in_it_is_a_list_though_lines_stand_under_some_items():
    # A 实施意见's 「五、职责分工」 over twelve items: 2.–11. one sentence each, in a row (a list);
    # 1. and 12. have a second sentence, which one sentence a line sets under them.
    keys = _keys(_sentences("gw-sh-qibao-small-works-2020.md"))
    assert "五、职责分工" in keys
    assert not [k for k in keys if k.startswith(("1.镇规建办", "12.房屋产权方"))]


@pytest.mark.parametrize(
    "name, heading",
    [
        ("wr-cn-2024.txt", "（一）大力推进现代化产业体系建设，加快发展新质生产力。"),
        ("gw-cn-water-saving-reply-2005.html", "一、太钢等应用反渗透膜分离技术减污节水情况。"),
        ("gw-sh-jiading-renewal-2023.md", "1.旧区改造。"),
        (
            "stats-hlj-daqing-rural-economy-2014.html",
            "一、粮食产量稳步增长，粮食生产能力持续增强。",
        ),
    ],
)
def test_numbered_headline_sentences_one_a_line_still_head(name, heading):
    # Controls: a headline of up to 30 characters after its number is a lead, and a longer one
    # heads where a sibling is a headline, as in prose; a tier with no list in it keeps them.
    assert heading in _keys(_sentences(name))


def test_furniture_reads_a_hard_wrapped_text_by_its_paragraphs():
    # A 实施意见 wrapped at 80 columns: no wrapped line holds a sentence's end where its
    # paragraph does not, so its first body paragraph stood far down and the 「1.适用范围」 /
    # 「2.申报主体」 lines above it, said again under each of its five parts, were taken for a
    # page head printed twice (chrome): 16 headings lost on main.
    name = "gw-sh-qibao-small-works-2020.md"
    plain = [k for k in _as_text(name).sections if k.heading]
    wrapped = [k for k in _as_text(name, lambda text: stress.wrap(text, 80)).sections if k.heading]
    assert [s.heading for s in plain].count("1.适用范围") == 5
    assert [s.heading for s in wrapped].count("1.适用范围") == 5
    assert not _as_text(name, lambda text: stress.wrap(text, 80)).furniture[1:]


def test_a_caption_under_a_wrapped_paragraph_is_furniture():
    # A Hong Kong story's photo captions (「一眾嘉賓與油蔴地街坊會學校師生合影」) stand between
    # paragraphs; wrapped, the line over each is a paragraph's last piece, too short to count as
    # body text, so the captions were not taken, and headed sections (7 on main).
    name = "news-hk-walking-library-reading-drive-2024.txt"
    wrapped = _keys(_as_text(name, lambda text: stress.wrap(text, 80)))
    assert not [k for k in wrapped if k.endswith(("合影", "致辭"))]
    assert wrapped == _keys(_as_text(name))
