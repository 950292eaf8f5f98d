"""``atelier [--db PAD] [--demo]``: start the app window."""

from __future__ import annotations

import argparse
import sys

from atelier.cli.common import database_path


def run(args: argparse.Namespace) -> int:
    try:
        from atelier.ui.app import run as run_app
    except ImportError as error:
        print(
            f"atelier: het venster kan niet starten: Qt is niet goed geïnstalleerd ({error}).",
            file=sys.stderr,
        )
        return 1
    return run_app(database_path(args), args.demo)
