"""Routemap fields store what is being typed at least every second, even while typing goes on
(the field is never left, Enter never pressed): a crash costs at most the last second."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer

from atelier.services.routemap.items import list_mijlpalen, list_risicos
from atelier.services.routemap.settings import get_report_texts
from atelier.ui.routemap.routemap_page import MIJLPALEN, RISICOS, TEXTS

KEY_EVERY_MS = 40


def type_steadily(qtbot, widget, text: str, stored) -> list[int]:
    """Type ``text`` one key every 40 ms without leaving the field; after each key, note how
    many characters were typed more than a second ago but are not stored yet."""
    widget.setFocus()
    widget.selectAll()
    clock = QElapsedTimer()
    clock.start()
    typed_at: list[int] = []
    behind: list[int] = []
    for char in text:
        qtbot.keyClicks(widget, char)
        typed_at.append(clock.elapsed())
        qtbot.wait(KEY_EVERY_MS)
        saved = len(stored())
        older = sum(1 for moment in typed_at if clock.elapsed() - moment > 1200)
        behind.append(max(0, older - saved))
    return behind


def test_a_mijlpaal_title_is_stored_while_it_is_typed(qtbot, page, store, atelier_id):
    page.tabs.setCurrentIndex(MIJLPALEN)
    editor = page.mijlpalen
    editor.select(store.read(lambda s: list_mijlpalen(s, atelier_id))[0].id)
    text = "Warmteplan vastgesteld door de gemeenteraad van Veldwijk"

    behind = type_steadily(
        qtbot,
        editor.titel,
        text,
        lambda: store.read(lambda s: list_mijlpalen(s, atelier_id))[0].titel,
    )

    assert max(behind) == 0
    qtbot.waitUntil(
        lambda: store.read(lambda s: list_mijlpalen(s, atelier_id))[0].titel == text, timeout=2000
    )


def test_a_risk_measure_is_stored_while_it_is_typed(qtbot, page, store, atelier_id):
    page.tabs.setCurrentIndex(RISICOS)
    editor = page.risicos
    text = "Netbeheerder vroeg aan tafel, met een eigen planning voor de wijk"

    behind = type_steadily(
        qtbot,
        editor.maatregel,
        text,
        lambda: store.read(lambda s: list_risicos(s, atelier_id))[0].maatregel,
    )

    assert max(behind) == 0


def test_a_report_text_is_stored_while_it_is_typed(qtbot, page, store, atelier_id):
    page.tabs.setCurrentIndex(TEXTS)
    texts = page.report_texts
    texts.select_section("kerninzichten")
    text = "De wijk wil eerst weten wat het kost, dan pas welke techniek"

    behind = type_steadily(
        qtbot,
        texts.editor,
        text,
        lambda: store.read(lambda s: get_report_texts(s, atelier_id)).kerninzichten,
    )

    assert max(behind) == 0
