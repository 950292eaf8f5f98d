"""Update the Dutch translation from the UI sources and compile it.

    .venv/bin/python tools/update_translations.py           # lupdate, then lrelease
    .venv/bin/python tools/update_translations.py --check   # change nothing; fail if not up to date

``pyside6-lupdate`` collects every ``self.tr("…")`` / ``QCoreApplication.translate("Context",
"…")`` under ``atelier/ui`` into ``resources/translations/atelier_nl.ts`` (new strings are marked
unfinished; strings no longer in the code are dropped). ``pyside6-lrelease`` then compiles the
.ts into ``atelier_nl.qm``, which the app loads. See ``resources/translations/README.md``.
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
TS_FILE = TRANSLATIONS / "atelier_nl.ts"
QM_FILE = TRANSLATIONS / "atelier_nl.qm"


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


def lupdate(ts_file: Path, *, drop_obsolete: bool = True) -> None:
    command = [
        tool("pyside6-lupdate"),
        "-extensions", "py",
        "-locations", "none",
        "-source-language", "en",
        "-target-language", "nl_NL",
        "-silent",
    ]  # fmt: skip
    if drop_obsolete:
        command.append("-no-obsolete")
    subprocess.run([*command, str(SOURCES), "-ts", str(ts_file)], check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def untranslated(ts_file: Path) -> list[Untranslated]:
    """Messages without a finished Dutch translation (or no longer used by the code)."""
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
    with tempfile.TemporaryDirectory() as folder:
        ts_copy = Path(folder) / TS_FILE.name
        shutil.copyfile(TS_FILE, ts_copy)
        lupdate(ts_copy, drop_obsolete=False)
        problems += [str(item) for item in untranslated(ts_copy)]
        qm_fresh = Path(folder) / QM_FILE.name
        lrelease(TS_FILE, qm_fresh)
        if not QM_FILE.exists() or QM_FILE.read_bytes() != qm_fresh.read_bytes():
            problems.append(f"{QM_FILE.name} is not what lrelease makes of {TS_FILE.name}")
    return problems


def update() -> list[Untranslated]:
    lupdate(TS_FILE)
    lrelease(TS_FILE, QM_FILE)
    return untranslated(TS_FILE)


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
    print(f"{TS_FILE.name} and {QM_FILE.name} updated; {len(missing)} string(s) need Dutch")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
