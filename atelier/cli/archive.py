"""The team archive on the command line:

- ``atelier archief ADRES``: what the archive holds, with versions and who changed what when;
- ``atelier meenemen ID ADRES``: take the archive's atelier ID along into the laptop's file;
- ``atelier terugzetten ID [ADRES]``: write the laptop's atelier ID back (to the archive it
  came from when no address is given), ``--beide-bewaren`` to keep both after a colleague's
  newer version.

The password is never on the command line's output: give it in the address, or (better) in
libpq's password file (``~/.pgpass``, on Windows ``%APPDATA%\\postgresql\\pgpass.conf``).
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from atelier.cli.common import (
    CliError,
    add_command,
    atelier_id,
    close_after_writing,
    open_existing,
    open_for_writing,
    shown_archive,
)
from atelier.cli.listing import format_table, local_time, short
from atelier.translation import N_, _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")

ADDRESS_HELP = N_("het teamarchief: postgresql://gebruiker@server/database")
WHO_HELP = N_("uw naam in de geschiedenis van het archief (standaard: uw gebruikersnaam)")


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = add_command(
        subparsers,
        "archief",
        _("toon de ateliers in een teamarchief, met wie wat wanneer"),
        run_list,
    )
    listing.add_argument("address", metavar=_("ADRES"), help=_(ADDRESS_HELP))
    taking = add_command(
        subparsers, "meenemen", _("neem een atelier uit het teamarchief mee naar deze laptop"), take
    )
    taking.add_argument("id", metavar="ID", type=atelier_id, help=_("het id in het archief"))
    taking.add_argument("address", metavar=_("ADRES"), help=_(ADDRESS_HELP))
    taking.add_argument("--als", metavar=_("NAAM"), dest="who", help=_(WHO_HELP))
    back = add_command(
        subparsers,
        "terugzetten",
        _("zet een atelier van deze laptop terug in het teamarchief"),
        put,
    )
    back.add_argument("id", metavar="ID", type=atelier_id, help=_("het id op deze laptop"))
    back.add_argument(
        "address",
        metavar=_("ADRES"),
        nargs="?",
        help=_("{address_help} (standaard: waar het vandaan kwam)").format(
            address_help=_(ADDRESS_HELP)
        ),
    )
    back.add_argument("--als", metavar=_("NAAM"), dest="who", help=_(WHO_HELP))
    back.add_argument(
        "--beide-bewaren",
        dest="keep_both",
        action="store_true",
        help=_("is het archief intussen gewijzigd: bewaar deze versie ernaast"),
    )


def run_list(args: argparse.Namespace) -> int:
    from atelier.archive.listing import archive_entries

    entries = in_archive(args.address, archive_entries)
    if not entries:
        print(
            _("Nog geen ateliers in {shown_archive}.").format(
                shown_archive=shown_archive(args.address)
            )
        )
        return 0
    headers = ("Id", "Titel", "Gemeente", "Notities", "Versie", _("Gewijzigd door"), "Op")
    rows = [
        (
            str(e.id),
            short(e.titel),
            short(e.gemeente),
            str(e.note_count),
            str(e.version),
            short(e.changed_by or "–"),
            local_time(e.changed_at),
        )
        for e in entries
    ]
    print(format_table(headers, rows, right_aligned={0, 3, 4}))
    return 0


def take(args: argparse.Namespace) -> int:
    from atelier.archive.carrying import take_along

    archive = open_archive_at(args.address)
    try:
        laptop = open_for_writing(args)
        try:
            local_id = take_along(archive, args.id, laptop, who_of(args))
        finally:
            close_after_writing(laptop)
    finally:
        archive.close()
    print(
        _("Atelier {id} is meegenomen als atelier {local_id} op deze laptop.").format(
            id=args.id, local_id=local_id
        )
    )
    return 0


def put(args: argparse.Namespace) -> int:
    from atelier.archive.carrying import write_back

    address = args.address or _origin(args)
    archive = open_archive_at(address)
    try:
        laptop = open_for_writing(args)
        try:
            done = write_back(laptop, args.id, archive, who_of(args), keep_both=args.keep_both)
        finally:
            close_after_writing(laptop)
    finally:
        archive.close()
    where = _("in {shown_archive}").format(shown_archive=shown_archive(address))
    if done.kept_both:
        print(
            _("Naast de nieuwere versie bewaard als atelier {archive_id} {where}.").format(
                archive_id=done.archive_id, where=where
            )
        )
    else:
        print(
            _("Teruggezet als atelier {archive_id}, versie {version}, {where}.").format(
                archive_id=done.archive_id, version=done.version, where=where
            )
        )
    return 0


def _origin(args: argparse.Namespace) -> str:
    """The archive the laptop's atelier came from (its address without password: libpq's
    password file supplies it)."""
    from atelier.storage import models

    laptop = open_existing(args)
    try:
        with laptop.transaction() as session:
            atelier = session.get(models.Atelier, args.id)
            address = atelier.archive_address if atelier is not None else None
    finally:
        laptop.close()
    if address is None:
        raise CliError(
            _(
                "Atelier {id} komt niet uit een teamarchief. Geef het adres van "
                "het archief: atelier terugzetten {id} "
                "postgresql://gebruiker@server/database"
            ).format(id=args.id)
        )
    return address


def in_archive(address: str, work: Callable[[Session], T]) -> T:
    """``work`` in one transaction on the team archive at ``address``, closed after it."""
    archive = open_archive_at(address)
    try:
        with archive.transaction() as session:
            return work(session)
    finally:
        archive.close()


def open_archive_at(address: str):  # -> ArchiveDatabase
    from atelier.storage.archive.database import open_archive

    return open_archive(address)


def who_of(args: argparse.Namespace) -> str:
    if args.who:
        return str(args.who)
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name to be found (some containers)
        return "onbekend"
