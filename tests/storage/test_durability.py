"""A crash costs nothing: every note reported as saved is there after SIGKILL."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from atelier.services.board.notes import list_notes
from atelier.storage.opening import open_database

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

WRITER = Path(__file__).with_name("durability_writer.py")
ROUNDS = 5


def run_and_kill(db_path: Path, werkvorm_id: int, label: str, delay: float) -> list[str]:
    """Start the writer, SIGKILL it ``delay`` seconds after it opened the file; its output."""
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), str(werkvorm_id), label],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:  # drain stdout so the writer never blocks on a full pipe
        for line in writer.stdout:
            if line.strip() == "klaar":
                ready.set()
            elif line.endswith("\n"):  # a line cut off by the kill was never fully reported
                lines.append(line)
        ready.set()

    reader = threading.Thread(target=read)
    reader.start()
    try:
        assert ready.wait(timeout=30), "the writer did not start"
        assert writer.poll() is None, writer.stderr.read()
        time.sleep(delay)  # the random moment of the crash, not a wait for a result
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
        reader.join(timeout=30)
        writer.stdout.close()
        writer.stderr.close()
    assert writer.returncode == -signal.SIGKILL
    return lines


def test_every_note_reported_as_saved_survives_a_kill(database, db_path, werkvorm_id):
    database.close()
    chance = random.Random()
    reported: dict[int, str] = {}
    for round_number in range(ROUNDS):
        label = f"ronde {round_number}"
        delay = chance.uniform(0.2, 1.5)
        lines = run_and_kill(db_path, werkvorm_id, label, delay)
        assert lines, f"{label}: no note was saved within {delay:.2f} s"
        numbers = []
        for line in lines:
            note_id, number = map(int, line.split())
            reported[note_id] = f"{label} {number}"
            numbers.append(number)
        assert numbers == list(range(len(numbers)))

        reopened = open_database(db_path)
        try:
            assert reopened.integrity_ok(), f"{label}: integrity check failed after the kill"
            with reopened.transaction() as session:
                stored = {note.id: note.text for note in list_notes(session, werkvorm_id)}
        finally:
            reopened.close()
        missing = {i: text for i, text in reported.items() if stored.get(i) != text}
        assert not missing, f"{label} (killed after {delay:.2f} s): lost {missing}"
        # At most the one note whose commit finished but whose id was not yet printed.
        this_round = sorted(t for t in stored.values() if t.startswith(f"{label} "))
        assert len(this_round) - len(lines) in (0, 1)


NEW_FILE_THEN_CRASH = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from atelier.domain.programme import load_programme
from atelier.services.ateliers import create_atelier, get_atelier
from atelier.services.board.notes import add_note
from atelier.storage.opening import open_database

database = open_database(Path(sys.argv[1]))
with database.transaction() as session:
    atelier_id = create_atelier(session, load_programme(), titel="Net begonnen")
    werkvorm_id = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
with database.transaction() as session:
    add_note(session, werkvorm_id, "De allereerste notitie")
print(werkvorm_id, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_new_file_killed_before_its_first_checkpoint_opens_with_its_notes(tmp_path):
    """Right after creation everything, even the Atelier mark, lives in the -wal file."""
    path = tmp_path / "nieuw.sqlite"
    repository = Path(__file__).resolve().parents[2]
    crashed = subprocess.run(
        [sys.executable, "-c", NEW_FILE_THEN_CRASH, str(path), str(repository)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    werkvorm_id = int(crashed.stdout)
    with path.open("rb") as handle:
        header = handle.read(100)
    assert header[68:72] == bytes(4)  # the file itself does not yet say "Atelier"

    database = open_database(path)
    try:
        with database.transaction() as session:
            texts = [note.text for note in list_notes(session, werkvorm_id)]
        assert texts == ["De allereerste notitie"]
        assert database.integrity_ok()
    finally:
        database.close()
