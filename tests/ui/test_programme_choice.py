"""File → Nieuw atelier offers the programmes Atelier brings; the facilitator picks one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from atelier.ui.new_atelier_dialog import NewAtelierDialog
from tests.programmes.test_builtin_programmes import STEPS
from tests.ui.conftest import ModalAnswer


def test_the_facilitator_picks_the_programme_of_a_new_atelier(start_app, db_path, qtbot):
    running = start_app(db_path)
    window = running.window

    def respond(dialog) -> None:
        assert isinstance(dialog, NewAtelierDialog)
        assert dialog.programme.count() == 2 and dialog.programme.isVisibleTo(dialog)
        dialog.programme.setCurrentIndex(1)
        assert "Wijkroute in vijf stappen" in dialog.intro.text()
        qtbot.keyClicks(dialog.wijk, "Klaverveld")
        assert dialog.titel.text() == "Wijkroute in vijf stappen Klaverveld"
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    answer = ModalAnswer(respond)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert answer.dialog is not None
    atelier = window.atelier_page.atelier()
    assert atelier.programme_name == "Wijkroute in vijf stappen"
    assert [d.thema for d in atelier.dagdelen] == STEPS
