"""The UI language machinery (``gui.i18n``) and the 简体中文 catalog, with real Qt translators.

The window-level tests (View → Language, screenshot) are in ``tests/ui/test_language_switch.py``.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from gui import i18n

TS = i18n.translations_dir() / "report-reader_zh_CN.ts"
EN_TS = i18n.translations_dir() / "report-reader_en.ts"

#: Qt placeholders (%1, %L1, %n), Python format specifiers (%s, %d…) and str.format fields.
_PLACEHOLDER = re.compile(
    r"%L?\d+|%n|%[-+ #0]*\d*(?:\.\d+)?[sdifrx]|\{[A-Za-z0-9_.]*(?:[:!][^{}]*)?\}"
)
_MNEMONIC = re.compile(r"&(?!&)(.)")


def ensure_compiled() -> Path:
    """The zh_CN ``.qm`` in the translations folder (and the English plurals' beside it),
    compiled here if missing or older than its ``.ts`` (CI compiles in ``.ci/bootstrap``; a
    developer may not have)."""
    qm = TS.with_suffix(".qm")
    stale = [
        ts
        for ts in (TS, EN_TS)
        if not ts.with_suffix(".qm").is_file()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        i18n.compile_translations()
    assert qm.is_file(), f"compile_translations() did not write {qm}"
    return qm


def _messages(ts: Path = TS):
    """``(context, source, translation element, numerus)`` for every message in the .ts."""
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield (
                name,
                message.findtext("source") or "",
                message.find("translation"),
                message.get("numerus") == "yes",
            )


def _texts(translation, numerus: bool) -> list[str]:
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


# -- compiling ------------------------------------------------------------------------------


def test_compiling_writes_a_qm_next_to_each_ts(tmp_path):
    shutil.copy(TS, tmp_path / TS.name)
    written = i18n.compile_translations(tmp_path)
    qm = tmp_path / "report-reader_zh_CN.qm"
    assert written == [qm]
    assert qm.is_file() and qm.stat().st_size > 1000
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "文件(&F)"


# -- installing -----------------------------------------------------------------------------


def test_zh_cn_translator_translates_the_ui(english_afterwards):
    ensure_compiled()
    tr = QCoreApplication.translate
    assert tr("MainWindow", "&File") == "&File"  # nothing installed yet
    assert i18n.install_translator(english_afterwards, "zh_CN") == "zh_CN"
    assert tr("MainWindow", "&File") == "文件(&F)"
    assert tr("MainWindow", "&Open…") == "打开(&O)…"
    assert tr("MainWindow", "%1 — Report Reader") == "%1 — 报告阅读器"
    assert tr("Script", "Traditional (Taiwan)") == "台湾正体"
    assert tr("EntityTypes", "Organisation") == "机构"
    assert tr("EntityFeature", "%n entities", None, 12) == "12 个实体"
    # Switching back removes the translator again.
    assert i18n.install_translator(english_afterwards, "en") == "en"
    assert tr("MainWindow", "&File") == "&File"


def test_settings_object_choice_is_read_through_language(english_afterwards):
    ensure_compiled()

    class FakeSettings:
        def language(self):
            return "zh_CN"

    assert i18n.install_translator(english_afterwards, FakeSettings()) == "zh_CN"
    assert QCoreApplication.translate("MainWindow", "&View") == "视图(&V)"


def test_installing_twice_does_not_stack_translators(english_afterwards):
    ensure_compiled()
    i18n.install_translator(english_afterwards, "zh_CN")
    i18n.install_translator(english_afterwards, "zh_CN")
    assert len(i18n._installed) <= 2  # ours + Qt's own qtbase catalog at most
    i18n.install_translator(english_afterwards, "en")
    i18n.install_translator(english_afterwards, "en")
    # English keeps only its plural catalog.
    assert [Path(t.filePath()).name for t in i18n._installed] == ["report-reader_en.qm"]


@pytest.mark.parametrize("damage", ["empty folder", "corrupt qm", "no resources"])
def test_missing_or_broken_qm_leaves_english(english_afterwards, monkeypatch, tmp_path, damage):
    if damage == "corrupt qm":
        (tmp_path / "report-reader_zh_CN.qm").write_bytes(b"not a qm file\0" * 20)
    if damage == "no resources":

        def nowhere():
            raise FileNotFoundError("Report Reader's resources folder is missing")

        monkeypatch.setattr(i18n, "translations_dir", nowhere)
    else:
        monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install_translator(english_afterwards, "zh_CN") == "en"
    assert i18n._installed == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


# -- resolving a settings value ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "expected"),
    [("en", "en"), ("zh_CN", "zh_CN"), ("fr", "en"), ("zh_TW", "en")],
)
def test_explicit_choices(choice, expected):
    assert i18n.resolve_language(choice) == expected


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["zh-CN", "en-US"], "zh_CN"),
        (["zh-Hans-CN"], "zh_CN"),
        (["zh"], "zh_CN"),
        (["zh-SG"], "zh_CN"),
        (["zh-TW", "en-US"], "en"),
        (["zh-Hant-HK", "zh-CN"], "zh_CN"),
        (["zh-MO"], "en"),
        (["en-GB", "zh-CN"], "en"),
        (["fr-FR", "de-DE"], "en"),
        ([], "en"),
    ],
)
@pytest.mark.parametrize("choice", ["system", "", None])
def test_system_follows_the_locale(monkeypatch, choice, ui_languages, expected):
    """``"system"`` (and no setting at all) follows QLocale.system().uiLanguages(); the
    locale is faked so the machine's own does not matter."""
    from PySide6 import QtCore

    class FakeLocale:
        @staticmethod
        def system():
            return FakeLocale()

        def uiLanguages(self):  # noqa: N802
            return list(ui_languages)

    monkeypatch.setattr(QtCore, "QLocale", FakeLocale)
    assert i18n.resolve_language(choice) == expected


# -- the catalog ----------------------------------------------------------------------------


def test_catalog_is_complete_and_consistent():
    """Every message is translated, keeps its placeholders and its one mnemonic (same letter,
    Chinese style ``文件(&F)``) and its trailing ellipsis. Fails when someone adds a string:
    run ``python -m gui.i18n --update`` and translate it."""
    problems = []
    count = 0
    for context, source, translation, numerus in _messages():
        count += 1
        where = f"[{context or '(no context)'}] {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            kind = "missing" if translation is None else translation.get("type")
            problems.append(f"{where}: {kind}")
            continue
        texts = _texts(translation, numerus)
        if not texts or not all(t.strip() for t in texts):
            problems.append(f"{where}: empty translation")
            continue
        for text in texts:
            if Counter(_PLACEHOLDER.findall(source)) != Counter(_PLACEHOLDER.findall(text)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            ours = [m.upper() for m in _MNEMONIC.findall(text)]
            theirs = [m.upper() for m in _MNEMONIC.findall(source)]
            if ours != theirs:
                problems.append(f"{where}: mnemonic {theirs} became {ours} in {text!r}")
            if source.endswith("…") != text.endswith("…"):
                problems.append(f"{where}: trailing … not kept in {text!r}")
            if "Report Reader" in text:
                problems.append(f"{where}: 'Report Reader' left untranslated in {text!r}")
    assert count > 100, f"only {count} messages in {TS}"
    assert not problems, f"{len(problems)} problem(s) in {TS.name}:\n" + "\n".join(problems)


def test_english_plural_catalog_covers_every_plural_message():
    """Every ``%n`` message has English's two forms: the singular without "(s)" and not
    plural-looking, the plural; placeholders kept. Fails when someone adds a ``tr(…, "", n)``
    string: run ``python -m gui.i18n --update`` and write its forms."""
    plural = {(c, s) for c, s, _t, numerus in _messages() if numerus}
    english = {(c, s): t for c, s, t, numerus in _messages(EN_TS) if numerus}
    assert plural and set(english) == plural, set(english) ^ plural
    problems = []
    for (context, source), translation in english.items():
        forms = _texts(translation, True) if translation is not None else []
        if len(forms) != 2 or translation.get("type") or not all(f.strip() for f in forms):
            problems.append(f"[{context}] {source!r}: needs two finished forms, has {forms}")
            continue
        for form in forms:
            if "(s)" in form:
                problems.append(f"[{context}] {source!r}: '(s)' left in {form!r}")
            if Counter(_PLACEHOLDER.findall(source)) != Counter(_PLACEHOLDER.findall(form)):
                problems.append(f"[{context}] {source!r}: placeholders differ in {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [
        ("en", 1, "▸ Page furniture: 1 line folded — click to show"),
        ("en", 4, "▸ Page furniture: 4 lines folded — click to show"),
        ("en", 0, "▸ Page furniture: 0 lines folded — click to show"),
        ("zh_CN", 1, "▸ 页面附属内容：已折叠 1 行——点击展开"),
        ("zh_CN", 4, "▸ 页面附属内容：已折叠 4 行——点击展开"),
    ],
)
def test_plural_forms_in_each_language(english_afterwards, language, n, expected):
    ensure_compiled()
    assert i18n.install_translator(english_afterwards, language) == language
    source = "▸ Page furniture: %n line(s) folded — click to show"
    assert QCoreApplication.translate("FurnitureFolds", source, "", n) == expected


def test_english_without_its_plural_catalog_shows_the_source_text(
    english_afterwards, monkeypatch, tmp_path
):
    """No compiled English catalog (a developer who never compiled): English still starts,
    with the source texts, and nothing is installed."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install_translator(english_afterwards, "en") == "en"
    assert i18n._installed == []
    assert QCoreApplication.translate("EntityFeature", "%n entities", "", 1) == "1 entities"


def _helper_strings() -> set[tuple[str, str]]:
    """``(context, text)`` for literal strings passed to translate helpers that lupdate cannot
    see through: ``def _tr(text): return QCoreApplication.translate("Ctx", text)`` (and
    aliases of it, like ``tr = NoteEditor.tr_static``), in every module lupdate reads."""
    found = set()
    gui = Path(i18n.__file__).resolve().parent
    for path in sorted(gui.rglob("*.py")):
        if "core" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers: dict[str, str] = {}
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            params = {a.arg for a in node.args.args}
            for sub in ast.walk(node):
                if (
                    isinstance(sub, ast.Call)
                    and isinstance(sub.func, ast.Attribute)
                    and sub.func.attr == "translate"
                    and len(sub.args) >= 2
                    and isinstance(sub.args[0], ast.Constant)
                    and isinstance(sub.args[1], ast.Name)
                    and sub.args[1].id in params
                ):
                    helpers[node.name] = sub.args[0].value
        for node in ast.walk(tree):  # tr = NoteEditor.tr_static
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                value, target = node.value, node.targets[0]
                name = getattr(value, "attr", getattr(value, "id", None))
                if isinstance(target, ast.Name) and name in helpers:
                    helpers[target.id] = helpers[name]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            arg = node.args[0]
            if name in helpers and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add((helpers[name], arg.value))
    return found


def test_strings_behind_translate_helpers_are_in_the_catalog():
    catalog = {(context, source) for context, source, _t, _n in _messages()}
    missing = sorted(_helper_strings() - catalog)
    assert not missing, f"{len(missing)} string(s) not in {TS.name}:\n" + "\n".join(
        f"[{c}] {s!r}" for c, s in missing
    )


def test_colour_names_are_translated(english_afterwards):
    from gui.ui.notes.editor import colour_names

    ensure_compiled()
    i18n.install_translator(english_afterwards, "zh_CN")
    assert colour_names() == {
        "yellow": "黄色",
        "green": "绿色",
        "blue": "蓝色",
        "pink": "粉色",
        "purple": "紫色",
        "orange": "橙色",
    }


def test_lrelease_reports_nothing_unfinished(tmp_path):
    import subprocess

    result = subprocess.run(
        [i18n._tool("lrelease"), str(TS), "-qm", str(tmp_path / "check.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(
        r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", result.stdout
    )
    assert found, result.stdout + result.stderr
    generated, finished, unfinished = map(int, found.groups())
    assert unfinished == 0 and generated == finished > 100, result.stdout


# -- Qt's own catalog -------------------------------------------------------------------------


def test_compiling_ships_qts_own_catalog_beside_ours(tmp_path):
    shutil.copy(TS, tmp_path / TS.name)
    i18n.compile_translations(tmp_path)
    shipped = tmp_path / "qtbase_zh_CN.qm"
    assert shipped.is_file()
    assert shipped.read_bytes() == (i18n.qt_catalogs_dir() / "qtbase_zh_CN.qm").read_bytes()


def test_qt_dialogs_speak_chinese_from_the_shipped_catalog(english_afterwards, monkeypatch):
    """Qt's file dialog in the 简体中文 UI, with Qt's own translations folder out of reach (as
    in a build that did not collect it): the copy beside ours is loaded."""
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtWidgets import QFileDialog, QLabel

    ensure_compiled()
    assert (TS.parent / "qtbase_zh_CN.qm").is_file()
    monkeypatch.setattr(QLibraryInfo, "path", lambda *_a: "/nonexistent")
    assert i18n.install_translator(english_afterwards, "zh_CN") == "zh_CN"
    qt = i18n._installed[-1]
    assert Path(qt.filePath()).parent == TS.parent
    dialog = QFileDialog(None, "", str(TS.parent))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    dialog.deleteLater()
    # Qt 6 added mnemonics Qt's catalog does not know ("&Look in:"): ours has them.
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels, labels
    assert not [text for text in labels if re.search("[A-Za-z]{3}", text)], labels
    # The Type column of a folder (Qt 6 asks in a context Qt's catalog lacks).
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    assert QFileIconProvider().type(QFileInfo(str(TS.parent))) == "文件夹"


def test_the_print_dialog_speaks_chinese(english_afterwards):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    ensure_compiled()
    i18n.install_translator(english_afterwards, "zh_CN")
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    texts += [box.title() for box in dialog.findChildren(QGroupBox)]
    dialog.deleteLater()
    assert "页面组(&S)：" in texts  # one of the strings Qt's own catalog misses
    english = [t for t in texts if re.search("[A-Za-z]{3}", t) and not re.search("[一-鿿]", t)]
    assert not english, english


def test_no_module_aliases_qcoreapplication_translate():
    """``tr = QCoreApplication.translate`` then ``tr("Ctx", "text")`` reads to lupdate as
    ``self.tr(source, comment)``: the context name becomes the source and the string is lost
    from the catalogue. lupdate reads a call named ``translate(ctx, text)`` right, so an alias
    may only be called ``translate``."""
    gui = Path(i18n.__file__).resolve().parent
    aliases = []
    for path in sorted(gui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "translate"
                and getattr(node.value.value, "id", None) == "QCoreApplication"
                and any(getattr(t, "id", None) != "translate" for t in node.targets)
            ):
                aliases.append(f"{path.relative_to(gui.parent)}:{node.lineno}")
    assert aliases == []


def test_counts_outside_plural_messages_do_not_read_as_english_plurals():
    """A ``%n`` message lupdate does not see as a plural (``QCoreApplication.translate(ctx,
    text, "", n)``) is shown in English as written, so "%n reports" reads "1 reports" and
    "correction(s)" stays: such messages put the count after a colon instead."""
    plural_looking = re.compile(r"%n \w+s\b|\(s\)")
    wrong = [
        (c, s) for c, s, _t, numerus in _messages() if not numerus and plural_looking.search(s)
    ]
    assert wrong == []
