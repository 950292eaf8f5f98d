"""What refuses a take-along or a write-back, in Dutch, saying who did what when."""

from __future__ import annotations

from datetime import UTC, datetime

from atelier.services.errors import ServiceError


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
            what = "staat niet in dit teamarchief (het hoort bij een ander archief)"
        elif version is None:
            what = "is intussen uit het teamarchief verwijderd"
        else:
            by = f" door {who}" if who else ""
            when = f" op {local_time(at)}" if at else ""
            what = f"is in het teamarchief intussen gewijzigd{by}{when} (nu versie {version})"
        super().__init__(
            f"'{titel}' {what}; uw versie is gebaseerd op versie {mine}. Er is niets "
            "overschreven. U kunt uw versie naast die in het archief bewaren (beide bewaren)."
        )


class AlreadyOnThisLaptop(ServiceError):
    def __init__(self, titel: str, local_id: int) -> None:
        self.local_id = local_id
        super().__init__(
            f"'{titel}' staat al op deze laptop (atelier {local_id}). Zet dat eerst terug, of "
            "verwijder het, voordat u het opnieuw meeneemt; er is niets gewijzigd."
        )


class BlueprintNameTaken(ServiceError):
    """A blauwdruk of that name is in the archive already: nothing was published."""

    def __init__(self, naam: str, who: str, at: datetime) -> None:
        self.naam = naam
        super().__init__(
            f"Er is al een blauwdruk '{naam}' (van {who}, {local_time(at)}). Kies een andere "
            "naam, of vervang hem."
        )
