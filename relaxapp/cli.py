"""The ``relaxapp`` command: starts the app, or runs one of the commands.

Errors are one sentence on standard error, never a traceback; exit status 1 is
a failure, 2 a usage error (see cli-and-data.md).

Over 400 lines: the whole command line in one place, as ``--help`` shows it: each
command's arguments and its short handler.
"""

from __future__ import annotations

import argparse
import functools
import math
import os
import re
import stat
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from relaxapp import __version__, paths, resources
from relaxapp.core.clock import wall_now
from relaxapp.core import files
from relaxapp.core.files import describe
from relaxapp.core.language import decimal, tr
from relaxapp.core.wording import plural

if TYPE_CHECKING:  # the window's start does without the scripts' reader: it loads after
    from relaxapp.core.library import Library
    from relaxapp.core.scripts import Problem

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A failure to report as one sentence, with exit status 1."""


class UsageError(CommandError):
    """Options that do not go together: one sentence, with exit status 2, as argparse's."""


class Parser(argparse.ArgumentParser):
    """Usage errors as one line (exit 2), pointing at the help; the help's own words in the
    person's language (argparse has them in English)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, formatter_class=HelpFormatter, add_help=False, **kwargs)
        # argparse's own group titles, named where argparse keeps them
        self._positionals.title = tr("positional arguments")
        self._optionals.title = tr("options")
        self.add_argument("-h", "--help", action="help", help=tr("show this help and exit"))

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


class HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups,  # ("" when argparse names a command)
                          prefix=tr("usage: ") if prefix is None else prefix)


# ------------------------------------------------------------- argument values


def rating(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or not 0 <= value <= 10:
        raise argparse.ArgumentTypeError(f"a tension rating is a whole number from 0 to 10, not {text!r}")
    return value


def minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    # the range first: 1e308 minutes in seconds is infinity, which round() cannot take
    if not math.isfinite(value) or not 0 < value <= 24 * 60 or round(value * 60) < 1:
        raise argparse.ArgumentTypeError("minutes must be a number above 0 (at least one "
                                         f"second) and at most 1440, not {text!r}")
    return value


def moment(text: str, now: Callable[[], datetime] = wall_now) -> datetime:
    """ISO 8601: a date (taken as noon), or a date and time; local time unless an offset is given."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 date or time, such as 2026-11-20 or 2026-11-20T18:30") from None
    if len(text.strip()) == 10:  # a date alone: noon keeps it on that day in any time zone
        value = datetime.combine(value.date(), time(12))
    if value.tzinfo is None:
        value = value.astimezone()  # the machine's local time zone
    if value > now() + timedelta(minutes=10):
        raise argparse.ArgumentTypeError(f"{text!r} is in the future")
    if value.year < 1970:
        raise argparse.ArgumentTypeError(f"{text!r} is too long ago")
    return value.replace(microsecond=0)


def positive_days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 100 * 366:
        raise argparse.ArgumentTypeError(f"--days is a whole number of days from 1, not {text!r}")
    return value


FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(9998, 12, 31)  # room for a period around them


