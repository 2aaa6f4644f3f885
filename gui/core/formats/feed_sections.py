"""An alert feed's Markdown frame around the release it carries: its sections, not the author's.

A feed that republishes government releases as Markdown pages (batch 41's two 疾管署 releases,
taken from an epidemic-alert feed) sets each release in one frame of ``##`` sections:
「## 摘要」 over the feed's own one-paragraph summary, 「## 詳細內容」 over the release's
text, then the feed's tags, each a ``##`` section holding only a short list
(「## 相關疾病」 / 「- 流感（Influenza）」, 「## 影響地區」 / 「- 台灣（新北市及14縣市）」). None
of these is the release's: the frame's headings are no sections of it, and the summary, the
label over the text and the tag sections are furniture (docs/gold-outline.md, "Furniture":
text a site or a feed delivers around the document). The frame is known by its pair of
sections, a summary heading followed by the full-text heading: a report's own 「## 摘要」
(an abstract over the report's parts) is followed by its parts, never by 「詳細內容」.
"""

from __future__ import annotations

from gui.core.formats._common import LineBuilder

#: The frame's summary heading and the heading over the release's full text.
SUMMARY_HEADINGS = frozenset({"摘要", "内容摘要", "內容摘要"})
FULL_TEXT_HEADINGS = frozenset({"詳細內容", "详细内容"})
#: A tag: one short entry of a list (a disease, a region), no sentence.
MAX_TAG_CHARS = 30
#: Marks that end a sentence inside a line: a tag or the feed's footer has none.
_STOPS = "。；;"


def mark_feed_frame(builder: LineBuilder) -> None:
    """Mark the frame's lines of ``builder`` as chrome and drop its headings: the summary
    section and the full-text heading when they open the headed lines, and the tag sections
    (a heading over list items only, every heading after it one too) that close them."""
    heads = sorted(builder.headings)
    if len(heads) < 2:
        return
    first, second = heads[0], heads[1]
    if (
        _key(builder.lines[first]) not in SUMMARY_HEADINGS
        or _key(builder.lines[second]) not in FULL_TEXT_HEADINGS
    ):
        return
    frame = set(range(first, second + 1))
    tags: set[int] = set()
    ends = [*heads[1:], len(builder.lines)]
    for head, end in reversed(list(zip(heads, ends, strict=True))[2:]):
        entries = _tag_entries(builder, head, end)
        if not entries:
            break
        tags.update([head, *entries])
    for index in frame | tags:
        builder.headings.pop(index, None)
    builder.chrome.update(frame | tags)


def _key(line: str) -> str:
    return "".join(line.split())


def _tag_entries(builder: LineBuilder, head: int, end: int) -> list[int]:
    """The tags under ``head``: the list items that follow it up to ``end`` (the next
    heading), each short and no sentence; none when another line stands between them and the
    next heading. After the last list only the feed's footer may stand (「萃取時間: …
    資料來源: 衛生福利部疾病管制署」): lines without a sentence."""
    entries: list[int] = []
    for k in range(head + 1, end):
        line = builder.lines[k]
        if k not in builder.items:
            break
        if len(line) > MAX_TAG_CHARS or any(stop in line for stop in _STOPS):
            return []
        entries.append(k)
    if not entries:
        return []
    rest = builder.lines[entries[-1] + 1 : end]
    if end < len(builder.lines) and rest:
        return []
    if any(stop in line for line in rest for stop in _STOPS + "！？"):
        return []
    return entries
