"""The capture bar under the wall: which onderdeel (colour) and organisation the next notes get,
and the field to type them in.

Ctrl+1…5 picks the onderdeel, Alt+1…9 the organisation (Alt+0: none); both work from anywhere
on the board and stay visible here: the field takes the colour of the chosen onderdeel.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.records import OrganisationData
from atelier.domain.reference import onderdelen
from atelier.ui.board.capture_field import CaptureField
from atelier.ui.theme import Scheme, styled

MAX_ORGANISATION_KEYS = 9


class CaptureBar(QWidget):
    captured = Signal(str)
    linesPasted = Signal(list)
    choiceChanged = Signal()

    def __init__(self, shortcut_scope: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureBar")
        self.field = self._make_field()
        chips = self._make_chips(shortcut_scope)
        self._make_organisation(shortcut_scope, chips)
        hint = QLabel(
            self.tr(
                "Ctrl+1…5 onderdeel · Alt+1…9 organisation · F2 edit · Del delete · Ctrl+G group"
            ),
            self,
        )
        styled(hint, lambda look: f"color: {look.muted_text};")
        self._footer = QHBoxLayout()
        self._footer.setContentsMargins(0, 0, 0, 0)
        self._footer.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(chips)
        layout.addWidget(self.field)
        layout.addLayout(self._footer)
        self.set_organisations([])
        self.set_onderdeel(self._keys[0])

    # -- building -------------------------------------------------------------------------
    def _make_field(self) -> CaptureField:
        field = CaptureField(self)
        field.setPlaceholderText(
            self.tr(
                "Type a note and press Enter · Shift+Enter: new line · paste lines: one note each"
            )
        )
        field.submitted.connect(self.captured)
        field.linesPasted.connect(self.linesPasted)
        return field

    def _make_chips(self, shortcut_scope: QWidget) -> QHBoxLayout:
        """One chip per onderdeel (Ctrl+1…5) for the next notes."""
        self._chips = QButtonGroup(self)
        self._chips.setExclusive(True)
        chips = QHBoxLayout()
        chips.setSpacing(4)
        self._keys: list[str] = []
        for number, item in enumerate(onderdelen(), start=1):
            chip = QToolButton(self)
            chip.setObjectName(f"onderdeelChip_{item.key}")
            chip.setText(f"{number}  {item.naam}")
            chip.setCheckable(True)
            chip.setToolTip(
                self.tr("Notes from now on: {name} (Ctrl+{number})").format(
                    name=item.naam, number=number
                )
            )
            styled(chip, lambda look, kleur=item.kleur: _chip_style(kleur, look))
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._chips.addButton(chip, number - 1)
            chips.addWidget(chip)
            self._keys.append(item.key)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), shortcut_scope)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda index=number - 1: self._pick_onderdeel(index))
        self._chips.idClicked.connect(self._pick_onderdeel)
        return chips

    def _make_organisation(self, shortcut_scope: QWidget, chips: QHBoxLayout) -> None:
        """The author of the next notes (Alt+1…9, Alt+0: none), after the chips."""
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("captureOrganisation")
        self.organisation.setMinimumContentsLength(18)
        self.organisation.setToolTip(self.tr("Author of the next notes (Alt+1…9, Alt+0: none)"))
        self.organisation.currentIndexChanged.connect(lambda _i: self.choiceChanged.emit())
        for number in range(MAX_ORGANISATION_KEYS + 1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), shortcut_scope)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda index=number: self._pick_organisation(index))
        chips.addStretch(1)
        by = QLabel(self.tr("Author:"), self)
        by.setBuddy(self.organisation)
        chips.addWidget(by)
        chips.addWidget(self.organisation)

    # -- the choice for the next notes ----------------------------------------------------
    def onderdeel(self) -> str:
        return self._keys[max(self._chips.checkedId(), 0)]

    def set_onderdeel(self, key: str) -> None:
        if key in self._keys:
            self._pick_onderdeel(self._keys.index(key))

    def organisation_id(self) -> int | None:
        return self.organisation.currentData()

    def set_organisations(self, organisations: Sequence[OrganisationData]) -> None:
        keep = self.organisation_id()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("No organisation"), None)
        for number, organisation in enumerate(organisations, start=1):
            prefix = f"{number}  " if number <= MAX_ORGANISATION_KEYS else ""
            self.organisation.addItem(prefix + organisation.name, organisation.id)
        index = self.organisation.findData(keep)
        self.organisation.setCurrentIndex(max(index, 0))
        self.organisation.blockSignals(False)

    def add_footer_widget(self, widget: QWidget) -> None:
        """Put ``widget`` at the right of the key hints under the field."""
        self._footer.addWidget(widget)

    def clear_text(self) -> None:
        self.field.clear()

    def _pick_onderdeel(self, index: int) -> None:
        button = self._chips.button(index)
        if button is None:
            return
        button.setChecked(True)
        key = self._keys[index]
        colour = next(o.kleur for o in onderdelen() if o.key == key)
        self.field.set_colour(QColor(colour).lighter(112))
        self.choiceChanged.emit()

    def _pick_organisation(self, index: int) -> None:
        if index < self.organisation.count():
            self.organisation.setCurrentIndex(index)


def _chip_style(colour: str, look: Scheme) -> str:
    """An onderdeel's chip: dark text on its colour; chosen, a frame in the window's text
    colour (dark on a light window, light on a dark one)."""
    edge = QColor(colour).darker(135).name()
    return (
        f"QToolButton {{ background: {colour}; border: 2px solid {colour}; border-radius: 4px;"
        " padding: 3px 8px; color: #25282C; }"
        f" QToolButton:checked {{ border: 2px solid {look.text}; font-weight: bold; }}"
        f" QToolButton:hover {{ border-color: {edge}; }}"
    )
