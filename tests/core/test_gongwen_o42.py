"""Round o42: 公文 read as they are received — a fetch script's header lines over the page's text
(「TITLE: …」 / 「URL: …」 / a date line), article numbers padded with spaces, an annex's own title
wrapped under its 「附件」 label (docs/outline.md, *Sections* and *Document header*). Real lines of
dev documents (batches 27, 40, 45); the fetch header is invented (no dev document has one: its
Chinese form, a county crawl's 「标题: …」 / 「原文链接: …」 block, is in batches 38–51)."""

from __future__ import annotations

from gui.core.reading import document_from_text

# gw-cn-jiangxi-infant-care-services-implementing-opinions-2020 (batch 40): its head.
JIANGXI_TITLE = "江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见"
JIANGXI_HEAD = (
    JIANGXI_TITLE,
    "各市、县（区）人民政府，省政府各部门：",
    "为促进全省婴幼儿照护服务事业健康发展，根据《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》"
    "（国办发〔2019〕15号）精神，经省政府同意，结合我省实际，制定本实施意见。",
    "一、总体要求",
)


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def test_a_fetch_scripts_header_lines_are_furniture_and_name_the_title():
    for key in ("TITLE", "Title"):
        doc = document_from_text(
            _text(
                f"{key}: {JIANGXI_TITLE}",
                "URL: https://www.jiangxi.gov.cn/art/2020/2/21/art_1.html",
                "DATE: 2020-02-21",
                "",
                *JIANGXI_HEAD,
            )
        )
        assert doc.title == JIANGXI_TITLE
        kinds = {doc.text[f.start : f.end].split(":")[0]: f.kind for f in doc.furniture}
        assert kinds.get(key) == "meta" and kinds.get("DATE") == "meta"
        assert _headings(doc) == ["一、总体要求"]
        # (the text's own copy of the title stays the title's line: the 公文's head under it)
        assert doc.header.fields["issuer"].text == "江西省人民政府办公厅"
        assert doc.header.fields["addressees"].text == "各市、县（区）人民政府，省政府各部门"


def test_a_fetch_header_alone_names_the_title():
    doc = document_from_text(
        _text(f"TITLE: {JIANGXI_TITLE}", "URL: https://x.example/1", *JIANGXI_HEAD[1:])
    )
    assert doc.title == JIANGXI_TITLE


def test_a_latin_key_in_the_body_stays_text():
    # (invented: a line of the body that opens with a capitalised key is no furniture)
    lines = list(JIANGXI_HEAD) + [
        "Deliverable: 每个设区市至少建成1个具有示范效应的婴幼儿照护服务机构。",
        "到2025年，婴幼儿照护服务的政策法规体系和标准规范体系基本健全。",
    ]
    doc = document_from_text(_text(*lines))
    assert not any(doc.text[f.start : f.end].startswith("Deliverable") for f in doc.furniture)


# gw-tw-moi-human-trafficking-victims-stay-residence-permit-regulations-2009 (batch 45): the
# articles' numbers padded to one width, ideographic spaces under 十, the page's spaces over it.
TRAFFICKING = (
    "人口販運被害人停留居留及永久居留專案許可辦法",
    "第　十　條被害人申請專案許可居留延期者，應於效期屆滿前三十日內，檢附下列文件，向中央主管機關申請：",
    "一、申請書。",
    "二、專案許可居留證。",
    "三、相關證明文件。",
    "第  十一 條被害人在我國合法連續居留五年，每年居住超過二百七十日，且符合下列要件者，得申請永久居留：",
    "第  十二 條被害人經專案許可在臺灣地區永久居留者，發給永久居留證。",
)


def test_article_numbers_padded_with_the_pages_spaces_head_their_articles():
    doc = document_from_text(_text(*TRAFFICKING))
    heads = [h.replace(" ", "").replace("\u3000", "") for h in _headings(doc)]
    assert heads == ["第十條", "第十一條", "第十二條"]


def test_a_padded_article_number_citing_a_rule_is_no_article():
    # (invented: the padded number before 規定 opens a sentence that cites the article)
    lines = (*TRAFFICKING[:2], "第  十一 條規定之永久居留，由中央主管機關審查之。", TRAFFICKING[-1])
    heads = [
        h.replace(" ", "").replace("\u3000", "")
        for h in _headings(document_from_text(_text(*lines)))
    ]
    assert heads == ["第十條", "第十二條"]


