"""A two-paragraph story and its title, shared by the furniture-family tests (rounds 19 and 21):
a family's line is set above, between or under its paragraphs, and ``marked`` tells whether the
reader marks that line as furniture."""

from __future__ import annotations

from gui.core.reading import document_from_text

BODY = (
    "本市坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，经济运行总体平稳、稳中有进，"
    "全年地区生产总值增长百分之五点二。\n\n"
    "各区各部门要切实提高政治站位，压实工作责任，确保各项任务落地见效，为全面建设社会主义"
    "现代化国家作出新的更大贡献。"
)
TITLE = "关于做好冬季安全生产工作的通知"


def marked(text: str, line: str) -> bool:
    """Whether ``line`` (its first occurrence in ``text``) is furniture of the read document."""
    doc = document_from_text(text)
    at = text.index(line)
    return doc.is_furniture(at, at + len(line))
