"""Fixtures for the board: a werkvorm with notes, organisations and participants."""

from __future__ import annotations

import pytest

from atelier.services import people
from atelier.services.ateliers import get_atelier


@pytest.fixture
def werkvorm_ids(database, atelier_id) -> list[int]:
    with database.transaction() as session:
        atelier = get_atelier(session, atelier_id)
    return [w.id for d in atelier.dagdelen for w in d.werkvormen]


@pytest.fixture
def werkvorm_id(werkvorm_ids) -> int:
    return werkvorm_ids[0]


@pytest.fixture
def organisation_ids(database, atelier_id) -> list[int]:
    with database.transaction() as session:
        return [
            people.add_organisation(session, atelier_id, name, kind).id
            for name, kind in (
                ("Gemeente Veldwijk", "ambtelijk"),
                ("Woonstichting De Linde", "woningcorporatie"),
                ("Bewonersinitiatief Zonnehoek", "bewonersinitiatief"),
            )
        ]


@pytest.fixture
def participant_ids(database, atelier_id, organisation_ids) -> list[int]:
    with database.transaction() as session:
        return [
            people.add_participant(session, atelier_id, name, organisation_id=org).id
            for name, org in (
                ("Anouk Verbeek", organisation_ids[0]),
                ("Bram Okkerse", organisation_ids[1]),
                ("Chaima El Idrissi", organisation_ids[2]),
            )
        ]


@pytest.fixture
def store(qtbot, database):
    from atelier.ui.store import AtelierStore

    store = AtelierStore(database)
    yield store
    store.deleteLater()


@pytest.fixture
def host(qtbot, store, werkvorm_id, organisation_ids, participant_ids):
    """The board of the first werkvorm as the atelier page shows it, with Undo/Redo keys."""
    from atelier.ui.board.board_host import BoardHost
    from atelier.ui.history.edit_history import EditHistory

    history = EditHistory()
    host = BoardHost(store, history)
    history.setParent(host)
    host.addActions([history.undo_action, history.redo_action])  # as the Edit menu has them
    qtbot.addWidget(host)
    host.resize(1200, 800)
    host.show()
    qtbot.waitExposed(host)
    host.show_werkvorm(werkvorm_id)
    return host


@pytest.fixture
def board(host):
    return host.board()


# The real main window, started as ``atelier --db`` would (shared with the window's own tests).
from tests.ui.conftest import settings_path, start_app, ui_settings  # noqa: E402, F401
