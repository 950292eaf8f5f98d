"""The money overview adds the actions' budgets per onderdeel and per instrument."""

from __future__ import annotations

from atelier.domain.routemap.money import NO_INSTRUMENT, money_overview
from atelier.domain.routemap.vocabulary import vocabulary
from atelier.services.routemap.actions import create_action, list_actions


def _actions(database, atelier_id, budgets):
    fase = vocabulary().fase_keys()[0]
    with database.transaction() as session:
        for onderdeel, euro, dekking in budgets:
            create_action(
                session,
                atelier_id,
                wat=f"Actie voor {onderdeel}",
                fase=fase,
                onderdeel_key=onderdeel,
                budget_euro=euro,
                dekking=dekking,
            )
        return list_actions(session, atelier_id)


def test_budgets_add_up_per_onderdeel_and_instrument(database, atelier_id):
    actions = _actions(
        database,
        atelier_id,
        [
            ("techniek", 25_000, "Gemeentebegroting"),
            ("techniek", 10_000, "warmtefonds "),
            ("financien", 40_000, "Warmtefonds"),
            ("financien", 5_000, ""),
            ("participatie", None, "Gemeentebegroting"),
        ],
    )
    overview = money_overview(actions)
    assert overview.total.euro == 80_000
    assert overview.per_onderdeel["techniek"].euro == 35_000
    assert overview.per_onderdeel["financien"].codes == ("FI-01", "FI-02")
    assert "participatie" not in overview.per_onderdeel
    by_name = {name.casefold(): total for name, total in overview.per_instrument.items()}
    assert set(by_name) == {"warmtefonds", "gemeentebegroting", NO_INSTRUMENT}
    assert by_name["warmtefonds"].euro == 50_000  # one instrument, however it was typed
    assert overview.per_instrument["Gemeentebegroting"].codes == ("TE-01",)
    assert overview.per_instrument[NO_INSTRUMENT].codes == ("FI-02",)
    assert overview.without_budget == ("PA-01",)


def test_without_budgets_the_overview_is_empty(database, atelier_id):
    overview = money_overview(_actions(database, atelier_id, [("participatie", None, "")]))
    assert overview.empty
    assert overview.without_budget == ("PA-01",)
