"""``atelier [--db PAD] [--demo]``: start the app window."""

from __future__ import annotations

import argparse
import sys

from atelier.cli.common import CliError, archive_address, database_path


def run(args: argparse.Namespace) -> int:
    if archive_address(args) is not None:
        raise CliError(
            "Het venster werkt in een atelierbestand op deze laptop, ook zonder netwerk. Een "
            "teamarchief opent u in het venster met Bestand → Teamarchief… (meenemen en "
            "terugzetten), of met atelier archief, meenemen en terugzetten."
        )
    try:
        from atelier.ui.app import run as run_app
    except ImportError as error:
        print(
            f"atelier: het venster kan niet starten: Qt is niet goed geïnstalleerd ({error}).",
            file=sys.stderr,
        )
        return 1
    return run_app(database_path(args), args.demo)
