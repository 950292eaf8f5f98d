"""Work Python and PySide6 do while a program starts that Atelier's start does without.

* ``collection_paused``: Python's cycle collector walked the start's objects several times and
  found no garbage (~55 ms of a ~600 ms start, benchmarks/startup.py).
* ``skip_pyside_source_scan``: PySide6 reads the source file of every module imported after
  it (~60 ms of the start from a source checkout).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType


@contextmanager
def collection_paused() -> Iterator[None]:
    """The cycle collector rests in the block, then keeps what the block made out of its later
    rounds: what start-up makes (Qt's bindings, SQLAlchemy, the models, the pages) lives as
    long as the app, so after ``gc.freeze`` the collections while the facilitator types no
    longer walk it either (a cycle of it that dies later is kept: a bounded few, made once).
    Back on also when the block fails."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def skip_pyside_source_scan() -> None:
    """Tell PySide6 whether a module uses it from the module's names, not its source text.

    PySide6's ``__feature__`` switches (snake_case, true_property; Atelier uses neither) need to
    know which modules use PySide6. It finds out after each import by reading the module's
    whole source file and searching it for the word "PySide6" (PYSIDE-2029). A module without
    a source file, as in the installed app, is simply "not using it". Here a module uses PySide6
    when one of its names is a PySide6 module, class or object: the same answer for Atelier's
    modules, without reading ~400 files. Call after PySide6 is imported; does nothing when a
    PySide6 version has no such scan.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = uses_pyside


def uses_pyside(module: ModuleType) -> bool:
    """Whether one of ``module``'s names is a PySide6 module, class or object."""
    for value in list(vars(module).values()):
        if isinstance(value, ModuleType):
            origin = value.__name__
        elif isinstance(value, type):
            origin = value.__module__
        else:
            origin = type(value).__module__
        if isinstance(origin, str) and origin.startswith("PySide6"):
            return True
    return False
