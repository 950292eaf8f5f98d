"""Update the core's English catalogue from the sources and compile it.

    .venv/bin/python tools/update_messages.py           # extract, update core_en.po, compile .mo
    .venv/bin/python tools/update_messages.py --check   # change nothing; fail if not up to date

Babel extracts every ``_("…")``, ``N_("…")`` and ``ngettext("…", "…", n)`` in ``atelier/``
outside ``atelier/ui`` (the UI has Qt's system: ``tools/update_translations.py``) and merges
them into ``resources/translations/core_en.po``: new messages get an empty translation, messages
no longer in the code are dropped. Then the .po is compiled into the ``core_en.mo`` the app
loads. See ``resources/translations/README.md``.
"""

from __future__ import annotations

import argparse
import gettext
import io
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "atelier"
TRANSLATIONS = ROOT / "resources" / "translations"
PO_FILE = TRANSLATIONS / "core_en.po"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
METHODS = [("ui/**.py", "ignore"), ("**.py", "python")]
FIXED_DATE = datetime(2026, 12, 7, tzinfo=UTC)  # so the files change only with the text
PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]*)[^{}]*\}(?!\})")


@dataclass(frozen=True)
class Problem:
    message: str
    what: str  # "untranslated", "placeholders differ"

    def __str__(self) -> str:
        return f"[{self.what}] {self.message!r}"


def extracted() -> Catalog:
    """Every marked message in today's sources."""
    template = Catalog(locale="en", creation_date=FIXED_DATE, fuzzy=False)
    for _path, _line, message, _comments, _context in extract_from_dir(
        SOURCES, method_map=METHODS, keywords=KEYWORDS
    ):
        template.add(message)
    return template


def new_catalogue() -> Catalog:
    return Catalog(
        locale="en",
        project="Atelier",
        creation_date=FIXED_DATE,
        revision_date=FIXED_DATE,
        language_team="Atelier",
        last_translator="Atelier",
        fuzzy=False,
    )


def read_catalogue(po_file: Path) -> Catalog:
    if not po_file.exists():
        return new_catalogue()
    with po_file.open("rb") as source:
        return read_po(source, locale="en")


def updated(po_file: Path) -> Catalog:
    catalogue = read_catalogue(po_file)
    catalogue.update(extracted(), no_fuzzy_matching=True, update_creation_date=False)
    catalogue.obsolete.clear()
    catalogue.revision_date = FIXED_DATE
    return catalogue


def po_bytes(catalogue: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalogue, width=100, omit_header=False, no_location=True, sort_output=True)
    return out.getvalue()


def mo_bytes(catalogue: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalogue)
    return out.getvalue()


def po_messages(catalogue: Catalog) -> dict[object, object]:
    """What a catalogue says, apart from its header (which names the Babel version)."""
    return {message.id: message.string for message in catalogue if message.id}


def mo_messages(compiled: bytes) -> dict[object, object]:
    """What a compiled catalogue says, apart from its header."""
    messages = gettext.GNUTranslations(io.BytesIO(compiled))._catalog  # type: ignore[attr-defined]
    return {key: value for key, value in messages.items() if key != ""}


def stale_files(catalogue: Catalog) -> list[str]:
    """The committed files that do not say what today's sources and translations say."""
    stale = []
    if not PO_FILE.exists() or po_messages(read_catalogue(PO_FILE)) != po_messages(catalogue):
        stale.append(PO_FILE.name)
    mo_file = PO_FILE.with_suffix(".mo")
    if not mo_file.exists() or mo_messages(mo_file.read_bytes()) != mo_messages(
        mo_bytes(catalogue)
    ):
        stale.append(mo_file.name)
    return stale


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def problems(catalogue: Catalog) -> list[Problem]:
    """Messages without English, or whose English lacks or adds a ``{placeholder}``."""
    found = []
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(texts):
            found.append(Problem(ids[0], "untranslated"))
        elif any(placeholders(text) != placeholders(ids[0]) for text in texts):
            found.append(Problem(ids[0], "placeholders differ"))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    check = parser.parse_args(argv).check
    catalogue = updated(PO_FILE)
    stale = stale_files(catalogue)
    if not check:
        PO_FILE.write_bytes(po_bytes(catalogue))
        PO_FILE.with_suffix(".mo").write_bytes(mo_bytes(catalogue))
        stale = []
    found = problems(catalogue)
    for problem in found:
        print(problem)
    if stale:
        print("not up to date (run tools/update_messages.py): " + ", ".join(stale))
    print(f"{len(po_messages(catalogue))} messages, {len(found)} to translate or fix")
    return 1 if check and (found or stale) else 0


if __name__ == "__main__":
    sys.exit(main())
