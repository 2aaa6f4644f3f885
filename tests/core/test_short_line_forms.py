"""What makes a short standalone line between body paragraphs a heading, and what makes it
body text or furniture, by genre (``docs/history/outline-log.md``, *Round 6*). Each line is set between two
real body paragraphs of a dev document — a Shanghai 公文 of batch 6 and a news report of batch
6 — so only the line's form decides; real subheads of the dev corpus are the control."""

from __future__ import annotations

import pytest

from gui.core.reading import document_from_text
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _paragraphs(name: str) -> list[str]:
    text = (REAL / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.split("\n") if len(ln.strip()) > 60 and "。" in ln]


def _gongwen(line: str) -> str:
    body = _paragraphs("gw-sh-taxi-fare-float-rules-2021.md")
    return "\n".join(
        [
            "上海市交通委员会、上海市发展和改革委员会关于本市市域巡游出租汽车运价浮动实施规则的通知",
            "各相关单位：",
            body[1],
            line,
            body[2],
            body[3],
            "市交通委",
            "二○二一年十二月三十日",
        ]
    )


def _news(line: str) -> str:
    body = _paragraphs("news-cn-aerospace-selldown-2026.txt")
    return "\n".join(
        ["航天环宇实控人等拟套现2.2亿 正拟定增募不超15.5亿", body[0], line, body[1], body[2]]
    )


GENRES = [_gongwen, _news]


def _headings(text: str) -> list[str]:
    return [s.heading for s in document_from_text(text).sections if s.heading]


def _kind(text: str, line: str) -> str | None:
    document = document_from_text(text)
    at = document.text.index("\n" + line + "\n") + 1
    return next((f.kind for f in document.furniture if f.start <= at < f.end), None)


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    "line",
    [
        # A 公文's closing formula (结束语, GB/T 9704-2012 7.3.3): it ends the text.
        "特此通知",
        "特此函告",
        "此复",
        "妥否，请批示",
        "请遵照执行",
        "以上意见如无不妥，请批转各地执行",
        # A note in brackets: a 公文's 附注, a reporter's credit.
        "（此件公开发布）",
        "（记者 张三）",
        # A table of contents' label, spaced out as a regulation sets it
        # (`reg-sh-historic-towns-2025.txt`, dev) or not: never a section of its own.
        "目　　录",
        "目录",
        "目　次",
    ],
)
def test_body_forms_are_no_heading(genre, line: str):
    assert _headings(genre(line)) == []


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # A picture's widget or credit left where the picture was, a share prompt, a link list.
        ("点击查看大图", "chrome"),
        ("视频加载中", "chrome"),
        ("扫一扫在手机打开当前页", "chrome"),
        ("相关链接", "chrome"),
        ("资料图片", "caption"),
        ("新华社发", "caption"),
        ("新华社发 张三摄", "caption"),
        ("图片 视觉中国", "caption"),
        ("延伸阅读", "chrome"),  # a related-reading box's label
        # A page's staff credits without a colon.
        ("编辑 张三", "news"),
        ("责编 王五", "news"),
        ("审核 李四", "news"),
        ("统筹 张三 李四", "news"),
    ],
)
def test_page_furniture_between_paragraphs(genre, line: str, kind: str):
    text = genre(line)
    assert _headings(text) == []
    assert _kind(text, line) == kind


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    # Real subheads of dev news pages (batches 1, 4 and 6): a short headline heads its text.
    "line",
    ["民政專員拉隊離場", "稳住制造业基本盘", "居英權計劃共5萬名額", "热点问题一一回应"],
)
def test_a_subhead_between_the_same_paragraphs_heads_them(genre, line: str):
    assert _headings(genre(line)) == [line]
    assert _kind(genre(line), line) is None
