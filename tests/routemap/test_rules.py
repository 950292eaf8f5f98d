"""The checks a facilitator sees on the routemap: owners, deadlines, cycles, go/no-go, gaps."""

from __future__ import annotations

import itertools

from atelier.domain.routemap.records import Severity
from atelier.services.routemap.actions import create_action, update_action
from atelier.services.routemap.items import create_besluitmoment
from atelier.services.routemap.snapshot import check


def _action(session, setting, wat, onderdeel="proces", fase="opstarten", **fields):
    fields.setdefault("eigenaar_organisation_id", setting.gemeente)
    fields.setdefault("eigenaar_rol", "projectleider")
    fields.setdefault("deadline", "Q2 2027")
    return create_action(
        session, setting.atelier_id, wat=wat, fase=fase, onderdeel_key=onderdeel, **fields
    )


def _errors(session, setting):
    return [f.message for f in check(session, setting.atelier_id) if f.severity is Severity.ERROR]


def _warnings(session, setting):
    return [f.message for f in check(session, setting.atelier_id) if f.severity is Severity.WARNING]


def test_an_action_without_owner_or_deadline_is_an_error(database, setting):
    with database.transaction() as session:
        action = create_action(
            session,
            setting.atelier_id,
            wat="Stel projectplan op",
            fase="opstarten",
            onderdeel_key="proces",
        )
        errors = _errors(session, setting)
    assert (
        f"{action.code} heeft geen eigenaar: kies één organisatie en een persoon of rol." in errors
    )
    assert any(e.startswith(f"{action.code} heeft geen deadline") for e in errors)


def test_an_owner_without_person_or_role_is_a_warning(database, setting):
    with database.transaction() as session:
        action = _action(session, setting, "Stel projectplan op", eigenaar_rol="")
        assert not _errors(session, setting)
        assert any(
            w.startswith(f"{action.code}: de eigenaar (Gemeente Veldwijk)")
            for w in _warnings(session, setting)
        )


def test_a_cycle_is_named_action_by_action(database, setting):
    with database.transaction() as session:
        a = _action(session, setting, "Wijkanalyse")
        b = _action(session, setting, "Projectplan", hangt_af_van=[a.id])
        c = _action(session, setting, "Startnotitie", hangt_af_van=[b.id])
        update_action(session, a.id, hangt_af_van=[c.id])
        cycles = [f for f in check(session, setting.atelier_id) if "wachten op elkaar" in f.message]
    assert len(cycles) == 1
    assert f"{a.code} → {c.code} → {b.code} → {a.code}" in cycles[0].message
    assert set(cycles[0].action_ids) == {a.id, b.id, c.id}
    assert cycles[0].severity is Severity.ERROR


def test_two_separate_cycles_give_two_findings_and_a_chain_gives_none(database, setting):
    with database.transaction() as session:
        a = _action(session, setting, "A")
        b = _action(session, setting, "B", hangt_af_van=[a.id])
        update_action(session, a.id, hangt_af_van=[b.id])
        chain = [_action(session, setting, f"Stap {i}") for i in range(3)]
        for earlier, later in itertools.pairwise(chain):
            update_action(session, later.id, hangt_af_van=[earlier.id])
        c = _action(session, setting, "C")
        d = _action(session, setting, "D", hangt_af_van=[c.id])
        update_action(session, c.id, hangt_af_van=[d.id])
        cycles = [f for f in check(session, setting.atelier_id) if "wachten op elkaar" in f.message]
    assert len(cycles) == 2


def test_a_deadline_before_what_it_waits_for_is_an_error(database, setting):
    with database.transaction() as session:
        first = _action(session, setting, "Wijkanalyse", deadline="Q3 2027")
        later = _action(
            session,
            setting,
            "Keuze warmteoplossing",
            deadline="30-06-2027",
            hangt_af_van=[first.id],
        )
        errors = _errors(session, setting)
    assert (
        f"{later.code} moet af zijn op 30-06-2027, maar wacht op {first.code} dat pas op "
        "Q3 2027 af is." in errors
    )


def test_a_date_inside_the_quarter_it_waits_for_is_only_a_warning(database, setting):
    with database.transaction() as session:
        first = _action(session, setting, "Wijkanalyse", deadline="Q3 2027")
        later = _action(session, setting, "Keuze", deadline="15-08-2027", hangt_af_van=[first.id])
        assert not _errors(session, setting)
        assert any(
            w.startswith(f"{later.code} (deadline 15-08-2027) kan eerder")
            for w in _warnings(session, setting)
        )
        update_action(session, later.id, deadline="Q4 2027")
        assert not [w for w in _warnings(session, setting) if "kan eerder" in w]


