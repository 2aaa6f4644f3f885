"""Taiwan 公告 and a release's run-together head (round 9, `docs/history/outline-log.md`).

- A 公告 of the 公文程式條例 set out as the city prints it: its 主旨 sentence as the page's title,
  then the letterhead 「臺南市政府　公告」 (or the authority alone, 「臺南市政府」, right over the
  first field), 發文日期 / 發文字號 / 附件, 主旨, and its parts 依據： and 公告事項： whose numbered
  points open with a label (「一、公告時間：自民國115年8月21日零時起生效。」).
- A release's head keys run together on one line (「發稿單位：…發稿時間：…發稿人員：…」), a
  contact after the writer (「發稿人：國民健康科 張芸庭連絡電話：06-…」), the credit run into the
  last paragraph (「…再創新局。發稿人：醫事科 邱馨純電話：…」) and a credit in brackets with a
  phone (「(發稿人：勞工局職訓就服中心 電話06-6330820)」).

Real lines: the dev documents `gw-tw-tainan-yongkang-plan-notice-2026.txt` and
`press-tw-tainan-anping-canal-tide-2026.txt` (batch 9), and the city's other 公告 and releases
of 2026 in the same public record (kiang/www.tainan.gov.tw, `docs/data/2026/…`; none of them in
the corpus): 府都規字第1150464309A號 (2026-04-18, the authority alone over its fields), the
release records 8829565, 8817175, 8789394, 8826565 and 8821028.
"""

from __future__ import annotations

from gui.core.cleaning import find_footer
from gui.core.decision_form import header_start, is_notice_letterhead, is_summary_title
from gui.core.numbering import colon_lead_end
from gui.core.patterns import letter_cuts
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
NOTICE = REAL / "gw-tw-tainan-yongkang-plan-notice-2026.txt"
RELEASE = REAL / "press-tw-tainan-anping-canal-tide-2026.txt"

#: 府都規字第1150464309A號 (2026-04-18), as the city's record gives it: the authority alone.
XIAYING = (
    "「變更下營主要計畫（第四次通盤檢討)（含計畫圖重製）（第三階段）案」自115年4月18日零時起發布實施生效，特此公告周知。\n\n"
    "臺南市政府\n"
    "發文日期：中華民國115年4月17日\n"
    "發文字號：府都規字第1150464309A號\n"
    "附件：\n\n"
    "主旨：「變更下營主要計畫（第四次通盤檢討)（含計畫圖重製）（第三階段）案」自115年4月18日零時起發布實施生效，特此公告周知。\n\n"
    "依據：\n"
    "一、都市計畫法第21條及第28條\n"
    "二、內政部115年3月17日台內國字第1150802761號函。\n"
    "公告事項：\n"
    "一、自民國115年4月18日零時起生效。\n"
    "二、公告地點：計畫書及圖公告於本府都市發展局永華市政中心公告欄、新營辦公室公告欄及本市下營區公所公告欄。\n"
    "三、公告圖說：比例尺三千分之一計畫圖及計畫書各1份。\n\n"
    "市長 黃偉哲\n"
)
BODY = (
    "台南市安平運河沿線過去每逢年度天文大潮，常因海水倒灌引發「晴天淹水」現象，造成當地交通與居民生活的不便。"
    "市府辦理「安平區安平運河防潮設施改善計畫」工程，市長黃偉哲今（20）日也親自前往視察了解進度。\n\n"
    "水利局說明，在阻絕外水防線建構上，工程於安平運河沿線的排水出口，共增設了19處舌閥。"
)


def fields(doc) -> dict[str, str]:
    return {k: v.text for k, v in doc.header.fields.items()}


def headings(doc) -> list[str]:
    return [doc.text[s.heading_start : s.heading_end] for s in doc.sections if s.heading]


def test_the_dev_notice_has_its_title_issuer_and_parts():
    doc = read_document(NOTICE)
    assert doc.title is not None and doc.title.startswith("「變更高速公路永康交流道")
    got = fields(doc)
    assert got["issuer"] == "臺南市政府"
    assert got["number"] == "府都規字第1151240479A號"
    assert got["date"] == "中華民國115年8月20日"
    issuer = doc.header.fields["issuer"]
    assert doc.text[issuer.start : issuer.end] == "臺南市政府"
    assert doc.header.genre == "official"
    assert headings(doc) == [
        "依據：",
        "公告事項：",
        "一、公告時間：",
        "二、公告地點：",
        "三、公告圖說：",
    ]
    # The 依據 points are sentences (a list), the 公告事項 points labelled: a tier each.
    assert [s.level for s in doc.sections if s.heading] == [1, 1, 2, 2, 2]


