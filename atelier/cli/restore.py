"""``atelier restore [--backup BESTAND]``: put a backup back in place of the atelier file.

The file it replaces is never deleted: it is renamed to ``NAAM.vervangen-STEMPEL`` beside it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from atelier.cli.common import CliError, add_command, database_path
from atelier.translation import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "restore",
        _(
            "zet een reservekopie terug (standaard de nieuwste goede); het "
            "huidige bestand blijft bewaard"
        ),
        run,
    )
    parser.add_argument(
        "--backup",
        metavar=_("BESTAND"),
        type=Path,
        help=_("de reservekopie om terug te zetten (uit de map backups/ naast het atelierbestand)"),
    )


def run(args: argparse.Namespace) -> int:
    from atelier.storage.backups import Backups, backup_taken_at, is_good_backup
    from atelier.storage.errors import BackupInfo
    from atelier.storage.opening import restore_backup, set_aside_for_restore

    path = database_path(args).expanduser().absolute()
    backups = Backups(path)
    if args.backup is not None:
        chosen_path = Path(args.backup).expanduser().absolute()
        if not is_good_backup(chosen_path):
            raise CliError(
                _("'{chosen_path}' is geen goede reservekopie van Atelier.").format(
                    chosen_path=chosen_path
                )
            )
        chosen = BackupInfo(chosen_path, backup_taken_at(chosen_path))
    else:
        found = backups.newest_good(with_data=True) or backups.newest_good()
        if found is None:
            raise CliError(
                _("Er is geen goede reservekopie in '{folder}'.").format(folder=backups.folder)
            )
        chosen = found
    lock = _window_lock(path)
    try:
        aside = set_aside_for_restore(path)
        restore_backup(chosen, path).close()
    finally:
        lock.release()
    kept = (
        _(" Het vorige bestand is bewaard als '{name}'.").format(name=aside.name) if aside else ""
    )
    print(
        _("De reservekopie van {taken_at:%d-%m-%Y %H:%M} is teruggezet in '{path}'.{kept}").format(
            taken_at=chosen.taken_at, path=path, kept=kept
        )
    )
    return 0


def _window_lock(path: Path):  # -> atelier.ui.instance_lock.DatabaseLock
    """The window's lock on the file: a restore must not pull the file from under it."""
    from atelier.ui.instance_lock import DatabaseLock

    lock = DatabaseLock(path)
    if not lock.acquire():
        if lock.held_by_other():
            raise CliError(
                _(
                    "'{path}' is geopend in een Atelier-venster. Sluit dat venster "
                    "eerst; er is niets gewijzigd."
                ).format(path=path)
            )
        raise CliError(
            _("Atelier kan niet schrijven in de map '{parent}'.").format(parent=path.parent)
        )
    return lock
