"""``atelier import BESTAND.json``: add the atelier in an interchange file; print its new id."""

from __future__ import annotations

import argparse
from pathlib import Path

from atelier.cli.common import add_command, close_after_writing, open_for_writing
from atelier.translation import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers, "import", _("lees een atelier uit een JSON-bestand en toon het nieuwe id"), run
    )
    parser.add_argument(
        "file", metavar=_("BESTAND.json"), type=Path, help=_("het bestand om te lezen")
    )


def run(args: argparse.Namespace) -> int:
    from atelier.interchange.importer import add_checked, check_document
    from atelier.interchange.reading import read_document

    path = Path(args.file).expanduser()
    # A file is read and checked whole before the database is opened (or backed up).
    checked = check_document(read_document(path), path.name)
    database = open_for_writing(args)
    try:
        with database.transaction() as session:
            atelier_id = add_checked(session, checked)
    finally:
        close_after_writing(database)
    print(atelier_id)
    return 0
