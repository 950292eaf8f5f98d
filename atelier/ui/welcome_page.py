"""The welcome page: start a new atelier, open a recent one, or import a file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.records import AtelierSummary
from atelier.ui.look import local_time
from atelier.ui.store import AtelierStore
from atelier.ui.theme import styled

ATELIER_ID_ROLE = Qt.ItemDataRole.UserRole


class WelcomePage(QWidget):
    newRequested = Signal()
    importRequested = Signal()
    demoRequested = Signal()
    openRequested = Signal(int)  # atelier id

    def __init__(self, store: AtelierStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        heading = self._make_heading()
        recent = self._make_recent()
        self._arrange(heading, recent)

        store.ateliersChanged.connect(self.refresh)  # the window calls refresh() when shown

    def _make_heading(self) -> QVBoxLayout:
        """The title, a line on what Atelier is for, and the three ways to begin."""
        title = QLabel(self.tr("Atelier"), self)
        title.setObjectName("welcomeTitle")
        title.setStyleSheet("#welcomeTitle { font-size: 26pt; font-weight: 600; }")
        subtitle = QLabel(
            self.tr("Plan, run and report a Vertragingsatelier towards a wijkuitvoeringsplan."),
            self,
        )
        styled(subtitle, lambda look: f"color: {look.muted_text}; font-size: 12pt;")
        subtitle.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New atelier…"), self)
        self.new_button.clicked.connect(self.newRequested)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.clicked.connect(self.importRequested)
        self.demo_button = QPushButton(self.tr("Look at the &demo atelier"), self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.demoRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        heading = QVBoxLayout()
        heading.setSpacing(10)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        heading.addSpacing(12)
        heading.addLayout(buttons)
        return heading

    def _make_recent(self) -> QVBoxLayout:
        """The recent ateliers (or a line saying there are none yet) and Open."""
        recent_label = QLabel(self.tr("Recent ateliers"), self)
        recent_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.recent = QTreeWidget(self)
        self.recent.setObjectName("recentAteliers")
        self.recent.setRootIsDecorated(False)
        self.recent.setUniformRowHeights(True)
        self.recent.setAlternatingRowColors(True)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent.setHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Municipality"),
                self.tr("Neighbourhood"),
                self.tr("Last change"),
                self.tr("Notes"),
            ]
        )
        header = self.recent.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.recent.itemActivated.connect(self._open_item)
        self.recent.itemSelectionChanged.connect(self._update_open_button)
        self.empty = QLabel(
            self.tr("No ateliers yet. Create a new atelier or import a file."), self
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        styled(self.empty, lambda look: f"color: {look.muted_text}; font-size: 12pt;")
        self._list_or_empty = QStackedWidget(self)
        self._list_or_empty.addWidget(self.recent)
        self._list_or_empty.addWidget(self.empty)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self._open_selected)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)

        block = QVBoxLayout()
        block.setSpacing(10)
        block.addWidget(recent_label)
        block.addWidget(self._list_or_empty, 1)
        block.addLayout(open_row)
        return block

    def _arrange(self, heading: QVBoxLayout, recent: QVBoxLayout) -> None:
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addLayout(heading)
        column.addSpacing(18)
        column.addLayout(recent, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 24)
        outer.addStretch(1)
        outer.addLayout(column, 12)
        outer.addStretch(1)

    def refresh(self) -> None:
        selected = self.selected_atelier()
        self.recent.clear()
        for summary in self.store.list_ateliers():
            item = self._item(summary)
            self.recent.addTopLevelItem(item)
            if summary.id == selected:
                self.recent.setCurrentItem(item)
        has_any = self.recent.topLevelItemCount() > 0
        self._list_or_empty.setCurrentWidget(self.recent if has_any else self.empty)
        if has_any and self.recent.currentItem() is None:
            self.recent.setCurrentItem(self.recent.topLevelItem(0))
        self._update_open_button()

    def selected_atelier(self) -> int | None:
        item = self.recent.currentItem()
        return None if item is None else int(item.data(0, ATELIER_ID_ROLE))

    def focus_recent(self) -> None:
        self.recent.setFocus(Qt.FocusReason.OtherFocusReason)

    def _item(self, summary: AtelierSummary) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                summary.titel,
                summary.gemeente,
                summary.wijk,
                local_time(summary.updated_at),
                str(summary.note_count),
            ]
        )
        item.setData(0, ATELIER_ID_ROLE, summary.id)
        item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(0, summary.titel)
        return item

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        self.openRequested.emit(int(item.data(0, ATELIER_ID_ROLE)))

    def _open_selected(self) -> None:
        atelier_id = self.selected_atelier()
        if atelier_id is not None:
            self.openRequested.emit(atelier_id)

    def _update_open_button(self) -> None:
        self.open_button.setEnabled(self.selected_atelier() is not None)
