"""Round o43 (session 28): the 公文 forms of batches 53–59's dev parts, the text no rule had
been written on — a 公告's tier of labels and sentences, a contact block, a reply's positions, a
county portal's page run into one line with a space between its paragraphs and its title kept
only in the page's bar (docs/outline.md, *Sections*; docs/history/outline-log.md, round o43).
Real lines of dev documents (batches 53, 54, 55, 58), and invented lines where a form needs its
negative."""

from __future__ import annotations

from gui.core.page_residue import run_in_bar_title
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _headings(text: str) -> list[str]:
    return [s.heading for s in document_from_text(text).sections if s.heading]


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# gw-tw-doh-nursing-personnel-act-rules-draft-notice-2012 (batch 54): a gazette 公告's header
# and 公告事項, its 一、 tier two labels in four (a tie: a list) over a contact block.
DOH_HEAD = (
    "行政院衛生署公告：預告「護理人員法施行細則」第17條之1修正草案",
    "行政院衛生署公告",
    "中華民國101年4月5日",
    "衛署照字第1012860804號",
    "主　　旨：預告修正「護理人員法施行細則」第十七條之一。",
    "依　　據：行政程序法第一百五十一條第二項準用第一百五十四條第一項。",
    "公告事項：",
)
DOH_POINTS = (
    "一、修正機關：行政院衛生署。",
    "二、修正依據：護理人員法第五十六條。",
    "三、「護理人員法施行細則」第十七條之一修正草案如附件，本案另載於本署網站「本署公告網頁」"
    "（網址：http://www.doh.gov.tw）。",
    "四、對於本公告內容有任何意見或修正建議者，請於本公告刊登公報之日起7日內陳述意見或洽詢：",
)
DOH_CONTACT = (
    "(一)承辦單位：行政院衛生署護理及健康照護處",
    "(二)地址：10341台北市大同區塔城街36號",
    "(三)電話：02-85906381",
    "(四)傳真：02-85906037",
    "(五)電子郵件：nhlialin@doh.gov.tw",
)
DOH_TAIL = ("署　　長　邱文達",)


def test_a_tier_of_two_labels_in_four_over_a_contact_block_is_a_list():
    # Gold: 公告事項： level 1, its 一、–四、 a list (rule 3, a tie: the lead-in 四、 closed by
    # ： is a sentence, not a label), the (一)–(五) contact lines items of that list.
    headings = _headings(_text(*DOH_HEAD, *DOH_POINTS, *DOH_CONTACT, *DOH_TAIL))
    assert "公告事項：" in headings
    assert not [h for h in headings if h[0] in "一二三四(（"]


def test_a_contact_block_is_a_list_under_a_tier_of_labels_too():
    # The same contact block under a tier of three labels (invented: 四、 a label): the tier
    # heads, the block's fields do not.
    points = (*DOH_POINTS[:2], "三、洽詢方式：")
    headings = _headings(_text(*DOH_HEAD, *points, *DOH_CONTACT, *DOH_TAIL))
    assert "一、修正機關：" in headings and "三、洽詢方式：" in headings
    assert not [h for h in headings if h.startswith("(")]


def test_labelled_items_that_are_no_contact_fields_still_head():
    # The negative (invented): the same tier over three labelled steps, no field of a
    # contact block among them.
    steps = ("(一)資格審查：逐案審查。", "(二)書面審查：擇期辦理。", "(三)審查結果：函復申請單位。")
    points = (*DOH_POINTS[:2], "三、審查方式：")
    headings = _headings(_text(*DOH_HEAD, *points, *steps, *DOH_TAIL))
    assert "(二)書面審查：" in headings


