"""What the commands share: the ``--db`` option, opening the database, printing errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from atelier.translation import N_, _

if TYPE_CHECKING:
    from atelier.storage.database import Database

Command = Callable[[argparse.Namespace], int]
DB_HELP = N_(
    "het atelierbestand (standaard: atelier.sqlite in de gebruikersmap van Atelier), of een "
    "teamarchief: postgresql://gebruiker@server/database"
)


class CliError(Exception):
    """A problem with what was asked on the command line; ``str()`` is Dutch."""


def add_db_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument("--db", metavar=_("PAD"), type=db_target, default=default, help=_(DB_HELP))


def db_target(text: str) -> Path | str:
    """argparse type of ``--db``: a file's path, or a team archive's address (kept as text,
    checked when it is opened)."""
    from atelier.storage.archive.scheme import is_archive_address

    return text if is_archive_address(text) else Path(text)


def archive_address(args: argparse.Namespace) -> str | None:
    """The team archive named by ``--db``, if it names one rather than a file."""
    return args.db if isinstance(args.db, str) else None


def add_command(
    subparsers: argparse._SubParsersAction, name: str, summary: str, run: Command
) -> argparse.ArgumentParser:
    """Add a subcommand that takes ``--db`` (after the name as well as before it)."""
    parser = subparsers.add_parser(name, help=summary, description=summary)
    # SUPPRESS: a --db given before the subcommand is kept unless repeated after it.
    add_db_option(parser, default=argparse.SUPPRESS)
    parser.set_defaults(run=run)
    return parser


def add_pdf_output(parser: argparse.ArgumentParser) -> None:
    """``-o BESTAND.pdf``, the PDF a command writes (``pdf_output`` checks it)."""
    parser.add_argument(
        "-o",
        "--output",
        metavar=_("BESTAND.pdf"),
        type=Path,
        required=True,
        help=_("het PDF-bestand om te maken (een bestaand bestand wordt vervangen)"),
    )


def pdf_output(args: argparse.Namespace) -> Path:
    path = Path(args.output).expanduser()
    if path.suffix.lower() != ".pdf":
        raise CliError(
            _("'{name}' is geen PDF-bestandsnaam: laat de naam op .pdf eindigen.").format(
                name=path.name
            )
        )
    return path


def shown_archive(address: str) -> str:
    """A team archive's address as it may be printed: without its password."""
    from atelier.storage.archive.address import ArchiveAddress

    return ArchiveAddress.parse(address).shown


def database_path(args: argparse.Namespace) -> Path:
    """The atelier file of ``--db``; a team archive where a file is needed is refused."""
    if archive_address(args) is not None:
        raise CliError(
            _(
                "Dit werkt alleen met een atelierbestand, niet met een "
                "teamarchief. Geef met --db het pad van een atelierbestand."
            )
        )
    if args.db is not None:
        return Path(args.db).expanduser()
    from atelier.paths import default_database_path

    return default_database_path()


def open_existing(args: argparse.Namespace) -> Database:
    """Open the atelier file only to read from it; it must exist. Changes nothing on disk.
    A team archive is opened as it is (its schema brought up to date, if need be)."""
    address = archive_address(args)
    if address is not None:
        return _open_archive(address)
    path = database_path(args)
    if not path.is_file():
        raise CliError(
            _("Er is geen atelierbestand op '{path}'. Geef het juiste pad met --db.").format(
                path=path
            )
        )
    from atelier.storage.reading import open_for_reading

    return _told(open_for_reading(path))


def open_for_writing(args: argparse.Namespace) -> Database:
    """Open (or create) the atelier file to change it; a backup is taken first. A team
    archive's server keeps its own (``pg_dump``, README)."""
    address = archive_address(args)
    if address is not None:
        return _open_archive(address)
    from atelier.storage.opening import open_database

    return _told(open_database(database_path(args)))


def _open_archive(address: str) -> Database:
    from atelier.storage.archive.database import open_archive

    return open_archive(address)


def close_after_writing(database: Database) -> None:
    """Back up what the command just wrote (like the window when it closes), then close."""
    from atelier.storage.errors import BackupFailed

    try:
        if database.keeps_backups and database.changed_since_backup:
            database.backups.take()
    except BackupFailed as failed:
        print(_("atelier: let op: {failed}").format(failed=failed), file=sys.stderr)
    finally:
        database.close()


def _told(database: Database) -> Database:
    """Say on standard error what opening found (a damaged -wal file, a failed backup)."""
    for notice in database.notices:
        print(_("atelier: let op: {notice}").format(notice=notice), file=sys.stderr)
    return database


def restore_advice(error: BaseException, args: argparse.Namespace) -> str:
    """For a damaged or emptied file with a good backup: how to put that backup back."""
    from atelier.storage.errors import DatabaseDamaged

    if not isinstance(error, DatabaseDamaged) or error.newest_backup is None:
        return ""
    if archive_address(args) is not None:
        return ""
    db = f" --db {quote_path(database_path(args))}" if args.db is not None else ""
    return _(" Zet die reservekopie terug met: atelier restore{db}").format(db=db)


def quote_path(path: Path) -> str:
    """The path as typed on a command line: in double quotes when it holds anything unusual."""
    text = str(path)
    plain = all(c.isalnum() or c in "/\\._-:" for c in text)
    return text if plain else f'"{text}"'


def atelier_id(text: str) -> int:
    """argparse type for an atelier id."""
    if not (text.isascii() and text.isdigit()) or len(text) > 18 or int(text) < 1:
        raise argparse.ArgumentTypeError(
            _("'{text}' is geen atelier-id (een getal zoals 3)").format(text=text)
        )
    return int(text)


def is_user_error(error: BaseException) -> bool:
    """True for errors whose message is meant for the user (no traceback needed)."""
    from atelier.domain.datafile import DataFileError
    from atelier.services.errors import ServiceError
    from atelier.storage.errors import StorageError

    return isinstance(error, CliError | ServiceError | StorageError | DataFileError)
