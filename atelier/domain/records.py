"""Plain, immutable data that leaves the service layer; live ORM rows never reach widgets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class AtelierSummary:
    id: int
    titel: str
    gemeente: str
    wijk: str
    status: str
    updated_at: datetime
    note_count: int


@dataclass(frozen=True)
class WerkvormData:
    id: int
    dagdeel_id: int
    positie: int
    titel: str
    onderdeel: str
    vraag: str
    toelichting: str
    duur_minuten: int
    output: str
    note_count: int
    materialen: str = ""  # what to bring and set out (the printed draaiboek)
    begeleiding: str = ""  # who leads it


@dataclass(frozen=True)
class DagdeelData:
    id: int
    nummer: int
    thema: str
    doel: str
    datum: date | None
    start_tijd: time | None
    eind_tijd: time | None
    locatie: str
    werkvormen: tuple[WerkvormData, ...]


@dataclass(frozen=True)
class OrganisationData:
    id: int
    name: str
    stakeholder_type: str


@dataclass(frozen=True)
class ParticipantData:
    id: int
    name: str
    organisation_id: int | None
    role: str
    dagdelen: tuple[int, ...]  # dagdeel numbers attended


@dataclass(frozen=True)
class AtelierData:
    id: int
    titel: str
    gemeente: str
    wijk: str
    status: str
    facilitators: str
    doelen: str
    deliverables: str
    intake_notes: str
    programme_name: str
    created_at: datetime
    updated_at: datetime
    dagdelen: tuple[DagdeelData, ...]
    organisations: tuple[OrganisationData, ...]
    participants: tuple[ParticipantData, ...]

    def werkvorm(self, werkvorm_id: int) -> WerkvormData:
        for dagdeel in self.dagdelen:
            for werkvorm in dagdeel.werkvormen:
                if werkvorm.id == werkvorm_id:
                    return werkvorm
        raise KeyError(werkvorm_id)


@dataclass(frozen=True)
class NoteData:
    id: int
    werkvorm_id: int
    text: str
    onderdeel: str
    colour: str | None
    author_organisation_id: int | None
    x: float
    y: float
    cluster_id: int | None
    votes: int
    created_at: datetime
    updated_at: datetime
    deleted: bool


@dataclass(frozen=True)
class PhoneNoteData:
    """A note from a participant's phone in the facilitator's inbox (``status``: "waiting",
    "accepted" into ``note_id``, or "rejected")."""

    id: int
    werkvorm_id: int
    client_id: str
    text: str
    author_organisation_id: int | None
    status: str
    note_id: int | None
    received_at: datetime


@dataclass(frozen=True)
class ClusterData:
    id: int
    werkvorm_id: int
    titel: str
    x: float
    y: float
    note_ids: tuple[int, ...]
    collapsed: bool = False  # shown on the board as one compact stack
