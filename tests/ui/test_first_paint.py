"""The window is on the screen before the atelier file is opened: the frame first, then the file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel

from atelier.ui.app import launch, prepare_application
from atelier.ui.main_window import MainWindow


def test_the_frame_is_painted_while_the_file_still_opens(qapp, qtbot, ui_settings, tmp_path):
    seen: dict[str, object] = {}

    def painted(window: MainWindow) -> None:
        opening = window.findChild(QLabel, "openingFile")
        seen["visible"] = window.isVisible()
        seen["text"] = opening.text() if opening is not None else None
        seen["filled"] = hasattr(window, "atelier_page")
        seen["title"] = window.windowTitle()

    prepare_application(ui_settings)
    running = launch(tmp_path / "zonnehoek.sqlite", ui_settings, open_demo=True, painted=painted)
    assert running is not None
    try:
        assert seen["visible"] is True and seen["filled"] is False
        assert "zonnehoek.sqlite" in str(seen["text"])
        assert seen["title"] == "Atelier"
        # and then the same window is filled: the demo atelier in place of the opening line
        assert "Zonnehoek" in running.window.windowTitle()
        assert running.window.pages.currentWidget() is running.window.atelier_page
    finally:
        running.window.close()
        running.shutdown()


def test_the_frame_needs_nothing_of_the_database():
    """What the first paint imports: Qt and the frame, not SQLAlchemy, the store or the pages
    (those load after it, while the facilitator already sees Atelier)."""
    code = (
        "import sys, atelier.ui.app, atelier.ui.main_window, atelier.ui.instance_lock;"
        "from atelier.cli.main import build_parser;"
        "build_parser().parse_args(['--db', 'atelier.sqlite']);"  # as `atelier --db …` does
        "print(sorted(m for m in ('sqlalchemy', 'atelier.ui.store', 'atelier.ui.atelier_page',"
        " 'atelier.storage.database', 'reportlab') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
