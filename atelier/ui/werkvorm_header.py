"""The selected werkvorm at a glance: its title, onderdeel colour and the question the room sees."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from atelier.domain.records import WerkvormData
from atelier.ui.look import onderdeel_colour, onderdeel_name
from atelier.ui.theme import Scheme, follow, header_tint, scheme


class WerkvormHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("werkvormHeader")
        self.meta = QLabel(self)
        self.meta.setObjectName("werkvormMeta")
        self.title = QLabel(self)
        self.title.setObjectName("werkvormTitle")
        self.title.setWordWrap(True)
        self.question = QLabel(self)
        self.question.setObjectName("werkvormQuestion")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance = QLabel(self)
        self.guidance.setObjectName("werkvormGuidance")
        self.guidance.setWordWrap(True)
        self.looking_ahead = QLabel(
            self.tr("Looking ahead: NOT on the beamer · Esc: back to the werkvorm in the room"),
            self,
        )
        self.looking_ahead.setObjectName("lookingAhead")
        self.looking_ahead.setStyleSheet(
            "#lookingAhead { background: #8E2C1F; color: white; font-weight: 600;"
            " padding: 3px 8px; border-radius: 3px; }"
        )
        self.looking_ahead.hide()
        for label in (self.meta, self.title, self.question, self.guidance):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.looking_ahead, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.meta)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addWidget(self.guidance)
        self._werkvorm: WerkvormData | None = None
        self.show_werkvorm(None)
        follow(self, lambda _look: self.show_werkvorm(self._werkvorm))  # light ⇄ dark

    def set_looking_ahead(self, looking: bool) -> None:
        """Mark the werkvorm shown as one the room does not see (the beamer shows another)."""
        self.looking_ahead.setVisible(looking)

    def show_werkvorm(self, werkvorm: WerkvormData | None) -> None:
        self._werkvorm = werkvorm
        look = scheme()
        if werkvorm is None:
            self._style(look, look.plain_stripe, look.plain_header)
            self.meta.setText("")
            self.title.setText(self.tr("Choose a werkvorm"))
            self.question.setText(
                self.tr("Pick a werkvorm on the left to see its question and its notes.")
            )
            self.guidance.setText("")
            self.guidance.hide()
            return
        colour = onderdeel_colour(werkvorm.onderdeel).name()
        self._style(look, colour, header_tint(colour, look))
        self.meta.setText(
            self.tr("{onderdeel} · {minutes} min").format(
                onderdeel=onderdeel_name(werkvorm.onderdeel).upper(),
                minutes=werkvorm.duur_minuten,
            )
        )
        self.title.setText(werkvorm.titel)
        self.question.setText(werkvorm.vraag)
        parts = []
        if werkvorm.toelichting:
            parts.append(self.tr("Guidance: {text}").format(text=werkvorm.toelichting))
        if werkvorm.output:
            parts.append(self.tr("Result: {text}").format(text=werkvorm.output))
        self.guidance.setText("\n".join(parts))
        self.guidance.setVisible(bool(parts))
        self.guidance.setToolTip(self.guidance.text())

    def _style(self, look: Scheme, stripe: str, background: str) -> None:
        self.setStyleSheet(
            f"#werkvormHeader {{ background: {background}; border-left: 6px solid {stripe};"
            " border-radius: 3px; }"
            f" #werkvormMeta {{ color: {look.muted_text}; font-size: 9pt; font-weight: 600;"
            " letter-spacing: 0.5px; }"
            f" #werkvormTitle {{ color: {look.text}; font-size: 13pt; font-weight: 600; }}"
            f" #werkvormQuestion {{ color: {look.text}; font-size: 15pt; }}"
            f" #werkvormGuidance {{ color: {look.muted_text}; font-size: 9pt; }}"
        )
