"""A person's name alone on a line is never a heading (round 7, `docs/history/outline-log.md`): a
signature, a speaker, an author or a credit left where a photo was. The names are people of
the dev documents (`news-cn-diamond-cooling-2026.txt`: 基金经理王峰, 董事长邵增明;
`wr-shaanxi-2026.txt`: 省长赵刚; `wr-cn-2024.txt`: 总理李强), each set alone between real body
paragraphs of a dev news story and of a dev work report, before the first paragraph, in the
middle and after the last; the story's real subhead is the control."""

from __future__ import annotations

import pytest

from gui.core.reading import document_from_text
from gui.core.subheads import PERSON_NAME
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
NAMES = ["王峰", "邵增明", "赵刚", "李强", "赵　刚", "欧阳明华"]


def _lines(name: str) -> list[str]:
    return (REAL / name).read_text(encoding="utf-8").split("\n")


def _headings(text: str) -> list[str]:
    return [s.heading for s in document_from_text(text).sections if s.heading]


def _body_positions(lines: list[str]) -> list[int]:
    body = [i for i, ln in enumerate(lines) if len(ln.strip()) > 60 and "。" in ln]
    return [body[0], body[len(body) // 2], body[-1] + 1]


@pytest.mark.parametrize("document", ["news-cn-diamond-cooling-2026.txt", "wr-tianjin-2026.txt"])
@pytest.mark.parametrize("name", NAMES)
def test_a_name_alone_heads_nothing(document: str, name: str):
    lines = _lines(document)
    before = _headings("\n".join(lines))
    for at in _body_positions(lines):
        found = _headings("\n".join(lines[:at] + [name] + lines[at:]))
        assert found == before, (name, at)


def test_the_story_keeps_its_subhead():
    # The dev story's own subhead, 「“金刚石散热元年”」, is found with or without a name nearby.
    lines = _lines("news-cn-diamond-cooling-2026.txt")
    assert "“金刚石散热元年”" in _headings("\n".join(lines))


@pytest.mark.parametrize(
    "line",
    # Headlines of two to four characters whose first character is also a surname's: the
    # common-word surnames are not in the list (金融, 高校, 方案, 江苏, 黄河, 林业, 苏州, 范围).
    ["金融", "高校", "方案", "江苏", "黄河", "林业", "苏州", "范围", "结语", "前言", "展望未来"],
)
def test_short_headlines_are_no_names(line: str):
    assert PERSON_NAME.fullmatch(line) is None