# gw-tw-tainan-labour-care-worker-training-class-applications-notice-2024 (batch 58): six labels
# in nine points, so the tier heads, and the sentences among them are headed to their first
# 。 or ： (七、 and 八、 whole); 五、's (一)–(五) are sentences, a list.
LABOUR_HEAD = (
    "臺南市政府勞工局職訓就服中心　公告",
    "發文日期：中華民國113年10月29日",
    "發文字號：南市勞訓字第1132232742號",
    "主旨：即日起公告受理申請臺南市「114年度辦理照顧服務員專班訓練計畫(含新住民專班)」，"
    "相關申請注意事項，請參閱本案公告及申請辦訓手冊相關規定。",
    "公告事項：",
)
LABOUR_POINTS = (
    "一、訓練目的：為鼓勵失業、待業或在職勞工參加照顧服務員職業訓練，充實本國照顧服務人力，"
    "並促進中高齡者、婦女及一般失業者就業。",
    "二、申請單位資格:符合衛生福利部所定照顧服務員訓練實施計畫第五點第二款規定之單位。",
    "三、訓練地點：臺南市。",
    "四、預計核定班數：36班次(含新住民專班)。",
    "五、本案公告相關作業時程預定如下：",
    "(一)為協助申請單位提報訓練計畫書，本中心謹訂於113年11月6日(三)下午1時30分，於臺南市政府"
    "永華市政中心10樓東側小禮堂辦理「114年度辦理照顧服務員訓練計畫提案說明會」，歡迎各訓練單位"
    "踴躍參加，報名網址：https://forms.gle/kgMtLCLzAPgKDST88 (請於113年10月31日(四)下午5時前完成報名)。",
    "(二)本案計畫書受理提案須以正式公文函送至本中心，以郵戳為憑，逾時不予受理，受理時程：即日起"
    "至113年12月9日(一)下午5時截止收件。",
    "(三)第一階段訓練單位資格審查資料不齊者，於通知訓練單位限期五個工作日內補正，未於期限內補正者，"
    "不予審查。",
    "(四)計畫書第二階段書面審查擇期辦理。",
    "(五)審查結果：本中心將審查結果函復申請單位並副知勞動部勞動力發展署雲嘉南分署及本府社會局長期"
    "照顧管理中心。",
    "六、申請應備文件：",
    "七、其他注意事項依「臺南市政府勞工局職訓就服中心114年度辦理照顧服務員專班訓練計畫申請辦訓手冊"
    "(含新住民專班)」、「補助地方政府辦理照顧服務員專班訓練計畫」、「照顧服務員訓練實施計畫」辦理。",
    "八、本案預算如未獲審議通過、或經凍結、或部分刪減時，本中心得依實際通過金額調整補助。",
    "九、本案承辦人：行政訓練課陳奕光，聯絡電話：06-2991111分機6816，傳真：06-6333022，"
    "地址：73001臺南市新營區民治路36號(世紀大樓10樓)",
)


def test_sentences_in_a_tier_of_labels_are_headed_whole():
    headings = _headings(_text(*LABOUR_HEAD, *LABOUR_POINTS))
    assert "三、訓練地點：" in headings and "九、本案承辦人：" in headings
    assert LABOUR_POINTS[-2] in headings  # 八、 whole, not cut inside its clause
    assert LABOUR_POINTS[-3] in headings  # 七、 whole though a point follows it
    assert "五、本案公告相關作業時程預定如下：" in headings


def test_clauses_closed_by_a_colon_among_sentences_are_a_list():
    # 五、's points: two clauses closed by ： (「…受理時程：」) and one label among five — the
    # sentences' tier, no headline's.
    headings = _headings(_text(*LABOUR_HEAD, *LABOUR_POINTS))
    assert not [h for h in headings if h.startswith("(")]


# gw-jx-provincial-government-yingtan-port-master-plan-reply-2020 (batch 53): a 批复's points
# state the province's positions (gold: a list, rule 3, as gw-cn-liaoning-reply-2004).
REPLY = (
    "鹰潭市人民政府：",
    "你市《关于恳请批复鹰潭港总体规划的请示》（鹰府文〔2020〕5号）收悉。经研究并征求交通运输部意见，"
    "现批复如下。",
    "一、原则同意《鹰潭港总体规划》（以下简称《规划》）。鹰潭港是我省地区性重要港口和区域综合运输"
    "体系的重要组成部分，是鹰潭市及周边地区经济社会发展的重要支撑。",
    "二、原则同意《规划》提出的港口岸线利用规划方案。鹰潭港规划港口岸线7116米，其中已开发利用55米。",
    "规划港口岸线2616米。",
    "城东花园岸线：信江右岸大岩苏家至刘家，岸线长600米，规划为支持保障岸线。",
    "规划港口岸线2675米。",
    "石港岸线：信江右岸锦江镇石港大桥下游200米至石港杨家，岸线长1030米，规划为货运码头岸线。",
    "三、原则同意《规划》提出将鹰潭港划分为贵溪港区、城区港区和余江港区的港区布局，各港区功能定位如下。",
    "主要为信江旅游开发提供服务，以旅游客运为主，兼顾港口支持保障系统和水上综合服务功能。",
    "2020年3月3日",
)


def test_a_replys_positions_head_nothing():
    assert _headings(_text(*REPLY)) == []


