"""A file that cannot be opened is explained in Dutch; a damaged one can be restored from backup."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from atelier.storage.backups import backup_folder
from atelier.ui.instance_lock import lock_path
from tests.ui.conftest import ModalAnswer, click_button


def make_used_file(start_app, db_path: Path) -> str:
    """Start on a new file (it gets the demo atelier), close; return the atelier's title."""
    running = start_app(db_path)
    titel = running.window.atelier_page.atelier().titel
    running.window.close()
    return titel


def damage(path: Path) -> None:
    """Overwrite the middle third of the file's pages with noise, as a failing disk might."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    assert pages >= 9, "too small a file to damage convincingly"
    noise = random.Random(3)
    for page in range(pages // 3, 2 * pages // 3):
        data[page * page_size : (page + 1) * page_size] = noise.randbytes(page_size)
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_explained_and_the_newest_backup_restored(start_app, db_path, qtbot):
    titel = make_used_file(start_app, db_path)
    damage(db_path)
    answer = ModalAnswer(click_button(qtbot, "Reservekopie terugzetten"))
    running = start_app(db_path)
    assert "Het atelierbestand is beschadigd." in answer.text
    assert "apart gezet als" in answer.text
    assert "De nieuwste goede reservekopie is van" in answer.text
    assert "Wilt u deze reservekopie terugzetten?" in answer.text
    assert running is not None
    assert running.window.atelier_page.atelier().titel == titel
    assert "is teruggezet" in running.window.message_bar.text()
    set_aside = list(db_path.parent.glob(f"{db_path.name}.beschadigd-*"))
    assert len(set_aside) == 1  # the damaged file is kept, never thrown away


def test_quitting_at_the_damage_message_leaves_everything_as_it_was(start_app, db_path, qtbot):
    make_used_file(start_app, db_path)
    damage(db_path)
    backups_before = sorted(backup_folder(db_path).iterdir())
    answer = ModalAnswer(click_button(qtbot, "Afsluiten"))
    assert start_app(db_path) is None
    assert answer.dialog is not None
    assert sorted(backup_folder(db_path).iterdir()) == backups_before
    assert not lock_path(db_path).exists()


def test_a_damaged_file_without_backups_can_start_afresh(start_app, db_path, qtbot):
    make_used_file(start_app, db_path)
    damage(db_path)
    shutil.rmtree(backup_folder(db_path))
    answer = ModalAnswer(click_button(qtbot, "Met een leeg bestand beginnen"))
    running = start_app(db_path)
    assert "Er is geen goede reservekopie gevonden." in answer.text
    assert running is not None and running.window.current_atelier_id() is not None


def test_a_file_from_a_newer_atelier_is_refused(start_app, db_path, qtbot):
    make_used_file(start_app, db_path)
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_uit_de_toekomst'")
    connection.close()
    answer = ModalAnswer(click_button(qtbot, "Afsluiten"))
    assert start_app(db_path) is None
    assert "Dit bestand is gemaakt met een nieuwere versie van Atelier." in answer.text
    assert "niet gewijzigd" in answer.text


def test_a_foreign_file_is_refused(start_app, tmp_path, qtbot):
    foreign = tmp_path / "boodschappen.sqlite"
    foreign.write_text("melk, brood, kaas\n", encoding="utf-8")
    answer = ModalAnswer(click_button(qtbot, "Afsluiten"))
    assert start_app(foreign) is None
    assert "Dit is geen Atelier-bestand." in answer.text
    assert foreign.read_text(encoding="utf-8") == "melk, brood, kaas\n"


def test_a_folder_that_cannot_be_written_is_explained(start_app, tmp_path, qtbot):
    not_a_folder = tmp_path / "usb-stick"
    not_a_folder.write_text("", encoding="utf-8")  # works as root too, unlike chmod
    answer = ModalAnswer(click_button(qtbot, "Afsluiten"))
    assert start_app(not_a_folder / "atelier.sqlite") is None
    assert "Atelier kan niet schrijven in deze map." in answer.text
    assert str(not_a_folder) in answer.text


def test_an_emptied_file_is_not_started_afresh_but_restored(start_app, db_path, qtbot):
    titel = make_used_file(start_app, db_path)
    db_path.write_bytes(b"")  # a sync tool or a full disk left 0 bytes
    backups_before = sorted(backup_folder(db_path).iterdir())
    answer = ModalAnswer(click_button(qtbot, "Reservekopie terugzetten"))
    running = start_app(db_path)
    assert "Het atelierbestand is leeg." in answer.text
    assert "reservekopieën met werk" in answer.text
    assert running is not None
    assert [s.titel for s in running.store.list_ateliers()] == [titel]  # no new demo beside it
    assert "is teruggezet" in running.window.message_bar.text()
    assert set(backups_before) <= set(backup_folder(db_path).iterdir())


def test_a_failing_backup_is_told_and_the_window_works_and_closes_cleanly(
    start_app, db_path, qtbot
):
    make_used_file(start_app, db_path)
    shutil.rmtree(backup_folder(db_path))
    backup_folder(db_path).write_bytes(b"")  # no backup can be written there any more
    running = start_app(db_path)
    assert running is not None
    assert "Er kon geen reservekopie worden gemaakt" in running.window.message_bar.text()
    werkvorm = running.window.atelier_page.atelier().dagdelen[0].werkvormen[0].id
    assert running.store.add_note(werkvorm, "Werk gaat door") is not None
    running.window.close()
    assert running.closed
    assert not lock_path(db_path).exists()  # the lock is released despite the failed backup


def test_after_quitting_at_the_damage_message_the_next_start_still_offers_the_backup(
    start_app, db_path, qtbot
):
    titel = make_used_file(start_app, db_path)
    damage(db_path)
    ModalAnswer(click_button(qtbot, "Afsluiten"))
    assert start_app(db_path) is None  # the damaged file is now set aside; none in its place

    answer = ModalAnswer(click_button(qtbot, "Reservekopie terugzetten"))
    running = start_app(db_path)
    assert "Het atelierbestand ontbreekt." in answer.text
    assert "reservekopieën met werk" in answer.text
    assert "Met een leeg bestand beginnen" in answer.buttons
    assert running is not None
    assert [s.titel for s in running.store.list_ateliers()] == [titel]  # not a fresh demo file


def test_a_missing_file_can_still_start_afresh_on_purpose(start_app, db_path, qtbot):
    make_used_file(start_app, db_path)
    db_path.unlink()
    answer = ModalAnswer(click_button(qtbot, "Met een leeg bestand beginnen"))
    running = start_app(db_path)
    assert "Het atelierbestand ontbreekt." in answer.text
    assert running is not None
    assert len(running.store.list_ateliers()) == 1  # a new file with the demo
    assert backup_folder(db_path).is_dir()  # the backups with the old work stay


def test_a_new_file_opens_on_the_welcome_page_and_the_demo_says_it_is_one(
    start_app, db_path, qtbot
):
    running = start_app(db_path, open_demo=False)
    window = running.window
    assert window.pages.currentWidget() is window.welcome_page
    assert running.store.list_ateliers() == []  # no demo data to type real notes into
    assert window.welcome_page.new_button.isVisible()

    qtbot.mouseClick(window.welcome_page.demo_button, Qt.MouseButton.LeftButton)

    assert window.current_atelier_id() is not None
    assert "DEMO" in window.windowTitle()
