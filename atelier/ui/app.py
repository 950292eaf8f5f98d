"""The composition root of the desktop app: the one place that builds and wires everything.

``run(db_path, open_demo)`` is what the command line calls. It makes the QApplication, installs
the Dutch translation, takes the one-window-per-file lock, paints the main window's frame, then
opens the atelier file (explaining any problem in Dutch and offering a backup for a damaged
file), builds the store, fills the window, installs the features (``features.py``) and runs the
event loop. Nothing is global: the store is
handed to the widgets that need it.

Imports of Qt and of the rest of the app happen inside the functions, so that ``atelier --help``
and the other command-line commands start without loading Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from atelier.storage.archive.address import ArchiveAddress
    from atelier.storage.database import Database
    from atelier.ui.crash_report import CrashReport
    from atelier.ui.instance_lock import DatabaseLock
    from atelier.ui.main_window import MainWindow
    from atelier.ui.settings import UiSettings
    from atelier.ui.startup_dialogs import OpenedDatabase
    from atelier.ui.store import AtelierStore

# Set: report the window painted and ready, then close. "phones": also open a werkvorm to
# phones and post a note to it (ui/phones/smoke.py).
SMOKE_TEST_VARIABLE = "ATELIER_SMOKE_TEST"


def configure_qt() -> None:
    """Qt settings that must be made before the QApplication exists.

    Qt's raster engine hands every fill of 96 or more lines to a pool of threads and waits for
    them. Atelier repaints note-sized areas (the note just typed, a field): waking those
    threads costs more than the fill, and on a laptop whose other cores sleep it made the worst
    Enters twice as slow; frames of the whole wall were faster without them too
    (benchmarks/capture_in_window.py). Qt reads only whether the variable is set.
    """
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def run(db_path: Path | ArchiveAddress, open_demo: bool) -> int:
    """Start the app on ``db_path`` (a file or a team archive); returns the exit code."""
    from atelier.ui.quick_start import collection_paused, skip_pyside_source_scan

    with collection_paused():
        import PySide6.QtCore  # noqa: F401  (first, for the next line)

        skip_pyside_source_scan()
        from atelier.ui.settings import UiSettings

        settings = UiSettings.for_user()
        app = prepare_application(settings)
        smoke_test = bool(os.environ.get(SMOKE_TEST_VARIABLE))
        crash_reports: list[CrashReport] = []

        def painted(window: MainWindow) -> None:
            if smoke_test:
                _report_painted(window)
            crash_reports.append(_start_log_and_crash_report())

        running = launch(db_path, settings, open_demo=open_demo, painted=painted)
    if running is None:
        return 1
    if smoke_test:
        _report_and_close_once_shown(running.window)
    from atelier.ui.session_end import SessionEnd

    session_end = SessionEnd(app, running.window.close)  # log-out, shut-down, kill: as Ctrl+Q
    try:
        code = app.exec()
    finally:
        session_end.release()
        running.shutdown()  # also when the loop ended without the window closing (log-out)
    return code


def _start_log_and_crash_report() -> CrashReport:
    """The log file and the handler of every uncaught error (logged, told in Dutch, run on).
    Started once the window is painted: the first paint needs neither, the file's opening
    needs both."""
    from atelier.logs import configure_logging
    from atelier.ui.crash_report import CrashReport

    configure_logging()
    crash_report = CrashReport()
    crash_report.install()
    _log_versions()
    return crash_report


def _log_versions() -> None:
    import logging

    import PySide6
    from PySide6.QtCore import qVersion

    logging.getLogger("atelier").info("Qt %s, PySide6 %s", qVersion(), PySide6.__version__)


def _report_painted(window: MainWindow) -> None:
    """For benchmarks/startup.py: the frame is on the screen (the file is still opening)."""
    print(f"window painted: {window.windowTitle()}", flush=True)


def _report_and_close_once_shown(window: MainWindow) -> None:
    """For CI's smoke run of the installer and benchmarks/startup.py: say the window is up with
    its atelier (and its title) as soon as the event loop runs, then close it the normal way."""
    from PySide6.QtCore import QCoreApplication, QTimer

    def close(report: str | None = None) -> None:
        if report is not None:
            print(report, flush=True)
        QCoreApplication.exit(0 if window.close() and "FAILED" not in (report or "") else 1)

    def report_and_close() -> None:
        print(f"window shown: {window.windowTitle()}", flush=True)
        if os.environ.get(SMOKE_TEST_VARIABLE) == "phones":
            from atelier.ui.phones.smoke import check_phones

            check_phones(window, close)
        else:
            close()

    QTimer.singleShot(0, report_and_close)


def prepare_application(settings: UiSettings) -> QApplication:
    """The QApplication (made once), with its names and translation (the icon follows the first
    paint)."""
    from PySide6.QtWidgets import QApplication

    from atelier import APP_NAME, __version__
    from atelier.translation import use_language
    from atelier.ui.translations import install_translators

    configure_qt()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("atelier")
    use_language(settings.language())  # the core's messages speak the interface's language
    install_translators(app, settings.language())
    return app


@dataclass
class RunningApp:
    """What one open window holds on to; ``shutdown`` lets go of it (once)."""

    lock: DatabaseLock | None  # None on a team archive: colleagues work in it at once
    database: Database
    store: AtelierStore
    window: MainWindow
    closed: bool = field(default=False)

    def shutdown(self) -> None:
        if self.closed:
            return
        self.closed = True
        from atelier.storage.errors import StorageError

        try:
            self.store.close()
            if self.database.keeps_backups and self.database.changed_since_backup:
                self.database.backups.take()
        except StorageError as error:  # the work is saved; only its extra copy is missing
            print(f"Atelier: reservekopie bij afsluiten mislukt: {error}", file=sys.stderr)
        finally:
            try:
                self.database.close()
            finally:
                if self.lock is not None:
                    self.lock.release()


def launch(
    db_path: Path | ArchiveAddress,
    settings: UiSettings,
    *,
    open_demo: bool = False,
    painted: Callable[[MainWindow], None] | None = None,
) -> RunningApp | None:
    """Open ``db_path`` (an atelier file, or a team archive) in a new main window and show it;
    None when it cannot be opened.

    The window's frame is painted first ("… wordt geopend"; ``painted`` is called then), before
    the database and the features are loaded: the facilitator sees Atelier start at once, and
    keys typed meanwhile wait for the board. An atelier file is opened by one window at a time;
    a team archive by every colleague at once (their edits are checked against each other:
    services.edit_conflicts). Needs a QApplication (``prepare_application``); does not run the
    event loop.
    """
    if not isinstance(db_path, str | Path):  # an ArchiveAddress (not imported: it needs SQL)
        companions = db_path.local_companions()  # drafts, the last atelier: on this laptop
        with suppress(OSError):  # not writable: the work is in the archive all the same
            companions.parent.mkdir(parents=True, exist_ok=True)
        return _show_and_fill(_frame(settings, companions, painted), None, db_path)
    db_path = Path(db_path).expanduser().absolute()
    window = _frame(settings, db_path, painted)
    from atelier.ui.instance_lock import DatabaseLock

    # After the paint (Qt writes the lock file through to the disk: ~4 ms), before the file opens.
    lock = DatabaseLock(db_path)
    if not lock.acquire():
        _explain_locked(lock)  # over the frame, which then closes
        _close_frame(window, None)
        return None
    return _show_and_fill(window, lock, open_demo)


def _frame(
    settings: UiSettings, db_path: Path, painted: Callable[[MainWindow], None] | None
) -> MainWindow:
    """The window's frame, painted (then ``painted`` is called)."""
    from PySide6.QtWidgets import QApplication

    from atelier.ui.main_window import MainWindow

    window = MainWindow(settings, db_path)
    window.restore_window()
    window.paint_now()
    if painted is not None:
        painted(window)
    from atelier.ui.fonts import install_fallback_fonts
    from atelier.ui.icons import app_icon

    app = QApplication.instance()
    if app.windowIcon().isNull():  # after the paint: the frame is seen ~2 ms sooner
        app.setWindowIcon(app_icon())
    install_fallback_fonts(app)  # for notes in any script; not the frame's
    return window


