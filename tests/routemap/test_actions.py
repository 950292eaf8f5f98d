"""Creating, editing, moving, listing and deleting vervolgacties."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from atelier.services.ateliers import delete_atelier
from atelier.services.board.clusters import create_cluster
from atelier.services.board.notes import add_note
from atelier.services.errors import ServiceError
from atelier.services.people import remove_organisation
from atelier.services.routemap.actions import (
    create_action,
    get_action,
    list_actions,
    move_action,
    update_action,
)
from atelier.services.routemap.herkomst import create_action_from_cluster, create_action_from_notes
from atelier.services.routemap.items import create_besluitmoment, create_risico
from atelier.services.routemap.removal import remove
from atelier.services.routemap.settings import set_lane_set
from atelier.services.routemap.snapshot import get_routemap


def _new(
    session,
    setting,
    wat="Stel de participatievraag vast",
    onderdeel="participatie",
    fase="opstarten",
    **fields,
):
    return create_action(
        session, setting.atelier_id, wat=wat, fase=fase, onderdeel_key=onderdeel, **fields
    )


def test_codes_follow_the_lane_prefix_and_stay_when_the_card_moves(database, setting):
    with database.transaction() as session:
        first = _new(session, setting)
        second = _new(session, setting, wat="Organiseer bewonersavond")
        techniek = _new(session, setting, wat="Laat wijkanalyse maken", onderdeel="techniek")
        moved = move_action(session, first.id, lane="proces", fase="uitwerken")
        third = _new(session, setting, wat="Nog een")
    assert (first.code, second.code, techniek.code) == ("PA-01", "PA-02", "TE-01")
    assert (moved.code, moved.onderdeel, moved.fase) == ("PA-01", "proces", "uitwerken")
    assert third.code == "PA-03"


def test_every_field_of_an_action_is_kept(database, setting):
    with database.transaction() as session:
        besluit = create_besluitmoment(
            session,
            setting.atelier_id,
            titel="Go/no-go VO",
            type="go_no_go",
            orgaan="college",
            datum="Q4 2027",
        )
        risico = create_risico(session, setting.atelier_id, titel="Te weinig aansluitingen")
        earlier = _new(session, setting, wat="Wijkanalyse")
        action = _new(
            session,
            setting,
            resultaat="Vastgestelde participatievraag",
            eigenaar_organisation_id=setting.gemeente,
            eigenaar_rol="Projectleider warmte",
            uitvoerders=["Gemeente Veldwijk", "Bureau Wijkzaken"],
            betrokken="Ons Dak\nHuurders",
            informeren=["Gemeenteraad"],
            start="01-02-2027",
            deadline="Q2 2027",
            status="lopend",
            besluitmoment_id=besluit.id,
            risico_id=risico.id,
            hangt_af_van=[earlier.id],
            extern=["WIS-toekenning"],
            blauwdruk=True,
            budget_euro=25000,
            dekking="Gemeentebegroting",
        )
    with database.transaction() as session:
        stored = get_action(session, action.id)
    assert stored == action
    assert stored.eigenaar.label == "Gemeente Veldwijk (Projectleider warmte)"
    assert stored.betrokken == ("Ons Dak", "Huurders")
    assert (stored.start.label, stored.deadline.label) == ("01-02-2027", "Q2 2027")
    assert stored.hangt_af_van == (earlier.id,)
    assert stored.blauwdruk and stored.budget_euro == 25000


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"wat": "   "}, "een actie heeft een 'wat' nodig"),
        ({"deadline": "volgend jaar"}, "is geen datum of kwartaal"),
        ({"status": "bijna"}, "Onbekende status 'bijna'"),
        ({"fase": "afronden"}, "Onbekende fase 'afronden'"),
        ({"budget_euro": -5}, "niet negatief"),
        ({"kleur": "rood"}, "Onbekend veld 'kleur'"),
        ({"eigenaar_organisation_id": 9999}, "Organisatie 9999 bestaat niet"),
    ],
)
def test_bad_values_are_refused_with_a_dutch_message(database, setting, fields, message):
    with database.transaction() as session:
        action = _new(session, setting)
    with pytest.raises(ServiceError, match=message), database.transaction() as session:
        update_action(session, action.id, **fields)
    with database.transaction() as session:
        assert get_action(session, action.id) == action


def test_an_action_cannot_depend_on_itself(database, setting):
    with database.transaction() as session:
        action = _new(session, setting)
        with pytest.raises(ServiceError, match="kan niet van zichzelf afhangen"):
            update_action(session, action.id, hangt_af_van=[action.id])


def test_moving_puts_the_card_at_the_chosen_place_in_the_cell(database, setting):
    with database.transaction() as session:
        *_, c = (_new(session, setting, wat=w, fase="uitwerken") for w in "ABC")
        move_action(session, c.id, lane="participatie", fase="uitwerken", positie=0)
        cell = list_actions(session, setting.atelier_id, fase="uitwerken", sort="fase")
    assert [x.wat for x in cell] == ["C", "A", "B"]


def test_in_the_ontwikkelsporen_layout_moving_changes_the_spoor_not_the_onderdeel(
    database, setting
):
    with database.transaction() as session:
        action = _new(session, setting)
        set_lane_set(session, setting.atelier_id, "ontwikkelsporen")
        assert list_actions(session, setting.atelier_id, lane="wijk_betrekken") == [action]
        moved = move_action(session, action.id, lane="initiatief_ontwikkelen", fase="opstarten")
        set_lane_set(session, setting.atelier_id, "onderdelen")
        in_onderdelen = list_actions(session, setting.atelier_id, lane="participatie")
    assert (moved.onderdeel, moved.spoor) == ("participatie", "initiatief_ontwikkelen")
    assert [a.id for a in in_onderdelen] == [action.id]


def test_the_list_filters_by_owner_lane_and_status_and_sorts(database, setting):
    with database.transaction() as session:
        _new(
            session,
            setting,
            wat="Later",
            deadline="Q4 2027",
            eigenaar_organisation_id=setting.gemeente,
        )
        _new(
            session,
            setting,
            wat="Eerst",
            deadline="01-03-2027",
            status="lopend",
            eigenaar_organisation_id=setting.corporatie,
        )
        _new(
            session,
            setting,
            wat="Zonder datum",
            onderdeel="techniek",
            eigenaar_organisation_id=setting.corporatie,
        )
        by_deadline = list_actions(session, setting.atelier_id, sort="deadline")
        corporatie = list_actions(
            session, setting.atelier_id, eigenaar_organisation_id=setting.corporatie
        )
        lopend = list_actions(session, setting.atelier_id, status="lopend")
        techniek = list_actions(session, setting.atelier_id, lane="techniek")
        newest_first = list_actions(session, setting.atelier_id, sort="code", descending=True)
    assert [a.wat for a in by_deadline] == ["Eerst", "Later", "Zonder datum"]
    assert {a.wat for a in corporatie} == {"Eerst", "Zonder datum"}
    assert [a.wat for a in lopend] == ["Eerst"]
    assert [a.code for a in techniek] == ["TE-01"]
    assert [a.code for a in newest_first] == ["TE-01", "PA-02", "PA-01"]


def test_a_note_becomes_an_action_in_one_step_and_remembers_where_it_came_from(database, setting):
    with database.transaction() as session:
        note = add_note(session, setting.werkvorm_id, "Energiecoach per straat\nmet spreekuur")
        action = create_action_from_notes(session, [note.id], fase="uitwerken")
    assert action.wat == "Energiecoach per straat"
    assert (action.onderdeel, action.fase, action.code) == ("participatie", "uitwerken", "PA-01")
    assert action.herkomst_werkvorm_id == setting.werkvorm_id
    assert action.herkomst_note_ids == (note.id,)
    assert action.herkomst.startswith("Dagdeel 2, Klantreis: “Energiecoach per straat met")


def test_a_cluster_becomes_an_action_named_after_it(database, setting):
    with database.transaction() as session:
        ids = [add_note(session, setting.werkvorm_id, t).id for t in ("Kosten?", "Wie helpt?")]
        cluster = create_cluster(session, setting.werkvorm_id, "Ontzorgen bewoners", ids)
        action = create_action_from_cluster(session, cluster.id)
    assert action.wat == "Ontzorgen bewoners"
    assert action.herkomst_cluster_id == cluster.id
    assert action.herkomst_note_ids == tuple(ids)
    assert "cluster 'Ontzorgen bewoners' (2 notities)" in action.herkomst


def test_deleting_an_action_removes_it_from_the_dependencies_of_others(database, setting):
    with database.transaction() as session:
        first = _new(session, setting)
        second = _new(session, setting, hangt_af_van=[first.id])
        remove(session, "actie", first.id)
    with database.transaction() as session:
        assert get_action(session, second.id).hangt_af_van == ()


def test_removing_the_owner_organisation_leaves_the_action_without_owner(database, setting):
    with database.transaction() as session:
        action = _new(session, setting, eigenaar_organisation_id=setting.corporatie)
        remove_organisation(session, setting.corporatie)
    with database.transaction() as session:
        assert get_action(session, action.id).eigenaar.organisation_id is None


def test_deleting_the_atelier_deletes_its_routemap(database, setting):
    with database.transaction() as session:
        _new(session, setting)
        create_risico(session, setting.atelier_id, titel="Netcongestie")
    with database.transaction() as session:
        delete_atelier(session, setting.atelier_id)
    with database.transaction() as session:
        counts = [
            session.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in ("actie", "risico")
        ]
    assert counts == [0, 0]


def test_the_routemap_record_holds_everything(database, setting):
    with database.transaction() as session:
        _new(session, setting)
        create_risico(session, setting.atelier_id, titel="Netcongestie", kans="hoog", impact="hoog")
        routemap = get_routemap(session, setting.atelier_id)
    assert routemap.lane_set == "onderdelen"
    assert [a.code for a in routemap.actions] == ["PA-01"]
    assert [r.code for r in routemap.risicos] == ["R-01"]
