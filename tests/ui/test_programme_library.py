"""File → Programma's…: the library shows each programme's dagdelen and werkvormen; a copy of
Atelier's programme is renamed, exported and offered for a new atelier; Atelier's own stay."""

from __future__ import annotations

from atelier.domain.programme import load_programme
from atelier.ui.programmes.library_dialog import LibraryDialog


def test_a_copy_is_made_renamed_exported_and_deleted(qtbot, start_app, db_path, tmp_path):
    running = start_app(db_path)
    dialog = LibraryDialog(running.window)
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Vertragingsatelier (Atelier)",
        "Wijkroute in vijf stappen (Atelier)",
    ]
    assert "Dagdeel 1 · Vertrekpunt, kaders en krachtenveld" in dialog.preview.toPlainText()
    assert not dialog.rename_button.isEnabled() and not dialog.delete_button.isEnabled()

    dialog.ask_name = lambda _title, suggestion: "Veldwijk & co"
    dialog.copy_button.click()
    assert dialog.current().naam == "Veldwijk & co" and not dialog.current().builtin
    assert dialog.rename_button.isEnabled() and dialog.delete_button.isEnabled()
    dialog.ask_name = lambda _title, suggestion: "Veldwijk kort"
    dialog.rename_button.click()
    assert dialog.list.currentItem().text() == "Veldwijk kort"

    target = tmp_path / "gedeeld.toml"
    dialog.ask_save_path = lambda _entry: target
    dialog.export_button.click()
    assert load_programme(target).naam == "Veldwijk kort"
    dialog.ask_name = lambda _title, suggestion: "Vertragingsatelier"
    dialog.copy_button.click()
    assert "al een programma 'Vertragingsatelier'" in dialog.status.text()

    dialog.confirm_delete = lambda _entry: True
    dialog.delete_button.click()
    assert dialog.list.count() == 2
    dialog.ask_open_path = lambda: target
    dialog.import_button.click()
    assert dialog.current().naam == "Veldwijk kort"
