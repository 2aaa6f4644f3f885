"""The independent second annotator's batch-34 outlines, as line-based annotation.

Made like batches 3 and 5 to 33 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (219fee19, "Corpus batch 34
texts", where the gold files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was
written and committed before any batch-34 gold outline, spec or batch-34
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2), or the whole line; a tuple of lines is one
heading wrapped over several lines; ("inline", words) is a heading found
inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only
part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
中软国际 page's newstitle / newsdate divs, the 铁科 page's <h3> and location
bar).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 34 [--check]
"""

from __future__ import annotations

# The private-fund opinion's line 2 after its title: the gov.cn text keeps the
# 公文 on one line, its source lines joined by single spaces, cut at 600
# characters (the banner says 8473字).
_FUND_AFTER_TITLE = (
    " 国办函〔2026〕54号 各省、自治区、直辖市人民政府，国务院各部委、各直属机"
    "构： 为做好私募投资基金（以下简称私募基金）加强监管、防范风险工作，促进私募基金"
    "高质量发展，经国务院同意，现提出以下意见。 一、总体要求 坚持以习近平新时代中国"
    "特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，落实二十届中央纪"
    "委历次全会和中央金融工作会议部署，走好中国特色金融发展之路，积极培育中国特色金融"
    "文化。坚持目标导向和问题导向，针对私募基金行业准入机制有待完善、监管不到位、制度"
    "不健全、部际央地协调配合不足、部分政府投资基金和国有企业投资基金出资人责任落实不"
    "到位以及部分私募基金成为违法犯罪、新型腐败和隐性腐败工具等问题，构建加强监管、防"
    "范风险的制度体系和长效机制，推动行业在规范中发展、在发展中提升。坚守功能定位，统"
    "筹总体布局，优化增量、盘活存量，扶优限劣、提质增效，严格禁止私募基金违规从事借贷"
    "、“名股实债”等行为。坚持分类监管，根据出资主体、产品类型等不同维度实施“一类一"
    "策”监管。坚持既管合法更管非法，对合法机构从严监管，对非法机构坚决取缔，对非法行"
    "为严厉打击。 二、强化源头防控 （一）优化私募基金登记备案规则，坚决防止不符合私"
    "募基金特征和运作规律的机构和产品作为私募基金登记备案。严控新设政府投资基金，县区"
    "原则上不得"
)

# The 应急 plan notice's line 2 after its title (the gov.cn one-line text, cut at 600).
_PLAN_AFTER_TITLE = (
    " 国发〔2026〕15号 各省、自治区、直辖市人民政府，国务院各部委、各直属机构"
    "： 现将《现代化应急体系建设“十五五”规划》印发给你们，请认真贯彻执行。 国务院"
    " 2026年5月30日 （本文有删减） 现代化应急体系建设“十五五”规划 为扎实"
    "做好安全生产、防灾减灾救灾等工作，根据《中华人民共和国国民经济和社会发展第十五个"
    "五年规划纲要》，制定本规划。 一、总体要求 坚持以习近平新时代中国特色社会主义思"
    "想为指导，全面贯彻党的二十大和二十届历次全会精神，认真落实四中全会部署，坚持人民"
    "至上、生命至上，坚持总体国家安全观，坚持统筹发展和安全，以高水平安全保障高质量发"
    "展为主题，以推动治理模式向事前预防转型为主线，以改革创新为根本动力，一体提升减灾"
    "预防、抗灾设防、救灾保障能力，“一件事”全链条推动重点行业领域安全整治，坚决遏制"
    "重特大事故，有效防范重大涉险和较大事故，最大限度降低自然灾害损失，坚决维护人民群"
    "众生命财产安全和社会大局稳定。 到2030年，我国应急管理体系和能力现代化建设取"
    "得明显进展，以事前预防为主的治理模式有效建立，集中统一、高效权威的中国特色应急管"
    "理体制更加完善，大安全大应急框架下应急指挥机制更加健全，重特大突发事件处置保障能"
    "力和基层应急能力显著增强，应急管理法治化、科学化、智能化水平大幅提高，安全生产、"
    "防灾减灾救灾形势持续稳"
)

