"""Start-up time: from process start to the window painted and to the atelier ready, Atelier
against a bare PySide6 QMainWindow, measured in the same run.

    .venv/bin/python benchmarks/startup.py [--rounds 5] [--platform offscreen]
    .venv/bin/python benchmarks/startup.py --frozen dist/atelier/atelier

Each round starts fresh processes, alternating, so a busy machine hurts all alike:

* ``bare``: a Python process that shows an empty ``QMainWindow``;
* ``atelier``: ``python -m atelier --db FILE`` (or the frozen program) on a file that already
  holds the demo atelier, the everyday start (the last atelier comes back);
* ``atelier-new``: the same on a new file, which opens on the welcome page.

With ``ATELIER_SMOKE_TEST=1`` the app prints ``window painted: TITLE`` once its frame is drawn
(the file still opening) and ``window shown: TITLE`` on its first event-loop turn with the
atelier open (its board takes keys: a typed note would be stored), then closes; the bare window
prints both the same way (painted as ``MainWindow.paint_now`` paints). The clock runs from just
before the process is spawned until each line arrives. Settings and user folders point at a
temporary folder, so the benchmark never touches the user's own; so does Python's bytecode
cache (warmed by a first, untimed start), as an installed app has its bytecode compiled.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAINTED = "window painted:"
SHOWN = "window shown:"

BARE = """
import sys
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.show()
# painted as Atelier's frame is (MainWindow.paint_now): until exposed, then one more turn
skip_input = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
while not window.windowHandle().isExposed():
    QCoreApplication.processEvents(skip_input, 10)
QCoreApplication.processEvents(skip_input)
print("window painted: bare", flush=True)

def report_and_close():
    print("window shown: bare", flush=True)
    QCoreApplication.exit(0 if window.close() else 1)

QTimer.singleShot(0, report_and_close)
sys.exit(app.exec())
"""


def time_to_window(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning ``command`` until it reports its window painted, and shown."""
    started = time.perf_counter()
    painted = None
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith(PAINTED):
                painted = time.perf_counter() - started
            if line.startswith(SHOWN):
                elapsed = time.perf_counter() - started
                break
        else:
            _out, errors = process.communicate(timeout=60)
            raise SystemExit(
                f"{command[0]} showed no window (exit {process.returncode}):\n{errors}"
            )
        process.communicate(timeout=60)
    if process.returncode != 0:
        raise SystemExit(f"{command[0]} ended with exit code {process.returncode}")
    return (elapsed if painted is None else painted), elapsed


def isolated_env(folder: Path, platform: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, ATELIER_SMOKE_TEST="1")
    for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "APPDATA", "LOCALAPPDATA"):
        env[variable] = str(folder / variable.lower())
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    # An installed app has compiled bytecode; keep it in the temporary folder, not the tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def fresh_file(folder: Path, round_number: int) -> Path:
    return folder / f"new-{round_number}" / "atelier.sqlite"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--frozen", type=Path, help="time this frozen program instead of Python")
    options = parser.parse_args(argv)
    app = [str(options.frozen)] if options.frozen else [sys.executable, "-m", "atelier"]
    runs = {
        "bare": [sys.executable, "-c", BARE],
        "atelier": [*app, "--db"],
        "atelier-new": [*app, "--db"],
    }
    painted: dict[str, list[float]] = {name: [] for name in runs}
    shown: dict[str, list[float]] = {name: [] for name in runs}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        env = isolated_env(folder, options.platform)
        demo = folder / "demo" / "atelier.sqlite"
        # The demo atelier (then the last one opened) and the bytecode, untimed.
        time_to_window([*app, "--demo", "--db", str(demo)], env)
        for round_number in range(options.rounds):
            files = {"atelier": [str(demo)], "atelier-new": [str(fresh_file(folder, round_number))]}
            for name, command in runs.items():
                first, ready = time_to_window([*command, *files.get(name, [])], env)
                painted[name].append(first)
                shown[name].append(ready)
    what = options.frozen or "python -m atelier"
    print(f"{what} on {options.platform}, {options.rounds} rounds, process start →")
    for title, timings in (("window painted", painted), ("atelier ready", shown)):
        print(f" {title}")
        bare = statistics.median(timings["bare"])
        for name, values in timings.items():
            median = statistics.median(values)
            print(
                f"  {name:<12} median {median * 1000:6.0f} ms   min {min(values) * 1000:6.0f} ms"
                f"   ({median / bare:4.2f}× bare)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
