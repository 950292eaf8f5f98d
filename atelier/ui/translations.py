"""Installing the translation of the chosen language (our strings and Qt's own dialogs and
buttons).

UI code uses English source strings (``self.tr``); ``resources/translations/atelier_nl.qm``
turns them into Dutch. English needs only the singular and plural of the strings with a count
("1 note", "3 notes"): ``atelier_en.qm``. See ``resources/translations/README.md``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from atelier.paths import resource_path

TRANSLATOR_NAME = "atelier-translator"


def install_translators(app: QCoreApplication, language: str) -> None:
    """Install the translators for ``language`` ("nl" or "en") once."""
    if app.findChild(QTranslator, TRANSLATOR_NAME) is not None:
        return
    ours = str(resource_path("translations"))
    if language != "nl":
        sources: tuple[tuple[str, str], ...] = (("atelier_en", ours),)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        sources = (
            ("atelier_nl", ours),
            ("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        )
    for name, folder in sources:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            print(f"Atelier: vertaling {name} niet gevonden in {folder}", file=sys.stderr)
