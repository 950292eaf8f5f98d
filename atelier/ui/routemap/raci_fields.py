"""Who does an action: one owner (an organisation plus a person or role, the A of RACI) and
the people or parties who carry it out (R), are consulted (C) or informed (I)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from atelier.domain.records import AtelierData
from atelier.ui.routemap import choices


def lines_edit(parent: QWidget, name: str, placeholder: str) -> QPlainTextEdit:
    """A small multi-line field, one entry per line; Tab moves on."""
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
    return edit


def lines_of(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


# Adds an organisation to the atelier by name; its (id, name), or None when refused.
AddOrganisation = Callable[[str], tuple[int, str] | None]


class RaciFields(QGroupBox):
    def __init__(
        self,
        atelier: AtelierData,
        parent: QWidget | None = None,
        *,
        add_organisation: AddOrganisation | None = None,
    ) -> None:
        super().__init__(parent)
        self._add_organisation = add_organisation
        self.added_organisations: list[int] = []  # made here: withdrawn if the dialog is cancelled
        self.setTitle(self.tr("Who (RACI)"))
        self.atelier = atelier
        self.organisation = choices.combo(
            self,
            [
                (self.tr("— choose an organisation —"), None),
                *((o.name, o.id) for o in atelier.organisations),
            ],
            "organisationCombo",
        )
        self.rol = QComboBox(self)
        self.rol.setObjectName("rolCombo")
        self.rol.setEditable(True)
        self.rol.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rol.lineEdit().setPlaceholderText(self.tr("Person or role"))
        self.rol.lineEdit().setAccessibleName(self.tr("Person or role of the owner"))
        self.uitvoerders = lines_edit(self, "uitvoerdersEdit", self.tr("One per line"))
        self.betrokken = lines_edit(self, "betrokkenEdit", self.tr("One per line"))
        self.informeren = lines_edit(self, "informerenEdit", self.tr("One per line"))
        self.new_organisation = QPushButton(self.tr("New…"), self)
        self.new_organisation.setObjectName("newOrganisationButton")
        self.new_organisation.setToolTip(
            self.tr("Add an organisation to this atelier and make it the owner")
        )
        self.new_organisation.clicked.connect(self.ask_new_organisation)
        self.new_organisation.setVisible(add_organisation is not None)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.organisation, 1)
        owner_row.addWidget(self.new_organisation)
        form = QFormLayout(self)
        form.addRow(self.tr("Owner (A) *"), owner_row)
        form.addRow("", self.rol)
        form.addRow(self.tr("Responsible (R)"), self.uitvoerders)
        form.addRow(self.tr("Consulted (C)"), self.betrokken)
        form.addRow(self.tr("Informed (I)"), self.informeren)
        self.organisation.currentIndexChanged.connect(self._fill_roles)

    def show_people(
        self,
        organisation_id: int | None,
        rol: str,
        raci: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
    ) -> None:
        choices.select_data(self.organisation, organisation_id)
        self._fill_roles()
        self.rol.setEditText(rol)
        for edit, entries in zip(
            (self.uitvoerders, self.betrokken, self.informeren), raci, strict=True
        ):
            edit.setPlainText("\n".join(entries))

    def ask_new_organisation(self) -> None:
        """An owner the atelier does not know yet: typed here, added to the atelier."""
        if self._add_organisation is None:
            return
        name, given = QInputDialog.getText(
            self,
            self.tr("New organisation"),
            self.tr("Name of the organisation (it is added to this atelier's people):"),
            QLineEdit.EchoMode.Normal,
        )
        if not given or not name.strip():
            return
        made = self._add_organisation(name.strip())
        if made is None:
            return
        ident, shown = made
        self.added_organisations.append(ident)
        self.organisation.addItem(shown, ident)
        self.organisation.setCurrentIndex(self.organisation.count() - 1)

    def _fill_roles(self) -> None:
        """Offer the roles and names of the chosen organisation's participants."""
        text = self.rol.currentText()
        organisation_id = self.organisation.currentData()
        self.rol.clear()
        seen: list[str] = []
        for person in self.atelier.participants:
            if organisation_id is None or person.organisation_id != organisation_id:
                continue
            for entry in (person.role, person.name):
                if entry and entry not in seen:
                    seen.append(entry)
        self.rol.addItems(seen)
        self.rol.setEditText(text)
