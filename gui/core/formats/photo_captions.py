"""Photo captions a page sets by layout alone: a short centred paragraph among the centred
paragraphs that hold the story's photos (a company or school site's news page puts each
picture in a centred ``<p>`` and its caption in the next or the one before:
「活动现场」, 「黄石市委副书记、市长吴锦」, 「合影留念」). No ``<figcaption>`` marks them; the
centring and the photo beside them do. A centred paragraph with no photo in its run (a
centred title, a signature) is text as before."""

from __future__ import annotations

from lxml import etree

from gui.core.formats._common import collapse_spaces
from gui.core.patterns import LazyPattern

#: A caption is a phrase, not a paragraph: at most this long, and ending in no sentence stop.
_MAX_CAPTION = 60
_SENTENCE_END = "。！？!?；;："
_CENTRED = LazyPattern(r"text-align\s*:\s*center")


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
