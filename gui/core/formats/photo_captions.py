"""Photo captions a page sets by layout alone: a short centred paragraph among the centred
paragraphs that hold the story's photos (a company or school site's news page puts each
picture in a centred ``<p>`` and its caption in the next or the one before:
「活动现场」, 「黄石市委副书记、市长吴锦」, 「合影留念」). No ``<figcaption>`` marks them; the
centring and the photo beside them do. A centred paragraph with no photo in its run (a
centred title, a signature) is text as before."""

from __future__ import annotations

from lxml import etree

from gui.core.formats._common import cjk_count, collapse_spaces
from gui.core.formats.html_head import class_words, contains
from gui.core.patterns import LazyPattern

#: A caption is a phrase, not a paragraph: at most this long, and ending in no sentence stop.
_MAX_CAPTION = 60
_SENTENCE_END = "。！？!?；;："
_CENTRED = LazyPattern(r"text-align\s*:\s*center")
#: A class or id word naming a photo's caption (``picinfo``, ``photo_txt``, ``img-desc``).
_CAPTION_WORD = LazyPattern(r"(?:pic|photo|img|image)(?:info|txt|text|desc|note)")
#: How many captions a story's lead may show before its body.
_MAX_LEAD_CAPTIONS = 2


def is_photo_caption(p: etree._Element) -> bool:
    """The paragraph ``p`` is a caption of the photos beside it."""
    if not _centred(p):
        return False
    text = collapse_spaces(p.text_content())
    if not text or len(text) > _MAX_CAPTION or text[-1] in _SENTENCE_END:
        return False
    if _has_photo(p):
        return True
    for siblings in (p.itersiblings(preceding=True), p.itersiblings()):
        for sib in siblings:
            if not isinstance(sib.tag, str):
                continue
            if sib.tag != "p" or not _centred(sib):
                break
            if _has_photo(sib):
                return True
    return False


def _centred(el: etree._Element) -> bool:
    return (el.get("align") or "").lower() == "center" or bool(
        _CENTRED.search(el.get("style") or "")
    )


#: What ``mark_photos`` sets on a paragraph that held a photo (images are dropped before the
#: article is read).
_PHOTO_MARK = "data-reader-photo"


def mark_photos(body: etree._Element) -> None:
    """Mark each paragraph holding an image with a source, before the images are dropped."""
    for img in body.iter("img"):
        if img.get("src"):
            p = next((a for a in img.iterancestors() if a.tag == "p"), None)
            if p is not None:
                p.set(_PHOTO_MARK, "1")


def _has_photo(el: etree._Element) -> bool:
    return el.get(_PHOTO_MARK) is not None


def _is_caption_block(el: etree._Element) -> bool:
    """A photo's caption by its markup: a ``<figcaption>``, or a block its class or id names
    a caption (``caption``, ``picinfo``, ``photo-text``…)."""
    if el.tag == "figcaption":
        return True
    if el.tag not in {"div", "p", "span"}:
        return False
    names, words = class_words(el)
    return "caption" in names or any(_CAPTION_WORD.fullmatch(w) for w in words)


def lead_captions(
    container: etree._Element, title_el: etree._Element | None
) -> list[etree._Element]:
    """The caption of the story's lead photo, set between the headline and the article's
    body, outside the body's container (a news site's 「main-figure」 or 「fullPic」 block): read
    under the title, as the page shows it. Only when the title is found before the body, in a
    block up to four levels above it."""
    if title_el is None:
        return []
    ancestor = container.getparent()
    for _ in range(4):
        if ancestor is None or contains(ancestor, title_el):
            break
        ancestor = ancestor.getparent()
    if ancestor is None or not contains(ancestor, title_el):
        return []
    found: list[etree._Element] = []
    after_title = False
    for el in ancestor.iter():
        if el is container:
            return found[:_MAX_LEAD_CAPTIONS]
        if el is title_el:
            after_title = True
        elif (
            after_title
            and isinstance(el.tag, str)
            and not contains(title_el, el)
            and _is_caption_block(el)
            and cjk_count(el.text_content()) >= 4
            and not any(contains(f, el) for f in found)
        ):
            found.append(el)
    return []