def day(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date is written YYYY-MM-DD, not {text!r}") from None
    if not FIRST_DAY <= value <= LAST_DAY:
        raise argparse.ArgumentTypeError(f"a date from {FIRST_DAY} to {LAST_DAY}, not {text!r}")
    return value


WINDOW_OPTIONS = ("--data-dir", "--start", "--heart-from")  # each with a value
WINDOW_FLAGS = ("--minimized",)


def opens_window_only(argv: list[str]) -> bool:
    """Whether ``argv`` holds only the options of opening the window (no command, no help):
    then the commands' parsers, 4 ms of the window's start, need not be built."""
    words = iter(argv)
    for word in words:
        if word in WINDOW_FLAGS:
            continue
        if word in WINDOW_OPTIONS:
            next(words, None)
        elif not word.startswith(tuple(f"{option}=" for option in WINDOW_OPTIONS)):
            return False
    return True


def build_parser(commands: bool = True,
                 now: Callable[[], datetime] = wall_now) -> argparse.ArgumentParser:
    parser = Parser(
        prog="relaxapp",
        description=tr("Paced breathing and progressive muscle relaxation. With no command, "
                       "opens the app."),
    )
    data_dir_help = tr("the folder for your log and your own sessions (default: ${variable} "
                       "or the platform's data folder)").format(variable=paths.DATA_DIR_ENV)
    parser.add_argument("--data-dir", metavar="DIR", help=data_dir_help)
    parser.add_argument("--start", metavar="ID", help=tr("open the app straight into session ID"))
    parser.add_argument("--minimized", action="store_true",
                        help=tr("open the window minimised (as at login, for the reminders)"))
    parser.add_argument("--heart-from", metavar="FILE", help=tr(
        "try the heart-rate views without a strap: a recording (one interval in ms a line) "
        "played back, or 'simulated' for a heart that follows your breath"))
    parser.add_argument("--version", action="version", version=f"relaxapp {__version__}",
                        help=tr("show the version and exit"))
    if not commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        # SUPPRESS keeps a --data-dir given before the command name.
        sub.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                         help=data_dir_help)
        return sub

    command("list", tr("list the sessions: id, kind, planned minutes, title, bundled or user"))
    validate = command("validate", tr("check session scripts (files or folders)"))
    validate.add_argument("paths", nargs="+", metavar="PATH", type=Path)

    log = command("log", tr("record practice done away from the app"))
    log.add_argument("--activity", required=True, metavar="TEXT",
                     help=tr("what you did, e.g. 'walk'"))
    log.add_argument("--minutes", required=True, type=minutes, metavar="N")
    log.add_argument("--before", type=rating, metavar="T", help=tr("tension before, 0-10"))
    log.add_argument("--after", type=rating, metavar="T", help=tr("tension after, 0-10"))
    at = functools.partial(moment, now=now)
    at.__name__ = "moment"  # argparse names the type in its errors
    log.add_argument("--at", type=at, metavar="WHEN",
                     help=tr("ISO 8601 start time (default: now)"))
    log.add_argument("--note", metavar="TEXT")

    export = command("export", tr("write the whole history"))
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("-o", "--output", metavar="FILE", type=Path,
                        help=tr("write to FILE (default, or -: standard output)"))

    import_ = command("import", tr("add the sessions of a JSON export (twice adds nothing)"))
    import_.add_argument("file", metavar="FILE", type=Path)

    command("install-desktop", tr("add RelaxApp to the desktop's application menu (Linux), "
                                  "with quick actions for your favourite sessions"))

    report = command("report", tr("make a PDF report of your practice, tension and symptoms, "
                                  "to bring to a doctor or therapist"))
    report.add_argument("-o", "--output", required=True, metavar="FILE", type=Path,
                        help=tr("the PDF file to write"))
    report.add_argument("--days", type=positive_days, metavar="N",
                        help=tr("the last N days, today included (default: 91, the history's "
                                "3 months)"))
    report.add_argument("--from", dest="first", type=day, metavar="DATE",
                        help=tr("the first day, YYYY-MM-DD (instead of --days)"))
    report.add_argument("--to", dest="last", type=day, metavar="DATE",
                        help=tr("the last day, YYYY-MM-DD (default: today)"))
    report.add_argument("--notes", action="store_true",
                        help=tr("include your notes (they are private: left out unless asked)"))
    report.add_argument("--name", metavar="TEXT", help=tr("a name to print on it (never stored)"))
    report.add_argument("--paper", choices=("a4", "letter"),
                        help=tr("the paper size (default: the one used where you live)"))

    stats = command("stats", tr("a short summary of your practice"))
    stats.add_argument("--days", type=positive_days, metavar="N", help=tr("only the last N days"))
    return parser


