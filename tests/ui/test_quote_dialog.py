"""Atelier → Offerte…: the bureau's rates are remembered for the next atelier, a rate that is
no amount is told and nothing can be saved, and the offerte is saved as a PDF with its total."""

from __future__ import annotations

from pypdf import PdfReader

from atelier.ui.quote.quote_dialog import QuoteDialog


def open_quote(running) -> QuoteDialog:
    dialog = QuoteDialog(running.window, running.store, running.window.current_atelier_id())
    return dialog


def test_rates_are_remembered_and_the_offerte_is_saved(qtbot, start_app, db_path, tmp_path):
    running = start_app(db_path)
    dialog = open_quote(running)
    qtbot.addWidget(dialog)
    assert dialog.total.text().startswith("Totaal € 0,00")  # no rates yet: nothing charged
    dialog.rates["participatie"].setText("1.250,-")
    dialog.rates["participatie"].editingFinished.emit()
    dialog.rates["per_dagdeel"].setText("€ 450")
    dialog.rates["per_dagdeel"].editingFinished.emit()
    dialog.travel.setText("twaalf")
    assert "Reiskosten: 'twaalf' is geen bedrag" in dialog.total.text()
    assert not dialog.save_button.isEnabled()
    dialog.travel.setText("62,40")
    assert dialog.save_button.isEnabled()

    target = tmp_path / "offerte.pdf"
    dialog.ask_save_path = lambda: target
    dialog.save_button.click()
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    total = dialog.total.text().split()[1:3]  # "Totaal € 12.345,67 (…)"
    assert " ".join(total) in text
    assert "is opgeslagen als offerte.pdf" in running.window.message_bar.text()

    again = open_quote(running)  # another offerte: the bureau's rates are there
    qtbot.addWidget(again)
    assert again.rates["participatie"].text() == "1.250,-"
    assert again.rates["per_dagdeel"].text() == "€ 450"
    assert again.travel.text() == ""
