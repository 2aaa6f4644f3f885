"""Session 23 (e42, #13): a short name a document defines for a body it names in full, as an
abbreviation of its characters (台灣同志運動發展協會（下稱「台灣同運會」）): the full name, the
short name and its later occurrences are the body. Lines of dev documents, in every script view."""

from __future__ import annotations

from gui.core.entities.definitions import abbreviates
from tests.core.entity_views import of_type, same_in_every_view, spans

# dev, news-hk-taiwan-gay-games-team-2021: a body defines its own abbreviation in a bracket and
# the news then names it so; 同 of 同志 is no stop "with" inside the full name
_GAMES = (
    "在亞洲，台灣最先承認同性婚姻合法化，原本台灣同志運動發展協會（下稱「台灣同運會」）預估將"
    "組5百人以上團隊參加，但考量「一個中國」及香港局勢與國安法影響，將不主動組隊參加。\n"
    "台灣同運會2018年參加巴黎同樂運動會，仍以Taiwan隊名參加開幕儀式。"
)


def test_an_abbreviation_the_document_defines():
    found = of_type(_GAMES, "ORG")
    assert found.count("台灣同運會") == 2 and "台灣同志運動發展協會" in found, spans(_GAMES)
    same_in_every_view(_GAMES)


def test_what_abbreviates_a_name():
    # written: three characters or more, in order, the first and the last of the full name
    assert abbreviates("台湾同运会", "台湾同志运动发展协会")
    assert abbreviates("市监局", "市场监督管理局")
    assert not abbreviates("运动会", "台湾同志运动发展协会")  # not its first character
    assert not abbreviates("台湾同会", "台湾同志运动发展协会会所")  # not its last
    assert not abbreviates("同运", "同志运动")  # two characters: a word, not an abbreviation
