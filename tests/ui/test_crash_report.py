"""An error nobody caught, in a slot or a worker thread: logged, shown in Dutch with the log's
place and "Kopieer details", and Atelier runs on."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from atelier import logs
from atelier.ui.crash_report import CrashReport


@pytest.fixture
def report(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "log_folder", lambda: tmp_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logs.configure_logging(tmp_path)
    report = CrashReport()
    report.install()
    yield report
    for handler in list(logs.logger.handlers):
        if getattr(handler, "atelier_log", False):
            handler.close()
            logs.logger.removeHandler(handler)
    if report.dialog is not None:
        report.dialog.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown_and_atelier_runs_on(qtbot, report, tmp_path):
    def broken_button() -> None:
        raise ValueError("de knop <Opslaan> & meer")

    QTimer.singleShot(0, broken_button)
    qtbot.waitUntil(lambda: report.dialog is not None and report.dialog.isVisible())

    dialog = report.dialog
    assert "ValueError" in dialog.text()
    # Dutch once an earlier test installed the translator, else the English source
    assert "blijft bewaard" in dialog.text() or "stays stored" in dialog.text()
    assert str(tmp_path / "atelier.log") in dialog.informativeText()
    assert "de knop <Opslaan> & meer" in dialog.detailedText()
    qtbot.mouseClick(dialog.findChild(QPushButton, "copyDetails"), Qt.MouseButton.LeftButton)
    assert "broken_button" in QGuiApplication.clipboard().text()
    logged = (tmp_path / "atelier.log").read_text(encoding="utf-8")
    assert "uncaught ValueError" in logged and "broken_button" in logged

    ran_on = []
    QTimer.singleShot(0, lambda: ran_on.append(True))
    qtbot.waitUntil(lambda: ran_on == [True])


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_reaches_the_window(qtbot, report, tmp_path):
    def worker() -> None:
        raise RuntimeError("schijf vol tijdens het lezen")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: report.dialog is not None and report.dialog.isVisible())
    assert "RuntimeError" in report.dialog.text()
    assert "schijf vol" in (tmp_path / "atelier.log").read_text(encoding="utf-8")


def test_the_log_names_the_versions_and_no_content(tmp_path):
    from atelier import __version__

    try:
        path = logs.configure_logging(tmp_path)
        logging.getLogger("atelier.test").info("notitie %d opgeslagen", 12)
    finally:
        for handler in list(logs.logger.handlers):
            if getattr(handler, "atelier_log", False):
                handler.close()
                logs.logger.removeHandler(handler)
    text = path.read_text(encoding="utf-8")
    assert f"Atelier {__version__} started: Python" in text
    assert "notitie 12 opgeslagen" in text


@pytest.mark.qt_no_exception_capture
def test_a_storage_problem_nobody_caught_is_told_in_its_own_words(qtbot, report, tmp_path):
    """A read of the team archive while the network is gone: the facilitator reads that, not
    "something went wrong"."""
    from atelier.storage.archive.errors import ArchiveUnreachable

    def read_while_offline() -> None:
        raise ArchiveUnreachable("postgresql://bureau@archief.example/team", "time-out")

    QTimer.singleShot(0, read_while_offline)
    qtbot.waitUntil(lambda: report.dialog is not None and report.dialog.isVisible())
    assert report.dialog.text().startswith("Het teamarchief postgresql://bureau@archief")
    assert "niet bereikbaar" in report.dialog.text()
    assert "read_while_offline" in report.dialog.detailedText()
