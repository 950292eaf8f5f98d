"""A deleted row can be put back exactly, with what the database deleted with it (its
attendance, its dots) and the references it emptied (participants, notes and actions of a
removed organisation); under a new id when its own was taken, with what went with it pointing
at that; without references to what is gone meanwhile."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from atelier.services.ateliers import get_atelier
from atelier.services.board.notes import add_note
from atelier.services.board.voting import give_dot
from atelier.services.people import add_organisation, add_participant
from atelier.services.routemap.actions import create_action
from atelier.storage import models
from atelier.storage.removal import put_back, remove_row


@pytest.fixture
def people(database, atelier_id):
    """An organisation with a participant (at dagdelen 1 and 3, with dots on a note), a note
    written on its behalf and an action it owns."""
    with database.transaction() as session:
        werkvorm = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0]
        organisation = add_organisation(
            session, atelier_id, "Woonstichting Ons Dak", "woningcorporatie"
        )
        participant = add_participant(
            session,
            atelier_id,
            "Fatima El Amrani",
            organisation_id=organisation.id,
            dagdelen=(1, 3),
        )
        note = add_note(
            session, werkvorm.id, "Huurders eerst", author_organisation_id=organisation.id
        )
        give_dot(session, note.id, participant.id, 2)
        action = create_action(
            session,
            atelier_id,
            wat="Spreek de huurders",
            fase="opstarten",
            onderdeel_key="participatie",
            eigenaar_organisation_id=organisation.id,
        )
    return organisation.id, participant.id, note.id, action.id


def state(database) -> dict[str, list[tuple]]:
    """Every row of the tables a person's removal touches."""
    tables = ("organisation", "participant", "attendance", "vote", "note", "actie")
    with database.transaction() as session:
        return {
            name: sorted(
                tuple(row) for row in session.execute(select(models.Base.metadata.tables[name]))
            )
            for name in tables
        }


def count(database, model) -> int:
    with database.transaction() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_participant_comes_back_with_attendance_and_dots(database, people):
    _organisation, participant, _note, _action = people
    before = state(database)
    with database.transaction() as session:
        removed = remove_row(session, "participant", participant)
    assert count(database, models.Vote) == 0 and count(database, models.attendance) == 0
    with database.transaction() as session:
        assert put_back(session, removed) == participant
    assert state(database) == before


def test_an_organisation_comes_back_to_everything_that_named_it(database, people):
    organisation, participant, note, action = people
    before = state(database)
    with database.transaction() as session:
        removed = remove_row(session, "organisation", organisation)
        assert session.get(models.Participant, participant).organisation_id is None
        assert session.get(models.Note, note).author_organisation_id is None
        assert session.get(models.Action, action).eigenaar_organisation_id is None
    with database.transaction() as session:
        put_back(session, removed)
    assert state(database) == before


def test_a_row_whose_id_was_taken_comes_back_under_a_new_one_with_its_own(database, people):
    _organisation, participant, _note, _action = people
    with database.transaction() as session:
        removed = remove_row(session, "participant", participant)
        session.execute(  # a colleague's participant took the id meanwhile
            models.Base.metadata.tables["participant"]
            .insert()
            .values(id=participant, atelier_id=removed.value("atelier_id"), name="Kees Jansen")
        )
    with database.transaction() as session:
        back = put_back(session, removed)
        assert back != participant
        assert session.get(models.Participant, back).name == "Fatima El Amrani"
        assert [d.nummer for d in session.get(models.Participant, back).dagdelen] == [1, 3]
        votes = session.scalars(select(models.Vote).where(models.Vote.participant_id == back))
        assert [v.count for v in votes] == [2]
        assert session.get(models.Participant, participant).name == "Kees Jansen"


def test_what_is_gone_meanwhile_is_not_pointed_at(database, people):
    organisation, participant, note, _action = people
    with database.transaction() as session:
        removed = remove_row(session, "participant", participant)
        remove_row(session, "organisation", organisation)  # its organisation
        remove_row(session, "note", note)  # the note it voted on
    with database.transaction() as session:
        back = put_back(session, removed)
        assert session.get(models.Participant, back).organisation_id is None
    assert count(database, models.Vote) == 0  # a dot needs its note
