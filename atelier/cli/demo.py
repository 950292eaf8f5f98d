"""``atelier demo``: add the fictional demo atelier without opening a window; print its id."""

from __future__ import annotations

import argparse

from atelier.cli.common import add_command, close_after_writing, open_for_writing
from atelier.translation import _


def register(subparsers: argparse._SubParsersAction) -> None:
    add_command(
        subparsers,
        "demo",
        _("maak het demo-atelier (Gemeente Veldwijk, wijk Zonnehoek) en toon het id"),
        run,
    )


def run(args: argparse.Namespace) -> int:
    from atelier.interchange.demo import create_demo_atelier

    database = open_for_writing(args)
    try:
        with database.transaction() as session:
            atelier_id = create_demo_atelier(session)
    finally:
        close_after_writing(database)
    print(atelier_id)
    return 0
