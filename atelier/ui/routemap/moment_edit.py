"""A field for a moment on the routemap: a date (15-03-2027) or a quarter (Q3 2027), typed or
picked from a calendar; what cannot be read is marked at once with the Dutch explanation."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from atelier.domain.routemap.moment import Moment, MomentError, parse_optional
from atelier.ui.theme import Scheme, scheme


def _invalid_style(look: Scheme) -> str:
    return (
        f"QLineEdit {{ border: 1px solid {look.error_text}; background: {look.invalid_field};"
        f" color: {look.text}; }}"
    )


class MomentEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("e.g. 15-03-2027 or Q3 2027"))
        self.line.setMaxLength(40)
        self.line.textChanged.connect(self._text_changed)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("📅")
        self.calendar_button.setToolTip(self.tr("Pick a date"))
        # Typing the date is the keyboard's way; the button is for the mouse (no Tab stop).
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_name(self, name: str) -> None:
        """What a screen reader calls the field (its form label, which labels only this
        container)."""
        self.line.setAccessibleName(name)

    def set_moment(self, moment: Moment | None) -> None:
        self.line.setText(moment.label if moment is not None else "")

    def text(self) -> str:
        return self.line.text().strip()

    def moment(self) -> Moment | None:
        """The moment typed, or None when empty or unreadable (see ``problem``)."""
        try:
            return parse_optional(self.text())
        except MomentError:
            return None

    def problem(self) -> str | None:
        """The Dutch explanation when the text is not a date or quarter."""
        try:
            parse_optional(self.text())
        except MomentError as error:
            return str(error)
        return None

    def _text_changed(self) -> None:
        problem = self.problem()
        self.line.setStyleSheet(_invalid_style(scheme()) if problem else "")
        self.line.setToolTip(problem or "")
        self.changed.emit()

    def _prepare_calendar(self) -> None:
        moment = self.moment()
        if moment is not None:
            first = moment.first
            self.calendar.setSelectedDate(QDate(first.year, first.month, first.day))
        else:
            self.calendar.setSelectedDate(QDate.currentDate())

    def _picked(self, chosen: QDate) -> None:
        self.line.setText(chosen.toString("dd-MM-yyyy"))
        menu = self.calendar_button.menu()
        if menu is not None:
            menu.close()
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)
