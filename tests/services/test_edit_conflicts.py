"""Two facilitators on one atelier (the team archive): an edit of what a colleague changed since
it was shown is refused, the colleague's work stays, and the refused text is handed back."""

from __future__ import annotations

import threading

import pytest

from atelier.domain.routemap.vocabulary import vocabulary
from atelier.services.ateliers import get_atelier, update_intake
from atelier.services.board.cluster_changes import rename_cluster
from atelier.services.board.clusters import create_cluster
from atelier.services.board.notes import add_note, edit_note, get_note, move_note
from atelier.services.edit_conflicts import EditConflict
from atelier.services.routemap.actions import create_action, get_action, update_action
from atelier.storage.archive.database import open_archive
from tests.engines import needs_postgres


def _note(database, werkvorm_id: int, text: str) -> int:
    with database.transaction() as session:
        return add_note(session, werkvorm_id, text).id


def test_a_note_changed_by_a_colleague_is_not_overwritten(database, werkvorm):
    note_id = _note(database, werkvorm.id, "Buurtapp voor de wijk")
    with database.transaction() as session:  # Anna, who saw the first text
        edit_note(
            session, note_id, text="Buurtapp én nieuwsbrief", seen={"text": "Buurtapp voor de wijk"}
        )
    # Bram, who saw it too
    with pytest.raises(EditConflict) as refused, database.transaction() as session:
        edit_note(
            session, note_id, text="Buurtapp schrappen", seen={"text": "Buurtapp voor de wijk"}
        )
    assert "collega" in str(refused.value) and "niet opgeslagen" in str(refused.value)
    assert refused.value.typed_texts() == ["Buurtapp schrappen"]
    with database.transaction() as session:
        assert get_note(session, note_id).text == "Buurtapp én nieuwsbrief"


def test_an_edit_of_what_is_still_as_seen_is_stored(database, werkvorm):
    note_id = _note(database, werkvorm.id, "Warmtenet")
    with database.transaction() as session:  # a colleague only moved the note meanwhile
        move_note(session, note_id, 400.0, 120.0)
    with database.transaction() as session:
        edit_note(session, note_id, text="Warmtenet & <isolatie> 👍", seen={"text": "Warmtenet"})
        assert get_note(session, note_id).text == "Warmtenet & <isolatie> 👍"
    with database.transaction() as session:  # undo: what this edit stored is what it saw
        edit_note(session, note_id, text="Warmtenet", seen={"text": "Warmtenet & <isolatie> 👍"})
        assert get_note(session, note_id).text == "Warmtenet"


def test_a_cluster_renamed_by_a_colleague_keeps_their_title(database, werkvorm):
    note_id = _note(database, werkvorm.id, "Subsidie aanvragen")
    with database.transaction() as session:
        cluster_id = create_cluster(session, werkvorm.id, "Geld", [note_id]).id
    with database.transaction() as session:
        rename_cluster(session, cluster_id, "Financiering", seen="Geld")
    with pytest.raises(EditConflict), database.transaction() as session:
        rename_cluster(session, cluster_id, "Kosten", seen="Geld")
    with database.transaction() as session:
        rename_cluster(session, cluster_id, "Financiering en kosten", seen="Financiering")


def test_intake_fields_conflict_one_by_one(database, atelier_id):
    with database.transaction() as session:
        before = get_atelier(session, atelier_id)
        update_intake(session, atelier_id, seen={"wijk": before.wijk}, wijk="Noordhoek")
    with database.transaction() as session:  # another field: no conflict
        update_intake(
            session,
            atelier_id,
            seen={"facilitators": before.facilitators},
            facilitators="Wethouder",
        )
    with pytest.raises(EditConflict) as refused, database.transaction() as session:
        update_intake(session, atelier_id, seen={"wijk": before.wijk}, wijk="Zuidrand")
    assert refused.value.typed_texts() == ["Zuidrand"]
    with database.transaction() as session:
        after = get_atelier(session, atelier_id)
    assert (after.wijk, after.facilitators) == ("Noordhoek", "Wethouder")


