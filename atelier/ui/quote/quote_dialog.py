"""The offerte dialog: the bureau's rates (remembered for every atelier), this job's extras,
the price as it stands, and the offerte saved as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from atelier.domain.quote import Extras, QuoteError, Rates, amount, euro
from atelier.domain.reference import onderdelen
from atelier.services.errors import ServiceError
from atelier.services.quotes import quote_for, write_quote
from atelier.ui.file_exchange import suggested_file_name
from atelier.ui.main_window import MainWindow
from atelier.ui.message_bar import MessageKind
from atelier.ui.store import AtelierStore

DAGDEEL, PREPARATION = "per_dagdeel", "per_preparation_hour"


class QuoteDialog(QDialog):
    def __init__(self, window: MainWindow, store: AtelierStore, atelier_id: int) -> None:
        super().__init__(window)
        self.window_, self.store, self.atelier_id = window, store, atelier_id
        self.setWindowTitle(self.tr("Offerte"))
        self.setMinimumWidth(520)
        self.rates: dict[str, QLineEdit] = {}
        rates = QGroupBox(self.tr("Rates (the bureau's, for every offerte)"))
        form = QFormLayout(rates)
        for onderdeel in onderdelen():
            form.addRow(
                self.tr("{name} per hour:").format(name=onderdeel.naam), self._rate(onderdeel.key)
            )
        form.addRow(self.tr("Per dagdeel:"), self._rate(DAGDEEL))
        form.addRow(self.tr("Per hour of preparation:"), self._rate(PREPARATION))
        extras = QGroupBox(self.tr("This offerte"))
        extra_form = QFormLayout(extras)
        self.travel = self._field(self.tr("Travel costs"))
        self.preparation = self._field(self.tr("Hours of preparation"))
        extra_form.addRow(self.tr("Travel costs:"), self.travel)
        extra_form.addRow(self.tr("Hours of preparation:"), self.preparation)
        self.total = QLabel()
        self.total.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (rates, extras, self.total, buttons):
            layout.addWidget(part)
        for field in (*self.rates.values(), self.travel, self.preparation):
            field.textChanged.connect(lambda _text: self.recalculate())
        self.recalculate()

    def _rate(self, name: str) -> QLineEdit:
        field = self._field(name)
        field.setText(self.window_.settings.quote_rate(name))
        field.editingFinished.connect(
            lambda: self.window_.settings.set_quote_rate(name, field.text().strip())
        )
        self.rates[name] = field
        return field

    def _field(self, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText("0,00")
        field.setAccessibleName(accessible)
        return field

    def read(self) -> tuple[Rates, Extras]:
        """The rates and extras as typed; QuoteError (Dutch) for one that is no amount."""
        per_hour = {o.key: amount(self.rates[o.key].text(), o.naam) for o in onderdelen()}
        rates = Rates(
            per_hour,
            per_dagdeel=amount(self.rates[DAGDEEL].text(), "Per dagdeel"),
            per_preparation_hour=amount(self.rates[PREPARATION].text(), "Voorbereiding"),
        )
        extras = Extras(
            travel=amount(self.travel.text(), "Reiskosten"),
            preparation_hours=amount(self.preparation.text(), "Uren voorbereiding"),
        )
        return rates, extras

    def recalculate(self) -> None:
        try:
            rates, extras = self.read()
        except QuoteError as error:
            self.total.setText(str(error))
            self.save_button.setEnabled(False)
            return
        _document, quote = self.store.read(lambda s: quote_for(s, self.atelier_id, rates, extras))
        self.total.setText(
            self.tr("Total {total} ({subtotal} plus {vat} VAT)").format(
                total=euro(quote.total), subtotal=euro(quote.subtotal), vat=euro(quote.vat)
            )
        )
        self.save_button.setEnabled(True)

    def save(self) -> None:
        path = self.ask_save_path()
        if path is None:
            return
        rates, extras = self.read()
        try:
            quote = self.store.read(lambda s: write_quote(s, self.atelier_id, rates, extras, path))
        except ServiceError as error:
            self.window_.message_bar.show_error(str(error))
            return
        self.window_.message_bar.show_message(
            self.tr("The offerte ({total}) is saved as {file}.").format(
                total=euro(quote.total), file=path.name
            ),
            MessageKind.NOTICE,
        )

    def ask_save_path(self) -> Path | None:
        titel = self.store.atelier(self.atelier_id).titel
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save offerte"),
            suggested_file_name(f"Offerte {titel}", ".pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        return Path(chosen) if chosen else None
