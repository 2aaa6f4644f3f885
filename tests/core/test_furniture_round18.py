"""Round 18's furniture and fields (`docs/history/outline-log.md`, "Round 18, session 15"): batch 15's dev
documents, read as the app reads them — a portal's item header, a paper's news hotline spliced
into its story, a Hong Kong paper's credits with the vertical colon — and the lines the rules
must leave alone.
"""

from __future__ import annotations

from gui.core.furniture import classify_line
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO, furniture_lines

REAL = REPO / "tests" / "data" / "real"
PORTAL = REAL / "news-cn-otis-tianjin-orders-2011.txt"
HOTLINE = REAL / "news-cn-xiangxi-hospital-bribery-2011.txt"
HK_CREDITS = REAL / "news-hk-waste-charge-concerns-2019.txt"


def test_portal_item_header_names_the_outlet():
    """A procurement portal reprints a paper's story under 「发布人：-广州日报」: the line is
    furniture, the outlet is the source, and the deck under the header is no section."""
    doc = read_document(PORTAL)
    assert any("发布人：-广州日报" in f for f in furniture_lines(doc))
    assert doc.header.fields["source"].text == "广州日报"
    headings = [s.heading for s in doc.sections if s.heading]
    assert "奥的斯销售订单疑遭重挫" not in headings
    # (a government page's 信息发布人 is a person, not the outlet)
    text = (
        "关于开展安全检查的通知\n\n信息发布人：张三\n\n各单位：现就开展安全检查有关事项通知如下。\n"
    )
    fields = document_from_text(text).header.fields
    assert "source" not in fields


def test_news_hotline_spliced_into_the_story():
    """法制周报 splices its hotline into the story's text five times: each one is furniture,
    the sentences around it are not."""
    doc = read_document(HOTLINE)
    hot = [f for f in furniture_lines(doc) if "热线" in f]
    assert len(hot) == doc.text.count("(法制周报新闻热线:0731-84802117)") == 5
    assert all(f == "(法制周报新闻热线:0731-84802117)" for f in hot)
    assert classify_line("(法制周报新闻热线:0731-84802117)") == "news"
    # (a hotline said in a sentence, or a short service number, is text)
    assert classify_line("市民可拨打12345热线，反映问题。") is None
    assert classify_line("（热线：12345）") is None
    assert classify_line("群众反映，热线电话0731-84802117长期无人接听（据记者调查）。") is None


def test_hong_kong_credits_with_the_vertical_colon():
    """明報 sets its credits with ︰: the reporter's line and the artist's are furniture, and the
    reporter is the header's."""
    doc = read_document(HK_CREDITS)
    furniture = " ".join(furniture_lines(doc))
    assert "記者︰脫芷晴" in furniture and "美術：陳超雄" in furniture
    assert doc.header.fields["reporter"].text == "脫芷晴"
    assert classify_line("美術：陳超雄") == "news"
    assert classify_line("美術︰本港藝術界人士認為展覽不足。") is None


def test_time_stamp_then_place_or_outlet_and_writer():
    """A Hong Kong page's stamp and the place it was filed from, a Taiwan page's stamp, outlet
    and writer: furniture, and the page's time, source and reporter."""
    doc = read_document(REAL / "news-hk-fanling-highway-fatal-crash-2018.txt")
    assert "2018-09-19 15:13 香港" in furniture_lines(doc)
    assert doc.header.fields["time"].text == "2018-09-19 15:13"
    doc = read_document(REAL / "news-tw-owlting-stellar-investment-2024.txt")
    fields = doc.header.fields
    assert fields["source"].text == "壹 蘋新聞網" and fields["reporter"].text == "呂承哲"
    assert fields["time"].text == "2024/08/12 02:47"
    assert classify_line("2018-09-19 15:13 香港") == "news"
    # (a 公文's bare date, a stamp before a sentence, a name that reports nothing stay text)
    assert classify_line("2018年9月19日 香港") is None
    assert classify_line("2018-09-19 15:13 香港電台報道，粉嶺公路發生車禍。") is None
    assert classify_line("2024/08/12 02:47 壹 蘋新聞網 / 呂承哲") is None


def test_date_and_section_and_reprint_note():
    """A Hong Kong paper's date and page section (「2018-08-02 港聞」) and a Taiwan site's note of
    the paper that allowed the reprint: furniture; the date is the time, the paper the source."""
    doc = read_document(REAL / "news-hk-us-tariff-escalation-2018.txt")
    assert "2018-08-02 港聞" in furniture_lines(doc)
    assert doc.header.fields["time"].text == "2018-08-02"
    doc = read_document(REAL / "news-tw-low-orbit-satellite-coverage-2024.txt")
    assert "（本文由「工商時報」授權轉載）" in furniture_lines(doc)
    assert doc.header.fields["source"].text == "工商時報"
    assert classify_line("本文經《天下雜誌》授權轉載。") == "news"
    # (a sentence about a reprint is text)
    assert classify_line("本文由作者授權轉載後，引起廣泛討論，多家媒體跟進報導。") is None


def test_byline_run_into_the_leads_end():
    """广州日报 runs its byline into the lead's last sentence (「…这一说法。 文/图 本报特派记者刘新宇
    天津报道」): the byline alone is furniture, its reporter the header's; the sentence is text."""
    doc = read_document(PORTAL)
    assert "文/图 本报特派记者刘新宇 天津报道" in furniture_lines(doc)
    assert not any("这一说法" in f for f in furniture_lines(doc))
    assert doc.header.fields["reporter"].text == "刘新宇"
    # (a sentence that ends in 报道 is no byline)
    text = "报告会举行\n\n会议强调，要做好宣传。 各大媒体对此都作了详细报道\n"
    assert not document_from_text(text).furniture
