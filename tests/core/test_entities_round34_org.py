"""Round 34 of #13, ORG, tuned on batch 26's dev part: a country's central bank, a brand's
carmaker, a firm or an exchange named by its kind alone, remits joined by 和, 建设监理 inside a
company's name, a Party committee's study group, exchanges by their suffix and the central bodies
a check of the structure found missing. Lines of dev documents, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import assert_found_in_order, of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, news-cn-wind-morning-briefing-20240802: a country before 央行, as before its
        # ministries (瑞士外交部)
        (
            "3、英国央行宣布将基准利率下调25基点至5%，符合市场预期，为2020年初以来首次降息。",
            ["英国央行"],
        ),
        (
            "分析指出，英国央行并未透露下一步行动时间，且没有承诺任何事情，这是一次鹰派降息。",
            ["英国央行"],
        ),
        # … a brand before 汽车 is its carmaker
        ("赛力斯汽车销量超4万辆，同比增长超850%。", ["赛力斯汽车"]),
        ("10、小米汽车推出限时购车权益，8月下定全系可享受：", ["小米汽车"]),
        (
            "7、丰田汽车2025财年第一季度营收11.84万亿日元，同比增长12.2%；营业利润1.31万亿日元，增长16.7%。",
            ["丰田汽车"],
        ),
        # … the national social security fund by its press name
        ("7、随着上市公司陆续披露半年报，社保基金持股动向逐渐浮出水面。", ["社保基金"]),
        # … an exchange by its suffix, with its Latin gloss
        (
            "7、芝加哥期货交易所（CBOT）农产品期货主力合约收盘涨跌不一，",
            ["芝加哥期货交易所", "CBOT"],
        ),
        # dev, gw-sh-fengxian-city-checkup-plan-2026: a remit joined by 和
        (
            "1.区级体检。奉贤区建设和管理委员会统筹开展2026年奉贤区城市体检工作，以奉贤区辖区为体检范围",
            ["奉贤区建设和管理委员会"],
        ),
        # dev, news-cn-sichuan-tieke-party-study-2017: 建设监理 is the company's trade
        (
            "8月8日下午，四川铁科建设监理有限公司召开党委中心组（扩大）学习会议，会议以"
            "“学先进转作风强执行，全面推动下半年任务目标落实”为主题",
            ["四川铁科建设监理有限公司"],
        ),
        # dev, news-cn-century-digital-ipo-approval-2026: a dateline's 讯 is no part of the name
        (
            "中国经济网北京6月12日讯北京证券交易所上市委员会2026年第57次审议会议于2026年6月11日上午召开",
            ["中国经济网", "北京证券交易所上市委员会"],
        ),
    ],
)
def test_round34_bodies(text, bodies):
    assert_found_in_order(text, "ORG", bodies)


@pytest.mark.parametrize(
    "text, not_bodies",
    [
        # dev, gw-cn-csrc-verification-record-rules-1998: a firm named by its profession alone
        (
            "报送证监舍的验证笔录应当是经2名以上具有证券从业资格的律师及其所在律师事务所签宇、盖章的正式丈本。",
            ["律师事务所"],
        ),
        (
            "本节由律师对验资的真实性、合法性进行验证，确认人为会计师事务所、发行人的董事（筹委会成员）及主承销商。",
            ["会计师事务所"],
        ),
        # dev, news-hk-rthk-local-digest-2025: the same in Traditional script
        (
            "有關短訊聲稱協助市民取回被凍結的資產或被騙款項，要求市民聯絡偽冒的律師事務所，繼而要求市民提供銀行帳戶資料",
            ["律師事務所"],
        ),
        # dev, news-cn-sichuan-tieke-party-study-2017: a Party committee's study group
        ("8月8日下午，四川铁科建设监理有限公司召开党委中心组（扩大）学习会议", ["党委中心"]),
        # dev, news-cn-wind-morning-briefing-20240802: 日产量 is a day's output; 央行 alone is
        # no longer the span where a country stands before it
        ("第四季度日产量将增加约54万桶。", ["日产"]),
        ("3、英国央行宣布将基准利率下调25基点至5%", ["央行"]),
    ],
)
def test_round34_kinds_and_words(text, not_bodies):
    found = of_type(text, "ORG")
    assert not [b for b in found if b in not_bodies], spans(text)
    same_in_every_view(text)
