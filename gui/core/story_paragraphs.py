"""Where a scraped page's story is: its body paragraphs, and a photo caption a scraper ran
into the first of them (``gui.core.furniture`` reads the page's furniture around them).

A body paragraph is long and holds a sentence end; a scraper's markers, a style sheet's rules
and front matter run together are none, whatever their punctuation (``YAML_KEY``, ``CSS``). A
council release's caption (the item's subject and the report it was, or the label its title
opens with) run into the lead is cut from it here, so that the lead reads from after it.
"""

from __future__ import annotations

from gui.core.patterns import LazyPattern

# Front matter a Markdown reader kept as text (``title: '…' categories:``, ``headimg: 'https:…'
# author: …``): ASCII keys, one or several on a line.
YAML_KEY = LazyPattern(r"(?:^|\s|[^\x00-\x7f])(?P<key>[a-z][a-z_]{1,20}):(?:\s|$)")
#: …and a fetch script's header lines over the text it saved, their keys in capitals or
#: capitalised (「TITLE: …」 / 「URL: …」 / 「Date: …」 before the page's text): the same form, the
#: keys such a script writes (a figure's label, 「GDP: 5%;」, is text).
FETCH_KEY = LazyPattern(
    r"(?i:title|url|link|source|date|time|author|published|updated|modified|fetched|retrieved"
    r"|crawled|accessed|site|lang|language|tags|category|description|keywords"
    # (round t28: the page's Open Graph fields and the fetch's HTTP status, 「OG:」 / 「STATUS: 200」)
    r"|og|status|http[ _-]?status|status[ _-]?code)"
    r"(?:[ _-]?(?i:date|time|at|on|url))?:(?:\s|$)"
)
#: A fetch script's own keys in capitals (a report's text has no such line; round t28).
FETCH_CAPS = LazyPattern(
    r"(?:TITLE|URL|OG|STATUS|HTTP[ _]STATUS|STATUS[ _]CODE|FETCHED)(?:[ _]?URL)?:(?:\s|$)"
)
# Style sheet residue (&#123;text-align: center;padding: 20px 0;&#125;).
CSS = LazyPattern(r"(?:&#123;|\{)\s*[a-z-]+\s*:[^;]{1,60};")
#: …and a style sheet's rule, its selector first (「.appendQr_wrap&#123;border:1px solid
#: #E6E6E6;padding:8px;&#125; …」, a page's <style> block the Markdown reader keeps as code).
CSS_RULE = LazyPattern(
    r"[.#]?[A-Za-z_][\w-]{0,40}(?:[ \t.#>:,+~]{1,3}[A-Za-z_][\w-]{0,40}){0,8}[ \t]*"
    r"(?:&#123;|\{)\s*[a-z-]+\s*:[^;]{1,60};"
)
#: A body paragraph (sentence end, at least this long) closes the front matter.
_BODY_PARAGRAPH = 50
_SENTENCE_END = "。！？!?；;"


def is_body_paragraph(line: str) -> bool:
    """Whether ``line`` is one of the story's paragraphs: long, with a sentence end."""
    if len(line) < _BODY_PARAGRAPH or not any(c in _SENTENCE_END for c in line):
        return False
    if "&" in line and not any(c in _SENTENCE_END for c in _ENTITY.compiled.sub("", line)):
        return False  # (an entity's ; is no sentence's: 「發稿人：國民健康科&ensp;&ensp;林秀霙…」)
    # A scraper's markers and the style sheet it dragged along are no body text, whatever
    # their semicolons (「&#123;width: 170px;height: 170px;…&#125;」 after the story).
    if line.startswith("<!--") or CSS.search(line):
        return False
    # Front matter run together is not body text, whatever punctuation its values hold.
    return ": " not in line or len(YAML_KEY.findall(line)) < 2


_ENTITY = LazyPattern(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def run_in_caption(lines: list[tuple[int, int, str]]) -> int | None:
    """Splits the first long paragraph when it opens with the label the title above opens with
    (``title_label_end``); returns the label's index."""
    for i, (start, end, line) in enumerate(lines[:4]):
        if not is_body_paragraph(line):
            continue
        if i == 0:
            return None
        at = title_label_end(line, [t for _, _, t in lines[:i]])
        if at is None:
            return None
        cut = start + at
        lines[i : i + 1] = [(start, cut, line[:at]), (cut, end, line[at:])]
        return i
    return None


#: A release's title may open with the item's label before a dash (「議員沈震東市政總質詢-任期最後
#: 一次總質詢 盤點臺南城市建設…」, a council's 「議員X市政總質詢」 over each councillor's release):
#: the page sets the label again over the lead, and a scraper runs it into the lead's first words.
_TITLE_LABEL = LazyPattern(r"([^\s。，,！？；;：:「」]{6,20})\s*[-－—]")


def title_label_end(line: str, above: list[str]) -> int | None:
    """Where the label a title above opens with (``_TITLE_LABEL``) ends, when ``line`` opens
    with it and the lead after it restates three of its characters in its first words (the
    councillor's name: 「議員沈震東市政總質詢」 + 「臺南市議員沈震東今（8）日…」), as a lead restates
    its headline's subject (``fused_lines.headline_lead``); else None (a lead that opens with
    the title's subject and goes on: 「台南市議員陳秋萍於9月18日…」)."""
    for text in above:
        m = _TITLE_LABEL.match(text)
        if m is None or not line.startswith(m[1]) or len(line) - len(m[1]) < 20:
            continue
        label, lead = m[1], line[len(m[1]) : len(m[1]) + 20]
        if any(label[k : k + 3] in lead for k in range(len(label) - 2)):
            return len(label)
    return None
