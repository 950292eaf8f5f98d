"""Running a dagdeel: the agenda, the timer's colours and end signal, keyboard control."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow

from atelier.domain.timer import TimerPhase
from atelier.services import programme_edit
from atelier.ui.agenda.agenda_view import AgendaView
from atelier.ui.agenda.room import open_room
from atelier.ui.agenda.run_panel import RunPanel
from atelier.ui.run_controller import RunController
from atelier.ui.shortcuts_dialog import ShortcutsDialog
from atelier.ui.theme import scheme
from atelier.ui.timer.timer_controls import TimerControls


def tr(context: str, text: str) -> str:
    """What the user sees for ``text`` (Dutch once another test installed the translation)."""
    return QCoreApplication.translate(context, text)


def first_dagdeel(store, atelier_id):
    return store.atelier(atelier_id).dagdelen[0]


def set_start(store, atelier_id, start: time) -> None:
    dagdeel = first_dagdeel(store, atelier_id)
    store.write(
        lambda s: programme_edit.update_dagdeel(s, dagdeel.id, start_tijd=start),
        atelier=atelier_id,
    )


def test_agenda_recomputes_when_a_duration_or_the_order_changes(
    qtbot, store, atelier_id, controller
):
    set_start(store, atelier_id, time(9, 0))
    view = AgendaView(controller)
    qtbot.addWidget(view)
    assert view.start_times()[:3] == ["09:00–09:15", "09:15–10:00", "10:00–10:45"]
    werkvormen = first_dagdeel(store, atelier_id).werkvormen
    store.write(
        lambda s: programme_edit.update_werkvorm(s, werkvormen[0].id, duur_minuten=30),
        atelier=atelier_id,
    )
    assert view.start_times()[:3] == ["09:00–09:30", "09:30–10:15", "10:15–11:00"]
    store.write(lambda s: programme_edit.move_werkvorm(s, werkvormen[2].id, 0), atelier=atelier_id)
    assert view.start_times()[:2] == ["09:00–09:45", "09:45–10:15"]
    assert view.table.item(0, 2).text() == werkvormen[2].titel


def test_current_werkvorm_is_highlighted_and_set_by_enter(qtbot, store, atelier_id, controller):
    view = AgendaView(controller)
    qtbot.addWidget(view)
    view.show()
    werkvormen = first_dagdeel(store, atelier_id).werkvormen
    assert controller.current().id == werkvormen[0].id
    assert view.is_highlighted(werkvormen[0].id)
    view.table.setFocus()
    view.table.setCurrentCell(2, 2)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert controller.current().id == werkvormen[2].id
    assert view.is_highlighted(werkvormen[2].id)
    assert not view.is_highlighted(werkvormen[0].id)


def test_agenda_shows_running_behind_and_ahead(qtbot, store, atelier_id, settings, clock):
    set_start(store, atelier_id, time(9, 0))
    now = [datetime(2026, 3, 10, 9, 22)]
    controller = RunController(
        store, atelier_id, settings=settings, clock=clock, now=lambda: now[0]
    )
    view = AgendaView(controller)
    qtbot.addWidget(view)
    second = first_dagdeel(store, atelier_id).werkvormen[1]  # planned 09:15
    controller.go_to(second.id)
    controller.start_timer()  # started at 09:22
    assert view.status.text() == tr("AgendaView", "Running {n} min behind").format(n=7)
    assert view.table.item(1, 1).text() == "09:22"  # expected start of the current one
    now[0] = datetime(2026, 3, 10, 9, 12)
    controller.go_to(first_dagdeel(store, atelier_id).werkvormen[2].id)  # planned 10:00
    now[0] = datetime(2026, 3, 10, 9, 57)
    controller.start_timer()
    assert view.status.text() == tr("AgendaView", "Running {n} min ahead").format(n=3)


def test_timer_colours_and_end_signal_with_a_fake_clock(qtbot, controller, clock):
    controls = TimerControls(controller)
    qtbot.addWidget(controls)
    controller.preset(10)
    controller.start_timer()
    assert controls.face.text() == "10:00"
    clock.advance(481)
    controller.tick()
    assert controls.face.phase() is TimerPhase.WARNING
    assert scheme().warning_text.lower() in controls.face.styleSheet().lower()
    clock.advance(90)
    controller.tick()
    assert controls.face.phase() is TimerPhase.CRITICAL
    assert scheme().error_text.lower() in controls.face.styleSheet().lower()
    with qtbot.waitSignal(controller.timerEnded, timeout=1000):
        clock.advance(40)
        controller.tick()
    assert controls.face.text().startswith(tr("TimerFace", "Time is up"))
    before = controls.face.styleSheet()
    qtbot.waitUntil(lambda: controls.face.styleSheet() != before, timeout=2000)  # it flashes
    clock.advance(5)
    controller.tick()
    controller.add_minutes(5)
    assert controls.face.text() == "05:00"
    assert controls.face.phase() is TimerPhase.NORMAL


def test_timer_ends_only_once_and_pauses(qtbot, controller, clock):
    ended = []
    controller.timerEnded.connect(lambda: ended.append(True))
    controller.preset(1)
    controller.start_timer()
    clock.advance(30)
    controller.pause_timer()
    clock.advance(600)
    controller.tick()
    assert controller.countdown.remaining() == 30
    controller.toggle_timer()
    clock.advance(31)
    controller.tick()
    controller.tick()
    assert ended == [True]


def test_a_new_werkvorm_loads_its_planned_duration(qtbot, store, atelier_id, controller, clock):
    werkvormen = first_dagdeel(store, atelier_id).werkvormen
    controller.start_timer()
    clock.advance(100)
    controller.next()
    assert controller.current().id == werkvormen[1].id
    assert controller.countdown.remaining() == werkvormen[1].duur_minuten * 60
    assert not controller.countdown.running
    store.write(
        lambda s: programme_edit.update_werkvorm(s, werkvormen[1].id, duur_minuten=25),
        atelier=atelier_id,
    )
    assert controller.countdown.remaining() == 25 * 60


def test_current_werkvorm_is_remembered(qtbot, store, atelier_id, settings, clock):
    first = RunController(store, atelier_id, settings=settings, clock=clock)
    first.next()
    first.next()
    again = RunController(store, atelier_id, settings=settings, clock=clock)
    assert again.current().id == first_dagdeel(store, atelier_id).werkvormen[2].id


def test_a_whole_dagdeel_from_the_keyboard(qtbot, store, atelier_id, settings):
    window = QMainWindow()
    qtbot.addWidget(window)
    room = open_room(store, atelier_id, settings=settings, window=window)
    window.setCentralWidget(RunPanel(room))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    controller = room.controller
    werkvormen = first_dagdeel(store, atelier_id).werkvormen
    assert controller.current().id == werkvormen[0].id
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert controller.countdown.running
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert controller.countdown.total_seconds == (werkvormen[0].duur_minuten + 1) * 60
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert not controller.countdown.running
    for werkvorm in werkvormen[1:]:
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
        assert controller.current().id == werkvorm.id
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert controller.current().id == werkvormen[-2].id
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert room.presenter.is_visible()
    assert room.presenter.window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert controller.beamer_paused and room.presenter.window.is_paused()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert not room.presenter.window.is_paused()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not room.presenter.is_visible()
    room.close()


def test_help_lists_the_shortcuts(qtbot, store, atelier_id, settings):
    window = QMainWindow()
    qtbot.addWidget(window)
    room = open_room(store, atelier_id, settings=settings, window=window)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = dict(dialog.listed())
    # Dutch key names, as on the keyboard; not Qt's "PgDown".
    assert listed[tr("RoomActions", "Next werkvorm")] == "Page Down / Alt+Pijl omlaag"
    assert all("PgDown" not in keys and "F14" not in keys for keys in listed.values())
    assert listed[tr("RoomActions", "Start or pause the timer")] == "F6"
    assert listed[tr("RoomActions", "Show or hide the beamer view")] == "F5"
    assert listed[tr("RoomActions", "Pause or resume the beamer")] == "F7"
    room.close()


def test_sound_is_off_by_default_and_beeps_once_when_on(qtbot, controller, clock, monkeypatch):
    from PySide6.QtWidgets import QApplication

    beeps = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(True))
    controls = TimerControls(controller)
    qtbot.addWidget(controls)
    assert not controls.sound.isChecked()
    controller.preset(1)
    controller.start_timer()
    clock.advance(61)
    controller.tick()
    assert beeps == []
    controls.sound.setChecked(True)
    controller.add_minutes(1)
    clock.advance(61)
    controller.tick()
    controller.tick()
    assert beeps == [True]


def test_preset_and_extra_minutes_buttons(qtbot, controller):
    controls = TimerControls(controller)
    qtbot.addWidget(controls)
    qtbot.mouseClick(controls.preset_buttons[20], Qt.MouseButton.LeftButton)
    assert controls.face.text() == "20:00"
    qtbot.mouseClick(controls.start_pause, Qt.MouseButton.LeftButton)
    assert controller.countdown.running
    assert controls.start_pause.text() == tr("TimerControls", "Pause (F6)")
    qtbot.mouseClick(controls.back, Qt.MouseButton.LeftButton)
    assert controls.face.text() == f"{controller.current().duur_minuten:02d}:00"
