"""An interview printed as turns (``gui.core.label_heads.interview_turns``, task o35, session
23), on real lines of dev documents: batch 40's 澎湃新闻 interview (its questions, 「澎湃新闻：…？」,
head the answers 「吴先生：…」; gold level 2 under the interview's subhead) and batch 32's 新闻联播
transcript, whose reporter's quick questions over one-word answers head nothing."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
SHISHI = REAL / "news-cn-shishi-free-bun-shop-closes-2021.html"
TRANSCRIPT = REAL / "news-cn-cctv-xwlb-transcript-20030110.md"


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def test_an_interviews_questions_head_its_answers():
    doc = read_document(SHISHI)
    asked = [h for h in _headings(doc) if h.startswith("澎湃新闻：")]
    assert len(asked) == 7
    assert asked[0] == "澎湃新闻：最初为何会想到开一家免费馒头店呢？"
    levels = {s.level for s in doc.sections if s.heading in asked}
    assert levels == {2}  # (under 「对话“永恒阳光馒头店”老板」)
    assert not any(h.startswith("吴先生：") for h in _headings(doc))


# news-cn-shishi-free-bun-shop-closes-2021.html: two turns, cut short.
TWO_TURNS = (
    "对话“永恒阳光馒头店”老板\n"
    "澎湃新闻：最初为何会想到开一家免费馒头店呢？\n"
    "吴先生：2006年我大学毕业，先后在浙江杭州和广东工作，当时月收入仅800元，日子过得比较拮据。\n"
    "澎湃新闻：为何会选择开在福建泉州呢？\n"
    "吴先生：当时我的工厂在泉州晋江那边，但是经常到石狮那边去，看到一些废旧老城区拆迁的地方。\n"
)


def test_two_turns_are_no_interview():
    assert not any(h.startswith("澎湃新闻：") for h in _headings(document_from_text(TWO_TURNS)))


def test_a_broadcasts_quick_exchange_heads_nothing():
    # 「记者：怎么打，直接就可以打了？」 over 「郎中：直接就可以打。」: four questions, short answers.
    doc = read_document(TRANSCRIPT)
    assert not any(h.startswith(("记者：", "郎中：")) for h in _headings(doc))
