"""Every speed and memory benchmark in one run, as one table: figure, value, floor (the
yardstick measured in the same run, where there is one), ratio, target, met.

    .venv/bin/python benchmarks/run_all.py [--quick] [--scales 200,2000,10000]

Each benchmark runs as a process of its own (the scripts next to this one), one after the
other, each bounded in time; their own output is kept in ``--log`` (default: a temporary file)
for the details. ``--quick`` runs the figures at 2,000 notes only and fewer rounds. The
installer's build and the long fuzzing run are left out (``benchmarks/installer.py``,
``benchmarks/fuzz_import.py``); the team archive's figures come along when
``ATELIER_TEST_POSTGRES_URL`` names a PostgreSQL server (``.ci/postgres``).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TIMEOUT_S = 900
ENTER_P99 = r"Enter → committed and drawn\s+median\s+[\d.]+ ms\s+p99\s+([\d.]+) ms"
DEMO_REPORT = """
import sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from atelier.interchange.demo import create_demo_atelier
from atelier.report.build import render_report
from atelier.report.data import ReportOptions
from atelier.services.routemap.report_data import collect_report_data
from atelier.storage.opening import open_database

with tempfile.TemporaryDirectory() as folder:
    database = open_database(Path(folder) / "demo.sqlite", take_backup=False)
    with database.transaction() as session:
        atelier_id = create_demo_atelier(session)
    with database.transaction() as session:
        data = collect_report_data(session, atelier_id)
    render_report(data, ReportOptions())  # fonts and caches, as in a running app
    times = []
    for _ in range(5):
        start = time.perf_counter()
        render_report(data, ReportOptions())
        times.append(time.perf_counter() - start)
    print(f"demo report: {min(times):.3f} s")
    database.close()
"""


@dataclass(frozen=True)
class Row:
    figure: str
    value: str
    floor: str = ""
    ratio: float | None = None
    target: str = ""
    met: bool | None = None


def _number(pattern: str, text: str) -> float | None:
    found = re.search(pattern, text)
    return float(found.group(1).replace(",", "")) if found else None


def startup(output: str) -> list[Row]:
    """Rows for the frame painted (≤ 1.5× the bare window) and the atelier ready (≤ 2.5×)."""
    rows = []
    targets = (("window painted", "window painted", 1.5), ("atelier ready", "board ready", 2.5))
    for section, figure, limit in targets:
        part = output.split(f" {section}\n", 1)[-1] if f" {section}\n" in output else ""
        bare = _number(r"bare\s+median\s+([\d.]+) ms", part)
        for name, label in (("atelier", "demo atelier"), ("atelier-new", "new file")):
            value = _number(rf"{name}\s+median\s+([\d.]+) ms", part)
            if value is None or not bare:
                continue
            ratio = value / bare
            rows.append(
                Row(
                    f"launch → {figure} ({label})",
                    f"{value:.0f} ms",
                    f"{bare:.0f} ms bare window",
                    ratio,
                    f"≤ {limit}× bare",
                    ratio <= limit,
                )
            )
    return rows


def report(scale: int) -> Callable[[str], list[Row]]:
    def parse(output: str) -> list[Row]:
        made = _number(r"routemap report \(PDF\):\s+([\d.]+) s", output)
        plain = _number(r"plain paragraphs \(PDF\):\s+([\d.]+) s", output)
        if made is None or not plain:
            return []
        ratio = made / plain
        return [
            Row(
                f"routemap report, {scale:,} notes",
                f"{made:.3f} s",
                f"{plain:.3f} s plain document",
                ratio,
                "≤ 1.0 s and ≤ 1.5× plain" if scale == 2000 else "linear",
                (made <= 1.0 and ratio <= 1.5) if scale == 2000 else None,
            )
        ]

    return parse


def demo_report(output: str) -> list[Row]:
    value = _number(r"demo report: ([\d.]+) s", output)
    if value is None:
        return []
    return [Row("demo report", f"{value:.3f} s", target="≤ 0.3 s", met=value <= 0.3)]


def capture(scale: int) -> Callable[[str], list[Row]]:
    def parse(output: str) -> list[Row]:
        rows = []
        opened = _number(r"open the atelier at its board\s+([\d.]+) ms", output)
        if opened is not None:
            at_target = scale == 2000  # the target is set at 2,000 notes; elsewhere: linear
            rows.append(
                Row(
                    f"open atelier at its board, {scale:,} notes",
                    f"{opened:.0f} ms",
                    target="≤ 300 ms" if at_target else "linear",
                    met=opened <= 300 if at_target else None,
                )
            )
        first = _number(r"first Enter after opening\s+([\d.]+) ms", output)
        if first is not None:
            rows.append(
                Row(
                    f"first Enter after opening, {scale:,} notes",
                    f"{first:.2f} ms",
                    target="≤ 10 ms",
                    met=first <= 10,
                )
            )
        p99 = _number(
            r"Enter → committed and drawn\s+median\s+[\d.]+ ms\s+p99\s+([\d.]+) ms", output
        )
        if p99 is not None:
            rows.append(
                Row(
                    f"Enter → stored and drawn p99, {scale:,} notes",
                    f"{p99:.2f} ms",
                    target="≤ 5 ms",
                    met=p99 <= 5,
                )
            )
        return rows

    return parse


def import_memory(output: str) -> list[Row]:
    rows = []
    for line in output.splitlines():
        found = re.match(r"(.+?)\s+([\d.]+) MB\s+peak\s+(\d+) MB\s+([\d.]+) s", line)
        if found:
            label, size, peak, _seconds = found.groups()
            rows.append(
                Row(
                    f"import peak memory: {label.strip()} ({size} MB)",
                    f"{peak} MB",
                    target="≤ 250 MB",
                    met=int(peak) <= 250,
                )
            )
    return rows


def phones(output: str) -> list[Row]:
    """Rows for a room of phones: send → stored, and every note exactly once."""
    latency = re.search(r"send → stored: median [\d.]+ ms, p99 ([\d.]+) ms", output)
    once = re.search(r"notes sent (\d+), in the inbox (\d+)", output)
    rows = []
    if latency:
        p99 = float(latency.group(1))
        rows.append(
            Row("phones: send → stored, p99", f"{p99:.1f} ms", "", None, "≤ 200 ms", p99 <= 200)
        )
    if once:
        sent, arrived = once.groups()
        rows.append(
            Row(
                "phones: notes in the inbox",
                f"{arrived} of {sent}",
                "",
                None,
                "exactly once",
                sent == arrived,
            )
        )
    return rows


def archive(output: str) -> list[Row]:
    """Meenemen, Terugzetten (≤ 1 s) and the archive's list (≤ 200 ms), on PostgreSQL."""
    rows = []
    for line in output.splitlines():
        timed = re.match(r"(write-back|take-along), (.+?)\s+([\d.]+) s", line)
        if timed:
            seconds = float(timed.group(3))
            rows.append(
                Row(
                    f"archive: {timed.group(1)}, {timed.group(2)}",
                    f"{seconds:.3f} s",
                    "",
                    None,
                    "≤ 1 s",
                    seconds <= 1.0,
                )
            )
        listed = re.match(r"listing 500 ateliers\s+([\d.]+) ms", line)
        if listed:
            ms = float(listed.group(1))
            rows.append(
                Row(
                    "archive: listing 500 ateliers", f"{ms:.0f} ms", "", None, "≤ 200 ms", ms <= 200
                )
            )
    return rows


