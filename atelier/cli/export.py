"""``atelier export ID BESTAND.json``: write one atelier to an interchange file."""

from __future__ import annotations

import argparse
from pathlib import Path

from atelier.cli.common import add_command, atelier_id, open_existing
from atelier.translation import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "export",
        _("schrijf een atelier naar een JSON-bestand (zie docs/format.md)"),
        run,
    )
    parser.add_argument("id", metavar="ID", type=atelier_id, help=_("het id uit 'atelier list'"))
    parser.add_argument(
        "file", metavar=_("BESTAND.json"), type=Path, help=_("het bestand om te maken")
    )


def run(args: argparse.Namespace) -> int:
    from atelier.interchange.export import document_text, export_atelier, write_atomically

    database = open_existing(args)
    try:
        with database.transaction() as session:
            document = export_atelier(session, args.id)
    finally:
        database.close()
    path = Path(args.file).expanduser()
    write_atomically(path, document_text(document))
    print(_("Atelier {id} is geëxporteerd naar '{path}'.").format(id=args.id, path=path))
    return 0
