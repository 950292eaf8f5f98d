"""Add notes as fast as possible, one transaction each, printing every id once it is committed.

    python durability_writer.py DB_PATH WERKVORM_ID LABEL

test_durability.py kills this process with SIGKILL at a random moment and then checks that
every printed note is in the file. Prints "klaar" once the file is open.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from atelier.services.board.notes import add_note
from atelier.storage.opening import open_database


def main(path: Path, werkvorm_id: int, label: str) -> None:
    database = open_database(path)
    print("klaar", flush=True)
    number = 0
    while True:
        with database.transaction() as session:
            note = add_note(session, werkvorm_id, f"{label} {number}")
        print(note.id, number, flush=True)  # only after the commit returned
        number += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
