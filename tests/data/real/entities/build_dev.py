"""Rebuild the development-set entity gold from the pass-1 reading lists (branch ent-b) plus the pass-2
corrections in pass2_dev.py (branch ent-b2), which are applied after the lists; the output is the committed files.

Each list below is the annotator's reading of one document: lines "TYPE<TAB>string" in reading order
(each string is found from the end of the previous match, so repeated strings get every occurrence listed);
lines "*TYPE<TAB>regex" tag every remaining non-overlapping match of the regex after the ordered lines
(used for names that recur many times, e.g. 臺灣, 深圳, “…” terms); "\\n" in a string stands for a line break.
The builder also prints every occurrence of an annotated string that is left untagged (self-check).
Run: python3 tests/data/real/entities/build_dev.py [doc-id ...]   (no arguments: all documents)
It never imports the recogniser; offsets come from str.find / re.finditer on the gold text only.
"""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_dev

HERE = os.path.dirname(os.path.abspath(__file__))
G = os.path.join(HERE, "..", "gold") + "/"
OUT = HERE + "/"
LISTS = {
    "gw-cn-boao-drug-import-2018": r"""
ORG	国务院
LOC	海南博鳌乐城国际医疗旅游先行区
DOC	《中华人民共和国药品管理法\n实施条例》
DOC	国发〔2018〕43号
ORG	国务院
LOC	海南省
ORG	国务院
LOC	海南博鳌乐城国际医疗旅游先行区
DOC	《中华人民共和国药品管理法实施条例》
ORG	海南省人民政府
ORG	海南省人民政府
ORG	海南省人民政府
ORG	国务院
ORG	国务院
ORG	国务院
DATE	2018年12月21日
""",
    "gw-cn-chemical-weapons-1996": r"""
ORG	国务院办公厅
ORG	中央军委办公厅
ORG	侵华日军
DOC	国办发〔1996〕25号
LOC	北京市
LOC	天津市
LOC	河北省
LOC	山西省
LOC	内蒙古自治区
LOC	辽宁省
LOC	吉林省
LOC	黑龙江省
LOC	上海市
LOC	江苏省
LOC	浙江省
LOC	安徽省
LOC	福建省
LOC	江西省
LOC	山东省
LOC	河南省
LOC	湖北省
LOC	湖南省
LOC	广东省
LOC	广西壮族自治区
LOC	陕西省
ORG	甘肃省人民政府
LOC	沈阳
LOC	北京
LOC	兰州
LOC	济南
LOC	南京
ORG	广州军区
LOC	日本
LOC	中国
DATE	1945年
ORG	日军
QUANT	50多年
ORG	日本政府
ORG	日军
ORG	外交部
ORG	总参谋部
ORG	日军
ORG	日军
ORG	日军
ORG	日军
ORG	日军
ORG	国务院办公厅
ORG	中央军委办公厅
DATE	一九九六年六月二十九日
""",
    "gw-cn-gov-new-media-2018": r"""
DOC	国办发〔2018〕123号
PER	习近平
DATE	2022年
DATE	2018年12月7日
*ORG	国务院办公厅
*ORG	党中央
*ORG	中国政府网
*ORG	国务院
*LOC	中国
*TERM	“[^”]+”
""",
    "gw-cn-water-saving-reply-2005": r"""
ORG	国务院办公厅
DOC	国办函〔2005〕21号
PER	马万祺
PER	温家宝
ORG	发展改革委
ORG	科技部
ORG	建设部
ORG	环保总局
ORG	太原钢铁（集团）有限公司
ORG	太钢
ORG	国务院
ORG	太钢
DATE	2002年
ORG	太钢
QUANT	4800万元
TERM	“中和-分离-灭菌-反渗透膜分离”
DATE	2003年
QUANT	1700多万吨
QUANT	2.4元
QUANT	900万元
QUANT	4200多万元
ORG	太钢
ORG	宝钢
ORG	莱钢
LOC	美国
LOC	日本
DATE	2000年
ORG	国务院
QUANT	5年
QUANT	35亿立方米
QUANT	70.7%
QUANT	80.9%
DATE	2003年
QUANT	42%
ORG	发展改革委
ORG	科技部
TERM	“十五”
ORG	建设部
ORG	环保总局
ORG	太钢
DOC	《清洁生产促进法》
ORG	国务院办公厅
DATE	二〇〇五年三月三日
""",
    "gw-sh-chongming-checkup-2021": r"""
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	上海市崇明区人民政府办公室
DATE	2021年
LOC	崇
DOC	《2021年崇明区城市体检工作方案》
DATE	2021年9月9日
DATE	2021年
LOC	崇明区
PER	习近平
ORG	中央全面深化改革委员会
TERM	“城市病”
DOC	《关于印发<2021年上海市城市体检工作方案>的函》
DOC	沪建综规〔2021〕445号
DATE	2021年
QUANT	8个
QUANT	8方面
LOC	上海市
TERM	“65+N+X”
ORG	住房城乡建设部
LOC	上海市
QUANT	34个
QUANT	1%
QUANT	6个
LOC	上海市
TERM	“一年一体检，五年一评估”
QUANT	8个
ORG	住房城乡建设部
QUANT	65个
QUANT	34个
DATE	2021年8月
DATE	2021年9月
DATE	2020年12月31日
DATE	2021年9月
DATE	2021年10月
DATE	10月15日
LOC	崇明区
ORG	市住房城乡建设管理委
DATE	2021年12月
ORG	区建设管理委
ORG	区发展改革委
ORG	区经委
ORG	区教育局
ORG	区公安分局
ORG	区民政局
ORG	区财政局
ORG	区规划资源局
ORG	区生态环境局
ORG	区农业农村委
ORG	区科委
ORG	区住房保障局
ORG	区交通委
ORG	区水务局
ORG	区文化旅游局
ORG	区卫生健康委
ORG	区应急局
ORG	区市场监管局
ORG	区体育局
ORG	区统计局
ORG	区绿化市容局
ORG	区民防办
ORG	区政务服务办
ORG	区消防救援支队
ORG	区大数据中心
ORG	区城运中心
DATE	2021年
LOC	崇明区
""",
    "gw-sh-jiading-renewal-2023": r"""
DATE	2023年7月17日
*DOC	《[^》]+》
*ORG	上海市嘉定区人民政府
*ORG	区城市更新领导小组
*ORG	区城市更新专家委员会
*ORG	城市更新专家委员会
*ORG	区住房保障房屋管理局
*ORG	区规划资源局
*ORG	市规划资源局
*ORG	区建设管理委
*ORG	区更新办
*ORG	更新办
*ORG	区经委
*ORG	区商务委
*ORG	菊园新区管委会
*TERM	“[^”]+”
*LOC	嘉定工业区
*LOC	嘉定区
*LOC	上海市
*LOC	嘉定
*LOC	上海
""",
    "gw-sh-jingan-relics-2018": r"""
DATE	2020年
QUANT	100%
QUANT	100%
QUANT	100周年
*DOC	《[^》]+》
*DOC	[\u4e00-\u9fff]+〔\d{4}〕\d+号
*TERM	“[^”]+”
*ORG	上海市静安区人民政府
*ORG	上海市人民政府
*ORG	上海市文物局
*ORG	国家文物局
*ORG	区文化局
*ORG	区文物管理委员会
*ORG	区规土局
*ORG	市文物局
*ORG	市规土局
*ORG	彭浦镇政府
*ORG	国务院
*PER	习近平
*PER	李克强
*LOC	静安区
*LOC	上海市
*LOC	静安
*LOC	上海
*LOC	中国
""",
    "gw-sh-transport-oversize-2025": r"""
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	上海市交通委员会
ORG	上海市公安局
DOC	《高效办成大件运输“一件事”实施方案》
DOC	《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》
DOC	国发〔2024〕3号
TERM	“一件事”
TERM	“高效办成一件事”
ORG	上海市交通委员会
ORG	上海市公安局
DOC	《高效办成大件运输“一件事”实施方案》
DOC	《大件运输许可“一件事”改革工作方案》
DOC	沪交法〔2023〕415号
ORG	市交通委
ORG	市公安局
DATE	2025年4月1日
TERM	“一件事”
ORG	交通运输部
ORG	公安部
ORG	住房和城乡建设部
TERM	“一件事”
QUANT	4.5米
QUANT	3.75米
QUANT	28米
QUANT	100000千克
TERM	“部门协同、共享互认、整合精简、优化流程”
TERM	“一件事”
TERM	“一件事”
TERM	“一件事”
TERM	“一网通办”
ORG	区政务服务中心
ORG	市交通委
TERM	“一件事”
TERM	“一网通办”
TERM	“一窗办理”
DATE	2025年5月底
TERM	“一件事”
ORG	市交通委
ORG	市公安局
TERM	“一件事”
TERM	“一件事”
ORG	市交通委
ORG	市公安局
DATE	2025年3月
TERM	“一件事”
TERM	“一件事”
ORG	市交通委
ORG	市公安局
ORG	市大数据中心
DATE	2025年4月
ORG	市交通委
ORG	市公安局
DATE	2025年5月
TERM	“一件事”
TERM	“一件事”
TERM	“一件事”
""",
    "news-cn-energy-saving-plan-2022": r"""
TERM	"十四五"
ORG	新浪财经
ORG	新浪财经
ORG	新浪财经
DATE	24 Jan 2022
TERM	“十四五”
PER	包兴安
PER	杨 洁
DATE	1月24日
ORG	国务院
DOC	《“十四五”节能减排综合工作方案》
DOC	《方案》
ORG	国家发展改革委
ORG	生态环境部
DOC	《方案》
TERM	“十四五”
DOC	《方案》
DATE	2025年
DATE	2020年
QUANT	13.5%
DATE	2020年
QUANT	8%
QUANT	8%
QUANT	10%
QUANT	10%
TERM	“十四五”
DOC	《方案》
DOC	《方案》
TERM	“十四五”
QUANT	13.5%
QUANT	16%
DATE	2025年
QUANT	30%
QUANT	5.3亿吨
DATE	2025年
QUANT	40%
QUANT	86%
QUANT	43%
QUANT	80%
TERM	“十四五”
DOC	《方案》
TERM	“十四五”
ORG	新浪财经
PER	王蒙
""",
    "news-cn-q3-gdp-nbs-2021": r"""
QUANT	9.8%
DATE	前三季度
ORG	统计局
ORG	新浪财经
ORG	新浪财经
ORG	新浪财经
DATE	18 Oct 2021
ORG	国家统计局
DATE	前三季度
QUANT	9.8%
QUANT	6%
DATE	三季度
QUANT	4.9%
ORG	国新办
ORG	国家统计局
ORG	国民经济综合统计司
PER	付凌晖
DATE	2021年前三季度
DATE	三季度
QUANT	4.9%
ORG	国家统计局
DATE	前三季度
QUANT	823131亿元
QUANT	9.8%
QUANT	5.2%
DATE	上半年
QUANT	0.1个百分点
DATE	一季度
QUANT	18.3%
QUANT	5.0%
DATE	二季度
QUANT	7.9%
QUANT	5.5%
DATE	三季度
QUANT	4.9%
QUANT	4.9%
DATE	9月份
DATE	9月份
QUANT	3.1%
QUANT	2.2个百分点
DATE	1月至9月
QUANT	7.3%
DATE	1月至8月
QUANT	1.6个百分点
ORG	国家统计局
ORG	国民经济综合统计司
PER	付凌晖
ORG	国新办
DATE	三季度
ORG	党中央
DATE	前三季度
QUANT	1045万人
QUANT	95%
QUANT	5.2%
QUANT	5.5%
DATE	前三季度
QUANT	0.6%
QUANT	3%
DATE	三季度
PER	付凌晖
DATE	三季度
DATE	9月份
QUANT	4.4%
QUANT	1.9个百分点
QUANT	5.2%
QUANT	0.4个百分点
QUANT	5.3%
QUANT	0.9个百分点
ORG	英大证券研究所
PER	郑后成
DATE	9月
DATE	9月
ORG	国新办
ORG	统计局
PER	付凌晖
ORG	国务院
DATE	9月份
PER	付凌晖
DATE	前三季度
QUANT	4.8%
DATE	上半年
QUANT	1.3个百分点
PER	付凌晖
DATE	三季度
PER	付凌晖
ORG	新浪财经
PER	彭佳兵
""",
    "news-cn-shenzhen-work-report-2022": r"""
QUANT	6%
ORG	新浪财经
ORG	新浪财经
ORG	新浪财经
DATE	12 Apr 2022
PER	戈振伟
DATE	4月11日
ORG	深圳市七届人大
PER	覃伟中
DATE	2022年
ORG	深圳市政府
DATE	2022年
QUANT	6%
QUANT	5.5%
PER	覃伟中
TERM	“三来一补”
QUANT	35%
DATE	2021年
QUANT	3.07万亿元
QUANT	3年
DATE	2022年
QUANT	5%
ORG	深圳市软科学研究会
PER	金心异
ORG	界面新闻大湾区频道
ORG	深圳市政府
PER	金心异
QUANT	30%
LOC	东莞
LOC	东莞
QUANT	30%
PER	金心异
LOC	机荷-深汕高速
PER	覃伟中
LOC	宝安燕罗
LOC	龙岗宝龙
LOC	龙华九龙山
LOC	坪山高新南
LOC	光明凤凰
LOC	深汕智造城
QUANT	20个
DATE	2022年
QUANT	1.3万亿元
ORG	中芯国际
QUANT	12英寸
ORG	华星光电
QUANT	5个
QUANT	10个
QUANT	12%
QUANT	500家
TERM	“小巨人”
QUANT	100家
QUANT	30家
QUANT	2万户
QUANT	2000亿元
DATE	2022年
QUANT	883个
QUANT	74.3%
DATE	2022年
QUANT	883个
QUANT	35674.8亿元
QUANT	26.2%
QUANT	2241.3亿元
QUANT	6.3%
QUANT	98个
QUANT	539个
QUANT	246个
TERM	“东进、西协、南联、北拓、中优”
QUANT	582个
QUANT	65.9%
QUANT	1533.7亿元
QUANT	68.4%
QUANT	575.5亿元
QUANT	25.7%
QUANT	1665.8亿元
QUANT	74.3%
DATE	2022年
QUANT	250个
QUANT	28.3%
QUANT	10373.3亿元
QUANT	29.1%
LOC	比亚迪汽车工业园（深汕）
LOC	龙华
ORG	Costco
QUANT	276个
QUANT	31.3%
QUANT	15491.9亿元
QUANT	43.4%
LOC	机荷高速公路
LOC	罗田水库
LOC	铁岗水库
LOC	新皇岗口岸联检大楼
LOC	公明水库
LOC	清林径水库
QUANT	357个
QUANT	40.4%
QUANT	9809.6亿元
QUANT	27.5%
ORG	华润
LOC	大冲
LOC	深汕高中园
ORG	第二儿童医院
LOC	深圳市罗湖
TERM	“二线插花地”
ORG	深圳医学科学院
LOC	深圳歌剧院
ORG	深圳市发改委
DOC	《深圳市2022年政府投资项目计划》
DATE	2022年
QUANT	522个
QUANT	550亿元
QUANT	10.0%
QUANT	530亿元
QUANT	20亿元
DATE	2022年
QUANT	89.2%
DATE	2021年
QUANT	588个
QUANT	500亿元
DATE	2021年
QUANT	596.3亿元
QUANT	119.3%
QUANT	182.4亿元
QUANT	164.5亿元
QUANT	70.2亿元
DATE	4月8日
DATE	2022年第二季度
QUANT	200个
QUANT	1624.4亿元
DATE	2022年度
QUANT	330.3亿元
PER	覃伟中
DATE	2022年
QUANT	5%
QUANT	2200亿元
QUANT	1000亿元
LOC	深圳湾超级总部基地
LOC	香蜜湖新金融中心
LOC	北站国际商务区
LOC	笋岗-清水河片区
LOC	光明科学城中心区
LOC	空港新城
LOC	盐田临港产业带
LOC	坪山燕子湖
LOC	坝光国际生物谷
QUANT	20个
QUANT	2000亿元
ORG	京东
QUANT	188元
QUANT	100%
ORG	新浪财经
PER	张亚楠
*LOC	深圳市
*LOC	深圳
""",
    "news-hk-dental-pilot-2017": r"""
LOC	香港
QUANT	14個月
DATE	2013年
TERM	「補牙無路」
PER	陳
QUANT	14個月
PER	陳
PER	何君健
TERM	「坐唔定」
LOC	香港
TERM	「無障牙科」
PER	陳一心
QUANT	14個月
ORG	東區醫院
PER	陳
PER	陳
DATE	2013年
TERM	「智障人士牙科服務先導計畫」
TERM	「盈愛・笑容」
PER	陳
PER	陳
PER	陳
QUANT	5分鐘
ORG	盈愛牙科
TERM	「整返靚」
PER	蘇
PER	蘇
PER	何君健
PER	蘇
QUANT	41歲
TERM	「迫不得已」
LOC	港鐵
TERM	「咁醜樣」
TERM	『困住』
PER	蘇
TERM	『儀容』
PER	蘇
PER	張超雄
TERM	「好景不常」
QUANT	4年
QUANT	500萬元
PER	陳
QUANT	4年
PER	蘇
PER	陳茂波
TERM	『多關愛，齊分享』
ORG	立法會
PER	張超雄
QUANT	2000萬元
QUANT	1億
QUANT	20年
PER	張超雄
PER	郭家麒
LOC	香港
ORG	眾新聞
TERM	「每周時事」
""",
    "news-hk-palace-museum-funding-2017": r"""
LOC	西九故宮
ORG	馬會
QUANT	35億
ORG	馬會
PER	何君健
LOC	西九
LOC	故宮文化博物館
ORG	馬會
QUANT	35億元
ORG	眾新聞
PER	林鄭月娥
ORG	馬會
ORG	馬會董事局
DATE	10月
QUANT	35億元
PER	嚴迅奇
DATE	11月
QUANT	35億元
ORG	馬會董事局
LOC	西九故宮
ORG	馬會
ORG	馬會慈善信託基金
TERM	「申請辦法」
PER	林鄭月娥
LOC	西九故宮
DATE	2015年12月
PER	林鄭月娥
ORG	香港賽馬會
ORG	馬會
PER	葉錫安
DATE	2014年9月
ORG	特首辦
DATE	2016年6月
PER	林鄭月娥
DATE	5月
PER	嚴迅奇
ORG	西九管理局
PER	栢志高
PER	嚴迅奇
PER	嚴迅奇
QUANT	450萬元
QUANT	500萬元
DATE	2016年7月底
ORG	西九管理局
PER	嚴
LOC	西九文化區
LOC	香港故宮文化博物館
ORG	香港賽馬會慈善信託基金
ORG	許李嚴建築師事務有限公司
DATE	2016年10月
ORG	馬會董事局
QUANT	35億元
LOC	西九故宮
DATE	2016年11月
PER	嚴迅奇
QUANT	35億元
ORG	西九董事局
DATE	11月28日
PER	嚴迅奇
ORG	許李嚴建築師事務有限公司
PER	林鄭月娥
ORG	馬會
PER	葉錫安
QUANT	10個月
ORG	馬會董事局
QUANT	35億元
PER	嚴迅奇
DATE	2015年12月
PER	林鄭月娥
PER	葉錫安
PER	葉錫安
PER	林鄭月娥
ORG	馬會董事局
LOC	西九故宮
ORG	馬會慈善基金
ORG	馬會
PER	嚴迅奇
PER	葉錫安
PER	林鄭月娥
ORG	馬會董事局
QUANT	35億元
PER	嚴迅奇
ORG	馬會董事局
LOC	西九
QUANT	35億元
PER	林鄭月娥
DATE	12月
LOC	西九故宮
ORG	馬會
PER	葉錫安
ORG	眾新聞
ORG	馬會
QUANT	4次
ORG	馬會
ORG	馬會慈善信託基金
TERM	「申請辦法」
ORG	慈善事務部
ORG	眾新聞
ORG	馬會
LOC	西九故宮
ORG	馬會
DATE	2016年10月底
QUANT	4大
ORG	馬會
ORG	馬會慈善信託基金
DATE	1月11日
ORG	慈善事務部
LOC	香港故宮
""",
    "news-hk-rthk-digest-2025": r"""
PER	葉柏強
ORG	港大臨床醫學學院兒童及青少年科學系
PER	葉柏強
LOC	以色列
LOC	加沙
QUANT	15名
ORG	以軍
LOC	以色列
LOC	加沙
QUANT	15名
ORG	以軍
LOC	巴勒斯坦
ORG	哈馬斯
QUANT	9日
ORG	警務處
DATE	15日
QUANT	6支
QUANT	9日
PER	鍾麗玲
ORG	私隱公署
TERM	「下下要咬人」
PER	鍾麗玲
ORG	商台
PER	鍾麗玲
PER	鍾麗玲
PER	鍾麗玲
ORG	商台
ORG	個人資料私隱專員公署
PER	鍾麗玲
ORG	投資推廣署
LOC	中東
PER	吳國才
LOC	中東
ORG	政府新聞處
ORG	投資推廣署
PER	吳國才
DATE	4月10日
LOC	中東
LOC	沙特阿拉伯
LOC	阿聯酋
LOC	香港
LOC	中東
LOC	亞太地區
""",
    "press-tw-228-memorial-2024": r"""
QUANT	77周年
TERM	「二二八事件77周年中樞紀念儀式」
PER	蔡英文
DATE	（28）日
LOC	嘉義
TERM	「二二八事件77周年中樞紀念儀式」
QUANT	8年
QUANT	2千件
QUANT	40億
LOC	臺灣
LOC	臺灣
LOC	臺灣
LOC	臺灣
LOC	臺灣
LOC	臺灣
LOC	臺灣
QUANT	8年
DOC	《黨產條例》
DOC	《促轉條例》
DOC	《國家人權博物館組織法》
DOC	《政治檔案條例》
DOC	《威權統治時期國家不法行為被害者權利回復條例》
ORG	促轉會
ORG	行政院
QUANT	6個
ORG	權利回復基金會
QUANT	1年多
QUANT	2千件
QUANT	40億
LOC	臺灣
LOC	臺灣
ORG	二二八基金會
QUANT	2,340位
QUANT	4千多位
TERM	「可能受難者」
TERM	「可能受難者」
LOC	臺灣
DOC	《尋找湯德章》
QUANT	12屆
LOC	臺灣
LOC	臺灣
ORG	行政院
ORG	促轉會
ORG	黨產會
PER	江榮森
ORG	行政院
ORG	行政院
ORG	行政院
TERM	「回復名譽證書」
PER	吳真希
PER	杜春源
PER	江榮森
PER	何黎蘭
ORG	行政院
PER	陳建仁
LOC	嘉義縣
PER	翁章梁
ORG	內政部
PER	林右昌
ORG	文化部
PER	史哲
ORG	總統府
PER	張惇涵
ORG	行政院
PER	林子倫
ORG	二二八事件紀念基金會
PER	薛化元
ORG	嘉義市二二八關懷協會
PER	江榮森
PER	王美惠
PER	蔡易餘
PER	陳冠廷
""",
    "press-tw-amcham-dinner-2024": r"""
ORG	美國商會
TERM	「台灣美國商會2024年謝年飯晚宴」
PER	蔡英文
DATE	（28）日
ORG	台灣美國商會
ORG	AmCham Taiwan
ORG	美國商會
ORG	美國商會
ORG	台灣美國商會
QUANT	8年
QUANT	70多年
ORG	美國商會
PER	銀丹
PER	Dan Silver
DATE	1月
ORG	台灣美國商會
DATE	2016年
PER	銀丹
DATE	7月
ORG	美國商會
PER	林博智
PER	Patrick P. Lin
PER	林
ORG	美國商會
LOC	俄羅斯
LOC	烏克蘭
TERM	「Taiwan Can Help」
QUANT	8年
QUANT	8年
QUANT	7,600億美元
DATE	2016年
QUANT	39%
QUANT	2萬點
DATE	2016年
QUANT	2倍
DATE	2016年到2023年
QUANT	3.1%
DATE	2021年
QUANT	6.62%
ORG	美國商會
TERM	「2024商業景氣調查」
QUANT	80%
QUANT	10%
QUANT	92%
QUANT	1年
ORG	瑞士洛桑管理學院
TERM	「世界競爭力評比」
QUANT	5年
DATE	2023年
ORG	傳統基金會
TERM	「經濟自由度指數」
QUANT	2年
TERM	「投資臺灣三大方案」
QUANT	700億美元
QUANT	15萬個
DATE	2016年
TERM	「前瞻基礎建設計畫」
TERM	「六大核心戰略產業」
TERM	「臺灣2050淨零排放路徑及策略」
DATE	2016年
QUANT	3.8倍
QUANT	7倍
DATE	2017 年
TERM	「臺灣AI行動計畫」
TERM	「臺灣AI行動方案 2.0」
DATE	2018年
QUANT	9,000 張
DATE	11 月
ORG	國際人才服務及延攬中心
QUANT	6所
DOC	《臺灣關係法》
QUANT	45 週年
LOC	臺海
DOC	《臺灣關係法》
QUANT	40多年
TERM	「臺美經濟繁榮夥伴對話」
TERM	「臺美科技貿易暨投資合作架構」
TERM	「國際發展合作瞭解備忘錄」
TERM	「台美21世紀貿易倡議」
ORG	美國商會
DATE	3月
DATE	9月
LOC	亞利桑納州
LOC	維吉尼亞州
LOC	紐澤西州
LOC	密西根州
ORG	美國商會
QUANT	8年
DATE	1 月13日
PER	賴清德
PER	賴
TERM	「國家希望工程」
TERM	「民主和平、創新繁榮、公義永續的臺灣」
ORG	美國商會
QUANT	8年
ORG	台灣美國商會
PER	銀丹
ORG	美國在台協會
ORG	AIT
ORG	台北辦事處
PER	孫曉雅
PER	Sandra Oudkirk
ORG	總統府
PER	沈榮津
PER	林佳龍
ORG	國家安全會議
PER	顧立雄
PER	蕭美琴
ORG	立法院
PER	江啟臣
ORG	行政院
PER	鄧振中
ORG	國家發展委員會
PER	龔明鑫
ORG	外交部
PER	吳釗燮
ORG	法務部
PER	蔡清祥
ORG	衛生福利部
PER	薛瑞元
ORG	財政部
PER	莊翠雲
ORG	環境部
PER	薛富盛
LOC	臺中市
PER	盧秀燕
*LOC	臺灣
*LOC	美國
*LOC	臺(?=美)
*LOC	(?<=臺)美
*LOC	(?<=[來駐在對])臺

*LOC	美(?=中貿易)
*LOC	(?<=美)中(?=貿易)
""",
    "press-tw-australian-mps-2024": r"""
ORG	澳洲跨黨派國會議員訪問團
PER	蔡英文
DATE	（8）日
ORG	澳洲跨黨派國會議員訪問團
ORG	澳洲國會
LOC	臺海
TERM	「經濟合作協定」
TERM	「跨太平洋夥伴全面進步協定」
ORG	澳洲聯邦眾議院
PER	諾伊曼
PER	Shayne Neumann
PER	華勒斯
PER	Andrew Wallace
QUANT	3年
ORG	澳洲國會
ORG	澳洲國會
DATE	1月
PER	華勒斯
ORG	澳洲國會
TERM	「全球合作暨訓練架構」
LOC	美
LOC	英
LOC	日
TERM	「澳英美三方安全夥伴」
TERM	「四方安全對話」
LOC	臺海
TERM	「經濟合作協定」
ORG	澳洲國會
PER	諾伊曼
ORG	工黨
PER	華勒斯
DATE	4月3日
PER	諾伊曼
PER	蔡
QUANT	8年
ORG	澳洲國會
PER	諾伊曼
LOC	雪梨
LOC	墨爾本
LOC	昆士蘭
PER	諾伊曼
PER	諾伊曼
LOC	印太區域
PER	諾伊曼
LOC	昆士蘭州
LOC	布里斯本都會區
PER	諾伊曼
DATE	2008年
PER	陸克文
PER	Kevin Rudd
PER	蔡
PER	蔡
PER	諾伊曼
PER	華勒斯
PER	華勒斯
ORG	臺灣政府
PER	蔡
PER	華勒斯
PER	華勒斯
LOC	印太區域
LOC	印太區域
PER	華勒斯
LOC	美國
LOC	日本
LOC	菲律賓
LOC	南海
PER	華勒斯
DATE	2022至2023年
QUANT	415億澳幣
PER	華勒斯
PER	希爾
PER	Julian Hill
PER	貝爾
PER	Angie Bell
PER	夏馬
PER	Dave Sharma
ORG	外交部
PER	吳釗燮
ORG	澳洲辦事處
PER	司徒安
PER	Daniel Stuart
ORG	總統府
ORG	總統府
PER	林佳龍
*LOC	臺灣
*LOC	澳洲
*LOC	臺(?=澳)
*LOC	(?<=臺)澳
*LOC	(?<=[來駐])臺
""",
    "press-tw-human-rights-press-awards-2024": r"""
TERM	「2024人權新聞獎頒獎典禮」
PER	蔡英文
DATE	（10）日
TERM	「2024人權新聞獎頒獎典禮」
DATE	2019年
ORG	國家人權委員會
DATE	2022年
DATE	2月
ORG	行政院
DOC	《保護所有人免遭強迫失蹤國際公約》
TERM	「人權新聞獎」
ORG	人權觀察
ORG	亞利桑納州立大學華特・克朗凱特新聞與大眾傳播學院
ORG	泰國與台灣外國記者會
ORG	雷諾茲商業新聞中心
TERM	「人權新聞獎」
LOC	緬甸
LOC	阿富汗
ORG	塔利班
ORG	中國政府
QUANT	40年
ORG	自由之家
TERM	「全球自由度報告」
QUANT	100分
QUANT	94分
TERM	「公民自由」
ORG	經濟學人資訊社
DATE	2023年
QUANT	24個
TERM	「全面民主」
ORG	無國界記者組織
TERM	「全球新聞自由指數」
QUANT	8名
LOC	瑞典
TERM	「多元民主計畫」
QUANT	11年
ORG	臺灣政府
DATE	2019年
ORG	國家人權委員會
DATE	2022年
ORG	聯合國
QUANT	6部
DATE	2月
ORG	行政院
DOC	《保護所有人免遭強迫失蹤國際公約》
QUANT	22國
QUANT	86家
QUANT	176位
DATE	2016年
QUANT	1倍
TERM	「人權新聞獎」
ORG	外交部
PER	吳釗燮
ORG	國家人權委員會
PER	蔡崇義
ORG	歐洲經貿辦事處
PER	高哲夫
PER	Filip Grzegorzewski
ORG	英國在台辦事處
PER	鄧元翰
PER	John Dennis
*LOC	臺灣
*LOC	亞洲
*LOC	(?<=[來駐])臺
""",
    "reg-cn-price-marking-2022": r"""
DATE	2022年4月14日
DOC	国家市场监督管理总局令第56号
DATE	2022年7月1日
DOC	《中华人民共和国价格法》
DOC	《价格违法行为行政处罚规定》
DOC	《中华人民共和国价格法》
DOC	《价格违法行为行政处罚规定》
DOC	《中华人民共和国价格法》
DOC	《中华人民共和国反不正当竞争法》
DOC	《中华人民共和国电子商务法》
DOC	《价格违法行为行政处罚规定》
DATE	2022年7月1日
DATE	2000年10月31日
DOC	中华人民共和国国家发展计划委员会令第8号
DOC	《关于商品和服务实行明码标价的规定》
DATE	2001年11月7日
DOC	中华人民共和国国家发展计划委员会令第15号
DOC	《禁止价格欺诈行为的规定》
""",
    "reg-sh-historic-towns-2025": r"""
LOC	上海市
DATE	2025年12月30日
ORG	上海市第十六届人民代表大会常务委员会
DOC	《历史文化名城名镇名村保护条例》
LOC	长江三角洲区域
LOC	江南
DOC	《历史文化名城名镇名村保护条例》
TERM	“一网通办”
TERM	“一网统管”
DATE	2026年3月1日
""",
    "stats-cn-industrial-profits-2021": r"""
ORG	新浪财经
ORG	新浪财经
ORG	新浪财经
DATE	27 Dec 2021
QUANT	0至-100%
PER	王蒙
*ORG	新浪财经
*DATE	(?:20\d\d年)?1[—-]11月份?
*DATE	11月末
*DATE	11月份
*DATE	1月份
*DATE	20\d\d年
*QUANT	\d+(?:\.\d+)?(?:个百分点|万亿元|亿元|万元|倍|元|天|个|%)
""",
    "wr-cn-2024": r"""
DATE	2024年3月5日
ORG	第十四届全国人民代表大会
PER	李强
ORG	全国政协
DATE	2023年
QUANT	126万亿元
QUANT	5.2%
QUANT	1244万人
QUANT	5.2%
QUANT	0.2%
QUANT	60%
QUANT	28.6%
QUANT	1.39万亿斤
QUANT	6.1%
QUANT	8.4%
QUANT	6600多万
QUANT	2.2万亿元
QUANT	1万亿元
QUANT	50%
QUANT	66.2%
QUANT	30%
QUANT	3300万
QUANT	1100多万
LOC	海河
LOC	甘肃积石山
LOC	成都
LOC	杭州
QUANT	10件
QUANT	25部
ORG	金砖国家
ORG	亚太经合组织
LOC	东亚
LOC	中亚
LOC	香港特别行政区
LOC	澳门特别行政区
LOC	台湾
DATE	2024年
LOC	中华人民共和国
QUANT	75周年
QUANT	5%
QUANT	1200万人
QUANT	5.5%
QUANT	3%
QUANT	1.3万亿斤
QUANT	2.5%
QUANT	5%
QUANT	3%
QUANT	4.06万亿元
QUANT	1800亿元
QUANT	28.5万亿元
QUANT	1.1万亿元
QUANT	3.9万亿元
QUANT	1000亿元
QUANT	1万亿元
DATE	2024年
QUANT	7000亿元
*TERM	“[^”]+”
*ORG	全国人大常委会
*ORG	国务院
*ORG	党中央
*PER	习近平
*LOC	中国
""",
}


