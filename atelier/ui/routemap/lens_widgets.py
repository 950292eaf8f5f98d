"""The routemap's lenses in the action editor: the WUP building blocks an action serves
(``domain.routemap.bouwstenen``) and the samenwerking's questions for the chosen fase
(``domain.routemap.samenwerking``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from atelier.domain.routemap.bouwstenen import wup_bouwstenen
from atelier.domain.routemap.samenwerking import samenwerking_vragen
from atelier.ui.theme import styled


class BouwsteenChecks(QGroupBox):
    """One check box per building block, two columns; the lens's source as tooltip."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Serves these building blocks of the WUP"))
        lens = wup_bouwstenen()
        self.setToolTip(lens.bron)
        self.checks: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        for index, bouwsteen in enumerate(lens.bouwstenen):
            check = QCheckBox(bouwsteen.naam, self)
            check.setObjectName(f"bouwsteen_{bouwsteen.key}")
            check.setToolTip(bouwsteen.omschrijving)
            check.setAccessibleDescription(bouwsteen.omschrijving)
            grid.addWidget(check, index // 2, index % 2)
            self.checks[bouwsteen.key] = check

    def show_chosen(self, keys: Iterable[str]) -> None:
        chosen = set(keys)
        for key, check in self.checks.items():
            check.setChecked(key in chosen)

    def chosen(self) -> tuple[str, ...]:
        return tuple(key for key, check in self.checks.items() if check.isChecked())

    def on_toggled(self, slot: Callable[[], None]) -> None:
        for check in self.checks.values():
            check.toggled.connect(lambda _on: slot())


class FaseVragen(QLabel):
    """The samenwerking's questions for planning one fase, as a muted list (hidden when the
    fase has none)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("faseVragen")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        styled(self, lambda look: f"color: {look.muted_text};")
        self.setToolTip(samenwerking_vragen().bron)

    def show_fase(self, fase: str) -> None:
        questions = samenwerking_vragen().voor(fase)
        self.setVisible(bool(questions))
        heading = self.tr("Questions for this fase (samenwerking gemeente and initiative):")
        self.setText("\n".join([heading, *(f"• {question}" for question in questions)]))
