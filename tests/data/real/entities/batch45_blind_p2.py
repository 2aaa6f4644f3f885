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