def test_a_point_that_opens_with_another_word_still_heads():
    # The negative (invented): the same point opening with 同步 (not 同意) is a headline.
    lines = list(REPLY)
    lines[2] = "一、同步推进港口建设。鹰潭港是我省地区性重要港口和区域综合运输体系的重要组成部分。"
    assert "一、同步推进港口建设。" in _headings(_text(*lines))


# gw-fj-pingtan-eucalyptus-cutworm-control-urgent-notice-2011 (batch 55): a county portal's
# page run into one line, its paragraphs parted by a space, its bar (breadcrumb, title, stamp,
# share buttons) before the 公文.
CUTWORM = (
    "当前位置： 首页政务公开公示公告 关于加强桉树“小地老虎”虫害防治的紧急通知 时间：2011-05-25 09:05 "
    "微信 微博 QQ空间 关于加强桉树“小地老虎”虫害防治的紧急通知 各乡镇林业站： "
    "今年我县积极响应省委、省政府大绿化号召，在全县范围内营造160多万株桉树林。但由于遭受“小地老虎”"
    "虫害严重，急待加强防治。现将防治有关事项通知如下： 一、防治办法 1、人工捕捉：“小地老虎”幼虫常将"
    "幼林从地面咬断，连茎叶拖入洞穴取食。卵化幼虫常栖息于表土、杂草或叶背面，有假死性，受惊蜷缩，白天"
    "潜入被害木周围土下，用手翻动即可发现捕捉。 2、药物防治：幼虫期用90%敌敌畏500倍液或皇功农药滴喷"
    "桉树根部周围。 二、防治主体 今年有桉树造林任务的乡镇都要开展防治工作，由县林业局提供防治农药，"
    "林业站组织人员进行防治，人工费列入乡镇造林经费支付。 三、防治时间 从本文件下达之日起。 四、防治要求"
    " 1、各乡镇林业站要做好调查摸底工作，在此基础上组织防治。 2、近期将防治情况速报局森防站。 "
    "来源：中国平潭 附件下载"
)


def test_a_page_run_into_one_line_with_spaces_keeps_its_numbered_heads():
    doc = document_from_text(CUTWORM + "\n")
    assert doc.title == "关于加强桉树“小地老虎”虫害防治的紧急通知"
    assert [s.heading for s in doc.sections if s.heading] == [
        "一、防治办法",
        "1、人工捕捉：",
        "2、药物防治：",
        "二、防治主体",
        "三、防治时间",
        "四、防治要求",
    ]


def test_a_number_inside_a_sentence_is_no_head():
    # The negative (invented): 「1、」 after a comma and a space is a sentence's enumeration.
    line = CUTWORM.replace("现将防治有关事项通知如下： 一、", "现将防治有关事项通知如下，一、")
    assert "一、防治办法" not in _headings(line + "\n")


# news-cn-pingtan-cppcc-science-members-inspection-2011 (batch 55): the title only in the bar.
PINGTAN_NEWS = REAL / "news-cn-pingtan-cppcc-science-members-inspection-2011.txt"


def test_a_page_title_kept_only_in_the_bar_is_the_title():
    doc = read_document(PINGTAN_NEWS)
    assert doc.title == "全国政协科协界委员来岚考察"
    start, end = doc.title_span.start, doc.title_span.end
    assert doc.text[start:end] == doc.title
    assert not any(f.start <= start < f.end for f in doc.furniture)


def test_a_bar_without_a_home_step_gives_no_title():
    # The negative (invented): a breadcrumb that does not open at the site's home page.
    line = PINGTAN_NEWS.read_text(encoding="utf-8").split("\n")[0]
    assert run_in_bar_title(line) is not None
    line = line.replace("首页政务公开公示公告", "政务公开 公示公告")
    assert run_in_bar_title(line) is None


# news-tw-nownews-songshan-airport-relocation-explainer-2026 (batch 59): a research repository's
# fetch script's four header lines over the page text, the headline only in 「TITLE: …」.
NOWNEWS_HEAD = (
    "URL: https://www.nownews.com/news/6881657",
    "TITLE: 懶人包／松山機場為何搬不了？最大難關在這 30年遷建夢迎轉折 | 要聞 | NOWnews今日新聞",
    "OG: ",
    "STATUS: 200",
    "",
)
NOWNEWS_LEAD = (
    "台北市土地開發空間日益受到限制，松山機場遷建議題也再度成為政壇焦點，台北市長蔣萬安在距選舉投票日"
    "不到2個月之際，正式拋出松機遷移構想，盼將機場及周邊約300公頃土地重新開發，導入AI產業、住宅與公園"
    "等用途，打造「台北AI園區」。不過，松山機場遷建並非新議題，從1990年代至今歷經多任市長與政治人物提出"
    "不同版本，30年來始終停留在討論階段。"
)


