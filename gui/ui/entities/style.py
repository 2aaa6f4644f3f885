"""How entity types look: names, colours, underline styles, legend icons.

Colours are the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies).
They are not used as they are: a highlight is an opaque *tint* of the type colour blended into
the reader's background — light for a light palette, dark for a dark one — so the text colour
of the theme stays readable on it, plus an underline in the full colour, in a different line
style per type, so that colour is never the only cue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap, QTextCharFormat

#: The seven types, in display order (same as ``gui.core.entities.ENTITY_TYPES``; repeated
#: here so that the window does not import the recogniser at launch).
TYPES: tuple[str, ...] = ("ORG", "LOC", "PER", "DATE", "QUANT", "DOC", "TERM")

#: Okabe–Ito colours per type.
TYPE_COLOURS: dict[str, str] = {
    # The frequent types get the hues that stay apart as pale tints (blue, green, purple,
    # vermillion, yellow); DATE is short and PER rare in reports.
    "ORG": "#0072B2",  # blue
    "LOC": "#009E73",  # bluish green
    "PER": "#E69F00",  # orange
    "DATE": "#56B4E9",  # sky blue
    "QUANT": "#CC79A7",  # reddish purple
    "DOC": "#D55E00",  # vermillion
    "TERM": "#F0E442",  # yellow
}

_U = QTextCharFormat.UnderlineStyle
#: A second cue besides colour: each type has its own underline.
TYPE_UNDERLINES: dict[str, QTextCharFormat.UnderlineStyle] = {
    "ORG": _U.SingleUnderline,
    "LOC": _U.DashUnderline,
    "PER": _U.DashDotLine,
    "DATE": _U.DotLine,
    "QUANT": _U.DashDotDotLine,
    "DOC": _U.WaveUnderline,
    "TERM": _U.SpellCheckUnderline,
}

#: How much of the type colour goes into the background tint, per theme.
_TINT = {"light": 0.32, "dark": 0.42}


def type_name(entity_type: str) -> str:
    """The translated name of a type ("Organisation", "Place", …)."""
    names = {
        "ORG": QCoreApplication.translate("EntityTypes", "Organisation"),
        "LOC": QCoreApplication.translate("EntityTypes", "Place"),
        "PER": QCoreApplication.translate("EntityTypes", "Person"),
        "DATE": QCoreApplication.translate("EntityTypes", "Date"),
        "QUANT": QCoreApplication.translate("EntityTypes", "Quantity"),
        "DOC": QCoreApplication.translate("EntityTypes", "Document"),
        "TERM": QCoreApplication.translate("EntityTypes", "Term"),
    }
    return names.get(entity_type, entity_type)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` blended towards ``b`` by ``amount`` (0 → a, 1 → b), opaque."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1–21)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


#: The text on a highlight keeps at least this contrast (WCAG AA for body text is 4.5).
MIN_CONTRAST = 5.0


def tint(entity_type: str, palette: QPalette) -> QColor:
    """The background of a highlight of ``entity_type`` on ``palette``'s base: as much of the
    type colour as the theme allows while the theme's text keeps :data:`MIN_CONTRAST`."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    amount = _TINT["dark" if is_dark(palette) else "light"]
    colour = QColor(TYPE_COLOURS[entity_type])
    bg = _mix(base, colour, amount)
    while amount > 0.1 and contrast(bg, text) < MIN_CONTRAST:
        amount -= 0.02
        bg = _mix(base, colour, amount)
    return bg


def line_colour(entity_type: str, palette: QPalette) -> QColor:
    """The underline / legend border colour: the type colour, pushed away from the base so a
    thin line stays visible (yellow on white, blue on black)."""
    colour = QColor(TYPE_COLOURS[entity_type])
    if is_dark(palette):
        return _mix(colour, QColor("#ffffff"), 0.15)
    return _mix(colour, QColor("#000000"), 0.45 if entity_type == "TERM" else 0.12)


def entity_formats(palette: QPalette) -> dict[str, QTextCharFormat]:
    """One highlight format per type for ``palette`` (background and underline only, so it
    can be painted as an overlay without relaying out the text)."""
    formats = {}
    for entity_type in TYPES:
        fmt = QTextCharFormat()
        fmt.setBackground(tint(entity_type, palette))
        fmt.setUnderlineStyle(TYPE_UNDERLINES[entity_type])
        fmt.setUnderlineColor(line_colour(entity_type, palette))
        formats[entity_type] = fmt
    return formats


_PEN_STYLES = {
    _U.SingleUnderline: Qt.PenStyle.SolidLine,
    _U.DashUnderline: Qt.PenStyle.DashLine,
    _U.DotLine: Qt.PenStyle.DotLine,
    _U.DashDotLine: Qt.PenStyle.DashDotLine,
    _U.DashDotDotLine: Qt.PenStyle.DashDotDotLine,
}


def legend_icon(entity_type: str, palette: QPalette, size: int = 16) -> QIcon:
    """A swatch: the tint, a border in the type colour and the type's underline."""
    ratio = 2.0  # sharp on high-DPI screens
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = line_colour(entity_type, palette)
    painter.setPen(QPen(line, 1.0))
    painter.setBrush(tint(entity_type, palette))
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
    style = TYPE_UNDERLINES[entity_type]
    pen = QPen(line, 1.6)
    y = size - 5.0
    painter.setPen(pen)
    if style in _PEN_STYLES:
        pen.setStyle(_PEN_STYLES[style])
        painter.setPen(pen)
        painter.drawLine(QRectF(4, y, size - 8, 0).topLeft(), QRectF(4, y, size - 8, 0).topRight())
    else:  # wavy
        x, up = 4.0, True
        while x < size - 4:
            nx = min(x + 2.0, size - 4.0)
            painter.drawLine(
                QRectF(x, y - (0 if up else 2), 0, 0).topLeft(),
                QRectF(nx, y - (2 if up else 0), 0, 0).topLeft(),
            )
            x, up = nx, not up
    painter.end()
    return QIcon(pixmap)
