"""A werkvorm opened to phones in the real window: a phone's note arrives over HTTP in the
inbox beside the board, Enter puts it on the wall, undo takes it back, closing stops it all."""

from __future__ import annotations

import http.client
import json
import sys
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget

from atelier.phones.networks import Network
from atelier.services.board.notes import list_notes
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.phones.phones_feature import PhonesFeature
from tests.browser import needs_chromium, phone_browser, type_into

# Linux and Windows answer on every 127.x.y.z address; macOS only on 127.0.0.1.
other_loopback = pytest.mark.skipif(
    sys.platform == "darwin", reason="needs loopback addresses besides 127.0.0.1"
)


def post_in_background(url: str, body: dict) -> dict:
    """POST from another thread (the window's thread must stay free to store the note)."""
    result: dict = {}
    parts = urlsplit(url)

    def send() -> None:
        try:
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
            connection.request(
                "POST", parts.path + "notes", json.dumps(body), {"Content-Type": "application/json"}
            )
            response = connection.getresponse()
            result["status"] = response.status
            result["body"] = json.loads(response.read())
            connection.close()
        except OSError as error:
            result["error"] = error

    threading.Thread(target=send, daemon=True).start()
    return result


def answered(qtbot, url: str, body: dict) -> dict:
    """POST ``body`` from another thread and wait for the answer."""
    result = post_in_background(url, body)
    qtbot.waitUntil(lambda: "status" in result or "error" in result, timeout=5000)
    return result


def open_to_phones(running) -> PhonesFeature:
    feature = running.window.findChild(PhonesFeature)
    feature.choose_network = lambda: Network("lo", "127.0.0.1")
    running.window.findChild(QAction, "openToPhones").trigger()
    return feature


def test_a_note_from_a_phone_goes_through_the_inbox_onto_the_wall(start_app, tmp_path, qtbot):
    running = start_app(tmp_path / "atelier.sqlite")
    werkvorm_id = running.window.atelier_page.current_werkvorm()
    feature = open_to_phones(running)
    dock = running.window.findChild(QDockWidget, "phonesDock")
    assert dock.isVisible()
    assert not dock.features() & QDockWidget.DockWidgetFeature.DockWidgetClosable  # stays in sight
    titel = running.window.atelier_page.workspace.current_werkvorm_data().titel
    assert titel in feature.panel.werkvorm.text()  # which werkvorm the notes are for
    url = feature.server.url(feature.opening)
    assert url in feature.panel.address.text().replace("\n", "")  # on two lines, whole
    assert not feature.panel.qr.pixmap().isNull()
    on_wall = lambda: [n.text for n in running.store.read(lambda s: list_notes(s, werkvorm_id))]  # noqa: E731
    before = on_wall()

    note = {
        "clientId": "phone-note-0001",
        "phoneId": "phone-0001",
        "tekst": "Warmte uit de vaart <&> 🌊",
    }
    result = post_in_background(url, note)
    qtbot.waitUntil(lambda: "status" in result or "error" in result, timeout=5000)
    assert result.get("status") == 200, result
    qtbot.waitUntil(lambda: feature.panel.list.count() == 1)
    assert on_wall() == before  # nothing reaches the wall unseen

    feature.panel.list.setFocus()
    qtbot.keyClick(feature.panel.list, Qt.Key.Key_Return)
    assert on_wall() == [*before, "Warmte uit de vaart <&> 🌊"]
    assert feature.panel.list.count() == 0

    running.window.findChild(EditHistory).undo_action.trigger()
    assert on_wall() == before
    qtbot.waitUntil(lambda: feature.panel.list.count() == 1)  # back in the inbox, not lost
    running.window.findChild(EditHistory).redo_action.trigger()
    assert on_wall() == [*before, "Warmte uit de vaart <&> 🌊"]

    running.window.findChild(QAction, "openToPhones").trigger()  # closed again
    assert feature.server is None and not dock.isVisible()
    late = post_in_background(url, {**note, "clientId": "phone-note-0002"})
    qtbot.waitUntil(lambda: "status" in late or "error" in late, timeout=5000)
    assert "error" in late  # nothing listens any more
    QApplication.processEvents()


