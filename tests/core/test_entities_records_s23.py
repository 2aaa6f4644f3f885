"""Session 23 (e43, #13): forms of the language and of genres that batches 44–46 showed missed —
a record's name around an office (請陳委員超明發言 → 陳, 超明), Taiwan's Minguo dates written
on a year's end or in numerals without 民國 (114年底, 九十八年六月一日), a range of days sharing
its month (5月13至14日), a month's middle (7月中), last or next year written out (去（2022）年11月), a country's armed
service (美國太空軍), and 內地 "the Mainland" before a venue's word (內地口岸: a kind). Lines of
dev documents, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import assert_found_in_order, of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, people",
    [
        # dev, report-tw-ly-interior-committee-referendum-act-2012: the chair gives the floor
        (
            "這個部分擺在這邊不妥，應該有更審慎的考慮。謝謝！\n\n陳其邁：請李委員俊俋發言。",
            ["李", "俊俋"],
        ),
        ("陳其邁：請陳委員超明發言。", ["陳", "超明"]),
    ],
)
def test_a_records_name_around_an_office(text, people):
    assert_found_in_order(text, "PER", people)


def test_a_verb_after_the_office_is_no_given_name():
    # written: 表示 after 陳委員 is what the member did
    text = "會議中，陳委員表示，應該有更審慎的考慮。"
    assert "表示" not in of_type(text, "PER"), spans(text)


@pytest.mark.parametrize(
    "text, dates",
    [
        # dev, press-tw-tainan-water-resources-dredging-funds-rebuttal-2026: a year's end and a
        # fiscal year date the document; its bare years are Minguo years then
        (
            "經實際統計至114年底，臺南市執行內政部國土管理署「前瞻雨水特別預算」之執行率已達100%",
            ["114年底"],
        ),
        ("又自108年起年清淤量自10.7萬噸逐年增加至113年度已達77萬噸。", ["108年", "113年度"]),
        # dev, gw-tw-ey-human-trafficking-prevention-act-effective-date-order-2009
        (
            "中華民國九十八年一月二十三日公布之「人口販運防制法」，定自九十八年六月一日施行。",
            ["中華民國九十八年一月二十三日", "九十八年六月一日"],
        ),
        # dev, news-hk-oncc-mtr-fare-profit-sharing-scrapped-2023: days of one month in a range
        (
            "將於下月8至9日、5月13至14日提供半價乘車日，但該優惠僅於周六、日提供",
            ["8至9日", "5月13至14日"],
        ),
        # dev, news-tw-pts-us-space-force-korea-drill-explainer-2023
        (
            "美國太空軍去（2022）年11月在夏威夷珍珠港的基地，首度在本土以外設立區域指揮中心",
            ["去（2022）年11月"],
        ),
        # dev, press-mo-dsf-public-procurement-law-briefings-2026 and
        # news-hk-tung-chee-hwa-national-day-absence-2021: a month's middle
        ("在新法生效前，財政局於7月中及8月下旬為公共部門舉辦講解會", ["7月中", "8月下旬"]),
        ("大會播出董建華預先錄製的發言片段；9月中另一個活動，董建華則發表書面賀詞。", ["9月中"]),
        # dev, press-tw-hsinchu-lichi-pond-dredging-2015: January written 元月
        ("水質淨化及植裁環境綠美化工程，預計明(105)年元月底前完工。", ["明(105)年元月底"]),
    ],
)
def test_dates_of_taiwan_and_hong_kong(text, dates):
    assert_found_in_order(text, "DATE", dates)


def test_a_month_before_a_word_of_china_keeps_its_own_end():
    # dev, news-hk-qianhai-plan-chief-executive-column-2021: 中 opens 中共中央
    text = "動十四五及前海規劃的莫大挑戰\n2021年3月中共中央發表的 《中華人民共和國國民經濟和社"
    assert "2021年3月" in of_type(text, "DATE"), spans(text)
    assert "中共中央" in of_type(text, "ORG"), spans(text)


def test_a_count_of_years_stays_a_quantity():
    # written: no Minguo date in the text, 98年 alone is a count
    text = "這座廟宇已有98年歷史，在98年間修繕三次。"
    assert not of_type(text, "DATE"), spans(text)
    # written: a bare number of years in numerals is no date without month and day
    assert not of_type("他在這裡工作了九十八年。", "DATE")


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "美國太空軍去（2022）年11月在夏威夷珍珠港的基地，首度在本土以外設立區域指揮中心",
            "美國太空軍",
        ),
        # dev, news-cn-xwlb-riyadh-arrival-20221208
        ("习近平乘坐的专机进入沙特领空后，沙特空军4架战机升空护航。", "沙特空军"),
    ],
)
def test_a_countrys_armed_service(text, body):
    assert body in of_type(text, "ORG"), spans(text)
    same_in_every_view(text)


def test_the_mainland_before_a_venues_word_is_a_kind():
    # dev, news-hk-hkcnews-co-location-bill-committee-long-title-2018
    text = "「一個範圍」則指一個地方，不能夠代表設於不同樓層的內地口岸區。"
    assert not any("口岸" in loc for loc in of_type(text, "LOC")), spans(text)
