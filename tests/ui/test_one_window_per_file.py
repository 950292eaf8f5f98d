"""One running window per atelier file: a second copy is refused with a Dutch message, another
file is fine, and a lock left by a crashed app does not lock the user out."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from atelier.ui.instance_lock import lock_path
from tests.ui.conftest import ModalAnswer, click_button

HOLD_LOCK = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    print("locked" if lock.tryLock(0) else "busy", flush=True)
    sys.stdin.readline()
    """
)


def hold_lock_in_other_process(db_path: Path) -> subprocess.Popen:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path(db_path))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "locked"
    return process


def test_a_second_window_on_the_same_file_is_refused_but_another_file_opens(
    start_app, db_path, tmp_path, qtbot
):
    first = start_app(db_path)
    assert first is not None
    answer = ModalAnswer(click_button(qtbot, "Afsluiten"))
    assert start_app(db_path) is None
    assert "Dit atelierbestand is al geopend." in answer.text
    assert "maar één Atelier-venster tegelijk" in answer.text
    assert str(db_path) in answer.text
    assert first.lock.is_held  # the refusal did not disturb the open window

    other = start_app(tmp_path / "ander" / "atelier.sqlite")
    assert other is not None and other.window.isVisible()


def test_closing_the_window_frees_the_file_for_the_next_start(start_app, db_path):
    first = start_app(db_path)
    first.window.close()
    assert not lock_path(db_path).exists()
    assert start_app(db_path) is not None


def test_a_window_in_another_process_keeps_the_file_to_itself(start_app, db_path, qtbot):
    holder = hold_lock_in_other_process(db_path)
    try:
        answer = ModalAnswer(click_button(qtbot, "Afsluiten"))
        assert start_app(db_path) is None
        assert "Dit atelierbestand is al geopend." in answer.text
        assert f"proces {holder.pid}" in answer.text
    finally:
        holder.communicate("\n", timeout=30)


def test_the_lock_of_a_crashed_app_is_taken_over(start_app, db_path):
    holder = hold_lock_in_other_process(db_path)
    holder.kill()  # SIGKILL: no chance to remove its lock file
    holder.communicate(timeout=30)
    assert lock_path(db_path).exists()
    running = start_app(db_path)
    assert running is not None and running.lock.is_held
