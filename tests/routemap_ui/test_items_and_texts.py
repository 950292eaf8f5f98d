"""Editors for mijlpalen, besluitmomenten, risico's and the report texts: typed, stored at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from atelier.services.routemap.items import list_besluitmomenten, list_mijlpalen, list_risicos
from atelier.services.routemap.settings import get_report_texts
from atelier.ui.routemap.routemap_page import BESLUITMOMENTEN, MIJLPALEN, RISICOS, TEXTS


def retype(qtbot, line_edit, text: str) -> None:
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Tab)  # leaving the field stores it


def test_a_new_decision_moment_is_typed_in_and_stored(qtbot, page, store, atelier_id):
    page.tabs.setCurrentIndex(BESLUITMOMENTEN)
    editor = page.besluitmomenten
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)

    retype(qtbot, editor.titel, "Stuurgroep kiest de warmteoplossing")
    editor.orgaan.setCurrentIndex(editor.orgaan.findData("stuurgroep"))
    editor.type.setCurrentIndex(editor.type.findData("go_no_go"))
    retype(qtbot, editor.datum.line, "Q2 2028")

    stored = next(
        b
        for b in store.read(lambda s: list_besluitmomenten(s, atelier_id))
        if b.titel == "Stuurgroep kiest de warmteoplossing"
    )
    assert (stored.orgaan, stored.type, stored.datum.label) == ("stuurgroep", "go_no_go", "Q2 2028")
    assert "Go/no-go: Stuurgroep kiest de warmteoplossing — Stuurgroep, Q2 2028" in [
        m.text for markers in page.snapshot.diagram.markers.values() for m in markers
    ]


def test_an_unreadable_date_is_explained_and_not_stored(qtbot, page, store, atelier_id):
    page.tabs.setCurrentIndex(MIJLPALEN)
    editor = page.mijlpalen
    editor.select(store.read(lambda s: list_mijlpalen(s, atelier_id))[0].id)

    retype(qtbot, editor.moment.line, "na de zomer")

    assert "'na de zomer' is geen datum of kwartaal" in editor.problem.text()
    assert store.read(lambda s: list_mijlpalen(s, atelier_id))[0].moment.label == "Q1 2027"


def test_a_risk_gets_an_owner_and_a_measure(qtbot, page, store, atelier_id):
    page.tabs.setCurrentIndex(RISICOS)
    editor = page.risicos
    editor.organisation.setCurrentIndex(editor.organisation.findText("Woonstichting De Veldhof"))
    editor.impact.setCurrentIndex(editor.impact.findData("laag"))
    editor.maatregel.setFocus()
    editor.maatregel.selectAll()
    qtbot.keyClicks(editor.maatregel, "Netbeheerder vroeg aan tafel")
    qtbot.keyClick(editor.maatregel, Qt.Key.Key_Tab)

    risico = store.read(lambda s: list_risicos(s, atelier_id))[0]
    assert risico.eigenaar.organisatie == "Woonstichting De Veldhof"
    assert risico.impact == "laag"
    assert risico.maatregel == "Netbeheerder vroeg aan tafel"


def test_report_texts_are_stored_when_the_user_moves_on(qtbot, page, store, atelier_id):
    page.tabs.setCurrentIndex(TEXTS)
    texts = page.report_texts
    texts.select_section("kaders")
    assert "Ambitie & kaders" in texts.hint.text()
    texts.editor.setFocus()
    qtbot.keyClicks(texts.editor, "De TVW wijst Zonnehoek aan als startwijk.")

    texts.select_section("wijk")  # moving to another part stores what was typed

    stored = store.read(lambda s: get_report_texts(s, atelier_id))
    assert stored.kaders == "De TVW wijst Zonnehoek aan als startwijk."
    texts.select_section("kaders")
    assert texts.editor.toPlainText() == "De TVW wijst Zonnehoek aan als startwijk."


def test_switching_to_the_ontwikkelsporen_shows_six_lanes(qtbot, page, store, atelier_id):
    qtbot.keyClicks(page.lane_set, "Zes")

    qtbot.waitUntil(lambda: len(page.scene.lanes) == 6)
    assert page.scene.card(page.snapshot.action_by_code("PA-01").id).lane == "wijk_betrekken"


def test_a_report_text_typed_just_before_closing_is_kept(qtbot, window, store, atelier_id):
    texts = window.routemap.page.report_texts
    window.atelier_page.show_tab("routemap")
    window.routemap.page.tabs.setCurrentIndex(TEXTS)
    texts.select_section("open_vragen")
    texts.editor.setFocus()
    qtbot.keyClicks(texts.editor, "Wie betaalt de binneninstallatie?")

    window.close()  # before the pause after typing has passed

    assert store.read(lambda s: get_report_texts(s, atelier_id)).open_vragen == (
        "Wie betaalt de binneninstallatie?"
    )


def test_item_edits_are_undone_field_by_field(qtbot, page, store, atelier_id):
    """A risico's title and owner's role, typed and stored, come back one step at a time."""
    page.tabs.setCurrentIndex(RISICOS)
    editor = page.risicos
    before = store.read(lambda s: list_risicos(s, atelier_id))[0]
    editor.select(before.id)
    retype(qtbot, editor.titel, "Netcongestie & <wachtrij>")
    retype(qtbot, editor.rol, "Netbeheerder")

    def stored():
        risico = next(
            r for r in store.read(lambda s: list_risicos(s, atelier_id)) if r.id == before.id
        )
        return risico.titel, risico.eigenaar.rol

    assert stored() == ("Netcongestie & <wachtrij>", "Netbeheerder")
    undo = next(a for a in page.actions() if a.text().startswith("&Ongedaan maken"))
    undo.trigger()
    assert stored() == ("Netcongestie & <wachtrij>", before.eigenaar.rol)
    undo.trigger()
    assert stored() == (before.titel, before.eigenaar.rol)
    assert editor.titel.text() == before.titel


def test_a_report_text_is_undone_in_one_step(qtbot, page, store, atelier_id):
    page.tabs.setCurrentIndex(TEXTS)
    texts = page.report_texts
    texts.select_section("kaders")
    before = store.read(lambda s: get_report_texts(s, atelier_id)).kaders
    texts.editor.setFocus()
    qtbot.keyClicks(texts.editor, "De TVW wijst ")
    texts.save_current()  # as a pause in typing does
    qtbot.keyClicks(texts.editor, "Zonnehoek aan.")
    texts.select_section("wijk")
    assert store.read(lambda s: get_report_texts(s, atelier_id)).kaders.endswith("Zonnehoek aan.")

    undo = next(a for a in page.actions() if a.text().startswith("&Ongedaan maken"))
    undo.trigger()
    assert store.read(lambda s: get_report_texts(s, atelier_id)).kaders == before
    texts.select_section("kaders")
    assert texts.editor.toPlainText() == before


def test_a_decision_moment_says_what_a_council_needs(qtbot, page, store, atelier_id):
    page.tabs.setCurrentIndex(BESLUITMOMENTEN)
    editor = page.besluitmomenten
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.criteria.setFocus()
    qtbot.keyClicks(editor.criteria, "Door als minstens 60% van de huurders ja zegt")
    editor.alternatieven.setFocus()  # leaving the field stores it
    qtbot.keyClicks(editor.alternatieven, "Eerst isoleren & <later kiezen>")
    retype(qtbot, editor.voorbereiding, "Projectleider warmte")

    stored = next(
        b
        for b in store.read(lambda s: list_besluitmomenten(s, atelier_id))
        if b.voorbereiding == "Projectleider warmte"
    )
    assert stored.criteria == "Door als minstens 60% van de huurders ja zegt"
    assert stored.alternatieven == "Eerst isoleren & <later kiezen>"
