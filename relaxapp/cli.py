"""The ``relaxapp`` command: starts the app, or runs one of the commands.

Errors are one sentence on standard error, never a traceback; exit status 1 is
a failure, 2 a usage error (see cli-and-data.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from relaxapp import __version__, paths, resources
from relaxapp.core.library import Library, load_files, load_library, script_files
from relaxapp.core.scripts import Problem

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A failure to report as one sentence, with exit status 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relaxapp",
        description="Paced breathing and progressive muscle relaxation. "
                    "With no command, opens the app.",
    )
    data_dir_help = "the folder for your log and your own sessions " \
                    f"(default: ${paths.DATA_DIR_ENV} or the platform's data folder)"
    parser.add_argument("--data-dir", metavar="DIR", help=data_dir_help)
    parser.add_argument("--start", metavar="ID", help="open the app straight into session ID")
    parser.add_argument("--version", action="version", version=f"relaxapp {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        # SUPPRESS keeps a --data-dir given before the command name.
        sub.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                         help=data_dir_help)
        return sub

    command("list", "list the sessions: id, kind, planned minutes, title, bundled or user")
    validate = command("validate", "check session scripts (files or folders)")
    validate.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {None: run_app, "list": list_sessions, "validate": validate}
    try:
        return handlers[args.command](args)
    except CommandError as error:
        print(f"relaxapp: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130


def _data_dir(args: argparse.Namespace) -> Path:
    return paths.data_dir(getattr(args, "data_dir", None))


def load_user_library(data_dir: Path) -> Library:
    """The bundled sessions and the user's own; creates the user's folder if it can."""
    try:
        paths.ensure_data_dir(data_dir)
    except OSError:
        pass  # a read-only place still lists what is there
    return load_library(resources.sessions_dir(), paths.user_sessions_dir(data_dir))


def run_app(args: argparse.Namespace) -> int:
    print("relaxapp: the RelaxApp window is not in this version yet; "
          "'relaxapp list' shows the sessions.", file=sys.stderr)
    return EXIT_FAILURE


def list_sessions(args: argparse.Namespace) -> int:
    library = load_user_library(_data_dir(args))
    for session in library.sessions:
        script = session.script
        print(f"{script.id}\t{script.kind}\t{script.planned_minutes:.1f}\t"
              f"{script.title}\t{session.origin}")
    _print_problems(library.problems, sys.stderr)
    return EXIT_OK


def validate(args: argparse.Namespace) -> int:
    files: list[Path] = []
    problems: list[Problem] = []
    for path in args.paths:
        if path.is_dir():
            try:
                files.extend(script_files(path))
            except OSError as error:
                problems.append(Problem(str(path), f"cannot read the folder: {error.strerror}"))
        elif path.exists():
            files.append(path)
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    loaded, load_problems = load_files(files, "user")
    problems.extend(load_problems)
    _print_problems(problems, sys.stdout)
    invalid = len({problem.file for problem in problems})
    checked = len(files)
    summary = f"{checked} file{'s' if checked != 1 else ''} checked"
    print(f"{summary}: {'all valid' if not problems else f'{invalid} with problems'}.")
    return EXIT_FAILURE if problems else EXIT_OK


def _print_problems(problems: list[Problem], stream) -> None:
    for problem in problems:
        print(problem, file=stream)
