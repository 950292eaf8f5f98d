"""Atelier's log: a rotating file in the user's log folder, through the standard ``logging``.

What goes in: the start of each run (Atelier's, Python's and the platform's versions), what
went wrong and where, with tracebacks. What stays out: the texts of notes and actions and the
names of people and organisations, unless the user asks for detailed logging
(``ATELIER_LOG=detail``): messages about content log ids and counts, never the content.
"""

from __future__ import annotations

import logging
import os
import platform
from logging.handlers import RotatingFileHandler
from pathlib import Path

from atelier import APP_NAME, __version__

LOG_FILENAME = "atelier.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 5  # atelier.log.1 … .5: a few sessions back, a few megabytes at most
DETAIL_VARIABLE = "ATELIER_LOG"  # "detail": also debug messages
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

logger = logging.getLogger("atelier")


def log_folder() -> Path:
    """Where the log files are: the platform's user log folder for Atelier."""
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    return log_folder() / LOG_FILENAME


def detailed() -> bool:
    return os.environ.get(DETAIL_VARIABLE, "").lower() == "detail"


def configure_logging(folder: Path | None = None) -> Path | None:
    """Send Atelier's log records to a rotating file (once per process); the file, or None
    when no log can be written there (a read-only home): Atelier then runs without one."""
    path = (folder or log_folder()) / LOG_FILENAME
    if any(getattr(handler, "atelier_log", False) for handler in logger.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8"
        )
    except OSError:
        return None
    handler.atelier_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if detailed() else logging.INFO)
    logger.info(
        "%s %s started: Python %s, %s",
        APP_NAME,
        __version__,
        platform.python_version(),
        platform.platform(),
    )
    return path
