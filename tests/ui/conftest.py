"""Starting the real app window on a temporary database, with settings in a temporary file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from atelier.ui.app import RunningApp, launch, prepare_application
from atelier.ui.settings import UiSettings
from atelier.ui.translations import TRANSLATOR_NAME

MODAL_POLL_MS = 10
MODAL_POLL_LIMIT = 500  # five seconds: a dialog that never comes fails the test, not the suite


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "atelier.ini"


@pytest.fixture
def ui_settings(settings_path: Path, monkeypatch: pytest.MonkeyPatch) -> UiSettings:
    monkeypatch.delenv("ATELIER_LANGUAGE", raising=False)
    return UiSettings.at(settings_path)


@pytest.fixture
def start_app(qapp, qtbot, ui_settings) -> Iterator[Callable[..., RunningApp | None]]:
    """``start_app(db_path, open_demo=True)`` launches a window as ``atelier --demo --db`` would
    (``open_demo=False``: as ``atelier --db``, which opens a new file on the welcome page)."""
    started: list[RunningApp] = []

    def start(db_path: Path, open_demo: bool = True) -> RunningApp | None:
        prepare_application(ui_settings)
        running = launch(db_path, ui_settings, open_demo=open_demo)
        if running is not None:
            started.append(running)
            running.window.activateWindow()  # window shortcuts need the active window
            qtbot.waitUntil(lambda: QApplication.activeWindow() is running.window)
        return running

    locale = QLocale()
    yield start
    for running in started:
        running.window.close()
        running.shutdown()
    for translator in qapp.findChildren(QTranslator, TRANSLATOR_NAME):  # leave no Dutch behind
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


class ModalAnswer:
    """Waits for the next modal dialog, remembers it and lets ``respond`` act on it.

    It keeps itself alive while it waits: a test may make one without keeping it, and a timer
    holds its poll only weakly (the window paints, and polls, before the dialog comes)."""

    waiting: ClassVar[set[ModalAnswer]] = set()

    def __init__(self, respond: Callable[[QWidget], None]) -> None:
        self.respond = respond
        self.dialog: QWidget | None = None
        self.text = ""
        self.buttons: list[str] = []
        self._tries = 0
        ModalAnswer.waiting.add(self)
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            self._tries += 1
            if self._tries < MODAL_POLL_LIMIT:
                QTimer.singleShot(MODAL_POLL_MS, self._poll)
            else:
                ModalAnswer.waiting.discard(self)
            return
        ModalAnswer.waiting.discard(self)
        self.dialog = dialog
        if isinstance(dialog, QMessageBox):
            self.text = f"{dialog.text()}\n{dialog.informativeText()}"
        self.buttons = [b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton)]
        self.respond(dialog)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; characters QTest cannot map (é, emoji) arrive as a keyboard
    layout or input method delivers them: a key press that carries the text."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def click_button(qtbot, label: str) -> Callable[[QWidget], None]:
    """A response that clicks the dialog's button with this (translated) label."""
    from PySide6.QtCore import Qt

    def respond(dialog: QWidget) -> None:
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == label:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return
        dialog.close()
        raise AssertionError(f"no button {label!r} in the dialog")

    return respond
