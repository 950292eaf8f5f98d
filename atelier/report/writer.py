"""Writing a finished file atomically: a temporary file in the target folder, flushed to disk,
then renamed over the target. A failure leaves no half-written file and an older file intact."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


class ReportWriteError(OSError):
    """The file could not be written; ``str()`` is a Dutch sentence for the user."""


def write_atomically(target: Path, content: bytes) -> None:
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportWriteError(f"De map '{folder}' bestaat niet. Kies een bestaande map.")
    if target.is_dir():
        raise ReportWriteError(f"'{target}' is een map. Kies een bestandsnaam.")
    temporary: str | None = None
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=folder
        )
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise ReportWriteError(_message(error, target)) from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _message(error: OSError, target: Path) -> str:
    folder = target.parent
    if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", None):
        return (
            f"De schijf is vol: '{target.name}' is niet opgeslagen. Maak ruimte vrij of kies "
            "een andere map. Een eerder bestand met deze naam is niet gewijzigd."
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Atelier mag niet schrijven in de map '{folder}' (of '{target.name}' is "
            "alleen-lezen of geopend in een ander programma). Kies een andere map."
        )
    return f"'{target}' kon niet worden opgeslagen: {error.strerror or error}."
