"""Editing one werkvorm of the atelier's programme: title, onderdeel, duration, question,
guidance for the facilitator and expected output. Every change is stored at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from atelier.domain.programme import MAX_WERKVORM_MINUTES
from atelier.domain.records import WerkvormData
from atelier.domain.reference import onderdelen
from atelier.services import programme_edit
from atelier.ui.intake.field_binding import TextBinding
from atelier.ui.look import onderdeel_icon
from atelier.ui.store import AtelierStore


class WerkvormEditor(QWidget):
    def __init__(self, store: AtelierStore, atelier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.atelier_id = atelier_id
        self.werkvorm_id: int | None = None
        self.titel = QLineEdit(self)
        self.titel.setObjectName("werkvormTitel")
        self.titel.setMaxLength(programme_edit.MAX_WERKVORM_TITLE)
        self.onderdeel = QComboBox(self)
        self.onderdeel.setObjectName("werkvormOnderdeel")
        for item in onderdelen():
            self.onderdeel.addItem(onderdeel_icon(item.key), item.naam, item.key)
        self.onderdeel.activated.connect(
            lambda index: self._save(onderdeel=str(self.onderdeel.itemData(index)))
        )
        self.duur = QSpinBox(self)
        self.duur.setObjectName("werkvormDuur")
        self.duur.setRange(1, MAX_WERKVORM_MINUTES)
        self.duur.setSuffix(self.tr(" min"))
        self.duur.setSingleStep(5)
        self.duur.setKeyboardTracking(False)
        self.duur.valueChanged.connect(self._duration_changed)
        self._build_texts()
        self.bindings = self._bindings()
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.titel)
        form.addRow(self.tr("&Onderdeel:"), self.onderdeel)
        form.addRow(self.tr("&Duration:"), self.duur)
        form.addRow(self.tr("&Question:"), self.vraag)
        form.addRow(self.tr("&Guidance:"), self.toelichting)
        form.addRow(self.tr("O&utput:"), self.output)
        form.addRow(self.tr("&Materials:"), self.materialen)
        form.addRow(self.tr("&Led by:"), self.begeleiding)
        self.setEnabled(False)

    def _build_texts(self) -> None:
        """The text fields: question, guidance, output, materials and who leads."""
        self.vraag = QPlainTextEdit(self)
        self.vraag.setObjectName("werkvormVraag")
        self.vraag.setTabChangesFocus(True)
        self.vraag.setPlaceholderText(self.tr("The question the room sees on the beamer"))
        self.toelichting = QPlainTextEdit(self)
        self.toelichting.setTabChangesFocus(True)
        self.toelichting.setPlaceholderText(self.tr("How to run it (only you see this)"))
        self.output = QLineEdit(self)
        self.output.setPlaceholderText(self.tr("What the werkvorm should produce"))
        self.materialen = QLineEdit(self)
        self.materialen.setObjectName("werkvormMaterialen")
        self.materialen.setPlaceholderText(
            self.tr("What to bring and set out (the printed draaiboek)")
        )
        self.begeleiding = QLineEdit(self)
        self.begeleiding.setObjectName("werkvormBegeleiding")
        self.begeleiding.setMaxLength(programme_edit.MAX_DAGDEEL_TEXT)
        self.begeleiding.setPlaceholderText(self.tr("Who leads it, e.g. Eva; the alderman opens"))

    def _bindings(self) -> dict[str, TextBinding]:
        """Each text field stored while it is typed (with what it last held: see
        services.edit_conflicts)."""
        return {
            "titel": TextBinding(
                self.titel,
                lambda v, seen: self._save(titel=v, seen=seen),
                required=True,
                stored_as=str.strip,
            ),
            "vraag": TextBinding(self.vraag, lambda v, seen: self._save(vraag=v, seen=seen)),
            "toelichting": TextBinding(
                self.toelichting, lambda v, seen: self._save(toelichting=v, seen=seen)
            ),
            "output": TextBinding(self.output, lambda v, seen: self._save(output=v, seen=seen)),
            "materialen": TextBinding(
                self.materialen, lambda v, seen: self._save(materialen=v, seen=seen)
            ),
            "begeleiding": TextBinding(
                self.begeleiding, lambda v, seen: self._save(begeleiding=v, seen=seen)
            ),
        }

    def show_werkvorm(self, werkvorm: WerkvormData | None) -> None:
        if werkvorm is None or werkvorm.id != self.werkvorm_id:
            self.flush()
        self.werkvorm_id = werkvorm.id if werkvorm else None
        self.setEnabled(werkvorm is not None)
        for field, binding in self.bindings.items():
            binding.set_value(getattr(werkvorm, field) if werkvorm else "")
        self.onderdeel.setCurrentIndex(
            max(0, self.onderdeel.findData(werkvorm.onderdeel)) if werkvorm else 0
        )
        if not self.duur.hasFocus() or werkvorm is None:
            self.duur.blockSignals(True)
            self.duur.setValue(werkvorm.duur_minuten if werkvorm else 1)
            self.duur.blockSignals(False)

    def flush(self) -> None:
        for binding in self.bindings.values():
            binding.flush()

    def _duration_changed(self, minutes: int) -> None:
        self._save(duur_minuten=minutes)

    def _save(self, seen: str | None = None, **changes: object) -> bool:
        """Store one field; ``seen``: its text as this editor last knew it stored."""
        werkvorm_id = self.werkvorm_id
        if werkvorm_id is None:
            return False
        known = {name: seen for name in changes} if seen is not None else None
        done = self.store.write(
            lambda s: programme_edit.update_werkvorm(s, werkvorm_id, known, **changes),  # type: ignore[arg-type]
            atelier=self.atelier_id,
        )
        return done is not None
