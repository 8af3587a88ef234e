"""The app's language: chosen in Settings, or the system's; loaded before any page is built.

Qt's translators carry the app's words (``relaxapp/translations/relaxapp_XX.qm``, built by
``scripts/translations`` from the ``.ts`` files) and Qt's own (its dialogs' buttons). The
core's ``tr`` is pointed at them, and dates are written by ``QLocale`` in the language's own
pattern (itself a translated text).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from relaxapp import resources
from relaxapp.core import language
from relaxapp.core.language import LANGUAGES, QT_TR_NOOP, SOURCE_LANGUAGE, tr

SYSTEM = "system"
# How a date is written, as QLocale reads a pattern: the month spelt out ("MMMM").
DAY_PATTERN = QT_TR_NOOP("d MMMM yyyy")
SHORT_DAY_PATTERN = QT_TR_NOOP("d MMM yyyy")

_installed: list[QTranslator] = []  # kept: Qt does not own them


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's languages the app speaks; English if none."""
    for tag in ui_languages if ui_languages is not None else QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve(setting: str) -> str:
    """The language to use for a setting: a shipped language's code, or "system"."""
    return setting if setting in LANGUAGES else system_language()


def apply(code: str, translator: QTranslator | None = None) -> str:
    """Speak ``code`` from now on (pages built after this); ``translator`` replaces the
    app's own (a test's pseudo-language). Returns the language in use."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if translator is None and code != SOURCE_LANGUAGE:
        translator = QTranslator()
        if not translator.load(str(resources.translation(code))):
            code, translator = SOURCE_LANGUAGE, None  # not shipped after all: English
    if translator is not None:
        qt_own = QTranslator()  # the buttons of Qt's own dialogs
        if qt_own.load(QLocale(code), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        app.installTranslator(translator)
        _installed.append(translator)
    locale = QLocale(code)
    QLocale.setDefault(locale)
    language.install(
        None if translator is None else
        lambda text, disambiguation, n: QCoreApplication.translate("", text, disambiguation, n),
        code, lambda day, short: _day_text(locale, day, short),
        lambda value, places: locale.toString(float(value), "f", places))
    return code


def _day_text(locale: QLocale, day: date, short: bool) -> str:
    return locale.toString(QDate(day.year, day.month, day.day),
                           tr(SHORT_DAY_PATTERN if short else DAY_PATTERN))
