"""A Markdown container (markdown-it-container, VuePress, Pandoc's fenced divs) is a box of its
own: its fences are markup lines, and the headings inside it are ranked apart from the text
around it. Real lines of the dev regulation reg-cn-mep-environmental-emergency-reporting-2011
(batch 28): its 附录 is a 「::: info 附录」 container whose `## ` title had ranked the regulation's
articles under it."""

from __future__ import annotations

from pathlib import Path

from gui.core.formats.markdown import read_markdown
from gui.core.reading import document_from_source

ARTICLES = """\
<p id="t16">&emsp;&emsp;<b>第十六条</b>&emsp;本办法由环境保护部解释。</p>
<p id="t17">&emsp;&emsp;<b>第十七条</b>&emsp;本办法自2011年5月1日起施行。</p>
"""
ANNEX = """\
::: info 附录

## 突发环境事件分级标准{align="center"}

&emsp;&emsp;按照突发事件严重性和紧急程度，突发环境事件分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）四级。
<p>&emsp;&emsp;1、<b>特别重大（Ⅰ级）</b>突发环境事件。<br>
&emsp;&emsp;凡符合下列情形之一的，为特别重大突发环境事件：<br>
&emsp;&emsp;（1）因环境污染直接导致10人以上死亡或100人以上中毒的；<br>
&emsp;&emsp;（2）因环境污染需疏散、转移群众5万人以上的；<br>
&emsp;&emsp;（3）因环境污染造成直接经济损失1亿元以上的；<br>
&emsp;&emsp;（4）因环境污染造成区域生态功能丧失或国家重点保护物种灭绝的；<br>
&emsp;&emsp;（5）因环境污染造成地市级以上城市集中式饮用水水源地取水中断的；<br>
&emsp;&emsp;（6）1、2类放射源失控造成大范围严重辐射污染后果的；核设施发生需要进入场外应急的严重核事故，或事故辐射后果可能影响邻省和境外的，或按照“国际核事件分级（INES）标准”属于3级以上的核事件；台湾核设施中发生的按照“国际核事件分级（INES）标准”属于4级以上的核事故；周边国家核设施中发生的按照“国际核事件分级（INES）标准”属于4级以上的核事故；<br>
&emsp;&emsp;（7）跨国界突发环境事件。</p>
<p>&emsp;&emsp;2、<b>重大（Ⅱ级）</b>突发环境事件。<br>
&emsp;&emsp;凡符合下列情形之一的，为重大突发环境事件：<br>
&emsp;&emsp;（1）因环境污染直接导致3人以上10人以下死亡或50人以上100人以下中毒的；<br>
&emsp;&emsp;（2）因环境污染需疏散、转移群众1万人以上5万人以下的；<br>
&emsp;&emsp;（3）因环境污染造成直接经济损失2000万元以上1亿元以下的；<br>
&emsp;&emsp;（4）因环境污染造成区域生态功能部分丧失或国家重点保护野生动植物种群大批死亡的；<br>
&emsp;&emsp;（5）因环境污染造成县级城市集中式饮用水水源地取水中断的；<br>
&emsp;&emsp;（6）重金属污染或危险化学品生产、贮运、使用过程中发生爆炸、泄漏等事件，或因倾倒、堆放、丢弃、遗撒危险废物等造成的突发环境事件发生在国家重点流域、国家级自然保护区、风景名胜区或居民聚集区、医院、学校等敏感区域的；<br>
&emsp;&emsp;（7）1、2类放射源丢失、被盗、失控造成环境影响，或核设施和铀矿冶炼设施发生的达到进入场区应急状态标准的，或进口货物严重辐射超标的事件；<br>
&emsp;&emsp;（8）跨省（区、市）界突发环境事件。</p>

:::
"""


def _outline(markdown: str) -> list[tuple[int, str | None]]:
    decoded = read_markdown(markdown.encode("utf-8"), Path("reg.md"))
    return [(s.level, s.heading) for s in document_from_source(decoded).sections if s.heading]


def test_a_containers_heading_does_not_rank_the_articles_before_it():
    assert _outline("# 突发环境事件信息报告办法\n\n" + ARTICLES + "\n---\n\n" + ANNEX) == [
        (1, "第十六条"),
        (1, "第十七条"),
        (1, "突发环境事件分级标准"),
        (2, "1、特别重大（Ⅰ级）突发环境事件。"),
        (2, "2、重大（Ⅱ级）突发环境事件。"),
    ]


def test_the_text_after_a_closing_fence_is_ranked_as_before_the_box():
    # (the same lines with the box set between two articles: 第十七条 is no child of its title)
    levels = _outline(
        "# 突发环境事件信息报告办法\n\n" + ARTICLES.replace("\n<p", "\n\n" + ANNEX + "\n<p")
    )
    assert levels[0] == (1, "第十六条")
    assert levels[1] == (1, "突发环境事件分级标准")
    assert levels[-1] == (1, "第十七条")


def test_the_fences_are_markup_lines_and_the_box_its_lines():
    decoded = read_markdown(ANNEX.encode("utf-8"), Path("reg.md"))
    lines = decoded.text.split("\n")
    assert lines[0] == "::: info 附录" and lines[-1] == ":::"
    assert {0, len(lines) - 1} <= decoded.chrome
    assert decoded.boxes == ((0, len(lines) - 1),)


def test_a_box_without_a_heading_is_not_recorded():
    # (the regulation's 「::: tip 修订信息」 holds its 题注, no heading)
    box = "::: tip 修订信息\n\n（2011年4月18日环境保护部令第17号公布&emsp;自2011年5月1日起施行）\n\n:::\n"
    decoded = read_markdown(("# 突发环境事件信息报告办法\n\n" + box).encode("utf-8"), Path("r.md"))
    assert decoded.boxes == ()
    assert "（2011年4月18日环境保护部令第17号公布 自2011年5月1日起施行）" in decoded.text.split(
        "\n"
    )
