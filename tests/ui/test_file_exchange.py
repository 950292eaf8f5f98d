"""File → Exporteren… writes the open atelier to JSON; File → Importeren… brings it back as a new
atelier. The file dialogs are the platform's own, so the tests answer them by monkeypatching."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from atelier.ui.file_exchange import suggested_file_name


def menu_action(window, text: str):
    return next(action for action in window.menu("file").actions() if action.text() == text)


def test_export_then_import_gives_a_second_copy_with_the_same_notes(
    qtbot, start_app, db_path, tmp_path, monkeypatch
):
    running = start_app(db_path)
    window = running.window
    original = window.atelier_page.atelier()
    target = tmp_path / "uitwisseling" / "zonnehoek"
    target.parent.mkdir()
    offered = []

    def save_dialog(_parent, _title, suggestion, _filter):
        offered.append(suggestion)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    menu_action(window, "&Exporteren…").trigger()
    written = target.with_suffix(".json")
    assert json.loads(written.read_text(encoding="utf-8"))["format"] == "atelier"
    assert offered[0].endswith(suggested_file_name(original.titel))
    assert "is geëxporteerd naar" in window.message_bar.text()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(written), ""))
    menu_action(window, "&Importeren…").trigger()
    qtbot.waitUntil(lambda: "is geïmporteerd als nieuw atelier" in window.message_bar.text())
    imported = window.atelier_page.atelier()
    assert imported.id != original.id
    assert imported.titel == original.titel
    counts = [w.note_count for d in imported.dagdelen for w in d.werkvormen]
    assert counts == [w.note_count for d in original.dagdelen for w in d.werkvormen]
    assert "is geïmporteerd als nieuw atelier" in window.message_bar.text()


def test_a_broken_import_file_is_refused_with_a_message_and_nothing_changes(
    qtbot, start_app, db_path, tmp_path, monkeypatch
):
    running = start_app(db_path)
    window = running.window
    before = running.store.list_ateliers()
    broken = tmp_path / "kapot.json"
    broken.write_text('{"format": "atelier", "version": 1, ', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(broken), ""))
    window.welcome_page.import_button.click()
    qtbot.waitUntil(lambda: "Importeren van 'kapot.json' is mislukt" in window.message_bar.text())
    assert running.store.list_ateliers() == before


def test_export_is_only_offered_with_an_open_atelier(start_app, db_path):
    running = start_app(db_path)
    export = menu_action(running.window, "&Exporteren…")
    assert export.isEnabled()
    running.window.show_welcome()
    assert not export.isEnabled()


def test_suggested_file_names_are_safe_everywhere():
    assert suggested_file_name('Atelier "Zon/Maan": fase 1?') == "Atelier Zon Maan fase 1.json"
    assert suggested_file_name("...") == "atelier.json"
    assert suggested_file_name("CON") == "CON atelier.json"  # a device name on Windows
    assert suggested_file_name("nul") == "nul atelier.json"
    assert suggested_file_name("Com1.wijk") == "Com1.wijk atelier.json"
    assert suggested_file_name("Console") == "Console.json"
    assert suggested_file_name("x" * 79 + " .y") == "x" * 79 + ".json"  # no dot before .json


def big_file(folder, notes: int):
    """An export of the demo atelier with ``notes`` notes on its first werkvorm."""
    from atelier.interchange.demo import demo_file

    document = json.loads(demo_file().read_text(encoding="utf-8"))
    werkvorm = document["dagdelen"][0]["werkvormen"][0]
    template = werkvorm["notes"][0]
    werkvorm["notes"] = [
        {**template, "id": f"n-groot-{n}", "cluster": None, "text": f"Notitie {n} over warmte"}
        for n in range(notes)
    ]
    document["votes"] = []
    for action in document["routemap"]["actions"]:
        action["herkomst"]["notes"] = []
    path = folder / "groot.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_big_import_is_checked_while_the_window_keeps_working(
    qtbot, start_app, db_path, tmp_path
):
    from PySide6.QtCore import QTimer

    from atelier.ui.file_exchange import FileExchange

    running = start_app(db_path)
    window = running.window
    exchange = window.findChild(FileExchange)
    path = big_file(tmp_path, 20_000)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    job = exchange.start_import(path)
    while_checking = []
    job.signals.checked.connect(lambda _checked: while_checking.append(len(ticks)))
    qtbot.waitUntil(lambda: exchange.job is None, timeout=60_000)
    timer.stop()

    assert "is geïmporteerd als nieuw atelier" in window.message_bar.text()
    imported = window.atelier_page.atelier()
    assert imported.dagdelen[0].werkvormen[0].note_count == 20_000
    assert while_checking[0] >= 20  # the event loop ran on, often, while the worker checked


def test_cancelling_an_import_stores_nothing(qtbot, start_app, db_path, tmp_path):
    from atelier.ui.file_exchange import FileExchange

    running = start_app(db_path)
    window = running.window
    before = running.store.list_ateliers()
    exchange = window.findChild(FileExchange)

    job = exchange.start_import(big_file(tmp_path, 30_000))
    progress = window.findChild(QProgressDialog, "importProgress")
    qtbot.waitUntil(progress.isVisible)  # shown once the import takes a moment
    cancel = progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: exchange.job is None, timeout=30_000)

    assert job.done.wait(10)
    assert "is afgebroken; er is niets geïmporteerd" in window.message_bar.text()
    assert running.store.list_ateliers() == before
