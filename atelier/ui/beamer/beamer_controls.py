"""The facilitator's beamer controls: show/hide, pause, screen, theme, which notes, names."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.reference import onderdelen
from atelier.ui.beamer.beamer_presenter import BeamerPresenter
from atelier.ui.look import onderdeel_icon
from atelier.ui.run_controller import THEMES, RunController


class BeamerControls(QWidget):
    def __init__(
        self,
        controller: RunController,
        presenter: BeamerPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.presenter = presenter
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("beamerShow")
        self.show_button.setCheckable(True)
        self.show_button.clicked.connect(presenter.toggle)
        self.pause_button = QPushButton(self)
        self.pause_button.setObjectName("beamerPause")
        self.pause_button.setCheckable(True)
        self.pause_button.clicked.connect(controller.toggle_beamer_pause)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.screen_choice = QComboBox(self)
        self.screen_choice.activated.connect(self._screen_chosen)
        self.theme_choice = QComboBox(self)
        labels = {"standaard": self.tr("Standard (dark)"), "contrast": self.tr("High contrast")}
        for key in THEMES:
            self.theme_choice.addItem(labels[key], key)
        self.theme_choice.activated.connect(
            lambda index: controller.set_theme(self.theme_choice.itemData(index))
        )
        self.filter_choice = QComboBox(self)
        self.filter_choice.addItem(self.tr("All onderdelen"), None)
        for item in onderdelen():
            self.filter_choice.addItem(onderdeel_icon(item.key), item.naam, item.key)
        self.filter_choice.activated.connect(
            lambda index: controller.set_notes_filter(self.filter_choice.itemData(index))
        )
        self.show_notes = QCheckBox(self.tr("Show the notes"), self)
        self.show_notes.toggled.connect(controller.set_show_notes)
        self.show_authors = QCheckBox(self.tr("Show organisation names"), self)
        self.show_authors.toggled.connect(controller.set_show_authors)

        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.pause_button)
        form = QFormLayout()
        form.addRow(self.tr("Screen:"), self.screen_choice)
        form.addRow(self.tr("Look:"), self.theme_choice)
        form.addRow(self.tr("Notes:"), self.filter_choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(self.show_notes)
        layout.addWidget(self.show_authors)
        controller.beamerChanged.connect(self.refresh)
        presenter.visibilityChanged.connect(self.refresh)
        presenter.placementChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        visible = self.presenter.is_visible()
        self.show_button.setChecked(visible)
        self.show_button.setText(
            self.tr("Hide beamer (F5)") if visible else self.tr("Show beamer (F5)")
        )
        paused = self.controller.beamer_paused
        self.pause_button.setChecked(paused)
        self.pause_button.setText(
            self.tr("Resume beamer (F7)") if paused else self.tr("Pause beamer (F7)")
        )
        self.screen_choice.blockSignals(True)
        self.screen_choice.clear()
        for number, (_screen, info) in enumerate(self.presenter.screens(), start=1):
            self.screen_choice.addItem(info.describe(number), info.name)
        index = self.screen_choice.findData(self.presenter.screen_name())
        self.screen_choice.setCurrentIndex(max(0, index))
        self.screen_choice.blockSignals(False)
        if not self.presenter.has_own_screen():
            self.where.setText(
                self.tr("No second screen: the beamer view covers this screen (F5 hides it).")
            )
        elif visible:
            self.where.setText(
                self.tr("Beamer view on {screen}.").format(screen=self.screen_choice.currentText())
            )
        else:
            self.where.setText("")
        self.theme_choice.setCurrentIndex(max(0, self.theme_choice.findData(self.controller.theme)))
        wanted = self.controller.notes_filter
        self.filter_choice.setCurrentIndex(
            max(0, self.filter_choice.findData(wanted)) if wanted else 0
        )
        for box, value in (
            (self.show_notes, self.controller.show_notes),
            (self.show_authors, self.controller.show_authors),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)

    def _screen_chosen(self, index: int) -> None:
        name = self.screen_choice.itemData(index)
        if name:
            self.presenter.choose_screen(str(name))