def test_a_fetch_title_whose_headline_asks_is_front_matter_without_the_site_tail():
    doc = document_from_text(_text(*NOWNEWS_HEAD, NOWNEWS_LEAD))
    assert doc.title == "懶人包／松山機場為何搬不了？最大難關在這 30年遷建夢迎轉折"
    covered = [doc.text[f.start : f.end] for f in doc.furniture]
    assert any("STATUS: 200" in c for c in covered) and any("OG:" in c for c in covered)
    # (the lead is the body, not front matter)
    assert not any(NOWNEWS_LEAD[:20] in c for c in covered)


def test_a_fetch_title_keeps_a_bar_that_is_no_site_tail():
    # The negative (invented): a bar inside the headline that a sentence follows is the title's.
    head = list(NOWNEWS_HEAD)
    head[1] = "TITLE: 松山機場遷建 | 蔣萬安拋出構想，盼將機場及周邊約300公頃土地重新開發"
    doc = document_from_text(_text(*head, NOWNEWS_LEAD))
    assert doc.title == "松山機場遷建 | 蔣萬安拋出構想，盼將機場及周邊約300公頃土地重新開發"


def test_a_centres_letterhead_names_the_issuer_and_the_title_line_over_it():
    # The 勞工局's 職訓就服中心 (batch 58): an office whose name ends in 中心 prints the same
    # letterhead as a 局 (「臺南市政府勞工局職訓就服中心　公告」); the record's first line, its
    # 主旨 restated, is the title over it (batch 9's 永康 notice).
    doc = document_from_text(_text(LABOUR_HEAD[3][3:], *LABOUR_HEAD, *LABOUR_POINTS))
    assert doc.header.fields["issuer"].text == "臺南市政府勞工局職訓就服中心"
    assert doc.title == LABOUR_HEAD[3][3:]


def test_a_centre_named_in_a_sentence_is_no_letterhead():
    # The negative (invented): the centre's name in a sentence that ends in 公告 is no letterhead.
    from gui.core.decision_form import is_notice_letterhead

    lines = ["本案由臺南市政府勞工局職訓就服中心，依法公告", "發文日期：中華民國113年10月29日"]
    assert not is_notice_letterhead(lines, 0)


# gw-tw-tainan-labour-care-worker-training-class-applications-notice-2024 (batch 58): the
# documents to hand in under 六、, each with its copies — a checklist, not sections.
LABOUR_DOCUMENTS = (
    "(一)公文函：一式1份。",
    "(二)附表：資格審查表一式1份。",
    "(三)附表：訓練場地審查表一式1份(如申請2班次以上，每班次各別一份)。",
    "(四)訓練計畫書:一式7份。",
    "(五)其他：任何足以顯示具備承接本訓練計畫之資源、能力與經驗及辦理就業輔導措施等相關證明文件影本1份，無則免附。",
)


def test_documents_listed_with_their_copies_are_a_checklist():
    six = LABOUR_POINTS.index("六、申請應備文件：")
    points = (*LABOUR_POINTS[: six + 1], *LABOUR_DOCUMENTS, *LABOUR_POINTS[six + 1 :])
    headings = _headings(_text(*LABOUR_HEAD, *points))
    assert "六、申請應備文件：" in headings
    assert not [h for h in headings if h.startswith("(")]


def test_labelled_steps_without_copies_still_head():
    # The negative (invented): the same labels over what each step does, no copies counted.
    steps = ("(一)公文函：函送本中心。", "(二)附表：填寫資格審查表。", "(三)計畫書：依手冊撰寫。")
    six = LABOUR_POINTS.index("六、申請應備文件：")
    points = (*LABOUR_POINTS[: six + 1], *steps, *LABOUR_POINTS[six + 1 :])
    assert "(二)附表：" in _headings(_text(*LABOUR_HEAD, *points))


