"""The window remembers where it was and which atelier was open, in its own settings file."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt

from atelier.domain.programme import load_programme
from atelier.services.ateliers import create_atelier


def test_geometry_and_last_atelier_come_back_after_a_restart(
    start_app, db_path, settings_path, qtbot
):
    running = start_app(db_path)
    with running.database.transaction() as session:
        other = create_atelier(session, load_programme(), titel="Atelier Kerkbuurt")
    running.window.show_welcome()
    running.window.open_atelier(other)
    running.window.showNormal()
    running.window.setGeometry(QRect(5, 40, 795, 680))
    assert running.window.geometry().height() == 680
    running.window.close()
    assert settings_path.exists()  # the test's own settings file, not the user's

    again = start_app(db_path, open_demo=False)
    assert again.window.current_atelier_id() == other
    assert again.window.atelier_page.atelier().titel == "Atelier Kerkbuurt"
    # The offscreen screen is 800×800, narrower than the window's minimum width, so Qt may
    # shift it sideways; the height and the top are what it was.
    restored = again.window.geometry()
    assert (restored.top(), restored.height()) == (40, 680)


def test_the_last_atelier_is_remembered_per_database_file(start_app, db_path, tmp_path):
    first = start_app(db_path)
    first_id = first.window.current_atelier_id()
    first.window.close()
    other_file = start_app(tmp_path / "elders" / "atelier.sqlite")
    other_file.window.close()
    again = start_app(db_path, open_demo=False)
    assert again.window.current_atelier_id() == first_id


def test_an_atelier_that_is_gone_opens_the_welcome_page(start_app, db_path, settings_path):
    running = start_app(db_path)
    with running.database.transaction() as session:
        spare = create_atelier(session, load_programme(), titel="Reserve")
    running.window.open_atelier(spare)
    running.window.close()
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    key = next(k for k in settings.allKeys() if k.startswith("last_atelier/"))
    settings.setValue(key, 987654)
    settings.sync()

    again = start_app(db_path, open_demo=False)
    assert again.window.current_atelier_id() is None
    assert again.window.pages.currentWidget() is again.window.welcome_page


def test_next_and_previous_werkvorm_cross_dagdelen(start_app, db_path, qtbot):
    running = start_app(db_path)
    page = running.window.atelier_page
    dagdelen = page.atelier().dagdelen
    page.select_werkvorm(dagdelen[0].werkvormen[-1].id)
    qtbot.keyClick(running.window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.current_werkvorm() == dagdelen[1].werkvormen[0].id
    header = page.workspace.header
    assert header.question.text() == dagdelen[1].werkvormen[0].vraag
    qtbot.keyClick(running.window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.current_werkvorm() == dagdelen[0].werkvormen[-1].id

    navigator = page.workspace.navigator
    navigator.setFocus()
    qtbot.keyClick(navigator, Qt.Key.Key_Down)  # over the dagdeel heading, onto a werkvorm
    assert page.current_werkvorm() == dagdelen[1].werkvormen[0].id
    qtbot.keyClick(navigator, Qt.Key.Key_Up)
    assert page.current_werkvorm() == dagdelen[0].werkvormen[-1].id


def test_an_open_atelier_that_is_deleted_sends_the_window_to_the_welcome_page(start_app, db_path):
    from atelier.services.ateliers import delete_atelier

    running = start_app(db_path)
    atelier_id = running.window.current_atelier_id()
    running.store.write(lambda s: delete_atelier(s, atelier_id), atelier=atelier_id)
    assert running.window.current_atelier_id() is None
    assert running.window.pages.currentWidget() is running.window.welcome_page
    assert "bestaat niet" in running.window.message_bar.text()


def test_about_names_the_versions_and_links_the_folders(qtbot, start_app, db_path):
    from PySide6.QtCore import QUrl

    from atelier import __version__
    from atelier.logs import log_folder
    from atelier.storage.backups import backup_folder

    box = start_app(db_path).window.show_about()
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    assert __version__ in text and "Qt " in text and "Python " in text
    for folder in (db_path.parent, backup_folder(db_path), log_folder()):
        assert f'href="{QUrl.fromLocalFile(str(folder)).toString()}"' in text
    box.close()