def test_the_letterhead_counts_only_over_its_letters_fields():
    lines = [
        "臺南市政府　公告",
        "發文日期：中華民國115年8月20日",
        "發文字號：府都規字第1151240479A號",
    ]
    assert is_notice_letterhead(lines, 0)
    assert is_notice_letterhead(["臺南市政府公告", *lines[1:]], 0)
    assert is_notice_letterhead(["行政院 函", "受文者：臺南市政府"], 0)
    assert is_notice_letterhead(["臺南市政府", *lines[1:]], 0)  # the authority alone
    assert header_start(["「…」案自115年8月21日零時起發布實施生效，特此公告周知。", *lines]) == 1
    assert is_summary_title(["「…」案自115年8月21日零時起發布實施生效，特此公告周知。", *lines])
    # A mainland banner over its number, a notice's own words, a body over body text: none.
    assert not is_notice_letterhead(["国家税务总局公告", "2019年第1号"], 0)
    assert not is_notice_letterhead(["停水公告", *lines[1:]], 0)
    assert not is_notice_letterhead(["臺南市政府", "本府訂於115年5月9日進行水塔清洗。"], 0)
    assert not is_notice_letterhead(["臺南市政府", "附件：", *lines[1:]], 0)
    # A mainland site's table under a body's name is no letter's head.
    assert not is_notice_letterhead(["上海市人民政府", "发文日期：2023年1月1日"], 0)
    assert not is_notice_letterhead(["上海市人民政府公告", "发文日期：2023年1月1日"], 0)


def test_an_outside_notice_whose_letterhead_is_the_authority_alone():
    doc = document_from_text(XIAYING)
    assert fields(doc)["issuer"] == "臺南市政府"
    assert doc.title is not None and doc.title.endswith("特此公告周知。")
    assert "二、公告地點：" in headings(doc)
    assert "依據：" in headings(doc)


def test_a_colon_inside_brackets_ends_no_headline():
    line = "四、都市計畫說明會舉辦時間與地點為民國115年6月26日上午10時00分，假本市歸仁區公所3樓禮堂舉行（地址：臺南市歸仁區中山路2段2號），歡迎踴躍參加。"
    assert colon_lead_end(line, 2) is None
    assert colon_lead_end("二、公告地點：本府都市發展局公告欄。", 2) == 7
    assert colon_lead_end("(二)核銷作業流於形式：核銷文件未經覆核。", 3) == 12


def test_the_dev_release_head_run_together():
    got = fields(read_document(RELEASE))
    assert got["source"] == "新聞及國際關係處"
    assert got["time"] == "115年8月20日"
    assert got["reporter"] == "劉一芬"


def release(*tail: str, head: str = "") -> str:
    title = "視察安平運河防潮設施    黃偉哲：終結「晴天淹水」  打造台南防洪韌性城市"
    return f"{title}\n\n{head + chr(10) + chr(10) if head else ''}{BODY}" + "".join(tail) + "\n"


def test_outside_release_credits():
    # The writer and then a contact, run together, on the last line: never the site's footer.
    text = release("\n發稿人：國民健康科 張芸庭連絡電話：06-6357716（東興辦公室）轉392")
    doc = document_from_text(text)
    assert doc.footer is None
    assert fields(doc)["reporter"] == "國民健康科 張芸庭"
    assert find_footer(text + "地址：臺南市永華路二段6號\n") is not None  # the site's own is
    # Run into the last paragraph after its sentence end.
    doc = document_from_text(release("發稿人：醫事科 邱馨純電話：06-2679751分機124"))
    assert fields(doc)["reporter"] == "醫事科 邱馨純"
    assert doc.text.endswith("19處舌閥。發稿人：醫事科 邱馨純電話：06-2679751分機124\n")
    credit = [f for f in doc.furniture if doc.text[f.start : f.end].startswith("發稿人")]
    assert credit and credit[0].kind == "news"


