"""``atelier csv ID --actions A.csv --notes N.csv``: actions and notes for Dutch Excel."""

from __future__ import annotations

import argparse
from pathlib import Path

from atelier.cli.common import CliError, add_command, atelier_id, open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "csv",
        "schrijf de acties en/of de notities van een atelier als CSV voor Excel",
        run,
    )
    parser.add_argument("id", metavar="ID", type=atelier_id, help="het id uit 'atelier list'")
    parser.add_argument("--actions", metavar="ACTIES.csv", type=Path, help="de actielijst")
    parser.add_argument("--notes", metavar="NOTITIES.csv", type=Path, help="alle notities")
    parser.add_argument(
        "--no-names", action="store_true", help="laat de namen van deelnemers weg (privacy)"
    )


def run(args: argparse.Namespace) -> int:
    from atelier.atomic_file import FileWriteError
    from atelier.report.csv_export import actions_csv, notes_csv, write_csv
    from atelier.services.routemap.report_data import collect_report_data

    if args.actions is None and args.notes is None:
        raise CliError("Geef --actions BESTAND.csv en/of --notes BESTAND.csv.")
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
            written.append(f"{len(data.routemap.actions)} acties in '{path}'")
        if args.notes is not None:
            path = Path(args.notes).expanduser()
            write_csv(path, notes_csv(data))
            written.append(f"{data.note_count} notities in '{path}'")
    except FileWriteError as error:
        raise CliError(str(error)) from None
    print("Geschreven: " + " en ".join(written) + ".")
    return 0
