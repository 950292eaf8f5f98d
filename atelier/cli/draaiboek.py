"""``atelier draaiboek ID -o BESTAND.pdf``: write the draaiboek of an atelier as PDF."""

from __future__ import annotations

import argparse

from atelier.cli.common import add_command, add_pdf_output, atelier_id, open_existing, pdf_output
from atelier.translation import _, ngettext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "draaiboek",
        _("schrijf het draaiboek van een atelier (alle dagdelen, met tijden) als PDF"),
        run,
    )
    parser.add_argument("id", metavar="ID", type=atelier_id, help=_("het id uit 'atelier list'"))
    add_pdf_output(parser)


def run(args: argparse.Namespace) -> int:
    from atelier.services.draaiboek import write_draaiboek

    path = pdf_output(args)
    database = open_existing(args)
    try:
        with database.transaction() as session:
            count = write_draaiboek(session, args.id, path)
    finally:
        database.close()
    print(
        ngettext(
            "Het draaiboek van atelier {id} ({count} werkvorm) staat in '{path}'.",
            "Het draaiboek van atelier {id} ({count} werkvormen) staat in '{path}'.",
            count,
        ).format(id=args.id, count=count, path=path)
    )
    return 0
