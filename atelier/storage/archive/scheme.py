"""Telling a team archive's address from a file's path, without loading anything: the command
line asks it for every ``--db`` before the window's first paint."""

from __future__ import annotations

SCHEMES = ("postgresql", "postgres")


def is_archive_address(text: str) -> bool:
    """Does ``text`` name a server (``postgresql://…``) rather than a file?"""
    scheme = text.split("://", 1)[0] if "://" in text else ""
    return scheme.split("+", 1)[0].lower() in SCHEMES
