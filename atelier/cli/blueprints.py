"""Blauwdrukken in the team archive on the command line:

- ``atelier blauwdrukken ADRES``: the archive's blauwdrukken;
- ``atelier publiceren ID ADRES --naam NAAM``: publish the programme of the laptop's atelier ID;
- ``atelier uit-blauwdruk BLAUWDRUK ADRES --titel TITEL``: a new atelier on the laptop from it.
"""

from __future__ import annotations

import argparse

from atelier.cli.archive import ADDRESS_HELP, WHO_HELP, in_archive, who_of
from atelier.cli.common import (
    add_command,
    atelier_id,
    close_after_writing,
    open_existing,
    open_for_writing,
    shown_archive,
)
from atelier.cli.listing import format_table, local_time, short
from atelier.translation import _


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = add_command(
        subparsers, "blauwdrukken", _("toon de blauwdrukken in een teamarchief"), run_list
    )
    listing.add_argument("address", metavar=_("ADRES"), help=_(ADDRESS_HELP))
    publishing = add_command(
        subparsers,
        "publiceren",
        _("zet het programma van een atelier als blauwdruk in het teamarchief"),
        publish,
    )
    publishing.add_argument(
        "id", metavar="ID", type=atelier_id, help=_("het atelier op deze laptop")
    )
    publishing.add_argument("address", metavar=_("ADRES"), help=_(ADDRESS_HELP))
    publishing.add_argument("--naam", required=True, help=_("de naam van de blauwdruk"))
    publishing.add_argument("--beschrijving", default="", help=_("waarvoor de blauwdruk dient"))
    publishing.add_argument(
        "--vervang", action="store_true", help=_("vervang een blauwdruk met die naam")
    )
    publishing.add_argument("--als", metavar=_("NAAM"), dest="who", help=_(WHO_HELP))
    starting = add_command(
        subparsers,
        "uit-blauwdruk",
        _("begin een nieuw atelier op deze laptop met een blauwdruk"),
        start,
    )
    starting.add_argument(
        "blueprint", metavar=_("BLAUWDRUK"), type=atelier_id, help=_("het id van de blauwdruk")
    )
    starting.add_argument("address", metavar=_("ADRES"), help=_(ADDRESS_HELP))
    starting.add_argument("--titel", required=True, help=_("de titel van het nieuwe atelier"))
    starting.add_argument("--gemeente", default="", help=_("de gemeente"))
    starting.add_argument("--wijk", default="", help=_("de wijk"))


def run_list(args: argparse.Namespace) -> int:
    from atelier.archive.blueprints import blueprint_entries

    entries = in_archive(args.address, blueprint_entries)
    if not entries:
        print(
            _("Nog geen blauwdrukken in {shown_archive}.").format(
                shown_archive=shown_archive(args.address)
            )
        )
        return 0
    headers = ("Id", "Naam", "Dagdelen", "Werkvormen", "Van", "Op")
    rows = [
        (
            str(e.id),
            short(e.naam),
            str(e.dagdelen),
            str(e.werkvormen),
            short(e.published_by),
            local_time(e.published_at),
        )
        for e in entries
    ]
    print(format_table(headers, rows, right_aligned={0, 2, 3}))
    return 0


def publish(args: argparse.Namespace) -> int:
    from atelier.archive import blueprints

    laptop = open_existing(args)
    try:
        with laptop.transaction() as session:
            programme = blueprints.published_programme(
                session, args.id, args.naam, args.beschrijving
            )
    finally:
        laptop.close()
    who = who_of(args)
    blueprint_id = in_archive(
        args.address, lambda s: blueprints.publish(s, programme, who, replace=args.vervang)
    )
    print(
        _("Blauwdruk '{naam}' staat in het teamarchief (id {blueprint_id}).").format(
            naam=programme.naam, blueprint_id=blueprint_id
        )
    )
    return 0


def start(args: argparse.Namespace) -> int:
    from atelier.archive.blueprints import blueprint_programme
    from atelier.services.ateliers import create_atelier

    programme = in_archive(args.address, lambda s: blueprint_programme(s, args.blueprint))
    laptop = open_for_writing(args)
    try:
        with laptop.transaction() as session:
            new_id = create_atelier(
                session, programme, titel=args.titel, gemeente=args.gemeente, wijk=args.wijk
            )
    finally:
        close_after_writing(laptop)
    print(new_id)
    return 0
