"""Update the translations from the UI sources and compile them.

    .venv/bin/python tools/update_translations.py           # lupdate, then lrelease
    .venv/bin/python tools/update_translations.py --check   # change nothing; fail if not up to date

``pyside6-lupdate`` collects every ``self.tr("…")`` / ``QCoreApplication.translate("Context",
"…")`` under ``atelier/ui`` into ``resources/translations/atelier_nl.ts`` (new strings are marked
unfinished; strings no longer in the code are dropped), and the messages with plural forms
("%n note(s)") into ``atelier_en.ts``: English is the source language, but its singular and
plural ("1 note", "3 notes") come from a translation too. ``pyside6-lrelease`` then compiles each
.ts into the .qm the app loads. See ``resources/translations/README.md``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "atelier" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"


@dataclass(frozen=True)
class Catalogue:
    language: str  # lupdate's target language
    ts_file: Path
    plural_only: bool  # only the messages with plural forms (English: the source's language)

    @property
    def qm_file(self) -> Path:
        return self.ts_file.with_suffix(".qm")


CATALOGUES = (
    Catalogue("nl_NL", TRANSLATIONS / "atelier_nl.ts", plural_only=False),
    Catalogue("en", TRANSLATIONS / "atelier_en.ts", plural_only=True),
)


@dataclass(frozen=True)
class Untranslated:
    context: str
    source: str
    state: str  # "unfinished" (new or changed) or "vanished"/"obsolete" (no longer in the code)

    def __str__(self) -> str:
        return f"[{self.state}] {self.context}: {self.source!r}"


def tool(name: str) -> str:
    """A PySide6 tool from this Python's environment (``bin/`` or ``Scripts/``), else PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} niet gevonden: installeer PySide6 in deze omgeving.")
    return found


def lupdate(catalogue: Catalogue, ts_file: Path, *, drop_obsolete: bool = True) -> None:
    command = [
        tool("pyside6-lupdate"),
        "-extensions", "py",
        "-locations", "none",
        "-source-language", "en",
        "-target-language", catalogue.language,
        "-silent",
    ]  # fmt: skip
    if drop_obsolete:
        command.append("-no-obsolete")
    if catalogue.plural_only:
        command.append("-pluralonly")
    subprocess.run([*command, str(SOURCES), "-ts", str(ts_file)], check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def untranslated(ts_file: Path) -> list[Untranslated]:
    """Messages without a finished translation (or no longer used by the code)."""
    found = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            state = translation.get("type") if translation is not None else "unfinished"
            texts = [] if translation is None else [translation.text or ""]
            if translation is not None and message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            if state is None and not all(text.strip() for text in texts):
                state = "unfinished"
            if state is not None:
                found.append(Untranslated(name, message.findtext("source", ""), state))
    return found


def check() -> list[str]:
    """Problems that ``update`` would fix or reveal, without changing any file."""
    problems = []
    for catalogue in CATALOGUES:
        ts_file, qm_file = catalogue.ts_file, catalogue.qm_file
        if not ts_file.exists():
            problems.append(f"{ts_file.name} is missing")
            continue
        with tempfile.TemporaryDirectory() as folder:
            ts_copy = Path(folder) / ts_file.name
            shutil.copyfile(ts_file, ts_copy)
            lupdate(catalogue, ts_copy, drop_obsolete=False)
            problems += [f"{ts_file.name} {item}" for item in untranslated(ts_copy)]
            qm_fresh = Path(folder) / qm_file.name
            lrelease(ts_file, qm_fresh)
            if not qm_file.exists() or qm_file.read_bytes() != qm_fresh.read_bytes():
                problems.append(f"{qm_file.name} is not what lrelease makes of {ts_file.name}")
    return problems


def update() -> list[str]:
    missing = []
    for catalogue in CATALOGUES:
        lupdate(catalogue, catalogue.ts_file)
        lrelease(catalogue.ts_file, catalogue.qm_file)
        missing += [f"{catalogue.ts_file.name} {item}" for item in untranslated(catalogue.ts_file)]
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; report problems")
    options = parser.parse_args(argv)
    if options.check:
        problems = check()
        for problem in problems:
            print(problem)
        print("translations up to date" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0
    missing = update()
    for item in missing:
        print(item)
    names = ", ".join(c.ts_file.name for c in CATALOGUES)
    print(f"{names} and their .qm updated; {len(missing)} string(s) need a translation")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
