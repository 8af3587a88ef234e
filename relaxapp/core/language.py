"""The words the app shows, in the person's language: one function for the whole app.

Qt-free, so the core's sentences are translated like the window's. Every visible text is
written ``tr("English text")`` (a count as the third argument: ``tr("%n session(s)", None, 3)``;
the translation tools do not see it given by keyword), and
a text kept in a constant is marked ``QT_TR_NOOP("...")`` and given to ``tr`` where it is
shown. ``pyside6-lupdate`` finds both spellings (``scripts/translations``). Without a
translation installed the English is returned, with its counts filled in; the window
installs Qt's translator (``install``), and a test installs a pseudo-language that finds
any text left out.

A text with a value in it is written with named fields, filled after translation
(``tr("{done} of {total}").format(...)``): a translator may reorder them.
"""

from __future__ import annotations

from datetime import date
from typing import Callable


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``text`` for translation where it is kept; ``tr`` it where it is shown."""
    return text


# The months, as dates spell them out (shown through tr).
MONTHS = (QT_TR_NOOP("January"), QT_TR_NOOP("February"), QT_TR_NOOP("March"),
          QT_TR_NOOP("April"), QT_TR_NOOP("May"), QT_TR_NOOP("June"), QT_TR_NOOP("July"),
          QT_TR_NOOP("August"), QT_TR_NOOP("September"), QT_TR_NOOP("October"),
          QT_TR_NOOP("November"), QT_TR_NOOP("December"))
SHORT_MONTHS = (QT_TR_NOOP("Jan"), QT_TR_NOOP("Feb"), QT_TR_NOOP("Mar"), QT_TR_NOOP("Apr"),
                QT_TR_NOOP("May"), QT_TR_NOOP("Jun"), QT_TR_NOOP("Jul"),
                QT_TR_NOOP("Aug"), QT_TR_NOOP("Sep"), QT_TR_NOOP("Oct"), QT_TR_NOOP("Nov"),
                QT_TR_NOOP("Dec"))  # shown through tr

# The languages shipped, each named in its own language (a person looks for their own).
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}
# The same, named in the language the app speaks ("auf Englisch"): shown through tr.
LANGUAGE_NAMES = {"en": QT_TR_NOOP("English"), "de": QT_TR_NOOP("German"),
                  "es": QT_TR_NOOP("Spanish")}
SOURCE_LANGUAGE = "en"

# (text, disambiguation, n) -> the text to show; None: English as written.
Translator = Callable[[str, "str | None", int], str]
_translator: Translator | None = None
_language = SOURCE_LANGUAGE
# A day as the person's language writes it; None: '3 March 2026'.
DayFormatter = Callable[[date, bool], str]
_day_formatter: DayFormatter | None = None
# A number with its decimals as the person's language writes it ("1.5", "1,5").
NumberFormatter = Callable[[float, int], str]
_number_formatter: NumberFormatter | None = None


def install(translator: Translator | None, language: str = SOURCE_LANGUAGE,
            day_formatter: DayFormatter | None = None,
            number_formatter: NumberFormatter | None = None) -> None:
    """Translate from now on through ``translator``; None goes back to English."""
    global _translator, _language, _day_formatter, _number_formatter
    _translator, _language = translator, language
    _day_formatter, _number_formatter = day_formatter, number_formatter


def current() -> str:
    """The language the app's words are in: "en", "de", ..."""
    return _language


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the person's language. ``disambiguation`` tells two same English words
    apart ("Back" a button, "Back" a body region); with ``n`` >= 0, ``%n`` is that count and
    the translation has the language's plural forms (English: "(s)")."""
    said = _translator(text, disambiguation, n) if _translator is not None else text
    if n >= 0:
        said = said.replace("%n", str(n))
        if "(s)" in said:  # English, as written in the source
            said = said.replace("(s)", "" if n == 1 else "s")
    return said


