"""A legislative text's numbered provisions are no headings (task o34, issue #12): batch 40's
two dev people's-congress decisions (宿迁 and 三都, each with its adoption note, 题注, under the
title) number their provisions 「一、」 as a regulation numbers its articles; a provision that
holds a sentence heads nothing, and a text with no adoption note keeps its 「一、」 headings.
"""

from __future__ import annotations

import pytest

from gui.core.front_lines import is_adoption_note
from gui.core.outline import build_outline
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


@pytest.mark.parametrize(
    "name",
    [
        "gw-cn-suqian-online-rentals-minors-decision-2024.md",
        "gw-cn-sandu-fishery-regulation-amendment-decision-2022.md",
    ],
)
def test_a_decisions_provisions_head_nothing(name: str) -> None:
    doc = read_document(REAL / name)
    headings = [s.heading for s in doc.sections if s.heading]
    assert not any(h[:2] in {"一、", "二、", "三、", "四、"} for h in headings), headings


def test_the_adoption_note_and_a_text_without_one() -> None:
    lines = (
        (REAL / "gw-cn-suqian-online-rentals-minors-decision-2024.md")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    note = lines[19]  # 「（2024年6月27日宿迁市第六届…第十九次会议通过　2024年7月31日…批准）」
    assert is_adoption_note(note)
    assert not is_adoption_note(lines[23])  # 「一、本市行政区域内的网约房经营者…」
    title = "宿迁市人民代表大会常务委员会关于规范网约房向未成年人提供住宿服务的决定\n"
    provisions = "".join(f"{line}\n" for line in lines[23:30:2])  # 一、, its paragraph, 二、, its
    with_note = build_outline(f"{title}{note}\n{provisions}")
    without = build_outline(f"{title}{provisions}")
    assert not any(s.heading for s in with_note.sections)
    assert [s.heading[:2] for s in without.sections if s.heading] == ["一、", "二、"]
