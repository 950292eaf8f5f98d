"""Plain, immutable routemap data that leaves the service layer (and feeds the report)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from atelier.domain.routemap.moment import Moment
from atelier.domain.routemap.vocabulary import LaneSet


@dataclass(frozen=True)
class Owner:
    """One organisation plus a person or role (the A of RACI)."""

    organisation_id: int | None
    organisatie: str  # the organisation's name, "" when none is chosen
    rol: str

    @property
    def label(self) -> str:
        if self.organisatie and self.rol:
            return f"{self.organisatie} ({self.rol})"
        return self.organisatie or self.rol


@dataclass(frozen=True)
class ActionData:
    id: int
    code: str
    wat: str
    resultaat: str
    onderdeel: str
    spoor: str | None  # own lane in an alternative lane set; None: the set's default
    fase: str
    positie: int
    eigenaar: Owner
    uitvoerders: tuple[str, ...]  # R
    betrokken: tuple[str, ...]  # C
    informeren: tuple[str, ...]  # I
    start: Moment | None
    deadline: Moment | None
    status: str
    besluitmoment_id: int | None
    risico_id: int | None
    hangt_af_van: tuple[int, ...]  # action ids
    extern: tuple[str, ...]  # external conditions
    herkomst_werkvorm_id: int | None
    herkomst_cluster_id: int | None
    herkomst_note_ids: tuple[int, ...]
    herkomst: str
    blauwdruk: bool
    budget_euro: int | None
    dekking: str
    bouwstenen: tuple[str, ...] = ()  # keys of the WUP building blocks it serves (a lens)

    def lane_in(self, lane_set: LaneSet) -> str:
        """The lane this action sits in when the routemap uses ``lane_set``."""
        if lane_set.uses_onderdelen:
            return self.onderdeel
        if self.spoor in lane_set.lane_keys():
            return self.spoor
        return lane_set.standaard[self.onderdeel]


@dataclass(frozen=True)
class MijlpaalData:
    id: int
    titel: str
    fase: str
    moment: Moment | None
    eindproduct: str
    besluitmoment_id: int | None


@dataclass(frozen=True)
class BesluitmomentData:
    id: int
    titel: str
    orgaan: str | None
    datum: Moment | None
    type: str
    voorstel: str  # what is asked: the decision put to the orgaan
    fase: str | None
    criteria: str = ""  # against what go or no-go is weighed
    alternatieven: str = ""  # what else could be chosen
    voorbereiding: str = ""  # who prepares the decision


@dataclass(frozen=True)
class RisicoData:
    id: int
    code: str
    titel: str
    kans: str
    impact: str
    eigenaar: Owner
    maatregel: str


REPORT_TEXT_FIELDS = (
    "versie",
    "ambitie",
    "kerninzichten",
    "kaders",
    "wijk",
    "betrokkenen",
    "participatie",
    "techniek",
    "financien",
    "open_vragen",
    "blauwdruk",
)


@dataclass(frozen=True)
class ReportTexts:
    """Texts the facilitator writes for the report; empty ones are derived from the notes."""

    versie: str = ""
    rapportdatum: date | None = None
    ambitie: str = ""
    kerninzichten: str = ""
    kaders: str = ""
    wijk: str = ""
    betrokkenen: str = ""
    participatie: str = ""
    techniek: str = ""
    financien: str = ""
    open_vragen: str = ""
    blauwdruk: str = ""


@dataclass(frozen=True)
class RoutemapData:
    atelier_id: int
    lane_set: str
    texts: ReportTexts
    actions: tuple[ActionData, ...]
    mijlpalen: tuple[MijlpaalData, ...]
    besluitmomenten: tuple[BesluitmomentData, ...]
    risicos: tuple[RisicoData, ...]

    def action(self, action_id: int) -> ActionData:
        for action in self.actions:
            if action.id == action_id:
                return action
        raise KeyError(action_id)

    def besluitmoment(self, besluitmoment_id: int | None) -> BesluitmomentData | None:
        return next((b for b in self.besluitmomenten if b.id == besluitmoment_id), None)

    def risico(self, risico_id: int | None) -> RisicoData | None:
        return next((r for r in self.risicos if r.id == risico_id), None)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        return "fout" if self is Severity.ERROR else "waarschuwing"


@dataclass(frozen=True)
class Finding:
    """One thing the routemap check found, in Dutch, with what it is about."""

    severity: Severity
    message: str
    action_ids: tuple[int, ...] = field(default=())
    besluitmoment_ids: tuple[int, ...] = field(default=())
    lane: str | None = None
