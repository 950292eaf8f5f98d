"""The gemeente's logo in the intake: a small preview, "Kiezen…" and "Weghalen". The report
puts it on its cover (services/logo.py checks it before it is stored); each change is a step
of the atelier's undo history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from atelier.services.logo import get_logo, set_logo
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.history.field_edit import FieldEdit, step_name
from atelier.ui.store import AtelierStore

PREVIEW = (160, 48)  # the preview's largest width and height, in pixels


class LogoField(QWidget):
    def __init__(
        self,
        store: AtelierStore,
        atelier_id: int,
        history: EditHistory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.atelier_id, self.history = store, atelier_id, history
        self.preview = QLabel(self)
        self.preview.setObjectName("logoPreview")
        self.preview.setMinimumSize(*PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.setAccessibleName(self.tr("Choose the gemeente's logo"))
        self.choose.clicked.connect(self.choose_file)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove the logo"))
        self.remove.clicked.connect(lambda: self.store_logo(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        layout.addStretch(1)
        self.picture: bytes | None = None

    def refresh(self) -> None:
        """Show the stored logo (or that there is none)."""
        atelier_id = self.atelier_id
        self.picture = self.store.read(lambda s: get_logo(s, atelier_id))
        pixmap = QPixmap()
        if self.picture and pixmap.loadFromData(self.picture):
            self.preview.setPixmap(
                pixmap.scaled(
                    *PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo: the cover shows none."))
        self.remove.setEnabled(self.picture is not None)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the gemeente's logo"),
            str(Path.home()),
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.store_file(Path(chosen))

    def store_file(self, path: Path) -> bool:
        """Store the picture in ``path`` as the logo; False (and a Dutch message) if not."""
        try:
            picture = path.read_bytes()
        except OSError as error:
            reason = error.strerror or str(error)
            self.store.errorOccurred.emit(
                self.tr("The logo could not be read: {reason}").format(reason=reason)
            )
            return False
        return self.store_logo(picture)

    def store_logo(self, picture: bytes | None) -> bool:
        """Store ``picture`` (None: no logo) as a step of the undo history."""
        before = self.picture
        if picture == before or not self._write(picture, before):
            return False
        step = FieldEdit(
            step_name(self.tr("Logo")),
            ("logo", self.atelier_id),
            self._write,
            before,
            picture,
            lambda _value: self.refresh(),
        )
        self.history.push(self.atelier_id, step)
        return True

    def _write(self, value: object, _seen: object) -> bool:
        picture = value if isinstance(value, bytes) else None
        atelier_id = self.atelier_id
        done = self.store.write(
            lambda s: set_logo(s, atelier_id, picture) or True, atelier=atelier_id
        )
        if done is not None:
            self.refresh()
        return done is not None
