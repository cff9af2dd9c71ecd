"""Which language the window speaks, and the translators that make it so.

The catalogues are app/resources/translations/regulars_<lang>.qm, compiled from the .ts files beside them
(`make translations`). English has one too: it holds only the plural forms ("1 row has", "2 rows have").
Qt's own qtbase catalogue comes along so the standard buttons (OK, Cancel) match the rest.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("en", "de", "fr")  # "" in a till's settings: the system's language
NAMES = {"en": "English", "de": "Deutsch", "fr": "Français"}  # each in its own language, as pickers show them


def chosen(setting: str = "", system: QLocale | None = None) -> str:
    """The language to speak: the till's setting, else the system's when we have it, else English."""
    if setting in LANGUAGES:
        return setting
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install(setting: str = "") -> str:
    """Load the catalogues for the chosen language in place of any loaded before; returns the language.
    Call it before any widget is made: widgets word their labels once, when they are built."""
    app = QCoreApplication.instance()
    language = chosen(setting)
    for old in app.findChildren(QTranslator, "regulars-translator"):
        QCoreApplication.removeTranslator(old)
        old.setParent(None)  # the last reference goes: deleted now, not at the next event loop
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"regulars_{language}", str(FOLDER))):
        translator = QTranslator(objectName="regulars-translator")
        if translator.load(name, folder):  # a missing catalogue leaves the English source texts
            translator.setParent(app)
            QCoreApplication.installTranslator(translator)
    # Month and day names follow a language chosen over the system's; otherwise the system's locale stays.
    overridden = language != chosen("")
    QLocale.setDefault(QLocale(language) if overridden else QLocale.system())
    return language


def installed() -> bool:
    app = QCoreApplication.instance()
    return app is not None and bool(app.findChildren(QTranslator, "regulars-translator"))
