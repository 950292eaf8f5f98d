"""The export file is written atomically; a full disk or a read-only folder gives a Dutch
message and never leaves a half-written or damaged file."""

from __future__ import annotations

import errno
import os

import pytest

from atelier import atomic_file as writer
from atelier.interchange.errors import ExportFailed
from atelier.interchange.export import export_to_file, write_atomically

OLD = '{"oud": true}\n'


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_disk_full_keeps_the_previous_file(database, rich_atelier, tmp_path, monkeypatch):
    target = tmp_path / "atelier.json"
    target.write_text(OLD, encoding="utf-8")

    def full(_descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", full)
    with (
        pytest.raises(ExportFailed, match="De schijf is vol") as caught,
        database.transaction() as session,
    ):
        export_to_file(session, rich_atelier, target)
    assert "atelier.json" in str(caught.value)
    assert target.read_text(encoding="utf-8") == OLD
    assert _leftovers(tmp_path) == []


def test_read_only_folder_is_named(tmp_path, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(writer.os, "open", refuse)
    with pytest.raises(ExportFailed, match="mag niet schrijven in de map") as caught:
        write_atomically(tmp_path / "x.json", "{}")
    assert str(tmp_path) in str(caught.value)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_really_read_only_folder(tmp_path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportFailed, match="mag niet schrijven"):
            write_atomically(folder / "x.json", "{}")
    finally:
        folder.chmod(0o700)


def test_missing_folder_and_folder_as_target(tmp_path):
    with pytest.raises(ExportFailed, match="bestaat niet"):
        write_atomically(tmp_path / "nergens" / "x.json", "{}")
    with pytest.raises(ExportFailed, match="is een map"):
        write_atomically(tmp_path, "{}")


def test_replaces_an_existing_file_whole(tmp_path):
    target = tmp_path / "atelier.json"
    target.write_text(OLD, encoding="utf-8")
    write_atomically(target, '{"nieuw": "€ ĳ 🔥"}\n')
    assert target.read_text(encoding="utf-8") == '{"nieuw": "€ ĳ 🔥"}\n'
    assert _leftovers(tmp_path) == []
    if os.name != "nt":
        umask = os.umask(0)
        os.umask(umask)
        assert target.stat().st_mode & 0o777 == 0o666 & ~umask