def build(doc):
    with open(G + doc + ".json", encoding="utf-8") as fh:
        text = json.load(fh)["text"]
    ents = []
    pos = 0
    ok = True
    regs = []
    for ln, line in enumerate(LISTS[doc].split("\n"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        typ, s = line.split("\t", 1)
        s = s.replace("\\n", "\n")
        if typ.startswith("*"):
            regs.append((typ[1:], s))
            continue
        if s.startswith("@"):  # @offset jump: "@N" skip to position
            pass
        i = text.find(s, pos)
        if i < 0:
            print(doc, "NOT FOUND line", ln, typ, repr(s))
            ok = False
            continue
        ents.append({"start": i, "end": i + len(s), "type": typ, "text": s})
        pos = i + len(s)
    for typ, pat in regs:
        n = 0
        for m in re.finditer(pat, text):
            if any(not (m.end() <= e["start"] or m.start() >= e["end"]) for e in ents):
                continue
            ents.append({"start": m.start(), "end": m.end(), "type": typ, "text": m.group()})
            n += 1
        if n == 0:
            print(doc, "REGEX no match", typ, pat)
            ok = False
    ents.sort(key=lambda e: e["start"])
    ents, p2 = pass2_dev.apply(doc, text, ents)  # pass-2 corrections (pass2_dev.py)
    print(doc, "pass 2", p2)
    for a, b in zip(ents, ents[1:], strict=False):
        if b["start"] < a["end"]:
            print("OVERLAP", a, b)
            ok = False
    with open(OUT + doc + ".json", "w", encoding="utf-8") as fh:
        json.dump(
            {
                "source": "tests/data/real/gold/" + doc + ".json",
                "annotator": "pass 1 + pass 2",
                "text": text,
                "entities": ents,
            },
            fh,
            ensure_ascii=False,
            indent=1,
        )
    # check: every occurrence of each annotated string tagged
    cov = [None] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            cov[k] = e
    for s in sorted(set((e["text"], e["type"]) for e in ents)):
        for m in re.finditer(re.escape(s[0]), text):
            i = m.start()
            if (
                cov[i] is None
                or cov[i]["start"] > i
                or (cov[i]["start"] == i and cov[i]["end"] < m.end())
            ):
                if all(cov[k] is None for k in range(i, m.end())):
                    print(doc, "UNTAGGED", s, i, repr(text[max(0, i - 10) : m.end() + 10]))
                else:
                    print(
                        doc,
                        "PARTIAL",
                        s,
                        i,
                        repr(text[max(0, i - 10) : m.end() + 10]),
                        cov[i] and cov[i]["text"],
                    )
    from collections import Counter

    print(doc, len(ents), dict(Counter(e["type"] for e in ents)), "OK" if ok else "ERR")


if __name__ == "__main__":
    for d in sys.argv[1:] or sorted(LISTS):
        build(d)
