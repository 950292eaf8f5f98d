"""The team archive on PostgreSQL: how long Meenemen and Terugzetten take, and the listing.

    eval "$(bash .ci/postgres start "$(mktemp -d)")"   # a throw-away server on 127.0.0.1
    .venv/bin/python benchmarks/archive.py [--url postgresql://…/postgres] [--runs 3]

Times (best of ``--runs``), on a database of its own that is dropped afterwards:
- write-back (laptop → archive) and take-along (archive → laptop) of the demo atelier and of
  an atelier of 2,000 notes (target ≤ 1 s each);
- listing an archive of 500 ateliers, demo-sized (target ≤ 200 ms).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from atelier.archive.carrying import take_along, write_back
from atelier.archive.listing import archive_entries
from atelier.interchange.demo import create_demo_atelier
from atelier.interchange.export import export_atelier
from atelier.interchange.importer import import_document
from atelier.services.ateliers import get_atelier
from atelier.services.board.changes import NoteDraft, add_notes
from atelier.storage.archive.database import open_archive
from atelier.storage.opening import open_database

NAME = f"atelier_benchmark_{os.getpid()}"


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def laptop_with(folder: Path, notes: int):
    laptop = open_database(folder / f"laptop-{notes}.sqlite", take_backup=False)
    with laptop.transaction() as session:
        atelier_id = create_demo_atelier(session)
        werkvorm = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
    extra = max(0, notes - 154)
    with laptop.driver_transaction() as connection:
        drafts = [
            NoteDraft(f"Notitie {n}: warmte en isolatie", n % 40 * 10.0, 0) for n in range(extra)
        ]
        for start in range(0, len(drafts), 500):
            add_notes(connection, werkvorm, drafts[start : start + 500])
    return laptop, atelier_id


def carry(archive, folder: Path, notes: int, runs: int) -> tuple[float, float]:
    laptop, local = laptop_with(folder, notes)
    write = best_of(runs, lambda: write_back(laptop, local, archive, "Benchmark"))
    archive_id = write_back(laptop, local, archive, "Benchmark").archive_id
    targets = []

    def take() -> None:
        target = open_database(folder / f"ander-{notes}-{len(targets)}.sqlite", take_backup=False)
        targets.append(target)
        take_along(archive, archive_id, target, "Benchmark")

    taken = best_of(runs, take)
    for target in targets:
        target.close()
    laptop.close()
    return write, taken


def listing(archive, runs: int, count: int = 500) -> float:
    with archive.transaction() as session:
        document = export_atelier(
            session, session.execute(text("SELECT min(id) FROM atelier")).scalar()
        )
    with archive.transaction() as session:
        present = len(archive_entries(session))
        for _ in range(count - present):
            import_document(session, document)

    def read() -> None:
        with archive.transaction() as session:
            assert len(archive_entries(session)) == count

    return best_of(runs, read)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("ATELIER_TEST_POSTGRES_URL"))
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    if not arguments.url:
        raise SystemExit("Geef --url of ATELIER_TEST_POSTGRES_URL (zie .ci/postgres).")
    admin = create_engine(arguments.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{NAME}"'))
    url = make_url(arguments.url).set(database=NAME).render_as_string(hide_password=False)
    try:
        archive = open_archive(url)
        with tempfile.TemporaryDirectory() as name:
            for notes in (154, 2000):
                write, take = carry(archive, Path(name), notes, arguments.runs)
                label = "demo atelier" if notes == 154 else f"{notes:,} notes"
                print(f"write-back, {label:13s} {write:6.3f} s   (target ≤ 1 s)")
                print(f"take-along, {label:13s} {take:6.3f} s   (target ≤ 1 s)")
        listed = listing(archive, arguments.runs) * 1000
        print(f"listing 500 ateliers     {listed:6.0f} ms  (target ≤ 200 ms)")
        archive.close()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
