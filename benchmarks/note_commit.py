"""How long does saving one sticky note take? One add_note transaction, committed durably.

    .venv/bin/python benchmarks/note_commit.py [--count 500] [--db PATH]

Adds ``--count`` notes to a fresh atelier file (a temporary one unless ``--db`` names a new
file), each in its own ``database.transaction()`` exactly as the UI does, and prints the time
per note: median, 90th and 99th percentile, worst. The commit waits for the disk (WAL with
synchronous=FULL), so the figures depend on the machine's storage: run it where users work.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from atelier.domain.programme import load_programme
from atelier.services.ateliers import create_atelier, get_atelier
from atelier.services.board.notes import add_note
from atelier.storage.opening import open_database


def percentile(sorted_values: list[float], fraction: float) -> float:
    index = min(len(sorted_values) - 1, round(fraction * (len(sorted_values) - 1)))
    return sorted_values[index]


def measure(path: Path, count: int) -> list[float]:
    database = open_database(path)
    try:
        with database.transaction() as session:
            atelier_id = create_atelier(session, load_programme(), titel="Benchmark")
            werkvorm_id = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
        timings = []
        for number in range(count):
            start = time.perf_counter()
            with database.transaction() as session:
                add_note(session, werkvorm_id, f"Notitie {number}: wie moeten we nog betrekken?")
            timings.append(time.perf_counter() - start)
        return timings
    finally:
        database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--db", type=Path, help="a new file to use (default: a temporary one)")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = arguments.db or Path(folder) / "benchmark.sqlite"
        if path.exists():
            parser.error(f"{path} bestaat al; geef een nieuw bestand op")
        timings = sorted(measure(path, arguments.count))
    ms = [t * 1000 for t in timings]
    print(f"add_note, one committed transaction each ({len(ms)} notes) on {path.parent}")
    print(f"  p50   {percentile(ms, 0.50):7.2f} ms")
    print(f"  p90   {percentile(ms, 0.90):7.2f} ms")
    print(f"  p99   {percentile(ms, 0.99):7.2f} ms")
    print(f"  max   {ms[-1]:7.2f} ms")
    print(f"  mean  {statistics.fmean(ms):7.2f} ms")


if __name__ == "__main__":
    main()
