"""Entry point of ``atelier`` (and ``python -m atelier``).

``atelier [--db PAD] [--demo]`` starts the app; the subcommands work without a window. To add a
subcommand, write a module with ``register(subparsers)`` (see ``demo.py``) and list it in
``COMMANDS``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from atelier import APP_NAME, __version__
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
    start,
)
from atelier.cli.common import add_db_option, is_user_error, restore_advice
from atelier.cli.parser import DutchArgumentParser
from atelier.translation import LANGUAGE_VARIABLE, SOURCE_LANGUAGE, _, use_language

COMMANDS = (
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
    for command in COMMANDS:
        command.register(subparsers)
    parser.set_defaults(run=start.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")  # a title with emoji on a cp1252 console
    use_language(os.environ.get(LANGUAGE_VARIABLE, SOURCE_LANGUAGE))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is not None and args.demo:
            parser.error(_("--demo hoort bij het starten van het venster, niet bij een opdracht"))
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
