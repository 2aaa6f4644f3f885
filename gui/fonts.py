"""A fallback CJK font for machines that have none (a bare Linux desktop, a container, CI).

The standalone build ships WenQuanYi Micro Hei in ``resources/fonts/`` (licence in the README
there). It is registered only when no installed font covers Simplified Chinese, so a system's
own fonts (Noto CJK, Source Han, Microsoft YaHei, PingFang) are always preferred.

Call :func:`ensure_cjk_font` once, right after the ``QApplication`` is created and before any
window is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FALLBACK_FONT_FILE = "wqy-microhei.ttc"

#: A Han character every CJK font has, and one no font has (plane 16 private use), used to tell
#: a real glyph from the "missing glyph" box.
_HAN_PROBES = ("中", "国")
_MISSING_PROBE = "\U0010fffd"


@dataclass(frozen=True)
class FontFallback:
    """What :func:`ensure_cjk_font` did: the system families found, or the family registered."""

    system_families: tuple[str, ...]
    registered_family: str | None = None
    error: str | None = None

    @property
    def has_cjk(self) -> bool:
        return bool(self.system_families) or self.registered_family is not None


def fallback_font_path() -> Path:
    from gui.core.paths import resource

    return resource("fonts", FALLBACK_FONT_FILE)


def system_cjk_families() -> list[str]:
    """Families of installed fonts that cover Simplified Chinese (application fonts excluded)."""
    from PySide6.QtGui import QFontDatabase

    app_families: set[str] = set()
    for font_id in _registered_ids:
        app_families.update(QFontDatabase.applicationFontFamilies(font_id))
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return [f for f in families if f not in app_families]


_registered_ids: list[int] = []


def ensure_cjk_font(force: bool = False) -> FontFallback:
    """Register the bundled CJK font if the system has no font for Simplified Chinese.

    ``force`` registers it even where a CJK font is installed. Needs a ``QGuiApplication``. Never raises: a
    missing or unreadable font file is reported in :attr:`FontFallback.error`."""
    from PySide6.QtGui import QFontDatabase

    system = tuple(system_cjk_families())
    if system and not force:
        return FontFallback(system)
    try:
        path = fallback_font_path()
    except FileNotFoundError as err:
        return FontFallback(system, error=str(err))
    if not path.is_file():
        return FontFallback(system, error=f"fallback font missing: {path}")
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return FontFallback(system, error=f"Qt could not load {path}")
    _registered_ids.append(font_id)
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return FontFallback(system, error=f"no font family in {path}")
    family = families[0]
    _use_for_han(family)
    return FontFallback(system, registered_family=family)


def _use_for_han(family: str) -> None:
    """Make ``family`` the fallback for Han script, whatever font a widget asks for."""
    from PySide6.QtGui import QFont

    # Qt's fontconfig database already offers application fonts as fallbacks; substitutions
    # also cover the generic names widgets ask for (PySide6 does not expose
    # QFontDatabase.addApplicationFallbackFontFamily, which takes a QChar::Script).
    for name in (QFont().defaultFamily(), "Sans Serif", "sans-serif", "Serif", "Monospace"):
        QFont.insertSubstitution(name, family)


def _render(text: str, font) -> bytes:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(64, 64, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return bytes(image.constBits())


def renders_han(font=None) -> tuple[bool, str]:
    """Whether Chinese renders as real glyphs with ``font`` (default: the application font).

    Draws 中, 国 and a character no font has; real glyphs differ from each other and from the
    missing-glyph box, and are not blank."""
    from PySide6.QtGui import QFont, QFontInfo

    if font is None:
        font = QFont()
    font = QFont(font)
    font.setPixelSize(40)
    first, second = (_render(c, font) for c in _HAN_PROBES)
    missing = _render(_MISSING_PROBE, font)
    blank = _render(" ", font)
    family = QFontInfo(font).family()
    if first == blank:
        return False, f"中 renders blank (font {family!r})"
    if first == missing or first == second:
        return False, f"中 renders as the missing-glyph box (font {family!r})"
    return True, f"中 renders as a glyph (font {family!r})"
