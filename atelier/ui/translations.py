"""Installing the Dutch translation (our strings and Qt's own dialogs and buttons).

UI code uses English source strings (``self.tr``); ``resources/translations/atelier_nl.qm``
turns them into Dutch. See ``resources/translations/README.md`` for the workflow.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from atelier.paths import resource_path

TRANSLATOR_NAME = "atelier-translator"


def install_translators(app: QCoreApplication, language: str) -> None:
    """Install the translators for ``language`` once; English needs none."""
    if language != "nl" or app.findChild(QTranslator, TRANSLATOR_NAME) is not None:
        return
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    sources = (
        ("atelier_nl", str(resource_path("translations"))),
        ("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            print(f"Atelier: vertaling {name} niet gevonden in {folder}", file=sys.stderr)
