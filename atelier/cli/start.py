"""``atelier [--db PAD|ADRES] [--demo]``: start the app window, on an atelier file or in a team
archive (PostgreSQL: colleagues work in it at the same time)."""

from __future__ import annotations

import argparse
import sys

from atelier.cli.common import CliError, archive_address, database_path
from atelier.translation import _


def run(args: argparse.Namespace) -> int:
    where = archive_address(args)
    if where is not None and args.demo:
        raise CliError(
            _(
                "De demo opent in een atelierbestand op deze laptop, niet in een "
                "teamarchief: laat --demo weg, of kies met --db een bestand."
            )
        )
    try:
        from atelier.ui.app import run as run_app
    except ImportError as error:
        print(
            _(
                "atelier: het venster kan niet starten: Qt is niet goed geïnstalleerd ({error})."
            ).format(error=error),
            file=sys.stderr,
        )
        return 1
    if where is None:
        return run_app(database_path(args), args.demo)
    from atelier.storage.archive.address import ArchiveAddress
    from atelier.storage.errors import StorageError

    try:
        address = ArchiveAddress.parse(where)
    except StorageError as error:
        raise CliError(str(error)) from None
    return run_app(address, False)
