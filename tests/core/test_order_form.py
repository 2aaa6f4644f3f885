"""A 命令 (令) in GB/T 9704-2012's form (10.3): the issuer's name and 令 as the banner, the
令号 under it, the promulgating sentence, the signer and the date, then the regulation it
issues. Built from the dev regulation ``reg-cn-price-marking-2022`` (国家市场监督管理总局令第56号):
its own articles under its 令 set out as the ministry prints its orders."""

from __future__ import annotations

from pathlib import Path

from gui.core.reading import document_from_text, read_document

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def order_text(banner: str, number: str) -> str:
    dev = read_document(REAL / "reg-cn-price-marking-2022.md").text.split("\n")
    articles = [ln for ln in dev if ln.startswith("第") and "条" in ln[:5]][:4]
    head = [
        banner,
        number,
        "《明码标价和禁止价格欺诈规定》已经国家市场监督管理总局局务会议通过，现予公布，"
        "自2022年7月1日起施行。",
        "局长 罗文",
        "2022年4月14日",
        dev[0],  # 明码标价和禁止价格欺诈规定
    ]
    return "\n".join(head + articles)


def test_an_order_names_its_issuer_and_number_in_its_banner():
    doc = document_from_text(order_text("国家市场监督管理总局令", "第56号"))
    header = doc.header
    assert header.get("issuer") == "国家市场监督管理总局"
    assert header.get("number") == "第56号"
    assert header.get("date") == "2022年4月14日"
    number = header.fields["number"]
    assert doc.text[number.start : number.end] == "第56号"
    # The regulation it issues heads its articles (a document carried after the date).
    found = [(s.level, s.heading) for s in doc.sections if s.heading]
    assert found[0] == (1, "明码标价和禁止价格欺诈规定")
    assert found[1] == (2, "第一条")


def test_a_banner_without_its_number_is_no_order():
    # Without the 令号 under it, a first line ending in 令 is only a title.
    text = order_text("国家市场监督管理总局令", "第56号").replace("\n第56号\n", "\n", 1)
    header = document_from_text(text).header
    assert header.get("number") is None
    assert header.get("issuer") != "国家市场监督管理总局"
