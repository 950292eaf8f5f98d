"""The QR code and typed address beside the question on the beamer, while the room's werkvorm
is open to phones (F4 hides and shows it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from atelier.phones.opening import Invitation
from atelier.ui.qr import qr_pixmap

CODE_PX = 250  # the QR code's side on a 720-line beamer; it scales with the height
CAPTION_PX = 18


class PhoneCode(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beamerPhoneCode")
        self.code = QLabel(self)
        self.code.setObjectName("beamerQr")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(self)
        self.caption.setObjectName("beamerPhoneAddress")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.code)
        layout.addWidget(self.caption)
        self._shown: tuple[str, int] | None = None
        self.hide()

    def show_invitation(self, invitation: Invitation | None, scale: float, colour: str) -> None:
        """Show ``invitation`` at the beamer's ``scale`` (None: hide)."""
        if invitation is None:
            self._shown = None
            self.hide()
            return
        side = round(CODE_PX * scale)
        if self._shown != (invitation.url, side):
            self._shown = (invitation.url, side)
            pixmap = qr_pixmap(invitation.url, scale=8)  # white margin: scannable on dark themes
            self.code.setPixmap(
                pixmap.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,
                )
            )
        origin, _, token = invitation.url.partition("/p/")
        address = f"{origin.removeprefix('http://')}/p/\n{token}"  # the token on its own line
        caption = self.tr("Your phone: scan, or type\n{address}")
        self.caption.setText(caption.format(address=address))
        self.caption.setStyleSheet(
            f"QLabel#beamerPhoneAddress {{ font-size: {round(CAPTION_PX * scale)}px;"
            f" color: {colour}; }}"
        )
        self.setFixedWidth(side + round(70 * scale))
        self.show()
