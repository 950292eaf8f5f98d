"""Two facilitators at the office, each in a window on the same team archive: both work in it
at once, the titles say where the work goes, and the second edit of the same note is told
rather than overwriting the first (services.edit_conflicts)."""

from __future__ import annotations

import pytest

from atelier.services.ateliers import create_atelier, get_atelier
from atelier.services.board.notes import get_note, list_notes
from atelier.storage.archive.address import ArchiveAddress
from atelier.storage.archive.database import open_archive
from atelier.ui.archive.colleague_watch import ColleagueWatch
from tests.board.driving import capture
from tests.engines import needs_postgres
from tests.ui.test_notes_flow import board_of


@pytest.fixture
def archive_atelier(postgres_database, programme) -> tuple[ArchiveAddress, int]:
    archive = open_archive(postgres_database)
    try:
        with archive.transaction() as session:
            atelier_id = create_atelier(
                session, programme, titel="Atelier Kastanjebuurt", gemeente="Gemeente Veldwijk"
            )
    finally:
        archive.close()
    return ArchiveAddress.parse(postgres_database), atelier_id


@needs_postgres
def test_two_windows_work_in_one_archive(archive_atelier, qtbot, start_app):
    # (the archive first: it is dropped after the windows are closed)
    address, atelier_id = archive_atelier
    anna = start_app(address, open_demo=False)
    bram = start_app(address, open_demo=False)
    assert anna is not None and bram is not None  # no one-window lock on an archive
    for running in (anna, bram):
        running.window.open_atelier(atelier_id)
        assert (
            "Team archive" in running.window.windowTitle()
            or "Teamarchief" in running.window.windowTitle()
        )
        assert "Atelier Kastanjebuurt" in running.window.windowTitle()
    anna_board = board_of(anna.window)
    capture(qtbot, anna_board, "Warmtenet & <collectief>")
    with anna.database.transaction() as session:
        werkvorm_id = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
        (note,) = list_notes(session, werkvorm_id)
    assert note.text == "Warmtenet & <collectief>"
    bram_board = board_of(bram.window)
    assert note.id not in bram_board.scene.notes
    assert bram.window.findChild(ColleagueWatch).check()  # every few seconds
    assert note.id in bram_board.scene.notes  # Bram's board shows Anna's note
    anna.window.findChild(ColleagueWatch).check()  # her own note, read again: still once
    assert list(anna_board.scene.notes) == [note.id]

    assert anna_board.controller.edit(note.id, text="Warmtenet, collectief")
    bram_board.controller.edit(note.id, text="Warmtenet schrappen")

    with bram.database.transaction() as session:
        assert get_note(session, note.id).text == "Warmtenet, collectief"
    assert "collega" in bram.window.message_bar.text()
    qtbot.waitUntil(lambda: bram_board.scene.notes[note.id].note.text == "Warmtenet, collectief")


@needs_postgres
def test_a_window_on_an_archive_that_cannot_be_reached_explains_it(
    postgres_database, qtbot, start_app
):
    from tests.ui.conftest import ModalAnswer

    unreachable = ArchiveAddress.parse(postgres_database).url.set(port=1)
    answer = ModalAnswer(lambda dialog: dialog.reject())
    assert start_app(ArchiveAddress(unreachable), open_demo=False) is None
    assert "niet bereikbaar" in answer.text


def test_the_archive_window_gets_the_password_outside_its_command_line():
    """Other users of the laptop can read a process's command line, not its environment."""
    from atelier.ui.archive.archive_window import archive_window_command

    address = ArchiveAddress.parse("postgresql://mirjam:g3heim&<x>@archief.example:5433/team")
    program, arguments = archive_window_command(address)
    assert program and "--db" in arguments
    assert arguments[-1] == "postgresql+psycopg://mirjam@archief.example:5433/team"
    assert not any("g3heim" in argument for argument in arguments)


@needs_postgres
def test_atelier_starts_its_window_in_the_archive_with_the_password_from_its_environment(
    archive_atelier, tmp_path
):
    """``atelier --db postgresql://…`` as the Teamarchief dialog starts it: the window opens in
    the archive (then closes itself: the smoke run's switch)."""
    import os
    import subprocess

    from atelier.ui.app import SMOKE_TEST_VARIABLE
    from atelier.ui.archive.archive_window import archive_window_command

    address, _atelier_id = archive_atelier
    program, arguments = archive_window_command(address)
    environment = {
        **os.environ,
        "PGPASSWORD": str(address.url.password),
        SMOKE_TEST_VARIABLE: "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [program, *arguments],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "window shown: Teamarchief – Atelier" in done.stdout
