"""Session 24 (e47, #13): people of Hong Kong and Taiwan news named once in full and short
after that — a transliterated name glossed once in Latin letters (希克（Uli Sigg）) is that
person bare later on. Lines of dev documents, in every script view, and what must stay as it
is: a Chinese-style name glossed in Latin is not repeated bare."""

from __future__ import annotations

from tests.core.entity_views import of_type, same_in_every_view


def test_glossed_transliteration_is_the_person_later_on():
    # dev, news-hk-hkcnews-uli-sigg-m-plus-donation-2021: the name glossed once, bare after
    text = (
        "捐出超過1500件當代中國藝術藏品給香港M+博物館的「中國通」希克（Uli Sigg），集商界、"
        "前外交官及收藏家多重身分在一身。希克已經到港，準備出席M+開幕。\n"
        "希克今次因M+開幕特意接受三周隔離來港"
    )
    assert of_type(text, "PER") == ["希克", "Uli Sigg", "希克", "希克"]
    same_in_every_view(text)


def test_a_name_never_glossed_is_not_repeated():
    # The same lines without the gloss: nothing names 希克 a person.
    text = "集商界、前外交官及收藏家多重身分在一身。希克已經到港，準備出席M+開幕。"
    assert of_type(text, "PER") == []