# gw-tw-tainan-urban-planning-committee-248th-meeting-minutes-2006 (batch 58): the minutes'
# 一、–九、 (no 四、), seven labels and one sentence: a tier of headings, level 1 (gold).
MINUTES = (
    "臺南市都市計畫委員會第二四八次會議紀錄",
    "一、時間：95年1月24日(二)下午二時三十分正",
    "二、地點：十樓都委會會議室",
    "三、主 持 人：許主任委員添財 記錄：邱文志、呂國隆、邵月鳳、陳進昌",
    "五、都委會出席委員：(如簽到簿)",
    "六、列席人員：(如簽到簿)",
    "七、報告案（並當場確認會議記錄），詳後附件。",
    "第一案：台南市政府都市計畫作業暨審議執行現況。",
    "八、研議案",
    "第一案：研議修訂「台南市都市計畫變更回饋規定及變更為商業區申請規範」內選擇回饋公共設施用地之區位與計算方式。",
    "九、審議案：共四案（並當場確認會議記錄），詳後附件。",
    "第一案：變更台南市東區都市計畫(主要計畫)通盤檢討案—有關變更「糖業試驗所（機32）、鄰近農業區、西側鐵路與保護區」案。",
    "第二案：擬定臺南市安平港歷史風貌園區特定區計畫（細部計畫）案。",
)


def test_a_tier_of_labels_with_one_sentence_among_them_heads():
    assert _headings(_text(*MINUTES)) == [
        "一、時間：",
        "二、地點：",
        "三、主 持 人：",
        "五、都委會出席委員：",
        "六、列席人員：",
        "七、報告案（並當場確認會議記錄），詳後附件。",
        "八、研議案",
        "九、審議案：",
    ]


def test_a_tier_of_sentences_with_a_few_labels_stays_a_list():
    # The negative (invented): three labels among five sentences are no tier of labels.
    lines = [MINUTES[0], *MINUTES[1:4]]
    lines += [f"{n}、本會委員應親自出席會議並簽到。" for n in "四五六七八"]
    lines.append("第一案：台南市政府都市計畫作業暨審議執行現況。")
    assert _headings(_text(*lines)) == []


# news-cn-sh-housing-bureau-listing-price-verification-2021 (batch 57): the page's date run onto
# the title line in brackets after a space.
SH_HOUSING = (
    "沪整顿挂牌价格虚高，规范二手房市场秩序 ( 2021年07月12日 )",
    "实施二手房源价格核验是为了进一步规范整顿房地产经纪机构和房地产信息服务平台企业的经营行为，"
    "也是加强房地产市场调控和监管的重要举措。",
)


def test_a_bracketed_date_after_the_title_is_the_pages_stamp():
    assert document_from_text(_text(*SH_HOUSING)).title == "沪整顿挂牌价格虚高，规范二手房市场秩序"


def test_a_bracketed_date_that_closes_a_title_without_a_space_is_the_titles():
    # The negative (invented): no space before the bracket, the date is the title's own.
    lines = ("政府工作报告（2018年1月3日）", SH_HOUSING[1])
    assert document_from_text(_text(*lines)).title == lines[0]


# news-hk-hkej-cbirc-six-insurers-supervisory-letters-2018 (batch 56): the page's stamp by the
# day's name and its column over the headline.
HKEJ = (
    "今日 15:23 中國財經",
    "銀保監向6險企發監管函 劍指違規投資",
    "中國銀保監近日向6家保險企業開出監管函，劍指保險機構違規投資。",
    "6家險企分別為紫金財產保險、中華聯合財產保險、幸福人壽保險、眾安在線財產保險、民生通惠資產管理、"
    "安誠財產保險。",
)


def test_a_stamp_by_the_days_name_over_the_headline_is_furniture():
    doc = document_from_text(_text(*HKEJ))
    assert doc.title == "銀保監向6險企發監管函 劍指違規投資"
    assert any(doc.text[f.start : f.end] == HKEJ[0] and f.kind == "news" for f in doc.furniture)


def test_a_sentence_that_opens_with_today_is_no_stamp():
    # The negative (invented): 今日 opening a sentence with a time in it is text.
    doc = document_from_text(
        _text(*HKEJ[1:], "今日 15:23 中國銀保監公布監管函全文，涉及6家保險企業。")
    )
    assert all("公布監管函全文" not in doc.text[f.start : f.end] for f in doc.furniture)