def test_an_action_field_changed_by_a_colleague_is_kept(database, atelier_id):
    fase = vocabulary().fase_keys()[0]
    with database.transaction() as session:
        seen = create_action(
            session, atelier_id, wat="Wijkanalyse maken", fase=fase, onderdeel_key="proces"
        )
    with database.transaction() as session:  # a colleague sets the status and the owner's role
        update_action(session, seen.id, seen=seen, status="lopend", eigenaar_rol="Projectleider")
    with database.transaction() as session:  # the 'wat' they did not touch: stored
        update_action(session, seen.id, seen=seen, wat="Wijkanalyse laten maken")
    with pytest.raises(EditConflict) as refused, database.transaction() as session:
        update_action(session, seen.id, seen=seen, eigenaar_rol="Wethouder")
    assert refused.value.what.startswith("Actie ")
    with database.transaction() as session:
        action = get_action(session, seen.id)
    assert (action.wat, action.status, action.eigenaar.rol) == (
        "Wijkanalyse laten maken",
        "lopend",
        "Projectleider",
    )


@needs_postgres
def test_two_edits_at_the_same_moment_one_wins_and_one_is_told(postgres_database, programme):
    """Bram's check waits for Anna's transaction, then sees her text: no lost update."""
    from atelier.services.ateliers import create_atelier

    first, second = open_archive(postgres_database), open_archive(postgres_database)
    try:
        with first.transaction() as session:
            atelier_id = create_atelier(session, programme, titel="Atelier Veldhoven-Oost")
            werkvorm_id = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
            note_id = add_note(session, werkvorm_id, "Energiecoöperatie").id
        seen = {"text": "Energiecoöperatie"}
        outcome: list[object] = []
        anna_holds = threading.Event()

        def bram() -> None:
            anna_holds.wait(5)
            try:
                with second.transaction() as session:
                    edit_note(session, note_id, text="Bram", seen=seen)
                outcome.append("stored")
            except EditConflict as conflict:
                outcome.append(conflict)

        thread = threading.Thread(target=bram)
        thread.start()
        with first.transaction() as session:
            edit_note(session, note_id, text="Anna", seen=seen)
            anna_holds.set()
            thread.join(0.5)
            assert thread.is_alive()  # Bram waits for Anna's lock
        thread.join(10)
        assert isinstance(outcome[0], EditConflict)
        with first.transaction() as session:
            assert get_note(session, note_id).text == "Anna"
    finally:
        first.close()
        second.close()


def test_mijlpalen_besluitmomenten_and_risicos_keep_a_colleagues_change(database, atelier_id):
    from atelier.services.routemap import items

    fase = vocabulary().fase_keys()[0]
    with database.transaction() as session:
        mijlpaal = items.create_mijlpaal(session, atelier_id, titel="Wijkvisie klaar", fase=fase)
        besluit = items.create_besluitmoment(session, atelier_id, titel="Go voor het warmtenet")
        risico = items.create_risico(session, atelier_id, titel="Te weinig draagvlak")
    with database.transaction() as session:  # a colleague
        items.update_mijlpaal(session, mijlpaal.id, moment="Q3 2027")
        items.update_besluitmoment(session, besluit.id, voorstel="Raadsvoorstel in juni")
        items.update_risico(session, risico.id, eigenaar_rol="Wijkregisseur")
    with database.transaction() as session:  # other fields than the colleague's: stored
        items.update_mijlpaal(session, mijlpaal.id, mijlpaal, eindproduct="Wijkvisie")
        items.update_risico(session, risico.id, risico, maatregel="Bewonersavond")
    refusals = (
        lambda s: items.update_mijlpaal(s, mijlpaal.id, mijlpaal, moment="Q4 2027"),
        lambda s: items.update_besluitmoment(s, besluit.id, besluit, voorstel="Geen voorstel"),
        lambda s: items.update_risico(s, risico.id, risico, eigenaar_rol="Projectleider"),
    )
    for refused in refusals:
        with pytest.raises(EditConflict), database.transaction() as session:
            refused(session)
    with database.transaction() as session:
        assert items.list_mijlpalen(session, atelier_id)[0].moment.label == "Q3 2027"
        assert items.list_besluitmomenten(session, atelier_id)[0].voorstel == (
            "Raadsvoorstel in juni"
        )
        kept = items.list_risicos(session, atelier_id)[0]
    assert (kept.eigenaar.rol, kept.maatregel) == ("Wijkregisseur", "Bewonersavond")


