"""The reader's typography: CJK font fallbacks, line height, paragraph spacing and the width
of the text column."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlockFormat

#: Preferred reading fonts, most specific first; Qt falls back along the list per glyph.
FONT_FAMILIES = [
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "sans-serif",
]
DEFAULT_FONT_SIZE = 13.0
MIN_FONT_SIZE, MAX_FONT_SIZE = 6.0, 48.0
LINE_HEIGHT_PERCENT = 160
#: Longest comfortable line, in multiples of the font size (about 40 CJK characters).
MAX_LINE_EMS = 40


def reading_font(family: str, size: float) -> QFont:
    """``family`` (if any) first, then the CJK fallback list, at ``size`` points."""
    font = QFont()
    font.setFamilies(([family] if family else []) + FONT_FAMILIES)
    font.setPointSizeF(size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def paragraph_format(size: float) -> QTextBlockFormat:
    """Proportional line height for CJK text and a gap under each paragraph."""
    fmt = QTextBlockFormat()
    fmt.setLineHeight(
        LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    fmt.setBottomMargin(round(size * 0.8))
    return fmt


def column_side_margin(width: int, em: int) -> int:
    """The margin on each side that centres a column of at most MAX_LINE_EMS ems in ``width``."""
    return max(0, (width - MAX_LINE_EMS * em) // 2)
