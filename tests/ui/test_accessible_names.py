"""Every interactive widget on every page of the window (each tab, and each tab within it) has a
name a screen reader can say: its own accessible name, its text, or its label's."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
)


def _nameless(window: QWidget) -> set[str]:
    found = set()
    for widget in window.findChildren(QWidget):
        if (
            not isinstance(widget, INTERACTIVE)
            or not widget.isVisible()
            or isinstance(widget, QHeaderView)  # a table's header: named by its columns
            or widget.objectName().startswith("qt_")  # Qt's own parts of a named widget
        ):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            parent = type(widget.parent()).__name__
            found.add(f"{type(widget).__name__} '{widget.objectName()}' in {parent}")
    return found


def _every_page(window: QWidget):
    """Show each tab, and each tab of the tabs then shown, in turn."""
    seen: set[int] = set()

    def visit(tabs: QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield
            for inner in [t for t in window.findChildren(QTabWidget) if t.isVisible()]:
                if id(inner) not in seen:
                    seen.add(id(inner))
                    yield from visit(inner)

    outer = window.atelier_page.tabs
    seen.add(id(outer))
    yield from visit(outer)


def test_every_interactive_widget_on_every_page_has_a_name(start_app, db_path):
    running = start_app(db_path)
    nameless: set[str] = set()
    for _page in _every_page(running.window):
        nameless |= _nameless(running.window)
    assert sorted(nameless) == []


def _dialog_nameless(qtbot, open_it) -> tuple[str, set[str]]:
    """Open a dialog with ``open_it``; its title and its nameless widgets (then it is closed)."""
    from PySide6.QtWidgets import QDialog

    from tests.ui.conftest import ModalAnswer

    found: dict[str, object] = {}

    def respond(dialog: QWidget) -> None:
        QApplication.processEvents()
        found["result"] = (dialog.windowTitle(), _nameless(dialog))
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    ModalAnswer(respond)
    open_it()
    qtbot.waitUntil(lambda: "result" in found, timeout=5000)
    return found["result"]  # type: ignore[return-value]


def test_every_dialog_names_its_widgets(start_app, db_path, qtbot):
    """The dialogs a facilitator meets (new atelier, preferences, programmes, offerte, team
    archive, shortcuts, routemap export, a routemap action, deleted notes) name every field."""
    from atelier.ui.agenda.room_feature import RoomFeature
    from atelier.ui.archive.archive_feature import ArchiveFeature
    from atelier.ui.preferences.preferences_feature import PreferencesFeature
    from atelier.ui.programmes.programmes_feature import ProgrammesFeature
    from atelier.ui.quote.quote_feature import QuoteFeature
    from atelier.ui.routemap.routemap_feature import RoutemapFeature

    running = start_app(db_path)
    window = running.window
    routemap = window.findChild(RoutemapFeature)
    board = window.atelier_page.werkvorm_view().board()
    openers = {
        "new atelier": window.new_atelier,
        "preferences": window.findChild(PreferencesFeature).action.trigger,
        "programmes": window.findChild(ProgrammesFeature).action.trigger,
        "offerte": window.findChild(QuoteFeature).action.trigger,
        "team archive": window.findChild(ArchiveFeature).action.trigger,
        "shortcuts": window.findChild(RoomFeature).show_shortcuts,
        "routemap export": routemap.export.pdf_action.trigger,
        "routemap action": lambda: routemap.page.new_action(),
        "deleted notes": board.show_deleted,
    }
    nameless = {}
    for what, open_it in openers.items():
        if what == "routemap action":
            window.atelier_page.show_tab("routemap")
        title, missing = _dialog_nameless(qtbot, open_it)
        if missing:
            nameless[f"{what} ({title})"] = sorted(missing)
    assert nameless == {}