def test_the_programme_keeps_a_colleagues_question_and_theme(database, atelier_id, werkvorm):
    from atelier.services import programme_edit

    with database.transaction() as session:
        dagdeel = get_atelier(session, atelier_id).dagdelen[0]
        programme_edit.update_werkvorm(session, werkvorm.id, vraag="Wat vraagt de wijk?")
        programme_edit.update_dagdeel(session, dagdeel.id, thema="Vertrekpunt")
    with pytest.raises(EditConflict), database.transaction() as session:
        programme_edit.update_werkvorm(session, werkvorm.id, {"vraag": werkvorm.vraag}, vraag="?")
    with pytest.raises(EditConflict), database.transaction() as session:
        programme_edit.update_dagdeel(session, dagdeel.id, {"thema": dagdeel.thema}, thema="X")
    with database.transaction() as session:  # what is stored now, as seen: stored
        programme_edit.update_dagdeel(
            session, dagdeel.id, {"thema": "Vertrekpunt"}, thema=" Vertrekpunt en kaders "
        )
        after = get_atelier(session, atelier_id)
    assert after.dagdelen[0].thema == "Vertrekpunt en kaders"
    assert after.dagdelen[0].werkvormen[0].vraag == "Wat vraagt de wijk?"


def test_a_report_text_a_colleague_wrote_stays(database, atelier_id):
    from atelier.services.routemap.settings import get_report_texts, update_report_texts

    with database.transaction() as session:
        seen = get_report_texts(session, atelier_id)
        update_report_texts(session, atelier_id, ambitie="Aardgasvrij in 2035")  # a colleague
    with database.transaction() as session:  # another text: stored
        update_report_texts(session, atelier_id, seen=seen, kaders="Binnen de begroting")
    with pytest.raises(EditConflict), database.transaction() as session:
        update_report_texts(session, atelier_id, seen=seen, ambitie="Aardgasvrij in 2040")
    with database.transaction() as session:
        kept = get_report_texts(session, atelier_id)
    assert (kept.ambitie, kept.kaders) == ("Aardgasvrij in 2035", "Binnen de begroting")


@needs_postgres
def test_dots_given_at_the_same_moment_all_count(postgres_database, programme):
    """Two windows on the archive give room dots to one note at once: every dot counts."""
    from atelier.services.ateliers import create_atelier
    from atelier.services.board.voting import scribe_room_dot, set_limits

    first, second = open_archive(postgres_database), open_archive(postgres_database)
    try:
        with first.transaction() as session:
            atelier_id = create_atelier(session, programme, titel="Atelier Veldhoven-Oost")
            werkvorm_id = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
            note_id = add_note(session, werkvorm_id, "Buurtbatterij").id
            set_limits(session, werkvorm_id, 99, 99)

        def give(archive) -> None:
            for _ in range(15):
                with archive.transaction() as session:
                    scribe_room_dot(session, note_id)

        threads = [threading.Thread(target=give, args=(db,)) for db in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        with first.transaction() as session:
            assert get_note(session, note_id).votes == 30
    finally:
        first.close()
        second.close()


def test_a_name_a_colleague_changed_stays(database, atelier_id):
    from atelier.services.people import add_organisation, add_participant, update_participant

    with database.transaction() as session:
        organisation = add_organisation(
            session, atelier_id, "Woonstichting Lindeveld", "woningcorporatie"
        )
        person = add_participant(
            session,
            atelier_id,
            "Sanne de Wit",
            organisation_id=organisation.id,
            role="projectleider",
        )
        update_participant(session, person.id, role="wethouder")  # a colleague
    with database.transaction() as session:  # the name they did not touch: stored
        update_participant(
            session, person.id, name=" Sanne de Wit-Jansen ", seen={"name": "Sanne de Wit"}
        )
    with pytest.raises(EditConflict), database.transaction() as session:
        update_participant(session, person.id, role="adviseur", seen={"role": "projectleider"})
