"""A news page's tail: the site's appeals under the story (subscribe, follow, download the
app, related reading) are furniture; the same words inside the story are not. Lines from the
corpus's Hong Kong news pages (tests/data/real)."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
STORY = (
    "立法會議員張超雄批評，先導計畫四年共花了2000萬元，而政府今年有接近一千億財政盈餘，"
    "並非無錢繼續計畫。"
)
# 眾新聞's tail: the appeal to subscribe, then the subscription link.
APPEAL = (
    "請加入成為眾新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的「每周時事」通訊 。"
)
LINK = "月費訂戶 網址：hkcnews.com/aboutus/#subscribe"


def kinds(doc) -> list[tuple[str, str]]:
    return [(f.kind, doc.text[f.start : f.end]) for f in doc.furniture]


def test_a_subscription_appeal_in_the_tail_is_furniture_with_the_link():
    doc = document_from_text(
        f"先導計畫結束　智障人士補牙無路\n{STORY}\n{STORY}\n{APPEAL}\n{LINK}\n"
    )
    assert ("news", APPEAL) in kinds(doc)
    assert doc.is_furniture(doc.text.index(LINK), doc.text.index(LINK) + len(LINK))
    # The story stays body text.
    assert not doc.is_furniture(doc.text.index(STORY), doc.text.index(STORY) + len(STORY))


def test_appeals_of_other_kinds_in_a_tail():
    tail = [
        "歡迎訂閱我們的電子報，每周收到精選報道。",
        "关注我们的微信公众号，获取更多资讯。",
        "立即下載App，隨時隨地掌握最新消息。",
        "延伸閱讀：西九故宮疑團再問　馬會點批35億？",
    ]
    doc = document_from_text("標題\n" + f"{STORY}\n" * 2 + "\n".join(tail) + "\n")
    assert [k for k, _ in kinds(doc)] == ["news"] and kinds(doc)[0][1] == "\n".join(tail)


def test_the_same_words_inside_the_story_are_text():
    # A story about a membership drive: the line is followed by more of the story.
    member = "市民可加入成為會員，支持團體的工作。"
    doc = document_from_text(f"標題\n{STORY}\n{member}\n{STORY}\n")
    assert kinds(doc) == []
    # A long paragraph of the story at its end is never an appeal.
    long = STORY * 2 + "團體呼籲市民加入成為會員。"
    doc = document_from_text(f"標題\n{STORY}\n{long}\n")
    assert kinds(doc) == []


def test_the_hong_kong_news_pages_of_the_corpus_keep_no_tail_in_the_body():
    doc = read_document(REAL / "news-hk-dental-pilot-2017.md")
    tail = doc.text.rstrip().rsplit("\n", 2)[-2:]
    assert tail[0].startswith("請加入成為眾新聞的月費訂戶")
    for line in tail:
        start = doc.text.index(line)
        assert doc.is_furniture(start, start + len(line))
    # The last paragraph of the story is still text.
    last = "另一議員郭家麒亦稱"
    assert not doc.is_furniture(doc.text.index(last))
