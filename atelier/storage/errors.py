"""What can go wrong with an atelier file, each with a message a facilitator understands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from atelier.translation import _


class StorageError(Exception):
    """Base class; ``str(error)`` is a complete Dutch sentence for the user."""


class NotAnAtelierFile(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            _(
                "'{path}' is geen Atelier-bestand. Kies een bestand dat met Atelier is gemaakt."
            ).format(path=path)
        )


class DatabaseTooNew(StorageError):
    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            _(
                "'{path}' is gemaakt met een nieuwere versie van Atelier (schema {revision}). "
                "Werk Atelier bij om dit bestand te openen; het bestand is niet gewijzigd."
            ).format(path=path, revision=revision)
        )


class FolderNotWritable(StorageError):
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(
            _(
                "Atelier kan niet schrijven in de map '{folder}'. Kies een map waar u "
                "schrijfrechten hebt, of start Atelier met --db en een ander pad."
            ).format(folder=folder)
        )


class DiskFull(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            _(
                "De schijf van '{path}' is vol. De laatste wijziging is niet opgeslagen; maak "
                "ruimte vrij en probeer het opnieuw. Eerder opgeslagen werk is veilig."
            ).format(path=path)
        )


class WriteFailed(StorageError):
    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(
            _(
                "Opslaan in '{path}' is mislukt ({detail}). De laatste wijziging is niet "
                "opgeslagen; eerder opgeslagen werk is veilig."
            ).format(path=path, detail=detail)
        )


class UnstorableText(StorageError):
    """A text holds a character SQLite cannot store (a lone UTF-16 surrogate)."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "Een tekst bevat een ongeldig teken (een losse helft van een teken, bijvoorbeeld "
                "uit een kapotte plakactie). De wijziging is niet opgeslagen; eerder opgeslagen "
                "werk is veilig."
            )
        )


class WalNotKept(StorageError):
    """The damaged -wal file could not be copied aside: the file is not opened, so SQLite cannot
    drop the edits in it."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(
            _(
                "Het logbestand naast '{path}' is beschadigd en er kon geen kopie van worden "
                "bewaard ({detail}). Het bestand is niet geopend, zodat er niets verloren gaat; "
                "maak ruimte vrij en probeer het opnieuw."
            ).format(path=path, detail=detail)
        )


class FileBusy(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            _(
                "'{path}' is even bezet door een ander programma (bijvoorbeeld het "
                "Atelier-venster dat dit bestand open heeft). Er is niets gewijzigd; probeer het "
                "zo opnieuw."
            ).format(path=path)
        )


class BackupFailed(StorageError):
    """A backup could not be written; the work itself is safe and the next backup retries."""

    def __init__(self, folder: Path, detail: str) -> None:
        self.folder = folder
        super().__init__(
            _(
                "Er kon geen reservekopie worden gemaakt in '{folder}' ({detail}). Uw werk is "
                "wel opgeslagen; Atelier probeert het later opnieuw. Maak ruimte vrij op de "
                "schijf of controleer of u in die map mag schrijven."
            ).format(folder=folder, detail=detail)
        )


class MigrationFailed(StorageError):
    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(
            _(
                "Het bijwerken van '{path}' naar de nieuwe versie is mislukt ({detail}). Het "
                "bestand is ongewijzigd gelaten."
            ).format(path=path, detail=detail)
        )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime


class DatabaseDamaged(StorageError):
    """The file is damaged; it has been set aside and ``newest_backup`` may restore it."""

    def __init__(
        self, path: Path, set_aside: Path | None, newest_backup: BackupInfo | None
    ) -> None:
        self.path = path
        self.set_aside = set_aside
        self.newest_backup = newest_backup
        moved = (
            _(" Het is apart gezet als '{name}'.").format(name=set_aside.name) if set_aside else ""
        )
        if newest_backup:
            offer = _(
                " De nieuwste goede reservekopie is van {taken_at:%d-%m-%Y %H:%M} ('{name}')."
            ).format(taken_at=newest_backup.taken_at, name=newest_backup.path.name)
        else:
            offer = _(" Er is geen goede reservekopie gevonden.")
        super().__init__(f"{self._what()}{moved}{offer}")

    def _what(self) -> str:
        return _("Het atelierbestand '{path}' is beschadigd.").format(path=self.path)


class DatabaseEmpty(DatabaseDamaged):
    """The file is empty (0 bytes, or no Atelier data at all) while backups hold work: never
    taken for a new file."""

    def _what(self) -> str:
        return _(
            "Het atelierbestand '{path}' is leeg, maar er zijn reservekopieën met werk. Het "
            "wordt niet als nieuw bestand gebruikt."
        ).format(path=self.path)


class DatabaseMissing(DatabaseDamaged):
    """The file is gone while backups hold work (a sync tool, a damaged file set aside and never
    restored): the window asks before it starts a new one."""

    def _what(self) -> str:
        return _(
            "Het atelierbestand '{path}' ontbreekt, maar er zijn reservekopieën met werk."
        ).format(path=self.path)
