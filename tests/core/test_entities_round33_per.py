"""Round 33 of #13, PER (session 20): two surnames and a given name after a title are no married
name when the fourth character is an adverb (總統府秘書長潘孟安|也在座, not 潘孟安也). Real lines of
dev batch 25's documents, written phrases, and phrases the rules must leave alone, in every script
view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


def _people(text: str) -> list[str]:
    return of_type(text, "PER")


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b25, a Taiwan presidential release: 潘 and 孟 are both surnames, 也 an adverb
        ("前來總統府晉見總統，總統府秘書長潘孟安也在座。", ["潘孟安"]),
        # written: a married name after a title stays whole
        ("特首林郑月娥表示，政府会跟进。", ["林郑月娥"]),
    ],
)
def test_an_adverb_after_a_full_name_is_no_given_name(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)
