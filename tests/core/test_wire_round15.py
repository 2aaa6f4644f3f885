"""Round 15's wire rules (`docs/history/outline-log.md`, "Round 15, session 14"), on batch 13's dev 中央社
stories and on lines they must leave alone:

- the dateline 「（中央社記者郭建伸、林巧璉台北16日電）」 names outlet, reporters and day, also
  where the story has no headline (the dateline then opens the text);
- a photo caption run into the lead, closed by its credit and date right before the dateline,
  is furniture up to the date; the dateline stays body;
- the closing credits 「（編輯：謝佳珍）1140516」 are furniture and give ``editor``.
"""

from __future__ import annotations

from gui.core.datelines import _dateline
from gui.core.reading import document_from_text, read_document
from gui.core.wire_credits import wire_furniture
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
KAOHSIUNG = REAL / "news-tw-kaohsiung-floor-area-bonus-dispute-2025.txt"
KOREA = REAL / "news-tw-korea-crash-bird-strike-briefing-2025.txt"


def _fields(doc) -> dict[str, str]:
    return {k: v.text for k, v in doc.header.fields.items()}


def _furniture(doc) -> list[str]:
    return [doc.text[s.start : s.end].strip() for s in doc.furniture_spans()]


def _dateline_text(line: str) -> dict[str, str] | None:
    found = _dateline(line)
    return None if found is None else {k: line[a:b] for k, (a, b) in found.items()}


def test_wire_dateline_names_reporters_place_and_day():
    lead = "（中央社記者郭建伸、林巧璉台北16日電）北院審理京華城案引發民眾黨與高雄市政府為容積獎勵隔空交火。"
    assert _dateline_text(lead) == {
        "source": "中央社",
        "time": "16日",
        "reporter": "郭建伸、林巧璉",
    }
    special = (
        "（中央社記者廖禹揚首爾7日專電）韓國政府今天就去年12月29日發生的濟州航空空難發表簡報。"
    )
    assert _dateline_text(special) == {"source": "中央社", "time": "7日", "reporter": "廖禹揚"}


def test_other_datelines_read_as_before():
    assert _dateline_text(
        "新华社北京12月3日电 国务院总理李强3日主持召开国务院常务会议，部署工作。"
    ) == {
        "source": "新华社",
        "time": "12月3日",
    }
    # (a reporter's note without an outlet, and a bracket that is no dateline)
    assert _dateline_text("（記者王大明／台北報導）行政院今天通過新的住宅補貼方案，明年上路。") == {
        "reporter": "王大明"
    }
    assert (
        _dateline_text("（中央社記者林巧璉攝）高雄市副市長林欽榮16日在高雄市議會接受媒體聯訪。")
        is None
    )


def test_headless_wire_story_fields_and_furniture():
    doc = read_document(KAOHSIUNG)
    assert _fields(doc) == {
        "source": "中央社",
        "time": "16日",
        "reporter": "郭建伸、林巧璉",
        "editor": "謝佳珍",
    }
    furniture = _furniture(doc)
    assert furniture[0].startswith("高雄市副市長林欽榮（右）16日在高雄市議會接受媒體聯訪")
    assert furniture[0].endswith("中央社記者林巧璉攝  114年5月16日")
    assert furniture[-1] == "（編輯：謝佳珍）1140516"
    assert len(furniture) == 2  # the dateline and the story stay body
    assert doc.title is None and not [s for s in doc.sections if s.heading]


def test_special_dispatch_fields_and_credit():
    doc = read_document(KOREA)
    assert _fields(doc) == {
        "source": "中央社",
        "time": "7日",
        "reporter": "廖禹揚",
        "editor": "陳妍君",
    }
    assert _furniture(doc) == ["（編輯：陳妍君）1140107"]


def test_closing_credit_forms():
    story = "當局將盡快對韓國國內所有機場設施進行專家調查，確保類似事故不再發生。"
    for credit, fields in (
        ("（編輯：陳妍君）1140107", {"editor": "陳妍君"}),
        ("（編譯：陳昱婷）1140123", {"reporter": "陳昱婷"}),
    ):
        doc = document_from_text(story + credit + "\n")
        assert _furniture(doc) == [credit]
        assert _fields(doc) == fields


def test_credit_forms_left_alone():
    # Not closing a sentence (a quotation of a credit), a bracket in the middle of a
    # paragraph, a caption credit with no dateline after it: all body text.
    lines = [
        "他指出，報社的慣例是在稿末註明（編輯：謝佳珍）這樣的字樣，讀者多半不會注意",
        "調查團今天表示（編輯：陳妍君）已確認事故發生當時遭到鳥擊，但還要調查確認另一側引擎狀況。",
        "高雄市副市長林欽榮16日在高雄市議會接受媒體聯訪。中央社記者林巧璉攝  114年5月16日 他強調自己沒有狹怨報復。",
    ]
    spans = [(0, len(s), s) for s in lines]
    assert wire_furniture(spans, [None] * len(spans)) == []
    for line in lines:
        assert _fields(document_from_text(line + "\n")) == {}


# -- captions between a story's paragraphs, by the act they show ----------------------------

WALKING = REAL / "news-hk-walking-library-reading-drive-2024.txt"


def test_act_captions_between_paragraphs_are_furniture():
    doc = read_document(WALKING)
    captions = [doc.text[f.start : f.end] for f in doc.furniture if f.kind == "caption"]
    assert "一眾嘉賓與油蔴地街坊會學校師生合影" in captions
    assert "聯合出版集團董事長傅偉中致辭" in captions
    assert "油蔴地街坊會學校校長黃穎詩致辭" in captions
    assert any("局長麥美娟參觀VR體驗展" in c for c in captions)
    assert not [s for s in doc.sections if s.heading]
    assert (doc.title or "").startswith("聯合出版集團「行走的圖書館」元宇宙升級版公益閱讀活動")


def test_act_caption_forms_left_alone():
    from gui.core.furniture import classify_line

    for line in (
        "民政專員拉隊離場",  # real dev subheads between paragraphs
        "热点问题一一回应",
        "稳住制造业基本盘",
        "傅偉中在致辭時表示，剛剛過去的10月1日是大日子。",  # a sentence
        "歡迎辭：",
    ):
        assert classify_line(line, around_body=False) is None
    # (over the story — a headline — the act is no caption)
    assert classify_line("李强出席中国—东盟博览会开幕式并致辞", around_body=True) is None
