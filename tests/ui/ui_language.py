"""``with ui_language(qapp, "zh_CN"):`` — the app in a UI language for the block (the catalog
compiled first if needed), English again afterwards whatever the block did."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from gui import i18n


@contextmanager
def ui_language(app, language: str) -> Iterator[None]:
    from tests.test_i18n import ensure_compiled

    ensure_compiled()
    i18n.install_translator(app, language)
    try:
        yield
    finally:
        i18n.install_translator(app, "en")
