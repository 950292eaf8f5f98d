"""A room of phones: 30 phones × 10 notes within a minute, into the real window (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/phones_load.py [--phones 30]
        [--notes 10] [--seconds 20] [--direct]

The app is started as ``atelier --demo`` starts it, its first werkvorm is opened to phones on
127.0.0.1, and ``--phones`` threads each send ``--notes`` notes over HTTP at random moments
within ``--seconds`` (every phone resends one note, as after a lost reply). Figures:

1. send → stored: from a phone's POST until its answer, which comes once the note is committed
   in the inbox on the window's thread.                                  target p99 ≤ 200 ms
2. exactly once: every note is in the inbox (``--direct``: on the wall) once, none lost.
3. the window keeps up: a 16 ms timer's lateness on the window's thread (how long a frame of
   the board could be held up) and the board drawn while the notes arrive.   ≤ 16 ms

Bounded: the phones stop after their notes, the run after ``--seconds`` + 30 s at most. Only
127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TICK_MS = 16


def phone(
    url: str, number: int, notes: int, seconds: float, latencies: list[float], refused: list[int]
) -> None:
    """One participant: ``notes`` notes at random moments, the first one sent twice."""
    parts = urlsplit(url)
    moments = sorted(random.uniform(0, seconds) for _ in range(notes))
    started = time.monotonic()
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    for index, moment in enumerate(moments):
        time.sleep(max(0.0, started + moment - time.monotonic()))
        body = {
            "clientId": f"load-{number:03}-{index:03}",
            "phoneId": f"load-phone-{number:03}",
            "tekst": f"Idee {index + 1} van telefoon {number + 1}: warmte uit de vaart",
        }
        for _attempt in range(2 if index == 0 else 1):  # a resend, as after a lost reply
            sent = time.perf_counter()
            connection.request(
                "POST", parts.path + "notes", json.dumps(body), {"Content-Type": "application/json"}
            )
            answer = connection.getresponse()
            answer.read()
            if answer.status != 200:
                refused.append(answer.status)
                continue
            latencies.append(time.perf_counter() - sent)
    connection.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=30)
    parser.add_argument("--notes", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--direct", action="store_true", help="straight onto the wall")
    options = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtGui import QAction

    from atelier.phones.networks import Network
    from atelier.services.board.notes import list_notes
    from atelier.services.phones import inbox
    from atelier.ui.app import launch, prepare_application
    from atelier.ui.phones.phones_feature import PhonesFeature
    from atelier.ui.settings import UiSettings

    folder = Path(tempfile.mkdtemp(prefix="atelier-phones-"))
    settings = UiSettings.at(folder / "settings.ini")
    app = prepare_application(settings)
    running = launch(folder / "atelier.sqlite", settings, open_demo=True)
    assert running is not None
    window = running.window
    window.resize(1366, 768)
    feature = window.findChild(PhonesFeature)
    feature.choose_network = lambda: Network("lo", "127.0.0.1")
    window.findChild(QAction, "openToPhones").trigger()
    if options.direct:
        feature.panel.direct.click()
    werkvorm_id = feature.opening.werkvorm_id
    url = feature.server.url(feature.opening)
    before = len(running.store.read(lambda s: list_notes(s, werkvorm_id)))

    latencies: list[float] = []
    refused: list[int] = []
    threads = [
        threading.Thread(
            target=phone,
            args=(url, n, options.notes, options.seconds, latencies, refused),
            daemon=True,
        )
        for n in range(options.phones)
    ]
    lateness: list[float] = []
    frames: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    expected = [TICK_MS]

    def tick() -> None:
        elapsed = clock.restart()
        lateness.append(max(0, elapsed - expected[0]))
        board = feature.board.board()
        if board is not None and len(lateness) % 6 == 0:  # draw the board ~10 times a second
            started = time.perf_counter()
            board.view.viewport().repaint()
            frames.append((time.perf_counter() - started) * 1000)

    ticker = QTimer()
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)
    ticker.start()
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + options.seconds + 30
    while any(t.is_alive() for t in threads) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    ticker.stop()
    app.processEvents()

    sent = options.phones * options.notes
    if options.direct:
        on_wall = len(running.store.read(lambda s: list_notes(s, werkvorm_id))) - before
        arrived = on_wall
    else:
        arrived = len(running.store.read(lambda s: inbox.waiting(s, werkvorm_id)))
    where = "on the wall" if options.direct else "in the inbox"
    print(f"{options.phones} phones × {options.notes} notes in {options.seconds:.0f} s ({where})")
    print(
        f"notes sent {sent}, {where} {arrived}: {'exactly once' if arrived == sent else 'WRONG'}"
        f"; refused requests {len(refused)}"
    )
    print(
        f"send → stored: median {statistics.median(latencies) * 1000:.1f} ms, "
        f"p99 {percentile(latencies, 0.99) * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms "
        f"(target p99 ≤ 200 ms) over {len(latencies)} requests"
    )
    print(
        f"window's thread late: p99 {percentile(lateness, 0.99):.0f} ms, "
        f"max {max(lateness):.0f} ms;"
        f" board drawn: median {statistics.median(frames):.1f} ms, "
        f"p99 {percentile(frames, 0.99):.1f} ms (target ≤ 16 ms)"
    )
    feature.close_to_phones()
    window.close()
    running.shutdown()
    return 0 if arrived == sent else 1


if __name__ == "__main__":
    raise SystemExit(main())
