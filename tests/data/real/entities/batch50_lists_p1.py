"""Reading lists of the batch-50 entity gold, pass 1 (branch issue-e50p1-s24); see build_batch.py for the
line format and README-batch50.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-ey-trade-promotion-fund-rules-amendment-order-2012": r"""
# the EY order as batch 48's EY orders: 行政院 in 行政院令 ORG, the quoted rules TERM with their marks, the unmarked
# title of the amended articles nothing; the acting vice premier with the spaced name PER as written (關　中)
ORG	行政院
TERM	「推廣貿易基金收支保管及運用辦法」
ORG	行政院
DATE	中華民國101年1月3日
DOC	院授主孝二字第1010000002A號
TERM	「推廣貿易基金收支保管及運用辦法」
TERM	「推廣貿易基金收支保管及運用辦法」
PER	吳敦義
PER	陳　冲
# the articles: the foreign-trade association with 中華民國 in its name one ORG; 國際貿易展覽及會議中心 (a hall to be
# built, named by what it is) nothing — doubtful (LOC the other reading); the unmarked 公庫法 nothing
ORG	中華民國對外貿易發展協會
""",
    "news-hk-orientaldaily-market-reopening-rodents-2020": r"""
# markets LOC whole (祐漢街市, batch 44); caption labels (紅磡街市：, 土瓜灣：) tagged like the text; photographers PER
LOC	紅磡街市
LOC	紅磡街市
PER	李華輝
LOC	紅磡街市
LOC	土瓜灣街市
LOC	紅磡街市
LOC	紅磡街市
LOC	土瓜灣
LOC	土瓜灣街市
PER	余宏基
LOC	紅磡街市
LOC	紅磡街市
PER	袁志豪
LOC	紅磡街市
LOC	紅磡街市
LOC	紅磡街市
LOC	土瓜灣街市
# 九龍城區議員 → LOC 九龍城區 (the district a councillor sits for); 七月 DATE (as 六月); 紅磡及土瓜灣街市, 沙田及大埔墟
# 街市 → the bare place + the market (no distribution of 街市) — doubtful (LOC 紅磡街市 by distribution is not a
# span of the text); 第二波 nothing
LOC	九龍城區
PER	任國棟
LOC	紅磡街市
DATE	七月
LOC	紅磡街市
ORG	食環署
LOC	紅磡
LOC	土瓜灣街市
LOC	沙田
LOC	大埔墟街市
# the heading's short 食署 ORG; quoted speech nothing, 「最醜陋的一面」 (a quoted phrase, not a term) nothing — doubtful
ORG	食署
PER	郭家麒
ORG	食環署
ORG	食環署
LOC	紅磡
LOC	土瓜灣街市
# 十二個, 一小時 (no digit) and 下午七時 nothing; the twelve markets LOC each
ORG	食環署
LOC	上環街市
LOC	駱克道街市
LOC	渣華道街市
LOC	榮芳街街市
LOC	銅鑼灣街市
LOC	漁光道街市
LOC	電氣道街市
LOC	仁愛街市
LOC	田灣街市
LOC	長洲街市
LOC	官涌街市
LOC	深井臨時街市
# the footer: on.cc東網 ORG (the paper's site) — doubtful; the platforms (iPhone …) nothing
ORG	on.cc東網
""",
    "press-mo-dsscu-dspa-old-district-building-inspections-2026": r"""
# 國家主席習近平 → PER 習近平; 行政長官, 特區政府 nothing (earlier gold); 夏防安全會議 (a meeting) nothing; 運輸工務司
# ORG + PER 譚偉文; 譚司長 nothing (a surname with a title, no one-character PER in earlier gold) — doubtful; the
# unquoted 樓宇維修資助計劃 nothing — doubtful (TERM the other reading); 電力公司 (the company named generically) nothing
PER	習近平
LOC	澳門
ORG	運輸工務司
PER	譚偉文
ORG	土地工務局
ORG	環境保護局
ORG	澳門電力股份有限公司
# 祐漢七棟樓群 one LOC (a named cluster of buildings in 祐漢) — doubtful (LOC 祐漢 alone the other reading)
LOC	祐漢七棟樓群
ORG	土地工務局
ORG	環境保護局
""",
    "press-tw-tainan-urban-renewal-workshops-2026": r"""