@dataclass(frozen=True)
class Probe:
    name: str
    command: list[str]
    parse: Callable[[str], list[Row]]


def probes(scales: list[int], quick: bool) -> list[Probe]:
    python = sys.executable
    rounds = "3" if quick else "7"
    found = [
        Probe("startup", [python, str(HERE / "startup.py"), "--rounds", rounds], startup),
        Probe("demo report", [python, "-c", DEMO_REPORT, str(ROOT)], demo_report),
    ]
    for scale in scales:
        actions = str(max(20, scale // 10))
        found.append(
            Probe(
                f"report {scale}",
                [python, str(HERE / "report.py"), "--notes", str(scale), "--actions", actions],
                report(scale),
            )
        )
        enters = "100" if quick else "300"
        found.append(
            Probe(
                f"capture {scale}",
                [
                    python,
                    str(HERE / "capture_in_window.py"),
                    "--notes",
                    str(scale),
                    "--enters",
                    enters,
                ],
                capture(scale),
            )
        )
    seconds = "10" if quick else "20"
    found.append(
        Probe("phones", [python, str(HERE / "phones_load.py"), "--seconds", seconds], phones)
    )
    if not quick:
        found.append(
            Probe("import memory", [python, str(HERE / "import_memory.py")], import_memory)
        )
    if os.environ.get("ATELIER_TEST_POSTGRES_URL"):  # a PostgreSQL server (.ci/postgres)
        found.append(Probe("team archive", [python, str(HERE / "archive.py")], archive))
    return found


def run(probe: Probe, log) -> list[Row]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    try:
        done = subprocess.run(
            probe.command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S
        )
        output = done.stdout + done.stderr
    except subprocess.TimeoutExpired:
        output = f"(stopped after {TIMEOUT_S} s)"
    log.write(f"\n===== {probe.name} ({time.perf_counter() - started:.0f} s)\n{output}")
    log.flush()
    rows = probe.parse(output)
    return rows or [Row(probe.name, "no figure (see the log)", met=False)]


def table(rows: list[Row]) -> str:
    header = ("figure", "value", "floor", "ratio", "target", "met")
    lines = [
        (
            row.figure,
            row.value,
            row.floor,
            f"{row.ratio:.2f}×" if row.ratio is not None else "",
            row.target,
            {True: "yes", False: "NO", None: "–"}[row.met],
        )
        for row in rows
    ]
    widths = [max(len(cells[i]) for cells in [header, *lines]) for i in range(len(header))]
    out = ["  ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True))]
    out.append("  ".join("-" * width for width in widths))
    out += ["  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) for cells in lines]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 notes only, fewer rounds")
    parser.add_argument("--scales", default="200,2000,10000", help="note counts, comma-separated")
    parser.add_argument("--log", type=Path, help="where the benchmarks' own output goes")
    args = parser.parse_args()
    scales = [2000] if args.quick else [int(part) for part in args.scales.split(",")]
    log_path = args.log or Path(tempfile.mkstemp(prefix="atelier-bench-", suffix=".log")[1])
    rows: list[Row] = []
    with log_path.open("w", encoding="utf-8") as log:
        for probe in probes(scales, args.quick):
            print(f"… {probe.name}", file=sys.stderr, flush=True)
            rows += run(probe, log)
    print(table(rows))
    print(f"\n(the benchmarks' own output: {log_path})")


if __name__ == "__main__":
    main()
