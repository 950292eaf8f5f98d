"""Besluitmomenten: who decides (orgaan), when, and what kind of moment (go/no-go included)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout

from atelier.domain.routemap.records import BesluitmomentData
from atelier.domain.routemap.vocabulary import naam, vocabulary
from atelier.ui.routemap import choices
from atelier.ui.routemap.item_editor import ItemEditor
from atelier.ui.routemap.operations import RoutemapSnapshot


class BesluitmomentenEditor(ItemEditor):
    kind = "besluitmoment"

    def columns(self) -> list[str]:
        return [self.tr("Decision moment"), self.tr("Body"), self.tr("Date"), self.tr("Type")]

    def list_name(self) -> str:
        return self.tr("Decision moments")

    def new_label(self) -> str:
        return self.tr("New decision moment")

    def items(self, snapshot: RoutemapSnapshot) -> tuple[Any, ...]:
        return snapshot.routemap.besluitmomenten

    def cells(self, item: BesluitmomentData) -> list[str]:
        words = vocabulary()
        return [
            item.titel or naam(words.besluittypen, item.type),
            naam(words.organen, item.orgaan) if item.orgaan else self.tr("no body"),
            item.datum.label if item.datum else self.tr("no date"),
            naam(words.besluittypen, item.type),
        ]

    def build_form(self, form: QFormLayout) -> None:
        words = vocabulary()
        self.titel = self.line_field("titel", lambda text: self.commit("titel", text.strip()))
        self.orgaan = self.combo_field(
            "orgaan",
            [(self.tr("— choose —"), None), *choices.choice_items(words.organen)],
            lambda key: self.commit("orgaan", key),
        )
        self.datum = self.moment_field("datum", self.tr("Date"))
        self.type = self.combo_field(
            "type", choices.choice_items(words.besluittypen), lambda key: self.commit("type", key)
        )
        self.fase = self.combo_field(
            "fase",
            [(self.tr("From its actions or date"), None), *choices.fase_items()],
            lambda key: self.commit("fase", key),
        )
        self.voorstel = self.text_field("voorstel", lambda text: self.commit("voorstel", text))
        self.voorstel.setPlaceholderText(self.tr("The decision asked of the body"))
        self.criteria = self.text_field("criteria", lambda text: self.commit("criteria", text))
        self.criteria.setPlaceholderText(
            self.tr("Go when … (what the decision is weighed against)")
        )
        self.alternatieven = self.text_field(
            "alternatieven", lambda text: self.commit("alternatieven", text)
        )
        self.alternatieven.setPlaceholderText(self.tr("What else could be chosen"))
        self.voorbereiding = self.line_field(
            "voorbereiding", lambda text: self.commit("voorbereiding", text.strip())
        )
        self.voorbereiding.setPlaceholderText(
            self.tr("e.g. the project leader with the corporation")
        )
        form.addRow(self.tr("Title"), self.titel)
        form.addRow(self.tr("Body"), self.orgaan)
        form.addRow(self.tr("Date"), self.datum)
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Fase"), self.fase)
        form.addRow(self.tr("Proposal"), self.voorstel)
        form.addRow(self.tr("Criteria"), self.criteria)
        form.addRow(self.tr("Alternatives"), self.alternatieven)
        form.addRow(self.tr("Prepared by"), self.voorbereiding)

    def fill_form(self, item: BesluitmomentData) -> None:
        self.titel.setText(item.titel)
        choices.select_data(self.orgaan, item.orgaan)
        self.datum.set_moment(item.datum)
        choices.select_data(self.type, item.type)
        choices.select_data(self.fase, item.fase)
        self.voorstel.setPlainText(item.voorstel)
        self.criteria.setPlainText(item.criteria)
        self.alternatieven.setPlainText(item.alternatieven)
        self.voorbereiding.setText(item.voorbereiding)
        self.voorbereiding.setCursorPosition(0)  # its beginning in view, as the title

    def new_fields(self) -> dict[str, object]:
        return {"type": "besluiten", "titel": self.tr("New decision moment")}

    def focus_first_field(self) -> None:
        self.titel.setFocus()
        self.titel.selectAll()
