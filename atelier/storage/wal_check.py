"""Is the ``-wal`` file beside an atelier file damaged? Looked at before SQLite opens it.

In WAL mode the newest committed edits live in the ``-wal`` file until a checkpoint copies them
into the main file. SQLite trusts a ``-wal`` frame only while its checksum chain holds: at the
first damaged frame it silently ignores everything after it, committed notes included, and the
next checkpoint makes that final. So Atelier reads the file itself first (format:
https://www.sqlite.org/fileformat.html#the_write_ahead_log) and, when committed frames lie
beyond a broken one, keeps a copy before anything opens the database.
"""

from __future__ import annotations

import shutil
import struct
from datetime import datetime
from pathlib import Path

from atelier.storage.aside import aside_name

_HEADER = 32
_FRAME_HEADER = 24
_MAGIC_LITTLE = 0x377F0682  # checksums over little-endian words
_MAGIC_BIG = 0x377F0683  # checksums over big-endian words
_MASK = 0xFFFFFFFF


def wal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-wal")


def has_pending_edits(db_path: Path) -> bool:
    """A ``-wal`` file with content beside the file: edits not yet in the file itself (someone
    has it open, or it crashed). Without one, the file alone holds everything."""
    wal = wal_path(db_path)
    return wal.exists() and wal.stat().st_size > 0


def _checksum(data: bytes, words: struct.Struct, s0: int, s1: int) -> tuple[int, int]:
    values = words.unpack(data)
    for index in range(0, len(values), 2):
        s0 = (s0 + values[index] + s1) & _MASK
        s1 = (s1 + values[index + 1] + s0) & _MASK
    return s0, s1


def wal_is_damaged(db_path: Path) -> bool:
    """True when the ``-wal`` file holds committed frames that SQLite would drop.

    A frame whose checksum fails ends what SQLite reads. Frames after that point that still
    carry this log's salts and mark a commit are committed work that would be lost. (Frames
    with other salts are left over from before the log was restarted: not damage. A crash in
    the middle of writing leaves at most its own unfinished transaction behind, which was never
    reported as saved.)
    """
    path = wal_path(db_path)
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if len(data) <= _HEADER:
        return False
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:_HEADER])
    if magic not in (_MAGIC_LITTLE, _MAGIC_BIG) or page_size < 512 or page_size & (page_size - 1):
        return True  # the header itself is broken: SQLite ignores the whole file
    order = "<" if magic == _MAGIC_LITTLE else ">"
    header_words = struct.Struct(f"{order}6I")
    s0, s1 = _checksum(data[:24], header_words, 0, 0)
    if (s0, s1) != (c1, c2):
        return True
    frame_size = _FRAME_HEADER + page_size
    frame_words = struct.Struct(f"{order}{2 + page_size // 4}I")
    broken = False
    for start in range(_HEADER, len(data) - frame_size + 1, frame_size):
        frame = data[start : start + frame_size]
        _page, commit_size, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", frame[:_FRAME_HEADER])
        ours = (f_salt1, f_salt2) == (salt1, salt2)
        if broken:
            if ours and commit_size:
                return True
            continue
        if not ours:
            broken = True  # the end of this log (or damage to a salt: look further)
            continue
        s0, s1 = _checksum(frame[:8] + frame[_FRAME_HEADER:], frame_words, s0, s1)
        if (s0, s1) != (f1, f2):
            broken = True
    return False


def keep_damaged_wal(db_path: Path, now: datetime | None = None) -> Path:
    """Copy the damaged ``-wal`` file aside (never over an earlier copy); return the copy."""
    source = wal_path(db_path)
    target = aside_name(source, "beschadigd", now)
    shutil.copy2(source, target)
    return target