# a month range with 起至 one DATE (as 9月19日起至12月5日, batch 39); 8場 QUANT; the Tainan release header
# (發稿單位 ORG, 發稿時間 DATE, the clock time nothing); 市府都發局 one ORG (as 南市府衛生局) — doubtful
LOC	臺南市
DATE	9月起至11月
QUANT	8場
ORG	都市發展局
DATE	115年9月3日
ORG	市府都發局
DATE	9月12日起至11月
QUANT	8場
TERM	「都市更新推廣講習課程」
ORG	都發局
# the quoted web section TERM with its marks (as the quoted page names of batch 20); URL and phone numbers nothing;
# 長榮大學輔導團 one ORG (a unit with its body) — doubtful (ORG 長榮大學 alone the other reading); the section with
# its bureau one ORG; 黃先生 nothing
TERM	「臺南市政府自主更新專區」
ORG	長榮大學輔導團
ORG	都市發展局都市更新科
""",
    "gw-tw-dgbas-national-accounts-review-committee-rules-repeal-order-2012": r"""
# the DGBAS order as the EY orders: the issuer in 行政院主計總處令 ORG whole (earlier gold), the quoted rules TERM with
# their marks (the former 行政院主計處 inside the quoted title not split out); the head with the spaced title PER
ORG	行政院主計總處
TERM	「行政院主計處國民所得統計評審委員會設置辦法」
ORG	行政院主計總處
DATE	中華民國101年4月5日
DOC	主統字第1010300152B號
TERM	「行政院主計處國民所得統計評審委員會設置辦法」
PER	石素梅
""",
    "gw-tw-mnd-criminal-compensation-decision-letter-2012": r"""
# the MND letter: the military branch court with its ministry one ORG (as 臺灣高等法院臺中分院, batch 48); the case
# number 100年刑補重字第001號 nothing (batch 48's 99年度選字第10號) — doubtful; the unmarked 刑事補償法 nothing; the
# spaced 國 防 部 of the signature ORG as written (as spaced names); 一百零六日 and 新臺幣二十六萬五千元 nothing (no
# digit: no QUANT without one in earlier gold) — doubtful (QUANT the other reading)
ORG	國防部
PER	李柏淵
ORG	國防部高等軍事法院高雄分院
ORG	國防部
DATE	中華民國101年3月30日
DOC	國法審判字第1010001048號
ORG	國防部高等軍事法院高雄分院
PER	李柏淵
ORG	國 防 部
ORG	國防部高等軍事法院高雄分院
PER	李柏淵
# the summary names the court without 軍事 (國防部高等法院高雄分院) — tagged as written, one ORG
ORG	國防部高等法院高雄分院
DATE	民國101年2月23日
PER	李柏淵
""",
    "press-mo-iam-us-avian-flu-poultry-imports-2026": r"""
# 市政署 ORG; a state with its county one LOC (a place chain, the county's Latin name inside); H5N1 nothing (no
# precedent; a subtype, not a name) — doubtful; 本澳 nothing (batch 20); the organisation and its Latin short name
# in brackets ORG each
ORG	市政署
LOC	美國
ORG	市政署
LOC	美國
LOC	猶他州Cache縣
LOC	賓夕法尼亞州Delaware縣
LOC	愛達荷州Canyon縣
ORG	市政署
ORG	市政署
ORG	市政署
ORG	世界動物衛生組織
ORG	WOAH
ORG	市政署
""",
    "press-tw-vice-president-lunar-new-year-northern-temples-2025": r"""
# the lunar-new-year days DATE (as 正月初三 in the president's temple tour): 年初三, 農曆大年初三 → 大年初三,
# 大年初三 again; 雙北 LOC (the two northern cities as one place word) — doubtful; quoted temples LOC without the marks
# (the president's temple tour), 苗栗 before the quoted temple LOC on its own; 總統府 ORG
DATE	年初三
LOC	雙北
LOC	桃園
LOC	苗栗
LOC	雙北
LOC	桃園
LOC	苗栗
DATE	今（31）日
DATE	大年初三
PER	蕭美琴
LOC	台北市關渡宮
LOC	板橋慈惠宮
LOC	板橋接雲寺
LOC	桃園景福宮
LOC	苗栗
LOC	白沙屯拱天宮
ORG	總統府
# 環臺 → 臺 (as 來臺); 北部 nothing; 0403花蓮地震 → LOC 花蓮, the date code 0403 nothing (an event's name, as
# 2025中国足协杯) — doubtful; 黎明教養院 ORG; 臺灣 LOC each time
LOC	臺
DATE	大年初三
LOC	台北市關渡宮
LOC	花蓮
LOC	花蓮
ORG	黎明教養院
LOC	臺灣
LOC	臺灣
LOC	臺灣
ORG	總統府
PER	何志偉
PER	吳思瑤
PER	林月琴
PER	張宏陸
PER	郭昱晴
PER	蘇巧慧
LOC	苗栗縣
PER	邱俐俐
""",
    "news-hk-hkcnews-tsim-sha-tsui-riot-trial-police-testimony-2021": r"""
