"""Fixtures for the routemap screens: a store on the test database, a seeded routemap and the
routemap page shown at a laptop's size."""

from __future__ import annotations

import pytest

from tests.routemap_ui.seed import seed_routemap


@pytest.fixture
def store(qapp, database):
    from atelier.ui.store import AtelierStore

    store = AtelierStore(database)
    yield store
    store.close()
    store.deleteLater()


@pytest.fixture
def codes(database, atelier_id) -> dict[str, int]:
    """Action ids by code of the seeded routemap."""
    with database.transaction() as session:
        return seed_routemap(session, atelier_id)


@pytest.fixture
def page(qtbot, store, atelier_id, codes):
    from atelier.ui.history.edit_history import EditHistory
    from atelier.ui.routemap.routemap_page import RoutemapPage

    history = EditHistory()
    page = RoutemapPage(store, history)
    history.setParent(page)
    page.addActions([history.undo_action, history.redo_action])  # as the Edit menu has them
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    page.set_atelier(atelier_id)
    return page


@pytest.fixture(autouse=True)
def dutch(qapp):
    """The Dutch translation, as users see the app (removed again after each test)."""
    from PySide6.QtCore import QTranslator

    from atelier.paths import resource_path

    translator = QTranslator()
    assert translator.load("atelier_nl", str(resource_path("translations")))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot, store, tmp_path, db_path, atelier_id):
    """The main window with the sticky-note board and the routemap feature, atelier open."""
    from atelier.ui.board.install import install_board
    from atelier.ui.history.edit_history import EditHistory
    from atelier.ui.main_window import MainWindow
    from atelier.ui.routemap.routemap_feature import RoutemapFeature
    from atelier.ui.settings import UiSettings

    window = MainWindow(UiSettings.at(tmp_path / "settings.ini"), db_path)
    qtbot.addWidget(window)
    window.attach(store)
    history = EditHistory(window)
    window.add_action("edit", history.undo_action)
    window.add_action("edit", history.redo_action)
    install_board(window, store, history)  # as ``features.py`` does: board first, then routemap
    window.routemap = RoutemapFeature(window, store, history)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_atelier(atelier_id)
    yield window
    window.routemap.export.shutdown()
