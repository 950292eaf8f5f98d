"""What the routemap diagram shows, worked out from the report data: lanes × fasen with their
cards, and per fase the mijlpalen, besluitmomenten and go/no-go gates."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from atelier.domain.routemap.records import ActionData, BesluitmomentData
from atelier.domain.routemap.sorting import code_sort_key
from atelier.domain.routemap.vocabulary import GO_NO_GO, Fase, LaneSet, naam, vocabulary
from atelier.report.data import ReportData
from atelier.report.privacy import Redactor
from atelier.translation import _


@dataclass(frozen=True)
class Card:
    code: str
    wat: str
    owner: str
    deadline: str
    status: str
    status_naam: str
    status_kleur: str
    blauwdruk: bool
    go_no_go: bool  # tied to a go/no-go besluitmoment
    organisatie: str = ""  # the owner's organisation alone
    na: tuple[str, ...] = ()  # the codes of the actions it waits for


@dataclass(frozen=True)
class Marker:
    kind: str  # "mijlpaal", "go_no_go" or "besluit"
    text: str


@dataclass(frozen=True)
class DiagramLane:
    key: str
    naam: str
    kleur: str


@dataclass(frozen=True)
class DiagramModel:
    fasen: tuple[Fase, ...]
    lanes: tuple[DiagramLane, ...]
    cells: dict[tuple[str, str], tuple[Card, ...]]
    markers: dict[str, tuple[Marker, ...]]
    gates: frozenset[str]  # fasen that end in a go/no-go
    continued: bool = False  # a later part of a diagram split over pages
    lane_set_naam: str = ""

    def with_lanes(self, lanes: tuple[DiagramLane, ...], continued: bool) -> DiagramModel:
        return replace(self, lanes=lanes, continued=continued)

    def with_cells(
        self,
        lanes: tuple[DiagramLane, ...],
        cells: dict[tuple[str, str], tuple[Card, ...]],
        continued: bool,
    ) -> DiagramModel:
        """A part of the picture: these lanes with these cards (a lane split over pages)."""
        return replace(self, lanes=lanes, cells=cells, continued=continued)

    @property
    def card_count(self) -> int:
        return sum(
            len(cards)
            for (lane, _), cards in self.cells.items()
            if lane in {x.key for x in self.lanes}
        )


def build_model(data: ReportData, redactor: Redactor) -> DiagramModel:
    words = vocabulary()
    lane_set = words.lane_set(data.routemap.lane_set)
    markers, gates = _markers(data)
    return DiagramModel(
        fasen=words.fasen,
        lanes=tuple(DiagramLane(lane.key, lane.naam, lane.kleur) for lane in lane_set.lanes),
        cells=_cells(data, redactor, lane_set),
        markers=markers,
        gates=gates,
        lane_set_naam=lane_set.naam,
    )


def _cells(
    data: ReportData, redactor: Redactor, lane_set: LaneSet
) -> dict[tuple[str, str], tuple[Card, ...]]:
    """The action cards per (lane, fase), in the order they are placed."""
    routemap = data.routemap
    go_no_go_ids = {b.id for b in routemap.besluitmomenten if b.type == GO_NO_GO}
    status = {s.key: s for s in vocabulary().statussen}
    cells: dict[tuple[str, str], list[Card]] = {}
    codes = {action.id: action.code for action in routemap.actions}
    ordered = sorted(
        routemap.actions, key=lambda a: (a.positie, _deadline_key(a), code_sort_key(a.code))
    )
    for action in ordered:
        choice = status.get(action.status)
        cells.setdefault((action.lane_in(lane_set), action.fase), []).append(
            Card(
                code=action.code,
                wat=action.wat,
                owner=redactor.owner(action.eigenaar),
                deadline=action.deadline.label if action.deadline else _("geen deadline"),
                status=action.status,
                status_naam=choice.naam if choice else action.status,
                status_kleur=choice.kleur if choice else "#9AA5B1",
                blauwdruk=action.blauwdruk,
                go_no_go=action.besluitmoment_id in go_no_go_ids,
                organisatie=action.eigenaar.organisatie,
                na=tuple(codes[i] for i in action.hangt_af_van if i in codes),
            )
        )
    return {key: tuple(cards) for key, cards in cells.items()}


def _markers(data: ReportData) -> tuple[dict[str, tuple[Marker, ...]], frozenset[str]]:
    """Mijlpalen and besluitmomenten per fase, in time order; and the fasen that end in a
    go/no-go gate."""
    words = vocabulary()
    routemap = data.routemap
    start = _atelier_start(data)
    markers: dict[str, list[tuple[tuple, Marker]]] = {}
    for mijlpaal in routemap.mijlpalen:
        when = f" ({mijlpaal.moment.label})" if mijlpaal.moment else ""
        key = (mijlpaal.moment.sort_key if mijlpaal.moment else (), 0)
        markers.setdefault(mijlpaal.fase, []).append(
            (key, Marker("mijlpaal", f"{mijlpaal.titel}{when}"))
        )
    gates: set[str] = set()
    for moment in routemap.besluitmomenten:
        fase = besluitmoment_fase(moment, data, start)
        if fase is None:
            continue
        kind = "go_no_go" if moment.type == GO_NO_GO else "besluit"
        if kind == "go_no_go":
            gates.add(fase)
        orgaan = naam(words.organen, moment.orgaan) if moment.orgaan else _("orgaan onbekend")
        title = moment.titel or naam(words.besluittypen, moment.type)
        when = f", {moment.datum.label}" if moment.datum else ""
        prefix = "Go/no-go: " if kind == "go_no_go" else ""
        key = (moment.datum.sort_key if moment.datum else (), 1)
        markers.setdefault(fase, []).append(
            (key, Marker(kind, f"{prefix}{title} — {orgaan}{when}"))
        )
    ordered = {
        fase: tuple(m for _, m in sorted(items, key=lambda item: item[0]))
        for fase, items in markers.items()
    }
    return ordered, frozenset(gates)


def besluitmoment_fase(moment: BesluitmomentData, data: ReportData, start: date) -> str | None:
    """Its own fase; else the earliest fase of its actions or mijlpalen; else by its date."""
    words = vocabulary()
    if moment.fase:
        return moment.fase
    linked = [a.fase for a in data.routemap.actions if a.besluitmoment_id == moment.id]
    linked += [m.fase for m in data.routemap.mijlpalen if m.besluitmoment_id == moment.id]
    if linked:
        return min(linked, key=words.fase_index)
    if moment.datum is not None:
        return words.fase_for_date(moment.datum, start)
    return None


def _atelier_start(data: ReportData) -> date:
    dates = [d.datum for d in data.atelier.dagdelen if d.datum is not None]
    return min(dates) if dates else data.report_date


def _deadline_key(action: ActionData) -> tuple:
    return (action.deadline is None, action.deadline.sort_key if action.deadline else ())
