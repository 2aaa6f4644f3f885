"""Run as a script: print, as JSON, what Qt's ICU-backed APIs answer.

Those are the only ICU APIs Qt calls (freeze/icu_data.py): collation (QCollator, which sorts
the file dialogs), converters (QStringConverter's non-Unicode encodings), time zones
(QTimeZone's display names) and locale case mapping.  The packaging tests run it against
the full ICU data and against the trimmed data the frozen app ships (LD_PRELOAD), and
compare.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCollator, QLocale, QStringConverter, QStringDecoder, QTimeZone

WORDS = [
    "上海",
    "北京",
    "广州",
    "重庆",
    "深圳",
    "阿里",
    "Zürich",
    "apple",
    "Äpfel",
    "file10",
    "file9",
]
ENCODINGS = ["GB18030", "GBK", "GB2312", "Big5", "Big5-HKSCS", "EUC-TW", "Shift_JIS", "EUC-KR"]
ZONES = ["Asia/Shanghai", "Asia/Taipei", "Asia/Hong_Kong", "Europe/Berlin"]
LOCALES = ["zh_CN", "zh_TW", "zh_HK", "en_US", "de_DE"]


def answers() -> dict:
    out: dict = {}
    for name in LOCALES + ["C"]:
        collator = QCollator(QLocale(name))
        collator.setNumericMode(True)
        out[f"sort {name}"] = sorted(WORDS, key=collator.sortKey)
    for encoding in ENCODINGS:
        out[f"codec {encoding}"] = QStringDecoder(encoding).isValid()
    out["codecs"] = sorted(QStringConverter.availableCodecs())
    for zone_id in ZONES:
        zone = QTimeZone(zone_id.encode())
        out[f"zone {zone_id}"] = [zone.isValid()] + [
            zone.displayName(QTimeZone.StandardTime, QTimeZone.LongName, QLocale(name))
            for name in LOCALES
        ]
    out["case"] = [
        QLocale("tr_TR").toUpper("istanbul"),
        QLocale("de_DE").toUpper("straße"),
        QLocale("el_GR").toUpper("άλφα"),
        QLocale("en_US").toLower("ΣΑΣ"),
    ]
    return out


if __name__ == "__main__":
    print(json.dumps(answers(), ensure_ascii=False, indent=1))