# The words the app adds to a session's guidance, said and shown in the session's own
# language (a German session says "Jetzt.", whatever the app's language): one voice says the
# whole session, and the cue word is known to check a script in any language.
SESSION_WORDS = {
    "de": {"Inhale": "Einatmen", "Hold": "Halten", "Exhale": "Ausatmen", "Now.": "Jetzt.",
           "Again.": "Noch einmal.", "Well done.": "Gut gemacht.", "Three.": "Drei.",
           "Two.": "Zwei.", "One.": "Eins.",
           # the editor's words for a new session or step (relaxapp.core.editing)
           "My breathing": "Meine Atmung", "My relaxation": "Meine Entspannung",
           "Sit comfortably, and let your shoulders drop.":
               "Setzen Sie sich bequem hin und lassen Sie die Schultern sinken.",
           "Breathe low and slow, into your belly.": "Atmen Sie tief und langsam in den Bauch.",
           "Settle in. Tense each place firmly but never to pain, then let go all at once.":
               "Kommen Sie zur Ruhe. Spannen Sie jede Stelle fest an, aber nie bis zum Schmerz, "
               "und lassen Sie dann auf einmal los.",
           "Tense these muscles.": "Spannen Sie diese Muskeln an.",
           "Tense these muscles firmly, never to pain.":
               "Spannen Sie diese Muskeln fest an, nie bis zum Schmerz.",
           "And let go. Notice the difference.": "Und lassen Sie los. Spüren Sie den Unterschied.",
           "Notice how you feel.": "Spüren Sie, wie Sie sich fühlen.", "Muscles": "Muskeln",
           " (mine)": " (meine)", " (copy)": " (Kopie)"},
    "es": {"Inhale": "Inhala", "Hold": "Mantén", "Exhale": "Exhala", "Now.": "Ahora.",
           "Again.": "Otra vez.", "Well done.": "Bien hecho.", "Three.": "Tres.",
           "Two.": "Dos.", "One.": "Uno.",
           "My breathing": "Mi respiración", "My relaxation": "Mi relajación",
           "Sit comfortably, and let your shoulders drop.":
               "Siéntate cómodamente y deja caer los hombros.",
           "Breathe low and slow, into your belly.": "Respira bajo y despacio, hacia el vientre.",
           "Settle in. Tense each place firmly but never to pain, then let go all at once.":
               "Acomódate. Tensa cada zona con firmeza, pero nunca hasta el dolor, y luego "
               "suelta de golpe.",
           "Tense these muscles.": "Tensa estos músculos.",
           "Tense these muscles firmly, never to pain.":
               "Tensa estos músculos con firmeza, nunca hasta el dolor.",
           "And let go. Notice the difference.": "Y suelta. Nota la diferencia.",
           "Notice how you feel.": "Nota cómo te sientes.", "Muscles": "Músculos",
           " (mine)": " (mía)", " (copy)": " (copia)"},
}


def spoken(text: str, session_language: str) -> str:
    """One of the words the app adds to a session ("Inhale", "Now."), in the session's
    language; as written (English) for a language without them."""
    return SESSION_WORDS.get(session_language.split("-")[0].lower(), {}).get(text, text)


def decimal(value: float, places: int = 1) -> str:
    """'1.5' in English, '1,5' in German."""
    if _number_formatter is not None:
        return _number_formatter(value, places)
    return f"{value:.{places}f}".replace(".", tr(".", "the decimal sign"))


def day(day_: date, short: bool = False) -> str:
    """A date as the person's language writes it, the month spelt out so no reader mistakes
    day and month: '3 March 2026' ('3 Mar 2026' short); '3. März 2026'; '3 de marzo de 2026'.
    The window has QLocale write it; without Qt (the command line) the translations do."""
    if _day_formatter is not None:
        return _day_formatter(day_, short)
    month = tr((SHORT_MONTHS if short else MONTHS)[day_.month - 1])
    return tr("{day} {month} {year}", "a date").format(day=day_.day, month=month,
                                                       year=day_.year)