def main(argv: list[str] | None = None, now: Callable[[], datetime] = wall_now) -> int:
    """Runs the command in ``argv``; ``now`` is the wall clock (tests give a fixed one)."""
    argv = sys.argv[1:] if argv is None else argv
    use_environment_language()
    for stream in (sys.stdout, sys.stderr):  # a title in "café" under an ASCII locale
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = build_parser(commands=not opens_window_only(argv), now=now).parse_args(argv)
    args.now = now
    handlers = {None: run_app, "list": list_sessions, "validate": validate, "log": log_practice,
                "export": export, "import": import_export, "stats": stats,
                "install-desktop": install_desktop, "report": report}
    from relaxapp.storage.errors import StoreError

    try:
        return handlers[args.command](args)
    except (CommandError, StoreError) as error:
        print(f"relaxapp: {printable(str(error))}", file=sys.stderr)
        return EXIT_USAGE if isinstance(error, UsageError) else EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (relaxapp list | head -1): stop quietly, as Python's own
        # documentation advises, and keep the interpreter from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except OSError as error:  # the output cannot be written (/dev/full, a failing disk)
        where = f" ({error.filename})" if error.filename else " (writing the output)"
        print(f"relaxapp: {printable(error.strerror or str(error))}{where}", file=sys.stderr)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush
        return EXIT_FAILURE


def use_environment_language(environ=os.environ) -> str:
    """Speak the language of the environment, as command-line programs do: the first of
    LANGUAGE (a list, unless the locale is C), LC_ALL, LC_MESSAGES and LANG that the app has
    a translation for (relaxapp.core.ts_file: no Qt loaded). Returns its code."""
    from relaxapp.core import language

    locale = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG")
                   if environ.get(name)), "")
    tags = [] if locale in ("C", "POSIX") else environ.get("LANGUAGE", "").split(":")
    for tag in [*tags, locale]:
        code = tag.split(".")[0].replace("_", "-").split("-")[0].lower()
        if code == language.SOURCE_LANGUAGE:
            break
        if code in language.LANGUAGES:  # else the next one the person named
            import xml.etree.ElementTree as ET

            from relaxapp.core import ts_file

            try:
                translator = ts_file.read(resources.translation(code, "ts"), code)
            except (OSError, ET.ParseError):
                break  # in English, then
            language.install(translator, code)
            return code
    language.install(None)
    return language.SOURCE_LANGUAGE


