"""The interface speaks Dutch, every UI string has its Dutch translation, and the committed .qm is
exactly what lrelease makes of the committed .ts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from atelier.paths import resource_path
from tests.tools import load_tool

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def translation_tool():
    return load_tool("update_translations")


def test_the_visible_interface_is_dutch(start_app, db_path, qtbot):
    running = start_app(db_path)
    window = running.window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&Bestand"
    assert "&Help" in menus
    ours = ["&Nieuw atelier…", "&Openen…", "&Importeren…", "&Exporteren…", "A&fsluiten"]
    file_items = [action.text() for action in window.menu("file").actions()]
    assert [text for text in file_items if text in ours] == ours  # features add their own
    page = window.atelier_page
    page.select_werkvorm(page.atelier().dagdelen[0].werkvormen[0].id)
    board = page.werkvorm_view().board()
    assert board.capture.field.placeholderText().startswith("Typ een notitie en druk op Enter")
    toolbar = [action.iconText() for action in board.actions.toolbar(board).actions()]
    assert "Verwijderd…" in toolbar
    window.show_welcome()
    buttons = {button.text() for button in window.welcome_page.findChildren(QPushButton)}
    assert {"&Nieuw atelier…", "&Importeren…", "&Openen"} <= buttons
    header = window.welcome_page.recent.headerItem()
    assert [header.text(column) for column in range(5)] == [
        "Titel",
        "Gemeente",
        "Wijk",
        "Laatst gewijzigd",
        "Notities",
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_ui_string_has_its_translation(translation_tool, tmp_path, language):
    """lupdate over today's sources, into a copy of the .ts, finds nothing left to translate:
    every string in Dutch, and every string with plural forms in English too."""
    catalogue = next(c for c in translation_tool.CATALOGUES if c.language.startswith(language))
    ts_copy = tmp_path / catalogue.ts_file.name
    shutil.copyfile(catalogue.ts_file, ts_copy)
    translation_tool.lupdate(catalogue, ts_copy, drop_obsolete=False)
    missing = [str(item) for item in translation_tool.untranslated(ts_copy)]
    assert missing == [], (
        "Run `.venv/bin/python tools/update_translations.py` and translate these in "
        f"resources/translations/{catalogue.ts_file.name}:\n" + "\n".join(missing)
    )


@pytest.mark.parametrize("name", ["atelier_nl", "atelier_en"])
def test_the_committed_qm_is_compiled_from_the_committed_ts(translation_tool, tmp_path, name):
    fresh = tmp_path / f"{name}.qm"
    translation_tool.lrelease(resource_path("translations", f"{name}.ts"), fresh)
    committed = resource_path("translations", f"{name}.qm").read_bytes()
    assert committed == fresh.read_bytes(), "run tools/update_translations.py to recompile"


def test_the_translation_check_finds_an_untranslated_string(translation_tool, tmp_path):
    """The check above can fail: a message without Dutch is reported."""
    ts = tmp_path / "sample.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nl_NL">'
        "<context><name>Sample</name>"
        "<message><source>Done</source><translation>Klaar</translation></message>"
        '<message><source>New</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n note(s)</source><translation>'
        "<numerusform>%n notitie</numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    found = [(item.source, item.state) for item in translation_tool.untranslated(ts)]
    assert found == [("New", "unfinished"), ("%n note(s)", "unfinished")]


@pytest.mark.parametrize(
    ("language", "one", "three"),
    [
        ("nl", "&Ongedaan maken: Notitie verwijderen", "&Ongedaan maken: 3 notities verwijderen"),
        ("en", "&Undo: Delete note", "&Undo: Delete 3 notes"),
    ],
)
def test_counted_words_are_singular_or_plural_in_either_language(
    start_app, db_path, qtbot, ui_settings, language, one, three
):
    """The board's steps say how many notes, in the language's own singular and plural (no
    "note(s)", no "1 notities")."""
    from atelier.services.board.notes import add_note
    from atelier.ui.history.edit_history import EditHistory

    ui_settings.set_language(language)
    running = start_app(db_path)
    page = running.window.atelier_page
    werkvorm = page.atelier().dagdelen[0].werkvormen[0]
    page.select_werkvorm(werkvorm.id)
    board = page.werkvorm_view().board()
    notes = [
        running.store.write(
            lambda s, n=n: add_note(s, werkvorm.id, f"Notitie {n}"), notes_of=werkvorm.id
        )
        for n in range(4)
    ]
    undo = running.window.findChild(EditHistory).undo_action
    board.controller.delete([notes[0].id])
    assert undo.text() == one
    board.controller.delete([note.id for note in notes[1:]])
    assert undo.text() == three


@pytest.mark.parametrize(
    ("language", "wanted"),
    [("nl", "Geef het atelier een titel."), ("en", "Give the atelier a title.")],
)
def test_the_cores_messages_follow_the_interface_language(
    start_app, db_path, ui_settings, language, wanted
):
    """A message from below the UI (here: a service refusing an empty title) reaches the
    message bar in the interface's language too."""
    from atelier.services.ateliers import update_intake

    ui_settings.set_language(language)
    running = start_app(db_path)
    atelier_id = running.window.atelier_page.atelier().id
    changed = running.store.write(
        lambda session: update_intake(session, atelier_id, titel=" "), atelier=atelier_id
    )
    assert changed is None
    assert wanted in running.window.message_bar.text()