def test_a_go_no_go_needs_an_orgaan_and_a_date(database, setting):
    with database.transaction() as session:
        create_besluitmoment(session, setting.atelier_id, type="go_no_go", titel="Door naar VO")
        create_besluitmoment(
            session,
            setting.atelier_id,
            type="go_no_go",
            titel="Investeringsbesluit",
            orgaan="college",
            datum="Q1 2028",
        )
        create_besluitmoment(session, setting.atelier_id, type="informeren", titel="Raadsbrief")
        errors = _errors(session, setting)
    assert (
        "Go/no-go 'Door naar VO' heeft geen orgaan en geen datum: wie beslist er, en wanneer?"
        in errors
    )
    assert not [e for e in errors if "Investeringsbesluit" in e or "Raadsbrief" in e]


def test_a_go_no_go_without_criteria_is_a_warning(database, setting):
    with database.transaction() as session:
        weighed = dict(orgaan="college", datum="Q1 2028", type="go_no_go")
        create_besluitmoment(session, setting.atelier_id, titel="Warmtenet", **weighed)
        create_besluitmoment(
            session, setting.atelier_id, titel="Isoleren", criteria="Draagvlak > 70%", **weighed
        )
        create_besluitmoment(session, setting.atelier_id, type="besluiten", titel="WUP vaststellen")
        warnings = _warnings(session, setting)
    assert [w for w in warnings if "criteria" in w] == [
        "Go/no-go 'Warmtenet' noemt geen criteria: waaraan toetst het orgaan of het doorgaat? "
        "Vul de criteria in."
    ]


def test_a_lane_without_early_actions_is_a_warning_not_an_error(database, setting):
    with database.transaction() as session:
        for onderdeel in ("participatie", "proces", "techniek", "organisatie"):
            _action(session, setting, f"Eerste stap {onderdeel}", onderdeel=onderdeel)
        _action(session, setting, "Businesscase", onderdeel="financien", fase="ontwikkelen")
        warnings = _warnings(session, setting)
        assert not _errors(session, setting)
    lane_warnings = [w for w in warnings if w.startswith("Op de baan")]
    assert lane_warnings == [
        "Op de baan 'Financiën' staat niets in Opstarten en Uitwerken: wie zet hier de eerste stap?"
    ]


def test_the_raad_appearing_only_late_is_a_warning(database, setting):
    with database.transaction() as session:
        create_besluitmoment(
            session,
            setting.atelier_id,
            titel="Projectplan",
            orgaan="college",
            datum="01-03-2027",
            fase="opstarten",
        )
        late = create_besluitmoment(
            session,
            setting.atelier_id,
            titel="WUP vaststellen",
            orgaan="raad",
            datum="Q2 2028",
            fase="ontwikkelen",
        )
        warnings = _warnings(session, setting)
        assert "De gemeenteraad komt pas in de fase Ontwikkelen in beeld." in " ".join(warnings)
        create_besluitmoment(
            session,
            setting.atelier_id,
            titel="Raadsinformatiebrief",
            orgaan="raad",
            type="informeren",
            datum="Q1 2027",
            fase="opstarten",
        )
        assert not [w for w in _warnings(session, setting) if "gemeenteraad" in w]
    assert late.orgaan == "raad"


def test_a_routemap_without_the_raad_gets_a_warning(database, setting):
    with database.transaction() as session:
        create_besluitmoment(
            session, setting.atelier_id, titel="Projectplan", orgaan="college", datum="01-03-2027"
        )
        warnings = _warnings(session, setting)
    assert any(
        w.startswith("De gemeenteraad komt in geen enkel besluitmoment voor") for w in warnings
    )


def test_ontwikkelsporen_lanes_are_checked_in_that_layout(database, setting):
    from atelier.services.routemap.settings import set_lane_set

    with database.transaction() as session:
        _action(session, setting, "Bewonersavond", onderdeel="participatie")
        set_lane_set(session, setting.atelier_id, "ontwikkelsporen")
        lanes = [w for w in _warnings(session, setting) if w.startswith("Op de baan")]
    assert len(lanes) == 5
    assert not [w for w in lanes if "Wijk betrekken" in w]
