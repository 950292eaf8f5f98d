"""Entry point of ``atelier`` (and ``python -m atelier``).

``atelier [--db PAD] [--demo]`` starts the app; the subcommands work without a window. To add a
subcommand, write a module with ``register(subparsers)`` (see ``demo.py``) and list it in
``commands()``. Starting the window reads its two options without importing the subcommands'
modules (the window paints ~15 ms sooner); anything else goes through the full parser.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from atelier import APP_NAME, __version__
from atelier.cli import start
from atelier.cli.common import add_db_option, is_user_error, restore_advice
from atelier.translation import LANGUAGE_VARIABLE, SOURCE_LANGUAGE, _, use_language


def commands() -> tuple[ModuleType, ...]:
    """The subcommands' modules, in the order --help lists them (imported here, when a command
    or the help is asked for, not when the window starts)."""
    from atelier.cli import (
        archive,
        blueprints,
        csv_export,
        demo,
        draaiboek,
        export,
        ics,
        importing,
        listing,
        report,
        restore,
    )

    return (
        demo,
        listing,
        export,
        importing,
        report,
        draaiboek,
        csv_export,
        ics,
        restore,
        archive,
        blueprints,
    )


def build_parser() -> argparse.ArgumentParser:
    from atelier.cli.parser import DutchArgumentParser

    parser = DutchArgumentParser(
        prog="atelier",
        usage=_("%(prog)s [-h] [--version] [--db PAD] [--demo] [OPDRACHT ...]"),
        description=_(
            "{app_name}: plan, draai en verslag een Vertragingsatelier. Zonder "
            "opdracht start het venster."
        ).format(app_name=APP_NAME),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=_("toon het versienummer en stop"),
    )
    add_db_option(parser, default=None)
    parser.add_argument(
        "--demo", action="store_true", help=_("open het demo-atelier in het venster")
    )
    subparsers = parser.add_subparsers(
        dest="command",
        title=_("opdrachten"),
        metavar=_("OPDRACHT"),
        parser_class=DutchArgumentParser,
    )
    for command in commands():
        command.register(subparsers)
    parser.set_defaults(run=start.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")  # a title with emoji on a cp1252 console
    use_language(os.environ.get(LANGUAGE_VARIABLE, SOURCE_LANGUAGE))
    args = window_start(sys.argv[1:] if argv is None else list(argv))
    if args is None:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
            if args.command is not None and args.demo:
                parser.error(
                    _("--demo hoort bij het starten van het venster, niet bij een opdracht")
                )
        except SystemExit as stop:
            return stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 2
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print(_("atelier: afgebroken."), file=sys.stderr)
        return 130
    except Exception as error:
        if not is_user_error(error):
            raise
        print(f"atelier: {error}{restore_advice(error, args)}", file=sys.stderr)
        return 1


def window_start(arguments: list[str]) -> argparse.Namespace | None:
    """The arguments when they only start the window (``--db``, ``--demo``), read without the
    subcommands' modules; None for anything else (a command, help, the version, a mistake),
    which the full parser reads, with its messages."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    add_db_option(parser, default=None)
    parser.add_argument("--demo", action="store_true")
    try:
        args, rest = parser.parse_known_args(arguments)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    args.run = start.run
    return args