def test_a_rejected_note_leaves_the_inbox_and_never_reaches_the_wall(start_app, tmp_path, qtbot):
    running = start_app(tmp_path / "atelier.sqlite")
    werkvorm_id = running.window.atelier_page.current_werkvorm()
    feature = open_to_phones(running)
    count = len(running.store.read(lambda s: list_notes(s, werkvorm_id)))
    result = post_in_background(
        feature.server.url(feature.opening),
        {"clientId": "phone-note-0003", "phoneId": "phone-0002", "tekst": "Reclame voor pizza"},
    )
    qtbot.waitUntil(lambda: feature.panel.list.count() == 1, timeout=5000)
    assert result.get("status") == 200
    feature.panel.list.setFocus()
    qtbot.keyClick(feature.panel.list, Qt.Key.Key_Delete)
    assert feature.panel.list.count() == 0
    assert len(running.store.read(lambda s: list_notes(s, werkvorm_id))) == count
    feature.close_to_phones()


def test_without_a_network_the_facilitator_is_told_and_nothing_starts(start_app, tmp_path):
    running = start_app(tmp_path / "atelier.sqlite")
    feature = running.window.findChild(PhonesFeature)
    feature.choose_network = lambda: None
    action = running.window.findChild(QAction, "openToPhones")
    action.trigger()
    assert feature.server is None and not action.isChecked()
    assert "hotspot" in running.window.message_bar.text()


def modules_of(pixmap, count: int, border: int = 3) -> list[list[bool]]:
    """Read a QR code's dark modules back from the picture shown (the centre of each module)."""
    image = pixmap.toImage()
    module = image.width() / (count + 2 * border)
    return [
        [
            image.pixelColor(
                int((border + x + 0.5) * module), int((border + y + 0.5) * module)
            ).lightness()
            < 128
            for x in range(count)
        ]
        for y in range(count)
    ]


def test_the_beamer_shows_the_served_address_as_a_code_and_f4_hides_it(start_app, tmp_path):
    import segno

    from atelier.ui.agenda.room_feature import RoomFeature

    running = start_app(tmp_path / "atelier.sqlite")
    feature = open_to_phones(running)
    room = running.window.findChild(RoomFeature).room
    room.presenter.show()
    code = room.presenter.window.phone_code
    url = feature.server.url(feature.opening)
    assert code.isVisible()
    expected = segno.make(url, error="m")
    count = expected.symbol_size(border=0)[0]
    assert modules_of(code.code.pixmap(), count) == [
        [bool(bit) for bit in row] for row in expected.matrix
    ]
    assert url.removeprefix("http://") in code.caption.text().replace("\n", "")  # typed whole

    hide = running.window.findChild(QAction, "togglePhoneCode")
    hide.trigger()
    assert not code.isVisible()
    hide.trigger()
    assert code.isVisible()
    room.controller.next()  # another werkvorm in the room: not open to phones
    assert not code.isVisible()
    room.controller.previous()
    assert code.isVisible()
    feature.close_to_phones()
    assert not code.isVisible()


def get_state(url: str) -> dict:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    connection.request("GET", parts.path + "state")
    state = json.loads(connection.getresponse().read())
    connection.close()
    return state


def test_anonymous_phones_choose_no_organisation(start_app, tmp_path, qtbot):
    running = start_app(tmp_path / "atelier.sqlite")
    feature = open_to_phones(running)
    url = feature.server.url(feature.opening)
    assert feature.panel.ask_organisation.isChecked()
    assert len(get_state(url)["organisaties"]) == len(
        running.window.atelier_page.atelier().organisations
    )
    feature.panel.ask_organisation.click()
    qtbot.waitUntil(lambda: get_state(url)["organisaties"] == [])
    feature.close_to_phones()


