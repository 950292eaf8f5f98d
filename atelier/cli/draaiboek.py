"""``atelier draaiboek ID -o BESTAND.pdf``: write the draaiboek of an atelier as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from atelier.cli.common import CliError, add_command, atelier_id, open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "draaiboek",
        "schrijf het draaiboek van een atelier (alle dagdelen, met tijden) als PDF",
        run,
    )
    parser.add_argument("id", metavar="ID", type=atelier_id, help="het id uit 'atelier list'")
    parser.add_argument(
        "-o",
        "--output",
        metavar="BESTAND.pdf",
        type=Path,
        required=True,
        help="het PDF-bestand om te maken (een bestaand bestand wordt vervangen)",
    )


def run(args: argparse.Namespace) -> int:
    from atelier.services.draaiboek import write_draaiboek

    path = Path(args.output).expanduser()
    if path.suffix.lower() != ".pdf":
        raise CliError(f"'{path.name}' is geen PDF-bestandsnaam: laat de naam op .pdf eindigen.")
    database = open_existing(args)
    try:
        with database.transaction() as session:
            count = write_draaiboek(session, args.id, path)
    finally:
        database.close()
    print(f"Het draaiboek van atelier {args.id} ({count} werkvormen) staat in '{path}'.")
    return 0
