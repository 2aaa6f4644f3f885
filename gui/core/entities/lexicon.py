"""Word lists that decide span boundaries, all in the Simplified pivot.

These are closed-class words of the genre (prepositions, conjunctions, report verbs, generic
modifiers), not names: names come from the gazetteers in ``resources/gazetteers``.
"""

from __future__ import annotations

import re


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` is a CJK unified ideograph of the basic block."""
    return "\u4e00" <= ch <= "\u9fff"


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


#: Where an organisation or zone name cannot extend further left: a name never contains one of
#: these, so the name starts right after the last one found in the window before its suffix
#: (round 25: the adverbs of time 现时/现在/仍 and the pronouns 他/她 after a person's name, 本地
#: 'local' before a kind of body: 郑镇熙现时|…银行, 据知他|中学, 两间本地|公司; Hong Kong's kinds of
#: school by their funding before a school's name: 油麻地津贴中学|基督教香港信义会信义中学).
LEFT_STOPS = _words(
    """
    与 和 及 或 在 由 为 向 对 把 将 等 的 了 是 从 被 让 给 于 并 以 也 还 均 即 又 再 就 已 且 而
    同时 以及 其中 包括 例如 比如 如 其 该 此 这 那 各 每 本 我 我们 他们 其他 其它 有关 相关
    全市 全省 全区 全县 全国 我国 我省 我市 我区 我县 该校 该院 该所 该公司 区内 市内 省内 国内 境内
    设立 建成 建立 组建 成立 筹建 新建 共建 建设 打造 创建 争创 创办 兴办 举办 承办 主办 协办 合办
    依托 依靠 借助 利用 通过 进驻 入园 进入 走进 深入 围绕 立足 聚焦 面向 对接 携手 牵头 会同 配合 协同 指导 委托 授权
    支持 支援 推动 推进 促进 鼓励 引导 引进 引入 培育 扶持 帮助 服务 带动 吸引 集聚 聚集 汇聚 落户 入驻
    获批 认定 入选 获得 获 荣获 评为 被评为 授予 列入 纳入 加入 参与 参加 申报 签约 签署 签订 达成
    发布 印发 出台 制定 实施 开展 组织 召开 主持 出席 会见 调研 考察 视察 走访 前往 赴 来自 位于
    拥有 具有 涉及 涵盖 包含 覆盖 新增 增加 扩建 改扩建 改建 新认定 累计 共有 达到 实现 完成 成为 作为 属于 是为 投资
    批复 同意 决定 要求 提出 指出 强调 表示 介绍 认为 称 说 据悉 获悉 记者 日前 近日 目前 今年
    分享 宣布 公布 发表 透露 推出 成功 首次 率先 携 看望 慰问 邀请 聘请 访问 参观 考察了 走进了
    跻身 入围 位列 位居 跃居 跃升 排名 荣登 登上 入列 获评 当选 晋级 升级为 转型为 更名为 改制为
    收购 并购 控股了 参股 投资了 增资 注资 入股 挂牌 揭牌 上市 登陆 亮相 发起 倡议 联名 授牌
    中标了 签下 拿下 斩获 摘得 夺得 取得 赢得 助力 赋能 对口 帮扶 结对 援建 捐赠 捐建 资助
    当前 此外 另外 同期 其次 首先 最后 一是 二是 三是 四是 五是 分别 先后 相继 陆续 正式 积极 大力
    加快 加强 深化 深入 全面 持续 不断 进一步 着力 努力 坚持 落实 贯彻 开启 启动 投入 投用 投产
    强化 优化 统筹 加大 提升 增强 夯实 激发 释放 完善 健全 构建 发挥 突出 做强 做优 做大 壮大 依托于
    发展了 重视 注重 推广了 普及 运用 借力 赋能了 用好 抓好 办好 搞好 提高 促使 带领 引领 助推
    中标 承担 负责 牵手 联手 交流 洽谈 接洽 对话 对标 瞄准 服务于 应用于 用于 致力于 来到 到
    一批 一家 一个 一所 多家 多个 若干 首个 首家 首批 新一批 一流 知名 著名 骨干 龙头 头部 领军
    从而 因为 由于 通过了 经过 随着 根据 按照 依据 依照 遵照 基于 关于 针对 除 除了 截至 介乎
    请 提请 当时 其后 随后 随 跟随 至 暨 下设 设在 设于 部门 任 透过 旗下 下属 下属公司 下属企业 所属的 携带 兼 发布机构 发文机关 原任 曾任 委聘 转介 转交 交由 交给 联同 连同 走出 走入 人员 亦 曾经 曾 会同了 约见 聘用
    一间 一条 一座 两所 两家 几所 几家 数家 某 这些 那些 这所 这家 该署 该局 该处 该会
    应当 遵循 都市计划 都市计画 都市更新 所在地 居住地 户籍地 入职 任职 供职 就职 新晋 增选 新当选 占
    往 替 去年 明年 暂时 有些 一些 所有 纷纷 没有 别间 每间 连同 结果 如果
    嘅 唔 呢 喺 咗 佢 佢哋 冇 係 啲 嗰 畀 俾 咁 噉 嚟 同埋 同
    推广 改善 改造 扩大 规范 整治 办好了 开办 关停 取缔 淘汰
    欢迎 特别 邀请了 提交 先生 女士 小姐 太太 会见了
    感谢 致谢 谢谢 祝贺 恭喜 衷心 标榜 意味 尊重
    行动人 控制人 持有人 负责人 联系人 委托人 申请人 代理人 投资人 受让人 转让人
    并非 惟 曾因 综合体 入住 下榻 否则 是否 否
    智库 外媒 官媒 港媒 台媒 政党
    给付 支付 缴付 移送 检视 检查了
    请求 受聘 受邀 上届 本届 下届 历届 入读 就读
    期内 年内 报告期内 国内外 海内外 现有 已有 现已 已经 正在 将要 曾 也是 均为 就是 还是 或者 以上 以下 以来 期间 过程 方面
    现时 现在 仍 仍然 他 她 本地 本地区 会商
    津贴中学 官立中学 直资中学 资助中学 津贴小学 官立小学 直资小学 资助小学
    子公司 母公司 孙公司 供应商 物流商 经销商 承包商 开发商 运营商 制造商 服务商 代理商 贸易商
    零售商 批发商 生产商 承建商 供货商 投资商
    指导单位 主办单位 承办单位 协办单位 支持单位 牵头单位 合作单位 推荐单位 成员单位 责任单位
    参与单位 参展单位 会员单位 主管单位 用人单位 建设单位 施工单位 监理单位 委托单位 申报单位
    实施单位 发起单位 共建单位 出品单位 制作单位
    """
)

#: What stands before 全国 in a national census's name, where 全国 is no stop (国务院第二次全国污染源
#: 普查领导小组; a title's line may break after 次).
CENSUS_ORDINAL = frozenset(("次", "次\n")) | {c + "次" for c in "一二三四五六七八九十"}

#: Stop words that name a body's remit when they come right before its suffix
#: (行政审批服务局, 投资促进中心, 城乡建设局).
REMIT_WORDS = frozenset("服务 投资 促进 交流 建设 推广 引进 合作 记者".split())
#: Proper-name words that hold the stop word 和, protected inside names like the remits below
#: (北京协和医院, 协和澳门医学中心, 颐和园管理处, 怡和集团).
NAME_WORDS_WITH_HE = frozenset("协和 共和 颐和 怡和 祥和 永和 太和".split())

#: Remits of government departments that contain a stop word (和, 与): protected inside names
#: (杭州市余杭区发展和改革局, 人力资源和社会保障厅), and a discipline of a school (核科学与技术学院).
REMIT_COMPOUNDS = """
    发展和改革 人力资源和社会保障 住房和城乡建设 工业和信息化 文化和旅游 经济和信息化 粮食和物资储备
    自然资源和规划 民族和宗教事务 教育和体育 文化广电和旅游 新闻出版和广电 商务和投资促进
    科学技术和工业信息化 卫生和计划生育 农业和农村 林业和草原 市场监督管理 应急管理 退役军人事务
    经济和资讯化 工业和资讯化 网络安全和信息化 科学技术和信息化 商务和经济信息化 司法和行政
    人力资源和社会保障 国有资产监督管理 交通运输和港口 海洋和渔业 国土和资源 规划和自然资源
    药品和医疗器械 绿化和市容 住房保障和房屋 规划和国土资源 建设工程 城乡建设管理
    科学与技术 科学与工程
    建设和管理 建设和交通 城乡建设和管理 城乡建设和交通 城市管理和综合执法 政务服务和数据管理
    人口和计划生育 外事和侨务 住房和建设 国土资源和规划 教育和科学技术 林业和园林
    市场和质量监督管理 科技和工业信息化 科技和信息化 规划和土地管理 环境保护和市容卫生 建设监理
""".split()

#: A city's or region's designated role is no body: a scope of the world or a region and a
#: function before 中心 (国际航运中心, 世界旅游休闲中心, 亚洲资产管理中心, 长江中游航运中心,
#: 香港国际创科中心) name what a plan makes a place, not an organisation; a body's remit after
#: the scope (华中区域应急救援中心) is not such a function. Not after a middle dot, where two
#: publishers name an index (新华·波罗的海国际航运中心发展指数).
DESIGNATED_CENTRE = re.compile(
    "^[^·]*(?:国际|世界|全球|亚洲|亚太|中游|上游|下游)"
    "(?:航运|金融|贸易|商贸|科技创新|科创|创科|旅游休闲|资产管理|消费|交往|航空|财富管理)$"
)

#: Generic modifiers: a name whose part before its suffix is made only of these (研发中心,
#: 省级企业技术中心, 协同创新工作站) is a designation, not a named organisation.
GENERIC = _words(
    """
    市场主体 经营主体 产业 新型 研发 创新 协同 技术 企业 工程 科技 国家 国家级 省级 市级 区级 县级 部级 重点 公共 服务
    孵化 各类 一批 相关 有关 大型 中小 中小型 小型 龙头 骨干 科研 高新技术 高新 综合 管理 平台 联合
    制造业 创业 双创 众创 检验 检测 检验检测 数据 大数据 人才 专家 院士 博士 博士后 科学 研究 开发
    发展 示范 实验 试验 行业 区域 地方 专业 高端 前沿 基础 应用 共性 关键 核心 智能 数字 绿色 低碳
    新兴 战略性 现代 传统 本地 外资 民营 国有 金融 商业 投资 文化 教育 卫生 医疗 社区 乡镇 基层
    各级 全国 全省 全市 全区 一流 知名 著名 世界 国际 国内 海外 中外 合资 独资 上市 规上 规模以上
    成果 转化 成果转化 转移 技术转移 政务 政务服务 营商 招商 运营 指挥 调度 监测 质量 标准 计量 认证
    知识产权 产学研 新 老 大 小 多 各 该 本 其 这 此 一 两 全 总 分 子 母 下属 所属 直属 附属 共建 建设工程
    省 市 区 县 乡 镇 村 级 类 家 个 所 型 性 化 式 新一代 未来 先进 制造 中心 基地 园 园区 高校
    院所 机构 单位 部门 政府 人民 群众 社会 经济 贸易 物流 电商 跨境 数字化 信息 信息化 网络 互联网
    工业 农业 服务业 现代化 能源 新能源 材料 新材料 生物 医药 健康 环境 安全 应急 社会组织 行政
    审批 便民 志愿 培训 交易 展示 体验 设计 测试 中试 工业设计 企业技术 工程技术 技术创新 协同创新
    离岸 创新创业 众创空间 孵化器 加速器 产业园 双创示范 党群 党建 融媒体 文化馆 活动
    上述 前述 下述 投标 中标 招标 园艺 顾问
    促进 投资促进 交流 推广 集团 公司 股份 有限 控股 有限责任 民主党派 无党派人士 人民团体 社会团体
    跨国 公园 动物园 植物园 演出 团体 演出团体 商店 饭店
    国防 航天 航空 海洋 空天 量子 军工 军民融合 农机 医学 重大 尖端 顶尖 前瞻 民生
    职业 公立 私立 公办 民办 作业 普通 专科 职业技术 技工 中等 高等 初级 高级 公营 私营
    保险 广播 网路 网络 专门 专科 民间 资讯 电讯 电信 航空 物业 地产 建筑 工程 贸易 运输
    化工 钢铁 纺织 食品 煤炭 石化 水泥 建材 冶金 家电 街道 办事处 居委会 村委会 家庭 国营 集体 机械 生态 休闲
    红色 重要 主要 规模 畜禽 奶牛 养殖 畜牧 炼化
    项目 托管 概念验证 全资 参股 孙
    二级 心仪 少数族裔 团膳 央厨 购物 广大
    县域 创意 农民 技能 高水平 理工 农医 外商 私家 保护
    物管 清洁 保安 大厦 房地产 代理 器械 电梯 装修 搬家 保洁
    公安 当地 辖区 所在地 属地 主管 户籍地 居住地 主席团 理事会 董事会 监事会 都市
    农村 城市 寄宿制 乡村 地区 县级 市县 中小学 外贸 港口 航运 旅游 餐饮 零售 批发 快递 外卖
    股份制 高风险 辖内 市域 县域 省域 区域
    中介 工作 媒体 传媒 小学 中学 幼稚园 幼儿园 幼儿 私人 健身 美容 药剂 医疗 护理 治疗 检疫 交通 政治 军事 展览 酒店 宾馆 商场 餐厅 学校 医院 执政 在野 单位 保护单位 文物 文物保护 保护点 博物馆 纪念馆 图书馆 美术馆 档案馆 展览馆 科技馆 体育馆 剧院
    """
)

#: Words of belonging before a body's head (所属公司, 下属单位): "the body one belongs to".
BELONGING = ("所属", "下属", "直属", "附属", "隶属")
#: Owned by a level of government (镇属公司, 区属企业, 市属医院): a kind of body, no name.
LEVEL_OWNED = tuple(c + "属" for c in "省市区县州乡镇村")

#: The 公文 genre's verbs of consent before the body that gives it (应征得广州军区同意, 商得外交部
#: 同意): too rare in jieba's dictionary for ``verbs.txt``, they end a body's name on the left.
CONSENT_VERBS = frozenset(("征得", "商得"))
#: Verbs of sending, reporting, asking and checking before the body addressed or checked
#: (函送|立法院, 报告|环境保护部…, 联络|澳门治安警察局…, 清查|新北市卫生局): jieba tags them as
#: nouns of action, so ``verbs.txt`` has none; they end a body's name on the left like the verbs
#: there, before a place, a known body or a level word.
ADDRESS_VERBS = frozenset(
    "函送 抄送 检送 呈送 通报 报告 陈报 函报 转报 函请 送请 咨请 函复 联络 清查 稽查 督导 约谈 会同".split()
)

#: Administrative level words that stand in for a place before a bureau (市商务局, 省科技厅).
LEVEL_CHARS = frozenset("省市区县州盟旗乡镇")

#: Organisation suffixes, longest first in the regex. ``None`` kinds are ordinary suffixes; the
#: sets below add conditions.
ORG_SUFFIXES = """
    股份有限公司 有限责任公司 有限公司 公司 集团 股份 控股 银行 大学 学院 研究院 研究所 研究中心 分院
    科学院 工程院 工作站 全国重点实验室 国家重点实验室 实验室 中心 医院 协会 学会 商会 联合会 促进会 研究会 基金会 联盟 委员会
    管委会 管理委员会 党工委 办公室 办公厅 人民政府 政府 县府 市府 局 厅 署 委 海关 日报 晚报 日报社 报社
    杂志社 出版社 通讯社 新闻社 快报 交易所 司令部 过渡政府 临时政府 政府军 电视台 电台 合作社 法院 检察院 党校 中学 小学 学校 幼儿园 事务所 设计院
    分公司 分局 总局 总署 总公司 总院 分行 支行 调查队 调查总队 常委会 司 总处
    国会 众议院 参议院 办 军区 领导小组 人大 政协 人民代表大会 人大常委会 工商联 妇联 侨联 科协 残联 文联 周报 周刊 时报 商报 早报 晨报 都市报 青年报 新闻网 广播电视台
    校区 分校 公署 议会 委会 公会 工会 联会 办事处 代表处 联络处 学系 系 林场 农场 牧场
    保健院 养老院 福利院 敬老院 卫生院 疗养院 规划院 中医院 卫生服务中心 卫生所 派出所 指挥部 部际联席会议 气象台 煤矿
    教会 商号 监督站 监督总站 质监站 检查站 检查总站 书院
    公所 联合总会 协进会 教育会 青年会 团契 农会 渔会 商业同业公会 同业公会 总会 联谊会 同学会 校友会 同乡会 俱乐部 旅行社 信用社 供销社 合伙企业 合伙企业（有限合伙） 合伙企业（普通合伙） 合伙企业(有限合伙)
""".split()

#: Suffixes that need a place (gazetteer hit) or a level word + stem in front: alone or after a
#: generic word they are common nouns (格局, 党委, 政府).
BUREAU_SUFFIXES = frozenset(
    "局 厅 委 委员会 委会 办公室 办公厅 分局 总局 署 总署 常委会 调查队 司 议会 办事处 代表处 联络处 总处"
    " 军区 领导小组 办 国会 众议院 参议院 公所 监督站 监督总站 质监站 检查站 检查总站".split()
)
#: (县府, 市府: a county's or a city's government by its short name after the place, 新竹县府.)
PLACE_ONLY_SUFFIXES = frozenset("人民政府 政府 县府 市府 过渡政府 临时政府 政府军".split())
#: Suffixes that are also common nouns (a university, a company): the name before them must not
#: begin with a function word (明白大学, 做中介公司 are phrases).
COMMON_NOUN_SUFFIXES = frozenset(
    """大学 学院 医院 公司 有限公司 中心 学校 小学 中学 研究所 研究院 协会 学会 工会 银行 集团 国会
    法院 电视台 幼儿园 分公司 委员会 联盟 基金会 商会 公会 联会 林场 农场 牧场
    保健院 养老院 福利院 敬老院 卫生院 疗养院 规划院 中医院 卫生所 派出所 部际联席会议 气象台 煤矿
    总会 联谊会 同学会 校友会 同乡会 俱乐部 旅行社 信用社 供销社 教会 商号 交易所 书院""".split()
)
#: University departments (法律系, 政治学系): only after a university or college in the name.
DEPARTMENT_SUFFIXES = frozenset("系 学系".split())
#: National level words that stand in for a place before a bureau (国家疾病预防控制局,
#: 国务院国有资产监督管理委员会, 中央网络安全和信息化委员会办公室).
NATIONAL_LEVEL = ("中共中央", "国务院", "国家", "中央")

#: Congress and CPPCC bodies and the people's organisations by their short names: one level
#: word is enough in front (市人大, 市政协, 区人大常委会, 市工商联, 县妇联), and so is a term
#: number (市十六届人大).
CONGRESS_SUFFIXES = frozenset(
    "人大 政协 人民代表大会 人大常委会 工商联 妇联 侨联 科协 残联 文联".split()
)

#: Remits of government departments as they stand in lists without their suffix (发展改革、
#: 工业和信息化、财政等部门): an item made only of these is no organisation.
REMITS = _words(
    """
    发展改革 发改 工业和信息化 工信 经济和信息化 经信 教育 科技 科学技术 公安 民政 司法 财政
    人力资源社会保障 人力资源和社会保障 人社 自然资源 生态环境 住房城乡建设 住房和城乡建设 住建
    交通运输 交通 水利 农业农村 农业 商务 文化和旅游 文化旅游 文旅 卫生健康 卫健 应急管理 应急
    审计 市场监管 市场监督管理 统计 医保 医疗保障 税务 金融 金融监管 国资 林业 林草 粮食
    能源 海关 外事 侨务 民族宗教 宗教 体育 广电 信访 档案 气象 地震 消防 城管 城市管理 规划
    网信 宣传 组织 统战 政法 编办 机关事务 退役军人事务 数据 大数据 知识产权 药监 邮政 人防
    和 及 与 等 各 有关 相关 部门 单位
    """
)
#: Heads of associations, clubs and agencies that are common nouns alone (总会 "will always",
#: 联谊会 "a get-together", 俱乐部, 旅行社): a body's name only with a place in it (澳门武术总会,
#: 澳门甘肃联谊会, 黄埔军校同学会, 大连实德俱乐部, 杭州梅苑旅行社, 坂下信用社); so too a
#: teachers' or a youth association and a church's fellowship (澳门中华教育会, 澳门基督教青年会,
#: 澳门基督教新生命团契).
PLACE_LED_SUFFIXES = frozenset(
    "总会 联谊会 同学会 校友会 同乡会 俱乐部 旅行社 信用社 供销社 教育会 青年会 团契"
    # Taiwan's farmers' and fishermen's associations (后壁区农会, 台湾省农会) and the trade
    # associations of a city (高雄市旅行商业同业公会): named by their place.
    " 农会 渔会 商业同业公会 同业公会".split()
)
#: A zone's bodies and the heads above: a place (or a zone) must stand in the name.
ZONE_BODY_SUFFIXES = frozenset("管委会 管理委员会 党工委".split()) | PLACE_LED_SUFFIXES

#: A suffix followed by one of these characters is the first half of a longer word
#: (中心城区, 部署, 局长, 大学生, 集团化): not a name end.
SUFFIX_BLOCKED_AFTER: dict[str, str] = {
    "中心": "城市区化镇点线",
    "研究中心": "主",
    "大学": "生城教课",
    "学院": "派",
    "集团": "化军",
    "公司": "化制",
    "银行": "业卡间家",
    # A title after a body (局长, 院长, 署长) does not stop the body's name: second edition,
    # 行政院长陈建仁 → ORG 行政院 + PER 陈建仁.
    "局": "面势部限",
    "厅": "级",
    "署": "名理",
    "院": "士",
    "研究院": "士",
    # 书院镇, 书院路: a town and a road named for an old academy; 书院制 a college system.
    "书院": "镇街路村制",
    "联盟": "成",
    "股份": "制",
    "政府": "部采投",
    "委会": "同议商签",
    "办": "成理事法好公类结",
    "委": "员托屈婉聘派任会务",
    "人民政府": "部",
    "办公室": "主",
    "实验室": "主",
    "控股": "股子",
    "日产": "量能",
    "交易所": "得",  # 交易所得 (税): income from a transaction, no exchange  # 日产量, 日产能: a day's output, no Nissan
    "党": "派员委组内外校建性史",  # 民主党派, 党员: 民主党 and 共产党 only as names
    "海关": "总",
    # A rank or a member of a service is a title or a noun, not the body (海军上将, 空军军官);
    # 军事 "military" is a word (太空军事行动).
    "军": "衔官上少装费事",
    "司": "机法令仪局",
    # A paper's name is no paper in 联合报告, 日报表, 联合报装: 报 begins the next word.
    "报": "告道刊名送表价销考批案警复装",
    # 军人大臣, 的人大多数: 人大 inside a word is no congress.
    "人大": "臣多量批",
    # 旅行社协会, 俱乐部联合会: an association of such bodies, named on.
    "旅行社": "协联业",
    "信用社": "协联",
    # 律师会见, 会计师会同: 会 opens the verb (会见 "meet", 会同 "together with"), no law society.
    "律师会": "见面晤谈同商签议",
    "会计师会": "见面晤谈同商签议",
    "俱乐部": "协联",
}

#: A suffix right after one of these words is part of a common noun (格局, 大厅, 党委).
SUFFIX_BLOCKED_BEFORE: dict[str, tuple[str, ...]] = {
    # 跨局处合作, 跨部会: "across bureaus", no bureau's name runs into it.
    "局": tuple("格布开大变当结全时新破赌骗终跨"),
    "厅": tuple("大客餐展门舞"),
    "委": ("党", "纪", "常", "编", "村", "居", "政", "主", "评", "体"),
    "署": tuple("部签公"),
    "中心": ("为", "市", "城市", "圆", "副"),
    "书院": ("大", "式"),  # 四大书院, 住宿式书院: a kind
    "股份": ("持", "有", "公司"),  # 持有公司股份: shares held, not a company
    "司": ("上", "公", "有", "各", "警", "代表"),
    "联盟": ("结",),
    "中学": ("初", "高"),
    "办": tuple("举创承主协合兴开筹督代包怎咋照好难买申缓停补查"),
    "小学": ("中",),
    # 老字号商号, 企业字号: a shop's trading name as a kind, not one shop.
    "商号": ("字号",),
    # 原审法院, 上级法院, 受诉法院: a court by its part in a case, not one court.
    "法院": tuple(
        w + p
        for w in ("原审", "一审", "二审", "再审", "上级", "下级", "受诉", "管辖", "审理", "该")
        for p in ("", "人民")
    ),
}

#: Zone suffixes (LOC): development zones, parks, new areas, free-trade zones.
ZONE_SUFFIXES = """
    高新技术产业开发区 经济技术开发区 自由贸易试验区 自贸试验区 自由贸易区 自由贸易港 经济开发区
    自贸港 化工区 综合保税区 综保区 保税港区 保税区 工业园区 产业园区 工业区 高新区 经开区 开发区 自贸区 示范区 新区 港务区
    合作区 科学城 科技城 产业城 软件园 科技园 工业园 产业园 物流园 园区 片区 实验区 先行区 商务区 产业带 都市圈
    城市圈 经济圈 试验区 生态城 健康城 新城 科创园 科创大走廊 科创走廊
    科技园区 软件园区 物流园区 科创园区
""".split()

#: Zone suffixes that are also ordinary nouns after a verb (进驻园区, 试点片区).
WEAK_ZONE_SUFFIXES = frozenset(
    "园区 片区 合作区 实验区 试验区 科技园 工业园 产业园 物流园 软件园 科创园"
    " 科技园区 软件园区 物流园区 科创园区".split()
)

#: Words inside a zone name that are designation, not name (国家自主创新示范区).
ZONE_GENERIC = _words(
    """
    国家 国家级 省级 自主 创新 自主创新 高新 技术 高新技术 产业 经济 开发 综合 改革 试验 示范
    现代 农业 工业 科技 生态 文化 旅游 数字 智慧 绿色 开放 国际 中 外 合作 先行 融合 发展 高质量 城市
    临空 临港 航空 港 物流 保税 自由贸易 贸易 跨境 电子商务 高端 装备 制造 新 城 区 片 核心 双创
    共同 富裕 共同富裕 美丽 乡村 美丽乡村 老旧
    """
)

#: Enumerations: a 、-list right before 等 + one of these heads is a list of organisations.
ENUM_HEADS = """
    企业 公司 单位 高校 院校 大学 科研院所 院所 机构 银行 金融机构 医院 集团 车企 药企 厂商 厂家
    龙头企业 骨干企业 重点企业 知名企业 领军企业 头部企业 上市公司 科技企业 链主企业 研究机构
""".split()

#: Titles that follow a person's name (王强主任) or precede it (省长王强).
PERSON_TITLES_AFTER = """
    总书记 书记 副书记 主席 副主席 总理 副总理 省长 副省长 市长 副市长 区长 副区长 县长 副县长 部长
    副部长 厅长 副厅长 局长 副局长 主任 副主任 院长 副院长 所长 副所长 校长 副校长 董事长 副董事长
    总经理 副总经理 总裁 首席执行官 总工程师 总监 经理 秘书长 理事长 会长 教授 副教授 研究员
    副研究员 院士 博士 工程师 委员 代表 同志 先生 女士 主任委员 党组书记 常务副市长 常务副省长
    总统 副总统 总统当选人 副总统当选人 立委 议员 众议员 参议员 主委 议长 首相 国务卿 大使 特使
    外长 州长 署长 处长 司长 局长 议员们 特首 行政长官 主教 法官 律师 医生 教练 董事 执行长
    委员长 次长 行长 科长 检察官 大法官 理事 监事 总编 候选人 参选人 发言人 主持人 国务委员 制片人
    常任秘书长 考试委员 政务委员 立法委员 监察委员 市议员 区议员 副署长 副秘书长 副会长 会长 同学 副理事长 永远会长 名誉会长
    省委书记 市委书记 区委书记 县委书记 党委书记 纪委书记 常委 政协委员 人大代表 分局长 副分局长
    政委 牧师 神父 副总裁 协理 召集人 建筑师
""".split()
#: Titles after which a transliterated foreign name stands (诺伊曼众议员, 华勒斯众议员).
FOREIGN_TITLES_AFTER = """
    众议员 参议员 议员 总统 副总统 首相 总理 国务卿 大使 部长 外长 主席 议长 州长 市长 教授 博士
    先生 女士 总裁 执行长 代表 王储 国王 女王
""".split()
#: Characters of transliterated foreign names (Xinhua and Taiwan usage): a run of only these
#: before a title is a foreign name.
TRANSLIT_CHARS = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦鲍贝本比彼毕宾波伯博布查达戴丹道德邓迪蒂丁东杜多厄恩尔法范菲费"
    "芬丰夫福弗盖甘冈高戈格根贡古瓜哈海汉豪赫亨洪胡华怀霍基吉加贾杰捷金卡凯坎康考柯科克肯孔库"
    "夸奎拉莱赖兰朗劳勒雷蕾里理利莉丽列林琳隆卢鲁陆伦罗洛马玛迈麦曼梅门蒙米敏明莫姆穆纳娜奈"
    "南内尼妮纽诺欧帕潘佩彭皮珀普奇齐乔切钦琼丘萨塞赛森沙莎尚舍施什史斯松苏索塔泰坦汤唐特提"
    "廷汀图托瓦万旺威韦维温文沃乌伍西希席夏谢辛休许雅亚扬耶伊因尤于约泽扎詹兹佐罕默"
    "申简儒若"
)
PERSON_TITLES_BEFORE = """
    记者 通讯员 总书记 书记 主席 总理 省长 市长 区长 县长 部长 厅长 局长 主任 院长 所长 校长 董事长
    总经理 总裁 理事长 会长 教授 院士 研究员 秘书长 主委 总工程师 首席科学家
    创始人 联合创始人 创办人 特首 行政长官 署长 处长 司长 议员 立法会议员 发言人 总干事 专员 主管
    发稿人 发稿人员 副手
    总监 首席执行官 首席财务官 首席运营官 首席技术官 首席信息官 首席风险官 首席投资官 首席法官
    首席经济学家 经济学家 分析师 董事 合伙人 律师 医生 法官 主任医师 作家 导演
    镇长 乡长 村长 站长 厂长 园长 总统 首相 大使 总领事 领事 常委 委员 代表 组长 队长 馆长 社长
    主编 总编辑 编辑 摄影 实习生 讲师 博士 硕士 工程师 副总裁 高级副总裁 执行董事
    政务司司长 财政司司长 律政司司长 司长 副司长 署理 主席团 会计师 顾问 副教授 总指挥 指挥长 党组书记 常务副市长 副市长 副省长 副区长 副县长 责任编辑 责编
    图为 资政 国策顾问 当选人 家属 建筑师 设计师 规划师 财爷 行政总裁 执行长 艺术家 画家 歌手 演员 诗人 评论员 主播 主持人 作者 发起人 召集人 创作人 科学家 企业家 运动员
    政委 副政委 司令员 政治委员 参谋长 参谋总长 检察长 审计长 审判长 庭长 巡视员 调研员 纪检组长 监察专员 督导员
    被提名人 提名人 候选人 参选人 得主 获奖人 获奖者 得奖人 理事 监事 助理 检察官 委员长 次长 总编
    大臣 领袖 上将 中将 少将 将军 司令 指挥官 国防部长 外交部长 国务卿 副总统 专家 学者 编译
    行长 科长 警司 制片人 常任秘书长 政治助理 局长 部长 院长 议长 市议员 区议员 立委
    主任秘书 主秘 董事会秘书 董事局秘书
    国王 女王 王储 外长 防长 矿长 教练 主教练 负责人 责任人
    冠军 奥运冠军 世界冠军 长老 撰文 译者
    实际控制人 控股股东 保荐代表人 法定代表人 民主派 建制派 泛民
    关长 副关长 公使
""".split()
#: Speech and report verbs after a bare name at the start of a clause (王晓明表示, 任振鹤作报告).
SPEECH_VERBS = """
    表示 介绍 指出 强调 认为 透露 坦言 说道 称 续称 补充 回应 解释 承认 提到 谈到 直言 重申 坦承
    主持 出席 宣布 致辞 讲话 发言 作政府工作报告 作报告 作工作报告 作说明 率团 率队 带队
    会见 会晤 看望 慰问 签署 批示 告诉 说 否认 被控 被判 认罪
""".split()
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    # Rarer surnames of the Hundred Family Surnames that name officials in the genre (怀进鹏,
    # 阴和俊, 卓荣泰; 劳婷沁, a Hong Kong and Macau surname); a name also needs given-name
    # characters, so the wider table is safe.
    "萧傅阎赖洪阴怀卓栗诸贝燕丘慕楚薄鄂荆蔺庹禹闻辜粟卿郜逯郗湛邰晁郁亢阙谌昝钮厉雍戈芮嵇竺"
    "奚贲蒯邸鞠羊靖仝冼栢劳朴"
)
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒".split()
)
#: Words that end a person name on the right when the name comes after a title. 作的
#: opens a report's credit (副主任委员骆源|作的关于…的报告): no name ends in 作 before them.
PERSON_RIGHT = """
    表示 介绍 说 指出 强调 认为 称 透露 主持 出席 讲话 致辞 宣布 参加 一行 等 在 到 带队 率队 调研
    会见 接受 作 做 发表 回答 告诉 提出 通报 解读 分别 以及 和 与 及 同志 一行 出席 陪同
    今日 今天 昨日 昨天 日前 近日 此前 早前 当天 当日 亦 也 还 则 更 曾 已 于 对 向 就 指 获悉 了解
    回应 坦言 续称 认为 补充 承认 解释 透露 提到 谈到 直言 重申 呼吁 建议 希望 要求 称赞 的 是 将
    签署 批示 会晤 看望 慰问 考察 率团 发言 报道 摄 撰文 执笔 讲述 回忆 前往 访问 抵达 分析
    亲自 亲 随即 随后 即 首先 再次 再 特别 明确 公开 早已 一直 仍 仍然 已经 正 正在 连 不 没有
    有意 作为 在任 上任 任内 本人 及其 与其 等人 直指 直言 说明 主张 称赞 批评 质疑 摄 分析 会长
    形容 描述 描绘 感叹 慨叹 笑言 笑称 坦白 自言 自称 忆述 率 率领
    致电 致贺电 致函 致信 当选 受到 被 昨晚 今早 上周 上月 其后 代表 宣读 传达
    作的 同一天 同日 当晚 据报 决定
""".split()

#: Verbs of greeting that jieba's verb list lacks; each starts or ends with a surname's character
#: (祝, 贺), so a "name" run into one is the verb and its object (祝贺新年, 祝贺|川普总统).
GREETING_VERBS = frozenset("祝贺 恭贺 庆贺 道贺 致贺 祝福 恭喜".split())

#: Short forms of prefectures that are also common words or given names in running text
#: (朝阳产业, 幸福安康, 长治久安): matched only in full (朝阳市) or before a zone suffix.
NEVER_SHORT_PLACES = _words(
    """
    朝阳 安康 阿里 普洱 日照 大庆 大同 来宾 长治 四平 白银 中卫 红河 文山 兴安 山南 海东 海北
    海西 玉树 泰安 吉安 金华 北海 德宏 海南藏族 黄南 果洛 通化 三明 南平 六安 铜仁
    """
)

#: County-level full names that are also generic nouns (城区, 郊区, 新城区).
GENERIC_COUNTY_NAMES = _words(
    """
    城区 郊区 矿区 东区 西区 南区 北区 中区 新城区 老城区 城中区 城东区 城西区 城南区 城北区 市中区
    市北区 市南区 新市区
    """
)

#: National leaders who are named in almost every government work report, and the heads of the
#: Hong Kong and Macau SARs and of Taiwan that news names without a title, and Japan's prime
#: ministers since 2012, whose Japanese names read as no Chinese one (高市早苗; public record);
#: since round 33 the heads of state and government of this century (and South Korea's presidents
#: since 1961) that world news names without a title (拜登政府, 普京与泽连斯基, 昂山素姬; public record), the statesmen of the Republic
#: and the People's Republic named in history (蒋介石, 周恩来), the vice premiers and state
#: councillors of the State Council in office, and the poets and sages that speeches cite
#: (屈原, 孔子, 鲁迅). Names that are also words or run
#: into words are left out (川普 in 四川普遍, 莱希 in 布莱希特, 他信, 安南 of Tainan, 卢拉, 莫迪), and
#: sages' names that open modern given names (孟子义, 李白云); a name of two characters is no
#: name where a word of the lists ends on its first character (攀登|盛会 holds no 登盛).
LEADERS = frozenset(
    """习近平 李强 赵乐际 王沪宁 蔡奇 丁薛祥 李希 李克强 栗战书 汪洋 王岐山 韩正 温家宝 胡锦涛 江泽民
    董建华 曾荫权 梁振英 林郑月娥 李家超 陈茂波 张建宗 陈国基 何厚铧 崔世安 贺一诚 岑浩辉
    马英九 蔡英文 赖清德 萧美琴 陈水扁
    安倍晋三 菅义伟 岸田文雄 石破茂 高市早苗
    克林顿 小布什 奥巴马 特朗普 拜登 普京 梅德韦杰夫 泽连斯基 布莱尔 卡梅伦 苏纳克 斯塔默 萨科齐
    奥朗德 马克龙 默克尔 朔尔茨 内塔尼亚胡 埃尔多安 文在寅 尹锡悦 朴槿惠 李明博 金正恩 金正日 金日成
    昂山素季 昂山素姬 敏昂莱 登盛 洪森 洪玛奈 杜特尔特 小马科斯 李显龙 黄循财 李光耀 马哈蒂尔
    朴正熙 全斗焕 卢泰愚 金泳三 金大中 卢武铉
    特鲁多 阿尔巴尼斯 博索纳罗 哈梅内伊 古特雷斯 潘基文
    蒋介石 蒋经国 李登辉 孙中山 周恩来 刘少奇 胡耀邦 赵紫阳
    吴政隆 谌贻琴 王小洪 何立峰 张国清 刘国中
    屈原 孔子 杜甫 苏轼 司马迁 诸葛亮 岳飞 林则徐 鲁迅""".split()
)

#: Common words that contain a place's short form across a word boundary (确保定期 is not 保定,
#: 推广安全 is not 广安, 各自贡献 is not 自贡; 两江交汇 counts two rivers, it is not the 两江 new
#: area; 隆重庆祝 celebrates, it holds no 重庆; 地级及以上城市 counts cities above a level, it holds
#: no 上城 district): a place match overlapping one is dropped.
PLACE_FALSE_CONTEXTS = frozenset(
    """
    确保定 保定期 保定点 推广安 广安全 广安装 自贡献 各自贡 亲自贡 大理石 确定西 决定西 新乡贤
    新乡村 平安顺 传承德 日常德 经常德 正常德 安顺利 宜春节 开封面 长春藤 白山黑水 中山装
    江门户 永州县 通化工 海口岸 淮南北 东营业 南充分 佛山水
    相应城 对应城 供应城 适应城 响应城 反应城 效应城 理应城 均衡水 港澳台商 港澳台资
    其中国 发展中国家 中国家级
    两江交汇 两江汇流 两江四岸
    俄国内 俄国家
    大马路 大马力 大马哈鱼 大马猴 大马金刀
    火山东 入海河
    里加强 里加快 里加大 里加紧 里加以
    隆重庆 以上城
    """.split()
)
