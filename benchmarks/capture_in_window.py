"""Capture at talking speed in the real main window, with 2,000 notes on one board. Offscreen:

    .venv/bin/python benchmarks/capture_in_window.py [--notes 2000]
        [--enters 300] [--pause-ms 200] [--beamer] [--author] [--profile FILE]

The app is started as ``atelier --db`` starts it (``app.launch``: the main window with every
feature installed: board, intake, draaiboek, routemap), on a file whose first werkvorm holds
``--notes`` notes in clusters (the wall of ``benchmarks/board.py``), offscreen but with a
facilitator's screens (a 1366×768 laptop, a 1280×720 beamer beside it; ``--qpa`` chooses
another platform). ``--beamer`` also shows the beamer view on that werkvorm, so its live notes
follow every Enter too; ``--author`` picks an organisation (Alt+1) for the notes. Figures:

1. Opening the atelier at its board: the atelier shown with its first werkvorm selected, until
   that werkvorm's board is built and its first frame drawn.                target ≤ 300 ms
2. Enter → note committed and drawn: the Return key in the board's capture field until the
   note is stored durably (WAL, synchronous=FULL), on the wall and painted: every signal
   handler has run and the window's pending paint is done (``board.press_enter``).
                                                                             target p99 ≤ 5 ms
   The first Enter after opening is shown apart (``board.first_enter``): its code runs first.
   Of which the commit alone (the store's transaction, fsync included), and what this disk
   needs for any durable commit (a 1-row UPDATE).
3. Work left for later: what the event loop still has to do after a pause like the one
   between two spoken notes (``--pause-ms``), timed per Enter: should be next to nothing.
4. Frames at 100 % zoom and zoomed out to fit all, inside the window.     ≤ 16 ms / ≤ 33 ms

The machine's load average is printed with the figures: on a shared machine, compare runs.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("ATELIER_LANGUAGE", "nl")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPoint, Qt, qVersion
from PySide6.QtTest import QTest

from atelier.ui.app import launch, prepare_application
from atelier.ui.board.board_host import BoardHost
from atelier.ui.settings import UiSettings
from benchmarks.board import (
    WORDS,
    build,
    disk_baseline,
    figures,
    first_enter,
    measure_frames,
    press_enter,
    timed_commits,
)


def load_average() -> str:
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


SCREENS = {  # offscreen, but the screens of a facilitator: a laptop and a beamer beside it
    "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
        {"name": "Beamer", "x": 1366, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96},
    ]
}


def facilitator_screens(folder: Path) -> str:
    """The offscreen platform with SCREENS (the default one screen is 800 px wide: smaller
    than the window's and the beamer's minimum size)."""
    config = folder / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    return f"offscreen:configfile={config}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--enters", type=int, default=300)
    parser.add_argument("--frames", type=int, default=40)
    parser.add_argument("--pause-ms", type=int, default=200, help="between two Enters")
    parser.add_argument("--beamer", action="store_true", help="also show the beamer view")
    parser.add_argument("--author", action="store_true", help="notes by an organisation")
    parser.add_argument("--profile", type=Path, help="write cProfile stats of the Enters here")
    parser.add_argument("--qpa", help="Qt platform (default: offscreen, laptop and beamer)")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="atelier-window-bench-"))
    os.environ["QT_QPA_PLATFORM"] = args.qpa or facilitator_screens(folder)  # before the app
    db_path = folder / "board.sqlite"
    built, werkvorm_id = build(db_path, args.notes)
    built.close()
    settings = UiSettings.at(folder / "settings.ini")
    app = prepare_application(settings)
    running = launch(db_path, settings)
    assert running is not None, "the benchmark file could not be opened"
    window, store = running.window, running.store
    QTest.qWait(200)
    print(
        f"Main window, board with {args.notes} notes, offscreen, Qt {qVersion()}; "
        f"load average {load_average()}"
    )
    page = window.atelier_page
    host = page.werkvorm_view()
    assert isinstance(host, BoardHost)
    started = time.perf_counter()
    window.open_atelier(store.list_ateliers()[0].id)  # its first werkvorm: the full board
    board = host.board()
    assert board is not None and board.werkvorm_id == werkvorm_id
    board.view.viewport().repaint()
    opened = (time.perf_counter() - started) * 1000
    print(f"{'open the atelier at its board':<34} {opened:6.2f} ms   (target ≤ 300 ms)")
    if args.beamer:
        room = _room(window)
        room.controller.go_to(werkvorm_id)
        room.presenter.show()  # type: ignore[attr-defined]
        page.select_werkvorm(werkvorm_id)
    QTest.qWait(200)

    view = board.view
    normal, fit_zoom, zoomed_out = measure_frames(board, args.frames)
    bounds = board.scene.itemsBoundingRect()

    view.set_zoom(1.0)
    view.centerOn(bounds.bottomLeft() + QPoint(600, -300))
    window.activateWindow()
    field = board.capture.field
    field.setFocus()
    if args.author:  # Alt+1: the notes that follow are by the first organisation
        QTest.keyClick(field, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        assert board.capture.organisation_id() is not None
    QTest.qWait(100)

    first = first_enter(app, board, args.pause_ms)
    print(f"{'first Enter after opening':<34} {first:6.2f} ms   (cold: its code runs first)")
    commits = timed_commits(running.database)
    deferred: list[float] = []
    enters: list[float] = []
    before = len(board.scene.notes)
    drawn = 0
    pause = max(args.pause_ms, 0)
    profile = cProfile.Profile() if args.profile else None
    for number in range(args.enters):
        field.setPlainText(f"Nieuwe notitie {number}: {random.choice(WORDS)}")
        app.processEvents()
        if profile is not None:
            profile.enable()
        elapsed, painted = press_enter(app, board)
        if profile is not None:
            profile.disable()
        enters.append(elapsed)
        drawn += painted
        # The pause between two spoken notes: deferred work (if any) runs after it; time it.
        deferred.append(_busy_time(pause))
    del running.database.driver_transaction  # the class's own again
    if profile is not None:
        profile.dump_stats(args.profile)
    added = len(board.scene.notes) - before

    print(f"  (load average now {load_average()})")
    figures("frame at 100 % zoom", normal, "target ≤ 16 ms")
    figures(f"frame fit all ({fit_zoom:.0%} zoom)", zoomed_out, "target ≤ 33 ms")
    figures("Enter → committed and drawn", enters, "target p99 ≤ 5 ms")
    figures("  of which the commit (disk)", commits, "the store's transaction")
    figures("  the rest (board, listeners, paint)", _minus(enters, commits), "")
    figures("  later, in the pause: busy time", deferred, f"processor time in {pause} ms after")
    figures("  disk baseline: 1-row UPDATE", disk_baseline(running.database), "fsync")
    print(f"  ({added} notes added and stored, {drawn} of them drawn within the time measured)")
    QTest.qWait(300)  # the navigator's count follows a moment after the last note
    counted = page.workspace.navigator.note_count_text(werkvorm_id)
    print(f"  (the navigator counts {counted} notes on the board)")
    window.close()
    running.shutdown()


def _busy_time(milliseconds: int) -> float:
    """Run the event loop for ``milliseconds`` (the facilitator listens to the next speaker)
    and return the processor time the app used meanwhile: work left over from the Enter."""
    began = time.process_time()
    QTest.qWait(milliseconds)
    return (time.process_time() - began) * 1000


def _minus(totals: list[float], parts: list[float]) -> list[float]:
    return [total - part for total, part in zip(totals, parts, strict=True)]


def _room(window: object) -> object:
    from atelier.ui.agenda.room_feature import RoomFeature

    feature = window.findChild(RoomFeature)  # type: ignore[attr-defined]
    assert feature is not None and feature.room is not None
    return feature.room


if __name__ == "__main__":
    main()
