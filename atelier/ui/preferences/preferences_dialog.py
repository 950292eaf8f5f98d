"""The preferences: the interface language (applied at the next start), the timer's beep, the
beamer's look, whether it names the organisations, and its screen. Everything is kept in the one
settings class (``ui/settings.py``); OK stores it, Cancel leaves it as it was."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from atelier.ui.beamer.beamer_presenter import describe
from atelier.ui.run_controller import THEMES
from atelier.ui.settings import UiSettings

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}  # each in its own language


class PreferencesDialog(QDialog):
    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        for key, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, key)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.stored_language())))
        self.restart_note = QLabel(self.tr("A new language is used from the next start."), self)
        self.restart_note.setWordWrap(True)
        self.sound = QCheckBox(self.tr("Beep when the timer is up"), self)
        self.sound.setChecked(settings.timer_sound())
        self.theme = QComboBox(self)
        labels = {"standaard": self.tr("Standard (dark)"), "contrast": self.tr("High contrast")}
        for key in THEMES:
            self.theme.addItem(labels.get(key, key), key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.beamer_theme(THEMES))))
        self.authors = QCheckBox(self.tr("Show organisation names on the beamer"), self)
        self.authors.setChecked(settings.beamer_shows_authors())
        self.screen = QComboBox(self)
        self.screen.addItem(self.tr("Automatic (a screen other than this one)"), "")
        screens = describe(list(QGuiApplication.screens()))
        for number, info in enumerate(screens, start=1):
            self.screen.addItem(info.describe(number), info.name)
        self.screen.setCurrentIndex(max(0, self.screen.findData(settings.beamer_screen() or "")))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("Timer:"), self.sound)
        form.addRow(self.tr("Beamer &look:"), self.theme)
        form.addRow("", self.authors)
        form.addRow(self.tr("Beamer &screen:"), self.screen)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Store the choices (the room follows them at once: ``PreferencesFeature``)."""
        self.settings.set_language(str(self.language.currentData()))
        self.settings.set_timer_sound(self.sound.isChecked())
        self.settings.set_beamer_theme(str(self.theme.currentData()))
        self.settings.set_beamer_shows_authors(self.authors.isChecked())
        self.settings.set_beamer_screen(str(self.screen.currentData() or ""))
        self.settings.sync()
        super().accept()
