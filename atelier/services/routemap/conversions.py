"""Routemap ORM rows → plain records, at the edge of the service layer."""

from __future__ import annotations

from atelier.domain.routemap.moment import stored_or_none
from atelier.domain.routemap.records import (
    ActionData,
    BesluitmomentData,
    MijlpaalData,
    Owner,
    ReportTexts,
    RisicoData,
)
from atelier.storage import models


def split_lines(text: str) -> tuple[str, ...]:
    """The names stored by ``join_lines``: split at "\n" only, so a name keeps any other
    separator it holds (U+2028, a form feed) exactly as it was given."""
    return tuple(line for line in text.split("\n") if line.strip())


def join_lines(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(item.strip() for item in items if item.strip())


def owner(organisation: models.Organisation | None, rol: str) -> Owner:
    if organisation is None:
        return Owner(None, "", rol)
    return Owner(organisation.id, organisation.name, rol)


def action_data(row: models.Action) -> ActionData:
    return ActionData(
        id=row.id,
        code=row.code,
        wat=row.wat,
        resultaat=row.resultaat,
        onderdeel=row.onderdeel,
        spoor=row.spoor,
        fase=row.fase,
        positie=row.positie,
        eigenaar=owner(row.eigenaar_organisation, row.eigenaar_rol),
        uitvoerders=split_lines(row.uitvoerders),
        betrokken=split_lines(row.betrokken),
        informeren=split_lines(row.informeren),
        start=stored_or_none(row.start),
        deadline=stored_or_none(row.deadline),
        status=row.status,
        besluitmoment_id=row.besluitmoment_id,
        risico_id=row.risico_id,
        hangt_af_van=tuple(a.id for a in row.hangt_af_van),
        extern=split_lines(row.extern),
        herkomst_werkvorm_id=row.herkomst_werkvorm_id,
        herkomst_cluster_id=row.herkomst_cluster_id,
        herkomst_note_ids=tuple(n.id for n in row.herkomst_notes),
        herkomst=row.herkomst,
        blauwdruk=row.blauwdruk,
        budget_euro=row.budget_euro,
        dekking=row.dekking,
        bouwstenen=split_lines(row.bouwstenen),
    )


def mijlpaal_data(row: models.Mijlpaal) -> MijlpaalData:
    return MijlpaalData(
        row.id,
        row.titel,
        row.fase,
        stored_or_none(row.moment),
        row.eindproduct,
        row.besluitmoment_id,
    )


def besluitmoment_data(row: models.Besluitmoment) -> BesluitmomentData:
    return BesluitmomentData(
        row.id,
        row.titel,
        row.orgaan,
        stored_or_none(row.datum),
        row.type,
        row.voorstel,
        row.fase,
        row.criteria,
        row.alternatieven,
        row.voorbereiding,
    )


def risico_data(row: models.Risico) -> RisicoData:
    return RisicoData(
        row.id,
        row.code,
        row.titel,
        row.kans,
        row.impact,
        owner(row.eigenaar_organisation, row.eigenaar_rol),
        row.maatregel,
    )


def report_texts(row: models.Routemap | None) -> ReportTexts:
    if row is None:
        return ReportTexts()
    return ReportTexts(
        versie=row.versie,
        rapportdatum=row.rapportdatum,
        ambitie=row.ambitie,
        kerninzichten=row.kerninzichten,
        kaders=row.kaders,
        wijk=row.wijk,
        betrokkenen=row.betrokkenen,
        participatie=row.participatie,
        techniek=row.techniek,
        financien=row.financien,
        open_vragen=row.open_vragen,
        blauwdruk=row.blauwdruk,
    )