def _show_and_fill(
    window: MainWindow, lock: DatabaseLock | None, source: bool | ArchiveAddress
) -> RunningApp | None:
    """Fill the painted frame from the file (``source``: whether to open the demo) or the
    team archive; when that fails, close the frame and let go of the file."""
    if isinstance(source, bool):
        running = _fill_window(window, lock, _open_file(window), source)
    else:
        running = _fill_window(window, None, _open_archive(window, source), False)
    if running is None:
        _close_frame(window, lock)
    return running


def _close_frame(window: MainWindow, lock: DatabaseLock | None) -> None:
    """A frame whose file could not be opened goes, and lets go of the file."""
    window.hide()
    window.deleteLater()
    if lock is not None:
        lock.release()


def _open_file(window: MainWindow) -> OpenedDatabase | None:
    from atelier.ui.startup_dialogs import open_or_explain

    return open_or_explain(window.db_path)


def _open_archive(window: MainWindow, address: ArchiveAddress) -> OpenedDatabase | None:
    from atelier.ui.startup_dialogs import open_archive_or_explain

    window.show_place(address.shown)
    return open_archive_or_explain(address)


def _explain_locked(lock: DatabaseLock) -> None:
    from atelier.storage.errors import FolderNotWritable
    from atelier.ui.startup_dialogs import explain_already_open, explain_storage_error

    if lock.held_by_other():
        explain_already_open(lock.db_path, lock.holder())
    else:
        explain_storage_error(FolderNotWritable(lock.db_path.parent))


def _fill_window(
    window: MainWindow, lock: DatabaseLock | None, opened: OpenedDatabase | None, open_demo: bool
) -> RunningApp | None:
    """The opened database into the painted frame: the store, the features, the first
    atelier."""
    from atelier.ui.features import install_features
    from atelier.ui.store import AtelierStore

    if opened is None:
        return None
    store = AtelierStore(opened.database)
    window.attach(store)
    install_features(window, store)
    running = RunningApp(lock, opened.database, store, window)
    window.closing.connect(running.shutdown)
    start = _first_atelier(store, window.settings, window.db_path, open_demo)
    if start is None:
        window.show_welcome()
    else:
        window.open_atelier(start)  # the welcome page, with a word why, if it cannot
    if opened.notice:
        from atelier.ui.message_bar import MessageKind

        window.message_bar.show_message(opened.notice, MessageKind.WARNING)
    return running


def _first_atelier(
    store: AtelierStore, settings: UiSettings, db_path: Path, open_demo: bool
) -> int | None:
    """The demo atelier when asked for (``--demo``); else the last one opened, if any. A new
    file opens on the welcome page ("Nieuw atelier" first), so no real work lands in the demo."""
    if open_demo:
        from atelier.interchange import demo

        return store.write(demo.open_demo_atelier, ateliers_list=True)
    last = settings.last_atelier(db_path)
    return last if last is not None and store.has_atelier(last) else None
