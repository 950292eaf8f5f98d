"""Editing one werkvorm of the atelier's programme: title, onderdeel, duration, question,
guidance for the facilitator and expected output. Every change is stored at once."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from atelier.domain.programme import MAX_WERKVORM_MINUTES
from atelier.domain.records import WerkvormData
from atelier.domain.reference import onderdelen
from atelier.services import programme_edit
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.history.field_edit import FieldEdit, Write, field_writer, step_name
from atelier.ui.intake.field_binding import TextBinding
from atelier.ui.look import onderdeel_icon
from atelier.ui.store import AtelierStore


class WerkvormEditor(QWidget):
    def __init__(
        self,
        store: AtelierStore,
        atelier_id: int,
        history: EditHistory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.atelier_id = atelier_id
        self.history = history
        self.werkvorm_id: int | None = None
        self._shown: WerkvormData | None = None
        self.titel = QLineEdit(self)
        self.titel.setObjectName("werkvormTitel")
        self.titel.setMaxLength(programme_edit.MAX_WERKVORM_TITLE)
        self.onderdeel = QComboBox(self)
        self.onderdeel.setObjectName("werkvormOnderdeel")
        for item in onderdelen():
            self.onderdeel.addItem(onderdeel_icon(item.key), item.naam, item.key)
        self.onderdeel.activated.connect(
            lambda index: self._choose("onderdeel", str(self.onderdeel.itemData(index)))
        )
        self.duur = QSpinBox(self)
        self.duur.setObjectName("werkvormDuur")
        self.duur.setRange(1, MAX_WERKVORM_MINUTES)
        self.duur.setSuffix(self.tr(" min"))
        self.duur.setSingleStep(5)
        self.duur.setKeyboardTracking(False)
        self.duur.valueChanged.connect(lambda minutes: self._choose("duur_minuten", minutes))
        self._build_texts()
        self.bindings = self._bindings()
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Title:"), self.titel)
        self.form.addRow(self.tr("&Onderdeel:"), self.onderdeel)
        self.form.addRow(self.tr("&Duration:"), self.duur)
        self.form.addRow(self.tr("&Question:"), self.vraag)
        self.form.addRow(self.tr("&Guidance:"), self.toelichting)
        self.form.addRow(self.tr("O&utput:"), self.output)
        self.form.addRow(self.tr("&Materials:"), self.materialen)
        self.form.addRow(self.tr("&Led by:"), self.begeleiding)
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
        services.edit_conflicts); each save a step of the atelier's undo history."""
        widgets: dict[str, QLineEdit | QPlainTextEdit] = {
            "titel": self.titel,
            "vraag": self.vraag,
            "toelichting": self.toelichting,
            "output": self.output,
            "materialen": self.materialen,
            "begeleiding": self.begeleiding,
        }
        bindings = {}
        for field, widget in widgets.items():
            binding = TextBinding(
                widget,
                lambda value, seen, name=field: self._write_shown(name, value, seen),
                required=field == "titel",
                stored_as=str.strip if field == "titel" else str,
            )
            binding.stored.connect(
                lambda before, after, name=field: self._record(name, before, after)
            )
            bindings[field] = binding
        return bindings

    def show_werkvorm(self, werkvorm: WerkvormData | None) -> None:
        """Show ``werkvorm``; another one than before replaces every field, even the one with
        the focus (what was typed there was stored for the werkvorm it belonged to)."""
        another = werkvorm is None or werkvorm.id != self.werkvorm_id
        if another:
            self.flush()
        self.werkvorm_id = werkvorm.id if werkvorm else None
        self._shown = werkvorm
        self.setEnabled(werkvorm is not None)
        for field, binding in self.bindings.items():
            value = getattr(werkvorm, field) if werkvorm else ""
            if another:
                binding.show_stored(value)
            else:
                binding.set_value(value)
        self.onderdeel.setCurrentIndex(
            max(0, self.onderdeel.findData(werkvorm.onderdeel)) if werkvorm else 0
        )
        if another or not self.duur.hasFocus():
            self.duur.blockSignals(True)
            self.duur.setValue(werkvorm.duur_minuten if werkvorm else 1)
            self.duur.blockSignals(False)

    def flush(self) -> None:
        for binding in self.bindings.values():
            binding.flush()

    def _write_shown(self, field: str, value: object, seen: object) -> bool:
        """Store ``field`` of the werkvorm shown now."""
        write = self._writer(field)
        return write is not None and write(value, seen)

    def _writer(self, field: str) -> Write | None:
        """How to store ``field`` of the werkvorm shown now (also later, for undo)."""
        if self.werkvorm_id is None:
            return None
        update = programme_edit.update_werkvorm
        return field_writer(self.store, self.atelier_id, update, self.werkvorm_id, field)

    def _choose(self, field: str, value: object) -> None:
        """A choice (onderdeel, duration) stored at once, as a step of the history."""
        if self._shown is None or getattr(self._shown, field) == value:
            return
        before = getattr(self._shown, field)
        if self._write_shown(field, value, before):
            self._shown = replace(self._shown, **{field: value})
            self._record(field, before, value)

    def _record(self, field: str, before: object, after: object) -> None:
        write, werkvorm_id = self._writer(field), self.werkvorm_id
        if write is None:
            return
        choices: dict[str, QWidget] = {"onderdeel": self.onderdeel, "duur_minuten": self.duur}
        widget = self.bindings[field].widget if field in self.bindings else choices[field]
        label = self.form.labelForField(widget)
        name = step_name(label.text() if isinstance(label, QLabel) else field)

        def shown(value: object) -> None:
            if self.werkvorm_id == werkvorm_id:
                self._put(field, value)

        place = ("werkvorm", werkvorm_id, field)
        self.history.push(self.atelier_id, FieldEdit(name, place, write, before, after, shown))

    def _put(self, field: str, value: object) -> None:
        """An undone or redone value in its field, even one that has the focus."""
        if self._shown is not None:
            self._shown = replace(self._shown, **{field: value})
        if field in self.bindings:
            self.bindings[field].show_stored(str(value))
        elif field == "onderdeel":
            self.onderdeel.setCurrentIndex(max(0, self.onderdeel.findData(value)))
        else:
            self.duur.blockSignals(True)
            self.duur.setValue(int(str(value)))
            self.duur.blockSignals(False)