# the column 【8.11尖沙咀暴動案】 → LOC 尖沙咀 (as batch 20's 【武漢肺炎大爆發】), the date code 8.11 nothing (a case's
# name) — doubtful; 前年8月11日 → 8月11日 (as 去年11月); the police station LOC (a venue); 速龍警 / 速龍警員 / 速龍隊員
# nothing, 速龍小隊 ORG (earlier gold); 李, 盧 (a witness by surname) nothing; the police number 5854 nothing
LOC	尖沙咀
DATE	8月11日
LOC	尖沙咀警署
DATE	今(9日)
ORG	區域法院
LOC	栢麗大道
PER	劉維穎
PER	李煒杰
ORG	速龍小隊
LOC	尖沙咀警署
ORG	機動部隊
QUANT	30名
LOC	栢麗購物大道
PER	郭嘉輝
PER	劉維穎
TERM	「聲控」
PER	盧智聰
PER	盧智聰
LOC	栢麗大道
# the ten defendants with their ages QUANT; 十名 nothing; 8月11 日 as written (a space inside); the road chain
# 尖沙咀柯士甸道 one LOC, 堪富利士道, 彌敦道 LOC; 終院 ORG; the quoted charge (a clause) nothing; the case number nothing
PER	劉維穎
QUANT	19歲
PER	郭嘉輝
QUANT	22歲
PER	張文俊
QUANT	17歲
PER	梁卓華
QUANT	20歲
PER	黃奕瑋
QUANT	19歲
PER	梁俊偉
QUANT	25歲
PER	吳紹勤
QUANT	27歲
PER	韋婷婷
QUANT	25歲
PER	卓麗馨
QUANT	24歲
PER	潘慧雯
QUANT	41歲
DATE	8月11 日
LOC	尖沙咀柯士甸道
LOC	堪富利士道
LOC	彌敦道
ORG	終院
QUANT	2,000名
""",
    "news-hk-hkcnews-uli-sigg-m-plus-donation-2021": r"""
