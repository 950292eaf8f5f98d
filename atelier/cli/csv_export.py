"""``atelier csv ID --actions A.csv --notes N.csv``: actions and notes for Dutch Excel."""

from __future__ import annotations

import argparse
from pathlib import Path

from atelier.cli.common import CliError, add_command, atelier_id, open_existing
from atelier.translation import _, ngettext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "csv",
        _("schrijf de acties en/of de notities van een atelier als CSV voor Excel"),
        run,
    )
    parser.add_argument("id", metavar="ID", type=atelier_id, help=_("het id uit 'atelier list'"))
    parser.add_argument("--actions", metavar=_("ACTIES.csv"), type=Path, help=_("de actielijst"))
    parser.add_argument("--notes", metavar=_("NOTITIES.csv"), type=Path, help=_("alle notities"))
    parser.add_argument(
        "--no-names", action="store_true", help=_("laat de namen van deelnemers weg (privacy)")
    )


def run(args: argparse.Namespace) -> int:
    from atelier.atomic_file import FileWriteError
    from atelier.report.csv_export import actions_csv, notes_csv, write_csv
    from atelier.report.formatting import join_list
    from atelier.services.routemap.report_data import collect_report_data

    if args.actions is None and args.notes is None:
        raise CliError(_("Geef --actions BESTAND.csv en/of --notes BESTAND.csv."))
    database = open_existing(args)
    try:
        with database.transaction() as session:
            data = collect_report_data(session, args.id)
    finally:
        database.close()
    written = []
    try:
        if args.actions is not None:
            path = Path(args.actions).expanduser()
            write_csv(path, actions_csv(data, names=not args.no_names))
            written.append(
                ngettext(
                    "{count} actie in '{path}'",
                    "{count} acties in '{path}'",
                    len(data.routemap.actions),
                ).format(count=len(data.routemap.actions), path=path)
            )
        if args.notes is not None:
            path = Path(args.notes).expanduser()
            write_csv(path, notes_csv(data))
            written.append(
                ngettext(
                    "{count} notitie in '{path}'", "{count} notities in '{path}'", data.note_count
                ).format(count=data.note_count, path=path)
            )
    except FileWriteError as error:
        raise CliError(str(error)) from None
    print(_("Geschreven: {files}.").format(files=join_list(written)))
    return 0
