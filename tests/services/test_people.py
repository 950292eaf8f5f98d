"""Organisations and participants of an atelier, and who attends which dagdeel."""

from __future__ import annotations

import pytest

from atelier.services.ateliers import get_atelier
from atelier.services.board.notes import add_note, get_note
from atelier.services.errors import NotFound, ServiceError
from atelier.services.people import (
    MAX_NAME,
    add_organisation,
    add_participant,
    remove_organisation,
    remove_participant,
    set_attendance,
    update_organisation,
    update_participant,
)


def people(database, atelier_id: int):
    with database.transaction() as session:
        atelier = get_atelier(session, atelier_id)
    return atelier.organisations, atelier.participants


def test_organisations_are_kept_with_their_stakeholder_type(database, atelier_id):
    with database.transaction() as session:
        corporatie = add_organisation(
            session, atelier_id, "Woonstichting Klaverhuis", "woningcorporatie"
        )
        add_organisation(session, atelier_id, "  Bewonersclub 't Veld & Co  ")

    organisations, _ = people(database, atelier_id)
    assert [(o.name, o.stakeholder_type) for o in organisations] == [
        ("Woonstichting Klaverhuis", "woningcorporatie"),
        ("Bewonersclub 't Veld & Co", "overig"),
    ]

    with database.transaction() as session:
        update_organisation(session, corporatie.id, name="Klaverhuis", stakeholder_type="vve")
    organisations, _ = people(database, atelier_id)
    assert (organisations[0].name, organisations[0].stakeholder_type) == ("Klaverhuis", "vve")


@pytest.mark.parametrize(
    ("name", "stakeholder_type", "message"),
    [
        ("", "overig", "Een naam mag niet leeg zijn."),
        ("x" * (MAX_NAME + 1), "overig", f"hoogstens {MAX_NAME} tekens"),
        ("Stichting", "geheime_dienst", "Onbekend type belanghebbende 'geheime_dienst'"),
    ],
    ids=["empty", "too-long", "unknown-type"],
)
def test_an_unusable_organisation_is_refused_in_dutch(
    database, atelier_id, name, stakeholder_type, message
):
    with pytest.raises(ServiceError, match=message), database.transaction() as session:
        add_organisation(session, atelier_id, name, stakeholder_type)
    assert people(database, atelier_id)[0] == ()


def test_participants_attend_the_dagdelen_they_are_signed_up_for(database, atelier_id):
    with database.transaction() as session:
        organisation = add_organisation(session, atelier_id, "Netbeheer Lindeburg", "netbeheerder")
        sanne = add_participant(
            session,
            atelier_id,
            "Sanne de Vries",
            organisation_id=organisation.id,
            role="projectleider",
            dagdelen=(3, 1),
        )
        add_participant(session, atelier_id, "Joost Bakker")

    _, participants = people(database, atelier_id)
    assert [(p.name, p.organisation_id, p.role, p.dagdelen) for p in participants] == [
        ("Sanne de Vries", organisation.id, "projectleider", (1, 3)),
        ("Joost Bakker", None, "", ()),
    ]

    with database.transaction() as session:
        set_attendance(session, sanne.id, (2, 3, 4))
        update_participant(session, sanne.id, role="wethouder", organisation_id=None)
    _, participants = people(database, atelier_id)
    assert (participants[0].dagdelen, participants[0].role, participants[0].organisation_id) == (
        (2, 3, 4),
        "wethouder",
        None,
    )


def test_attending_a_dagdeel_the_atelier_does_not_have_is_refused(database, atelier_id):
    with database.transaction() as session:
        participant = add_participant(session, atelier_id, "Sanne de Vries", dagdelen=(1,))
    with pytest.raises(ServiceError, match="geen dagdeel 7"), database.transaction() as session:
        set_attendance(session, participant.id, (2, 7))
    assert people(database, atelier_id)[1][0].dagdelen == (1,)


def test_an_organisation_of_another_atelier_is_refused(database, atelier_id, other_atelier_id):
    with database.transaction() as session:
        elsewhere = add_organisation(session, other_atelier_id, "Gemeente Elders")
        participant = add_participant(session, atelier_id, "Joost Bakker")
    with (
        pytest.raises(ServiceError, match="hoort niet bij dit atelier"),
        database.transaction() as session,
    ):
        add_participant(session, atelier_id, "Kees", organisation_id=elsewhere.id)
    with (
        pytest.raises(ServiceError, match="hoort niet bij dit atelier"),
        database.transaction() as session,
    ):
        update_participant(session, participant.id, organisation_id=elsewhere.id)
    _, participants = people(database, atelier_id)
    assert [(p.name, p.organisation_id) for p in participants] == [("Joost Bakker", None)]


def test_removing_an_organisation_keeps_its_people_and_their_notes(database, atelier_id):
    with database.transaction() as session:
        organisation = add_organisation(session, atelier_id, "Woonstichting Klaverhuis")
        add_participant(session, atelier_id, "Sanne de Vries", organisation_id=organisation.id)
        werkvorm_id = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
        note = add_note(
            session, werkvorm_id, "Van de corporatie", author_organisation_id=organisation.id
        )

    with database.transaction() as session:
        remove_organisation(session, organisation.id)

    organisations, participants = people(database, atelier_id)
    assert organisations == ()
    assert [(p.name, p.organisation_id) for p in participants] == [("Sanne de Vries", None)]
    with database.transaction() as session:
        kept = get_note(session, note.id)
    assert (kept.text, kept.author_organisation_id) == ("Van de corporatie", None)


def test_removing_a_participant(database, atelier_id):
    with database.transaction() as session:
        leaving = add_participant(session, atelier_id, "Joost Bakker", dagdelen=(1, 2))
        add_participant(session, atelier_id, "Sanne de Vries")
    with database.transaction() as session:
        remove_participant(session, leaving.id)
    assert [p.name for p in people(database, atelier_id)[1]] == ["Sanne de Vries"]
    with (
        pytest.raises(NotFound, match=r"Deelnemer \d+ bestaat niet"),
        database.transaction() as session,
    ):
        remove_participant(session, leaving.id)
