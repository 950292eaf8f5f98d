"""Search and filter the wall by text, onderdeel and organisation; notes that do not match are
dimmed, or hidden when "Hide others" is on."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from atelier.domain.records import NoteData, OrganisationData
from atelier.domain.reference import onderdelen
from atelier.ui.board.board_scene import NoteMatcher
from atelier.ui.look import onderdeel_icon

NO_ORGANISATION = -1


class FilterBar(QWidget):
    filterChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("boardSearch")
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setPlaceholderText(self.tr("Search notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.search.setMaximumWidth(260)
        self.onderdeel = QComboBox(self)
        self.onderdeel.setObjectName("filterOnderdeel")
        self.onderdeel.addItem(self.tr("All onderdelen"), None)
        for item in onderdelen():
            self.onderdeel.addItem(onderdeel_icon(item.key), item.naam, item.key)
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("filterOrganisation")
        self.organisation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organisation.setMinimumContentsLength(10)
        self.hide_others = QCheckBox(self.tr("Hide others"), self)
        self.hide_others.setToolTip(
            self.tr("Hide the notes that do not match, instead of dimming them")
        )
        self.hide_others.setObjectName("filterHide")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.onderdeel)
        layout.addWidget(self.organisation)
        layout.addWidget(self.hide_others)
        self.set_organisations([])
        self.search.textChanged.connect(lambda _t: self.filterChanged.emit())
        self.onderdeel.currentIndexChanged.connect(lambda _i: self.filterChanged.emit())
        self.organisation.currentIndexChanged.connect(lambda _i: self.filterChanged.emit())
        self.hide_others.toggled.connect(lambda _b: self.filterChanged.emit())

    def set_organisations(self, organisations: Sequence[OrganisationData]) -> None:
        keep = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("All organisations"), None)
        for organisation in organisations:
            self.organisation.addItem(organisation.name, organisation.id)
        self.organisation.addItem(self.tr("Without organisation"), NO_ORGANISATION)
        self.organisation.setCurrentIndex(max(self.organisation.findData(keep), 0))
        self.organisation.blockSignals(False)

    def hide_filtered(self) -> bool:
        return self.hide_others.isChecked()

    def matcher(self) -> NoteMatcher | None:
        """A test for notes, or None when nothing is filtered."""
        words = self.search.text().casefold().split()
        onderdeel = self.onderdeel.currentData()
        organisation = self.organisation.currentData()
        if not words and onderdeel is None and organisation is None:
            return None

        def matches(note: NoteData, author: str) -> bool:
            if onderdeel is not None and note.onderdeel != onderdeel:
                return False
            if organisation is not None:
                wanted = None if organisation == NO_ORGANISATION else organisation
                if note.author_organisation_id != wanted:
                    return False
            if words:
                haystack = f"{note.text}\n{author}".casefold()
                return all(word in haystack for word in words)
            return True

        return matches

    def count_text(self, matching: int | None, total: int) -> str:
        if matching is None:
            return self.tr("%n note(s)", "", total)
        return self.tr("{matching} of {total} match").format(matching=matching, total=total)
