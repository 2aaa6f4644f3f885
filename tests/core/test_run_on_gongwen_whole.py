"""A whole 公文 run into one line (a PDF's text layer or a page copied without its line
breaks): the 版头 (「…文件」, or a telegram's 「等级特急·明电」), the 发文字号, the title naming
its issuer, the 主送机关, the 正文, and the 署名 with the 成文日期 closing it — read on real
dev documents of three sources (batches 34, 38, 44)."""

from __future__ import annotations

import pytest

from gui.core.front_lines import addressees_end
from gui.core.head_lines import doc_numbers, past_code_lead
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


@pytest.mark.parametrize(
    ("name", "number", "issuer", "title", "date"),
    [
        (  # a telegram (明电): its class and a blank 机要 number run in before the body
            "gw-sd-gov-office-yellow-river-ice-flood-notice-2021.txt",
            "鲁政办发明电〔2021〕1号",
            "山东省人民政府办公厅",
            "山东省人民政府办公厅关于做好黄河防凌工作的通知",
            "2021年1月8日",
        ),
        (  # a 文件's banner run on into its 文号; the 署名 after the 附件说明
            "gw-sd-poverty-group-revitalization-meeting-notice-2021.txt",
            "鲁扶贫组字〔2021〕1号",
            "山东省扶贫开发领导小组",
            "山东省扶贫开发领导小组关于召开全省巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作会议的通知",
            "2021年1月13日",
        ),
        (  # a page's breadcrumbs and share buttons before the 文号
            "gw-cn-pingtan-public-hospitals-renaming-notice-2015.txt",
            "岚综管办〔2015〕174号",
            "平潭综合实验区管委会办公室",
            None,
            "2015年9月10日",
        ),
        (  # title / 文号 / 主送机关 joined with spaces by a collector
            "gw-cn-state-council-emergency-system-plan-notice-2026.txt",
            "国发〔2026〕15号",
            "国务院",
            None,
            "2026年5月30日",
        ),
    ],
)
def test_a_gongwen_run_into_one_line_gives_its_fields(name, number, issuer, title, date):
    doc = read_document(REAL / name)
    header = doc.header
    assert header.genre == "official"
    for key, value in (("number", number), ("issuer", issuer), ("date", date)):
        field = header.fields[key]
        assert field.text == value
        assert field.start is not None and doc.text[field.start : field.end] == value
    if title is not None:
        assert header.title is not None and header.title.text == title


def test_the_code_of_a_number_starts_after_the_banner_or_the_telegram_class():
    run = "山东省扶贫开发领导组文件鲁扶贫组字〔2021〕1号山东省扶贫开发领导小组关于召开"
    assert [past_code_lead(run, m)[0] for m in doc_numbers(run)] == ["鲁扶贫组字〔2021〕1号"]
    telegram = "签发盖章于国安等级特急·明电鲁政办发明电〔2021〕1号鲁机发号山东省人民政府办公厅"
    assert [past_code_lead(telegram, m)[0] for m in doc_numbers(telegram)] == [
        "鲁政办发明电〔2021〕1号"
    ]
    # A code that ends in 明电 with nothing before it keeps it.
    code = "国办发明电〔2020〕6号"
    assert [past_code_lead(code, m)[0] for m in doc_numbers(code)] == [code]


def test_addressees_of_departments_and_units_before_a_half_width_colon():
    run = (
        "沿黄各市人民政府，省有关部门(单位):2021年1月7日8时，我省黄河河段出现首封，"
        "总长度4.6千米;1月8日13时，封河上界发展至济南市历城区。"
    )
    assert run[: addressees_end(run)] == "沿黄各市人民政府，省有关部门(单位)"
    # A clock's colon, a figure on both sides, closes no names.
    clock = "2021年1月17日19:30，济南市南郊宾馆俱乐部礼堂，请提前10分钟入场就座完毕。"
    assert addressees_end(clock) is None
