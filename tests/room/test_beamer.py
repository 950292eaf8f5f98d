"""The beamer view: the current question, big; live notes; pause; themes; screens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from atelier.services import people, programme_edit
from atelier.ui.beamer.beamer_presenter import BeamerPresenter
from atelier.ui.beamer.beamer_window import FOLLOW_MS, BeamerWindow

ROOT = Path(__file__).resolve().parents[2]


def beamer(qtbot, store, controller) -> BeamerWindow:
    window = BeamerWindow(store, controller)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_shows_the_current_question_large(qtbot, store, controller):
    window = beamer(qtbot, store, controller)
    werkvorm = controller.current()
    assert window.question.text() == werkvorm.vraag
    assert window.question.isVisible()
    assert window.question_pixel_size() >= 40
    controller.next()
    assert window.question.text() == controller.current().vraag
    assert window.question_pixel_size() >= 40
    assert window.timer.isVisible()


def test_longest_question_stays_at_least_40_px(qtbot, store, atelier_id, controller):
    longest = max(
        (w for d in store.atelier(atelier_id).dagdelen for w in d.werkvormen),
        key=lambda w: len(w.vraag),
    )
    controller.go_to(longest.id)
    window = beamer(qtbot, store, controller)
    assert window.question_pixel_size() >= 40
    assert window.question.heightForWidth(window.question.width()) <= window.height() * 0.6


def test_a_new_note_appears_a_moment_after_the_board_drew_it(qtbot, store, controller):
    window = beamer(qtbot, store, controller)
    assert window.notes.cards() == []
    store.add_note(controller.current().id, "Eerst de huurders spreken <b>&amp;</b>")
    QApplication.processEvents()
    assert window.notes.cards() == []  # the laptop's board goes first
    qtbot.waitUntil(lambda: len(window.notes.cards()) == 1, timeout=FOLLOW_MS * 10)
    texts = [card.text() for card in window.notes.cards()]
    assert texts == ["Eerst de huurders spreken <b>&amp;</b>"]


def test_edits_to_the_question_follow_at_once(qtbot, store, atelier_id, controller):
    window = beamer(qtbot, store, controller)
    store.write(
        lambda s: programme_edit.update_werkvorm(s, controller.current().id, vraag="Nieuw?"),
        atelier=atelier_id,
    )
    assert window.question.text() == "Nieuw?"


def test_notes_filtered_and_without_names(qtbot, store, atelier_id, controller):
    organisation = store.write(
        lambda s: people.add_organisation(s, atelier_id, "Energiecoöperatie Lindeveld"),
        atelier=atelier_id,
    )
    werkvorm_id = controller.current().id
    store.add_note(
        werkvorm_id,
        "Buurtkoffie organiseren",
        onderdeel="participatie",
        author_organisation_id=organisation.id,
    )
    store.add_note(werkvorm_id, "Netcapaciteit navragen", onderdeel="techniek")
    window = beamer(qtbot, store, controller)

    def shown() -> list[str]:  # as read on the wall: soft hyphens are invisible
        return [card.text().replace("\u00ad", "") for card in window.notes.cards()]

    texts = [text.replace("\u00a0", " ") for text in shown()]
    assert "Buurtkoffie organiseren\n— Energiecoöperatie Lindeveld" in texts
    controller.set_show_authors(False)
    assert shown() == ["Buurtkoffie organiseren", "Netcapaciteit navragen"]
    controller.set_notes_filter("techniek")
    assert shown() == ["Netcapaciteit navragen"]
    controller.set_show_notes(False)
    assert not window.notes.isVisible()


def test_pause_shows_only_the_title(qtbot, store, controller):
    window = beamer(qtbot, store, controller)
    controller.set_beamer_paused(True)
    assert window.is_paused()
    assert window.pause_title.text() == "Atelier Zonnehoek"
    assert not window.question.isVisible()
    assert not window.timer.isVisible()
    controller.set_beamer_paused(False)
    assert window.question.isVisible()


def test_high_contrast_theme(qtbot, store, controller):
    window = beamer(qtbot, store, controller)
    controller.set_theme("contrast")
    assert "#FFFFFF" in window.styleSheet() and "color: #000000" in window.styleSheet()
    image = window.grab().toImage()
    assert image.pixelColor(5, 5).name() == "#ffffff"


def test_no_menus_or_toolbars_and_frameless(qtbot, store, controller):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMenuBar, QPushButton, QToolBar

    window = beamer(qtbot, store, controller)
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.findChildren(QMenuBar)
    assert not window.findChildren(QToolBar)
    assert not window.findChildren(QPushButton)


def test_presenter_shows_full_screen_on_the_only_screen(qtbot, store, controller, settings):
    facilitator = QWidget()
    qtbot.addWidget(facilitator)
    presenter = BeamerPresenter(store, controller, settings=settings, facilitator=facilitator)
    settings.set_beamer_screen("HDMI-weg")  # remembered, but not attached: fall back
    presenter.show()
    assert presenter.is_visible()
    assert presenter.window.isFullScreen()
    assert presenter.window.screen() is QGuiApplication.primaryScreen()
    assert not presenter.has_own_screen()
    presenter.close()


def test_presenter_survives_its_screen_being_removed(qtbot, store, controller, settings):
    screen = QGuiApplication.primaryScreen()
    presenter = BeamerPresenter(store, controller, settings=settings)
    presenter.show()
    presenter._screen_removed(screen)  # what QGuiApplication.screenRemoved delivers
    assert presenter.target() is None  # no screen left while it goes
    qtbot.waitUntil(lambda: presenter._leaving == [])
    assert presenter.window.isFullScreen()
    assert presenter.target()[0] is screen  # the screen is still there after all
    presenter.close()


# A room in a process of its own (argv: database, settings file): the scripts below go on.
ROOM_IN_A_PROCESS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication, QWidget
    from atelier.storage.opening import open_database
    from atelier.domain.programme import load_programme
    from atelier.services.ateliers import create_atelier
    from atelier.ui.store import AtelierStore
    from atelier.ui.run_controller import RunController
    from atelier.ui.beamer.beamer_presenter import BeamerPresenter
    from atelier.ui.settings import UiSettings

    app = QApplication([])
    db = open_database(sys.argv[1])
    with db.transaction() as s:
        atelier_id = create_atelier(s, load_programme(), titel="Atelier Lindeveld")
    settings = UiSettings.at(Path(sys.argv[2]))
    store = AtelierStore(db)
    controller = RunController(store, atelier_id, settings=settings)
    """
)
SCRIPT = ROOM_IN_A_PROCESS + textwrap.dedent(
    """
    laptop = QWidget()
    laptop.setScreen(app.primaryScreen())
    laptop.show()
    presenter = BeamerPresenter(store, controller, settings=settings, facilitator=laptop)
    if len(sys.argv) > 3:
        presenter.choose_screen(sys.argv[3])
    presenter.show()
    app.processEvents()
    print(app.primaryScreen().name(), presenter.window.screen().name(),
          presenter.window.isFullScreen(), presenter.window.geometry().width(), flush=True)
    """
)


