"""What the report is made of: plain records, collected by ``services.routemap.report_data``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from atelier.domain.records import AtelierData, ClusterData, NoteData, WerkvormData
from atelier.domain.routemap.participatieroute import Afvinking
from atelier.domain.routemap.records import RoutemapData


@dataclass(frozen=True)
class WerkvormResult:
    """The live notes and clusters of one werkvorm, with each note's dots (stippen)."""

    dagdeel_nummer: int
    werkvorm: WerkvormData
    notes: tuple[NoteData, ...]
    clusters: tuple[ClusterData, ...]
    dots: Mapping[int, int] = field(default_factory=dict)

    def dots_of(self, note: NoteData) -> int:
        return self.dots.get(note.id, 0)


@dataclass(frozen=True)
class ReportData:
    atelier: AtelierData
    results: tuple[WerkvormResult, ...]  # in programme order
    routemap: RoutemapData
    report_date: date
    # the participatieroute's checklist as the atelier ticked it (a lens; untouched: open)
    afvinkingen: tuple[Afvinking, ...] = ()
    logo: bytes | None = None  # the gemeente's logo for the cover (PNG or JPEG)

    def organisation_name(self, organisation_id: int | None) -> str:
        for organisation in self.atelier.organisations:
            if organisation.id == organisation_id:
                return organisation.name
        return ""

    @property
    def note_count(self) -> int:
        return sum(len(r.notes) for r in self.results)


LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}


@dataclass(frozen=True)
class ReportOptions:
    a3_routemap: bool = False  # the routemap diagram on an A3 landscape page, for a poster
    names: bool = True  # False: participant names are left out (privacy)
    # a final report (for the council) leaves the check's findings out; a concept shows them
    final: bool = False
    language: str = "nl"  # the report's own words: "nl" or "en" (what people typed stays)

    @property
    def language_tag(self) -> str:
        """The language as PDF and Word name it, for a screen reader's voice."""
        return LANGUAGE_TAGS.get(self.language, LANGUAGE_TAGS["nl"])
