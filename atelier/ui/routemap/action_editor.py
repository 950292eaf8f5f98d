"""Editing one vervolgactie with all its fields (domain.md §4.3), new or existing.

The dialog checks what it can at once (a 'wat', readable dates) and shows the routemap check's
findings about this action; saving goes through a callback so the dialog only closes when the
change was stored. Store errors appear inside the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.routemap.records import ActionData
from atelier.domain.routemap.vocabulary import LaneSet
from atelier.services.routemap.actions import MAX_WAT
from atelier.ui.routemap import choices
from atelier.ui.routemap.action_values import ActionValues, dependency_label, parse_budget
from atelier.ui.routemap.findings_panel import severity_icon
from atelier.ui.routemap.lens_widgets import BouwsteenChecks, FaseVragen
from atelier.ui.routemap.moment_edit import MomentEdit
from atelier.ui.routemap.operations import RoutemapSnapshot
from atelier.ui.routemap.raci_fields import AddOrganisation, RaciFields, lines_edit, lines_of
from atelier.ui.save_while_typing import SaveWhileTyping
from atelier.ui.theme import styled

SaveCallback = Callable[[ActionValues], bool]
ID_ROLE = Qt.ItemDataRole.UserRole


class ActionEditor(QDialog):
    def __init__(
        self,
        snapshot: RoutemapSnapshot,
        action: ActionData | None,
        save: SaveCallback,
        *,
        lane: str | None = None,
        fase: str | None = None,
        keep_draft: Callable[[ActionValues | None], None] | None = None,
        add_organisation: AddOrganisation | None = None,
        withdraw_organisations: Callable[[list[int]], None] | None = None,
        draft: ActionValues | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._withdraw_organisations = withdraw_organisations
        self.setObjectName("actionEditor")
        self.snapshot = snapshot
        self.action = action
        self._save = save
        self.setWindowTitle(
            self.tr("Action {code}").format(code=action.code) if action else self.tr("New action")
        )
        self.setMinimumWidth(860)
        lane_set = snapshot.lane_set

        self._make_fields(snapshot, action)
        self.who = RaciFields(snapshot.atelier, self, add_organisation=add_organisation)
        self.organisation, self.rol = self.who.organisation, self.who.rol
        self.uitvoerders, self.betrokken = self.who.uitvoerders, self.who.betrokken
        self.informeren = self.who.informeren
        self._make_links(snapshot, action)
        self._make_footer(action)
        self._arrange(self._where_form(lane_set), self._links_form())

        self.onderdeel.currentIndexChanged.connect(self._fill_spoor)
        self._values = ActionValues.of(action, lane_set, lane=lane, fase=fase)
        self._show(self._values if draft is None else draft)
        self._show_findings()
        self.wat.setFocus()
        self._keep_draft = keep_draft
        self._drafts = SaveWhileTyping(self, self._write_draft)
        self._watch_edits()

    # -- building ---------------------------------------------------------------------
    def _make_fields(self, snapshot: RoutemapSnapshot, action: ActionData | None) -> None:
        self.code = QLabel(action.code if action else self.tr("(given when saved)"), self)
        self.code.setStyleSheet("font-weight: 600;")
        self.wat = QLineEdit(self)
        self.wat.setObjectName("watEdit")
        self.wat.setMaxLength(MAX_WAT)
        self.wat.setPlaceholderText(self.tr("Verb first: what has to happen?"))
        self.resultaat = lines_edit(
            self, "resultaatEdit", self.tr("What exists when it is done (a document, a decision…)")
        )
        self.onderdeel = choices.combo(self, choices.onderdeel_items(), "onderdeelCombo")
        self.spoor = choices.combo(self, [], "spoorCombo")
        self.fase = choices.combo(self, choices.fase_items(), "faseCombo")
        self.status = choices.status_combo(self, "statusCombo")
        self.start = MomentEdit(self)
        self.start.setObjectName("startEdit")
        self.deadline = MomentEdit(self)
        self.deadline.setObjectName("deadlineEdit")
        self.start.set_name(self.tr("Start"))
        self.deadline.set_name(self.tr("Deadline"))
        self.besluitmoment = choices.combo(
            self,
            [(self.tr("— none —"), None)]
            + [(choices.besluitmoment_label(b), b.id) for b in snapshot.routemap.besluitmomenten],
            "besluitmomentCombo",
        )
        self.risico = choices.combo(
            self,
            [(self.tr("— none —"), None)]
            + [(choices.risico_label(r), r.id) for r in snapshot.routemap.risicos],
            "risicoCombo",
        )
        self.budget = QLineEdit(self)
        self.budget.setObjectName("budgetEdit")
        self.budget.setPlaceholderText(self.tr("whole euros, e.g. 25.000"))
        self.dekking = QLineEdit(self)
        self.dekking.setObjectName("dekkingEdit")
        self.dekking.setPlaceholderText(self.tr("Coverage, e.g. gemeentebegroting, WIS"))
        self.blauwdruk = QCheckBox(self.tr("Generic action for the blauwdruk (reusable)"), self)
        self.blauwdruk.setObjectName("blauwdrukCheck")
        self.fase_vragen = FaseVragen(self)  # the samenwerking's questions for the fase
        self.fase.currentIndexChanged.connect(
            lambda _i: self.fase_vragen.show_fase(str(self.fase.currentData()))
        )
        self.bouwstenen = BouwsteenChecks(self)

    def _where_form(self, lane_set: LaneSet) -> QFormLayout:
        where = QFormLayout()
        where.addRow(self.tr("Code"), self.code)
        where.addRow(self.tr("What *"), self.wat)
        where.addRow(self.tr("Result"), self.resultaat)
        where.addRow(
            self.tr("Onderdeel (lane)") if lane_set.uses_onderdelen else self.tr("Onderdeel"),
            self.onderdeel,
        )
        if lane_set.uses_onderdelen:
            self.spoor.hide()  # not in the form: it must not float over it or take a Tab stop
            self.spoor.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        else:
            where.addRow(self.tr("Lane"), self.spoor)
        where.addRow(self.tr("Fase"), self.fase)
        where.addRow(self.tr("Status"), self.status)
        where.addRow(self.tr("Start"), self.start)
        where.addRow(self.tr("Deadline *"), self.deadline)
        where.addRow(self.tr("Decision moment"), self.besluitmoment)
        where.addRow(self.tr("Risk"), self.risico)
        budget_row = QHBoxLayout()
        budget_row.addWidget(QLabel("€", self))
        budget_row.addWidget(self.budget, 1)
        budget_row.addWidget(self.dekking, 2)
        where.addRow(self.tr("Budget"), budget_row)
        where.addRow("", self.blauwdruk)
        return where

    def _make_links(self, snapshot: RoutemapSnapshot, action: ActionData | None) -> None:
        self.dependencies = QListWidget(self)
        self.dependencies.setObjectName("dependencyList")
        self.dependencies.setMinimumHeight(120)
        for other in sorted(snapshot.routemap.actions, key=lambda a: a.code):
            if action is not None and other.id == action.id:
                continue
            item = QListWidgetItem(dependency_label(other))
            item.setData(ID_ROLE, other.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.dependencies.addItem(item)
        self.extern = lines_edit(
            self, "externEdit", self.tr("External conditions, e.g. Wgiw in force (one per line)")
        )
        self.herkomst = QLabel(self)
        self.herkomst.setObjectName("herkomstLabel")
        self.herkomst.setWordWrap(True)
        self.herkomst.setTextFormat(Qt.TextFormat.PlainText)
        self.herkomst.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _links_form(self) -> QFormLayout:
        links = QFormLayout()
        links.addRow(self.tr("Waits for"), self.dependencies)
        links.addRow(self.tr("Conditions"), self.extern)
        links.addRow(self.tr("Origin"), self.herkomst)
        return links

    def _make_footer(self, action: ActionData | None) -> None:
        self.findings = QListWidget(self)
        self.findings.setObjectName("actionFindings")
        self.findings.setWordWrap(True)
        self.findings.setMaximumHeight(72)
        self.problem = QLabel(self)
        self.problem.setObjectName("editorProblem")
        self.problem.setWordWrap(True)
        styled(self.problem, lambda look: f"color: {look.error_text}; font-weight: 600;")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.delete_button: QPushButton | None = None
        if action is not None:
            self.delete_button = self.buttons.addButton(
                self.tr("Delete action…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )

    def _arrange(self, where: QFormLayout, links: QFormLayout) -> None:
        left = QGroupBox(self.tr("What, where and when"), self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(where)
        left_layout.addWidget(self.fase_vragen)  # below the form: room for its questions
        left_layout.addStretch(1)  # spare height below the fields, not between them
        right_box = QWidget(self)
        right = QVBoxLayout(right_box)
        right.setContentsMargins(0, 0, 0, 0)
        links_box = QGroupBox(self.tr("Dependencies and origin"), self)
        links_box.setLayout(links)
        right.addWidget(self.who)
        right.addWidget(links_box, 1)
        right.addWidget(self.bouwstenen)
        columns = QHBoxLayout()
        columns.addWidget(left, 1)
        columns.addWidget(right_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.findings)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    # -- filling ------------------------------------------------------------------------
    def _show(self, values: ActionValues) -> None:
        self.wat.setText(values.wat)
        self.resultaat.setPlainText(values.resultaat)
        choices.select_data(self.onderdeel, values.onderdeel)
        self._fill_spoor()
        choices.select_data(self.spoor, values.spoor)
        choices.select_data(self.fase, values.fase)
        self.fase_vragen.show_fase(values.fase)
        choices.select_data(self.status, values.status)
        self.start.line.setText(values.start)
        self.deadline.line.setText(values.deadline)
        choices.select_data(self.besluitmoment, values.besluitmoment_id)
        choices.select_data(self.risico, values.risico_id)
        self.budget.setText(values.budget)
        self.dekking.setText(values.dekking)
        self.blauwdruk.setChecked(values.blauwdruk)
        self.bouwstenen.show_chosen(values.bouwstenen)
        self.who.show_people(
            values.organisation_id,
            values.rol,
            (values.uitvoerders, values.betrokken, values.informeren),
        )
        for row in range(self.dependencies.count()):
            item = self.dependencies.item(row)
            checked = item.data(ID_ROLE) in values.hangt_af_van
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.extern.setPlainText("\n".join(values.extern))
        self.herkomst.setText(values.herkomst or self.tr("Made on the routemap itself."))

    def _fill_spoor(self) -> None:
        lane_set = self.snapshot.lane_set
        if lane_set.uses_onderdelen:
            return
        chosen = self.spoor.currentData()
        standaard = lane_set.standaard.get(self.onderdeel.currentData() or "", "")
        self.spoor.blockSignals(True)
        self.spoor.clear()
        self.spoor.addItem(
            self.tr("Default: {lane}").format(lane=choices.lane_name(lane_set, standaard)), None
        )
        for text, key in choices.lane_items(lane_set):
            self.spoor.addItem(text, key)
        choices.select_data(self.spoor, chosen)
        self.spoor.blockSignals(False)

    def _show_findings(self) -> None:
        self.findings.clear()
        if self.action is not None:
            for finding in self.snapshot.findings:
                if self.action.id in finding.action_ids:
                    self.findings.addItem(
                        QListWidgetItem(severity_icon(finding.severity), finding.message)
                    )
        self.findings.setVisible(self.findings.count() > 0)

    # -- reading --------------------------------------------------------------------------
    def values(self) -> ActionValues:
        checked = tuple(
            self.dependencies.item(row).data(ID_ROLE)
            for row in range(self.dependencies.count())
            if self.dependencies.item(row).checkState() == Qt.CheckState.Checked
        )
        return ActionValues(
            wat=self.wat.text().strip(),
            resultaat=self.resultaat.toPlainText(),
            onderdeel=self.onderdeel.currentData(),
            spoor=(
                self._values.spoor
                if self.snapshot.lane_set.uses_onderdelen
                else self.spoor.currentData()
            ),
            fase=self.fase.currentData(),
            status=self.status.currentData(),
            start=self.start.text(),
            deadline=self.deadline.text(),
            besluitmoment_id=self.besluitmoment.currentData(),
            risico_id=self.risico.currentData(),
            budget=self.budget.text().strip(),
            dekking=self.dekking.text(),
            blauwdruk=self.blauwdruk.isChecked(),
            organisation_id=self.organisation.currentData(),
            rol=self.rol.currentText().strip(),
            uitvoerders=lines_of(self.uitvoerders),
            betrokken=lines_of(self.betrokken),
            informeren=lines_of(self.informeren),
            hangt_af_van=checked,
            extern=lines_of(self.extern),
            herkomst=self._values.herkomst,
            bouwstenen=self.bouwstenen.chosen(),
        )

    def original(self) -> ActionValues:
        return self._values

    def local_problem(self) -> str | None:
        """What the dialog can tell is wrong before saving (the services check the rest)."""
        for label, field in ((self.tr("Start"), self.start), (self.tr("Deadline"), self.deadline)):
            if (problem := field.problem()) is not None:
                return f"{label}: {problem}"
        try:
            parse_budget(self.budget.text())
        except ValueError:
            return self.tr("Budget: write a whole number of euros, e.g. 25.000.")
        return None

    # -- saving ---------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def accept(self) -> None:
        problem = self.local_problem()
        if problem is not None:
            self.show_error(problem)
            return
        self.problem.hide()
        self._drafts.flush()
        if self._save(self.values()):
            self._end_draft()
            super().accept()

    def reject(self) -> None:
        """Cancel (button, Escape, closing the dialog): what was typed is dropped, draft too,
        and so are organisations added here as a new owner."""
        self._end_draft()
        if self.who.added_organisations and self._withdraw_organisations is not None:
            self._withdraw_organisations(self.who.added_organisations)
        super().reject()

    def close_keeping_draft(self) -> None:
        """Closed by the app, not by the user (another atelier or action is opened): what was
        typed stays in the draft and comes back when this atelier's routemap opens again."""
        self._drafts.flush()
        self._drafts.stop()
        super().reject()

    # -- the draft ------------------------------------------------------------------------
    def _watch_edits(self) -> None:
        """Every change the user makes to a field schedules the draft (SaveWhileTyping)."""
        for line in self.findChildren(QLineEdit):
            line.textEdited.connect(self._drafts.edited)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._drafts.edited)
        for combo in self.findChildren(QComboBox):
            combo.activated.connect(self._drafts.edited)
            combo.editTextChanged.connect(self._drafts.edited)
        self.blauwdruk.toggled.connect(self._drafts.edited)
        self.bouwstenen.on_toggled(self._drafts.edited)
        self.dependencies.itemChanged.connect(self._drafts.edited)

    def _write_draft(self) -> None:
        if self._keep_draft is not None:
            self._keep_draft(self.values())

    def _end_draft(self) -> None:
        self._drafts.stop()
        if self._keep_draft is not None:
            self._keep_draft(None)
