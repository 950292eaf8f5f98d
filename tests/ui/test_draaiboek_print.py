"""Atelier → Draaiboek afdrukken (PDF)…: the open atelier's draaiboek saved where asked, and
the window says where it is (or, when it could not be written, why)."""

from __future__ import annotations

from atelier.ui.agenda.draaiboek_print import DraaiboekPrint
from tests.report.conftest import pdf_text


def test_the_draaiboek_is_printed_from_the_atelier_menu(start_app, db_path, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    running = start_app(db_path)
    window = running.window
    target = tmp_path / "uit" / "Draaiboek Zonnehoek.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    feature = window.findChild(DraaiboekPrint)
    assert feature.action.isEnabled()

    feature.action.trigger()

    assert "Draaiboek: Vertragingsatelier Zonnehoek" in pdf_text(target)[0]
    assert str(target) in window.message_bar.text()


def test_a_draaiboek_that_cannot_be_written_is_told(start_app, db_path, tmp_path):
    running = start_app(db_path)
    feature = running.window.findChild(DraaiboekPrint)
    nowhere = tmp_path / "bestaat-niet" / "draaiboek.pdf"
    assert feature.write(running.window.current_atelier_id(), nowhere) is None
    assert "draaiboek is niet opgeslagen" in running.window.message_bar.text()
