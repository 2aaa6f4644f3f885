"""Reading lists of the batch-63 entity gold, pass 1 (branch issue-e63p1-s28); see build_batch.py for the
line format and README-batch63.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-hk-tvb-ha-manager-husband-shoplifting-fined-2023": r"""
# the page's section line 港澳 two one-character places (as 中國財經 → 中國, batch 56; 港澳 is never one LOC) — doubtful
LOC	港
LOC	澳
# 總行政經理 a post: 醫管局 ORG + the name; 五千元 in Chinese numerals nothing
ORG	醫管局
PER	莊慧敏
# the ISO time stamp: the date DATE, the clock and zone out
DATE	2023-04-06
ORG	醫管局
PER	莊慧敏
QUANT	48歲
PER	莊慧敏
QUANT	47歲
PER	趙名宇
# a magistrates' court ORG (as 西九龍裁判法院, batch 58) also where it is left; 去年四月 → 四月 (去年 out);
# 十件 in Chinese numerals nothing; 近 out of 1,633元
ORG	九龍城裁判法院
DATE	四月
LOC	黃埔
QUANT	1,633元
PER	梁雅忻
QUANT	600多元
QUANT	1,600多元
# 沙士 (the 2003 epidemic) nothing; a hospital's department one ORG with the hospital (as a university's department)
PER	趙名宇
DATE	2003年
ORG	瑪嘉烈醫院深切治療部
# 行政長官 a post, 社區服務獎 an award: nothing; 講座教授 a title
PER	莊慧敏
ORG	港大微生物學系
PER	袁國勇
# 普通科醫生名冊 (a register, unmarked) nothing
ORG	醫委會
""",
    "news-tw-appledaily-hua-jingqun-quits-bank-board-2016": r"""
# the financial holding company and its bank subsidiary by their short names ORG; the stock code （5880） nothing
ORG	合庫金
PER	花敬群
# 520 (20 May, the inauguration day) a day named by its digits, as the unquoted 七一 — doubtful (a bare integer, nothing)
DATE	520
ORG	內政部
PER	花敬群
ORG	合庫銀
ORG	合庫金
ORG	合庫銀
PER	花敬群
# 今日 deictic nothing; 行庫 (banks) generic; 股東會 an organ without its body, nothing
PER	花敬群
ORG	內政部
ORG	合庫銀
DATE	6月
PER	花敬群
DATE	520
PER	陳瑩欣
LOC	台北
""",
    "press-mo-gcs-chief-executive-meets-uccla-delegation-2026": r"""
# the UCCLA delegation as batch 3's UCCLA Hengqin visit: 葡語都市聯盟 (and UCCLA) ORG, the general assembly's
# delegation and its term number out with the event — doubtful (the whole delegation ORG as 「澳洲跨黨派國會議員訪問團」)
PER	岑浩輝
ORG	葡語都市聯盟
PER	岑浩輝
DATE	今（13）日
LOC	政府總部
ORG	葡語都市聯盟
ORG	UCCLA
# 中葡平台 and 中葡交流合作平台: a platform is no entity, its one-character places are (中 + 葡, batch 3) — the regex
# lines at the end tag each 中 and 葡 of 中葡; 聯盟 alone generic; 訪澳 → 澳
PER	岑浩輝
ORG	葡語都市聯盟
LOC	澳門
LOC	澳門
LOC	澳門
LOC	澳
LOC	澳門特區
QUANT	26年
PER	岑浩輝
LOC	澳門
TERM	“一國兩制”
# 國家主席 a post; the celebration a named event: the place and the 周年 count inside it (as 77周年)
PER	習近平
LOC	澳門
QUANT	25周年
LOC	澳門
TERM	“一中心、一平台、一基地”
LOC	澳門
LOC	澳門
# 逾 out; the forum's ministerial conference an event, 中國 inside it; 世界旅遊休閒中心 a designation nothing
QUANT	4,000萬人次
LOC	中國
# the alliance's assembly with the body before its post one ORG (as 海尔集团监事会主席 → 海尔集团监事会) — doubtful
ORG	葡語都市聯盟大會
PER	曼希克
PER	Rasaque Silvano Manhique
LOC	澳門
LOC	中國
LOC	澳門
# a secretary's post gives its department; the office of the Chief Executive ORG; a body's committee with it one ORG
ORG	行政法務司
PER	黃少澤
ORG	行政長官辦公室
PER	陳格
ORG	市政署市政管理委員會
PER	周偉迎
ORG	葡語都市聯盟
PER	費雷拉
PER	Luís Álvaro Barbosa de Campos Ferreira
PER	達席爾瓦
PER	Maria Paula Vieira Ferreira Leal da Silva
ORG	葡語都市聯盟
QUANT	20名
ORG	葡語都市聯盟
DATE	今（13）日
LOC	澳門
LOC	安哥拉
LOC	佛得角
LOC	莫桑比克
LOC	葡萄牙
LOC	聖多美和普林西比
QUANT	35名
*LOC	中(?=葡)
*LOC	(?<=中)葡
""",
}
