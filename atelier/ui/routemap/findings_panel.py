"""The routemap check in plain Dutch: errors first, then warnings; clicking one shows what it is
about (the action on the board, the besluitmoment, or the lane)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from atelier.domain.routemap.records import Finding, Severity
from atelier.ui.look import painted_icon
from atelier.ui.routemap import style

FINDING_ROLE = Qt.ItemDataRole.UserRole
ROW_PADDING = 6


def severity_icon(severity: Severity, size: int = 14) -> QIcon:
    colour = QColor(style.ERROR if severity is Severity.ERROR else style.WARNING)

    def sign(painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(style.font(size * 0.5, bold=True))
        painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "!")

    return painted_icon(size, sign)


class FindingsList(QListWidget):
    """A list of wrapped messages whose rows grow to fit their text at the current width."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        width = max(60, self.viewport().width() - self.iconSize().width() - 16)
        metrics = self.fontMetrics()
        for row in range(self.count()):
            item = self.item(row)
            needed = metrics.boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text()
            ).height()
            item.setSizeHint(QSize(width, needed + ROW_PADDING))


class FindingsPanel(QWidget):
    actionChosen = Signal(int)
    actionOpened = Signal(int)  # double-click: open the action's editor
    besluitmomentChosen = Signal(int)
    laneChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.summary = QLabel(self)
        self.summary.setObjectName("findingsSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.list = FindingsList(self)
        self.list.setObjectName("findingsList")
        self.list.setAccessibleName(self.tr("Findings of the routemap check"))
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(14, 14))
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemDoubleClicked.connect(self._opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self._findings: list[Finding] = []
        self.show_findings([])

    def show_findings(self, findings: list[Finding]) -> None:
        self._findings = list(findings)
        self.list.clear()
        errors = sum(1 for f in findings if f.severity is Severity.ERROR)
        warnings = len(findings) - errors
        if not findings:
            self.summary.setText(self.tr("Check: no problems found."))
        elif errors and warnings:
            self.summary.setText(
                self.tr("Check: {errors} and {warnings}").format(
                    errors=self.tr("%n error(s)", "", errors),
                    warnings=self.tr("%n warning(s)", "", warnings),
                )
            )
        else:
            counted = (
                self.tr("%n error(s)", "", errors)
                if errors
                else self.tr("%n warning(s)", "", warnings)
            )
            self.summary.setText(self.tr("Check: {count}").format(count=counted))
        for finding in findings:
            item = QListWidgetItem(severity_icon(finding.severity), finding.message)
            item.setData(FINDING_ROLE, finding)
            item.setToolTip(f"{finding.severity.label}: {finding.message}")
            self.list.addItem(item)
        self.list.fit_rows()

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def messages(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        finding: Finding = item.data(FINDING_ROLE)
        if finding.action_ids:
            self.actionChosen.emit(finding.action_ids[0])
        elif finding.besluitmoment_ids:
            self.besluitmomentChosen.emit(finding.besluitmoment_ids[0])
        elif finding.lane:
            self.laneChosen.emit(finding.lane)

    def _opened(self, item: QListWidgetItem) -> None:
        finding: Finding = item.data(FINDING_ROLE)
        if finding.action_ids:
            self.actionOpened.emit(finding.action_ids[0])