# gw-fj-mingxi-real-estate-measures-revised-notice-2022 (batch 57): a county 通知 whose page text
# opens at its 主送机关, signed and dated, then the 措施 it issues under a title wrapped before its
# version note, and the 措施's own appendix under a bare 「附件」 label.
MINGXI = (
    "各乡（镇）人民政府，县各有关单位：",
    "《明溪县促进房地产市场平稳健康发展若干措施（修订）》已经县政府第十六次常务会议研究通过，现印发给你们，"
    "请认真贯彻执行。",
    "明溪县人民政府",
    "2022年11月26日",
    "（此件主动公开）",
    "明溪县促进房地产市场平稳健康发展若干措施",
    "（修订）",
    "为深入贯彻落实全国稳住经济大盘电视电话会议精神和国务院扎实稳住经济一揽子政策措施,激发市场主体发展活力，"
    "更好满足群众合理住房需求，制定本措施。",
    "一、居民住房消费补贴措施及标准",
    "（一）适用范围及时间",
    "自本文件发布之日起至2023年2月20日24:00止，在我县城市规划区内房地产开发项目购买新建商品住房的，"
    "享受本措施。",
    "（二）补贴总额度",
    "本文件实施期内购房消费补贴总额不超过1000万元。",
    "二、其他相关规定",
    "（一）自发文之日起，已通过验收的房地产开发项目不享受本文件补贴政策。",
    "（二）本措施中的补贴政策与《明溪县人民政府办公室关于印发明溪县春节期间招工用工激励政策若干措施的通知》"
    "（明政办〔2022〕6号）只可享受一项，不可重复享受。",
    "（三）本文件相关规定由县住建局负责解释，本县以往有关政策文件与本文件规定不一致的，以本文件为准；"
    "如遇上级政策调整，按上级政策执行。",
    "附件：住房消费补贴申请需提供的材料和发放流程",
    "附件",
    "住房消费补贴申请需提供的材料和发放流程",
    "购房人在购买的新建商品住房买卖合同网签备案后，需向县住建局提供以下材料：",
    "一、《明溪县购房补贴申请审批表》；",
    "二、《商品房买卖合同备案信息表》（查看原件，留存复印件）；",
)


def test_an_addressed_notice_is_dated_and_issues_a_title_with_its_version_note():
    doc = document_from_text(_text(*MINGXI))
    assert doc.header.fields["date"].text == "2022年11月26日"
    assert doc.header.fields["issuer"].text == "明溪县人民政府"
    headings = [s.heading for s in doc.sections if s.heading]
    assert headings[0] == "明溪县促进房地产市场平稳健康发展若干措施（修订）"
    # (a provision naming the document itself is no run-in title: 「（二）本措施中的…」)
    assert not [h for h in headings if h.startswith("（二）本")]
    # (the bare label over the appendix's title: headed by the title alone)
    assert headings[-1] == "住房消费补贴申请需提供的材料和发放流程"


def test_a_version_note_that_opens_the_text_is_no_part_of_the_title():
    # The negative (invented): a bracketed line that is no version note stays out of the title.
    lines = list(MINGXI)
    lines[6] = "（县住建局）"
    headings = _headings(_text(*lines))
    assert "明溪县促进房地产市场平稳健康发展若干措施（修订）" not in headings


def test_a_date_at_the_end_of_an_addressed_reply_is_its_date():
    # The 批复 of batch 53: addressed, no title, no signature, its date on its last line.
    doc = document_from_text(_text(*REPLY[:-1], "2020年3月3日　　"))
    assert doc.header.fields["date"].text == "2020年3月3日"


# gw-cn-state-council-beijing-pollution-control-targets-reply-1999 (batch 59): a 批复 whose
# page a crawl wrote as one line, title, 文号, 主送机关 and text, the 署名 spaced out and set
# apart by runs of spaces before the date in Chinese numerals.
STATE_COUNCIL_REPLY = (
    "国务院关于北京市环境污染防治目标和对策的批复 国函〔1999〕134号 北京市人民政府、国家环境保护总局："
    "你们报送的《关于修改北京市环境污染防治目标和对策及有关问题的请示》 (京政文〔1999〕56号)收悉。"
    "现批复如下：一、原则同意修改后的《北京市环境污染防治目标和对策(1998—2002年)》(以下简称《目标和对策》)。"
    "二、同意北京市制定的环境污染防治目标。国家环境保护总局要加强组织协调和监督检查。"
    "\xa0\u3000\u3000\u3000\u3000\u3000\u3000\u3000\xa0 国\u3000务\u3000院\u3000\u3000\u3000\u3000\u3000\u3000"
    "\u3000\u3000一九九九年十月三十一日"
)


