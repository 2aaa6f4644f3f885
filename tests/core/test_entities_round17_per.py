"""Round 17 of #13, PER: a full name after a title whose middle character is more often a
function character (其, 体, 长), closed by a mark (市长陈其迈。, 总经理王体轩、). Real lines of dev
documents of two sources and written phrases, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _people(text: str) -> list[str]:
    return [s for s, t in spans(text) if t == "PER"]


@pytest.mark.parametrize(
    "text, person",
    [
        # dev b13, a CNA caption, and dev b10, a State Council notice
        ("有狹怨報復。左為高雄市長陳其邁。中央社記者攝", "陳其邁"),
        ("阳泉煤业集团公司总经理王体轩、董事长王亦农受到行政警告处分", "王体轩"),
        # written
        ("出席仪式的有董事长刘其昌、总经理王华", "刘其昌"),
    ],
)
def test_a_name_with_a_function_character_in_the_middle_after_a_title(text, person):
    assert person in _people(text), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, not_person",
    [
        ("会长张其他人员参加", "张其他"),
        ("这项工作由县委书记负总责", "负总责"),
        ("他和村委会主任商量过这件事", "商量过"),
        ("列入人类非物质文化遗产代表作名录。", "作名录"),
    ],
)
def test_words_after_a_title_are_no_names(text, not_person):
    assert not_person not in _people(text), spans(text)
