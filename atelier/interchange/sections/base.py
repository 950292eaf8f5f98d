"""What a section of the interchange file is: one top-level key, written and read by one module."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from atelier.interchange.context import ExportContext, ImportContext
from atelier.interchange.validation import Node


@dataclass(frozen=True)
class Section:
    """One part of an atelier in the file.

    ``export`` returns the JSON value stored under ``key``. ``read`` checks that value and builds
    new (not yet added) ORM rows in the ``ImportContext``; it must not touch the database.
    ``since`` is the first format version that has the section: an older file simply lacks it.
    """

    key: str
    since: int
    export: Callable[[ExportContext], Any]
    read: Callable[[Node, ImportContext], None]
