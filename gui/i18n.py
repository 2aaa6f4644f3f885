"""UI languages: English (the source strings) and Simplified Chinese.

Translation sources live in ``resources/translations/*.ts`` and are compiled to ``.qm`` by
``python -m gui.i18n --compile`` (run by ``.ci/bootstrap`` and the PyInstaller build); compiled
files are never committed. ``python -m gui.i18n --update`` refreshes the ``.ts`` sources from
the strings marked with ``tr()`` in the code.

English needs a catalog too, for plurals only: ``tr("%n line(s) folded", "", n)`` without a
translator prints "1 line(s)". ``report-reader_en.ts`` holds just the messages with ``%n``
(lupdate ``-pluralonly``), each with English's two forms ("%n line folded" / "%n lines
folded"); every other English string is its source text.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

#: Languages the app ships, as (code, name in that language).
LANGUAGES = (("en", "English"), ("zh_CN", "简体中文"))
SYSTEM = "system"
_CATALOG = "report-reader"
#: Qt's own catalog (QFileDialog, QPrintDialog, QDialogButtonBox …), shipped beside ours.
_QT_CATALOG = "qtbase"

log = logging.getLogger("report_reader")
_installed: list = []  # translators currently installed (kept alive: Qt does not own them)


def translations_dir() -> Path:
    from gui.core.paths import resource

    return resource("translations")


def resolve_language(choice: str | None) -> str:
    """The language code to use for a settings value (``"system"``, ``"en"``, ``"zh_CN"``)."""
    if choice and choice != SYSTEM:
        return choice if choice in dict(LANGUAGES) else "en"
    from PySide6.QtCore import QLocale

    for name in QLocale.system().uiLanguages():
        name = name.replace("-", "_")
        if name.startswith("zh") and not any(t in name for t in ("TW", "HK", "Hant", "MO")):
            return "zh_CN"
        if name.startswith("en"):
            return "en"
    return "en"


def install_translator(app, choice=SYSTEM) -> str:
    """Install the translators for ``choice`` on ``app`` (replacing earlier ones).

    ``choice`` is a language code, ``"system"``, or an object with a ``language()`` method
    (the app's settings). Returns the language code in effect: a missing or unreadable ``.qm``
    never raises, it leaves the English strings and returns ``"en"``."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    if hasattr(choice, "language"):
        choice = choice.language()

    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(choice)
    try:
        folder = str(translations_dir())
    except OSError:  # no resources folder at all: stay in English rather than fail to start
        folder = ""
    if language == "en":
        _install_english_plurals(app, folder)
        return language
    ours = QTranslator(app)
    if not folder or not ours.load(f"{_CATALOG}_{language}", folder):
        # Missing or unreadable .qm (not compiled, damaged): the whole UI stays English,
        # Qt's own dialog buttons included, instead of a half-translated window.
        log.warning("gui.i18n: no %s_%s.qm in %s; using English", _CATALOG, language, folder)
        _install_english_plurals(app, folder)
        return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    # Qt's own strings (file and print dialogs, standard buttons): the copy shipped beside
    # ours (see compile_translations), else Qt's translations folder.
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for where in (folder, qt_dir):
        if where and qt.load(QLocale(language), _QT_CATALOG, "_", where):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    return language


def _install_english_plurals(app, folder: str) -> None:
    """The English plural forms (``report-reader_en.qm``), when compiled: without them the
    source texts' "(s)" shows; nothing else changes, so a missing file is no warning."""
    from PySide6.QtCore import QTranslator

    plurals = QTranslator(app)
    if folder and plurals.load(f"{_CATALOG}_en", folder):
        app.installTranslator(plurals)
        _installed.append(plurals)


def _tool(name: str) -> str:
    """pyside6-lrelease / pyside6-lupdate next to this interpreter, else on PATH."""
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    if candidate.exists():
        return str(candidate)
    import shutil

    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"gui.i18n: pyside6-{name} not found (install PySide6-Essentials)")
    return found


def compile_translations(folder: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` in ``folder`` to a ``.qm`` beside it, and copy Qt's own catalog
    for each shipped language there too (``qtbase_zh_CN.qm``, from PySide6), so the installed
    package and the frozen build find it with ours. Returns the compiled files."""
    import shutil
    import subprocess  # build-time only: keep it off the app's start-up path

    folder = folder or translations_dir()
    out = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        out.append(qm)
    qt_catalog = qt_catalogs_dir()
    for code, _name in LANGUAGES[1:]:
        source = qt_catalog / f"{_QT_CATALOG}_{code}.qm"
        if source.is_file():
            shutil.copyfile(source, folder / source.name)
    return out


def qt_catalogs_dir() -> Path:
    """Qt's translations folder (PySide6's ``Qt/translations``)."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def update_sources() -> None:
    """Refresh the ``.ts`` sources from the code (keeps existing translations)."""
    import subprocess  # build-time only: keep it off the app's start-up path

    root = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in root.rglob("*.py") if "core" not in p.parts)
    for code, _name in LANGUAGES:
        ts = translations_dir() / f"{_CATALOG}_{code}.ts"
        # English is the source language: its catalog carries the plural forms only.
        only = ["-pluralonly", "-source-language", "en", "-target-language", "en"]
        subprocess.run(
            [_tool("lupdate"), "-silent", "-no-obsolete", *(only if code == "en" else [])]
            + [*sources, "-ts", str(ts)],
            check=True,
        )


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m gui.i18n")
    parser.add_argument("--compile", action="store_true", help="compile .ts to .qm")
    parser.add_argument("--update", action="store_true", help="refresh .ts from the code")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    if args.compile:
        compile_translations()
    return 0


if __name__ == "__main__":
    sys.exit(main())
