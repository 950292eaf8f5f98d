"""Try to open each atelier file given on the command line; print one JSON line per file.

Run by test_environment.py inside a private mount namespace where the folder is read-only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from atelier.storage.errors import StorageError
from atelier.storage.opening import open_database

for argument in sys.argv[1:]:
    try:
        open_database(Path(argument)).close()
        outcome = {"path": argument, "error": None, "message": ""}
    except StorageError as error:
        outcome = {"path": argument, "error": type(error).__name__, "message": str(error)}
    print(json.dumps(outcome), flush=True)
