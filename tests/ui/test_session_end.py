"""Logging out, shutting down or ``kill`` ends Atelier as Ctrl+Q does: the closing backup is
taken and the lock released (it died on the spot before, leaving its lock file behind)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from atelier.storage.backups import Backups, content_rows
from atelier.ui.instance_lock import lock_path

ROOT = Path(__file__).resolve().parents[2]


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_termination_signal_closes_the_app_cleanly(tmp_path, name):
    number = getattr(signal, name)
    db_path = tmp_path / "atelier.sqlite"
    app = subprocess.Popen(
        [sys.executable, "-m", "atelier", "--demo", "--db", str(db_path)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert wait_for(lock_path(db_path).exists, 60), "the window did not start"
        # The new file got the demo atelier: data changed since the backup taken on opening.
        assert wait_for(lambda: len(Backups(db_path).list()) >= 1, 30)
        time.sleep(1.0)  # the event loop runs
        assert app.poll() is None
        app.send_signal(number)
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    _out, err = app.communicate()

    assert app.returncode == 0, err
    assert not lock_path(db_path).exists()
    newest = Backups(db_path).list()[0]
    assert (content_rows(newest.path) or 0) > 0  # the closing backup holds the demo atelier
