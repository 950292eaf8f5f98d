"""File → Exporteer routemap (PDF): made on a worker thread while the window stays usable,
cancellable, and a folder it may not write in gives a clear Dutch message."""

from __future__ import annotations

import errno
import os
import threading
import time
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from atelier.report import build as report_build
from atelier.report.data import ReportOptions


def file_menu_texts(window) -> list[str]:
    return [a.text() for a in window.menu("file").actions() if not a.isSeparator()]


def test_the_file_menu_offers_the_exports(window):
    texts = file_menu_texts(window)
    for wanted in (
        "Exporteer routemap (&PDF)…",
        "Exporteer a&cties (CSV)…",
        "Exporteer no&tities (CSV)…",
        "Exporteer &data voor de agenda (.ics)…",
    ):
        assert wanted in texts


def add_notes(database, atelier_id, count: int) -> None:
    """Enough notes that the report takes a noticeable moment to make."""
    from atelier.services.ateliers import get_atelier
    from atelier.services.board.notes import add_note

    with database.transaction() as session:
        werkvormen = [w.id for d in get_atelier(session, atelier_id).dagdelen for w in d.werkvormen]
        for number in range(count):
            add_note(
                session, werkvormen[number % len(werkvormen)], f"Notitie {number} over de wijk"
            )


def test_the_pdf_is_made_in_a_worker_while_the_window_stays_responsive(
    qtbot, window, database, atelier_id, codes, tmp_path, monkeypatch
):
    add_notes(database, atelier_id, 600)
    builders: list[threading.Thread] = []
    original = report_build.build_report

    def recording_build(*args, **kwargs):
        builders.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(report_build, "build_report", recording_build)
    export = window.routemap.export
    target = tmp_path / "Routemap Zonnehoek.pdf"
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: export.job is not None and ticks.append(time.perf_counter()))
    timer.start()

    dialog = export.export_pdf()
    dialog.path.setText(str(target))
    dialog.a3.setChecked(True)
    export_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert export_button.text() == "Exporteren"
    started = time.perf_counter()
    qtbot.mouseClick(export_button, Qt.MouseButton.LeftButton)

    assert export.job is not None  # the click returned while the report is being made
    assert not target.exists()
    qtbot.waitUntil(lambda: export.job is None, timeout=60_000)
    timer.stop()

    assert target.read_bytes().startswith(b"%PDF")
    assert export.last_error == ""
    assert "Het routemaprapport is opgeslagen als" in window.message_bar.text()
    assert export.progress is None  # the progress dialog is gone
    # Built on a worker thread, and the event loop kept running meanwhile: no long freeze.
    assert builders and builders[0] is not threading.main_thread()
    moments = [started, *ticks]
    assert ticks
    assert max(b - a for a, b in pairwise(moments)) < 2.0


def test_cancelling_leaves_no_file(qtbot, window, atelier_id, codes, tmp_path):
    export = window.routemap.export
    target = tmp_path / "geannuleerd.pdf"
    cancelled = []

    job = export.start(atelier_id, target, ReportOptions())
    job.signals.cancelled.connect(lambda: cancelled.append(True))
    export.progress.show()  # it shows by itself after a moment
    cancel = next(b for b in export.progress.findChildren(QPushButton) if b.text() == "Annuleren")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: export.job is None, timeout=30_000)
    assert cancelled == [True]
    assert not target.exists()
    assert list(tmp_path.glob("*.pdf*")) == []  # no temporary file left behind either
    assert window.message_bar.text() == "Exporteren geannuleerd; er is geen bestand geschreven."


def read_only_folder(tmp_path: Path) -> Path:
    """A folder this process cannot write in (for root, whom chmod does not stop: /sys)."""
    if os.name == "nt":
        pytest.skip("a read-only folder needs POSIX permissions")
    if os.geteuid() != 0:
        folder = tmp_path / "alleen-lezen"
        folder.mkdir()
        folder.chmod(0o555)
        return folder
    folder = Path("/sys")
    probe = folder / "atelier-probe.pdf"
    try:
        probe.write_bytes(b"")
    except OSError:
        return folder
    probe.unlink()
    pytest.skip("no folder here that is read-only for this user")


