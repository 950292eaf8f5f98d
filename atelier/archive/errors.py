"""What refuses a take-along or a write-back, in Dutch, saying who did what when."""

from __future__ import annotations

from datetime import UTC, datetime

from atelier.services.errors import ServiceError
from atelier.translation import _


def local_time(moment: datetime) -> str:
    """A stored (naive UTC) time as the facilitator's clock shows it."""
    return f"{moment.replace(tzinfo=UTC).astimezone():%d-%m-%Y %H:%M}"


class ArchiveConflict(ServiceError):
    """The archive's atelier changed since the laptop's copy was taken: nothing was written."""

    def __init__(
        self,
        titel: str,
        who: str | None,
        at: datetime | None,
        version: int | None,
        mine: int,
        *,
        never_here: bool = False,
    ) -> None:
        self.who, self.at, self.version, self.mine = who, at, version, mine
        if never_here:  # taken along from, or written back to, another archive
            what = _("staat niet in dit teamarchief (het hoort bij een ander archief)")
        elif version is None:
            what = _("is intussen uit het teamarchief verwijderd")
        else:
            by = _(" door {who}").format(who=who) if who else ""
            when = _(" op {local_time}").format(local_time=local_time(at)) if at else ""
            what = _(
                "is in het teamarchief intussen gewijzigd{by}{when} (nu versie {version})"
            ).format(by=by, when=when, version=version)
        super().__init__(
            _(
                "'{titel}' {what}; uw versie is gebaseerd op versie {mine}. Er is "
                "niets overschreven. U kunt uw versie naast die in het archief "
                "bewaren (beide bewaren)."
            ).format(titel=titel, what=what, mine=mine)
        )


class AlreadyOnThisLaptop(ServiceError):
    def __init__(self, titel: str, local_id: int) -> None:
        self.local_id = local_id
        super().__init__(
            _(
                "'{titel}' staat al op deze laptop (atelier {local_id}). Zet dat "
                "eerst terug, of verwijder het, voordat u het opnieuw meeneemt; er "
                "is niets gewijzigd."
            ).format(titel=titel, local_id=local_id)
        )


class BlueprintNameTaken(ServiceError):
    """A blauwdruk of that name is in the archive already: nothing was published."""

    def __init__(self, naam: str, who: str, at: datetime) -> None:
        self.naam = naam
        super().__init__(
            _(
                "Er is al een blauwdruk '{naam}' (van {who}, {local_time}). Kies "
                "een andere naam, of vervang hem."
            ).format(naam=naam, who=who, local_time=local_time(at))
        )
