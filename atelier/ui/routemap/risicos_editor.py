"""The risk register: kans × impact, an owner and a measure ("wie staat waarvoor aan de lat")."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout

from atelier.domain.routemap.records import RisicoData
from atelier.domain.routemap.vocabulary import naam, vocabulary
from atelier.ui.routemap import choices
from atelier.ui.routemap.item_editor import ItemEditor
from atelier.ui.routemap.operations import RoutemapSnapshot


class RisicosEditor(ItemEditor):
    kind = "risico"

    def columns(self) -> list[str]:
        return [self.tr("Risk"), self.tr("Likelihood"), self.tr("Impact"), self.tr("Owner")]

    def list_name(self) -> str:
        return self.tr("Risks")

    def new_label(self) -> str:
        return self.tr("New risk")

    def items(self, snapshot: RoutemapSnapshot) -> tuple[Any, ...]:
        return snapshot.routemap.risicos

    def cells(self, item: RisicoData) -> list[str]:
        niveaus = vocabulary().niveaus
        return [
            choices.risico_label(item),
            naam(niveaus, item.kans),
            naam(niveaus, item.impact),
            item.eigenaar.label,
        ]

    def build_form(self, form: QFormLayout) -> None:
        levels = choices.choice_items(vocabulary().niveaus)
        self.titel = self.line_field("titel", lambda text: self.commit("titel", text.strip()))
        self.kans = self.combo_field("kans", levels, lambda key: self.commit("kans", key))
        self.impact = self.combo_field("impact", levels, lambda key: self.commit("impact", key))
        self.organisation = self.combo_field(
            "organisation", [], lambda ident: self.commit("eigenaar_organisation_id", ident)
        )
        self.rol = self.line_field("rol", lambda text: self.commit("eigenaar_rol", text.strip()))
        self.maatregel = self.text_field("maatregel", lambda t: self.commit("maatregel", t))
        form.addRow(self.tr("Risk"), self.titel)
        form.addRow(self.tr("Likelihood"), self.kans)
        form.addRow(self.tr("Impact"), self.impact)
        form.addRow(self.tr("Owner"), self.organisation)
        form.addRow(self.tr("Person or role"), self.rol)
        form.addRow(self.tr("Measure"), self.maatregel)

    def commit(self, field: str, value: object) -> None:
        item = self.selected_item()
        if item is not None and (
            (field == "eigenaar_organisation_id" and item.eigenaar.organisation_id == value)
            or (field == "eigenaar_rol" and item.eigenaar.rol == value)
        ):
            return
        super().commit(field, value)

    def fill_form(self, item: RisicoData) -> None:
        assert self.snapshot is not None
        self.titel.setText(item.titel)
        choices.select_data(self.kans, item.kans)
        choices.select_data(self.impact, item.impact)
        self.organisation.clear()
        self.organisation.addItem(self.tr("— choose an organisation —"), None)
        for organisation in self.snapshot.atelier.organisations:
            self.organisation.addItem(organisation.name, organisation.id)
        choices.select_data(self.organisation, item.eigenaar.organisation_id)
        self.rol.setText(item.eigenaar.rol)
        self.maatregel.setPlainText(item.maatregel)

    def new_fields(self) -> dict[str, object]:
        return {"titel": self.tr("New risk")}

    def focus_first_field(self) -> None:
        self.titel.setFocus()
        self.titel.selectAll()
