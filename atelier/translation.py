"""The core's messages in the chosen language (gettext; the UI has Qt's own system).

The core's messages are written in Dutch, the language most of its users read, and marked for
translation where they are made::

    raise SomeError(_("'{path}' is geen Atelier-bestand.").format(path=path))
    ngettext("{count} notitie", "{count} notities", count).format(count=count)
    HEADING = N_("Samenvatting")  # at import time: only marked; translate with _(HEADING) at use

``resources/translations/core_en.po`` holds their English (``tools/update_messages.py`` extracts
the messages with Babel and compiles the ``.mo`` the app loads). Dutch needs no catalogue.

The language is the process's (the app sets it from its preferences, the command line from
``--language``) unless a block asks for another, as a report written in English while the app
speaks Dutch does: ``with in_language("en"): ...`` (per thread and per asyncio task).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import TYPE_CHECKING

from atelier.paths import resource_path

if TYPE_CHECKING:
    from gettext import NullTranslations

SOURCE_LANGUAGE = "nl"
LANGUAGE_VARIABLE = "ATELIER_LANGUAGE"  # "en": the app and the command line speak English
LANGUAGES = ("nl", "en")

_process_language = SOURCE_LANGUAGE
_block_language: ContextVar[str | None] = ContextVar("atelier_block_language", default=None)


def use_language(language: str) -> None:
    """Speak ``language`` from now on in this process (unknown languages: Dutch)."""
    global _process_language
    _process_language = language if language in LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str:
    return _block_language.get() or _process_language


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """Speak ``language`` inside the block (this thread or task only)."""
    token = _block_language.set(language if language in LANGUAGES else SOURCE_LANGUAGE)
    try:
        yield
    finally:
        _block_language.reset(token)


@cache
def _catalogue(language: str) -> NullTranslations:
    import gettext  # on the first message, not at start-up

    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    try:
        with resource_path("translations", f"core_{language}.mo").open("rb") as compiled:
            return gettext.GNUTranslations(compiled)
    except OSError:
        return gettext.NullTranslations()  # a broken install speaks Dutch rather than fail


def _(message: str) -> str:
    """``message`` (Dutch) in the current language."""
    return _catalogue(current_language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for ``count`` in the current language (its own rule)."""
    return _catalogue(current_language()).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark ``message`` for extraction only; translate it where it is shown, with ``_()``."""
    return message
