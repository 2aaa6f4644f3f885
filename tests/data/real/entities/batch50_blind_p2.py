"""Pass 2's BLIND reading lists for batch 50 (branch issue-e50p2-s24): written from the bare text of the
documents (split.tsv batch 50; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e50p1-s24) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch50_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-tw-ey-trade-promotion-fund-rules-amendment-order-2012"] = r"""
ORG	行政院
TERM	「推廣貿易基金收支保管及運用辦法」
ORG	行政院
DATE	中華民國101年1月3日
DOC	院授主孝二字第1010000002A號
TERM	「推廣貿易基金收支保管及運用辦法」
TERM	「推廣貿易基金收支保管及運用辦法」
PER	吳敦義
PER	陳　冲
ORG	中華民國對外貿易發展協會
"""
LISTS["news-hk-orientaldaily-market-reopening-rodents-2020"] = r"""
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
LOC	九龍城
PER	任國棟
LOC	紅磡街市
DATE	七月
LOC	紅磡街市
ORG	食環署
LOC	紅磡
LOC	土瓜灣街市
LOC	沙田
LOC	大埔墟街市
ORG	食署
PER	郭家麒
ORG	食環署
ORG	食環署
LOC	紅磡
LOC	土瓜灣街市
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
"""
LISTS["press-mo-dsscu-dspa-old-district-building-inspections-2026"] = r"""
PER	習近平
LOC	澳門
ORG	運輸工務司
PER	譚偉文
PER	譚
ORG	土地工務局
ORG	環境保護局
ORG	澳門電力股份有限公司
LOC	祐漢七棟樓群
ORG	土地工務局
ORG	環境保護局
"""
LISTS["press-tw-tainan-urban-renewal-workshops-2026"] = r"""
LOC	臺南市
DATE	9月
DATE	11月
QUANT	8場
ORG	都市發展局
DATE	115年9月3日
ORG	都發局
DATE	9月12日
DATE	11月
QUANT	8場
TERM	「都市更新推廣講習課程」
ORG	都發局
TERM	「臺南市政府自主更新專區」
ORG	長榮大學輔導團
ORG	都市發展局都市更新科
PER	黃
"""
LISTS["gw-tw-dgbas-national-accounts-review-committee-rules-repeal-order-2012"] = r"""
ORG	行政院主計總處
TERM	「行政院主計處國民所得統計評審委員會設置辦法」
ORG	行政院主計總處
DATE	中華民國101年4月5日
DOC	主統字第1010300152B號
TERM	「行政院主計處國民所得統計評審委員會設置辦法」
PER	石素梅
"""
LISTS["gw-tw-mnd-criminal-compensation-decision-letter-2012"] = r"""
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
ORG	國防部高等法院高雄分院
DATE	民國101年2月23日
PER	李柏淵
"""
LISTS["news-hk-hkcnews-tsim-sha-tsui-riot-trial-police-testimony-2021"] = r"""
DATE	8.11
LOC	尖沙咀
ORG	速龍
DATE	8月11日
LOC	尖沙咀警署
DATE	今(9日)
ORG	區域法院
ORG	速龍
LOC	栢麗大道
ORG	速龍
ORG	速龍
PER	劉維穎
PER	李煒杰
ORG	速龍小隊
LOC	尖沙咀警署
PER	李
ORG	機動部隊
QUANT	30名
ORG	速龍
LOC	栢麗購物大道
PER	郭嘉輝
PER	李
PER	劉維穎
TERM	「聲控」
ORG	速龍
PER	盧智聰
PER	李
PER	李
PER	李
ORG	速龍
ORG	速龍
PER	盧智聰
LOC	栢麗大道
PER	盧
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
LOC	尖沙咀
LOC	柯士甸道
LOC	堪富利士道
LOC	彌敦道
ORG	終院
QUANT	2,000名
"""
LISTS["news-hk-hkcnews-uli-sigg-m-plus-donation-2021"] = r"""
LOC	香港
ORG	M+博物館
TERM	「中國通」
PER	Uli Sigg
LOC	港
ORG	亞洲協會
DATE	1979年
LOC	瑞士
LOC	中國
LOC	中國
PER	江澤民
DATE	90年代
ORG	瑞士政府
LOC	瑞士
LOC	華
LOC	港
PER	陳啟宗
PER	周滿鏗
LOC	瑞士
QUANT	25歲
ORG	蘇黎世大學法律系
LOC	瑞士
LOC	中東地區
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
ORG	迅達
ORG	迅達董事會
DATE	1980年
ORG	中國迅達電梯
QUANT	75%
LOC	瑞士
QUANT	15%
LOC	香港
ORG	怡和迅達
QUANT	10%
DATE	90年代
LOC	瑞士
LOC	華
PER	江澤民
DATE	80年代
ORG	外國投資管理委員會
LOC	瑞士
ORG	迅達
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
TERM	「半買半送」
ORG	M+ 博物館
QUANT	1,463 件
LOC	中國
QUANT	1.77 億港元
QUANT	47 件
LOC	中國
DATE	2015年
LOC	瑞士
DATE	2019年
DATE	2012年
DOC	〈洗白〉
DOC	〈淨物〉
DATE	6月
ORG	Artnet
ORG	M+博物館
*PER	希克
*PER	艾未未
*PER	陳啟宗
*ORG	M\+
*ORG	亞洲協會
*LOC	香港
*LOC	中國
*LOC	港
*ORG	迅達
*QUANT	1500件
"""
LISTS["news-tw-cna-pingzhen-tyre-shop-fire-2016"] = r"""
LOC	平鎮
QUANT	7人
QUANT	1女
ORG	中央社
PER	邱俊欽
LOC	桃園
DATE	19日
LOC	桃園市平鎮區
QUANT	7人
QUANT	62歲
ORG	中央社
"""
LISTS["news-tw-tvbs-penghu-doctor-hou-wu-chung-mourned-2017"] = r"""
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
"""
LISTS["press-mo-iam-us-avian-flu-poultry-imports-2026"] = r"""
ORG	市政署
LOC	美國
ORG	市政署
LOC	美國猶他州Cache縣
LOC	賓夕法尼亞州Delaware縣
LOC	愛達荷州Canyon縣
ORG	市政署
ORG	市政署
ORG	市政署
ORG	世界動物衛生組織
ORG	WOAH
ORG	市政署
"""
LISTS["press-tw-vice-president-lunar-new-year-northern-temples-2025"] = r"""
LOC	北
LOC	桃園
LOC	苗栗
LOC	北
LOC	桃園
LOC	苗栗
DATE	今（31）日
PER	蕭美琴
LOC	台北市關渡宮
LOC	板橋慈惠宮
LOC	板橋接雲寺
LOC	桃園景福宮
LOC	苗栗
LOC	白沙屯拱天宮
ORG	總統府
LOC	臺
LOC	台北市關渡宮
DATE	0403
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
"""
