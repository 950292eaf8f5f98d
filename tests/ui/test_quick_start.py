"""What the start does without (atelier/ui/quick_start.py). Python's cycle collector rests
while the window starts and runs again afterwards, also when the start fails: an app left
without it would grow with every cycle of garbage the facilitator's work makes. PySide6 no
longer reads every module's source to learn whether it uses PySide6."""

from __future__ import annotations

import gc

import pytest

from atelier.ui.quick_start import collection_paused


@pytest.fixture(autouse=True)
def _collector_as_it_was():
    yield
    gc.unfreeze()
    gc.enable()


def test_the_collector_rests_during_the_start_and_runs_again_after():
    before = gc.get_freeze_count()
    with collection_paused():
        assert not gc.isenabled()
        made = [[index] for index in range(1000)]  # what start-up makes and keeps
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(made)  # left out of later collections


def test_a_failed_start_leaves_the_collector_running():
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("the file could not be opened")
    assert gc.isenabled()


def test_pyside_learns_which_modules_use_it_without_reading_their_source(tmp_path, monkeypatch):
    """PySide6 read every module's source after it was imported, to look for "PySide6": a
    module that uses it is told from its names now, and no source file is read."""
    import inspect
    import sys

    import PySide6.QtCore  # noqa: F401

    from atelier.ui.quick_start import skip_pyside_source_scan

    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    (tmp_path / "with_qt_module.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "without_qt_module.py").write_text("import json\nNAME = 'PySide6 elsewhere'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    read: list[object] = []
    original = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or original(obj))

    skip_pyside_source_scan()
    with_qt = __import__("with_qt_module")  # as an import statement: PySide6 hooks that
    without_qt = __import__("without_qt_module")

    assert feature.pyside_feature_dict["with_qt_module"] == 0  # uses PySide6: no feature
    assert feature.pyside_feature_dict["without_qt_module"] == -1  # ignored by the switches
    assert read == []
    for module in (with_qt, without_qt):
        del sys.modules[module.__name__]
        del feature.pyside_feature_dict[module.__name__]
