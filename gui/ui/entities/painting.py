"""How entities are drawn: one highlight layer per type in the reader, the per-section counts
in the outline, the legend icons, and the tooltip of a highlight; all rebuilt when the theme
changes.

A mix-in of :class:`~gui.ui.entities.install.EntityFeature` (one job of it, kept apart): it
uses the feature's ``window``, ``dock``, ``type_actions``, ``user``, ``shown``,
``hidden_types`` and the result it keeps (``spans``, ``_by_type``,
``_section_counts``). Strings are translated in the feature's context.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from gui.ui.entities.style import TYPES, entity_formats, legend_icon, type_name

if TYPE_CHECKING:
    from gui.core.entity_pass import EntitySpan

#: Highlight layers are named ``entity-ORG`` …; they paint above structure, below find hits.
LAYER_PREFIX = "entity-"
LAYER_ORDER = 500


def layer_name(entity_type: str) -> str:
    """The name of the reader's highlight layer for ``entity_type``."""
    return LAYER_PREFIX + entity_type


class EntityPainting:
    """Paints the layers and counts (see the module docstring)."""

    def is_visible(self, entity_type: str) -> bool:
        """Whether ``entity_type`` is highlighted now (master toggle and its own)."""
        return self.shown and entity_type not in self.hidden_types

    def _paint_type(self, entity_type: str) -> None:
        highlighter = self.window.reader.highlighter
        name = layer_name(entity_type)
        spans = self._by_type.get(entity_type, []) if self.is_visible(entity_type) else []
        if spans:
            fmt = entity_formats(self._palette())[entity_type]
            order = LAYER_ORDER + TYPES.index(entity_type)
            highlighter.set_layer(name, spans, fmt, self._tooltip, order=order)
        elif highlighter.layer(name) is not None:
            highlighter.clear_layer(name)

    def _paint_layers(self) -> None:
        """Every type's layer, in one turn: a layer takes its spans as the arrays they are
        kept in (a few ms for the largest type of a 1 M-character report), and the reader
        repaints once after the turn. One turn per type took seven of the hand-over's ten
        turns, each waiting its place among the start-up's other slices."""
        for entity_type in TYPES:
            self._paint_type(entity_type)

    def _paint_counts(self) -> None:
        counts: dict[int, int] = {}
        for entity_type, per_section in self._section_counts.items():
            if self.is_visible(entity_type):
                for i, n in per_section.items():
                    counts[i] = counts.get(i, 0) + n
        self.window.outline.model.set_counts("entities", counts)
        self.dock.model.set_disabled_types({t for t in TYPES if not self.is_visible(t)})

    def entity_at(self, pos: int) -> EntitySpan | None:
        """The highlighted entity containing text position ``pos``."""
        spans = self.spans
        i = bisect_right(spans.starts, pos) - 1
        if i >= 0 and spans.starts[i] <= pos < spans.ends[i]:
            span = spans[i]
            return span if self.is_visible(span.type) else None
        return None

    def _tooltip(self, start: int, end: int) -> str:
        i = bisect_left(self.spans.starts, start)
        if i >= len(self.spans) or self.spans.starts[i] != start:
            return ""
        span = self.spans[i]
        tip = type_name(span.type)
        if self.user.correction_of(span.key, self.doc.fingerprint if self.doc else None):
            tip += QCoreApplication.translate("EntityFeature", " (your correction)")
        return tip

    def _palette(self) -> QPalette:
        # The application's palette for the reader: right even while the reader's own
        # palette-change event is still on its way after a theme switch.
        return QApplication.palette(self.window.reader)

    def _refresh_style(self) -> None:
        palette = self._palette()
        icons = {t: legend_icon(t, palette) for t in TYPES}
        self.dock.set_icons(icons)
        for entity_type, action in self.type_actions.items():
            action.setIcon(icons[entity_type])
        formats = entity_formats(palette)
        highlighter = self.window.reader.highlighter
        for entity_type in TYPES:
            if highlighter.layer(layer_name(entity_type)) is not None:
                highlighter.set_layer_format(layer_name(entity_type), formats[entity_type])
