"""Writing the report: atomic, with a clear Dutch message when the disk or folder refuses."""

from __future__ import annotations

import errno
import os

import pytest

from atelier import atomic_file as writer
from atelier.atomic_file import FileWriteError
from atelier.report.build import build_report
from atelier.report.data import ReportOptions
from tests.report.conftest import pdf_text

OLD = b"%PDF-1.4 het vorige rapport"


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "uitvoer"
    path.mkdir()
    return path


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name != "rapport.pdf")


def test_the_report_replaces_an_older_file(report_data, folder):
    target = folder / "rapport.pdf"
    target.write_bytes(OLD)
    build_report(report_data, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Routemap Zonnehoek" in pdf_text(target)[0]
    assert _leftovers(folder) == []


def test_a_full_disk_leaves_the_old_file_and_no_half_written_one(report_data, folder, monkeypatch):
    target = folder / "rapport.pdf"
    target.write_bytes(OLD)

    def full(descriptor, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", lambda descriptor: full(descriptor, b""))
    with pytest.raises(
        FileWriteError, match=r"De schijf is vol: 'rapport\.pdf' is niet opgeslagen"
    ):
        build_report(report_data, target)
    assert target.read_bytes() == OLD
    assert _leftovers(folder) == []


def test_a_read_only_folder_gives_a_dutch_message_and_no_file(report_data, folder, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(writer.os, "open", refuse)
    target = folder / "rapport.pdf"
    with pytest.raises(FileWriteError, match="Atelier mag niet schrijven in de map"):
        build_report(report_data, target)
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_really_read_only_folder(report_data, folder):
    folder.chmod(0o500)
    try:
        with pytest.raises(FileWriteError, match="mag niet schrijven"):
            build_report(report_data, folder / "rapport.pdf")
    finally:
        folder.chmod(0o700)


def test_a_failure_while_building_touches_no_file(report_data, folder):
    target = folder / "rapport.pdf"
    target.write_bytes(OLD)

    def broken_progress(fraction, message):
        if fraction > 0.5:
            raise RuntimeError("afgebroken")

    with pytest.raises(RuntimeError):
        build_report(report_data, target, ReportOptions(), progress=broken_progress)
    assert target.read_bytes() == OLD
    assert _leftovers(folder) == []


def test_a_missing_folder_is_named(report_data, folder):
    with pytest.raises(FileWriteError, match="bestaat niet"):
        build_report(report_data, folder / "weg" / "rapport.pdf")


def test_text_the_report_cannot_set_is_explained_in_the_reading_guide(database, atelier_id):
    """Chinese has no letter in the report's fonts, Arabic is set left to right: the reading
    guide says so, instead of leaving the reader with "\ufffd" and reversed words."""
    from atelier.report.build import render_report
    from atelier.report.data import ReportOptions
    from atelier.services.ateliers import get_atelier
    from atelier.services.board.notes import add_note
    from atelier.services.routemap.report_data import collect_report_data
    from tests.report.conftest import pdf_text, squeeze

    with database.transaction() as session:
        werkvorm = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0]
        plain = collect_report_data(session, atelier_id)
        add_note(session, werkvorm.id, "Warmte voor iedereen 北京 مرحبا שלום")
        data = collect_report_data(session, atelier_id)
    guide = squeeze(" ".join(pdf_text(render_report(data, ReportOptions()))[:3]))
    # 北京 and the five Arabic letters have no letter in the report's fonts
    assert squeeze("Niet elk teken kon worden gezet: voor 7 tekens") in guide
    assert squeeze("Hebreeuwse tekst staat in dit rapport letter voor letter") in guide
    quiet = squeeze(" ".join(pdf_text(render_report(plain, ReportOptions()))[:3]))
    assert "Nietelktekenkonwordengezet" not in quiet and "Hebreeuwse" not in quiet
