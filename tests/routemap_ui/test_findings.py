"""The routemap check beside the board: problems in Dutch; clicking one shows what it is about."""

from __future__ import annotations

from PySide6.QtCore import Qt

from atelier.services.routemap.actions import update_action


def click_finding(qtbot, panel, text: str) -> None:
    row = next(r for r, message in enumerate(panel.messages()) if text in message)
    item = panel.list.item(row)
    panel.list.scrollToItem(item)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_cycle_is_reported_in_dutch_and_clicking_it_selects_the_action(
    qtbot, page, store, codes, atelier_id
):
    a, b = codes["PA-01"], codes["PA-02"]
    page.operations.save_action(atelier_id, a, {"hangt_af_van": [b]})
    page.operations.save_action(atelier_id, b, {"hangt_af_van": [a]})

    messages = page.findings.messages()
    cycle = [m for m in messages if "wachten op elkaar" in m]
    assert cycle == [
        "Deze acties wachten op elkaar, dus geen ervan kan beginnen: PA-01 → PA-02 → PA-01. "
        "Haal één afhankelijkheid weg."
    ]
    assert page.scene.card(a).info.problem == "error"

    page.scene.clearSelection()
    click_finding(qtbot, page.findings, "wachten op elkaar")

    assert page.view.selected_action() == a


def test_a_deadline_before_the_one_it_waits_for_is_reported(qtbot, page, store, codes):
    # PR-01 (01-02-2027) waits for TE-01 (Q3 2027): it cannot be done in time
    with store.database.transaction() as session:
        update_action(session, codes["PR-01"], hangt_af_van=[codes["TE-01"]])
    store.routemapChanged.emit(page.atelier_id)

    assert (
        "PR-01 moet af zijn op 01-02-2027, maar wacht op TE-01 dat pas op Q3 2027 af is."
        in page.findings.messages()
    )
    click_finding(qtbot, page.findings, "PR-01 moet af zijn")
    assert page.view.selected_action() == codes["PR-01"]


def test_a_missing_owner_and_deadline_are_errors(qtbot, page, codes, atelier_id):
    page.operations.save_action(
        atelier_id, codes["OR-01"], {"eigenaar_organisation_id": None, "deadline": ""}
    )

    messages = page.findings.messages()
    assert any(m.startswith("OR-01 heeft geen eigenaar") for m in messages)
    assert any(m.startswith("OR-01 heeft geen deadline") for m in messages)
    errors = [f for f in page.findings.findings() if f.severity.value == "error"]
    assert messages[: len(errors)] == [f.message for f in errors]  # errors come first


def test_double_clicking_a_finding_opens_the_action(qtbot, page, codes, atelier_id):
    page.operations.save_action(atelier_id, codes["FI-01"], {"deadline": ""})
    row = next(r for r, m in enumerate(page.findings.messages()) if m.startswith("FI-01"))
    rect = page.findings.list.visualItemRect(page.findings.list.item(row))

    viewport = page.findings.list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # starts as a click

    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    assert page.editor.code.text() == "FI-01"
    page.editor.reject()


def test_a_go_no_go_without_date_opens_the_decision_moments(qtbot, page, store, atelier_id):
    page.operations.create_item(atelier_id, "besluitmoment", titel="Doorgaan?", type="go_no_go")

    click_finding(qtbot, page.findings, "Go/no-go 'Doorgaan?' heeft geen orgaan en geen datum")

    assert page.tabs.currentWidget() is page.besluitmomenten
    assert page.besluitmomenten.selected_item().titel == "Doorgaan?"
