"""A 公文's head in the scraped order 文号 / 发文机关 / title / 主送机关, run into one line by the
Markdown reader (gui/core/run_on_head.py), on the real line of a dev document of batch 17."""

from __future__ import annotations

from gui.core.document import HeaderField
from gui.core.head_lines import HeadLine
from gui.core.reading import read_document
from gui.core.run_on_head import read_run_on_head, read_spaced_head_run, read_title_number_run
from tests.conftest import REPO
from tests.core.test_gongwen_banner import head

REAL = REPO / "tests" / "data" / "real"
NAME = "gw-sh-city-checkup-renewal-guideline-2025.md"


def _source_lines() -> list[str]:
    """The page's own lines from its 文号 to the 主送机关 (as the file has them)."""
    lines = (REAL / NAME).read_text("utf-8").splitlines()
    at = lines.index("内容描述") + 1
    return lines[at : at + 4]


def test_the_real_file_runs_its_head_into_one_line():
    doc = read_document(REAL / NAME)
    number, issuer, title, addressees = _source_lines()
    fused = number + issuer + title + addressees
    assert fused in doc.text  # the Markdown reader joined the four lines
    fields = doc.header.fields
    assert fields["issuer"].text == issuer == "上海市住房和城乡建设管理委员会"
    assert fields["addressees"].text == addressees.rstrip("：") == "各有关单位"
    for field in (fields["issuer"], fields["addressees"]):
        assert field.start is not None and field.end is not None
        assert doc.text[field.start : field.end] == field.text


def _read(texts: list[str]) -> dict[str, HeaderField]:
    fields: dict[str, HeaderField] = {}
    read_run_on_head(head(*texts), fields)
    return fields


def test_the_three_lines_and_the_run_on_line_read_alike():
    number, issuer, title, addressees = _source_lines()
    apart = _read([number, issuer, title, addressees])
    joined = _read(
        [number + issuer + title + addressees + "为进一步提高城市体检成果质量，现予印发。"]
    )
    assert apart["issuer"].text == joined["issuer"].text == issuer
    assert joined["addressees"].text == "各有关单位"


def test_what_is_not_that_layout_names_no_issuer():
    number, issuer, title, addressees = _source_lines()
    sentence = "为进一步提高城市体检成果质量，现予印发。"
    # A title whose 《》 the line leaves open, a sentence after the number, no body's name.
    assert _read([number + issuer + title[:-4] + addressees + sentence]) == {}
    assert _read([number + sentence + title + addressees + sentence]) == {}
    assert _read([number + "城市体检" + title + addressees + sentence]) == {}
    # Three lines with a blank line between them are no head.
    apart = [HeadLine(0, 0, number), HeadLine(2, 20, issuer), HeadLine(3, 40, title)]
    fields: dict[str, HeaderField] = {}
    read_run_on_head(apart, fields)
    assert fields == {}


def test_the_issuer_is_looked_for_in_the_forty_characters_after_each_number():
    """「关于」 is looked for only where a body's name (2 to 40 characters) can end: the same
    head read after other 文号 on the line, a 40-character name read, a 41-character not."""
    number, issuer, title, addressees = _source_lines()
    sentence = "为进一步提高城市体检成果质量，现予印发。"
    line = number + issuer + title + addressees + sentence
    assert _read([(number + sentence) * 3 + line])["issuer"].text == issuer
    longest = "市" * (40 - len(issuer)) + issuer
    assert _read([number + longest + title + addressees])["issuer"].text == longest
    assert _read([number + "市" + longest + title + addressees]) == {}


def test_the_run_on_head_names_the_title_in_full_and_its_date():
    """GB/T 9704-2012 7.3.1: the title is 发文机关名称 + 事由 + 文种; the page's heading copies it
    without the issuer. The 成文日期 closes the 正文, run on after its last sentence."""
    doc = read_document(REAL / NAME)
    number, issuer, title, addressees = _source_lines()
    assert doc.title == issuer + title
    assert doc.title_span is not None
    assert doc.text[doc.title_span.start : doc.title_span.end] == issuer + title
    date = doc.header.fields["date"]
    assert date.text == "2025年9月18日"
    assert date.start is not None and doc.text[date.start : date.end] == date.text
    # The heading that copies the title above the head is the page's chrome.
    copy_at = doc.text.index(title)
    assert any(f.start <= copy_at < f.end and f.kind == "chrome" for f in doc.furniture)


def test_a_date_a_sentence_goes_on_from_is_no_date_of_the_head():
    number, issuer, title, addressees = _source_lines()
    run_on = number + issuer + title + addressees + "为进一步提高城市体检成果质量，现予印发。"
    assert _read([run_on + "2025年9月18日上海市城市体检促进城市更新的工作指引"])["date"].text == (
        "2025年9月18日"
    )
    assert "date" not in _read([run_on + "2025年9月18日起，各区开展城市体检。"])
    assert "date" not in _read([run_on + "各区于2025年9月18日前报送。"])


