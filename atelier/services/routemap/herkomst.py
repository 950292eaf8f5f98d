"""Turning notes or a cluster into an action in one step, keeping where it came from."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.domain.routemap.records import ActionData
from atelier.domain.routemap.vocabulary import vocabulary
from atelier.services.errors import NotFound, ServiceError
from atelier.services.routemap.actions import MAX_WAT, create_action, get_action
from atelier.storage import models
from atelier.translation import _, ngettext

MAX_QUOTE = 300
MAX_QUOTES = 5


def create_action_from_notes(
    session: Session, note_ids: list[int], *, fase: str | None = None, **fields: object
) -> ActionData:
    """An action whose 'wat' is the (first) note's text; the notes are its herkomst."""
    notes = [_note(session, note_id) for note_id in dict.fromkeys(note_ids)]
    if not notes:
        raise ServiceError(_("Kies minstens één notitie om een actie van te maken."))
    werkvorm = notes[0].werkvorm
    if any(n.werkvorm_id != werkvorm.id for n in notes):
        raise ServiceError(_("Kies notities van één werkvorm om samen een actie van te maken."))
    quotes = "; ".join(_quote(n.text) for n in notes[:MAX_QUOTES])
    if len(notes) > MAX_QUOTES:
        more = len(notes) - MAX_QUOTES
        quotes += ngettext(" en nog {count} notitie", " en nog {count} notities", more).format(
            count=more
        )
    defaults: dict[str, object] = {
        "wat": _first_line(notes[0].text),
        "herkomst": f"{_werkvorm_label(werkvorm)}: {quotes}",
    }
    return _create(session, werkvorm, notes, None, fase, {**defaults, **fields})


def create_action_from_cluster(
    session: Session, cluster_id: int, *, fase: str | None = None, **fields: object
) -> ActionData:
    """An action named after the cluster; its notes, cluster and werkvorm are its herkomst."""
    cluster = session.get(models.Cluster, cluster_id)
    if cluster is None:
        raise NotFound("Cluster", cluster_id)
    notes = list(
        session.scalars(
            select(models.Note)
            .where(models.Note.cluster_id == cluster_id, models.Note.deleted_at.is_(None))
            .order_by(models.Note.id)
        )
    )
    title = cluster.titel.strip() or (_first_line(notes[0].text) if notes else "")
    if not title:
        raise ServiceError(
            _("Dit cluster heeft geen titel en geen notities om een actie van te maken.")
        )
    count = ngettext("{count} notitie", "{count} notities", len(notes)).format(count=len(notes))
    defaults: dict[str, object] = {
        "wat": _first_line(title),
        "herkomst": f"{_werkvorm_label(cluster.werkvorm)}, cluster '{title}' ({count})",
    }
    return _create(session, cluster.werkvorm, notes, cluster, fase, {**defaults, **fields})


def _create(
    session: Session,
    werkvorm: models.Werkvorm,
    notes: list[models.Note],
    cluster: models.Cluster | None,
    fase: str | None,
    fields: dict[str, object],
) -> ActionData:
    onderdelen = Counter(n.onderdeel for n in notes)
    onderdeel_key = str(
        fields.pop("onderdeel", None)
        or (onderdelen.most_common(1)[0][0] if onderdelen else werkvorm.onderdeel)
    )
    action = create_action(
        session,
        werkvorm.dagdeel.atelier_id,
        fase=fase or vocabulary().fase_keys()[0],
        onderdeel_key=onderdeel_key,
        **fields,  # type: ignore[arg-type]
    )
    row = session.get(models.Action, action.id)
    assert row is not None
    row.herkomst_werkvorm_id = werkvorm.id
    row.herkomst_cluster_id = cluster.id if cluster is not None else None
    row.herkomst_notes = notes
    session.flush()
    return get_action(session, action.id)


def _werkvorm_label(werkvorm: models.Werkvorm) -> str:
    return _("Dagdeel {nummer}, {titel}").format(
        nummer=werkvorm.dagdeel.nummer, titel=werkvorm.titel
    )


def _first_line(text: str) -> str:
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= MAX_WAT else line[: MAX_WAT - 1].rstrip() + "…"


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    short = flat if len(flat) <= MAX_QUOTE else flat[: MAX_QUOTE - 1].rstrip() + "…"
    return f"“{short}”"


def _note(session: Session, note_id: int) -> models.Note:
    note = session.get(models.Note, note_id)
    if note is None or note.deleted_at is not None:
        raise NotFound("Notitie", note_id)
    return note
