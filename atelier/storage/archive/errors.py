"""What can go wrong with a team archive, each with a message a facilitator understands.

Every message says that the laptop's own work is untouched: an archive that cannot be reached
or refuses a write never costs the file the facilitator works in."""

from __future__ import annotations

from atelier.storage.errors import StorageError
from atelier.translation import N_, _

_SAFE = N_("Het werk op deze laptop is niet gewijzigd.")


class ArchiveError(StorageError):
    """Base class of the team archive's errors."""


class NotAnArchiveAddress(ArchiveError):
    def __init__(self, text: str) -> None:
        shown = text if len(text) <= 80 else text[:79] + "…"
        super().__init__(
            _(
                "'{shown}' is geen adres van een teamarchief. Verwacht: "
                "postgresql://gebruiker@server/database (eventueel met :poort na de server)."
            ).format(shown=shown)
        )


class ArchiveUnreachable(ArchiveError):
    def __init__(self, shown: str, detail: str) -> None:
        super().__init__(
            _(
                "Het teamarchief {shown} is niet bereikbaar ({detail}). Controleer het adres, de "
                "netwerkverbinding en of de server draait. {safe}"
            ).format(shown=shown, detail=detail, safe=_(_SAFE))
        )


class ArchiveLoginRefused(ArchiveError):
    def __init__(self, shown: str, *, password_given: bool = True) -> None:
        hint = (
            ""
            if password_given
            else _(
                " Er is geen wachtwoord meegegeven: zet het in het wachtwoordbestand van "
                "PostgreSQL (pgpass, zie README) of in het adres."
            )
        )
        super().__init__(
            _(
                "Het teamarchief {shown} weigert de aanmelding: gebruikersnaam of wachtwoord "
                "klopt niet.{hint} {safe}"
            ).format(shown=shown, hint=hint, safe=_(_SAFE))
        )


class ArchiveMissing(ArchiveError):
    def __init__(self, shown: str) -> None:
        super().__init__(
            _(
                "De server van {shown} heeft geen database met die naam. Vraag de beheerder om "
                "de juiste naam, of laat hem de database aanmaken (zie README). {safe}"
            ).format(shown=shown, safe=_(_SAFE))
        )


class ArchiveNoRights(ArchiveError):
    def __init__(self, shown: str) -> None:
        super().__init__(
            _(
                "U hebt geen rechten om dit in het teamarchief {shown} te doen. Vraag de "
                "beheerder om schrijfrechten. {safe}"
            ).format(shown=shown, safe=_(_SAFE))
        )


class ArchiveWriteFailed(ArchiveError):
    def __init__(self, shown: str, detail: str) -> None:
        super().__init__(
            _(
                "Schrijven naar het teamarchief {shown} is mislukt ({detail}); er is niets van "
                "deze wijziging in het archief gekomen. {safe}"
            ).format(shown=shown, detail=detail, safe=_(_SAFE))
        )


class ArchiveTooNew(ArchiveError):
    def __init__(self, shown: str, revision: str) -> None:
        super().__init__(
            _(
                "Het teamarchief {shown} is bijgewerkt door een nieuwere versie van Atelier "
                "(schema {revision}). Werk Atelier bij om het te gebruiken; Atelier schrijft er "
                "niets in. {safe}"
            ).format(shown=shown, revision=revision, safe=_(_SAFE))
        )
