"""File → Teamarchief…: connect with the password for this session only, take an atelier along
into the open file and write it back; a colleague's newer version is told and can be kept
beside. The server's part runs on a worker thread: the window answers meanwhile."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from atelier.archive.carrying import take_along, write_back
from atelier.storage.archive.database import open_archive
from atelier.storage.opening import open_database
from atelier.ui.archive.archive_dialog import ArchiveDialog
from tests.engines import needs_postgres

pytestmark = needs_postgres


@pytest.fixture
def archive_address(blank_postgres_database) -> str:
    return blank_postgres_database


def open_dialog(running, address: str) -> ArchiveDialog:
    url = make_url(address)
    dialog = ArchiveDialog(running.window, running.store)
    dialog.address.setText(f"postgresql://{url.username}@{url.host}:{url.port}/{url.database}")
    dialog.password.setText(url.password)
    dialog.name.setText("Mirjam Hoekstra")
    return dialog


def connected(qtbot, dialog: ArchiveDialog) -> None:
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.archive is not None and dialog.job is None, timeout=10_000)


def test_write_back_and_take_along_in_the_window(qtbot, start_app, db_path, archive_address):
    running = start_app(db_path)
    window = running.window
    dialog = open_dialog(running, archive_address)
    qtbot.addWidget(dialog)
    connected(qtbot, dialog)
    assert dialog.status.text().startswith("Verbonden met postgresql://atelier@")
    assert dialog.table.rowCount() == 0
    demo = window.current_atelier_id()

    dialog.write_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and dialog.job is None, timeout=10_000)
    assert "is teruggezet als versie 1" in window.message_bar.text()
    assert dialog.table.item(0, 4).text() == "Mirjam Hoekstra"
    assert make_url(archive_address).password not in window.settings.archive_address()

    archive = open_archive(archive_address)
    try:  # a colleague takes it along and writes it back first
        colleague = open_database(db_path.parent / "collega.sqlite")
        theirs = take_along(archive, 1, colleague, "Bert")
        write_back(colleague, theirs, archive, "Bert")
        colleague.close()
    finally:
        archive.close()
    asked = []
    dialog.ask_keep_both = lambda conflict: asked.append(str(conflict)) or True
    dialog.write_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2 and dialog.job is None, timeout=10_000)
    assert "intussen gewijzigd door Bert" in asked[0]
    assert "naast de nieuwere versie" in window.message_bar.text()
    assert window.current_atelier_id() == demo


def test_an_atelier_is_taken_along_and_opened(qtbot, start_app, db_path, tmp_path, archive_address):
    source = open_database(tmp_path / "bron.sqlite")
    archive = open_archive(archive_address)
    from atelier.interchange.demo import create_demo_atelier

    with source.transaction() as session:
        made = create_demo_atelier(session)
    write_back(source, made, archive, "Bert")
    source.close()
    archive.close()

    running = start_app(db_path, open_demo=False)
    dialog = open_dialog(running, archive_address)
    qtbot.addWidget(dialog)
    connected(qtbot, dialog)
    dialog.table.selectRow(0)
    assert dialog.take_button.isEnabled()
    dialog.take_button.click()
    qtbot.waitUntil(lambda: running.window.current_atelier_id() is not None, timeout=10_000)
    assert "staat nu op deze laptop" in running.window.message_bar.text()
    assert running.store.atelier(running.window.current_atelier_id()).titel.startswith(
        "Vertragingsatelier"
    )


def test_a_wrong_password_is_told_in_the_dialog(qtbot, start_app, db_path, archive_address):
    running = start_app(db_path)
    dialog = open_dialog(running, archive_address)
    qtbot.addWidget(dialog)
    dialog.password.setText("Fout-Wachtwoord-99")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: "weigert de aanmelding" in dialog.status.text(), timeout=10_000)
    assert dialog.archive is None
    assert "Fout-Wachtwoord-99" not in dialog.status.text()


def test_a_blauwdruk_is_published_and_an_atelier_started_from_it(
    qtbot, start_app, db_path, archive_address
):
    running = start_app(db_path)
    window = running.window
    dialog = open_dialog(running, archive_address)
    qtbot.addWidget(dialog)
    connected(qtbot, dialog)
    tab = dialog.blueprints
    assert tab.publish_button.isEnabled() and not tab.start_button.isEnabled()
    tab.ask_name = lambda: "Huurwijk-aanpak"
    tab.publish_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1 and dialog.job is None, timeout=10_000)
    assert "“Huurwijk-aanpak” staat in het teamarchief" in window.message_bar.text()
    assert tab.table.item(0, 3).text() == "Mirjam Hoekstra"

    asked = []
    tab.ask_replace = lambda taken: asked.append(str(taken)) or True
    tab.publish_button.click()  # the same name again: asked, and replaced
    qtbot.waitUntil(lambda: bool(asked) and dialog.job is None, timeout=10_000)
    qtbot.waitUntil(lambda: "staat in het teamarchief" in dialog.status.text(), timeout=10_000)
    assert "al een blauwdruk 'Huurwijk-aanpak' (van Mirjam Hoekstra" in asked[0]

    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)  # the list read again
    before = window.current_atelier_id()
    tab.table.selectRow(0)
    assert tab.start_button.isEnabled()
    tab.ask_title = lambda _entry: "Atelier Klaverveld"
    tab.start_button.click()
    qtbot.waitUntil(lambda: window.current_atelier_id() != before, timeout=10_000)
    started = running.store.atelier(window.current_atelier_id())
    assert (started.titel, started.programme_name) == ("Atelier Klaverveld", "Huurwijk-aanpak")
    assert all(w.note_count == 0 for d in started.dagdelen for w in d.werkvormen)


def test_a_remembered_password_serves_the_next_connection(
    qtbot, start_app, db_path, archive_address, tmp_path, monkeypatch
):
    """Kept in libpq's password file once the server took it: the next time the address alone
    connects, and Atelier's settings never held the password."""
    pgpass = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    running = start_app(db_path)
    dialog = open_dialog(running, archive_address)
    qtbot.addWidget(dialog)
    dialog.remember.setChecked(True)
    connected(qtbot, dialog)
    assert "readable by you only" not in running.window.message_bar.text()  # told in Dutch
    assert "alleen door u te lezen" in running.window.message_bar.text()
    assert make_url(archive_address).password in pgpass.read_text(encoding="utf-8")
    dialog.reject()

    again = open_dialog(running, archive_address)
    qtbot.addWidget(again)
    again.password.clear()
    connected(qtbot, again)
    assert again.status.text().startswith("Verbonden met")
    settings_text = running.window.settings.store.fileName()
    with open(settings_text, encoding="utf-8") as settings_file:
        assert make_url(archive_address).password not in settings_file.read()