# The same document's annex: its label, its title wrapped after a word no title ends on, then
# the annex's text.
JIANGXI_TAIL = (
    "充分利用互联网、大数据、物联网、人工智能等技术，应用婴幼儿照护服务信息管理系统等，实现线上线下结合，做好统计监测，进一步优化服务和管理。",
    "附件：促进3岁以下婴幼儿照护服务发展工作部门职责分工",
    "2020年2月21日　　",
    "（此件主动公开）",
    "附件",
    "促进3岁以下婴幼儿照护服务发展",
    "工作部门职责分工",
    "省发展改革委负责将婴幼儿照护服务纳入经济社会发展相关规划。",
    "省教育厅负责各类婴幼儿照护服务人才培养。",
)


def test_an_annex_title_wrapped_under_its_label_heads_the_annex_whole():
    doc = document_from_text(_text(*JIANGXI_HEAD, *JIANGXI_TAIL))
    assert _headings(doc)[-1] == "促进3岁以下婴幼儿照护服务发展工作部门职责分工"
    assert doc.header.fields["date"].text == "2020年2月21日"


def test_a_short_line_over_a_heading_is_not_joined_to_the_annex_title():
    # (invented: under the annex title a short part name and a numbered part, no sentence)
    tail = (*JIANGXI_TAIL[:6], "工作分工", "一、总体要求", JIANGXI_TAIL[7])
    heads = _headings(document_from_text(_text(*JIANGXI_HEAD, *tail)))
    assert "促进3岁以下婴幼儿照护服务发展工作分工" not in heads


# gw-cn-spp-criminal-law-article12-notice-1997 (batch 26): a notice adopted by a meeting, its
# note under the title, addressed, then signed and dated under its text.
SPP = (
    "最高人民检察院关于检察工作中具体适用修订刑法第十二条若干问题的通知",
    "1997年9月24日 最高人民检察院第八届检察委员会第七十四次会议通过",
    "地方各级人民检察院、各级军事检察院：",
    "根据修订刑法第十二条的规定，现对发生在1997年9月30日以前，1997年10月1日后尚未处理或者正在处理的行为如何适用法律的若干问题通知如下：",
    "如果当时的法律、司法解释认为是犯罪，修订刑法也认为是犯罪的，按从旧兼从轻的原则依法追究刑事责任：",
)
SPP_SIGNED = ("最高人民检察院", "1997年10月6日")


def test_the_signature_blocks_date_is_the_date_of_a_notice_adopted_by_a_meeting():
    doc = document_from_text(_text(*SPP, *SPP_SIGNED))
    assert doc.header.fields["date"].text == "1997年10月6日"
    assert doc.header.fields["signature"].text == "最高人民检察院"


def test_the_adoption_notes_date_stays_where_no_signature_dates_the_notice():
    # (the same notice without its signature block)
    assert document_from_text(_text(*SPP)).header.fields["date"].text == "1997年9月24日"


# gw-tw-ftc-serious-violation-fine-calculation-rules-order-2012 (batch 52): a 令 enacting rules
# named in 「」, signed, then the rules under their own title.
FTC = (
    "公平交易委員會令：訂定「違反公平交易法第十條及第十四條情節重大案件之裁處罰鍰計算辦法」",
    "公平交易委員會令",
    "中華民國101年4月5日",
    "公法字第10115604731號",
    "訂定「違反公平交易法第十條及第十四條情節重大案件之裁處罰鍰計算辦法」。",
    "附「違反公平交易法第十條及第十四條情節重大案件之裁處罰鍰計算辦法」",
    "主任委員　吳秀明",
    "違反公平交易法第十條及第十四條情節重大案件之裁處罰鍰計算辦法",
    "第　一　條　本辦法依公平交易法（以下簡稱本法）第四十一條第三項規定訂定之。",
    "第　二　條　本法第四十一條第二項所稱情節重大，指違法行為嚴重影響市場競爭秩序。",
)


def test_the_rules_a_taiwan_order_enacts_head_an_annex_under_their_title():
    heads = _headings(document_from_text(_text(*FTC)))
    assert heads[0] == "違反公平交易法第十條及第十四條情節重大案件之裁處罰鍰計算辦法"
    assert len(heads) == 3


def test_a_sentence_opening_with_the_enacted_name_is_no_title():
    # (invented: the name opens a sentence, not a title line)
    lines = (*FTC[:7], "違反公平交易法第十條及第十四條情節重大案件之裁處罰鍰計算辦法，自即日施行。")
    heads = _headings(document_from_text(_text(*lines)))
    assert not any(h.startswith("違反公平交易法") for h in heads)


