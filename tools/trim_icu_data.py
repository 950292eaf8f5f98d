"""ICU's data for the installer, with only what Atelier's languages need (Linux).

On Linux, Qt brings ICU, whose data library (``libicudata.so.NN``) holds the collation, names,
currencies, units, time zones and converters of every language ICU knows: 31 MiB, a fifth of the
bundle. Atelier speaks Dutch and English, and reads and writes UTF-8 only. ICU's own tools (Debian's
``icu-devtools``: ``icupkg``, ``genccode``) take the data out of the library, leave out the other
languages' locale data, the legacy character-set converters and the transliterators, and a
compiler makes a library of the rest (~7 MiB), with the same name and symbol. ICU falls back to
its root data for any language left out. This is ICU's documented way to make a smaller data
library (https://unicode-org.github.io/icu/userguide/icu_data/buildtool.html).

    .venv/bin/python tools/trim_icu_data.py PATH/libicudata.so.73   # prints the sizes

``build_installer.spec`` uses ``trimmed_icu_library``; without the tools it keeps ICU's library
as it is (and says so).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("en", "nl")
TOOLS = ("icupkg", "genccode", "gcc", "objcopy")
LOCALE_FILE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")


def keeps(item: str, languages: tuple[str, ...] = LANGUAGES) -> bool:
    """Whether the data item ``item`` ("coll/nl.res", "ibm-37_P100-1995.cnv") stays."""
    parts = item.split("/")
    name = parts[-1]
    if name.endswith(".cnv") or parts[0] == "translit":
        return False  # legacy character sets; transliteration: neither used by Qt for Atelier
    if LOCALE_FILE.match(name) and name != "pool.res":
        language = name.split("_")[0].removesuffix(".res")
        return language in (*languages, "root", "res")  # res_index.res lists the locales
    return True


def trimmed_icu_library(original: Path, workdir: Path) -> Path | None:
    """A data library like ``original`` with only what ``keeps``, or None (and a note on
    stderr) when a tool is missing or fails: the caller keeps the original then."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(f"ICU data kept whole: {', '.join(missing)} not found", file=sys.stderr)
        return None
    match = re.match(r"libicudata\.so\.(\d+)$", original.name)
    if match is None:
        return None
    name = f"icudt{match.group(1)}"
    workdir.mkdir(parents=True, exist_ok=True)
    data, trimmed = workdir / f"{name}l.dat", workdir / "trimmed" / f"{name}l.dat"
    trimmed.parent.mkdir(exist_ok=True)
    library = workdir / original.name
    try:
        _run("objcopy", "-O", "binary", "--only-section=.rodata", original, data)
        items = _run("icupkg", "-l", data).split()
        removed = workdir / "removed.txt"
        removed.write_text("\n".join(i for i in items if not keeps(i)) + "\n", encoding="utf-8")
        trimmed.unlink(missing_ok=True)
        _run("icupkg", "-r", removed, data, trimmed)
        _run("genccode", "-a", "gcc", "-e", name, "-d", workdir, trimmed)
        soname = f"-Wl,-soname,{original.name}"
        _run("gcc", "-shared", "-nostdlib", soname, "-o", library, workdir / f"{name}l_dat.S")
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"ICU data kept whole: {error}", file=sys.stderr)
        return None
    return library


def _run(*command: object) -> str:
    done = subprocess.run(
        [str(part) for part in command], check=True, capture_output=True, text=True
    )
    return done.stdout


def main(argv: list[str]) -> int:
    original = Path(argv[0])
    with tempfile.TemporaryDirectory() as folder:
        library = trimmed_icu_library(original, Path(folder))
        if library is None:
            return 1
        mib = 1024 * 1024
        before, after = original.stat().st_size / mib, library.stat().st_size / mib
        print(f"{original.name}: {before:.1f} MiB → {after:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