# Batch 18: the Shanghai page set as title / 文号 / 主送机关 / 正文, run into one line.
SH_NAME = "gw-sh-urban-renewal-expert-committee-2023.md"


def _title_number_lines() -> list[str]:
    """The file's lines from the title's copy under the ``#`` heading to the first sentence."""
    lines = (REAL / SH_NAME).read_text("utf-8").splitlines()
    at = lines.index("关于印发《上海市城市更新专家委员会工作规程（试行）》的通知")
    return lines[at : at + 4]


def test_the_title_number_and_addressees_run_into_one_line_are_read():
    title, number, addressees, sentence = _title_number_lines()
    doc = read_document(REAL / SH_NAME)
    assert title + number + addressees + sentence in doc.text  # the Markdown reader joined them
    fields = doc.header.fields
    assert fields["number"].text == number == "沪规划资源详〔2023〕376号"
    assert fields["addressees"].text == "各区人民政府、各管委会，市相关部门"
    for field in (fields["number"], fields["addressees"]):
        assert field.start is not None and doc.text[field.start : field.end] == field.text


def _read_run(texts: list[str]) -> dict[str, HeaderField]:
    fields: dict[str, HeaderField] = {}
    read_title_number_run(head(*texts), fields)
    return fields


def test_what_is_no_title_number_run_reads_no_number():
    title, number, addressees, sentence = _title_number_lines()
    assert _read_run([title, title + number + addressees + sentence])["number"].text == number
    # Without the heading above, a sentence that cites a number, a number not right after the
    # title, a heading that is no title.
    assert _read_run([title + number + addressees + sentence]) == {}
    assert _read_run([title, "根据" + title + number + "要求，现将有关事项通知如下。"]) == {}
    assert _read_run([title, title + "，" + number + addressees + sentence]) == {}
    assert _read_run([title[:-3], title + number + addressees + sentence]) == {}


# Batch 34: a collector's sample of a gov.cn page, the page's lines joined with a space.
SPACED_NAME = "gw-cn-state-council-emergency-system-plan-notice-2026.txt"


def _spaced_run() -> str:
    """The file's second line, the head and the body joined with spaces, to the first date."""
    line = (REAL / SPACED_NAME).read_text("utf-8").splitlines()[1]
    return line[: line.index("2026年5月30日")]


def _read_spaced(texts: list[str]) -> dict[str, HeaderField]:
    fields: dict[str, HeaderField] = {}
    read_spaced_head_run(head(*texts), fields)
    return fields


def test_a_head_joined_with_spaces_gives_its_number_and_addressees():
    run = _spaced_run()
    doc = read_document(REAL / SPACED_NAME)
    fields = doc.header.fields
    assert fields["number"].text == "国发〔2026〕15号"
    assert fields["addressees"].text == "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"
    for field in (fields["number"], fields["addressees"]):
        assert field.start is not None and doc.text[field.start : field.end] == field.text
    assert _read_spaced([run])["number"].text == "国发〔2026〕15号"


def test_what_is_no_spaced_head_run_reads_nothing():
    run = _spaced_run()
    title, rest = run.split(" 国发〔2026〕15号 ")
    number = "国发〔2026〕15号"
    assert title.endswith("的通知") and rest.startswith("各省")
    # Run together without the spaces, a title cut before its genre word, a sentence that
    # cites the number, a number followed by a sentence instead of names.
    assert _read_spaced([title + number + rest]) == {}
    assert _read_spaced([title[:-2] + " " + number + " " + rest]) == {}
    assert _read_spaced(["根据" + title + "（" + number + "） " + rest]) == {}
    assert _read_spaced([title + " " + number + " " + rest.split("： ", 1)[1]]) == {}


#: A county crawl's page run into one line (batch 51 dev): breadcrumb and share bar, then the
#: head in the standard order of GB/T 9704-2012 — 文号, title, 主送机关 — between spaces.
PINGTAN = "gw-fj-pingtan-rural-homestay-measures-notice-2021-part.txt"


def test_a_spaced_run_in_the_standard_order_gives_number_issuer_addressees_and_date():
    doc = read_document(REAL / PINGTAN)
    fields = doc.header.fields
    assert fields["number"].text == "岚综管综〔2021〕3号"
    assert fields["issuer"].text == "平潭综合实验区管委会"
    assert fields["addressees"].text == "各片区管理局，区直各单位，各区属事业单位，各区属国企"
    assert fields["date"].text == "2021年1月15日"
    for field in (fields["number"], fields["issuer"], fields["addressees"], fields["date"]):
        assert doc.text[field.start : field.end] == field.text


def test_a_number_before_a_title_and_a_sentence_names_no_addressees():
    # The same run with the 主送机关 gone: the sentence after the title is no list of names.
    line = (
        "岚综管综〔2021〕3号 平潭综合实验区管委会关于印发《平潭综合实验区乡村民宿管理办法》的通知 "
        "《平潭综合实验区乡村民宿管理办法》已经研究同意，现印发给你们，请认真组织实施。"
    )
    fields: dict[str, HeaderField] = {}
    read_spaced_head_run(head(line), fields)
    assert fields == {}
