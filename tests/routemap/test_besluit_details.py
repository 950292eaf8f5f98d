"""A besluitmoment holds what a council needs: the decision asked (voorstel), the go/no-go
criteria, the alternatives, and who prepares it."""

from __future__ import annotations

import pytest

from atelier.services.errors import ServiceError
from atelier.services.routemap.items import (
    create_besluitmoment,
    list_besluitmomenten,
    update_besluitmoment,
)


def test_the_details_are_stored_and_read_back(database, atelier_id):
    with database.transaction() as session:
        made = create_besluitmoment(
            session,
            atelier_id,
            titel="Go/no-go warmtenet",
            type="go_no_go",
            voorstel="Het college besluit of het warmtenet wordt uitgewerkt.",
            criteria="≥ 60% van de huurders zegt ja;\nnetcapaciteit bevestigd",
            alternatieven="All-electric & <eerst isoleren>",
        )
        update_besluitmoment(session, made.id, made, voorbereiding="Projectleider warmte")
        stored = list_besluitmomenten(session, atelier_id)[0]
    assert stored.criteria == "≥ 60% van de huurders zegt ja;\nnetcapaciteit bevestigd"
    assert stored.alternatieven == "All-electric & <eerst isoleren>"
    assert stored.voorbereiding == "Projectleider warmte"


def test_who_prepares_is_a_name_not_an_essay(database, atelier_id):
    with database.transaction() as session:
        made = create_besluitmoment(session, atelier_id, titel="Raadsbesluit")
        with pytest.raises(ServiceError):
            update_besluitmoment(session, made.id, voorbereiding="x" * 5000)