def test_a_reply_run_into_one_line_is_titled_and_dated():
    doc = document_from_text(STATE_COUNCIL_REPLY + "\n")
    assert doc.title == "国务院关于北京市环境污染防治目标和对策的批复"
    assert doc.header.fields["date"].text == "一九九九年十月三十一日"
    assert [s.heading for s in doc.sections if s.heading] == []


def test_a_date_in_a_sentence_of_the_run_is_no_signature_date():
    # The negative (invented): the same date inside the text's last sentence.
    line = STATE_COUNCIL_REPLY.replace("。\xa0", "，自一九九九年十月三十一日起执行。\xa0", 1)
    line = line[: line.rindex("国\u3000务")]
    assert "date" not in document_from_text(line + "\n").header.fields


# plan-cn-13th-fyp-eco-environmental-protection-notice-and-chapter-one-2016 (batch 59): a 印发
# notice, its 署名 at the end of the text's line, its date with the note of publication run on,
# then the plan it issues.
PLAN_NOTICE = (
    "国务院关于印发“十三五”生态环境保护规划的通知",
    "国发〔2016〕65号",
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：现将《“十三五”生态环境保护规划》印发给你们，"
    "请认真贯彻实施。" + "\u3000" * 28 + " 国务院",
    "\u3000" * 27 + "2016年11月24日（此件有删改）",
    "“十三五”生态环境保护规划",
    "第一章　全国生态环境保护形势",
    "生态文明建设上升为国家战略，出台一系列重大决策部署，推动生态环境保护工作取得积极进展。",
    "第一节　生态环境保护取得积极进展",
    "生态文明建设上升为国家战略。党中央、国务院高度重视生态文明建设。",
)


def test_a_date_line_with_its_note_of_publication_dates_the_notice_and_opens_the_plan():
    doc = document_from_text(_text(*PLAN_NOTICE))
    assert doc.header.fields["date"].text == "2016年11月24日"
    headings = [s.heading for s in doc.sections if s.heading]
    assert headings[:2] == ["“十三五”生态环境保护规划", "第一章　全国生态环境保护形势"]


# news-tw-chinatimes-shilin-elderly-mother-son-deaths-2018 (batch 58): the paper's notice under a
# story of a suicide — its appeal, three helplines, its credit — then the tags.
CHINATIMES = (
    "悲慟！北市士林年邁母子 住處上吊自殺身亡",
    "15:31 2018/09/16",
    "北市士林區葫蘆街一處民宅，16日下午1時48分驚傳一對97歲母親和75歲的兒子，在陽台儲物間以童軍繩綁在"
    "樑柱上吊自殺，消防局據報派出人車趕往，發現都已無呼吸心跳，但在家屬要求還是送往新光醫院及馬偕醫院急救。",
)
CARE_NOTICE = (
    "★中時電子報關心您：再給自己一次機會",
    "自殺諮詢專線：0800-788995（24小時）",
    "生命線：1995",
    "張老師專線：1980",
    "(中時 )",
    "#上吊 #自殺 #葫蘆 #北市 #士林區",
)


def _covered(doc, line: str) -> bool:
    at = doc.text.index(line)
    return any(f.start <= at < f.end for f in doc.furniture)


def test_a_papers_care_notice_under_the_story_is_furniture():
    # (Merged with round t28's reading of the same notice, tests/core/test_furniture_s28.py: the
    # helplines are furniture wherever they stand, a story's sentence naming one is not, and the
    # bracketed 「(中時 )」 is a credit where the page's head sets the paper's name alone.)
    doc = document_from_text(_text(*CHINATIMES, *CARE_NOTICE))
    assert all(_covered(doc, line) for line in CARE_NOTICE if line != "(中時 )")
    assert not _covered(doc, CHINATIMES[2])


def test_a_run_in_title_among_bare_labels_keeps_its_cut():
    # gw-cn-gov-new-media-2018 (batch 1) as a scraper runs it together: bare part titles and one
    # title run into its text (「二、明确工作职责本意见所称…」). The tier of labels heads, the
    # run-in title keeps its own cut, not the paragraph up to its first 。.
    lines = (
        "国务院办公厅关于推进政务新媒体健康有序发展的意见",
        "一、总体要求",
        "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，推动政务新媒体健康有序发展。",
        "二、明确工作职责本意见所称政务新媒体，是指各级行政机关、承担行政职能的事业单位及其内设机构在微博、"
        "微信等第三方平台上开设的政务账号或应用。",
        "三、加强功能建设",
        "各地区、各部门要遵循政务新媒体发展规律，明确政务新媒体定位，充分发挥政务新媒体传播速度快的优势。",
        "四、规范运维管理",
        "各地区、各部门要按照“谁开设、谁主管”的原则，确定政务新媒体的主管主办单位。",
    )
    headings = _headings(_text(*lines))
    assert "二、明确工作职责" in headings and "四、规范运维管理" in headings


