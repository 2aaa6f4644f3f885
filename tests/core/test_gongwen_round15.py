"""Round 15's 公文 rules (`docs/history/outline-log.md`, "Round 15, session 14"), on batch 13's dev Shanghai
notices and on lines they must leave alone:

- a 主送机关 a page ran into the first paragraph (「各有关单位：为加快…」) is the addressees;
- an annex label run into its title (「附件2022年度…汇总表」, the reader joined the lines) heads
  the annex with the title alone, where a 附件说明 above names that title;
- an annex title under its own 「附件」 label heads the annex where the notice names its
  issuer only in its title (no 文号 line).
"""

from __future__ import annotations

from gui.core.annexes import fused_annex_titles
from gui.core.front_lines import addressees_end
from gui.core.reading import read_document
from tests.conftest import REPO
from tests.core.test_gongwen_banner import head

REAL = REPO / "tests" / "data" / "real"
VEHICLES = REAL / "gw-sh-connected-vehicle-pilot-acceptance-2023.md"
AREAS = REAL / "gw-sh-industrial-renewal-areas-2024.md"


def _headings(doc) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections if s.heading]


def test_run_in_addressees():
    line = (
        "各有关单位：为加快上海科技创新中心和国际航运中心建设，不断提升城市数字化能级和核心竞争力。"
    )
    end = addressees_end(line)
    assert end is not None and line[:end] == "各有关单位"
    assert addressees_end("各区人民政府，市政府各委、办、局：") == len(
        "各区人民政府，市政府各委、办、局"
    )


def test_run_in_lines_that_are_no_addressees():
    for line in (
        "各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。",
        "为贯彻落实有关要求，现将有关事项通知如下：一、提高思想认识，切实加强组织领导工作。",
        "主要目标：到2025年，全市新建和改造提升一批城市更新项目，形成可复制可推广的经验。",
        # (a traffic notice's hours, outline_check's Taipei lantern page read as text)
        "2月26日(四)開幕日及假日，自 16：00至22：00，實施交通管制措施，請民眾多加利用大眾運輸。",
        "各有关单位：",  # (alone on its line: read as before)
        "各有关单位：请于本周五前报送材料",  # no sentence after the names
    ):
        end = addressees_end(line)
        assert end is None or line == "各有关单位：" and end == 5


def test_notice_with_run_in_addressees_and_fused_annex():
    doc = read_document(VEHICLES)
    assert doc.header.fields["addressees"].text == "各有关单位"
    assert _headings(doc) == [(1, "2022年度上海市智能网联汽车示范应用成功揭榜创新项目汇总表")]


def test_annex_title_under_its_label_without_a_number_line():
    doc = read_document(AREAS)
    assert _headings(doc) == [(1, "2024年度重点推进城市更新的产业区域")]


def test_fused_label_needs_the_note_to_name_its_title():
    lines = head(
        "特此通知。附件：1．重点项目汇总表 2．资金安排表",
        "上海市交通委员会",
        "2023年3月28日",
        "附件1重点项目汇总表",  # (the note runs both titles on one line: not read)
        "附件2资金安排表",
        "附件材料请于3月底前报送。",  # a sentence that opens with 附件
    )
    assert fused_annex_titles(lines) == []
    lines = head(
        "附件：1．重点项目汇总表",
        "2．资金安排表",
        "上海市交通委员会",
        "附件1重点项目汇总表",
        "附件2资金安排表",
        "附件2资金安排",  # a title the note does not name
    )
    assert fused_annex_titles(lines) == [3, 4]


# -- photo captions set by layout (batch 13's company news pages) ---------------------------

HUANGSHI = REAL / "news-cn-huangshi-investment-fair-2021.html"
HBPU = REAL / "news-cn-hbpu-alumni-association-2021.html"


def _caption_texts(doc) -> list[str]:
    return [doc.text[f.start : f.end] for f in doc.furniture if f.kind == "caption"]


def test_centred_captions_beside_photos_are_furniture():
    doc = read_document(HUANGSHI)
    assert _caption_texts(doc) == [
        "活动现场",
        "吴锦（右一）、魏华山（左一）会谈",
        "黄石市委副书记、市长吴锦",
        "武汉市委常委、政法委书记曹裕江",
        "娲石集团党委书记、董事长魏华山",
        "项目签约仪式",
    ]
    assert _headings(doc) == []
    doc = read_document(HBPU)
    assert "合影留念" in "".join(_caption_texts(doc))
    assert _headings(doc) == []
    # (the justified headline sentence over the photos stays body)
    assert "集团董事长魏华山先生受聘担任湖北理工学院武汉校友会名誉会长！" not in "".join(
        _caption_texts(doc)
    )


def _page(body: str, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><div>{body}</div></body></html>", encoding="utf-8")
    return read_document(path)


_STORY = (
    "<p>"
    + "推介会主题为同心同梦，由中共黄石市委、黄石市人民政府主办，吸引了近两百名客商代表参加。" * 3
    + "</p>"
)


def test_centred_lines_without_photos_stay_text(tmp_path):
    # A centred subhead with no photo in its run, a centred sentence beside a photo, and a
    # caption-like line that is not centred: none is a caption.
    doc = _page(
        _STORY
        + '<p style="text-align:center">一、总体要求</p>'
        + _STORY
        + '<p style="text-align:center"><img src="a.jpg"></p>'
        + '<p style="text-align:center">全市共签约33个项目，签约金额达175.65亿元。</p>'
        + _STORY
        # (not a scene alone between paragraphs either: 「项目签约仪式」 there is a caption by its
        # words since round 16)
        + "<p>推介会会场签到</p>"
        + '<p><img src="b.jpg"></p>'
        + _STORY,
        tmp_path,
    )
    assert _caption_texts(doc) == []
    doc = _page(
        _STORY
        + '<p style="text-align: center;"><img src="a.jpg"></p>'
        + '<p style="text-align: center;">项目签约仪式</p>'
        + _STORY,
        tmp_path,
    )
    assert _caption_texts(doc) == ["项目签约仪式"]
