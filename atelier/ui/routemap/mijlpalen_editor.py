"""Mijlpalen: the end product of a fase, optionally tied to a besluitmoment."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout

from atelier.domain.routemap.records import MijlpaalData
from atelier.domain.routemap.vocabulary import vocabulary
from atelier.ui.routemap import choices
from atelier.ui.routemap.item_editor import ItemEditor
from atelier.ui.routemap.operations import RoutemapSnapshot


class MijlpalenEditor(ItemEditor):
    kind = "mijlpaal"

    def columns(self) -> list[str]:
        return [self.tr("Milestone"), self.tr("Fase"), self.tr("When")]

    def list_name(self) -> str:
        return self.tr("Milestones")

    def new_label(self) -> str:
        return self.tr("New milestone")

    def items(self, snapshot: RoutemapSnapshot) -> tuple[Any, ...]:
        return snapshot.routemap.mijlpalen

    def cells(self, item: MijlpaalData) -> list[str]:
        return [
            item.titel,
            choices.fase_name(item.fase),
            item.moment.label if item.moment else "",
        ]

    def build_form(self, form: QFormLayout) -> None:
        self.titel = self.line_field("titel", lambda text: self.commit("titel", text.strip()))
        self.fase = self.combo_field("fase", choices.fase_items(), lambda k: self.commit("fase", k))
        self.moment = self.moment_field("moment", self.tr("When"))
        self.eindproduct = self.text_field("eindproduct", lambda t: self.commit("eindproduct", t))
        self.besluitmoment = self.combo_field(
            "besluitmoment", [], lambda ident: self.commit("besluitmoment_id", ident)
        )
        form.addRow(self.tr("Title"), self.titel)
        form.addRow(self.tr("Fase"), self.fase)
        form.addRow(self.tr("When"), self.moment)
        form.addRow(self.tr("End product"), self.eindproduct)
        form.addRow(self.tr("Decision moment"), self.besluitmoment)

    def fill_form(self, item: MijlpaalData) -> None:
        assert self.snapshot is not None
        self.titel.setText(item.titel)
        choices.select_data(self.fase, item.fase)
        self.moment.set_moment(item.moment)
        self.eindproduct.setPlainText(item.eindproduct)
        self.besluitmoment.clear()
        self.besluitmoment.addItem(self.tr("— none —"), None)
        for moment in self.snapshot.routemap.besluitmomenten:
            self.besluitmoment.addItem(choices.besluitmoment_label(moment), moment.id)
        choices.select_data(self.besluitmoment, item.besluitmoment_id)

    def new_fields(self) -> dict[str, object]:
        return {"titel": self.tr("New milestone"), "fase": vocabulary().fase_keys()[0]}

    def focus_first_field(self) -> None:
        self.titel.setFocus()
        self.titel.selectAll()
