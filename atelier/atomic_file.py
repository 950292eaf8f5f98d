"""Writing a finished file atomically: a temporary file beside the target, synced to disk, then
renamed over it. A failure leaves no half-written file and any older file untouched."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from atelier.translation import _


class FileWriteError(OSError):
    """The file could not be written; ``str()`` is a Dutch sentence for the user."""


def write_atomically(path: Path, content: bytes, *, mode: int = 0o666) -> None:
    """Write ``content`` to ``path`` whole or not at all; ``mode`` (less the umask) is the new
    file's permissions from its first byte (0o600: readable by its owner only)."""
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise FileWriteError(_("'{path}' is een map. Kies een bestandsnaam.").format(path=path))
    if not path.parent.is_dir():
        raise FileWriteError(
            _("De map '{parent}' bestaat niet. Kies een bestaande map.").format(parent=path.parent)
        )
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # 0o666 minus the umask: a shared report gets the same rights as any other new file.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, mode)
    except OSError as error:
        raise FileWriteError(_message(path, error)) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise FileWriteError(_message(path, error)) from None
    _sync_folder(path.parent)


_BINARY = getattr(os, "O_BINARY", 0)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _message(path: Path, error: OSError) -> str:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return _(
            "De schijf is vol: '{name}' is niet opgeslagen. Maak ruimte vrij "
            "of kies een andere map; een eerder bestand met deze naam is niet "
            "gewijzigd."
        ).format(name=path.name)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _(
            "Atelier mag niet schrijven in de map '{parent}' (of '{name}' is "
            "alleen-lezen of geopend in een ander programma). Kies een andere "
            "map, bijvoorbeeld uw Documenten."
        ).format(parent=path.parent, name=path.name)
    if error.errno == errno.ENOENT:
        return _("De map '{parent}' bestaat niet. Kies een bestaande map.").format(
            parent=path.parent
        )
    return _("'{path}' kon niet worden opgeslagen ({value}).").format(
        path=path, value=error.strerror or error
    )