# gw-sh-city-checkup-renewal-guideline-2025 (batch 17): its title, 主送机关 and first sentences as
# the page runs them into one line, here under the 版头 and 文号 of a printed copy
# (benchmarks/stress_titles.py, form gongwen-short).
CHECKUP_RUN = (
    "上海市住房和城乡建设管理委员会关于印发《上海市城市体检促进城市更新的工作指引》的函各有关单位："
    "为进一步提高城市体检成果质量，充分发挥城市体检对城市更新行动的支撑作用，一体化推进城市体检和城市更新，"
    "我委结合本市实际，制定了《上海市城市体检促进城市更新的工作指引》。现予印发，请结合实际，认真贯彻执行。"
)
CHECKUP_TITLE = "上海市住房和城乡建设管理委员会关于印发《上海市城市体检促进城市更新的工作指引》的函"


def test_a_title_run_into_its_addressees_under_the_number_line_is_the_title():
    doc = document_from_text(
        _text(
            "上海市住房和城乡建设管理委员会文件",
            "沪建综规〔2025〕449号",
            CHECKUP_RUN,
            "一、基本要求",
        )
    )
    assert doc.title == CHECKUP_TITLE
    assert doc.header.fields["addressees"].text == "各有关单位"
    assert doc.header.fields["number"].text == "沪建综规〔2025〕449号"

    # (…and its 成文日期 run on after the text, the issued guideline's title after it)
    dated = (
        CHECKUP_RUN
        + "2025年9月18日上海市城市体检促进城市更新的工作指引为深入贯彻习近平总书记关于城市体检工作的重要指示精神。"
    )
    doc = document_from_text(
        _text("上海市住房和城乡建设管理委员会文件", "沪建综规〔2025〕449号", dated)
    )
    assert doc.header.fields["date"].text == "2025年9月18日"


def test_no_title_is_cut_from_a_line_under_the_number_without_its_addressees():
    # (invented: the text under the number; a 「关于…的通知」 opening with no 主送机关 after it)
    banner = ("上海市住房和城乡建设管理委员会文件", "沪建综规〔2025〕449号")
    for run in (
        "为进一步提高城市体检成果质量，充分发挥城市体检对城市更新行动的支撑作用，现将有关事项通知如下：一、基本要求。",
        "关于做好城市体检工作的通知要求各单位认真执行，不得拖延。",
    ):
        assert document_from_text(_text(*banner, run)).title is None


# gw-tw-mnd-criminal-compensation-decision-letter-2012 (batch 50): a 書函 signed by the office's
# name alone, the note of who decided for it, then the summary it sends under its own title.
MND = (
    "國防部書函：李柏淵因貪污案請求刑事補償，經國防部高等軍事法院高雄分院決定准予補償",
    "國防部書函",
    "中華民國101年3月30日",
    "國法審判字第1010001048號",
    "主　　旨：檢送國防部高等軍事法院高雄分院100年刑補重字第001號李柏淵違法案刑事補償事件決定書摘要，請惠予刊登。",
    "說　　明：依刑事補償法第27條規定，刑事補償決定確定後，應將主文及決定要旨登載公報。",
    "國 防 部",
    "　　　　　依分層負責規定授權業務主管決行",
    "國防部高等軍事法院高雄分院刑事補償決定書摘要",
    "請求人：李柏淵",
    "決定機關：國防部高等法院高雄分院",
    "請求事由：因貪污案請求刑事補償",
    "主文：",
    "李柏淵因犯貪污案件，於無罪判刑確定前受羈押一百零六日，准予補償新臺幣二十六萬五千元。",
)
# gw-tw-moi-disability-care-subsidy-rules-erratum-letter-2007 (batch 41): signed by the minister,
# the same note under the signature, then the erratum table's title.
MOI = (
    "內政部函：更正第013卷第001期本部96年1月2日內授中社字第0950716308號令「身心障礙者生活托育養護費用補助辦法」第15條條文如勘誤表",
    "內政部函",
    "中華民國96年1月17日",
    "內授中社字第0960715358號",
    "主　　旨：檢送「身心障礙者生活托育養護費用補助辦法」第15條條文勘誤表一份，請　查照修正。",
    "說　　明：「身心障礙者生活托育養護費用補助辦法」部分條文修正條文業經本部於96年1月2日以內授中社字第0950716308號令修正發布。",
    "部　　長　李逸洋",
    "依權責劃分規定授權業務主管決行",
    "身心障礙者生活托育養護費用補助辦法第十五條條文勘誤表",
    "更正後文字",
    "原列文字",
    "第十五條　本辦法自發布日施行。",
)