def test_a_read_only_folder_gives_a_dutch_message(qtbot, window, atelier_id, codes, tmp_path):
    export = window.routemap.export
    folder = read_only_folder(tmp_path)

    export.start(atelier_id, folder / "routemap.pdf", ReportOptions())
    qtbot.waitUntil(lambda: export.job is None, timeout=30_000)

    assert "Atelier mag niet schrijven in de map" in export.last_error
    assert "Kies een andere map" in export.last_error
    shown = window.message_bar.text()
    assert shown.startswith("Het routemaprapport is niet opgeslagen. Atelier mag niet schrijven")
    assert not (folder / "routemap.pdf").exists()


def test_a_full_disk_gives_a_dutch_message_and_keeps_the_older_file(
    qtbot, window, atelier_id, codes, tmp_path, monkeypatch
):
    from atelier import atomic_file as writer

    folder = tmp_path / "uit"
    folder.mkdir()
    target = folder / "routemap.pdf"
    target.write_bytes(b"%PDF-1.4 vorige versie")

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", disk_full)
    export = window.routemap.export
    export.start(atelier_id, target, ReportOptions())
    qtbot.waitUntil(lambda: export.job is None, timeout=30_000)

    assert "De schijf is vol" in export.last_error
    assert target.read_bytes() == b"%PDF-1.4 vorige versie"
    assert [p.name for p in folder.iterdir()] == ["routemap.pdf"]  # no temporary file left


def test_actions_and_notes_go_to_csv_for_dutch_excel(qtbot, window, atelier_id, codes, tmp_path):
    export = window.routemap.export

    actions = export.write_csv(atelier_id, "actions", tmp_path / "acties")
    notes = export.write_csv(atelier_id, "notes", tmp_path / "notities.csv")

    assert actions == tmp_path / "acties.csv"
    text = actions.read_bytes().decode("utf-8-sig")  # keep the \r\n Excel wants
    assert text.startswith("Code;Wat;")
    for code in codes:
        assert f"\r\n{code};" in text
    assert notes.read_text(encoding="utf-8-sig").startswith("Dagdeel;Werkvorm;")
    assert window.message_bar.text().startswith("Opgeslagen als")


def test_closing_the_window_during_an_export_stops_it(qtbot, window, atelier_id, codes, tmp_path):
    export = window.routemap.export
    job = export.start(atelier_id, tmp_path / "bij-sluiten.pdf", ReportOptions())

    window.close()

    assert job.done.is_set()  # the window waited for the worker


