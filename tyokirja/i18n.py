"""Language choice and Qt translators (Qt Linguist catalogues under resources/i18n/)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tyokirja.resources import resources_dir

LANGUAGES = ("fi", "en")
DEFAULT_LANGUAGE = "fi"
_LOCALES = {"fi": "fi_FI", "en": "en_GB"}


def choose_language(cli_value: str | None = None, setting: str | None = None, system: str | None = None) -> str:
    """--lang wins, then the saved setting, then the system locale; Finnish when in doubt."""
    for candidate in (cli_value, setting):
        if candidate in LANGUAGES:
            return candidate
    system = system if system is not None else QLocale.system().name()
    return "en" if system.lower().startswith("en") else DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Työkirja's own catalogue and Qt's stock strings for `lang`; return the translators.

    The caller keeps the returned list alive for as long as the translations are in use.
    """
    QLocale.setDefault(QLocale(_LOCALES[lang]))
    translators = []
    own = load_catalogue(lang, app)
    if own is not None:
        app.installTranslator(own)
        translators.append(own)
    stock = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en" and stock.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(stock)
        translators.append(stock)
    return translators


def load_catalogue(lang: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """Työkirja's own compiled catalogue for `lang`, or None when it is not there (English is the source)."""
    own = QTranslator(parent)
    return own if own.load(str(resources_dir() / "i18n" / f"tyokirja_{lang}.qm")) else None


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