def test_the_note_of_who_decided_for_the_office_is_no_title_the_line_under_it_is():
    for lines, title in (
        (MND, "國防部高等軍事法院高雄分院刑事補償決定書摘要"),
        (MOI, "身心障礙者生活托育養護費用補助辦法第十五條條文勘誤表"),
    ):
        heads = _headings(document_from_text(_text(*lines)))
        assert title in heads
        assert not any("決行" in h for h in heads)


# gw-fj-pingtan-rural-homestay-measures-notice-2021-part (batch 51): the 办法's articles as the
# county site's page runs them together, each after the stop that ends the one before.
RUN_ON_ARTICLES = (
    "第二条 本办法乡村民宿是指位于乡村内（不包括城区规划区范围内），利用当地闲置资源，乡村民宿主人"
    "（乡村民宿业主或经营管理者）参与接待，为游客提供体验当地自然、文化与生产生活方式的小型住宿设施。"
    "第三条 乡村民宿单幢建筑客房数量应不超过14 间（套）,单幢建筑层数不超过4层，且建筑面积不超过800平方米。"
    "第四条 乡村民宿经营场地应符合区内的土地利用总体规划、城乡建设规划、国际旅游岛总体规划等有关规划，"
    "无地质灾害和其他影响公共安全的隐患。"
    "第五条 乡村民宿业发展坚持协调统一、安全有序、凸显特色、保护生态的原则，实现经济效益、社会效益和生态效益相统一。"
    "第六条 乡村民宿今后如遇政府依法征收，民宿业主及经营管理者应当服从。"
)


def test_articles_run_together_on_one_line_each_head_their_article():
    doc = document_from_text(_text("平潭综合实验区乡村民宿管理办法", RUN_ON_ARTICLES))
    assert _headings(doc) == ["第二条", "第三条", "第四条", "第五条", "第六条"]


def test_an_article_cited_after_a_stop_or_out_of_order_is_not_cut():
    # (invented: the next article's number citing it, and a number that skips one)
    line = (
        "第二条 本办法乡村民宿是指位于乡村内的小型住宿设施。第三条规定的客房数量不包括公共用房。"
        "第五条 乡村民宿今后如遇政府依法征收，民宿业主及经营管理者应当服从。"
    )
    assert _headings(document_from_text(_text("平潭综合实验区乡村民宿管理办法", line))) == [
        "第二条"
    ]


def test_articles_run_on_after_a_chapters_name_are_cut_too():
    # (batch 51's form: 「第二章 基本要求 第七条 经营的建筑物应当坚固无隐患。…第八条 文物建筑…」, the
    # chapter's name and its articles on one line; the lines shortened)
    line = (
        "第二章 基本要求 第七条 经营的建筑物应当坚固无隐患。"
        "第八条 文物建筑改造为乡村民宿时，应符合文物部门的有关规定。"
        "第九条 若所利用的乡村民宿房屋为石头厝，应参照《平潭综合实验区石头厝保护与开发管理暂行办法》进行开发利用。"
        "第十条 经营应满足公安机关治安、消防相关要求。"
    )
    heads = _headings(document_from_text(_text("平潭综合实验区乡村民宿管理办法", line)))
    assert heads[-3:] == ["第八条", "第九条", "第十条"]


# gw-cn-npc-2009-work-report-resolution (batch 42): a congress's resolution on the government
# work report: a 公文 its title's 「…关于」 names the issuer of, not the report itself.
NPC = (
    "第十一届全国人民代表大会第二次会议关于政府工作报告的决议",
    "第十一届全国人民代表大会第二次会议听取和审议了国务院总理温家宝所作的政府工作报告。会议充分肯定国务院过去一年的工作，"
    "同意报告提出的2009年工作总体部署和主要任务，决定批准这个报告。",
)


def test_a_bodys_resolution_on_a_work_report_is_a_gongwen_its_title_names_the_issuer_of():
    header = document_from_text(_text(*NPC)).header
    assert header.genre == "official"
    assert header.fields["issuer"].text == "第十一届全国人民代表大会第二次会议"


def test_a_work_reports_own_title_stays_a_work_report():
    # (invented: the report under the same body's name, 报告 its genre word)
    header = document_from_text(
        _text("第十一届全国人民代表大会第二次会议政府工作报告", NPC[1])
    ).header
    assert header.genre == "work-report"