# M+ LOC where it is the museum as a place (展出, 開幕, 前往, the building praised), ORG where it acts (signs, replies,
# its staff 館方, is attacked, its collection) — doubtful, as batch 20's 上海博物馆 / museums; 香港M+博物館 → LOC 香港 +
# LOC M+博物館; unmarked 國安法 nothing; quoted words and noun phrases TERM (「中國通」, 「無得輸」 …), quoted speech nothing
# but the places inside; 駐華 → 華; decades DATE (90年代, earlier gold); 瑞士當局 / 香港當局 → the place
LOC	港
LOC	M+
QUANT	1500件
LOC	中國
LOC	香港
LOC	M+博物館
TERM	「中國通」
PER	Uli Sigg
LOC	港
LOC	M+
ORG	亞洲協會
DATE	1979年
LOC	瑞士
LOC	中國
TERM	「無得輸」
LOC	中國
PER	江澤民
DATE	90年代
ORG	瑞士政府
LOC	瑞士
LOC	華
LOC	M+
LOC	港
LOC	中國
LOC	M+
LOC	香港
LOC	M+
LOC	M+
LOC	香港
ORG	亞洲協會
PER	陳啟宗
LOC	M+
PER	周滿鏗
LOC	瑞士
QUANT	25歲
ORG	蘇黎世大學法律系
LOC	瑞士
LOC	中東
DATE	1977年
LOC	瑞士
ORG	迅達
ORG	Schindler
LOC	中東
DATE	1979年
LOC	中國
LOC	瑞士
LOC	北京
LOC	上海
LOC	中國
PER	江澤民
PER	毛澤東
LOC	中國
ORG	恆隆
PER	陳啟宗
DATE	1979年
LOC	中國
ORG	迅達
LOC	中國
LOC	中國
ORG	迅達
LOC	中國
LOC	中國
ORG	迅達
ORG	迅達董事會
LOC	中國
TERM	「試一鋪」
DATE	1980年
ORG	中國迅達電梯
QUANT	75%
LOC	瑞士
QUANT	15%
ORG	香港怡和迅達
QUANT	10%
LOC	中國
LOC	中國
DATE	90年代
LOC	瑞士
LOC	華
PER	江澤民
DATE	80年代
ORG	外國投資管理委員會
LOC	中國
LOC	瑞士
ORG	迅達
LOC	中國
LOC	中國
TERM	「百科全書式」
DATE	1977年
ORG	迅達
LOC	中國
DATE	1985年
LOC	中國
LOC	中國
LOC	中國
QUANT	100年
DATE	90年代
LOC	中國
TERM	「系統性」
TERM	「百科全書式」
QUANT	2500件
LOC	華
LOC	瑞士
DATE	2012年
ORG	M+
TERM	「半買半送」
LOC	M+ 博物館
QUANT	1,463 件
LOC	中國
QUANT	1.77 億港元
QUANT	47 件
LOC	中國
DATE	2015年
LOC	瑞士
LOC	香港
LOC	香港
LOC	香港
DATE	2019年
DATE	2012年
LOC	M+
PER	艾未未
ORG	M+
DOC	〈洗白〉
DOC	〈淨物〉
ORG	M+
ORG	M+
PER	艾未未
DATE	6月
ORG	Artnet
LOC	香港
ORG	M+
PER	艾未未
LOC	中國
LOC	香港
PER	陳啟宗
LOC	香港
LOC	M+
LOC	M+博物館
TERM	「非常好的建築物」
LOC	香港
PER	陳啟宗
ORG	亞洲協會
PER	艾未未
ORG	亞洲協會
LOC	港
ORG	亞洲協會
PER	艾未未
*PER	希克
""",
    "news-tw-cna-pingzhen-tyre-shop-fire-2016": r"""
# the CNA dateline (reporter PER, place LOC, 19日 DATE); 1女 (one woman, no unit) nothing — doubtful; the paywall
# line's 中央社 ORG
LOC	平鎮
QUANT	7人
ORG	中央社
PER	邱俊欽
LOC	桃園
DATE	19日
LOC	桃園市平鎮區
QUANT	7人
QUANT	62歲
ORG	中央社
""",
    "news-tw-tvbs-penghu-doctor-hou-wu-chung-mourned-2017": r"""
# the source line tvbs ORG (as TVBS); the date line DATE; a hospital department with its university one ORG
# (高醫肝膽科); quoted noun phrases and epithets TERM (「澎湖仁醫」, 「最認真的學生」, 「船長醫師」), the quoted award
# TERM (earlier gold: 「人權新聞獎」); quoted speech nothing; 澎湖人, 高醫人 → the place / the body inside
PER	侯武忠
ORG	tvbs
DATE	2017/11/26
ORG	高醫肝膽科
PER	王良彥
TERM	「澎湖仁醫」
PER	侯武忠
TERM	「澎湖仁醫」
ORG	澎湖慢性病防治所
PER	侯武忠
LOC	澎湖
LOC	高雄
PER	侯武忠
ORG	高雄醫學大學
PER	王良彥
PER	侯武忠
PER	王良彥
PER	侯武忠
PER	王良彥
ORG	中央社
PER	侯武忠
PER	王良彥
PER	侯武忠
PER	王良彥
PER	侯武忠
PER	侯武忠
LOC	澎湖
PER	王良彥
LOC	澎湖
PER	侯武忠
PER	王良彥
LOC	澎湖
PER	侯武忠
DATE	3月
PER	侯武忠
ORG	高醫
PER	王良彥
PER	侯武忠
PER	侯武忠
PER	王良彥
TERM	「最認真的學生」
PER	侯武忠
QUANT	55歲
ORG	阮綜合醫院
PER	柯成國
ORG	高雄醫學大學
PER	陳建志
PER	侯武忠
TERM	「船長醫師」
TERM	「醫療奉獻獎」
ORG	高醫
ORG	中央社
""",
}