def test_straight_onto_the_wall_skips_the_inbox(start_app, tmp_path, qtbot):
    running = start_app(tmp_path / "atelier.sqlite")
    werkvorm_id = running.window.atelier_page.current_werkvorm()
    feature = open_to_phones(running)
    feature.panel.direct.click()
    result = post_in_background(
        feature.server.url(feature.opening),
        {"clientId": "phone-note-0009", "phoneId": "phone-0009", "tekst": "Meteen zichtbaar"},
    )
    texts = lambda: [n.text for n in running.store.read(lambda s: list_notes(s, werkvorm_id))]  # noqa: E731
    qtbot.waitUntil(lambda: "Meteen zichtbaar" in texts(), timeout=5000)
    assert result.get("status") == 200
    assert feature.panel.list.count() == 0
    # still one undoable step, back into the inbox
    running.window.findChild(EditHistory).undo_action.trigger()
    assert "Meteen zichtbaar" not in texts()
    qtbot.waitUntil(lambda: feature.panel.list.count() == 1)
    feature.close_to_phones()


@other_loopback
def test_the_facilitator_moves_phones_to_another_network(start_app, tmp_path, qtbot):
    running = start_app(tmp_path / "atelier.sqlite")
    feature = running.window.findChild(PhonesFeature)
    first, second = Network("lo", "127.0.0.1"), Network("hotspot", "127.0.0.2")
    feature.list_networks = lambda: [first, second]
    feature.choose_network = lambda: first
    running.window.findChild(QAction, "openToPhones").trigger()
    box = feature.panel.network
    assert [box.itemData(i) for i in range(box.count())] == ["hotspot", "lo"]  # both offered
    old = feature.server.url(feature.opening)
    box.setCurrentIndex(box.findData("hotspot"))
    box.activated.emit(box.currentIndex())
    new = feature.server.url(feature.opening)
    assert new.startswith("http://127.0.0.2:") and new != old
    assert new in feature.panel.address.text().replace("\n", "")
    assert running.window.settings.phone_network() == "hotspot"  # remembered
    assert get_state(new)["vraag"]
    with pytest.raises(OSError):
        get_state(old)  # the old address is gone
    feature.close_to_phones()


def receive_one(running, feature, qtbot, text: str, client: str) -> None:
    result = post_in_background(
        feature.server.url(feature.opening),
        {"clientId": client, "phoneId": "phone-0042", "tekst": text},
    )
    qtbot.waitUntil(lambda: result.get("status") == 200, timeout=5000)
    qtbot.waitUntil(lambda: feature.panel.list.count() >= 1)


