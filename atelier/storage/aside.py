"""Names for files kept aside (a damaged file, the one a backup replaced, a damaged -wal copy):
``NAME.KIND-YYYYMMDD-HHMMSS``, never the name of one kept earlier. Nothing is ever overwritten."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


def aside_name(path: Path, kind: str, now: datetime | None = None) -> Path:
    """A free name beside ``path`` for keeping it aside as ``kind`` ("beschadigd", "leeg")."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{kind}-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{kind}-{stamp}-{counter}")
    return target