def test_a_final_version_with_open_findings_is_asked_about_first(
    qtbot, window, atelier_id, codes, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    from tests.report.conftest import pdf_text
    from tests.ui.conftest import ModalAnswer

    export = window.routemap.export
    dialog = export.export_pdf()
    assert dialog.open_findings > 0  # the seeded routemap has points to look at
    dialog.path.setText(str(tmp_path / "definitief.pdf"))
    dialog.final.setChecked(True)

    answer = ModalAnswer(lambda box: box.button(QMessageBox.StandardButton.No).click())
    dialog.accept()
    qtbot.waitUntil(lambda: answer.dialog is not None)
    assert "definitieve versie" in answer.text.lower() and dialog.isVisible()
    assert export.job is None  # nothing started

    answer = ModalAnswer(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    dialog.accept()
    qtbot.waitUntil(
        lambda: export.job is None and (tmp_path / "definitief.pdf").exists(), timeout=60_000
    )
    final = " ".join(pdf_text(tmp_path / "definitief.pdf"))
    assert "Aandachtspunten" not in final and "Definitief" in final


def test_the_dates_go_to_a_calendar_file(qtbot, window, atelier_id, codes, tmp_path):
    export = window.routemap.export
    target = export.write_calendar(atelier_id, tmp_path / "data")
    assert target == tmp_path / "data.ics"
    text = target.read_bytes().decode("utf-8").replace("\r\n ", "")
    assert text.count("BEGIN:VEVENT") >= 1
    assert "Deadline " in text
    assert window.message_bar.text().startswith("Opgeslagen als")

    folder = read_only_folder(tmp_path)
    assert export.write_calendar(atelier_id, folder / "data.ics") is None
    assert "Atelier mag niet schrijven in de map" in window.message_bar.text()
    assert not (folder / "data.ics").exists()


def test_the_poster_is_written_beside_the_report(qtbot, window, atelier_id, codes, tmp_path):
    from pypdf import PdfReader

    from tests.report.conftest import pdf_text

    export = window.routemap.export
    dialog = export.export_pdf()
    dialog.path.setText(str(tmp_path / "routemap.pdf"))
    dialog.poster.setChecked(True)
    dialog.accept()
    poster = tmp_path / "routemap (poster).pdf"
    qtbot.waitUntil(lambda: export.job is None and poster.exists(), timeout=60_000)
    page = PdfReader(poster).pages[0]
    assert round(float(page.mediabox.width)) == 1191  # A3 landscape
    text = pdf_text(poster)[0]
    for code in codes:
        assert code in text
    assert "Concept" in text
    assert "routemap (poster).pdf" in window.message_bar.text()


def test_a_poster_that_cannot_be_written_leaves_the_saved_report_said_so(
    qtbot, window, atelier_id, codes, tmp_path
):
    export = window.routemap.export
    folder = read_only_folder(tmp_path)
    report = tmp_path / "routemap.pdf"
    job = export.start(atelier_id, report, ReportOptions(), poster=folder / "poster.pdf")
    qtbot.waitUntil(lambda: export.job is None, timeout=60_000)
    assert report.exists() and not (folder / "poster.pdf").exists()
    shown = window.message_bar.text()
    assert shown.startswith("Het routemaprapport is opgeslagen als")
    assert "De poster is niet opgeslagen" in shown and "Atelier mag niet schrijven" in shown
    assert job.companions[0].error


def test_the_word_version_is_written_beside_the_report(qtbot, window, atelier_id, codes, tmp_path):
    from docx import Document

    export = window.routemap.export
    dialog = export.export_pdf()
    dialog.path.setText(str(tmp_path / "routemap.pdf"))
    dialog.word.setChecked(True)
    dialog.accept()
    word = tmp_path / "routemap.docx"
    qtbot.waitUntil(lambda: export.job is None and word.exists(), timeout=60_000)
    document = Document(word)
    text = " ".join(cell.text for table in document.tables for cell in table._cells)
    for code in codes:
        assert code in text
    assert (tmp_path / "routemap.pdf").exists()
    assert "routemap.docx" in window.message_bar.text()


def test_a_word_version_that_cannot_be_written_leaves_the_saved_report_said_so(
    qtbot, window, atelier_id, codes, tmp_path
):
    export = window.routemap.export
    folder = read_only_folder(tmp_path)
    report = tmp_path / "routemap.pdf"
    job = export.start(atelier_id, report, ReportOptions(), word=folder / "routemap.docx")
    qtbot.waitUntil(lambda: export.job is None, timeout=60_000)
    assert report.exists() and not (folder / "routemap.docx").exists()
    shown = window.message_bar.text()
    assert "De Word-versie is niet opgeslagen" in shown and "Atelier mag niet schrijven" in shown
    assert job.companions[0].error


def test_a_word_version_that_fails_to_be_made_leaves_the_saved_report_said_so(
    qtbot, window, atelier_id, codes, tmp_path, monkeypatch
):
    from atelier.report.word import document

    def broken(*_args, **_kwargs):
        raise TypeError("the Word version has no form for Strange")

    monkeypatch.setattr(document, "build_word", broken)
    export = window.routemap.export
    report = tmp_path / "routemap.pdf"
    export.start(atelier_id, report, ReportOptions(), word=tmp_path / "routemap.docx")
    qtbot.waitUntil(lambda: export.job is None, timeout=60_000)
    assert report.exists() and not (tmp_path / "routemap.docx").exists()
    shown = window.message_bar.text()
    assert shown.startswith("Het routemaprapport is opgeslagen als")
    assert "De Word-versie is niet opgeslagen" in shown and "TypeError" in shown


def test_the_report_can_be_written_in_english(qtbot, window, atelier_id, codes, tmp_path):
    from tests.report.conftest import pdf_text, squeeze

    export = window.routemap.export
    dialog = export.export_pdf()
    assert dialog.language.currentData() == "nl"  # the interface's language
    assert [dialog.language.itemText(i) for i in range(2)] == ["Nederlands", "English"]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.path.setText(str(tmp_path / "routemap.pdf"))
    dialog.accept()
    report = tmp_path / "routemap.pdf"
    qtbot.waitUntil(lambda: export.job is None and report.exists(), timeout=60_000)
    text = squeeze(" ".join(pdf_text(report)))
    assert "Actionlist" in text and "Actielijst" not in text
    assert "Het rapport" in window.message_bar.text() or "routemap.pdf" in window.message_bar.text()
