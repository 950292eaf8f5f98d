"""The report's own texts: ambitie, kerninzichten, kaders, wijk, … A list of sections on the
left, the chosen text on the right; a text is stored when the user leaves it (and after a pause
in typing), so nothing written is lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.routemap.records import ReportTexts
from atelier.domain.routemap.vocabulary import vocabulary
from atelier.ui.routemap.operations import RoutemapOperations
from atelier.ui.routemap.routemap_steps import report_text_edit
from atelier.ui.save_while_typing import SaveWhileTyping
from atelier.ui.theme import styled

KEY_ROLE = Qt.ItemDataRole.UserRole


class ReportTextsEditor(QWidget):
    def __init__(self, operations: RoutemapOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.atelier_id: int | None = None
        self.texts = ReportTexts()
        self._section: str | None = None
        self.sections = QListWidget(self)
        self.sections.setObjectName("reportSections")
        self.sections.setAccessibleName(self.tr("Sections of the report"))
        self.sections.setMaximumWidth(240)
        for key, title in self._titles():
            item = QListWidgetItem(title)
            item.setData(KEY_ROLE, key)
            self.sections.addItem(item)
        self.sections.currentItemChanged.connect(self._section_changed)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        styled(self.hint, lambda look: f"color: {look.muted_text};")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("reportTextEdit")
        self.editor.setAccessibleName(self.tr("Text of the chosen section"))
        self.editor.textChanged.connect(self._typed)
        self._saver = SaveWhileTyping(self, self.save_current)

        self.versie = QLineEdit(self)
        self.versie.setObjectName("reportVersion")
        self.versie.setPlaceholderText(self.tr("e.g. concept — shared with participants"))
        self.versie.editingFinished.connect(self._save_versie)
        self._versie_saver = SaveWhileTyping(self, self._save_versie)
        self.versie.textEdited.connect(self._versie_saver.edited)
        self.has_date = QCheckBox(self.tr("Own report date"), self)
        self.rapportdatum = QDateEdit(self)
        self.rapportdatum.setAccessibleName(self.tr("Report date"))
        self.rapportdatum.setCalendarPopup(True)
        self.rapportdatum.setDisplayFormat("dd-MM-yyyy")
        self.rapportdatum.setDate(QDate.currentDate())
        self.has_date.toggled.connect(self._save_date)
        self.rapportdatum.dateChanged.connect(self._save_date)
        cover = QFormLayout()
        cover.addRow(self.tr("Version / status"), self.versie)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.rapportdatum)
        date_row.addStretch(1)
        cover.addRow(self.tr("Report date"), date_row)

        right = QVBoxLayout()
        right.addLayout(cover)
        right.addWidget(self.heading)
        right.addWidget(self.hint)
        right.addWidget(self.editor, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.sections)
        layout.addLayout(right, 1)
        self._filling = False
        self.sections.setCurrentRow(0)

    def _titles(self) -> list[tuple[str, str]]:
        return [
            ("ambitie", self.tr("Ambition")),
            ("kerninzichten", self.tr("Key insights")),
            ("kaders", self.tr("Background and frameworks")),
            ("wijk", self.tr("The neighbourhood")),
            ("betrokkenen", self.tr("Stakeholders and cooperation")),
            ("participatie", self.tr("Participation")),
            ("techniek", self.tr("Technology")),
            ("financien", self.tr("Finances")),
            ("open_vragen", self.tr("Open questions")),
            ("blauwdruk", self.tr("Blueprint")),
        ]

    # -- content --------------------------------------------------------------------------
    def show_texts(self, atelier_id: int, texts: ReportTexts) -> None:
        if self._saver.pending() and atelier_id == self.atelier_id:
            return  # the user is typing; what they type wins
        self.atelier_id = atelier_id
        self.texts = texts
        self._filling = True
        try:
            if not self.versie.hasFocus():
                self.versie.setText(texts.versie)
            self.has_date.setChecked(texts.rapportdatum is not None)
            self.rapportdatum.setEnabled(texts.rapportdatum is not None)
            if texts.rapportdatum is not None:
                day = texts.rapportdatum
                self.rapportdatum.setDate(QDate(day.year, day.month, day.day))
            self._load_section()
        finally:
            self._filling = False

    def select_section(self, key: str) -> None:
        for row in range(self.sections.count()):
            if self.sections.item(row).data(KEY_ROLE) == key:
                self.sections.setCurrentRow(row)
                return

    # -- saving ---------------------------------------------------------------------------
    def leave(self) -> None:
        """Its atelier is being left: store what is still being typed for it, unless the
        atelier was deleted meanwhile (nothing left to store it in; the window says so)."""
        if self.atelier_id is None:
            return
        if self._unsaved() and not self.operations.store.atelier_is_gone(self.atelier_id):
            self.save_current()
            self._save_versie()
        self._saver.stop()
        self._versie_saver.stop()
        self.atelier_id = None

    def _unsaved(self) -> bool:
        key = self._section
        typed = key is not None and getattr(self.texts, key) != self.editor.toPlainText()
        return typed or self.versie.text() != self.texts.versie

    def save_current(self) -> None:
        self._saver.stop()
        key = self._section
        if key is None or self.atelier_id is None:
            return
        text = self.editor.toPlainText()
        if getattr(self.texts, key) != text:
            before = getattr(self.texts, key)
            saved = self.operations.update_report_texts(
                self.atelier_id, seen=self.texts, **{key: text}
            )
            if saved is not None:
                self._record(saved, key, before, text, dict(self._titles())[key])

    def hideEvent(self, event) -> None:
        self.save_current()
        super().hideEvent(event)

    def _typed(self) -> None:
        if not self._filling:
            self._saver.edited()

    def _save_versie(self) -> None:
        self._versie_saver.stop()
        if self.atelier_id is not None and self.versie.text() != self.texts.versie:
            before, typed = self.texts.versie, self.versie.text()
            saved = self.operations.update_report_texts(
                self.atelier_id, seen=self.texts, versie=typed
            )
            if saved is not None:
                self._record(saved, "versie", before, typed, self.tr("Version / status"))

    def _save_date(self) -> None:
        self.rapportdatum.setEnabled(self.has_date.isChecked())
        if self._filling or self.atelier_id is None:
            return
        chosen: date | None = None
        if self.has_date.isChecked():
            picked = self.rapportdatum.date()
            chosen = date(picked.year(), picked.month(), picked.day())
        if chosen != self.texts.rapportdatum:
            before = self.texts.rapportdatum
            saved = self.operations.update_report_texts(self.atelier_id, rapportdatum=chosen)
            if saved is not None:
                self._record(saved, "rapportdatum", before, chosen, self.tr("Report date"))

    def _record(
        self, saved: ReportTexts, field: str, before: object, after: object, name: str
    ) -> None:
        """Keep ``saved`` as the texts shown, and the change as a step of the history."""
        self.texts = saved
        if self.atelier_id is None:
            return
        step = report_text_edit(
            self.operations, self.atelier_id, saved, (field, before, after), name
        )
        self.operations.history.push(self.atelier_id, step)

    def _section_changed(self, current: QListWidgetItem | None, previous: object) -> None:
        self.save_current()
        self._section = current.data(KEY_ROLE) if current is not None else None
        self._filling = True
        try:
            self._load_section()
        finally:
            self._filling = False

    def _load_section(self) -> None:
        key = self._section
        if key is None:
            return
        title = dict(self._titles())[key]
        self.heading.setText(title)
        source = vocabulary().source(key)
        if key == "ambitie":
            self.hint.setText(self.tr("Left empty, the report uses the goals from the intake."))
        elif source is not None and source.werkvormen:
            self.hint.setText(
                self.tr("Left empty, the report uses the clustered notes of: {werkvormen}.").format(
                    werkvormen=", ".join(source.werkvormen)
                )
            )
        else:
            self.hint.setText(self.tr("Left empty, the report leaves this part out."))
        text = getattr(self.texts, key)
        if self.editor.toPlainText() != text:
            self.editor.setPlainText(text)