# news-hk-rthk-hong-kong-airlines-okinawa-flights-delayed-2018 (batch 56): the page's stamp with
# its time zone's name before the time.
def test_a_stamp_with_its_time_zone_is_the_pages():
    lines = (
        "香港航空往來沖繩4航班延至今日出發",
        "2018-07-02 HKT 12:58",
        "香港航空宣布，昨日受熱帶風暴派比安影響而延誤的4班往來香港至沖繩航班，將改為今日出發。",
    )
    doc = document_from_text(_text(*lines))
    assert _covered(doc, lines[1])
    assert doc.header.fields["time"].text == "2018-07-02 HKT 12:58"


DOH_DRAFT = (
    "護理人員法施行細則第十七條之一修正草案總說明",
    "行政院衛生署依護理人員法第五十六條規定，於八十一年四月二十九日訂定護理人員法施行細則，並分別於八十七年"
    "九月九日修正發布第八、十五條條文。",
    "護理人員法施行細則第十七條之一修正草案條文對照表",
    "修　正　條　文",
    "現　行　條　文",
    "說　　　　　明",
    "第十七條之一　本法第三十七條所稱在護理人員指導下實習之高級護理職業以上學校畢業生（以下簡稱護理畢業生），"
    "其實習年限，自取得畢業證書之日起算四年。",
    "前項人員應於評鑑合格之醫院實習，實習人數以該醫院護理人員數之五分之一為限，並應造冊管理送地方主管機關備查。",
    "一、本條新增。",
    "二、有鑑於本法第三十七條並未明訂護理畢業生實習之年限，予以訂定實習年限。",
)


def test_a_drafts_comparison_table_is_a_carried_part_and_its_articles_are_cells():
    # Gold (batch 54): 公告事項：, the 總說明 and the 條文對照表, each level 1; the article in the
    # table's cell is table content.
    text = _text(*DOH_HEAD, *DOH_POINTS, *DOH_CONTACT, *DOH_TAIL, *DOH_DRAFT)
    assert _headings(text) == ["公告事項：", DOH_DRAFT[0], DOH_DRAFT[2]]


def test_a_table_title_without_column_heads_under_it_opens_no_table():
    # The negative (invented): the same title over a sentence is no table's: the article under
    # it heads as an article does.
    draft = list(DOH_DRAFT)
    draft[3:6] = ["本表列示修正條文及說明如下。"]
    headings = _headings(_text(*DOH_HEAD, *DOH_POINTS, *DOH_CONTACT, *DOH_TAIL, *draft))
    assert "第十七條之一" in headings


# news-cn-suzhou-ah-housing-center-real-estate-measures-release-2022 (batch 53): a bureau's
# release whose title names the measures it carries, their own title under its info bar.
SUZHOU = (
    "我市出台《关于促进房地产市场平稳健康发展的若干措施》",
    "发布日期：2022-05-17 16:17 编辑：市房管中心 来源：宿州市房管中心 阅读：次",
    "关于促进房地产市场平稳健康发展的若干措施",
    "为深入贯彻落实党中央、国务院和省委、省政府决策部署，坚持“房住不炒”定位，稳地价、稳房价、稳预期，"
    "促进房地产市场平稳健康发展，结合我市实际，制定如下措施。",
    "一、优化土地出让方式",
    "按照供需平衡原则，科学编制供地计划，调整供地节奏，有序出让、压茬供应。",
    "二、延长土地出让金缴纳时间",
    "新出让经营性用地原则上可按不低于起始价的20%确定竞买保证金。",
)


def test_the_document_a_release_names_is_headed_by_its_own_title():
    doc = document_from_text(_text(*SUZHOU))
    levels = [(s.level, s.heading) for s in doc.sections if s.heading]
    assert levels[:2] == [(1, SUZHOU[2]), (2, "一、优化土地出让方式")]


def test_a_deck_that_is_no_named_document_stays_a_deck():
    # The negative (invented): the line under the title names no document of the title's 《》.
    lines = list(SUZHOU)
    lines[2] = "十二条措施稳地价稳房价稳预期"
    headings = _headings(_text(*lines))
    assert lines[2] not in headings
