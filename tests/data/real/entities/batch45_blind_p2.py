"""Pass 2's BLIND reading lists for batch 45 (branch issue-e45p2-s23): written from the bare text of the
documents (split.tsv batch 45; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e45p1-s23) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch45_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-tw-cec-legislator-election-revocation-dual-nationality-notice-2009"] = r"""
ORG	中央選舉委員會
PER	劉寬平
ORG	中央選舉委員會
DATE	中華民國98年5月26日
DOC	中選一字第0983100136號
PER	劉寬平
DATE	96年11月7日
TERM	『當選人兼具外國國籍者，應於當選後就職前放棄外國國籍；逾期未放棄者，視為當選無效；……』
DATE	民國80年8月2日
DATE	96年11月7日
PER	劉寬平
DATE	94年2月1日
PER	劉寬平
DATE	96年10月15日
LOC	瑞士
ORG	外交部
LOC	美國
DATE	1999年4月23日
LOC	美國
PER	劉寬平
ORG	中央選舉委員會
ORG	中央選舉委員會
PER	劉寬平
DATE	民國24年6月20日
DATE	94年2月1日
DATE	93年12月17日
DOC	中選一字\n第0933100353號
DATE	93年12月17日
DOC	中選立證字\n第184號
QUANT	30日
ORG	中央選舉委員會
ORG	行政院訴願審議委員會
PER	張政雄
"""
LISTS["news-hk-tvb-cruise-homeport-singapore-disney-2023"] = r"""
LOC	港
LOC	澳
LOC	香港
ORG	旅發局
DATE	2023-04-06
LOC	新加坡
LOC	香港
QUANT	16間
QUANT	150個
LOC	香港
LOC	美國
ORG	迪士尼郵輪公司
LOC	新加坡
LOC	亞洲
LOC	啟德郵輪碼頭
LOC	香港
LOC	新加坡
PER	班智榮
LOC	東京
LOC	上海
LOC	新加坡
LOC	香江
ORG	專業教育學院酒店、服務及旅遊學系
PER	黃家榮
ORG	旅發局
LOC	香港
PER	葉慶寧
LOC	港
LOC	香港
ORG	旅發局
LOC	港
LOC	港
LOC	香港
"""
LISTS["news-tw-ltn-wanhua-haunted-flat-auction-2018"] = r"""
QUANT	10年
QUANT	425萬
LOC	萬大路
ORG	google
DATE	2018-07-31
DATE	2008年
LOC	台北市萬華區
QUANT	10年
QUANT	38.54萬元
ORG	蘋果日報
DATE	2008年
LOC	台北市萬華區萬大路
PER	蘇
QUANT	13歲
QUANT	2條
QUANT	7名
QUANT	11.04坪
QUANT	425.6萬元
ORG	內政部
QUANT	38.54萬
ORG	台灣房屋智庫
PER	陳炳辰
PER	陳炳辰
"""
LISTS["wr-tw-mofa-ly-foreign-affairs-committee-report-2012-part"] = r"""
ORG	立法院
ORG	外交及國防委員會
DATE	中華民國101年3月7日
LOC	紅樓301會議室
PER	林
PER	郁方
ORG	立法院
ORG	外交及國防委員會
DATE	中華民國101年3月5日
LOC	紅樓301會議室
PER	陳鎮湘
PER	詹凱臣
PER	蕭美琴
PER	陳唐山
PER	林郁方
PER	林鴻池
PER	陳亭妃
PER	洪秀柱
PER	蔡煌瑯
PER	張嘉郡
PER	邱議瑩
PER	王金平
PER	馬文君
QUANT	13人
PER	林郁方
PER	紀珠
PER	劉錦章
PER	趙弘靜
PER	劉慧琪
PER	陳淑敏
PER	陳國興
ORG	人事處
DATE	101年3月3日
DOC	台立人字第1011400514號
DATE	本（101）年3月5日
ORG	立法院
QUANT	2人
ORG	立法院
QUANT	1人
PER	陳唐山
QUANT	13人
QUANT	13張
QUANT	13張
PER	林郁方
QUANT	8票
PER	陳唐山
QUANT	5票
PER	林郁方
PER	陳唐山
ORG	外交部
PER	楊進添
ORG	外交部
PER	楊
PER	楊
PER	進添
ORG	立法院
PER	王
PER	洪
TERM	「活路外交」
TERM	「活路外交」
TERM	「活路外交」
TERM	「活路外交」
PER	馬
DATE	97年5月
TERM	「活路外交」
TERM	「尊嚴、自主、務實、靈活」
TERM	「對話」
TERM	「對抗」
TERM	「兩岸關係」
TERM	「活路外交」
TERM	「活路外交」
TERM	「惡性循環」
TERM	「良性循環」
TERM	「和平紅利」
TERM	「活路外交」
QUANT	23個
LOC	美國
LOC	日本
ORG	歐盟
LOC	紐
LOC	澳
LOC	日
LOC	加
LOC	德
LOC	韓
LOC	英
QUANT	7個
TERM	「青年打工度假協議」
LOC	臺灣
LOC	中華民國
TERM	「活路外交」
QUANT	23個
TERM	「資通訊及電子化政府國際研討會」
TERM	「臺灣經建發展」
TERM	「氣候變遷與自然資源發展」
TERM	「技職教育與職業訓練」
TERM	「科學工業園區規劃與管理研習」
ORG	經濟合作暨發展組織
ORG	OECD
TERM	「政府開發援助（ODA）資料庫」
DATE	上（100）年11月
LOC	薩爾瓦多
TERM	「第15屆中華民國與中美洲國家合作混合委員會外長會議」
LOC	瓜地馬拉
LOC	尼加拉瓜
DATE	本（101）年1月
LOC	瓜地馬拉
PER	培瑞茲
PER	Otto Perez Molina
LOC	尼加拉瓜
PER	奧德嘉
PER	Daniel Ortega Saavedra
LOC	甘比亞
PER	賈梅
PER	Yahya A. J. J. Jammeh
DATE	10月
LOC	臺
QUANT	6位
QUANT	1位
LOC	布吉納法索
PER	龔保雷
PER	Blaise Compaore
LOC	瓜地馬拉
PER	柯隆
PER	Alvaro Colom Caballeros
LOC	諾魯
PER	史蒂芬
PER	Marcus Stephen
LOC	帛琉
PER	陶瑞賓
PER	Johnson Toribiong
LOC	索羅門群島
PER	費立普
PER	Danny Philip
LOC	史瓦濟蘭王國
PER	恩彤碧
PER	Ntombi Tfwala
LOC	多明尼加
PER	阿布爾格爾格
PER	Rafael Francisco Alburquerque
LOC	宏都拉斯
ORG	總統府
PER	柏紀妍
PER	Maria Antonieta Guillen de Bogran
LOC	巴拉圭
PER	佛朗哥
PER	Federico Franco Gomez
LOC	聖克里斯多福及尼維斯
PER	康鐸
PER	Sam Terente Condor
LOC	吐瓦魯
PER	那塔諾
PER	Kausea Natano
ORG	吉里巴斯國會
PER	游陶瑪
PER	Taomati Iuta
ORG	甘比亞國會
PER	柏將
PER	Abdoulie Bojang
ORG	薩爾瓦多國會
PER	雷耶斯
PER	Sigfrido Reyes
DATE	2月
ORG	甘比亞衛生部
PER	巴吉
PER	Fatim Badjie
ORG	聖多美普林西比公共工程暨自然資源部
PER	卡諾瓦
PER	Carlos Vila Nova
LOC	布吉納法索
PER	陶歐雷
PER	Nabere Honore Traore
LOC	布吉納法索
PER	香黛
PER	Chantal Compaore
ORG	巴拿馬國會友臺小組
PER	瓦雅莉諾
PER	Marylin Vallarino
ORG	巴拉圭眾議院
PER	柏佳都
PER	Victor Bogado
"""
LISTS["gw-tw-ey-human-trafficking-prevention-act-effective-date-order-2009"] = r"""
ORG	行政院
DATE	98年1月23日
TERM	「人口販運防制法」
DATE	98年6月1日
ORG	行政院
DATE	中華民國98年5月26日
DOC	院臺治字第0980029315號
DATE	中華民國九十八年一月二十三日
TERM	「人口販運防制法」
DATE	九十八年六月一日
PER	劉兆玄
"""
LISTS["gw-tw-moi-human-trafficking-victims-stay-residence-permit-regulations-2009"] = r"""
ORG	內政部
TERM	「人口販運被害人停留居留及永久居留專案許可辦法」
ORG	內政部
DATE	中華民國98年6月1日
DOC	台內移字第0980957626號
TERM	「人口販運被害人停留居留及永久居留專案許可辦法」
TERM	「人口販運被害人停留居留及永久居留專案許可辦法」
PER	廖了以
LOC	臺灣地區
LOC	臺灣地區
LOC	臺灣地區
ORG	內政部入出國及移民署
"""
LISTS["news-hk-hkcnews-co-location-bill-committee-long-title-2018"] = r"""
ORG	立法會一地兩檢條例草案委員會
LOC	深圳灣港方口岸區
ORG	立法會
PER	朱凱廸
TERM	「宣布某範圍為西九龍站內地口岸區」
LOC	深圳灣口岸
ORG	律政司
PER	彭士印
TERM	「某範圍」
TERM	「an area」
TERM	「一個範圍」
ORG	民主黨
PER	胡志偉
TERM	「某範圍」
TERM	「一個範圍」
PER	彭士印
PER	朱凱廸
TERM	「某範圍為西九龍站內地口岸區」
PER	何君健
LOC	西九龍站內地口岸區
LOC	廣深港高速鐵路香港段
LOC	西九龍站內地口岸區
LOC	西九龍站內地口岸區
LOC	香港
DOC	《條例草案》
ORG	律政司
PER	黃惠沖
LOC	西九龍站
DOC	《基本法》
LOC	香港
PER	黃惠沖
PER	黃惠沖
LOC	西九龍站
LOC	香港
DOC	《基本法》
LOC	香港
LOC	香港
LOC	西九龍站
DOC	《基本法》
ORG	立法會
PER	黃惠沖
PER	何君健
ORG	民主黨
PER	林卓廷
TERM	「訂定就某些目的而言，西九龍站內地口岸區的範圍，視為處於香港以外並處於內地以內」
PER	彭士印
ORG	公民黨
PER	陳淑莊
TERM	「高鐵香港段上營運中的客運列車 ( 包括在行駛中、停留中和上下乘客期間的客運列車 ) 的車廂，視為在西九龍站內地口岸區範圍之內。」
ORG	運輸局及房屋局
PER	陳帆
TERM	「停留中」
ORG	公民黨
PER	楊岳橋
DOC	《深圳灣口岸港方口岸區條例》
TERM	「香港的司法管轄權有權伸延到深圳灣口岸」
LOC	香港
PER	彭士印
TERM	「就內地法律及香港法律於內地口岸區的適用而言；並就內地口岸區的管轄權 ( 包括司法管轄權 ) 的劃分而言， 內地口岸區的範圍，視為處於香港以外並處於內地以內。」
QUANT	15分鐘
ORG	運輸局及房屋局
PER	陳帆
ORG	一地兩檢草案委員會
PER	何君健
ORG	眾新聞
TERM	「每周時事」
"""
LISTS["news-hk-hket-rugby-sevens-women-team-defeats-2023"] = r"""
ORG	女子港隊
QUANT	2戰
TERM	「爭氣」
DATE	2023-03-31
LOC	香港
ORG	加拿大
ORG	港隊
ORG	港隊
TERM	「爭氣」
PER	陳靜儀
QUANT	3日
LOC	香港
LOC	香港大球場
ORG	港隊
QUANT	3場
ORG	女子港隊
ORG	新西蘭
ORG	港隊
ORG	女子港隊
ORG	加拿大隊
TERM	「5:20」
PER	鄭欣宜
ORG	保安局
PER	鄧炳強
DATE	11月
ORG	港隊
TERM	「爭氣」
ORG	加拿大隊
QUANT	10分鐘
ORG	加拿大隊
TERM	「10:0」
ORG	加拿大
ORG	香港
ORG	加拿大
ORG	港女隊
PER	謝詠翹
TERM	「10:5」
ORG	加拿大隊
QUANT	2球
TERM	「5:20」
ORG	男子港隊
ORG	法國隊
PER	禾獲特
PER	姚錦成
TERM	「Hello Hong Kong」
PER	鄭欣宜
PER	歐
QUANT	2場
PER	阿軒
TERM	「爭氣」
DATE	11月
TERM	「七欖」
ORG	港隊
ORG	法國
LOC	斐濟
PER	Prathna
LOC	香港
ORG	斐濟隊
LOC	香港
ORG	斐濟
ORG	HKET
ORG	hket
ORG	TOPick
PER	解青羽
"""
LISTS["news-hk-oncc-mtr-fare-profit-sharing-scrapped-2023"] = r"""
ORG	東方日報
DATE	2023-03-29
TERM	「分享利潤機制」
DATE	8至9日
DATE	5月13至14日
QUANT	4日
QUANT	8宗
QUANT	6,550萬元
TERM	「分享利潤機制」
QUANT	100億元
QUANT	2億元
QUANT	2億6,550萬元
QUANT	3%
TERM	「帳面數」
TERM	「分享利潤機制」
QUANT	4,000萬元
QUANT	20%
QUANT	1.03億元
QUANT	2,500萬元
QUANT	5,000萬元
QUANT	500條
TERM	「綠色專線小巴轉乘優惠」
DATE	第4季
QUANT	0.3元
QUANT	0.5元
QUANT	21億元
*ORG	港鐵
"""
LISTS["news-tw-chinatimes-power-bank-explosion-replacement-2023"] = r"""
ORG	墨子科技
DATE	今（25）日
QUANT	25萬名
ORG	MOZTECH
ORG	墨子科技
ORG	臉書
QUANT	25萬名
QUANT	25間
ORG	MOZTECH墨子科技三創體驗店
DATE	8月30日
TERM	「奶油黃」
QUANT	45到50天
TERM	「奶茶色」
TERM	「MOZTECH® 萬能充Pro 多功能五合一行動電源」
TERM	「行動電源爆炸」
LOC	金門
*ORG	墨子科技
"""
LISTS["news-tw-pts-us-space-force-korea-drill-explainer-2023"] = r"""
ORG	太空軍
LOC	美國
QUANT	6大
LOC	美
LOC	韓
ORG	美國太空軍
ORG	美國太空軍
LOC	美國
LOC	南韓
DATE	昨（21）日
QUANT	10天
TERM	「乙支自由之盾」
LOC	北韓
ORG	美軍
ORG	太空軍
ORG	駐韓美軍
ORG	太空軍
LOC	美
LOC	韓
ORG	太空軍
LOC	北韓
ORG	美國太空軍
LOC	美國
QUANT	6大
ORG	太空軍
DATE	2019年12月
QUANT	1萬6千人
LOC	美國
ORG	太空軍
LOC	美國
PER	川普
ORG	太空軍
PER	薩茲曼
LOC	中國
LOC	俄羅斯
LOC	美國
DATE	2020年5月
LOC	白宮
ORG	美國太空軍
ORG	美聯社
ORG	美國太空軍
ORG	太空軍作戰部長辦公室
ORG	OCSO
ORG	太空軍
ORG	太空軍戰地司令部
ORG	Space Force Field Command
QUANT	3個
ORG	太空作戰司令部
ORG	SpOC
ORG	太空系統司令部
ORG	SSC
ORG	國防部
ORG	太空訓練和準備司令部
ORG	STARCOM
TERM	「死神」
ORG	美國太空軍
ORG	ISRS
TERM	「死神」
ORG	ISRS
LOC	美國
DATE	8月11日
ORG	ISRS
ORG	USSF
LOC	美國
ORG	太空軍
ORG	美國太空軍
DATE	去（2022）年11月
LOC	夏威夷珍珠港
LOC	印太地區
LOC	中國
LOC	俄羅斯
LOC	北韓
DATE	12月
ORG	駐韓美軍
ORG	美國太空軍
LOC	北韓
"""
LISTS["news-tw-setn-xindian-man-falls-after-quarrel-2018"] = r"""
DATE	2018/02/21
LOC	新北市新店區中正路
DATE	今（21）日
QUANT	49歲
PER	高
QUANT	67歲
PER	高
PER	高
PER	高
PER	高
PER	高
PER	高
PER	高
"""
