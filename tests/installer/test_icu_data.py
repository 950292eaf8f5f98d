"""The installer's smaller ICU data (tools/trim_icu_data.py): Dutch, English and ICU's root
stay with everything that is no language's own; other languages, legacy character sets and
transliteration go. On a machine with ICU's tools, the library it makes works for Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tools import load_tool


@pytest.fixture(scope="module")
def trim():
    return load_tool("trim_icu_data")


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("nl.res", True),
        ("nl_BE.res", True),
        ("en_US_POSIX.res", True),
        ("root.res", True),
        ("res_index.res", True),
        ("pool.res", True),
        ("coll/nl.res", True),
        ("coll/de.res", False),
        ("coll/de_.res", False),
        ("zone/zh_Hant_TW.res", False),
        ("lang/fr.res", False),
        ("supplementalData.res", True),
        ("zoneinfo64.res", True),
        ("metadata.res", True),
        ("brkitr/word.brk", True),
        ("brkitr/thaidict.dict", True),
        ("unames.icu", True),
        ("ibm-37_P100-1995.cnv", False),
        ("translit/root.res", False),
    ],
)
def test_what_stays_in_the_data(trim, item, kept):
    assert trim.keeps(item) is kept


def _qt_icu_library() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt brings ICU on Linux only")
def test_the_smaller_library_serves_qt(trim, tmp_path):
    original = _qt_icu_library()
    if original is None or any(shutil.which(tool) is None for tool in trim.TOOLS):
        pytest.skip("needs Qt's ICU and ICU's tools (Debian's icu-devtools) with gcc")
    library = trim.trimmed_icu_library(original, tmp_path / "icu")
    assert library is not None and library.name == original.name
    assert library.stat().st_size < original.stat().st_size / 3
    listing = subprocess.run(
        ["icupkg", "-l", str(next((tmp_path / "icu" / "trimmed").glob("icudt*.dat")))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "coll/nl.res" in listing and "nl.res" in listing and "coll/de.res" not in listing
    # Loaded first, the smaller library is the one Qt's ICU uses (same soname); Qt sorts with it.
    probe = (
        "import ctypes\n"
        f"ctypes.CDLL({str(library)!r}, mode=ctypes.RTLD_GLOBAL)\n"
        "from PySide6.QtCore import QCollator, QLocale\n"
        "maps = open('/proc/self/maps').read()\n"
        f"assert {str(library)!r} in maps\n"
        "collator = QCollator(QLocale('nl_NL'))\n"
        "words = ['zebra', 'Émile', 'appel', 'Ångström', 'ijs']\n"
        "print(' '.join(sorted(words, key=collator.sortKey)))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["Ångström", "appel", "Émile", "ijs", "zebra"]
