"""The beamer view: what the room sees, and nothing else.

A frameless top-level window without menus or toolbars: the current werkvorm's question in
large type, the timer, and the live notes (optionally one onderdeel only, optionally without
organisation names). Paused, it shows only the atelier's title. It follows the store and the
run controller at once; all controls stay on the facilitator's screen.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from atelier.domain.records import NoteData
from atelier.interchange.demo import is_demo
from atelier.services.board import notes, voting
from atelier.services.board.summaries import ClusterSummary, cluster_summaries, newest_notes
from atelier.ui.beamer.beamer_notes import MAX_CARDS, BeamerNotesWall
from atelier.ui.beamer.beamer_theme import BeamerTheme, theme
from atelier.ui.beamer.phone_code import PhoneCode
from atelier.ui.look import onderdeel_colour, onderdeel_name
from atelier.ui.run_controller import RunController
from atelier.ui.store import AtelierStore
from atelier.ui.timer.timer_face import TimerFace

# The beamer shows a note typed on the board this long after the laptop drew it: far below
# what a room notices, and the Enter never waits for the beamer's wall to be redrawn.
FOLLOW_MS = 40
REFERENCE_HEIGHT = 720  # sizes below are for a 1280×720 beamer and scale with the height
QUESTION_PX = 52
MAX_GROUPS = 8  # clusters shown as cards, the newest ones
GROUP_COLOUR = "#E1DBCE"  # the board's cluster frame
RESULT_CARDS = 8  # the top of a voting round: fits any beamer's wall, readable from the back
LONG_QUESTION_PX = 44
LONG_QUESTION = 110  # characters
TITLE_PX = 26
TIMER_PX = 84
PAUSE_TITLE_PX = 72


class BeamerWindow(QWidget):
    closed = Signal()
    escapePressed = Signal()

    def __init__(
        self, store: AtelierStore, controller: RunController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("beamerWindow")
        self.setWindowTitle(self.tr("Atelier – beamer"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.store = store
        self.controller = controller

        self.werkvorm_title = QLabel(self)
        self.werkvorm_title.setObjectName("beamerWerkvorm")
        self.werkvorm_title.setTextFormat(Qt.TextFormat.PlainText)
        self.timer = TimerFace(controller, parent=self)
        self.question = QLabel(self)
        self.question.setObjectName("beamerQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.notes = BeamerNotesWall(self)
        self.phone_code = PhoneCode(self)
        self.pause_title = QLabel(self)
        self.pause_title.setObjectName("beamerPauseTitle")
        self.pause_title.setTextFormat(Qt.TextFormat.PlainText)
        self.pause_title.setWordWrap(True)
        self.pause_title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.werkvorm_title, 1, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignTop)
        active = QWidget(self)
        active_layout = QVBoxLayout(active)
        active_layout.setContentsMargins(48, 28, 48, 28)
        active_layout.setSpacing(18)
        active_layout.addLayout(top)
        question_row = QHBoxLayout()
        question_row.setSpacing(24)
        question_row.addWidget(self.question, 1)
        question_row.addWidget(self.phone_code, 0, Qt.AlignmentFlag.AlignTop)
        active_layout.addLayout(question_row)
        active_layout.addWidget(self.notes, 1)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(active)
        self._pages.addWidget(self.pause_title)
        self._active_page = active

        # A note typed on the board: the laptop draws it first, the beamer follows a moment
        # later (FOLLOW_MS); several changes meanwhile make one refresh.
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(FOLLOW_MS)
        self._notes_timer.timeout.connect(self._refresh_notes)

        controller.currentChanged.connect(self.refresh)
        controller.atelierRefreshed.connect(self.refresh)
        controller.beamerChanged.connect(self.refresh)
        store.notesChanged.connect(self._notes_changed)
        self.resize(1280, 720)
        self.refresh()

    # -- what the room sees -----------------------------------------------------------------
    def is_paused(self) -> bool:
        return self._pages.currentWidget() is self.pause_title

    def current_theme(self) -> BeamerTheme:
        return theme(self.controller.theme)

    def refresh(self) -> None:
        look = self.current_theme()
        atelier = self.controller.atelier()
        self.setStyleSheet(
            f"QWidget#beamerWindow {{ background: {look.background}; }}"
            f" QLabel {{ color: {look.text}; }}"
        )
        self.timer.set_colours(look.timer)
        demo = is_demo(atelier.titel, atelier.gemeente, atelier.wijk)
        self.pause_title.setText(
            self.tr("{title} · DEMO").format(title=atelier.titel) if demo else atelier.titel
        )
        self._pages.setCurrentWidget(
            self.pause_title if self.controller.beamer_paused else self._active_page
        )
        werkvorm = self.controller.current()
        self.werkvorm_title.setText(
            f"{werkvorm.titel} · {onderdeel_name(werkvorm.onderdeel)}"
            if werkvorm
            else atelier.titel
        )
        if demo:
            self.werkvorm_title.setText(
                self.tr("{title} · DEMO").format(title=self.werkvorm_title.text())
            )
        self.question.setText(werkvorm.vraag if werkvorm else "")
        if werkvorm is not None and self.controller.showing_result:
            self.question.setText(self.tr("Result of the vote"))
        self.timer.setVisible(werkvorm is not None)
        self._apply_sizes()
        self.phone_code.show_invitation(self.controller.phone_code(), self._scale(), look.text)
        self._refresh_notes()

    def _notes_changed(self, werkvorm_id: int) -> None:
        if werkvorm_id == self.controller.run.current_id and not self._notes_timer.isActive():
            self._notes_timer.start()

    def _refresh_notes(self) -> None:
        self._notes_timer.stop()
        werkvorm = self.controller.current()
        show = werkvorm is not None and self.controller.show_notes
        self.notes.setVisible(show)
        if not show or werkvorm is None:
            return
        werkvorm_id, onderdeel = werkvorm.id, self.controller.notes_filter or None
        if self.controller.showing_result:
            self._show_result(werkvorm_id)
            return
        newest, groups = self.store.read(
            lambda s: (
                newest_notes(s, werkvorm_id, MAX_CARDS, onderdeel=onderdeel),
                [] if onderdeel else cluster_summaries(s, werkvorm_id),
            )
        )
        organisations = {o.id: o.name for o in self.controller.atelier().organisations}
        shown = newest.notes
        captions: dict[int, str] = {}
        if groups:  # the room's clusters as titled groups, after the loose notes
            shown = [note for note in shown if note.cluster_id is None]
            shown += [_group_card(group, werkvorm_id) for group in groups[-MAX_GROUPS:]]
            captions = {-group.id: self.tr("%n note(s)", "", group.count) for group in groups}
        self.notes.show_notes(
            shown,
            total=newest.total - sum(g.count for g in groups) + len(groups[-MAX_GROUPS:]),
            organisations=organisations,
            show_authors=self.controller.show_authors,
            theme=self.current_theme(),
            scale=self._scale(),
            captions=captions,
        )

    def _show_result(self, werkvorm_id: int) -> None:
        """What the room decided: the notes with dots, most first, each with its dots."""
        ranked, live = self.store.read(
            lambda s: (voting.ranking(s, werkvorm_id), notes.list_notes(s, werkvorm_id))
        )
        by_id = {note.id: note for note in live}
        top = [r for r in ranked if r.note_id in by_id][:RESULT_CARDS]
        captions = {
            r.note_id: f"{place}. " + self.tr("%n dot(s)", "", r.dots)
            for place, r in enumerate(top, start=1)
        }
        self.notes.show_notes(
            [by_id[r.note_id] for r in top],
            organisations={},
            show_authors=False,
            theme=self.current_theme(),
            scale=self._scale(),
            captions=captions,
        )

    def _scale(self) -> float:
        return max(0.5, self.height() / REFERENCE_HEIGHT)

    def _apply_sizes(self) -> None:
        scale = self._scale()
        look = self.current_theme()
        werkvorm = self.controller.current()
        question_px = QUESTION_PX
        if werkvorm and len(werkvorm.vraag) > LONG_QUESTION:
            question_px = LONG_QUESTION_PX
        accent = onderdeel_colour(werkvorm.onderdeel).name() if werkvorm else look.text
        self.question.setStyleSheet(
            f"QLabel#beamerQuestion {{ font-size: {round(question_px * scale)}px;"
            f" font-weight: 600; border-left: {round(12 * scale)}px solid {accent};"
            f" padding-left: {round(20 * scale)}px; }}"
        )
        self.werkvorm_title.setStyleSheet(
            f"QLabel#beamerWerkvorm {{ font-size: {round(TITLE_PX * scale)}px;"
            f" color: {look.muted}; }}"
        )
        self.pause_title.setStyleSheet(
            f"QLabel#beamerPauseTitle {{ font-size: {round(PAUSE_TITLE_PX * scale)}px;"
            " font-weight: 700; }"
        )
        self.timer.set_pixel_size(round(TIMER_PX * scale))

    def question_pixel_size(self) -> int:
        return self.question.fontInfo().pixelSize()

    # -- events -----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()
        self.phone_code.show_invitation(
            self.controller.phone_code(), self._scale(), self.current_theme().text
        )
        self._refresh_notes()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


def _group_card(group: ClusterSummary, werkvorm_id: int) -> NoteData:
    """A cluster as one card: its title and its first notes (negative id: never a note's)."""
    lines = [group.titel or "…", *(f"• {' '.join(text.split())}" for text in group.texts)]
    moment = datetime.now()
    return NoteData(
        -group.id,
        werkvorm_id,
        "\n".join(lines),
        group.onderdeel,
        GROUP_COLOUR,
        None,
        0.0,
        0.0,
        None,
        0,
        moment,
        moment,
        False,
    )
