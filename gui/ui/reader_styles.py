"""Palette-aware text formats for the reader's own layers (readable in light and dark)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QTextCharFormat

# The report's first paint uses these formats and must not create PySide's ``Qt`` namespace
# (~17 ms, see ``gui.ui.main_window``). ``QColor(str)`` and ``QBrush(QColor)`` would: their
# overloads take ``Qt`` enums, and resolving an overload creates the enums' class.


def _hex(name: str) -> QColor:
    return QColor.fromString(name)


def _brush(color: QColor) -> QBrush:
    """A solid brush of ``color``, taken from a palette (see above)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, color)
    return palette.brush(QPalette.ColorRole.Text)


def _bold(point_size: float = 0) -> QTextCharFormat:
    """A bold format, at ``point_size`` when given (headings, the title)."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    if point_size:
        fmt.setFontPointSize(point_size)
    return fmt


DAMAGED_TOOLTIP = "Characters lost when this page was scraped"


def is_dark(palette: QPalette) -> bool:
    """True when the palette's base (text background) is dark."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def reader_formats(palette: QPalette, base_size: float) -> dict[str, QTextCharFormat]:
    """Formats for the layers the reader paints itself, keyed by layer name."""
    dark = is_dark(palette)
    text = palette.color(QPalette.ColorRole.Text)
    formats: dict[str, QTextCharFormat] = {}

    formats["headings"] = _bold(round(base_size * 1.25, 1))
    lead = _bold()
    lead.setForeground(_brush(_hex("#8fc1ff") if dark else _hex("#1d4f91")))
    formats["lead-headings"] = lead
    formats["title"] = _bold(round(base_size * 1.5, 1))

    damaged = QTextCharFormat()
    damaged.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    damaged.setUnderlineColor(_hex("#ff7b72") if dark else _hex("#c62828"))
    damaged.setBackground(_brush(_hex("#4a2323") if dark else _hex("#fdecea")))
    formats["damaged"] = damaged

    footer = QTextCharFormat()
    dim = text.toRgb()  # a copy
    dim.setAlphaF(0.55)
    footer.setForeground(_brush(dim))
    footer.setFontPointSize(round(base_size * 0.85, 1))
    formats["footer"] = footer

    find = QTextCharFormat()
    find.setBackground(_brush(_hex("#5c4d12") if dark else _hex("#fff2a8")))
    formats["find"] = find

    current = QTextCharFormat()
    current.setBackground(_brush(_hex("#c77d00") if dark else _hex("#ffb300")))
    current.setForeground(_brush(_hex("#000000")))
    formats["current-find"] = current

    flash = QTextCharFormat()
    flash.setBackground(_brush(_hex("#1f6feb") if dark else _hex("#9cc7ff")))
    formats["flash"] = flash
    return formats
