"""Deleting an action, mijlpaal, besluitmoment or risico can be undone: it comes back as it
was, with its id, code, fields and links (the routemap reads the same as before), or under a
new id and code when those were taken meanwhile."""

from __future__ import annotations

import pytest

from atelier.services.board.notes import add_note
from atelier.services.routemap.actions import create_action, update_action
from atelier.services.routemap.items import (
    create_besluitmoment,
    create_mijlpaal,
    create_risico,
)
from atelier.services.routemap.removal import bring_back, remove
from atelier.services.routemap.snapshot import get_routemap


@pytest.fixture
def routemap(database, setting):
    """Three actions waiting for each other, made from a note, tied to a besluitmoment (with a
    mijlpaal) and a risico."""
    with database.transaction() as session:
        note = add_note(session, setting.werkvorm_id, "Klankbordgroep <samen> & snel 🌱")
        moment = create_besluitmoment(
            session, setting.atelier_id, type="go_no_go", titel="Door met het warmtenet?"
        )
        create_mijlpaal(
            session,
            setting.atelier_id,
            titel="Startnotitie vastgesteld",
            fase="opstarten",
            besluitmoment_id=moment.id,
        )
        risico = create_risico(session, setting.atelier_id, titel="Netcapaciteit onzeker")
        first = create_action(
            session,
            setting.atelier_id,
            wat="Richt een klankbordgroep op",
            fase="opstarten",
            onderdeel_key="participatie",
            eigenaar_organisation_id=setting.gemeente,
            resultaat="Klankbordgroep van 12 bewoners",
            deadline="2026-12-15",
            budget_euro=12_000,
            besluitmoment_id=moment.id,
            risico_id=risico.id,
        )
        middle = create_action(
            session,
            setting.atelier_id,
            wat="Vraag de wijkanalyse aan",
            fase="uitwerken",
            onderdeel_key="techniek",
            hangt_af_van=[first.id],
        )
        create_action(
            session,
            setting.atelier_id,
            wat="Bespreek de uitkomst",
            fase="ontwikkelen",
            onderdeel_key="proces",
            hangt_af_van=[middle.id],
        )
        from atelier.storage import models

        row = session.get(models.Action, middle.id)
        row.herkomst_notes.append(session.get(models.Note, note.id))
        session.flush()
    return setting.atelier_id, first.id, middle.id, moment.id, risico.id


def read(database, atelier_id):
    with database.transaction() as session:
        return get_routemap(session, atelier_id)


def test_a_deleted_action_comes_back_with_its_fields_and_every_link(database, routemap):
    atelier_id, _first, middle, _moment, _risico = routemap
    before = read(database, atelier_id)
    with database.transaction() as session:
        removed = remove(session, "actie", middle)
    gone = read(database, atelier_id)
    assert middle not in [a.id for a in gone.actions]
    assert all(middle not in a.hangt_af_van for a in gone.actions)
    with database.transaction() as session:
        assert bring_back(session, removed) == middle
    assert read(database, atelier_id) == before


@pytest.mark.parametrize("kind", ["besluitmoment", "risico", "mijlpaal"])
def test_a_deleted_item_comes_back_and_what_was_tied_to_it_again(database, routemap, kind):
    atelier_id, _first, _middle, moment, risico = routemap
    before = read(database, atelier_id)
    ident = {
        "besluitmoment": moment,
        "risico": risico,
        "mijlpaal": before.mijlpalen[0].id,
    }[kind]
    with database.transaction() as session:
        removed = remove(session, kind, ident)
    gone = read(database, atelier_id)
    if kind == "besluitmoment":
        assert all(a.besluitmoment_id is None for a in gone.actions)
        assert gone.mijlpalen[0].besluitmoment_id is None
    with database.transaction() as session:
        assert bring_back(session, removed) == ident
    assert read(database, atelier_id) == before


def test_an_action_whose_code_was_taken_meanwhile_comes_back_under_a_new_one(database, routemap):
    atelier_id, first, _middle, _moment, _risico = routemap
    with database.transaction() as session:
        removed = remove(session, "actie", first)
        newcomer = create_action(  # a colleague's, or one made while it was gone
            session, atelier_id, wat="Nieuw", fase="opstarten", onderdeel_key="participatie"
        )
    assert newcomer.code == "PA-01"
    with database.transaction() as session:
        back = bring_back(session, removed)
    after = {a.id: a for a in read(database, atelier_id).actions}
    assert after[back].code == "PA-02" and after[back].wat == "Richt een klankbordgroep op"
    assert after[newcomer.id].code == "PA-01"
    assert after[back].budget_euro == 12_000


def test_links_to_what_is_gone_meanwhile_stay_away(database, routemap):
    atelier_id, first, middle, _moment, _risico = routemap
    with database.transaction() as session:
        removed = remove(session, "actie", middle)
        remove(session, "actie", first)  # what it waited for
    with database.transaction() as session:
        bring_back(session, removed)
    back = next(a for a in read(database, atelier_id).actions if a.id == middle)
    assert back.hangt_af_van == ()


def test_a_link_a_colleague_set_otherwise_meanwhile_stays_theirs(database, routemap):
    atelier_id, first, _middle, moment, _risico = routemap
    with database.transaction() as session:
        other = create_besluitmoment(session, atelier_id, titel="Raadsbesluit")
        removed = remove(session, "besluitmoment", moment)
        update_action(session, first, besluitmoment_id=other.id)
    with database.transaction() as session:
        bring_back(session, removed)
    actions = {a.id: a for a in read(database, atelier_id).actions}
    assert actions[first].besluitmoment_id == other.id
