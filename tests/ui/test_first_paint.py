"""The window is on the screen before the atelier file is opened: the frame first, then the file."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
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
    """What the first paint imports: Qt and the frame, not SQLAlchemy, the store, the pages
    (those load after it, while the facilitator already sees Atelier) or the command line's
    subcommands."""
    code = (
        "import sys, atelier.ui.app, atelier.ui.main_window, atelier.ui.instance_lock;"
        "from atelier.cli.main import window_start;"
        "assert window_start(['--db', 'atelier.sqlite']) is not None;"  # as `atelier --db …`
        "print(sorted(m for m in ('sqlalchemy', 'atelier.ui.store', 'atelier.ui.atelier_page',"
        " 'atelier.storage.database', 'reportlab', 'atelier.cli.archive', 'atelier.cli.report',"
        " 'atelier.cli.parser') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_frame_is_painted_before_qts_namespace_and_the_message_bar_are_made():
    """PySide6 builds its whole ``Qt`` namespace (12 ms) the first time any of its enums is
    touched, and the first style sheet (the message bar's) restyles the window (~20 ms): the
    frame is painted before either, the bar is there the moment it is needed."""
    code = (
        "import sys, PySide6.QtCore as core\n"
        "from pathlib import Path\n"
        "from atelier.ui.app import prepare_application\n"
        "from atelier.ui.settings import UiSettings\n"
        "from atelier.ui.main_window import MainWindow\n"
        "settings = UiSettings.at(Path(sys.argv[1]))\n"
        "prepare_application(settings)\n"
        "window = MainWindow(settings, Path(sys.argv[1]).with_name('a.sqlite'))\n"
        "window.restore_window()\n"
        "window.paint_now()\n"
        "print('Qt' in core.__dict__, 'atelier.ui.message_bar' in sys.modules)\n"
        "window.message_bar.show_error('Er ging iets mis.')\n"
        "print(window.message_bar.isVisibleTo(window), window.message_bar.text())\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        out = subprocess.run(
            [sys.executable, "-c", code, str(Path(folder) / "settings.ini")],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["False False", "True Er ging iets mis."]


def test_the_frames_plain_numbers_are_qts_own():
    from PySide6.QtCore import Qt

    from atelier.ui import first_paint_values as values

    assert Qt.AlignmentFlag.AlignCenter.value == values.ALIGN_CENTER
    assert Qt.TextFormat.PlainText.value == values.PLAIN_TEXT
    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == values.SELECTABLE_BY_MOUSE
