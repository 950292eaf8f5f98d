"""Start the real app window and type into one intake field without pausing; then get killed.

    python typing_app.py DB_PATH SETTINGS_PATH FIELD

Opens the demo atelier's intake tab, prints "klaar", then types one character into FIELD every
40 ms (25 a second, a fast typist) and prints how many characters the field has received after
each one. test_typing_survives_a_kill.py kills this process with SIGKILL while it types.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from atelier.ui.agenda.room_feature import INTAKE_TAB
from atelier.ui.app import launch, prepare_application
from atelier.ui.settings import UiSettings

TEXT = "Gemeente Lindeveld, kern Oosterbroek en de buurtschap Kapelhoek " * 4
KEY_EVERY_MS = 40


def main(db_path: Path, settings_path: Path, field_name: str) -> int:
    settings = UiSettings.at(settings_path)
    app = prepare_application(settings)
    running = launch(db_path, settings, open_demo=True)
    assert running is not None
    page = running.window.atelier_page
    page.show_tab(INTAKE_TAB)
    field = page.tab(INTAKE_TAB).page.atelier_form.bindings[field_name].widget
    field.setFocus()
    field.selectAll()
    typed = 0

    def type_one() -> None:
        nonlocal typed
        if typed == len(TEXT):
            return
        QTest.keyClick(field, TEXT[typed])
        typed += 1
        print(typed, flush=True)

    keys = QTimer()
    keys.timeout.connect(type_one)
    keys.start(KEY_EVERY_MS)
    print("klaar", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]))
