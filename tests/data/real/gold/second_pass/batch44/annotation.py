"""The independent second annotator's batch-44 outlines, as line-based annotation.

Made like batches 3 and 5 to 43 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (f961a8a6, batch 44's
texts-only commit, where the gold files held no headings yet), the two held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-44 gold outline, spec or batch-44
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2; 「条」 keeps an article's marker), or the whole
line; a tuple of lines is one heading wrapped over several lines; ("inline", words)
is a heading found inside a longer line. `title_inline` is the words of a title inside a
longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only
part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, MANIFEST.md's batch-44 texts commit message (written with the
texts, before any gold) was read for the records' forms: the 公文 dataset's article field (one line,
no markup) and the ministry crawl's page text (the 生态环境部 repost's 来源/分享到/[打印]/字号 chrome).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 44 [--check]
"""

from __future__ import annotations


def _inline(line: int, level: int, *words: str) -> list[tuple]:
    """Headings found inside one long line, in reading order."""
    return [(line, ("inline", w), level) for w in words]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-sn-fgw-forestry-farm-grid-upgrade-notice-2021": {
        # A joint 印发 通知 from a 公文 classification dataset: the whole document is one line (1).
        # The 版头 「陕西省发展和改革委员会陕西省林业局文件」 opens it (a header element, body, not
        # furniture) and gives `issuer`, the two names; the 文号 (as written, with the space before
        # 634号) `number`; the title is the words after the 文号 up to 「的通知」 (`title_inline`; the
        # issuers' names are its first part, batch 17's reading), above the 主送 (`addressees`, to the
        # half-width 「:」). The cover sentences and the 联系人 line are body; the 署名 is one run
        # 「陕西省发展和改革委员会    陕西省林业局」, kept as written (as batch 10's 「国务院 中央军委」),
        # then the date. The 方案 the notice issues is an annex (rule 7): its title, printed with its
        # 《》 as the dataset has it, level 1 (inline: the third 《…》 of the line, the first two being
        # the title's and the cover sentence's; the inline heading is the words alone); its six
        # 「一、指导思想。」 … 「六、组织保障。」 are short nominal leads closed by 。 opening their
        # paragraphs: run-in headings (rule 2), level 2 inside the annex. The closing
        # 「附件:第一批拟改造升级的国有林场场部(管护站)清单」 names a list with no text after it: a
        # header element, `attachments` (flagged: the dataset prints it after the annex, so it may be
        # the 方案's own 附件 line rather than the notice's; either way a 附件说明, not a section).
        "title": 1,
        "title_inline": (
            "陕西省发展和改革委员会陕西省林业局关于印发《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》的通知"
        ),
        "headings": _inline(1, 1, "《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》")
        + _inline(
            1,
            2,
            "一、指导思想。",
            "二、主要任务。",
            "三、资产移交。",
            "四、资金筹措。",
            "五、签订协议。",
            "六、组织保障。",
        ),
        "furniture": [],
        "document": {
            "issuer": ["陕西省发展和改革委员会", "陕西省林业局"],
            "number": "陕发改能电力[2021] 634号",
            "addressees": (
                "各设区市发展改革委、林业局，国网陕西省电力公司、陕西省地方电力(集团)有限公司，"
                "省森林资源管理局、省林科院、省楼观台生态实验林场、陕煤化生态林业总场"
            ),
            "signatory": "陕西省发展和改革委员会    陕西省林业局",
            "date": "2021年5月11日",
            "attachments": "附件:第一批拟改造升级的国有林场场部(管护站)清单",
        },
    },
    "news-cn-gmrb-q1-invoice-data-high-quality-development-2025": {
        # A 光明日报 report reposted on the 生态环境部 site: line 1 runs the site's column label
        # 「政策文件」 into the headline; the title is the headline 「一季度我国高质量发展成效明显」
        # (`title_inline`) and the label furniture (page chrome, as batch 30's 「 - 国际频道」 tail).
        # The page's date and 来源 lines, printed twice, 分享到, [打印], 字号 and [大][中][小] (2-11)
        # are furniture, one range with line 1's label; they give `source` 「光明日报」 and `time`
        # 「2025-04-10」 (as the 中国石化报 page's 来源/发布时间 spans). The lead's dateline
        # 「本报北京4月9日电（记者陈晨）」 (12) stays body and gives `reporter` 「陈晨」 (batch 24's
        # 科技日报 byline); `source` and `time` are already the page's (flagged: the dateline's own
        # date is 4月9日, the page's 2025-04-10). The six paragraphs (13-18) open with unnumbered
        # lead sentences 「创新动能不断积蓄，新质生产力加快培育。」 …: body (rule 5). No headings.
        "title": 1,
        "title_inline": "一季度我国高质量发展成效明显",
        "headings": [],
        "furniture": [[1, 11]],
        "furniture_text": ["政策文件"],
        "document": {"source": "光明日报", "time": "2025-04-10", "reporter": "陈晨"},
    },
}
