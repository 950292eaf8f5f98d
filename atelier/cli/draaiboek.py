"""``atelier draaiboek ID -o BESTAND.pdf``: write the draaiboek of an atelier as PDF."""

from __future__ import annotations

import argparse

from atelier.cli.common import add_command, add_pdf_output, atelier_id, open_existing, pdf_output


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "draaiboek",
        "schrijf het draaiboek van een atelier (alle dagdelen, met tijden) als PDF",
        run,
    )
    parser.add_argument("id", metavar="ID", type=atelier_id, help="het id uit 'atelier list'")
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
    print(f"Het draaiboek van atelier {args.id} ({count} werkvormen) staat in '{path}'.")
    return 0
