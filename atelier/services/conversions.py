"""ORM rows → plain records, at the edge of the service layer."""

from __future__ import annotations

from atelier.domain.records import (
    AtelierData,
    ClusterData,
    DagdeelData,
    NoteData,
    OrganisationData,
    ParticipantData,
    PhoneNoteData,
    WerkvormData,
)
from atelier.storage import models


def werkvorm_data(row: models.Werkvorm, note_count: int = 0) -> WerkvormData:
    return WerkvormData(
        id=row.id,
        dagdeel_id=row.dagdeel_id,
        positie=row.positie,
        titel=row.titel,
        onderdeel=row.onderdeel,
        vraag=row.vraag,
        toelichting=row.toelichting,
        duur_minuten=row.duur_minuten,
        output=row.output,
        note_count=note_count,
        materialen=row.materialen,
        begeleiding=row.begeleiding,
    )


def dagdeel_data(row: models.Dagdeel, note_counts: dict[int, int]) -> DagdeelData:
    return DagdeelData(
        id=row.id,
        nummer=row.nummer,
        thema=row.thema,
        doel=row.doel,
        datum=row.datum,
        start_tijd=row.start_tijd,
        eind_tijd=row.eind_tijd,
        locatie=row.locatie,
        werkvormen=tuple(werkvorm_data(w, note_counts.get(w.id, 0)) for w in row.werkvormen),
    )


def atelier_data(row: models.Atelier, note_counts: dict[int, int]) -> AtelierData:
    return AtelierData(
        id=row.id,
        titel=row.titel,
        gemeente=row.gemeente,
        wijk=row.wijk,
        status=row.status,
        facilitators=row.facilitators,
        doelen=row.doelen,
        deliverables=row.deliverables,
        intake_notes=row.intake_notes,
        programme_name=row.programme_name,
        created_at=row.created_at,
        updated_at=row.updated_at,
        dagdelen=tuple(dagdeel_data(d, note_counts) for d in row.dagdelen),
        organisations=tuple(
            OrganisationData(o.id, o.name, o.stakeholder_type) for o in row.organisations
        ),
        participants=tuple(
            ParticipantData(
                p.id, p.name, p.organisation_id, p.role, tuple(d.nummer for d in p.dagdelen)
            )
            for p in row.participants
        ),
    )


def note_data(row: models.Note) -> NoteData:
    return NoteData(
        id=row.id,
        werkvorm_id=row.werkvorm_id,
        text=row.text,
        onderdeel=row.onderdeel,
        colour=row.colour,
        author_organisation_id=row.author_organisation_id,
        x=row.x,
        y=row.y,
        cluster_id=row.cluster_id,
        votes=row.votes,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted=row.deleted_at is not None,
    )


def cluster_data(row: models.Cluster, note_ids: tuple[int, ...]) -> ClusterData:
    return ClusterData(
        row.id, row.werkvorm_id, row.titel, row.x, row.y, note_ids, bool(row.collapsed)
    )


def phone_note_data(row: models.PhoneNote) -> PhoneNoteData:
    return PhoneNoteData(
        id=row.id,
        werkvorm_id=row.werkvorm_id,
        client_id=row.client_id,
        text=row.text,
        author_organisation_id=row.author_organisation_id,
        status=row.status,
        note_id=row.note_id,
        received_at=row.received_at,
    )
