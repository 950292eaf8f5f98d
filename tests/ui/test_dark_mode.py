"""Light and dark: the facilitator window follows the system's scheme, and its text stays
readable in both. Contrast is measured on painted pixels (the strongest pixel of a text against
the colour most of its area has), for the werkvorm header of every onderdeel, the notes of every
onderdeel, the routemap's cards of every status, a message and a muted hint; at least 4.5:1
(WCAG AA for normal text)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from atelier.ui.board import style as board_style
from atelier.ui.message_bar import MessageKind
from atelier.ui.routemap import style as card_style
from atelier.ui.routemap.routemap_page import RoutemapPage
from atelier.ui.theme import contrast_ratio, scheme

MINIMUM = 4.5

# What Windows 11 gives a Qt application in dark mode (a dark window, white text).
DARK_COLOURS = {
    QPalette.ColorRole.Window: "#202020",
    QPalette.ColorRole.WindowText: "#FFFFFF",
    QPalette.ColorRole.Base: "#2B2B2B",
    QPalette.ColorRole.AlternateBase: "#323232",
    QPalette.ColorRole.Text: "#FFFFFF",
    QPalette.ColorRole.Button: "#2D2D2D",
    QPalette.ColorRole.ButtonText: "#FFFFFF",
    QPalette.ColorRole.Highlight: "#0078D4",
    QPalette.ColorRole.HighlightedText: "#FFFFFF",
    QPalette.ColorRole.ToolTipBase: "#2B2B2B",
    QPalette.ColorRole.ToolTipText: "#FFFFFF",
    QPalette.ColorRole.PlaceholderText: "#A0A0A0",
}


@pytest.fixture(params=["light", "dark"])
def look(request, qapp):
    """The application's palette in the system's light or dark scheme, for one test."""
    before = QPalette(qapp.palette())
    palette = QPalette(qapp.style().standardPalette())
    if request.param == "dark":
        for role, colour in DARK_COLOURS.items():
            palette.setColor(role, QColor(colour))
    qapp.setPalette(palette)
    yield request.param
    qapp.setPalette(before)


def rendered_contrast(image: QImage, area: QRect) -> float:
    """The contrast of the strongest pixel in ``area`` against the colour most of it has."""
    area = area.intersected(image.rect())
    counts = Counter(
        image.pixel(x, y)
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    )
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast_ratio(background, QColor.fromRgb(pixel)) for pixel in counts)


def widget_contrast(widget: QWidget, within: QWidget) -> float:
    image = within.grab().toImage()
    top_left = widget.mapTo(within, widget.rect().topLeft())
    return rendered_contrast(image, QRect(top_left, widget.size()))


def test_the_window_follows_the_system_scheme(start_app, db_path, look):
    running = start_app(db_path)
    header = running.window.atelier_page.workspace.header
    background = header.grab().toImage().pixelColor(header.width() - 4, header.height() // 2)
    assert scheme().dark is (look == "dark")
    assert (background.lightnessF() < 0.5) is (look == "dark")


def test_the_werkvorm_header_is_readable_for_every_onderdeel(start_app, db_path, look):
    running = start_app(db_path)
    workspace = running.window.atelier_page.workspace
    seen: dict[str, dict[str, float]] = {}
    for werkvorm_id in workspace.navigator.werkvorm_ids():
        workspace.navigator.select_werkvorm(werkvorm_id)
        werkvorm = workspace.current_werkvorm_data()
        if werkvorm is None or werkvorm.onderdeel in seen:
            continue
        QApplication.processEvents()
        header = workspace.header
        labels = (header.meta, header.title, header.question, header.guidance)
        seen[werkvorm.onderdeel] = {
            label.objectName(): round(widget_contrast(label, header), 2)
            for label in labels
            if label.isVisible() and label.text()
        }
    assert len(seen) == 5
    too_faint = {
        (onderdeel, name): ratio
        for onderdeel, ratios in seen.items()
        for name, ratio in ratios.items()
        if ratio < MINIMUM
    }
    assert too_faint == {}


def _render(scene, source: QRectF) -> QImage:
    image = QImage(int(source.width()), int(source.height()), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image


def test_notes_of_every_onderdeel_are_readable(start_app, db_path, look):
    running = start_app(db_path)
    workspace = running.window.atelier_page.workspace
    measured: dict[str, tuple[float, float]] = {}
    for werkvorm_id in workspace.navigator.werkvorm_ids():
        workspace.navigator.select_werkvorm(werkvorm_id)
        QApplication.processEvents()
        scene = workspace.werkvorm_view().board().view.scene()
        for item in scene.notes.values():
            note = item.note
            if note.onderdeel in measured or item.dots or not item.author:
                continue
            at = item.scenePos()
            image = _render(scene, board_style.NOTE_RECT.translated(at))
            footer = QRectF(
                board_style.PADDING,
                board_style.NOTE_HEIGHT - board_style.FOOTER,
                board_style.NOTE_WIDTH - 2 * board_style.PADDING,
                board_style.FOOTER - 4,
            )
            measured[note.onderdeel] = (
                round(rendered_contrast(image, board_style.TEXT_RECT.toRect()), 2),
                round(rendered_contrast(image, footer.toRect()), 2),
            )
    assert len(measured) == 5
    assert {k: v for k, v in measured.items() if min(v) < MINIMUM} == {}


def test_routemap_cards_of_every_status_are_readable(start_app, db_path, look):
    running = start_app(db_path)
    running.window.atelier_page.tabs.setCurrentIndex(3)
    QApplication.processEvents()
    page = running.window.findChild(RoutemapPage)
    measured: dict[str, tuple[float, ...]] = {}
    for card in page.scene.cards():
        if card.info.status_naam in measured or card.compact or card.info.problem:
            continue
        rect = card.card_rect()
        image = _render(page.scene, rect.translated(card.scenePos()))
        line = QRectF(0, 0, 1, card_style.CARD_HEIGHT / 4)
        left = card_style.STRIPE + 6
        width = rect.width() - left - 6
        code = QRectF(left, 4, 28, line.height())
        wat = QRectF(left, rect.height() * 0.3, width, rect.height() * 0.35)
        bottom = QRectF(left, rect.height() * 0.75, width, rect.height() * 0.22)
        owner = QRectF(bottom.left(), bottom.top(), width * 0.55, bottom.height())
        status = QRectF(bottom.right() - width * 0.3, bottom.top(), width * 0.3, bottom.height())
        measured[card.info.status_naam] = tuple(
            round(rendered_contrast(image, area.toRect()), 2) for area in (code, wat, owner, status)
        )
    assert len(measured) >= 3  # the demo's actions are open, lopend and gereed
    assert {k: v for k, v in measured.items() if min(v) < MINIMUM} == {}


def test_messages_and_hints_are_readable(start_app, db_path, look):
    running = start_app(db_path)
    window = running.window
    ratios = {}
    for kind in MessageKind:
        window.message_bar.show_message("Let op: een melding in de balk", kind)
        QApplication.processEvents()
        label = window.message_bar.findChild(QWidget, "messageText")
        ratios[kind.value] = widget_contrast(label, window.message_bar)
    page = window.atelier_page
    ratios["place"] = widget_contrast(page.place, window)
    assert {k: round(v, 2) for k, v in ratios.items() if v < MINIMUM} == {}


def test_the_window_switches_scheme_while_it_runs(start_app, db_path, qapp):
    """Windows' dark mode switched on with Atelier open: the header and the wall follow."""
    running = start_app(db_path)
    header = running.window.atelier_page.workspace.header
    scene = running.window.atelier_page.workspace.werkvorm_view().board().view.scene()
    before = QPalette(qapp.palette())
    dark = QPalette(before)
    for role, colour in DARK_COLOURS.items():
        dark.setColor(role, QColor(colour))
    try:
        qapp.setPalette(dark)
        QApplication.processEvents()
        assert scene.backgroundBrush().color().lightnessF() < 0.5
        middle = QPointF(header.width() - 4, header.height() / 2).toPoint()
        assert header.grab().toImage().pixelColor(middle).lightnessF() < 0.5
        assert widget_contrast(header.question, header) >= MINIMUM
    finally:
        qapp.setPalette(before)
    QApplication.processEvents()
    assert scene.backgroundBrush().color().lightnessF() > 0.5


def test_small_icons_are_drawn_for_high_resolution_screens(qapp):
    """On a laptop at 200 % the onderdeel dots, status squares and check signs are drawn at
    twice the pixels, not a 14-pixel picture blown up."""
    from PySide6.QtCore import QSize

    from atelier.domain.routemap.records import Severity
    from atelier.ui.look import onderdeel_icon
    from atelier.ui.routemap.choices import colour_icon
    from atelier.ui.routemap.findings_panel import severity_icon

    for icon in (onderdeel_icon("techniek"), colour_icon("#2F80ED"), severity_icon(Severity.ERROR)):
        for ratio in (1.0, 2.0, 3.0):
            pixmap = icon.pixmap(QSize(12, 12), ratio)
            assert pixmap.width() == round(12 * ratio)
            assert pixmap.devicePixelRatio() == ratio
