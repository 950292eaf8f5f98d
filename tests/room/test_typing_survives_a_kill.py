"""Typing that goes on without a pause is stored at least every second: a crash (here SIGKILL
of the real app, typing at 25 keys a second) costs at most the last second of typing."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from atelier.services.ateliers import get_atelier
from atelier.storage.reading import open_for_reading
from tests.room.typing_app import KEY_EVERY_MS, TEXT

TYPING_APP = Path(__file__).with_name("typing_app.py")
TYPING_SECONDS = 3.0
AT_MOST_LOST_SECONDS = 1.5  # the promise is ~1 s; room for a loaded test machine


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("field", ["gemeente", "doelen"])  # a line and a multi-line field
def test_a_kill_while_typing_loses_at_most_the_last_second(tmp_path, field):
    db_path = tmp_path / "atelier.sqlite"
    writer = subprocess.Popen(
        [sys.executable, TYPING_APP, db_path, tmp_path / "settings.ini", field],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "klaar", writer.stderr.read()
        time.sleep(TYPING_SECONDS)
        writer.kill()  # SIGKILL; TerminateProcess on Windows
        out, _ = writer.communicate(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
    typed = int(out.split()[-1])
    assert typed >= TYPING_SECONDS * 1000 / KEY_EVERY_MS / 2  # it really typed all along

    database = open_for_reading(db_path)
    try:
        with database.transaction() as session:
            atelier = get_atelier(session, 1)
    finally:
        database.close()

    stored = getattr(atelier, field)
    assert TEXT[:typed].startswith(stored), stored
    lost = typed - len(stored)
    assert lost <= AT_MOST_LOST_SECONDS * 1000 / KEY_EVERY_MS, (typed, len(stored))