def test_f2_edits_a_phones_note_before_it_goes_on_the_wall(start_app, tmp_path, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

    from tests.ui.conftest import ModalAnswer

    running = start_app(tmp_path / "atelier.sqlite")
    werkvorm_id = running.window.atelier_page.current_werkvorm()
    feature = open_to_phones(running)
    receive_one(running, feature, qtbot, "Warmtpomp op school", "phone-note-0100")

    def correct(dialog) -> None:
        dialog.findChild(QPlainTextEdit).setPlainText("Warmtepomp op de school")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    ModalAnswer(correct)
    feature.panel.list.setFocus()
    qtbot.keyClick(feature.panel.list, Qt.Key.Key_F2)
    texts = [n.text for n in running.store.read(lambda s: list_notes(s, werkvorm_id))]
    assert "Warmtepomp op de school" in texts and "Warmtpomp op school" not in texts
    assert feature.panel.list.count() == 0
    feature.close_to_phones()


def test_m_adds_a_phones_note_to_the_selected_note_and_undo_separates_them(
    start_app, tmp_path, qtbot
):
    running = start_app(tmp_path / "atelier.sqlite")
    werkvorm_id = running.window.atelier_page.current_werkvorm()
    feature = open_to_phones(running)
    board = feature.board.board()
    target = board.scene.selected_notes() or [
        item for item in board.scene.items() if hasattr(item, "note_id")
    ]
    target[0].setSelected(True)
    note_id = target[0].note_id
    before = {n.id: n.text for n in running.store.read(lambda s: list_notes(s, werkvorm_id))}
    receive_one(running, feature, qtbot, "ook de bibliotheek", "phone-note-0101")
    feature.panel.list.setFocus()
    qtbot.keyClick(feature.panel.list, Qt.Key.Key_M)
    after = {n.id: n.text for n in running.store.read(lambda s: list_notes(s, werkvorm_id))}
    assert after[note_id] == before[note_id] + "\nook de bibliotheek"
    assert len(after) == len(before) and feature.panel.list.count() == 0
    running.window.findChild(EditHistory).undo_action.trigger()
    undone = {n.id: n.text for n in running.store.read(lambda s: list_notes(s, werkvorm_id))}
    assert undone == before
    qtbot.waitUntil(lambda: feature.panel.list.count() == 1)
    feature.close_to_phones()


def test_a_rejected_note_can_be_brought_back(start_app, tmp_path, qtbot):
    running = start_app(tmp_path / "atelier.sqlite")
    feature = open_to_phones(running)
    receive_one(running, feature, qtbot, "Toch wel een goed idee", "phone-note-0102")
    feature.panel.list.setFocus()
    qtbot.keyClick(feature.panel.list, Qt.Key.Key_Delete)
    assert feature.panel.list.count() == 0
    (restore,) = feature.panel.rejected_menu.actions()
    assert restore.text() == "Toch wel een goed idee"
    restore.trigger()
    assert feature.panel.list.count() == 1
    assert not feature.panel.rejected_menu.actions()
    feature.close_to_phones()


def test_when_no_phone_reaches_the_page_the_facilitator_hears_why(start_app, tmp_path, qtbot):
    running = start_app(tmp_path / "atelier.sqlite")
    feature = open_to_phones(running)
    feature._no_phone_yet.setInterval(50)
    feature._no_phone_yet.start()
    qtbot.waitUntil(lambda: "hotspot" in running.window.message_bar.text(), timeout=3000)
    feature.close_to_phones()


def test_no_hint_once_a_phone_has_opened_the_page(start_app, tmp_path, qtbot):
    running = start_app(tmp_path / "atelier.sqlite")
    feature = open_to_phones(running)
    url = feature.server.url(feature.opening)
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    connection.request("GET", parts.path)
    assert connection.getresponse().status == 200
    connection.close()
    feature._no_phone_yet.setInterval(50)
    feature._no_phone_yet.start()
    qtbot.wait(200)
    assert "hotspot" not in running.window.message_bar.text()
    feature.close_to_phones()


@other_loopback
def test_a_new_address_on_the_same_network_moves_the_server(start_app, tmp_path):
    running = start_app(tmp_path / "atelier.sqlite")
    feature = running.window.findChild(PhonesFeature)
    found = [Network("wlan0", "127.0.0.1")]
    feature.list_networks = lambda: list(found)
    feature.choose_network = lambda: found[0]
    running.window.findChild(QAction, "openToPhones").trigger()
    assert not feature.follow_network()  # nothing changed
    old = feature.server.url(feature.opening)
    found[0] = Network("wlan0", "127.0.0.3")  # the hotspot handed out another address
    assert feature.follow_network()
    new = feature.server.url(feature.opening)
    assert new.startswith("http://127.0.0.3:") and get_state(new)["vraag"]
    with pytest.raises(OSError):
        get_state(old)
    assert "code" in running.window.message_bar.text()
    feature.close_to_phones()


@needs_chromium
def test_a_participants_phone_reaches_the_board_and_the_beamer(start_app, tmp_path, qtbot):
    """The whole way, as in the room: a phone (Chromium) opens the address, sends a note; it
    waits in the inbox of the real window; Enter puts it on the wall and on the beamer."""
    from atelier.ui.agenda.room_feature import RoomFeature

    running = start_app(tmp_path / "atelier.sqlite")
    werkvorm_id = running.window.atelier_page.current_werkvorm()
    feature = open_to_phones(running)
    room = running.window.findChild(RoomFeature).room
    room.presenter.show()
    beamer = room.presenter.window
    text = "Buurtwarmte uit de ijsbaan 🧊 <en> & meer"
    with phone_browser() as phone:
        phone.get(feature.server.url(feature.opening))
        qtbot.waitUntil(lambda: phone.find_element("id", "vraag").text != "", timeout=10_000)
        type_into(phone, phone.find_element("id", "tekst"), text)
        phone.find_element("id", "verstuur").click()
        qtbot.waitUntil(  # the window's thread stores it meanwhile
            lambda: "Ontvangen" in phone.find_element("id", "status").text, timeout=10_000
        )
    qtbot.waitUntil(lambda: feature.panel.list.count() == 1)
    on_beamer = lambda: any(  # noqa: E731  (a card shows the start of a long note)
        card.text().startswith("Buurtwarmte") for card in beamer.notes.cards()
    )
    assert not on_beamer()  # nothing from a phone reaches the beamer unseen
    feature.panel.list.setFocus()
    qtbot.keyClick(feature.panel.list, Qt.Key.Key_Return)
    assert text in [n.text for n in running.store.read(lambda s: list_notes(s, werkvorm_id))]
    qtbot.waitUntil(on_beamer)
    feature.close_to_phones()


def test_the_panel_counts_what_the_server_turned_away(start_app, tmp_path, qtbot):
    running = start_app(tmp_path / "atelier.sqlite")
    feature = open_to_phones(running)
    assert not feature.panel.refused.isVisibleTo(feature.panel)
    url = feature.server.url(feature.opening)
    long = post_in_background(
        url, {"clientId": "phone-note-0200", "phoneId": "phone-0200", "tekst": "x" * 600}
    )
    qtbot.waitUntil(lambda: long.get("status") == 422, timeout=5000)
    qtbot.waitUntil(lambda: feature.panel.refused.isVisibleTo(feature.panel), timeout=3000)
    assert "1" in feature.panel.refused.text()
    feature.close_to_phones()


@needs_chromium
def test_a_phone_gives_dots_that_count_on_the_board(start_app, tmp_path, qtbot):
    """Voting from the page in Chromium: the phone sees the notes and its budget, taps +, and
    the dot is in the same tally as the scribe's (the board's voting round)."""
    from atelier.services.board import voting

    running = start_app(tmp_path / "atelier.sqlite")
    werkvorm_id = running.window.atelier_page.current_werkvorm()
    feature = open_to_phones(running)
    feature.panel.voting.click()
    before = sum(running.store.read(lambda s: voting.dot_totals(s, werkvorm_id)).values())
    with phone_browser() as phone:
        phone.get(feature.server.url(feature.opening))
        qtbot.waitUntil(
            lambda: len(phone.find_elements("css selector", "#stemlijst li")) > 0, timeout=10_000
        )
        assert "stippen" in phone.find_element("id", "stippen").text
        first = phone.find_elements("css selector", "#stemlijst li")[0]
        first.find_elements("tag name", "button")[1].click()  # "+"
        qtbot.waitUntil(
            lambda: "Stip gegeven" in phone.find_element("id", "status").text, timeout=10_000
        )
        mine = phone.find_elements("css selector", "#stemlijst li .aantal")[0].text
    after = sum(running.store.read(lambda s: voting.dot_totals(s, werkvorm_id)).values())
    assert mine == "1" and after == before + 1
    feature.close_to_phones()


def test_closing_the_round_on_the_board_closes_voting_on_the_phones(start_app, tmp_path, qtbot):
    running = start_app(tmp_path / "atelier.sqlite")
    feature = open_to_phones(running)
    feature.panel.voting.click()
    url = feature.server.url(feature.opening)
    assert get_state(url)["stemmen"] is True
    feature.board.votingClosed.emit(feature.opening.werkvorm_id)
    assert get_state(url)["stemmen"] is False  # the next look of the page hides the dots
    assert not feature.panel.voting.isChecked()
    assert feature.panel.ask_organisation.isChecked()  # the other choices stay as they were
    feature.close_to_phones()


def test_a_phone_hears_dutch_as_its_page_speaks_whatever_the_window_speaks(
    start_app, tmp_path, qtbot, ui_settings
):
    """The phone page speaks Dutch; so do the refusals it shows from the inbox, also when the
    facilitator's window is English."""
    ui_settings.set_language("en")
    running = start_app(tmp_path / "atelier.sqlite")
    feature = open_to_phones(running)
    url = feature.server.url(feature.opening)
    result = post_in_background(
        url, {"clientId": "phone-note-0009", "phoneId": "phone-0009", "tekst": "   "}
    )
    qtbot.waitUntil(lambda: "status" in result or "error" in result, timeout=5000)
    assert result.get("status") == 422, result
    assert result["body"]["bericht"] == "Een lege notitie is niet verstuurd."
    from atelier.translation import current_language

    assert current_language() == "en"  # the window (and its own messages) speak English
    running.window.findChild(QAction, "openToPhones").trigger()


def fill_the_disk(qtbot, running, url: str) -> tuple[list[str], dict, Callable[[], None]]:
    """Phones send notes of 500 characters until the file, kept from growing, is full: the
    texts stored, the answer to the one that was not, and a function that makes room."""
    from tests.storage.conftest import limit_file_size

    make_room = limit_file_size(running.store.database, extra_pages=0)
    sent: list[str] = []
    for number in range(20):  # they fill the file's last free page
        text = f"Warmtenet langs de dijk {number:02d} " + "x" * 470
        phone = f"{number:04d}"
        body = {"clientId": f"phone-note-{phone}", "phoneId": f"phone-{phone}", "tekst": text}
        result = answered(qtbot, url, body)
        if result.get("status") != 200:
            return sent, result, make_room
        sent.append(text)
    raise AssertionError("the disk never filled up")


def test_a_full_disk_tells_the_phone_in_dutch_and_the_facilitator_in_the_windows_language(
    start_app, tmp_path, qtbot, ui_settings
):
    """The laptop cannot store a phone's note: the phone is told to wait (in Dutch, as its
    page speaks), and the facilitator reads why in the window, in English here."""
    ui_settings.set_language("en")
    running = start_app(tmp_path / "atelier.sqlite")
    feature = open_to_phones(running)
    told: list[str] = []
    running.store.errorOccurred.connect(told.append)
    _sent, result, _make_room = fill_the_disk(qtbot, running, feature.server.url(feature.opening))
    assert result.get("status") == 503, result  # as when the laptop does not answer
    assert result["body"]["bericht"] == "De laptop kon de notitie nog niet bewaren."
    assert len(told) == 1 and told[0].startswith("A note from a phone was not saved: The disk")
    assert running.window.message_bar.text() == told[0]
    running.window.findChild(QAction, "openToPhones").trigger()


@needs_chromium
def test_a_phone_keeps_a_note_the_full_laptop_could_not_store_and_sends_it_again(
    start_app, tmp_path, qtbot
):
    """Nothing a participant typed is lost to a full disk: the phone keeps the note, says it
    tries again, and does so until the facilitator has made room."""
    from atelier.services.phones import inbox

    running = start_app(tmp_path / "atelier.sqlite")
    feature = open_to_phones(running)
    url = feature.server.url(feature.opening)
    sent, _result, make_room = fill_the_disk(qtbot, running, url)
    text = "Buurtbatterij bij de school " + "x" * 450
    with phone_browser() as phone:
        phone.get(url)
        qtbot.waitUntil(lambda: phone.find_element("id", "vraag").text != "", timeout=10_000)
        type_into(phone, phone.find_element("id", "tekst"), text)
        phone.find_element("id", "verstuur").click()
        status = lambda: phone.find_element("id", "status").text  # noqa: E731
        qtbot.waitUntil(lambda: "Atelier probeert het zo opnieuw" in status(), timeout=10_000)
        assert status().startswith("De laptop kon de notitie nog niet bewaren.")
        make_room()
        qtbot.waitUntil(lambda: "Ontvangen" in status(), timeout=10_000)  # its next try
    waiting = running.store.read(lambda s: inbox.waiting(s, feature.opening.werkvorm_id))
    assert [row.text for row in waiting] == [*sent, text]
    running.window.findChild(QAction, "openToPhones").trigger()
