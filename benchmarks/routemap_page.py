"""The routemap tab with a big routemap: how long showing it and a drag-and-drop commit take.

    .venv/bin/python benchmarks/routemap_page.py [--actions 200] [--rounds 5]

Builds the demo atelier plus ACTIONS actions (each waiting on the two before it, so the check
has work to do) in a temporary file, then measures, offscreen:

* ``open``: the first ``set_atelier`` (read the snapshot, check it, lay out every card);
* ``reload``: a refresh after a change elsewhere;
* ``move``: moving a card to another lane and fase, stored, with the refresh that follows.

A facilitator drags cards while the group watches: a move should feel instant (well under
100 ms) at a few hundred actions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LANES = ("participatie", "proces", "techniek", "organisatie", "financien")
FASEN = ("opstarten", "uitwerken", "ontwikkelen", "uitvoeren", "beheren")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from atelier.interchange import demo
    from atelier.services.routemap import actions as routemap_actions
    from atelier.storage.opening import open_database
    from atelier.ui.routemap.routemap_page import RoutemapPage
    from atelier.ui.store import AtelierStore

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite")
        with database.transaction() as session:
            atelier_id = demo.create_demo_atelier(session)
            ids: list[int] = []
            for number in range(args.actions):
                action = routemap_actions.create_action(
                    session,
                    atelier_id,
                    wat=f"Actie {number}: een concrete vervolgstap met een langere omschrijving",
                    fase=FASEN[number % 5],
                    onderdeel_key=LANES[(number // 5) % 5],
                    deadline=f"Q{number % 4 + 1} {2027 + number % 4}",
                    hangt_af_van=ids[-2:],
                )
                ids.append(action.id)
        store = AtelierStore(database)
        page = RoutemapPage(store)
        page.resize(1300, 700)
        page.show()
        app.processEvents()

        timings: dict[str, list[float]] = {"open": [], "reload": [], "move": []}
        for round_number in range(args.rounds):
            page.set_atelier(None)
            start = time.perf_counter()
            page.set_atelier(atelier_id)
            timings["open"].append(time.perf_counter() - start)
            start = time.perf_counter()
            page.reload()
            timings["reload"].append(time.perf_counter() - start)
            target = (LANES[round_number % 5], FASEN[(round_number + 2) % 5])
            start = time.perf_counter()
            page.operations.move_action(atelier_id, ids[round_number], *target, 0)
            timings["move"].append(time.perf_counter() - start)
        print(f"{args.actions} actions, {len(page.scene.cards())} cards on the board")
        for name, values in timings.items():
            print(f"{name:>7}: median {statistics.median(values) * 1000:6.1f} ms")
        store.close()
        database.close()


if __name__ == "__main__":
    main()
