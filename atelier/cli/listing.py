"""``atelier list``: the ateliers in the file, most recently changed first."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from atelier.cli.common import (
    add_command,
    archive_address,
    database_path,
    open_existing,
    shown_archive,
)
from atelier.translation import N_, _

MAX_COLUMN = 40
HEADERS = (
    N_("Id"),
    N_("Titel"),
    N_("Gemeente"),
    N_("Wijk"),
    N_("Notities"),
    N_("Laatst gewijzigd"),
)


def register(subparsers: argparse._SubParsersAction) -> None:
    add_command(subparsers, "list", _("toon de ateliers in het atelierbestand"), run)


def run(args: argparse.Namespace) -> int:
    address = archive_address(args)
    where = shown_archive(address) if address is not None else str(database_path(args))
    if address is None and not database_path(args).exists():
        print(_("Nog geen ateliers: '{where}' bestaat nog niet.").format(where=where))
        return 0
    from atelier.services.ateliers import list_ateliers

    database = open_existing(args)
    try:
        with database.transaction() as session:
            ateliers = list_ateliers(session)
    finally:
        database.close()
    if not ateliers:
        print(_("Nog geen ateliers in '{where}'.").format(where=where))
        return 0
    rows = [
        (
            str(a.id),
            short(a.titel),
            short(a.gemeente),
            short(a.wijk),
            str(a.note_count),
            local_time(a.updated_at),
        )
        for a in ateliers
    ]
    print(format_table([_(header) for header in HEADERS], rows, right_aligned={0, 4}))
    return 0


def format_table(
    headers: tuple[str, ...], rows: list[tuple[str, ...]], right_aligned: set[int]
) -> str:
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]

    def line(cells: tuple[str, ...]) -> str:
        padded = (
            cell.rjust(width) if i in right_aligned else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        )
        return "  ".join(padded).rstrip()

    return "\n".join(line(row) for row in [headers, *rows])


def short(text: str) -> str:
    text = " ".join(text.split())  # line breaks and tabs would break the columns
    return text if len(text) <= MAX_COLUMN else text[: MAX_COLUMN - 1] + "…"


def local_time(moment: datetime) -> str:
    return moment.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")
