"""Before the routemap PDF is made: where it goes, and its options (final or concept, A3
poster, no names). A final version with open findings is only made when the facilitator says
so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from atelier.report.data import ReportOptions
from atelier.translation import current_language
from atelier.ui.theme import styled

# Each language in its own name, as a language menu shows them.
REPORT_LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


class ExportOptionsDialog(QDialog):
    def __init__(
        self, suggested: Path, open_findings: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.open_findings = open_findings
        self.setObjectName("exportOptionsDialog")
        self.setWindowTitle(self.tr("Export routemap (PDF)"))
        self.setMinimumWidth(560)
        self.path = QLineEdit(str(suggested), self)
        self.path.setObjectName("exportPath")
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self._make_checks()
        explanation = QLabel(
            self.tr(
                "The report is made in the background; you can keep working. Without names, "
                "people appear by their organisation only."
            ),
            self,
        )
        explanation.setWordWrap(True)
        styled(explanation, lambda look: f"color: {look.muted_text};")
        form = QFormLayout()
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.tr("Report language"), self.language)
        form.addRow("", self.final)
        form.addRow("", self.a3)
        form.addRow("", self.poster)
        form.addRow("", self.word)
        form.addRow("", self.no_names)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(buttons)

    def _make_checks(self) -> None:
        """The report's options and the files made beside it."""
        self.a3 = QCheckBox(self.tr("Routemap on an A3 page, to print as a poster"), self)
        self.a3.setObjectName("a3Check")
        self.poster = QCheckBox(
            self.tr("Also the routemap as a poster: an A3 file of its own, beside the report"),
            self,
        )
        self.poster.setObjectName("posterCheck")
        self.word = QCheckBox(
            self.tr(
                "Also as a Word document (.docx), to bring into your house style and publish "
                "accessibly"
            ),
            self,
        )
        self.word.setObjectName("wordCheck")
        self.no_names = QCheckBox(self.tr("Leave out participants' names (privacy)"), self)
        self.no_names.setObjectName("noNamesCheck")
        self.final = QCheckBox(
            self.tr("Final version, for the council (without the check's findings)"), self
        )
        self.final.setObjectName("finalCheck")
        self.language = QComboBox(self)
        self.language.setObjectName("reportLanguage")
        self.language.setAccessibleName(self.tr("Report language"))
        self.language.setToolTip(
            self.tr(
                "The report's own words in this language; what the participants wrote stays "
                "as they wrote it."
            )
        )
        for code, name in REPORT_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def poster_target(self) -> Path | None:
        """Where the poster goes (beside the report: "… (poster).pdf"); None: no poster."""
        if not self.poster.isChecked():
            return None
        target = self.target()
        return target.with_name(f"{target.stem} (poster){target.suffix}")

    def word_target(self) -> Path | None:
        """Where the Word version goes (beside the report: "… .docx"); None: none."""
        return self.target().with_suffix(".docx") if self.word.isChecked() else None

    def options(self) -> ReportOptions:
        return ReportOptions(
            a3_routemap=self.a3.isChecked(),
            names=not self.no_names.isChecked(),
            final=self.final.isChecked(),
            language=str(self.language.currentData()),
        )

    def accept(self) -> None:
        if not self.path.text().strip():
            return
        if self.final.isChecked() and self.open_findings and not self._final_anyway():
            return
        super().accept()

    def _final_anyway(self) -> bool:
        """The check still finds things: make the final version anyway?"""
        answer = QMessageBox.question(
            self,
            self.tr("Final version"),
            self.tr(
                "The routemap check still finds %n point(s) (see the panel beside the "
                "routemap). A final version leaves them out. Make the final version anyway?",
                "",
                self.open_findings,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save routemap as"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            self.path.setText(chosen)
