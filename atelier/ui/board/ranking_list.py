"""The notes with the most dots, highest first; clicking one shows it on the wall."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from atelier.services.board.voting import RankedNote
from atelier.ui.look import onderdeel_icon

NOTE_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CHARS = 90


class RankingList(QListWidget):
    noteChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingRanking")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.itemClicked.connect(lambda item: self.noteChosen.emit(item.data(NOTE_ROLE)))
        self.itemActivated.connect(lambda item: self.noteChosen.emit(item.data(NOTE_ROLE)))

    def set_ranking(self, ranked: Sequence[RankedNote]) -> None:
        self.clear()
        place = 0
        previous = None
        for index, row in enumerate(ranked, start=1):
            if row.dots != previous:
                place, previous = index, row.dots
            text = " ".join(row.text.split())
            if len(text) > PREVIEW_CHARS:
                text = text[:PREVIEW_CHARS] + "…"
            item = QListWidgetItem(
                onderdeel_icon(row.onderdeel), f"{place}.  ● {row.dots}   {text}"
            )
            item.setData(NOTE_ROLE, row.note_id)
            item.setToolTip(
                self.tr("{dots} dots, of which {room} for the room").format(
                    dots=row.dots, room=row.room_dots
                )
            )
            self.addItem(item)

    def ranked_note_ids(self) -> list[int]:
        return [self.item(i).data(NOTE_ROLE) for i in range(self.count())]
