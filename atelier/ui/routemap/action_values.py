"""The values in the action editor, and the service changes they amount to (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from atelier.domain.routemap.bouwstenen import wup_bouwstenen
from atelier.domain.routemap.records import ActionData
from atelier.domain.routemap.vocabulary import LaneSet, vocabulary

MAX_LABEL = 70


@dataclass(frozen=True)
class ActionValues:
    wat: str = ""
    resultaat: str = ""
    onderdeel: str = ""
    spoor: str | None = None
    fase: str = ""
    status: str = "open"
    start: str = ""
    deadline: str = ""
    besluitmoment_id: int | None = None
    risico_id: int | None = None
    budget: str = ""
    dekking: str = ""
    blauwdruk: bool = False
    organisation_id: int | None = None
    rol: str = ""
    uitvoerders: tuple[str, ...] = ()
    betrokken: tuple[str, ...] = ()
    informeren: tuple[str, ...] = ()
    hangt_af_van: tuple[int, ...] = ()
    extern: tuple[str, ...] = ()
    herkomst: str = ""
    bouwstenen: tuple[str, ...] = ()  # the WUP building blocks it serves (a lens)

    @classmethod
    def of(
        cls,
        action: ActionData | None,
        lane_set: LaneSet,
        *,
        lane: str | None = None,
        fase: str | None = None,
    ) -> ActionValues:
        """The values of ``action``, or of a new action in ``lane`` and ``fase``."""
        if action is None:
            onderdeel, spoor = lane_set.lanes[0].onderdeel, None
            if lane is not None and lane in lane_set.lane_keys():
                onderdeel = lane_set.lane(lane).onderdeel
                spoor = None if lane_set.uses_onderdelen else lane
            words = vocabulary()
            return cls(
                onderdeel=onderdeel,
                bouwstenen=wup_bouwstenen().suggested(onderdeel),  # a suggestion, to untick
                spoor=spoor,
                fase=fase if fase in words.fase_keys() else words.fase_keys()[0],
                status=words.statussen[0].key,
            )
        return cls(
            wat=action.wat,
            resultaat=action.resultaat,
            onderdeel=action.onderdeel,
            spoor=action.spoor,
            fase=action.fase,
            status=action.status,
            start=action.start.label if action.start else "",
            deadline=action.deadline.label if action.deadline else "",
            besluitmoment_id=action.besluitmoment_id,
            risico_id=action.risico_id,
            budget=format_budget(action.budget_euro),
            dekking=action.dekking,
            blauwdruk=action.blauwdruk,
            organisation_id=action.eigenaar.organisation_id,
            rol=action.eigenaar.rol,
            uitvoerders=action.uitvoerders,
            betrokken=action.betrokken,
            informeren=action.informeren,
            hangt_af_van=action.hangt_af_van,
            extern=action.extern,
            herkomst=action.herkomst,
            bouwstenen=action.bouwstenen,
        )

    def lane(self, lane_set: LaneSet) -> str:
        """The lane these values put the action in, in ``lane_set``."""
        if lane_set.uses_onderdelen:
            return self.onderdeel
        if self.spoor in lane_set.lane_keys():
            return self.spoor  # type: ignore[return-value]
        return lane_set.standaard[self.onderdeel]

    def changes(self, original: ActionValues) -> dict[str, object]:
        """The service fields (``routemap_actions.EDITABLE``) that differ from ``original``."""
        result: dict[str, object] = {}
        for field in fields(self):
            name = field.name
            new, old = getattr(self, name), getattr(original, name)
            if new == old or name == "herkomst":
                continue
            if name == "budget":
                result["budget_euro"] = parse_budget(new)
            elif name == "organisation_id":
                result["eigenaar_organisation_id"] = new
            elif name == "rol":
                result["eigenaar_rol"] = new
            elif name in ("uitvoerders", "betrokken", "informeren", "extern", "hangt_af_van"):
                result[name] = list(new)
            else:
                result[name] = new
        return result


def format_budget(euros: int | None) -> str:
    return "" if euros is None else f"{euros:,}".replace(",", ".")


def parse_budget(text: str) -> int | None:
    """'25.000', '€ 25000' or '' → whole euros; ValueError for anything else."""
    cleaned = text.replace("€", "").replace(".", "").replace(" ", "").strip()
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise ValueError(text)
    return int(cleaned)


def dependency_label(action: ActionData) -> str:
    text = " ".join(action.wat.split())
    if len(text) > MAX_LABEL:
        text = text[: MAX_LABEL - 1].rstrip() + "…"
    return f"{action.code}  {text}"