_LETTER_AFTER_TITLE = (
    "北京科技大学全体巴基斯坦留学生：　　你们好！来信收悉。得知你们到中国留学以来，既"
    "学到了丰富知识，也结识了不少中国朋友，我为你们取得的成绩感到高兴。　　正如你们所"
    "感受到的，新冠肺炎疫情发生后，中国政府和学校始终关心在华外国留学生生命安全和身体"
    "健康，为大家提供了全方位的帮助。生命至上，不管是中国人还是在华外国人员，中国政府"
    "和中国人民都一视同仁予以关心和爱护。　　我了解到，在抗击疫情期间，很多留学生通过"
    "各种方式为中国人民加油鼓劲。患难见真情。中国将继续为所有在华外国留学生提供各种帮"
    "助。中国欢迎各国优秀青年来华学习深造，也希望大家多了解中国、多向世界讲讲你们所看"
    "到的中国，多同中国青年交流，同世界各国青年一道，携手为促进民心相通、推动构建人类"
    "命运共同体贡献力量。　　中华人民共和国主席习近平　　2020年5月17日　　（新"
    "华社北京5月18日电）　　新华社北京5月18日电国家主席习近平5月17日给北京科"
    "技大学全体巴基斯坦留学生回信，对各国优秀青年来华学习深造表示欢迎，鼓励他们多同中"
    "国青年交流，同世界各国青年一道，携手为促进民心相通、推动构建人类命运共同体贡献力"
    "量。　　习近平在回信中说，得知你们到中国留学以来，既学到了丰富知识，也结识了不少"
    "中国朋友，我为你们取得的成绩感到高兴。　　习近平指出，正如你们所感受到的，新冠肺"
    "炎疫情发生后，中国政府和学校始终关心在华外国留学生生命安全和身体健康，为大家提供"
    "了全方位的帮助。生命至上，不管是中国人还是在华外国人员，中国政府和中国人民都一视"
    "同仁予以关心和爱护。　　习近平表示，我了解到，在抗击疫情期间，很多留学生通过各种"
    "方式为中国人民加油鼓劲。患难见真情。中国将继续为所有在华外国留学生提供各种帮助。"
    "中国欢迎各国优秀青年来华学习深造，也希望大家多了解中国、多向世界讲讲你们所看到的"
    "中国，多同中国青年交流，同世界各国青年一道，携手为促进民心相通、推动构建人类命运"
    "共同体贡献力量。（回信全文另发）　　北京科技大学现有巴基斯坦留学生52人，其中4"
    "9人为博士、硕士研究生。近日，他们给习近平主席写信讲述了在中国留学的经历和感受，"
    "对学校在新冠肺炎疫情暴发后给予的关心帮助表示感谢，表达了学成后投身“一带一路”建"
    "设、为增进中巴友谊作贡献的愿望。　　《 人民日报 》（ 2020年05月19日 "
    "01 版）"
)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-cn-state-council-office-private-fund-opinion-2026": {
        # A 国办函 指导意见 from the gov.cn crawl, cut at 600 characters. The
        # crawler's banner 「=== [gov_cn] 国办关于… (8473字) ===」 (1) is a
        # repository banner: furniture. The whole 公文 is one line (2), its
        # source lines joined by spaces: the title is the line's start up to
        # the 文号, the two title lines' join space kept as written (as
        # batch 20's 杨浦 title). 国办函〔2026〕54号 `number`, the 主送 line
        # `addressees`, `issuer` the body the title names. 一、总体要求 and
        # 二、强化源头防控 are short nominal lines in the source: level 1,
        # `inline`. The one （一） the cut leaves opens with a 47-character
        # content sentence 「优化…规则，坚决防止…作为私募基金登记备案。」, not a
        # short headline, and no sibling is left to decide its tier: body
        # (rule 3; flagged).
        "title": 2,
        "title_strip": ("", _FUND_AFTER_TITLE),
        "headings": [
            (2, ("inline", "一、总体要求"), 1),
            (2, ("inline", "二、强化源头防控"), 1),
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "国务院办公厅",
            "number": "国办函〔2026〕54号",
            "addressees": "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
        },
    },
    "news-cn-chinasoft-qingdao-cloud-park-2017": {
        # A company news page: the newstitle div (1) is the title; the
        # newsdate div 「2017-05-19」 (2) a page field under the headline:
        # furniture giving `time` as written (batch 14's portal date lines).
        # Five plain paragraphs, the company's boilerplate (6) among them:
        # body. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[2, 2]],
        "document": {"time": "2017-05-19"},
    },
    "news-cn-xinhua-rule-of-law-work-instruction": {
        # A 新华社 report from the MoJ crawl, cut. The crawler's banner (1)
        # is furniture. The report's headline is stacked: the kicker
        # 「习近平对全面依法治国工作作出重要指示强调」 (2) and the two main lines
        # (4, 6) are one title, joined; the two deck lines 「赵乐际出席…并讲话」
        # (8) and 「丁薛祥出席会议」 (10) the subtitle, joined (flagged: the
        # rules have no stacked 引题/主题/副题 precedent). The lead's dateline
        # 「新华社北京11月18日电」 is body and gives `source` and `time`
        # (batch 6's reading). No headings.
        "title": (2, 4, 6),
        "subtitle": (8, 10),
        "headings": [],
        "furniture": [[1, 1]],
        "document": {"source": "新华社", "time": "11月18日"},
    },
    "report-cn-sichuan-tieke-company-profile": {
        # A company site's 公司简介 page: the <h3> 「公司简介」 (1) is the title
        # (the location bar is not in the text); five plain paragraphs. No
        # headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    # Development part.
    "gw-cn-ccdi-patriotic-education-tourism-notice-2005": {
        # A 中央纪委 通知 from a law database: title (1). The database's
        # 【发布部门】…【效力级别】 lines (2-7) are its metadata, not the 公文's
        # text: furniture, one range (as batch 17's portal labels); the
        # 【发文字号】 line still gives `number` as written (as the portals'
        # 发布时间 lines give `time`; flagged). The 一、–五、 (9-13) open with
        # content sentences (「一、组织开展学习参观活动，要有明确的主题…」): a
        # list (rule 3). The title names no issuing body: `issuer` and
        # `signatory` the 署名 「中共中央纪委」 (14); `date` (15) as written.
        "title": 1,
        "headings": [],
        "furniture": [[2, 7]],
        "document": {
            "issuer": "中共中央纪委",
            "number": "中共中央纪委[2005]8号",
            "signatory": "中共中央纪委",
            "date": "二00五年六月十六日",
        },
    },
    "gw-cn-mof-mfa-temporary-overseas-travel-funds-2013": {
        # A 财政部 外交部 印发 notice: the line above the 文号 (1) is the
        # title (the page gives the 办法's name there). 文号 (2) `number`,
        # 主送 (3) `addressees`, the 署名-and-date line (6): `signatory` as
        # written (the two bodies with their spaces), `issuer` the two
        # bodies as the 署名 spells them (a list; the title names none),
        # `date`. The 办法 it issues follows (rule 7): its title (7) level 1,
        # 第一章–第五章 level 2, every 第X条 level 3, the marker only (rule 6);
        # the （一）… items inside articles and the 第八条 definitions are
        # body. 「附：1.…」 / 「2.…」 (72-73) with no annex text after them are
        # `attachments`; 「（以上附略，详情请登录财政部网站）」 (74) a note of the
        # publisher like 「（本文有删减）」: body (flagged).
        "title": 1,
        "headings": sorted(
            [(7, None, 1)]
            + [(n, None, 2) for n in (8, 12, 23, 55, 64)]
            + [
                (n, "条", 3)
                for n in (
                    9,
                    10,
                    11,
                    13,
                    16,
                    20,
                    22,
                    24,
                    31,
                    38,
                    39,
                    42,
                    47,
                    49,
                    51,
                    52,
                    54,
                    56,
                    57,
                    58,
                )
                + tuple(range(65, 72))
            ],
            key=lambda h: h[0],
        ),
        "furniture": [],
        "document": {
            "issuer": ["财　政　部", "外　交　部"],
            "number": "财行〔2013〕516号",
            "addressees": "党中央各部门，国务院各部委、各直属机构，总后勤部、武警总部，全国人大常委会办公厅，"
            "全国政协办公厅，高法院，高检院，各人民团体，各民主党派，各省、自治区、直辖市、计划单列市财政厅（局）、"
            "人民政府外事办公室，新疆生产建设兵团财务局、外事局",
            "signatory": "财　政　部　　　　　　　 外　交　部",
            "date": "2013年12月20日",
            "attachments": [
                "附：1.因公临时出国任务和预算审批意见表",
                "2.各国家和地区住宿费、伙食费、公杂费开支标准表",
            ],
        },
    },
    "gw-cn-party-state-gift-registration-rules-1995": {
        # A 中办发 规定: title (1); the parenthesised 「(中办发[1995]7号1995年4月30)」
        # (2) is its 题注: the subtitle, giving `number` and `date` as written
        # (the 日 missing). 第一条–第九条 level 1, the marker only (rule 6, no
        # chapters). No `issuer` in the text (only the 中办发 code); no
        # `effective` (「自发布之日起施行」).
        "title": 1,
        "subtitle": 2,
        "headings": [(n, "条", 1) for n in (3, 4, 6, 8, 9, 11, 12, 13, 14)],
        "furniture": [],
        "document": {"number": "中办发[1995]7号", "date": "1995年4月30"},
    },
    "gw-cn-state-council-emergency-system-plan-notice-2026": {
        # As the held-out 国办 opinion: the crawler's banner (1) furniture;
        # the 印发 notice on one line (2), cut at 600 characters. Title the
        # line's start up to the 文号 (with the join space inside 《》); the
        # plan it issues (rule 7) 「现代化应急体系建设“十五五”规划」 level 1,
        # `inline` (the second match: the notice's 《…》 comes first), its
        # 一、总体要求 level 2, `inline`; the 「到2030年，…」 paragraph body.
        # `issuer` the body the title names, `number`, `addressees`,
        # `signatory` 国务院, `date`, `note` 「（本文有删减）」.
        "title": 2,
        "title_strip": ("", _PLAN_AFTER_TITLE),
        "headings": [
            (2, ("inline", "现代化应急体系建设“十五五”规划"), 1),
            (2, ("inline", "一、总体要求"), 2),
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "国务院",
            "number": "国发〔2026〕15号",
            "addressees": "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
            "signatory": "国务院",
            "date": "2026年5月30日",
            "note": "（本文有删减）",
        },
    },
    "news-cn-gmw-camp-david-small-circle-analysis-2023": {
        # A 中新网 analysis as 光明网 carried it: the headline (1) with the
        # site's suffix 「_光明网」 left out of the title, inline furniture
        # (batch 30's 「 - 国际频道」). The dateline 「中新网8月18日电(陈彩霞)」
        # opens the lead (2): body, giving `source`, `time` and `reporter`
        # (batch 30's 中新网 analysis). The three short stand-alone lines (5,
        # 17, 28) are subheads, level 1 (rule 4); the · items (10-13) a list;
        # 「(完)」 body.
        "title": 1,
        "title_strip": ("", "_光明网"),
        "headings": [(5, None, 1), (17, None, 1), (28, None, 1)],
        "furniture": [[1, 1]],
        "furniture_text": ["_光明网"],
        "document": {"source": "中新网", "time": "8月18日", "reporter": "陈彩霞"},
    },
    "news-cn-sinopec-zhang-yuzhuo-hebei-visit-2020": {
        # A 中国石化报 report as batch 15's sinopec pages, but the page's
        # 来源 / 发布时间 fields run on the headline's line (1): the headline
        # is the title, 「来源：中国石化报 发布时间：2020-12-11」 inline
        # furniture giving `source` and `time`. 「本报讯 记者赵士振报道：」
        # opens the lead: body, `reporter` 「赵士振」. No headings.
        "title": 1,
        "title_strip": ("", "来源：中国石化报 发布时间：2020-12-11"),
        "headings": [],
        "furniture": [[1, 1]],
        "furniture_text": ["来源：中国石化报 发布时间：2020-12-11"],
        "document": {"source": "中国石化报", "time": "2020-12-11", "reporter": "赵士振"},
    },
    "report-cn-xi-letter-ustb-pakistani-students-2020": {
        # A 人民日报 page kept as one line (as batch 30's plsc speeches), its
        # paragraphs joined by 　　: the letter under its printed label
        # 「回信」, which the scrape runs into the salutation, then the 新华社
        # report on it. 「回信」 is the title (the label that opens the text;
        # flagged: batch 30's speeches had none). The wire credit
        # 「（新华社北京5月18日电）」 after the letter's date and the paper's
        # edition line are furniture (batch 30's G20 speech); the edition
        # line gives `source` 人民日报 and `time`. The report's own dateline
        # 「新华社北京5月18日电」 is body (not the text's lead). No headings.
        "title": 1,
        "title_strip": ("", _LETTER_AFTER_TITLE),
        "headings": [],
        "furniture": [[1, 1]],
        "furniture_text": ["（新华社北京5月18日电）", "《 人民日报 》（ 2020年05月19日 01 版）"],
        "document": {"source": "人民日报", "time": "2020年05月19日"},
    },
    "report-cn-yangtze-delta-report-preface": {
        # A report's chapter page: its title 「一、前言」 (1) is the title (batch
        # 15's 长三角 chapter). 「表1 …」 (11) and 「图1 …」 (15) with the chart
        # note (17) are the report's own table/figure titles: neither headings
        # nor furniture. No headings, no fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