# Control characters, and the bidirectional overrides and isolates that can make a line
# read in an order other than its own (U+202A-U+202E, U+2066-U+2069).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text from files and the log, safe to print: control characters (which can move the
    cursor, retitle or clear a terminal) are shown as escapes, and so is anything that
    cannot be encoded."""
    text = _CONTROL.sub(lambda match: match.group().encode("unicode_escape").decode(), text)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _data_dir(args: argparse.Namespace) -> Path:
    try:
        return paths.data_dir(getattr(args, "data_dir", None))
    except ValueError as error:
        raise UsageError(str(error)) from None


def load_user_library(data_dir: Path) -> Library:
    """The bundled sessions and the user's own; creates the user's folder if it can."""
    from relaxapp.core.library import load_library

    try:
        paths.ensure_data_dir(data_dir)
    except OSError:
        pass  # a read-only place still lists what is there
    return load_library(resources.sessions_dir(), paths.user_sessions_dir(data_dir))


def unreachable_display(env) -> str | None:
    """Why the X display in DISPLAY cannot be reached, if it plainly cannot (a local display
    with no server's socket): Qt would abort with a page of plugin names. None otherwise."""
    display = env.get("DISPLAY", "")
    if env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return None
    found = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if not found or not sys.platform.startswith("linux"):
        return None  # a remote display, or another system: Qt is left to try
    sockets = Path("/tmp/.X11-unix")
    if not sockets.is_dir() or (sockets / f"X{found.group(1)}").exists():
        return None  # there, or no folder to tell by (a sandbox): Qt is left to try
    return tr("no X server is running on the display {display} (DISPLAY); start RelaxApp "
              "from a desktop session, or set DISPLAY to one that is running").format(
        display=display)


def run_app(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not any(
            os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        # Qt would abort with a page of plugin names; say it plainly instead.
        raise CommandError(tr("no display to open the window on (neither DISPLAY nor "
                              "WAYLAND_DISPLAY is set); start RelaxApp from a desktop session"))
    if (unreachable := unreachable_display(os.environ)) is not None:
        raise CommandError(unreachable)
    try:
        from relaxapp.ui.shell.app import run
    except ImportError as error:  # e.g. a system library Qt needs is missing
        raise CommandError(tr("the window cannot open: {reason} (scripts/setup installs what "
                              "Qt needs)").format(reason=error)) from None
    stand_in = None
    if getattr(args, "heart_from", None):
        from relaxapp.heart.stand_in import StandIn

        try:
            stand_in = StandIn.from_choice(args.heart_from)
        except ValueError as error:
            raise CommandError(str(error)) from None
        except OSError as error:
            from relaxapp.core.files import describe

            raise CommandError(f"{args.heart_from}: {describe(error)}") from None
    return run(_data_dir(args), args.start, minimized=getattr(args, "minimized", False),
               heart_stand_in=stand_in)


def install_desktop(args: argparse.Namespace) -> int:
    from relaxapp.desktop import install

    try:
        entry = install(_data_dir(args))
    except OSError as error:
        raise CommandError(tr("cannot add RelaxApp to the menu: {reason}").format(
            reason=describe(error))) from None
    print(tr("Installed {entry} and the RelaxApp icon.").format(entry=entry))
    return EXIT_OK


def list_sessions(args: argparse.Namespace) -> int:
    library = load_user_library(_data_dir(args))
    for session in library.sessions:
        script = session.script
        print(f"{script.id}\t{script.kind}\t{script.planned_minutes:.1f}\t"
              f"{printable(script.title)}\t{session.origin}")
    _print_problems(library.problems, sys.stderr)
    return EXIT_OK


def validate(args: argparse.Namespace) -> int:
    from relaxapp.core.library import load_files, script_files
    from relaxapp.core.scripts import Problem

    to_check: list[Path] = []
    problems: list[Problem] = []
    for path in args.paths:
        try:
            is_folder = stat.S_ISDIR(path.stat().st_mode)
        except OSError as error:  # missing, a symbolic link loop, no permission
            problems.append(Problem(str(path), describe(error)))
            continue
        if is_folder:
            try:
                to_check.extend(script_files(path))
            except OSError as error:
                problems.append(Problem(str(path), tr("cannot read the folder: {reason}").format(
                    reason=describe(error))))
        else:
            to_check.append(path)
    loaded = []
    # One library a folder: ids repeat across a session's translations, one a language.
    for folder in dict.fromkeys(path.parent for path in to_check):
        found, load_problems = load_files([p for p in to_check if p.parent == folder], "user")
        loaded += found
        problems.extend(load_problems)
    problems.extend(_translation_problems(loaded))
    _print_problems(problems, sys.stdout)
    # Valid, but the voice would mislead or make the session wait: said, not refused.
    from relaxapp.core.guidance import timing_warnings

    warnings = [Problem(str(session.path), tr("warning: {message}").format(message=message),
                        place)
                for session in loaded for place, message in timing_warnings(session.script)]
    _print_problems(warnings, sys.stdout)
    invalid = len({problem.file for problem in problems})
    checked = len(to_check)
    if not to_check and not problems:
        print(tr("No session files found (a session file's name ends in .json): nothing was "
                 "checked."))
        return EXIT_FAILURE
    checked_text = tr("%n file(s) checked", None, checked)
    result = tr("all valid") if not problems else tr("%n with problems", None, invalid)
    if warnings:
        print(tr("{checked}: {result} ({warnings} on the spoken guidance).").format(
            checked=checked_text, result=result, warnings=tr("%n warning(s)", None, len(warnings))))
    else:
        print(tr("{checked}: {result}.").format(checked=checked_text, result=result))
    return EXIT_FAILURE if problems else EXIT_OK


def _translation_problems(loaded) -> list:
    """A file in a folder named for a language, beside a session of its name, is that
    session's translation: checked against it (words only may differ)."""
    from relaxapp.core.scripts import ScriptError, load_script
    from relaxapp.core.translations import check_translation

    found = []
    for session in loaded:
        original = session.path.parent.parent / session.path.name
        folder = session.path.parent.name
        if not (2 <= len(folder.split("-")[0]) <= 3 and folder.replace("-", "").isalpha()) \
                or not original.is_file():
            continue
        try:
            found += check_translation(load_script(original), session.script,
                                       str(session.path))
        except ScriptError:
            pass  # the original's own problems are its own, reported when it is checked
    return found


def _print_problems(problems: list[Problem], stream) -> None:
    for problem in problems:
        print(printable(str(problem)), file=stream)


# ------------------------------------------------------------------ the log


def _open_store(args: argparse.Namespace):
    from relaxapp.storage.log import open_store

    return open_store(_data_dir(args))


def log_practice(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        try:
            record = store.log_practice(activity=args.activity, minutes=args.minutes, at=args.at,
                                        tension_before=args.before, tension_after=args.after,
                                        note=args.note)
        except ValueError as error:
            print(f"relaxapp log: {printable(str(error))}", file=sys.stderr)
            return EXIT_USAGE
    from relaxapp.core.wording import duration_text

    ratings = ""
    if record.tension_before is not None or record.tension_after is not None:
        show = lambda value: "-" if value is None else str(value)  # noqa: E731
        ratings = tr(", tension {before} -> {after}").format(
            before=show(record.tension_before), after=show(record.tension_after))
    print(tr("Saved: {title}, {duration} on {when}{ratings} ({uid}).").format(
        title=printable(record.title), duration=duration_text(record.practiced_seconds),
        when=record.started_at[:16].replace("T", " "), ratings=ratings, uid=record.uid))
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    from relaxapp.storage.exchange import write_csv, write_json

    write = write_csv if args.format == "csv" else write_json
    with _open_store(args) as store:  # written as read: a million sessions are not held
        if args.output is None or str(args.output) == "-":  # "-o -": standard output
            try:
                write(store.iter_sessions(), sys.stdout)
                sys.stdout.flush()
            except BrokenPipeError:  # e.g. piped into head: quietly, and not a success
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                return EXIT_FAILURE
            return EXIT_OK
        written = []
        _write_file_whole(args.output, lambda stream: written.append(
            write(store.iter_sessions(), stream)))
    print(tr("Exported {sessions} to {path}.").format(sessions=plural(written[-1], "session"),
                                                     path=args.output), file=sys.stderr)
    return EXIT_OK


def _write_file_whole(path: Path, write, binary: bool = False) -> None:
    """Write through a temporary file and rename, so a full disk leaves no half file."""
    if path.exists() and not path.is_file():  # a device or a pipe: write straight to it
        text = {} if binary else {"encoding": "utf-8", "newline": ""}
        try:
            with path.open("wb" if binary else "w", **text) as stream:
                write(stream)
        except OSError as error:
            raise CommandError(_os_problem(error, path)) from None
        return
    try:
        files.write_streamed(path, write, binary=binary)
    except OSError as error:
        raise CommandError(_os_problem(error, path)) from None


def _os_problem(error: OSError, path: Path) -> str:
    import errno

    if error.errno == errno.ENOSPC:
        return tr("the disk is full; {path} was not written").format(path=path)
    return tr("cannot write {path}: {reason}").format(path=path, reason=error.strerror or error)


# The history's 3 months (13 weeks), so a report from the window and one from here agree.
REPORT_DAYS = 91


def report(args: argparse.Namespace) -> int:
    """The doctor's report, made without a display (Qt's offscreen platform)."""
    from relaxapp.core.report import DEFAULT_SECTIONS, Period

    today = args.now().date()
    if args.first is not None and args.days is not None:
        raise UsageError(tr("give --days or --from, not both"))
    try:
        if args.first is not None:
            period = Period(args.first, args.last or today)
        else:
            period = Period.last_days(args.days or REPORT_DAYS, args.last or today)
    except ValueError as error:
        raise CommandError(str(error)) from None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtGui import QGuiApplication, QPageSize

        from relaxapp.storage.report import gather
        from relaxapp.drawing.report_pdf import page_size_for, pdf_bytes
    except ImportError as error:
        raise CommandError(tr("the report cannot be made: {reason} (scripts/setup installs "
                              "what Qt needs)").format(reason=error)) from None
    application = QGuiApplication.instance() or QGuiApplication(["relaxapp"])
    application.setApplicationName("RelaxApp")
    sections = DEFAULT_SECTIONS | ({"notes"} if args.notes else set())
    with _open_store(args) as store:
        data = gather(store, period, today, sections, args.name or "")
    paper = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}.get(args.paper)
    pdf, pages = pdf_bytes(data, QPageSize(paper) if paper else page_size_for())
    _write_file_whole(args.output, lambda stream: stream.write(pdf), binary=True)
    if not data.sessions:
        print(tr("No sessions were logged from {period}; the report says so.").format(
            period=period.text()), file=sys.stderr)
    print(tr("Wrote {path}: {pages}, {period}, {sessions}.").format(
        path=args.output, pages=plural(pages, "page"), period=period.text(),
        sessions=plural(data.sessions, "session")), file=sys.stderr)
    return EXIT_OK


def import_export(args: argparse.Namespace) -> int:
    from relaxapp.storage.exchange import ImportFileError, import_file

    with _open_store(args) as store:
        try:
            added, present = import_file(store, args.file, args.now())
        except ImportFileError as error:
            raise CommandError(str(error)) from None
    if present:
        print(tr("Imported {sessions} ({present} already in the log).").format(
            sessions=plural(added, "session"), present=present))
    else:
        print(tr("Imported {sessions}.").format(sessions=plural(added, "session")))
    return EXIT_OK


def stats(args: argparse.Namespace) -> int:
    from relaxapp.core.stats import summarize
    from relaxapp.core.wording import duration_text
    today = args.now()
    since = None
    if args.days:
        since = datetime.combine(today.date() - timedelta(days=args.days - 1), time(0),
                                 tzinfo=today.tzinfo)
    with _open_store(args) as store:  # read as they are summed: a million are not held
        summary = summarize(store.practice_entries(since), today.date(),
                            store.practice_entries() if since is not None else None)
    if args.days == 1:
        span = tr("today")
    elif args.days:
        span = tr("the last %n days", None, args.days)
    else:
        span = tr("all time")
    lines = [tr("RelaxApp practice, {span}:").format(span=span)]
    if not summary.sessions:
        lines.append("  " + tr("No sessions yet. 'relaxapp' starts one; 'relaxapp log' records "
                               "practice done elsewhere."))
        print("\n".join(lines))
        return EXIT_OK

    def average(value, count):
        return tr("{value} on average ({count} rated)").format(
            value=decimal(value), count=count) if value is not None else tr("not rated")

    rows = [
        (tr("Sessions:"), tr("{sessions} ({completed} completed)").format(
            sessions=summary.sessions, completed=summary.completed)),
        (tr("Time practised:"), duration_text(summary.practiced_seconds)),
        (tr("Tension before:"), average(summary.average_before, summary.rated_before)),
        (tr("Tension after:"), average(summary.average_after, summary.rated_after)),
    ]
    if summary.average_relief is not None:
        relief = summary.average_relief
        text = tr("{points} points lower after than before, on average ({sessions} rated both "
                  "times)") if relief >= 0 else \
            tr("{points} points higher after than before, on average ({sessions} rated both "
               "times)")
        rows.append((tr("Relief:"), text.format(points=decimal(abs(relief)),
                                                sessions=plural(summary.rated_both, "session"))))
    longest = tr("longest ever: {days}") if since is None else tr("longest in {span}: {days}")
    rows.append((tr("Current streak:"), "{} ({})".format(
        plural(summary.current_streak, "day"),
        longest.format(span=span, days=plural(summary.longest_streak, "day")))))
    width = max(len(label) for label, _ in rows) + 2  # the figures in one column
    lines += [f"  {label:<{width}}  {value}" for label, value in rows]
    print("\n".join(lines))
    return EXIT_OK


