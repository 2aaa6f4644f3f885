"""A photo's credit alone on its line is no heading (outline_lists.drop_credits; docs/outline.md,
round s24): a page that breaks the line after every sentence (stress_outline's ``sentences``
form) sets the credit apart from the caption sentence it closes."""

from __future__ import annotations

import pytest

from gui.core.outline_lists import _PHOTO_CREDIT
from gui.core.reading import document_from_text
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"

# news-hk-taiwan-gay-games-team-2021.md (batch 27), its title, two captions and two paragraphs,
# one sentence a line
GAY_GAMES = [
    "擔憂國安法影響選手安危\u3000台灣明年不組隊參加同樂運動會",
    "台灣同運會2018年參加巴黎同樂運動會，仍以Taiwan隊名參加開幕儀式。",
    "台灣同運會提供",
    "世界同樂運動會在1982年美國舊金山首次舉行，4年舉辦一次，活動不限制參賽者的性傾向，也不限制參賽者"
    "的運動水平和年齡，業餘運動愛好者和高水平的職業運動員都可報名參與，體現「參與、包容與自我表現」"
    "三大核心價值。",
    "台灣選手首次參賽就奪下10金5銀3銅的好成績，選手也可以手持中華民國國旗上台。",
    "台灣同運會提供",
    "台灣2018年首次參加巴黎同樂運動會，就奪下10金5銀3銅的亮眼成績，也促成台灣同運會爭取2026同樂運動會"
    "在台灣舉辦，可惜最後止步於最後8強名單。",
]


def test_a_credit_set_apart_from_its_caption_heads_nothing():
    doc = document_from_text("\n".join(GAY_GAMES), REAL / "x.txt")
    assert [s.heading for s in doc.sections if s.heading] == []


@pytest.mark.parametrize(
    "line",
    # the credits of dev news pages of batches 3, 29, 41 and 43 (HK and Taiwan sources)
    ["美聯社圖片", "政府新聞處照片", "中央台截圖", "新華社", "木棉樹Facebook圖片", "美聯社照片"],
)
def test_photo_credits(line: str):
    assert _PHOTO_CREDIT.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    # dev headings that name a picture or a provider inside a phrase: no credit
    ["金剛石散熱元年", "智障人士牙科服務終止 張超雄：並非錢的問題", "一次登記，三口岸適用"],
)
def test_headings_are_no_photo_credits(line: str):
    assert _PHOTO_CREDIT.fullmatch(line) is None