def two_screens(tmp_path: Path) -> dict[str, str]:
    """The environment of a process with a laptop screen and a beamer screen (offscreen)."""
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "A-laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
                    {"name": "B-beamer", "x": 1366, "y": 0, "width": 1280, "height": 720},
                ]
            }
        )
    )
    return dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))


def run_on_two_screens(tmp_path: Path, *choice: str) -> list[str]:
    env = two_screens(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRIPT,
            str(tmp_path / "a.sqlite"),
            str(tmp_path / "s.ini"),
            *choice,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.split()


def test_with_two_screens_the_beamer_goes_to_the_second(tmp_path):
    primary, beamer_screen, full, width = run_on_two_screens(tmp_path)
    assert (primary, beamer_screen, full, width) == ("A-laptop", "B-beamer", "True", "1280")


def test_a_chosen_screen_is_remembered_by_name(tmp_path):
    run_on_two_screens(tmp_path, "A-laptop")  # the facilitator picks the laptop screen once
    _primary, beamer_screen, full, width = run_on_two_screens(tmp_path)  # next start
    assert (beamer_screen, full, width) == ("A-laptop", "True", "1366")


def test_a_full_wall_shows_the_newest_notes_readably(qtbot, store, controller):
    werkvorm_id = controller.current().id
    for number in range(30):
        store.add_note(werkvorm_id, f"Notitie {number}: " + "warmtenet en isolatie " * 12)
    window = beamer(qtbot, store, controller)
    cards = window.notes.cards()
    assert 0 < len(cards) < 30
    expected = QCoreApplication.translate("BeamerNotesWall", "+ {n} earlier notes")
    assert window.notes.more.text() == expected.format(n=30 - len(cards))
    assert cards[-1].text().startswith("Notitie 29: ")
    assert cards[-1].text().endswith("…")
    assert window.notes.card_pixel_size() >= 20


def test_notes_typed_in_one_turn_refresh_the_wall_once(qtbot, store, controller, monkeypatch):
    window = beamer(qtbot, store, controller)
    werkvorm_id = controller.current().id
    shown: list[int] = []
    show_notes = window.notes.show_notes
    monkeypatch.setattr(
        window.notes, "show_notes", lambda notes, **kw: (shown.append(1), show_notes(notes, **kw))
    )
    for number in range(3):
        store.add_note(werkvorm_id, f"Notitie {number}")
    assert window.notes.cards() == []  # the board goes first
    qtbot.waitUntil(lambda: len(window.notes.cards()) == 3, timeout=FOLLOW_MS * 10)
    assert [card.text() for card in window.notes.cards()] == [f"Notitie {n}" for n in range(3)]
    assert shown == [1]


def test_the_wall_counts_the_notes_it_does_not_show_per_onderdeel(qtbot, store, controller):
    werkvorm_id = controller.current().id
    for number in range(60):
        onderdeel = "techniek" if number % 2 else "participatie"
        store.add_note(werkvorm_id, f"Notitie {number}", onderdeel=onderdeel)
    window = beamer(qtbot, store, controller)
    controller.set_notes_filter("techniek")
    cards = window.notes.cards()
    assert cards[-1].text() == "Notitie 59"
    assert window.notes.more.isVisible()
    expected = QCoreApplication.translate("BeamerNotesWall", "+ {n} earlier notes")
    assert window.notes.more.text() == expected.format(n=30 - len(cards))


def test_a_full_wall_on_a_narrow_screen_settles(qtbot, store, controller, settings):
    werkvorm_id = controller.current().id
    for number in range(30):
        store.add_note(werkvorm_id, f"Notitie {number} warmtenet en isolatie")
    presenter = BeamerPresenter(store, controller, settings=settings)
    presenter.show()  # full screen on offscreen's one 800 px screen: narrower than the window
    wall = presenter.window.notes
    for _ in range(20):
        QApplication.processEvents()
    first = [card.text() for card in wall.cards()]
    relayouts = []
    wall._layout, layout = (lambda: (relayouts.append(1), layout())), wall._layout
    for _ in range(20):
        QApplication.processEvents()
    assert relayouts == []  # the wall does not lay itself out again and again
    assert [card.text() for card in wall.cards()] == first
    presenter.close()


UNPLUG_SCRIPT = ROOM_IN_A_PROCESS + textwrap.dedent(
    """
    from PySide6.QtTest import QTest
    laptop_screen, beamer_screen = app.screens()
    attached = [laptop_screen, beamer_screen]
    laptop = QWidget()
    laptop.setScreen(laptop_screen)
    laptop.show()
    presenter = BeamerPresenter(
        store, controller, settings=settings, facilitator=laptop, screens=lambda: list(attached)
    )
    notices, placements = [], []
    presenter.notice.connect(notices.append)
    place = presenter._place
    presenter._place = lambda window: (placements.append(1), place(window))
    presenter.show()
    app.processEvents()
    print("shown", presenter.window.screen().name(), presenter.is_visible())

    attached.remove(beamer_screen)  # the cable is pulled
    presenter._screen_removed(beamer_screen)
    QTest.qWait(600)
    print("unplugged", presenter.is_visible(), presenter.parked, len(notices))

    placements.clear()
    for _ in range(3):  # a loose cable: in, out, in, out, in within a fraction of a second
        attached.append(beamer_screen)
        presenter._screen_added(beamer_screen)
        attached.remove(beamer_screen)
        presenter._screen_removed(beamer_screen)
    attached.append(beamer_screen)
    presenter._screen_added(beamer_screen)
    QTest.qWait(600)
    print("back", presenter.window.screen().name(), presenter.is_visible(),
          presenter.window.isFullScreen(), len(placements), notices[-1][:20])
    """
)


def test_an_unplugged_beamer_is_parked_not_put_over_the_laptop_and_comes_back(tmp_path):
    env = two_screens(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", UNPLUG_SCRIPT, str(tmp_path / "a.sqlite"), str(tmp_path / "s.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines()]
    assert lines[0] == ["shown", "B-beamer", "True"]
    assert lines[1] == ["unplugged", "False", "True", "1"]  # hidden, with a notice
    back = lines[2]
    assert back[:4] == ["back", "B-beamer", "True", "True"]  # full-screen on the beamer again
    assert back[4] == "1"  # one placement for the whole burst of flaps
    assert " ".join(back[5:]) == "The beamer is back:"  # (no translator in this process)


def test_a_long_word_breaks_with_a_hyphen_instead_of_being_cut_at_the_card_edge(
    qtbot, store, controller
):
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFont, QFontMetrics

    from atelier.ui.beamer.beamer_notes import PADDING

    werkvorm_id = controller.current().id
    word = "Warmtetransitievisiedocumentatieplanningsoverleg"
    for number in range(12):  # a full wall: narrow cards
        store.add_note(werkvorm_id, f"{number}: {word} en de wijkuitvoeringsplannen")
    window = beamer(qtbot, store, controller)
    font = QFont()
    font.setPixelSize(window.notes.card_pixel_size())
    metrics = QFontMetrics(font)
    for card in window.notes.cards():
        inner = card.width() - 2 * PADDING
        wrapped = metrics.boundingRect(
            QRect(0, 0, inner, 100_000), int(Qt.TextFlag.TextWordWrap), card.text()
        )
        assert wrapped.width() <= inner, (card.text(), wrapped.width(), inner)
        assert card.text().replace("\u00ad", "").startswith(card.text().split(":")[0])


def test_clusters_show_on_the_beamer_as_titled_groups(qtbot, store, controller):
    from atelier.services.board import clusters

    werkvorm_id = controller.current().id
    made = [store.add_note(werkvorm_id, text) for text in ("Zon op het dak", "Warmtenet", "Los")]
    store.write(
        lambda s: clusters.create_cluster(s, werkvorm_id, "Bronnen", [made[0].id, made[1].id]),
        notes_of=werkvorm_id,
    )
    window = beamer(qtbot, store, controller)
    qtbot.waitUntil(lambda: len(window.notes.cards()) == 2)

    texts = [card.text().replace("\u00a0", " ") for card in window.notes.cards()]
    assert texts[0] == "Los"  # the loose note on its own card
    group = texts[1]
    assert group.startswith("Bronnen\n• Zon op het dak\n• Warmtenet")
    assert group.splitlines()[-1].startswith("2 note")  # its size (no translator here)
