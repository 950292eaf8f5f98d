"""A read-only folder and a full disk: a clear Dutch message, and nothing saved earlier is lost."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from atelier.services.board.notes import add_note
from atelier.storage.errors import DiskFull, FolderNotWritable
from atelier.storage.opening import open_database
from tests.storage.conftest import add_notes, files_in, limit_file_size, note_texts

pytestmark = pytest.mark.sqlite_only  # a full disk under the atelier file

REPORT_OPEN = Path(__file__).with_name("report_open.py")
CANNOT_MOUNT = 77

# Bind-mount the folder onto itself read-only in a private mount namespace, then run the
# command there. Honest even for root (for whom chmod does not stop writes); the mount
# disappears with the process.
READ_ONLY_SHELL = (
    'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 77; shift; exec "$@"'
)


def run_in_read_only_folder(folder: Path, *command: object) -> subprocess.CompletedProcess:
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        pytest.skip("needs Linux with util-linux 'unshare' to make a folder truly read-only")
    result = subprocess.run(
        [
            *(unshare, "--map-root-user", "--mount", "sh", "-c", READ_ONLY_SHELL, "sh", folder),
            *(str(part) for part in command),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    if result.returncode == CANNOT_MOUNT or "unshare:" in result.stderr:
        pytest.skip(f"this machine allows no private read-only mount: {result.stderr.strip()}")
    return result


def open_in_read_only_folder(folder: Path, paths: list[Path]) -> list[dict]:
    result = run_in_read_only_folder(folder, sys.executable, REPORT_OPEN, *paths)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_read_only_folder_is_refused_with_a_dutch_message_and_left_untouched(
    database, db_path, werkvorm_id
):
    add_notes(database, werkvorm_id, ["Al opgeslagen"])
    database.close()
    folder = db_path.parent
    before = files_in(folder)

    outcomes = open_in_read_only_folder(
        folder, [db_path, folder / "nieuw.sqlite", folder / "submap" / "atelier.sqlite"]
    )

    assert [outcome["error"] for outcome in outcomes] == ["FolderNotWritable"] * 3
    for outcome in outcomes:
        assert "Atelier kan niet schrijven in de map" in outcome["message"]
        assert "--db" in outcome["message"]
    assert files_in(folder) == before

    # Back in a writable folder, the file opens with its note.
    reopened = open_database(db_path)
    try:
        assert note_texts(reopened, werkvorm_id) == ["Al opgeslagen"]
    finally:
        reopened.close()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a /proc file system")
def test_a_folder_that_cannot_be_created_is_reported_in_dutch():
    with pytest.raises(FolderNotWritable) as refused:
        open_database(Path("/proc/atelier-bestaat-niet/atelier.sqlite"))

    assert "kan niet schrijven in de map '/proc/atelier-bestaat-niet'" in str(refused.value)


def test_a_full_disk_loses_only_the_note_that_did_not_fit(database, werkvorm_id):
    earlier = add_notes(database, werkvorm_id, ["Eerste", "Tweede", "Derde"])
    make_room = limit_file_size(database, extra_pages=3)

    added = []
    with pytest.raises(DiskFull) as full:
        for n in range(50):
            with database.transaction() as session:
                added.append(add_note(session, werkvorm_id, f"Lang verhaal {n} " + "x" * 3000).id)
    failed_text = f"Lang verhaal {len(added)} "

    assert "is vol" in str(full.value)
    assert "Eerder opgeslagen werk is veilig" in str(full.value)
    texts = note_texts(database, werkvorm_id)
    assert texts[:3] == ["Eerste", "Tweede", "Derde"]
    assert len(texts) == len(earlier) + len(added)
    assert not any(text.startswith(failed_text) for text in texts)
    assert database.integrity_ok()

    # Once there is room again, work simply continues.
    make_room()
    add_notes(database, werkvorm_id, ["Weer ruimte"])
    assert note_texts(database, werkvorm_id)[-1] == "Weer ruimte"


def test_the_user_sees_the_full_disk_message_and_the_note_is_not_shown_as_saved(
    qtbot, database, werkvorm_id
):
    from atelier.ui.store import AtelierStore

    store = AtelierStore(database)
    assert store.add_note(werkvorm_id, "Past nog") is not None
    limit_file_size(database, extra_pages=0)

    with qtbot.waitSignal(store.errorOccurred, timeout=1000) as shown:
        saved = store.add_note(werkvorm_id, "Past niet meer " + "x" * 5000)

    assert saved is None
    assert "is vol" in shown.args[0]
    assert [note.text for note in store.notes(werkvorm_id)] == ["Past nog"]


def test_commands_that_only_read_get_the_data_out_of_a_read_only_folder(
    database, db_path, werkvorm_id, tmp_path
):
    add_notes(database, werkvorm_id, ["Al opgeslagen"])
    database.close()
    folder = db_path.parent
    before = files_in(folder)
    out = tmp_path / "uit"
    out.mkdir()

    listed = run_in_read_only_folder(
        folder, sys.executable, "-m", "atelier", "list", "--db", db_path
    )
    exported = run_in_read_only_folder(
        folder, sys.executable, "-m", "atelier", "export", "1", out / "a.json", "--db", db_path
    )
    reported = run_in_read_only_folder(
        folder, sys.executable, "-m", "atelier", "report", "1", "-o", out / "a.pdf", "--db", db_path
    )

    assert (listed.returncode, listed.stderr) == (0, "")
    assert "Atelier Zonnehoek" in listed.stdout
    assert (exported.returncode, exported.stderr) == (0, "")
    assert "Al opgeslagen" in (out / "a.json").read_text(encoding="utf-8")
    assert reported.returncode == 0, reported.stderr
    assert (out / "a.pdf").read_bytes().startswith(b"%PDF")
    assert files_in(folder) == before
