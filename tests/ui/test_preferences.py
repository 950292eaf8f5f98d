"""File → Voorkeuren…: the language for the next start, the timer's beep and the beamer's look
and names, stored in the settings; the open room follows them at once; Cancel changes nothing."""

from __future__ import annotations

from atelier.ui.preferences.preferences_dialog import PreferencesDialog
from atelier.ui.preferences.preferences_feature import PreferencesFeature


def _dialog(qtbot, window) -> PreferencesDialog:
    window.findChild(PreferencesFeature).action.trigger()
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is not None)
    return window.findChild(PreferencesDialog)


def test_preferences_are_stored_and_the_room_follows(qtbot, start_app, db_path, ui_settings):
    from atelier.ui.agenda.room_feature import RoomFeature

    running = start_app(db_path)
    window = running.window
    dialog = _dialog(qtbot, window)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.sound.setChecked(not ui_settings.timer_sound())
    dialog.theme.setCurrentIndex(dialog.theme.findData("contrast"))
    dialog.authors.setChecked(False)
    wanted_sound = dialog.sound.isChecked()

    dialog.accept()

    assert ui_settings.stored_language() == "en"
    assert ui_settings.timer_sound() is wanted_sound
    assert ui_settings.beamer_theme(("standaard", "contrast")) == "contrast"
    assert ui_settings.beamer_shows_authors() is False
    room = window.findChild(RoomFeature).room  # the open atelier's: it follows at once
    assert room.controller.theme == "contrast" and room.controller.sound is wanted_sound


def test_cancel_changes_nothing(qtbot, start_app, db_path, ui_settings):
    running = start_app(db_path)
    before = (ui_settings.stored_language(), ui_settings.timer_sound())
    dialog = _dialog(qtbot, running.window)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.sound.setChecked(not before[1])
    dialog.reject()
    assert (ui_settings.stored_language(), ui_settings.timer_sound()) == before
