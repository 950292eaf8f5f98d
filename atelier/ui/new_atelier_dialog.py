"""The small dialog that starts a new atelier: its programme (when there is a choice), gemeente,
wijk and title."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.programme import Programme
from atelier.services.ateliers import MAX_TITLE


@dataclass(frozen=True)
class NewAtelierFields:
    titel: str
    gemeente: str
    wijk: str


class NewAtelierDialog(QDialog):
    """Asks for titel, gemeente and wijk; the titel follows the wijk until the user types one."""

    def __init__(
        self,
        programme_name: str,
        parent: QWidget | None = None,
        *,
        programmes: Sequence[Programme] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New atelier"))
        self.setMinimumWidth(520)
        self._programmes = list(programmes)
        self.intro = intro = QLabel(self)
        intro.setWordWrap(True)
        self.programme = QComboBox(self)
        self.programme.addItems([programme.naam for programme in self._programmes])
        self.programme.setAccessibleName(self.tr("Programme"))
        self.gemeente = QLineEdit(self)
        self.gemeente.setPlaceholderText(self.tr("e.g. Gemeente Veldwijk"))
        self.wijk = QLineEdit(self)
        self.wijk.setPlaceholderText(self.tr("e.g. Zonnehoek"))
        self.titel = QLineEdit(self)
        self.titel.setMaxLength(MAX_TITLE)
        self.titel.setPlaceholderText(programme_name)
        form = QFormLayout()
        if len(self._programmes) > 1:  # only a choice is shown
            form.addRow(self.tr("&Programme:"), self.programme)
        form.addRow(self.tr("&Municipality:"), self.gemeente)
        form.addRow(self.tr("&Neighbourhood:"), self.wijk)
        form.addRow(self.tr("&Title:"), self.titel)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create atelier"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self._programme_name = programme_name
        self._show_programme(programme_name)
        self.programme.currentIndexChanged.connect(self._programme_chosen)
        self._titel_typed = False
        self.titel.textEdited.connect(self._on_titel_edited)
        self.wijk.textChanged.connect(self._suggest_titel)
        self.titel.textChanged.connect(self._update_ok)
        self._update_ok()

    def chosen_programme(self) -> int:
        """The index of the chosen programme among ``programmes`` (0 when none were given)."""
        return max(0, self.programme.currentIndex())

    def _programme_chosen(self, index: int) -> None:
        self._programme_name = self._programmes[index].naam
        self._show_programme(self._programme_name)
        self._suggest_titel(self.wijk.text())

    def _show_programme(self, name: str) -> None:
        self.intro.setText(
            self.tr(
                "The atelier starts from the programme “{name}”; you can adapt it later."
            ).format(name=name)
        )
        self.titel.setPlaceholderText(name)
        chosen = self._programmes[self.chosen_programme()] if self._programmes else None
        self.programme.setToolTip(chosen.beschrijving if chosen else "")

    def fields(self) -> NewAtelierFields:
        return NewAtelierFields(
            self.titel.text().strip(), self.gemeente.text().strip(), self.wijk.text().strip()
        )

    def _on_titel_edited(self, _text: str) -> None:
        self._titel_typed = True

    def _suggest_titel(self, wijk: str) -> None:
        if not self._titel_typed:
            wijk = wijk.strip()
            self.titel.setText(f"{self._programme_name} {wijk}" if wijk else "")

    def _update_ok(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.titel.text().strip()))
