"""Section ``routemap`` (format version 2): the layout choice and report texts, and the
besluitmomenten, risico's, mijlpalen and vervolgacties of the atelier.

Routemap rows have no relationship from ``Atelier``, so they are added to the session after the
atelier itself (``ctx.after_insert``), with the ids ``ctx.assign_ids`` gave them in file order.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.domain.routemap.records import REPORT_TEXT_FIELDS
from atelier.domain.routemap.vocabulary import keys, vocabulary
from atelier.interchange.context import ExportContext, ImportContext
from atelier.interchange.sections.base import Section
from atelier.interchange.sections.routemap import actions as routemap_actions
from atelier.interchange.sections.routemap.fields import (
    STAMPS,
    moment,
    optional_choice,
    owner,
    read_owner,
    read_stamps,
    unique_code,
)
from atelier.interchange.validation import Node, date_text, timestamp_text
from atelier.services.routemap.fields import MAX_TEXT, MAX_TITLE
from atelier.services.routemap.settings import MAX_REPORT_TEXT
from atelier.storage import models

MAX_ITEMS = 5_000


# What a council needs of a besluitmoment (version 4 on): criteria, alternatives, who prepares.
DETAILS = ("criteria", "alternatieven", "voorbereiding")
DETAILS_SINCE = 4


def export(ctx: ExportContext) -> dict[str, Any]:
    atelier_id = ctx.atelier.id

    def rows(model: Any) -> list[Any]:
        return list(
            ctx.session.scalars(
                select(model).where(model.atelier_id == atelier_id).order_by(model.id)
            )
        )

    settings = ctx.session.scalars(
        select(models.Routemap).where(models.Routemap.atelier_id == atelier_id)
    ).one_or_none()
    besluitmomenten = [_besluitmoment(ctx, row) for row in rows(models.Besluitmoment)]
    risicos = [
        {
            "id": ctx.assign("risico", row.id),
            "code": row.code,
            "titel": row.titel,
            "kans": row.kans,
            "impact": row.impact,
            "eigenaar": owner(ctx, row.eigenaar_organisation_id, row.eigenaar_rol),
            "maatregel": row.maatregel,
            **_stamps(row),
        }
        for row in rows(models.Risico)
    ]
    mijlpalen = [
        {
            "id": ctx.assign("mijlpaal", row.id),
            "titel": row.titel,
            "fase": row.fase,
            "moment": row.moment,
            "eindproduct": row.eindproduct,
            "besluitmoment": ctx.local("besluitmoment", row.besluitmoment_id),
            **_stamps(row),
        }
        for row in rows(models.Mijlpaal)
    ]
    return {
        "settings": _settings(settings) if settings is not None else None,
        "besluitmomenten": besluitmomenten,
        "risicos": risicos,
        "mijlpalen": mijlpalen,
        "actions": routemap_actions.export(ctx, rows(models.Action)),
    }


def _besluitmoment(ctx: ExportContext, row: models.Besluitmoment) -> dict[str, Any]:
    return {
        "id": ctx.assign("besluitmoment", row.id),
        "titel": row.titel,
        "orgaan": row.orgaan,
        "datum": row.datum,
        "type": row.type,
        "voorstel": row.voorstel,
        "fase": row.fase,
        **{name: getattr(row, name) for name in DETAILS},
        **_stamps(row),
    }


def read(node: Node, ctx: ImportContext) -> None:
    fields = node.object(["settings", "besluitmomenten", "risicos", "mijlpalen", "actions"])
    rows: list[Any] = []
    if not fields["settings"].is_null():
        rows.append(_read_settings(fields["settings"], ctx))
    rows += [_read_besluitmoment(item, ctx) for item in fields["besluitmomenten"].items(MAX_ITEMS)]
    codes: set[str] = set()
    rows += [_read_risico(item, ctx, codes) for item in fields["risicos"].items(MAX_ITEMS)]
    mijlpaal_links = [_read_mijlpaal(item, ctx) for item in fields["mijlpalen"].items(MAX_ITEMS)]
    rows += [row for row, _besluit in mijlpaal_links]
    linked = routemap_actions.read(fields["actions"], ctx)

    def insert(session: Session) -> None:
        assert ctx.atelier is not None
        for row in rows:
            row.atelier_id = ctx.atelier.id
        for row, besluit in mijlpaal_links:
            row.besluitmoment_id = besluit.id if besluit is not None else None
        session.add_all(rows)
        session.flush()  # actions refer to these rows by id only: insert them first
        linked(session, ctx.atelier.id)

    ctx.after_insert(insert)


def _read_besluitmoment(item: Node, ctx: ImportContext) -> models.Besluitmoment:
    words = vocabulary()
    council = DETAILS if ctx.version >= DETAILS_SINCE else ()
    fields = item.object(
        ["id", "titel", "orgaan", "datum", "type", "voorstel", "fase", *council, *STAMPS]
    )
    details = {
        name: fields.text(name, max_length=MAX_TITLE if name == "voorbereiding" else MAX_TEXT)
        for name in council
    }
    row = models.Besluitmoment(
        titel=fields.text("titel", max_length=MAX_TITLE),
        orgaan=optional_choice(fields["orgaan"], keys(words.organen)),
        datum=moment(fields["datum"]),
        type=fields["type"].choice(keys(words.besluittypen)),
        voorstel=fields.text("voorstel", max_length=MAX_TEXT),
        fase=optional_choice(fields["fase"], words.fase_keys()),
        **details,
        **read_stamps(fields),
    )
    ctx.declare("besluitmoment", fields["id"], row)
    return row


def _read_risico(item: Node, ctx: ImportContext, codes: set[str]) -> models.Risico:
    words = vocabulary()
    fields = item.object(
        ["id", "code", "titel", "kans", "impact", "eigenaar", "maatregel", *STAMPS]
    )
    organisation, rol = read_owner(fields["eigenaar"], ctx)
    row = models.Risico(
        code=unique_code(fields["code"], codes),
        titel=fields.text("titel", max_length=MAX_TITLE, non_empty=True),
        kans=fields["kans"].choice(keys(words.niveaus)),
        impact=fields["impact"].choice(keys(words.niveaus)),
        eigenaar_organisation=organisation,
        eigenaar_rol=rol,
        maatregel=fields.text("maatregel", max_length=MAX_TEXT),
        **read_stamps(fields),
    )
    ctx.declare("risico", fields["id"], row)
    return row


def _read_mijlpaal(item: Node, ctx: ImportContext) -> tuple[models.Mijlpaal, Any]:
    """A mijlpaal, and the besluitmoment it leads to (linked once both have ids)."""
    words = vocabulary()
    fields = item.object(["id", "titel", "fase", "moment", "eindproduct", "besluitmoment", *STAMPS])
    row = models.Mijlpaal(
        titel=fields.text("titel", max_length=MAX_TITLE, non_empty=True),
        fase=fields["fase"].choice(words.fase_keys()),
        moment=moment(fields["moment"]),
        eindproduct=fields.text("eindproduct", max_length=MAX_TEXT),
        **read_stamps(fields),
    )
    ctx.declare("mijlpaal", fields["id"], row)
    return row, ctx.resolve("besluitmoment", fields["besluitmoment"])


def _stamps(row: Any) -> dict[str, str | None]:
    return {name: timestamp_text(getattr(row, name)) for name in STAMPS}


def _settings(row: models.Routemap) -> dict[str, Any]:
    return {
        "lane_set": row.lane_set,
        "rapportdatum": date_text(row.rapportdatum),
        **{name: getattr(row, name) for name in REPORT_TEXT_FIELDS},
        **_stamps(row),
    }


def _read_settings(node: Node, ctx: ImportContext) -> models.Routemap:
    fields = node.object(["lane_set", "rapportdatum", *REPORT_TEXT_FIELDS, *STAMPS])
    return models.Routemap(
        lane_set=fields["lane_set"].choice([s.key for s in vocabulary().lane_sets]),
        rapportdatum=fields["rapportdatum"].date(),
        **{name: fields.text(name, max_length=MAX_REPORT_TEXT) for name in REPORT_TEXT_FIELDS},
        **read_stamps(fields),
    )


SECTION = Section("routemap", since=2, export=export, read=read)
