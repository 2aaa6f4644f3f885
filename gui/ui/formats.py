"""Palette-aware text formats for the reader's own layers (readable in light and dark)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat

DAMAGED_TOOLTIP = "Characters lost when this page was scraped"


def is_dark(palette: QPalette) -> bool:
    """True when the palette's base (text background) is dark."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def reader_formats(palette: QPalette, base_size: float) -> dict[str, QTextCharFormat]:
    """Formats for the layers the reader paints itself, keyed by layer name."""
    dark = is_dark(palette)
    text = palette.color(QPalette.ColorRole.Text)
    formats: dict[str, QTextCharFormat] = {}

    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    heading.setFontPointSize(round(base_size * 1.25, 1))
    formats["headings"] = heading

    lead = QTextCharFormat()
    lead.setFontWeight(QFont.Weight.Bold)
    lead.setForeground(QColor("#8fc1ff") if dark else QColor("#1d4f91"))
    formats["lead-headings"] = lead

    title = QTextCharFormat()
    title.setFontWeight(QFont.Weight.Bold)
    title.setFontPointSize(round(base_size * 1.5, 1))
    formats["title"] = title

    damaged = QTextCharFormat()
    damaged.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    damaged.setUnderlineColor(QColor("#ff7b72") if dark else QColor("#c62828"))
    damaged.setBackground(QColor("#4a2323") if dark else QColor("#fdecea"))
    formats["damaged"] = damaged

    footer = QTextCharFormat()
    dim = QColor(text)
    dim.setAlphaF(0.55)
    footer.setForeground(dim)
    footer.setFontPointSize(round(base_size * 0.85, 1))
    formats["footer"] = footer

    find = QTextCharFormat()
    find.setBackground(QColor("#5c4d12") if dark else QColor("#fff2a8"))
    formats["find"] = find

    current = QTextCharFormat()
    current.setBackground(QColor("#c77d00") if dark else QColor("#ffb300"))
    current.setForeground(QColor("#000000"))
    formats["current-find"] = current

    flash = QTextCharFormat()
    flash.setBackground(QColor("#1f6feb") if dark else QColor("#9cc7ff"))
    formats["flash"] = flash
    return formats
