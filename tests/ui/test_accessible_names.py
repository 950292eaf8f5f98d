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