def test_the_unit_in_charge_with_its_contact_is_no_footer():
    # Batch 35 (dev): the Tainan EPB release's last line, the unit in charge and its contact
    # run together (the gold keeps contact lines as body).
    path = REAL / "press-tw-tainan-epb-energy-saving-subsidy-2018.txt"
    last = path.read_text("utf-8").rstrip("\n").rsplit("\n", 1)[-1]
    assert last.startswith("承辦單位:空氣及噪音管理科聯絡人: 林郁嘉 聯絡電話:06-268-6751")
    doc = read_document(path)
    assert doc.footer is None and doc.text.rstrip().endswith(last)
    assert find_footer(release("\n" + last)) is None
    # A site's 承辦單位 names no contact: its footer is still one.
    site = "\n承辦單位：臺南市政府資訊中心\n地址：臺南市安平區永華路二段6號 電話：06-2991111"
    assert find_footer(release(site)) is not None
    # In brackets, with a phone after a space.
    doc = document_from_text(release("\n(發稿人：勞工局職訓就服中心 電話06-6330820)"))
    assert fields(doc)["reporter"] == "勞工局職訓就服中心"
    # 發稿日期 with a half-width colon; 發稿單位 and 發稿時間 apart.
    doc = document_from_text(release(head="發稿單位:水利局\n發稿日期:115年7月23日"))
    assert (fields(doc)["source"], fields(doc)["time"]) == ("水利局", "115年7月23日")
    doc = document_from_text(
        release(head="發稿單位：新聞及國際關係處發稿時間：115年2月10日16:10發稿人：葉泯萱")
    )
    got = fields(doc)
    assert (got["source"], got["time"], got["reporter"]) == (
        "新聞及國際關係處",
        "115年2月10日16:10",
        "葉泯萱",
    )


def test_a_bracket_in_a_name_stays():
    doc = document_from_text(release(head="發稿單位：臺南市政府（新聞及國際關係處）"))
    assert fields(doc)["source"] == "臺南市政府（新聞及國際關係處）"


#: 南市都管字第1150262112A號 (2026-02-12), as the city's record gives it: the page lost its line
#: breaks, letterhead, fields and parts run together on one line.
RUN_TOGETHER = (
    "公告「擬定臺南科學工業園區特定區計畫（不含科學園區部分）（新市區建設地區開發區塊A、B、C、D、E、N、O）細部計畫案」都市計畫樁位公告圖、樁位圖及樁位坐標表、控制測量成果，並自民國115年2月13日\n\n"
    "臺南市政府都市發展局\u3000公告發文日期：中華民國115年2月12日發文字號：南市都管字第1150262112A號"
    "主旨：公告「擬定臺南科學工業園區特定區計畫（不含科學園區部分）（新市區建設地區開發區塊A、B、C、D、E、N、O）細部計畫案」"
    "都市計畫樁位公告圖、樁位圖及樁位坐標表、控制測量成果，並自民國115年2月13日起公告30天。"
    "依據：都市計畫樁測定及管理辦法第8條。公告事項：一、公告時間：自民國115年2月13日起公告30天。"
    "二、公告地點：本府都市發展局公告欄（新營辦公室、永華市政中心）、臺南市安定區公所公告欄、臺南市善化區公所公告欄、臺南市新市區公所公告欄，並刊登於本府市政公報。"
    "三、公告內容：「擬定臺南科學工業園區特定區計畫（不含科學園區部分）（新市區建設地區開發區塊A、B、C、D、E、N、O）細部計畫案」都市計畫樁位公告圖、樁位圖及樁位坐標表、控制測量成果。\n"
)


def test_a_notice_run_together_on_one_line():
    doc = document_from_text(RUN_TOGETHER)
    got = fields(doc)
    assert got["issuer"] == "臺南市政府都市發展局"
    assert got["number"] == "南市都管字第1150262112A號"
    assert got["date"] == "中華民國115年2月12日"
    issuer = doc.header.fields["issuer"]
    assert doc.text[issuer.start : issuer.end] == "臺南市政府都市發展局"
    assert headings(doc) == ["一、公告時間：", "二、公告地點：", "三、公告內容："]
    # Two fields of a letter are needed: a sentence that names one stays whole.
    text = "本府已於115年2月12日公告，主旨：請各區公所轉知轄內民眾，如有疑義請洽詢本局承辦人員。"
    assert letter_cuts(text) == []
