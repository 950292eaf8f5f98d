"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 takes one reference from ``None`` on every Qt call that returns
nothing. After enough calls (a long paint loop on the beamer) ``None`` is "freed" and the app dies
with "Fatal Python error: none_dealloc" in front of the room. ``pyproject.toml`` pins a safe
release for Python 3.11; these tests catch the regression and guard the pin. On Python 3.12+
``None`` is immortal, so the drop cannot happen there, and the first test still asserts it does not.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject

# Releases known to break reference counting on Python < 3.12.
UNSAFE_ON_PY311 = {"6.12.0"}
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
CALLS = 1000


def test_qt_calls_returning_nothing_leave_the_refcount_of_none_alone() -> None:
    qobject = QObject()
    qobject.setObjectName("opwarmen")
    before = sys.getrefcount(None)
    for number in range(CALLS):
        qobject.setObjectName("notitie")
        qobject.setObjectName(f"notitie {number % 2}")
    after = sys.getrefcount(None)
    # The broken binding loses one reference per call (2000 here); allow a little noise.
    assert before - after < 10, f"None lost {before - after} references in {2 * CALLS} calls"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on Python 3.12+")
def test_installed_pyside6_is_a_safe_release_for_this_python() -> None:
    assert pyside_version not in UNSAFE_ON_PY311, (
        f"PySide6 {pyside_version} corrupts reference counts on Python "
        f"{sys.version_info.major}.{sys.version_info.minor}"
    )


def test_the_dependency_pin_keeps_unsafe_releases_off_python_311() -> None:
    dependencies = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    pyside = [Requirement(text) for text in dependencies if text.startswith("PySide6")]
    on_311 = [
        req
        for req in pyside
        if req.marker is None or req.marker.evaluate({"python_version": "3.11"})
    ]
    assert on_311, "no PySide6 requirement applies to Python 3.11"
    for requirement in on_311:
        for unsafe in UNSAFE_ON_PY311:
            assert not requirement.specifier.contains(unsafe, prereleases=True), (
                f"{requirement} admits PySide6 {unsafe} on Python 3.11"
            )
