"""``atelier ics ID -o BESTAND.ics``: the routemap's dates (besluitmomenten, mijlpalen, action
deadlines) as a calendar file for an agenda (Outlook, Google, Apple)."""

from __future__ import annotations

import argparse
from pathlib import Path

from atelier.cli.common import CliError, add_command, atelier_id, open_existing
from atelier.translation import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "ics",
        _("schrijf de besluitmomenten, mijlpalen en deadlines van de routemap als agendabestand"),
        run,
    )
    parser.add_argument("id", metavar="ID", type=atelier_id, help=_("het id uit 'atelier list'"))
    parser.add_argument(
        "-o",
        "--output",
        metavar=_("BESTAND.ics"),
        type=Path,
        required=True,
        help=_("het agendabestand om te maken (een bestaand bestand wordt vervangen)"),
    )
    parser.add_argument(
        "--no-names", action="store_true", help=_("laat de namen van deelnemers weg (privacy)")
    )


def run(args: argparse.Namespace) -> int:
    from atelier.atomic_file import FileWriteError, write_atomically
    from atelier.report.calendar_ics import routemap_calendar, routemap_events
    from atelier.services.routemap.report_data import collect_report_data

    path = Path(args.output).expanduser()
    if path.suffix.lower() != ".ics":
        raise CliError(
            _("'{name}' is geen agendabestand: laat de naam op .ics eindigen.").format(
                name=path.name
            )
        )
    database = open_existing(args)
    try:
        with database.transaction() as session:
            data = collect_report_data(session, args.id)
    finally:
        database.close()
    try:
        write_atomically(path, routemap_calendar(data, names=not args.no_names))
    except FileWriteError as error:
        raise CliError(str(error)) from None
    count = len(routemap_events(data))
    print(
        _("{count} data uit de routemap van atelier {id} staan in '{path}'.").format(
            count=count, id=args.id, path=path
        )
    )
    return 0
